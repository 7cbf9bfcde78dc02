"""The template fork's recorded base (overlays/templates/BASE.json) and `make check-templates`:
a generator whose templates moved fails the check, naming the template, until it is merged."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import template_base
from tools.template_base import BASE_FILE, installed_templates, installed_version, problems

from .conftest import ROOT

TEMPLATES = ROOT / "overlays" / "templates"


def _tool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "tools/template_base.py", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def upstream(tmp_path: Path) -> Path:
    """A copy of the installed generator's templates, to play a newer generator."""
    return Path(shutil.copytree(installed_templates(), tmp_path / "upstream"))


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    """A copy of the project's overrides with their BASE.json."""
    return Path(shutil.copytree(TEMPLATES, tmp_path / "ours"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_the_recorded_base_matches_the_installed_generator_and_every_override() -> None:
    assert problems(TEMPLATES, installed_templates(), installed_version()) == []
    recorded = json.loads((TEMPLATES / BASE_FILE).read_text())
    assert recorded["version"] == installed_version()
    assert set(recorded["templates"]) == set(template_base.overrides(TEMPLATES))
    assert len(recorded["templates"]) >= 10


def test_make_test_runs_check_templates() -> None:
    makefile = (ROOT / "Makefile").read_text()
    test_rule = re.search(r"^test:([^#\n]*)", makefile, re.MULTILINE)
    assert test_rule and "check-templates" in test_rule.group(1).split()
    assert re.search(r"^check-templates:.*\n\t.*tools/template_base.py check", makefile, re.M)


def test_an_upstream_template_that_changed_fails_the_check_naming_it(upstream: Path) -> None:
    _edit(upstream / "model.py.jinja", "@_attrs_define", "@_attrs_define(slots=True)")
    result = _tool("--upstream", upstream, "check")
    assert result.returncode == 1
    assert "model.py.jinja: upstream changed since the recorded base" in result.stdout
    assert "types.py.jinja" not in result.stdout  # only the one that moved
    assert "three-way" in result.stdout or "merge" in result.stdout


def test_another_generator_version_fails_the_check(upstream: Path) -> None:
    result = _tool("--upstream", upstream, "--version", "9.9.9", "check")
    assert result.returncode == 1
    assert f"9.9.9 is installed, the templates are based on {installed_version()}" in result.stdout


def test_an_override_without_a_base_or_a_new_upstream_namesake_fails(
    ours: Path, upstream: Path
) -> None:
    (ours / "errors.py.jinja").write_text("{# perplexity-async: a new override #}\n")
    (upstream / "property_templates" / "strict_macros.py.jinja").write_text("upstream's own\n")
    result = _tool("--templates", ours, "--upstream", upstream, "check")
    assert result.returncode == 1
    assert "errors.py.jinja: an override with no recorded base" in result.stdout
    assert "strict_macros.py.jinja: upstream now ships a template of this name" in result.stdout


def test_a_tampered_base_record_fails_the_check(ours: Path) -> None:
    base = json.loads((ours / BASE_FILE).read_text())
    base["templates"]["client.py.jinja"] = "0" * 64
    (ours / BASE_FILE).write_text(json.dumps(base))
    result = _tool("--templates", ours, "check")
    assert result.returncode == 1
    assert "client.py.jinja: upstream changed since the recorded base" in result.stdout


def test_diff_shows_what_an_override_changed_upstream() -> None:
    result = _tool("diff", "models_init.py.jinja")
    assert result.returncode == 0
    assert result.stdout.startswith(
        "--- upstream/models_init.py.jinja\n+++ ours/models_init.py.jinja"
    )
    assert "+{# perplexity-async:" in result.stdout


def test_merge_brings_an_upstream_change_into_an_override(ours: Path, upstream: Path) -> None:
    old = Path(shutil.copytree(installed_templates(), upstream.parent / "old"))
    _edit(upstream / "model.py.jinja", "@_attrs_define", "@_attrs_define(slots=True)")
    result = _tool("--templates", ours, "--upstream", upstream, "merge", old)
    assert result.returncode == 0, result.stdout + result.stderr
    merged = (ours / "model.py.jinja").read_text()
    assert "@_attrs_define(slots=True)" in merged and "perplexity-async:" in merged
    # The check still fails until the new base is recorded, deliberately.
    assert _tool("--templates", ours, "--upstream", upstream, "check").returncode == 1
    assert _tool("--templates", ours, "--upstream", upstream, "record").returncode == 0
    assert _tool("--templates", ours, "--upstream", upstream, "check").returncode == 0


def test_merge_leaves_conflicts_marked_and_fails(ours: Path, upstream: Path) -> None:
    old = Path(shutil.copytree(installed_templates(), upstream.parent / "old"))
    # Upstream rewrites the per-call lazy imports that our override replaced.
    _edit(upstream / "model.py.jinja", "{{ lazy_import }} # noqa: PLC0415", "{{ lazy_import }}")
    result = _tool("--templates", ours, "--upstream", upstream, "merge", old)
    assert result.returncode == 1
    assert "model.py.jinja: merged, " in result.stdout and "conflict" in result.stdout
    assert "<<<<<<< ours" in (ours / "model.py.jinja").read_text()


def test_merge_refuses_an_old_folder_that_is_not_the_recorded_base(
    ours: Path, upstream: Path
) -> None:
    old = Path(shutil.copytree(installed_templates(), upstream.parent / "old"))
    _edit(old / "types.py.jinja", "class", "klass")  # the last one: nothing is merged before it
    _edit(upstream / "model.py.jinja", "@_attrs_define", "@_attrs_define(slots=True)")
    result = _tool("--templates", ours, "--upstream", upstream, "merge", old)
    assert result.returncode == 1
    assert "types.py.jinja" in result.stderr and "not the recorded base" in result.stderr
    overrides = template_base.overrides(TEMPLATES)
    assert "model.py.jinja" in overrides and "types.py.jinja" in overrides  # the ones at stake
    for name in overrides:
        assert (ours / name).read_bytes() == (TEMPLATES / name).read_bytes(), name
