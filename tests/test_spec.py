"""The vendored spec is upstream's document, byte for byte, and valid OpenAPI 3.1."""

from __future__ import annotations

import hashlib

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from .conftest import ROOT

UPSTREAM_SHA256 = "e9518af6dc0ffe28131178d7408fc79ee9fecf45eefcde2a6d2e493957708f4c"


def test_openapi_yaml_is_the_pinned_upstream_document() -> None:
    digest = hashlib.sha256((ROOT / "openapi.yaml").read_bytes()).hexdigest()
    assert digest == UPSTREAM_SHA256


def test_openapi_yaml_is_valid_openapi_3_1() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert spec["openapi"].startswith("3.1")
    validate(spec)  # raises OpenAPIValidationError when invalid


def test_the_validator_rejects_a_broken_document() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["components"]["schemas"]["Choice"]["required"] = "index"  # must be an array
    with pytest.raises(OpenAPIValidationError):
        validate(spec)
