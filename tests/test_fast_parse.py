"""The fast paths of parsing keep its promises: what the generated from_dict shortcuts (no input
copy, positional __init__, enum lookup table, inline union cases) and Job.from_dict's lazy body."""

from __future__ import annotations

import ast
import inspect
import logging
import textwrap
from types import MappingProxyType
from typing import Any

import attrs
import pytest

import perplexity_async as pa
from perplexity_async.testing import completed_job_body
from perplexity_async_api import models
from perplexity_async_api.models import ApiPublicSearchResult, ApiPublicSearchResultSource
from perplexity_async_api.types import UNSET, ParseError


class _Unprintable:
    """A value whose repr is counted: serialising a job that holds it calls it."""

    calls = 0

    def __repr__(self) -> str:
        type(self).calls += 1
        return "<unprintable>"


def _result(**fields: Any) -> dict[str, Any]:
    return {"title": "t", "url": "https://example.com", **fields}


def test_job_from_dict_serialises_its_input_only_to_report_an_error() -> None:
    _Unprintable.calls = 0
    value = _Unprintable()
    body = completed_job_body("r1", answer="a", search_results=[_result(x_extra=value)])
    job = pa.Job.from_dict(body)
    assert job.search_results[0]["x_extra"] is value
    assert _Unprintable.calls == 0  # a valid job is not serialised

    body["response"]["search_results"][0]["url"] = 7
    with pytest.raises(pa.ResponseValidationError) as caught:
        pa.Job.from_dict(body)
    assert caught.value.path == "$.response.search_results[0].url"
    assert b"<unprintable>" in caught.value.body and _Unprintable.calls == 1


def test_from_dict_reads_any_mapping_and_neither_changes_nor_shares_it() -> None:
    data = _result(date=None, source="web", x_future=[1])
    kept = dict(data)
    for source in (data, MappingProxyType(data)):
        result = ApiPublicSearchResult.from_dict(source)
        assert (result.title, result.date, result.last_updated) == ("t", None, UNSET)
        assert result.source is ApiPublicSearchResultSource.WEB
        assert result.additional_properties == {"x_future": [1]}
        result.additional_properties["x_other"] = 1
        assert data == kept
    assert ApiPublicSearchResult.from_dict(_result()).additional_properties == {}


def test_enum_lookup_keeps_unknown_values_and_refuses_other_types(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        first = ApiPublicSearchResult.from_dict(_result(source="x-fast-parse-new"))
        again = ApiPublicSearchResult.from_dict(_result(source="x-fast-parse-new"))
    assert first.source is again.source and first.source == "x-fast-parse-new"
    assert len([r for r in caplog.records if "x-fast-parse-new" in r.getMessage()]) == 1
    assert "_by_value" not in ApiPublicSearchResultSource.__members__
    with pytest.raises(ParseError) as caught:
        ApiPublicSearchResult.from_dict(_result(source=["web"]))
    assert caught.value.json_path == "$.source"


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"date": 1}, "$.date"),  # not a union member: decided by the slow path, which refuses it
        ({"snippet": None}, "$.snippet"),
        ({"title": True}, "$.title"),
        ({"url": b"x"}, "$.url"),
    ],
)
def test_values_off_the_fast_path_are_still_refused(fields: dict[str, Any], path: str) -> None:
    with pytest.raises(ParseError) as caught:
        ApiPublicSearchResult.from_dict(_result(**fields))
    assert caught.value.json_path == path


def test_a_str_subclass_takes_the_slow_path_and_is_kept() -> None:
    class Text(str):
        pass

    result = ApiPublicSearchResult.from_dict(_result(title=Text("t"), date=Text("d")))
    assert (type(result.title), type(result.date)) == (Text, Text)


def _model_classes() -> list[type]:
    return [
        cls
        for name in models.__all__
        if attrs.has(cls := getattr(models, name)) and hasattr(cls, "from_dict")
    ]


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda cls: cls.__name__)
def test_from_dict_passes_the_fields_in_the_order_of_init(cls: type) -> None:
    """from_dict calls ``cls(...)`` positionally: the arguments are the attrs fields, in order."""
    source = textwrap.dedent(inspect.getsource(cls.from_dict))  # type: ignore[attr-defined]
    calls = [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
    ]
    assert len(calls) == 1 and not calls[0].keywords
    passed = [arg.id for arg in calls[0].args if isinstance(arg, ast.Name)]
    assert passed == [field.name for field in attrs.fields(cls) if field.init]
