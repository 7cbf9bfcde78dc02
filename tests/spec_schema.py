"""Validate JSON bodies against a component schema of openapi.yaml (JSON Schema 2020-12)."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from openapi_schema_validator import OAS31Validator

from .conftest import ROOT


@cache
def components() -> dict[str, Any]:
    """The components of openapi.yaml, read once."""
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return spec["components"]  # type: ignore[no-any-return]


def validator(schema_name: str) -> OAS31Validator:
    """A validator of ``#/components/schemas/<schema_name>``, with every $ref resolvable."""
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": components()}
    return OAS31Validator(schema)


def errors(schema_name: str, body: Any) -> list[str]:
    """Every problem of ``body`` against the schema, as 'path: message' lines (empty: valid)."""
    return _problems(validator(schema_name), body)


def _problems(validator: OAS31Validator, body: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '$'}: {e.message}"
        for e in validator.iter_errors(body)
    ]


@cache
def _paths() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return spec["paths"]  # type: ignore[no-any-return]


def response_errors(path: str, method: str, status: int, body: Any) -> list[str]:
    """Every problem of ``body`` as the answer ``status`` of one operation of openapi.yaml
    (``path`` as the spec writes it, ``/v1/agent/{id}``); an undeclared status is a problem."""
    answers = _paths()[path][method]["responses"]
    answer = answers.get(str(status))
    if answer is None:
        return [f"$: {method.upper()} {path} declares no {status} (only {sorted(answers)})"]
    if "$ref" in answer:
        answer = components()["responses"][answer["$ref"].rsplit("/", 1)[-1]]
    schema = answer["content"]["application/json"]["schema"]
    return _problems(OAS31Validator({**schema, "components": components()}), body)
