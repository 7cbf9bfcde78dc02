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


def test_the_request_options_modules_are_what_the_tool_makes_from_openapi_yaml(
    tmp_path: Path,
) -> None:
    """`make generate` runs tools/request_options.py after the generator, and check-generated
    diffs its modules with the rest; here the same check, cheaply, for a quick signal."""
    import subprocess
    import sys

    from tools.request_options import render

    modules = render(yaml.safe_load((ROOT / "openapi.yaml").read_text()))
    assert sorted(modules) == ["_agent_rules.py", "_request_rules.py", "request_options.py"]
    for name, text in modules.items():
        (tmp_path / name).write_text(text)
    ruff = str(Path(sys.executable).parent / "ruff")
    options = ["--isolated", "--no-cache", "--quiet", "--target-version=py311", "--line-length=88"]
    files = [str(tmp_path / name) for name in modules]
    subprocess.run([ruff, "format", *options, *files], check=True)
    for name in modules:
        assert (tmp_path / name).read_text() == (GENERATED / name).read_text(), name
    makefile = (ROOT / "Makefile").read_text()
    assert 'tools.request_options openapi.yaml "$(1)/$(PKG)"' in makefile  # in generate_into
