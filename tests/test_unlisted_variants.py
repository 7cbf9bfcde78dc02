"""Discriminated unions a response reaches keep a member whose discriminator the spec does not list
(upstream adds Agent API output item types every month), as enums keep unknown values: the kept
form is a generated `Unlisted<Union>` model, one WARNING per new value; listed values stay strict
(tools/generator_input.keep_unlisted, overlays/templates/property_templates/union_property)."""

from __future__ import annotations

import copy
import logging
from typing import Any

import pytest
import yaml

from perplexity_async_api import types as generated_types
from perplexity_async_api.models import (
    MessageOutputItem,
    ResponsesResponse,
    SearchResultsOutputItem,
    UnknownOutputItem,
    UnlistedOutputItem,
)
from perplexity_async_api.types import ParseError
from tools.generator_input import TAG, UNLISTED, keep_unlisted, normalise

from .conftest import ROOT

RESPONSE = {
    "created_at": 1760000000,
    "id": "resp_1",
    "model": "openai/gpt-5.1",
    "object": "response",
    "status": "completed",
}
MESSAGE = {
    "type": "message",
    "id": "msg_1",
    "role": "assistant",
    "status": "completed",
    "content": [{"type": "output_text", "text": "Hi.", "annotations": []}],
}
SEARCH = {
    "type": "search_results",
    "queries": ["q"],
    "results": [{"id": 1, "url": "https://a.example", "title": "A", "snippet": "s"}],
}


def _response(*items: dict[str, Any]) -> dict[str, Any]:
    return {**RESPONSE, "output": list(items)}


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generated_types, "_UNLISTED_WARNED", set())


def _warnings(caplog: pytest.LogCaptureFixture, value: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if repr(value) in r.getMessage()]


def test_an_unlisted_item_type_is_kept_round_trips_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    new = {"type": "people_search_results", "id": "p_1", "results": [{"name": "Ada"}]}
    body = _response(MESSAGE, new, copy.deepcopy(new), SEARCH)
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        parsed = ResponsesResponse.from_dict(body)
        ResponsesResponse.from_dict(body)
    message, kept, again, search = parsed.output
    assert isinstance(message, MessageOutputItem)
    assert isinstance(search, SearchResultsOutputItem)
    assert isinstance(kept, UnlistedOutputItem) and isinstance(again, UnlistedOutputItem)
    assert kept.type_ == "people_search_results"
    assert kept["results"] == [{"name": "Ada"}]  # every other key as sent
    assert parsed.to_dict() == body  # unchanged through to_dict
    assert _warnings(caplog, "people_search_results") == [
        "OutputItem: the server sent type 'people_search_results', which this SDK's spec does "
        "not list; kept as UnlistedOutputItem"
    ]


def test_the_upstream_unknown_wrapper_is_still_its_own_listed_variant() -> None:
    item = {"type": "unknown", "item_name": "finance_results", "payload": {"a": 1}}
    (parsed,) = ResponsesResponse.from_dict(_response(item)).output
    assert isinstance(parsed, UnknownOutputItem)


def test_the_warnings_are_bounded(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generated_types, "_UNLISTED_WARNINGS", 3)
    items = [{"type": f"new_{i}"} for i in range(10)]
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        output = ResponsesResponse.from_dict(_response(*items)).output
    assert all(isinstance(item, UnlistedOutputItem) for item in output)  # all kept
    assert len([r for r in caplog.records if "does not list" in r.getMessage()]) == 3


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({"id": "x"}, "$.output[1].type: missing required field"),
        ({"type": 3}, "$.output[1].type: expected string, got integer"),
        ({"type": None}, "$.output[1].type: expected string, got null"),
        ("message", "$.output[1]: expected"),
        # a listed type parses its own variant strictly: no fallback to the kept form
        ({"type": "message", "id": "m"}, "$.output[1].content: missing required field"),
        ({**MESSAGE, "id": 7}, "$.output[1].id: expected string, got integer"),
    ],
)
def test_a_malformed_discriminator_or_listed_item_is_a_parse_error_naming_the_path(
    item: object, problem: str
) -> None:
    with pytest.raises(ParseError) as raised:
        ResponsesResponse.from_dict(_response(MESSAGE, item))  # type: ignore[arg-type]
    assert str(raised.value).startswith(problem)


def test_the_kept_form_is_part_of_the_union_type() -> None:
    annotation = ResponsesResponse.__attrs_attrs__.output.type  # type: ignore[attr-defined]
    assert "UnlistedOutputItem" in str(annotation)


def test_only_the_unions_a_response_reaches_gain_the_kept_form() -> None:
    spec = normalise(yaml.safe_load((ROOT / "openapi.yaml").read_text()))
    kept = {
        name: schema[UNLISTED]["union"]
        for name, schema in spec["components"]["schemas"].items()
        if UNLISTED in schema
    }
    # Tool, Skill, FunctionCallOutputPart and Sonar's response_format are request-only: strict.
    assert kept == {"UnlistedOutputItem": "OutputItem"}
    assert spec["components"]["schemas"]["MessageOutputItem"][TAG] == {"type": "message"}


def _union_spec(mapping: dict[str, str], branches: list[Any]) -> dict[str, Any]:
    ref = "#/components/schemas/"
    return {
        "paths": {"/r": {"get": {"responses": {"200": {"$ref": "#/components/responses/R"}}}}},
        "components": {
            "responses": {"R": {"content": {"a/j": {"schema": {"$ref": ref + "Holder"}}}}},
            "schemas": {
                "Holder": {
                    "properties": {
                        "item": {
                            "anyOf": branches,
                            "discriminator": {
                                "propertyName": "kind",
                                "mapping": {k: ref + v for k, v in mapping.items()},
                            },
                        }
                    }
                },
                "A": {"type": "object"},
                "B": {"type": "object"},
            },
        },
    }


def test_keep_unlisted_names_inline_unions_by_their_place_and_refuses_unmapped_variants() -> None:
    a, b, null = (
        {"$ref": "#/components/schemas/A"},
        {"$ref": "#/components/schemas/B"},
        {"type": "null"},
    )
    schemas = keep_unlisted(_union_spec({"a": "A", "b": "B"}, [a, b, null]))["components"][
        "schemas"
    ]
    assert schemas["UnlistedHolderItem"][UNLISTED] == {
        "union": "HolderItem",
        "propertyName": "kind",
    }
    assert schemas["Holder"]["properties"]["item"]["anyOf"][-1] == {
        "$ref": "#/components/schemas/UnlistedHolderItem"
    }
    assert schemas["B"][TAG] == {"kind": "b"}
    with pytest.raises(ValueError, match="every variant must be a mapped"):
        keep_unlisted(_union_spec({"a": "A"}, [a, b]))


def test_under_json_schema_each_item_matches_exactly_one_variant() -> None:
    """Validators ignore ``discriminator`` (Schemathesis, jsonschema): the kept variant must not
    also match a listed item, or ``oneOf`` refuses every item the server sends."""
    from openapi_schema_validator import OAS31Validator

    components = normalise(yaml.safe_load((ROOT / "openapi.yaml").read_text()))["components"]
    union = components["schemas"]["OutputItem"]
    variants = [OAS31Validator({**b, "components": components}) for b in union["oneOf"]]
    whole = OAS31Validator({**union, "components": components})
    later = {"type": "sandbox_screenshot", "image": "..."}
    for item, expected in ((MESSAGE, "Message"), (SEARCH, "SearchResults"), (later, "Unlisted")):
        matched = [
            b["$ref"] for b, v in zip(union["oneOf"], variants, strict=True) if v.is_valid(item)
        ]
        assert matched == [f"#/components/schemas/{expected}OutputItem"], item
        assert whole.is_valid(item)
    # a listed type that does not fit its variant is still refused (the kept form is no escape)
    assert not whole.is_valid({"type": "message", "id": "m"})
