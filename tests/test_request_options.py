"""The create options: the spec's fields, typed, and checked by mypy as a user's code would be."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from perplexity_async import RequestOptions

from .conftest import ROOT


def test_the_options_are_exactly_the_request_schemas_public_fields() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    fields = spec["components"]["schemas"]["ApiChatCompletionsRequest"]["properties"]
    expected = {name for name in fields if not name.startswith("_")} - {"model", "messages"}
    assert set(RequestOptions.__annotations__) == expected


USER_CODE = """
import perplexity_async as pa

client = pa.Client(api_key="k")
client.create("q", search_mode="academic", max_tokens=10, search_domain_filter=["a.org"])
client.create("q", max_tokens="lots")
client.create("q", search_mode="everywhere")
client.create("q", not_an_option=True)
"""


def test_mypy_checks_the_options_in_user_code(tmp_path: Path) -> None:
    module = tmp_path / "user_code.py"
    module.write_text(USER_CODE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    assert lines == [6, 7, 8], result.stdout  # the good call (line 5) passes
    assert '"max_tokens"' in result.stdout and '"not_an_option"' in result.stdout
