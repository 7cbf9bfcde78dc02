"""Every Python block of the README, and every CLI block marked runnable, runs against the
embedded server: the docs cannot rot."""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest

from perplexity_async.testing import MockServer

from .conftest import API_KEY, ROOT

README = (ROOT / "README.md").read_text()
FENCE = re.compile(r"(<!-- runnable -->\n)?```(\w+)\n(.*?)```", re.DOTALL)
BLOCKS = [(m.group(2), m.group(3), bool(m.group(1))) for m in FENCE.finditer(README)]
PYTHON = [code for lang, code, _ in BLOCKS if lang == "python"]
RUNNABLE_CLI = [code for lang, code, runnable in BLOCKS if runnable]


@pytest.fixture
def docs_server() -> Iterator[MockServer]:
    with MockServer(api_key=API_KEY) as server:
        server.add_job(
            "req-123",
            polls_before_done=1,
            answer="Deep research finds things [1].",
            citations=["https://a.example/1"],
            search_results=[{"title": "A", "url": "https://a.example/1", "date": "2026-01-01"}],
        )
        yield server


def _env(server: MockServer) -> dict[str, str]:
    return {**os.environ, "PERPLEXITY_API_KEY": API_KEY, "PERPLEXITY_BASE_URL": server.base_url}


def test_the_readme_has_the_blocks_this_test_runs() -> None:
    assert len(PYTHON) >= 6 and len(RUNNABLE_CLI) >= 1


@pytest.mark.parametrize("code", PYTHON, ids=[f"python-{i}" for i in range(len(PYTHON))])
def test_python_block_runs(code: str, docs_server: MockServer) -> None:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(docs_server),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if "MockServer(" in code or "respx.mock(" in code:  # its own server, or none: it checks
        assert "assert " in code  # what was sent itself
    else:  # it really talked to the docs server
        assert docs_server.requests


@pytest.fixture
def demo_server() -> Iterator[dict[str, str]]:
    """``perplexity-async serve --demo`` as the README tells a newcomer to start it: the
    environment its ``export`` lines set."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "perplexity_async", "serve", "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PERPLEXITY_")}
        line = proc.stdout.readline()
        while line not in ("serving until Ctrl-C\n", ""):
            if line.startswith("export "):
                name, _, value = line.removeprefix("export ").strip().partition("=")
                env[name] = shlex.split(value)[0]
            line = proc.stdout.readline()
        assert {"PERPLEXITY_BASE_URL", "PERPLEXITY_API_KEY"} <= env.keys(), proc.stderr.read()
        yield env
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)


@pytest.mark.parametrize("block", RUNNABLE_CLI, ids=[f"cli-{i}" for i in range(len(RUNNABLE_CLI))])
def test_runnable_cli_block_runs_against_serve_demo(
    block: str, demo_server: dict[str, str]
) -> None:
    submitted: dict[str, str] = {}  # idempotency key -> the job id its ask printed
    for line in block.splitlines():
        assert line.startswith("$ perplexity-async "), line
        args = shlex.split(line[2:])[1:]
        result = subprocess.run(
            [sys.executable, "-m", "perplexity_async", *args],
            capture_output=True,
            text=True,
            env=demo_server,
            timeout=60,
        )
        assert result.returncode == 0, (line, result.stderr)
        if args[0] == "get":
            assert args[1] in result.stdout, line
        elif args[0] == "list":
            assert "demo-research" in result.stdout and "demo-failure" in result.stdout
        else:
            # ask: a run (resp_..., the default) or, with --api sonar, a Sonar job (req-...)
            (job_id,) = re.findall(r"^((?:req-|resp_)[0-9a-f]+): ", result.stdout, re.MULTILINE)
            assert job_id.startswith("req-" if "sonar" in args else "resp_"), line
            if "--idempotency-key" in args:
                key = args[args.index("--idempotency-key") + 1]
                assert submitted.setdefault(key, job_id) == job_id, "submitted twice"


def test_the_layout_names_every_module_of_the_package() -> None:
    """A newcomer reads the tree from the README's Layout section: every subpackage (``_core/``)
    and every hand-written module in it (and the testing package's) is named there."""
    layout = README.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    package = ROOT / "overlays" / "perplexity_async"
    modules = [
        path.name for path in sorted(package.rglob("*.py")) if not path.name.startswith("__")
    ]
    folders = [f"{path.parent.name}/" for path in sorted(package.glob("*/__init__.py"))]
    unnamed = [name for name in [*folders, *modules] if f"`{name}`" not in layout]
    assert modules and folders and not unnamed, f"README's Layout does not name {unnamed}"
