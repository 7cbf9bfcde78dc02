"""The generator's inputs and the generated package's boundaries."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml
from openapi_python_client.config import ConfigFile

from .conftest import ROOT

GENERATED = ROOT / "generated" / "perplexity_async_api"
TEMPLATES = ROOT / "overlays" / "templates"


def test_every_generator_config_key_is_known_to_the_pinned_generator() -> None:
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text())
    unknown = set(config) - set(ConfigFile.model_fields)
    assert not unknown, f"openapi-python-client ignores these keys silently: {sorted(unknown)}"
    assert config["package_name_override"] == "perplexity_async_api"


def test_post_hooks_ignore_the_projects_ruff_settings_and_leave_no_cache() -> None:
    hooks = yaml.safe_load((ROOT / "generator-config.yaml").read_text())["post_hooks"]
    assert hooks and all("--isolated" in hook and "--no-cache" in hook for hook in hooks)
    assert not (GENERATED / ".ruff_cache").exists()


def _imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def test_generated_code_never_imports_the_overlays() -> None:
    files = list(GENERATED.rglob("*.py"))
    assert len(files) > 10
    offenders = [
        str(path.relative_to(ROOT))
        for path in files
        if any(m.split(".")[0] == "perplexity_async" for m in _imported_modules(path))
    ]
    assert offenders == []


def test_generated_package_ships_py_typed() -> None:
    assert (GENERATED / "py.typed").is_file()
    assert (ROOT / "overlays" / "perplexity_async" / "py.typed").is_file()


def test_every_template_override_says_where_it_came_from_and_why() -> None:
    templates = sorted(TEMPLATES.rglob("*.jinja"))
    assert {p.name for p in templates} >= {"client.py.jinja", "model.py.jinja", "str_enum.py.jinja"}
    for path in templates:
        text = path.read_text()
        assert re.search(r"\{#\s*perplexity-async:", text), f"{path.name} has no marked change"
