"""One distribution, two import packages: built as a wheel, installed into a fresh venv."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from .conftest import ROOT


def _build_wheel(out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = out.glob("perplexity_async-*.whl")
    return wheel


def test_the_wheel_installs_into_a_fresh_venv_and_both_packages_import(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    assert "perplexity_async/__init__.py" in names
    assert "perplexity_async/py.typed" in names
    assert "perplexity_async_api/py.typed" in names
    assert "perplexity_async_api/models/async_api_chat_completions_response.py" in names
    assert not [n for n in names if n.startswith(("tests/", "overlays/", "generated/"))]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    meta = Parser().parsestr(zipfile.ZipFile(wheel).read(metadata).decode())
    requires = meta.get_all("Requires-Dist")
    runtime = sorted(re.split("[<>=]", r)[0].strip() for r in requires if "extra ==" not in r)
    assert runtime == ["attrs", "httpx"]  # msgspec and perplexityai only as extras
    assert any(r.startswith("msgspec") and "extra == 'speed'" in r for r in requires)
    assert meta["Requires-Python"] == ">=3.11"
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "perplexity-async = perplexity_async._cli._main:main" in scripts

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    out = subprocess.run(
        [
            str(python),
            "-I",
            "-c",
            "import perplexity_async, perplexity_async_api;"
            "print(perplexity_async.__version__, perplexity_async.__file__,"
            " perplexity_async_api.__file__, sep='\\n')",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.split()
    assert out[0] == meta["Version"]
    assert all(path.startswith(str(venv)) for path in out[1:])
    version = subprocess.run(
        [str(venv / "bin" / "perplexity-async"), "--version"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert version.stdout.strip() == f"perplexity-async {meta['Version']}"
