"""Schemathesis (pinned), a property-based tester no one here wrote, against ``serve`` with the
project's openapi.yaml: every operation, a fixed seed, a bounded number of examples.

Checked: no server error; status codes, content types and bodies as the spec says; requests
the spec allows are accepted (2xx, or 404 for an id that does not exist); every method a path
does not declare is a 405 with ``Allow``."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import ROOT
from .helpers import serving

CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_schema_conformance,positive_data_acceptance,unsupported_method,"
    "allow_header_conformance"
)
# A valid request the API may still refuse for the resource's state: cancelling a run that is
# already terminal is a 400 (the cancel page says so); the stateful phase creates runs that
# finish at once (``background`` false) and cancels them. Only that operation allows it.
CONFIG = """
[[operations]]
include-operation-id = "cancelAgentResponse"
checks.positive_data_acceptance.expected-statuses = [
    "2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx",
]
"""
_API_ERROR = {
    "description": "The API's error envelope",
    "content": {"application/json": {"schema": {"type": "object", "required": ["error"]}}},
}


def normalised_spec(out: Path) -> int:
    """openapi.yaml as the generator reads it (discriminator mappings as strings, one title
    per class), plus what the server answers and the Sonar pages leave out; the number of
    operations."""
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools/generator_input.py"),
            str(ROOT / "openapi.yaml"),
            str(out),
        ],
        check=True,
    )
    spec: dict[str, Any] = json.loads(out.read_text())
    paths = spec["paths"]
    # The legacy paths upstream still serves (the official SDK's): the spec names only the list.
    legacy = paths["/async/chat/completions"]
    legacy["post"] = copy.deepcopy(paths["/v1/async/sonar"]["post"])
    legacy["post"]["operationId"] += "_legacy"
    get = copy.deepcopy(paths["/v1/async/sonar/{api_request}"]["get"])
    get["operationId"] += "_legacy"
    paths["/async/chat/completions/{api_request}"] = {"get": get}
    # The Batch API: a create naming an unknown input_file_id is a 404 (as the issue has it; the
    # page documents none), and an upload's file must be JSONL request lines, which a binary
    # schema cannot say: examples send one valid line (the server's line checks: test_batch_api).
    paths["/v1/batches"]["post"]["responses"].setdefault("404", _API_ERROR)
    # a bad query on listFiles is a 400, as listBatches documents for its own
    paths["/v1/files"]["get"]["responses"].setdefault("400", _API_ERROR)
    upload = paths["/v1/files"]["post"]["requestBody"]["content"]["multipart/form-data"]
    upload["schema"] = copy.deepcopy(upload["schema"])
    if "$ref" in upload["schema"]:
        name = upload["schema"]["$ref"].rsplit("/", 1)[1]
        upload["schema"] = copy.deepcopy(spec["components"]["schemas"][name])
    line = '{"custom_id": "a", "method": "POST", "url": "/v1/responses", "body": {"input": "x"}}'
    upload["schema"]["properties"]["file"] = {"type": "string", "const": line}
    upload["schema"]["additionalProperties"] = False
    operations = 0
    for path, methods in paths.items():
        for operation in methods.values():
            operations += 1
            answers = operation["responses"]
            answers.setdefault("401", _API_ERROR)  # a missing or wrong key, on every path
            if "{" in path:
                answers.setdefault("404", _API_ERROR)  # an id that does not exist
    out.write_text(json.dumps(spec))
    return operations


def test_schemathesis_finds_nothing_against_serve(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    operations = normalised_spec(spec)
    assert operations >= 5, "the spec lost its operations"
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)
    schemathesis = Path(sys.executable).with_name("schemathesis")
    with serving("--api-key", "st-key") as (base_url, api_key):
        result = subprocess.run(
            [
                str(schemathesis),
                "--config-file",
                str(config),
                "run",
                str(spec),
                "--url",
                base_url,
                "--header",
                f"Authorization: Bearer {api_key}",
                "--checks",
                CHECKS,
                "--seed",
                "20261001",
                "--max-examples",
                "40",
                "--workers",
                "1",
                "--no-color",
                "--report-dir",
                str(tmp_path / "report"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert f"Tested: {operations}" in output, output[-3000:]
