"""Property-based parsing: every body the spec allows becomes a Job; every mutation of one has the
outcome the parsing policy promises (kept, or ResponseValidationError naming the path)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from openapi_schema_validator import OAS31Validator

import perplexity_async as pa

from .helpers import assert_no_raw_dicts, touch_every_accessor
from .spec_schema import components

MAX_TIMESTAMP = 2**32  # what a datetime holds, with room; out-of-range ones are a mutation below
TIMESTAMPS = ("created_at", "started_at", "completed_at", "failed_at")
SETTINGS = settings(
    max_examples=150,
    derandomize=True,  # CI sees the same examples every run
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
Path = tuple[str | int, ...]


@cache
def _definitions() -> dict[str, Any]:
    """The components, as JSON-Schema definitions, timestamps bounded."""
    text = json.dumps(components()["schemas"]).replace("#/components/schemas/", "#/definitions/")
    definitions: dict[str, Any] = json.loads(text)
    job = definitions["AsyncApiChatCompletionsResponse"]["properties"]
    for name in TIMESTAMPS:
        for branch in job[name].get("anyOf", [job[name]]):
            if branch.get("type") == "integer":
                branch.update(minimum=0, maximum=MAX_TIMESTAMP)
    return definitions


def _strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """hypothesis-jsonschema for each leaf schema; objects, arrays, unions and $refs composed
    here, one strategy per component (from_schema on a whole component inlines every $ref and
    spends seconds per example merging the nested unions)."""
    if "$ref" in schema:
        return component(schema["$ref"].rsplit("/", 1)[-1])
    if "anyOf" in schema:
        return st.one_of([_strategy(branch) for branch in schema["anyOf"]])
    if "properties" in schema:
        required = set(schema.get("required", ()))
        properties = schema["properties"]
        return st.fixed_dictionaries(
            {k: _strategy(v) for k, v in properties.items() if k in required},
            optional={k: _strategy(v) for k, v in properties.items() if k not in required},
        )
    if schema.get("type") == "array":
        return st.lists(_strategy(schema["items"]), max_size=3)
    return from_schema(schema)


@cache
def component(name: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.deferred(lambda: _strategy(_definitions()[name]))


@st.composite
def completed_jobs(draw: st.DrawFn) -> dict[str, Any]:
    """A COMPLETED job whose response, choices and search results are present (a strategy from
    the top-level schema almost never makes one)."""
    job = draw(component("AsyncApiChatCompletionsResponse"))
    response = draw(component("CompletionResponse"))
    response["choices"] = draw(st.lists(component("Choice"), min_size=1, max_size=3))
    response["search_results"] = draw(
        st.lists(component("ApiPublicSearchResult"), min_size=1, max_size=4)
    )
    response["images"] = draw(st.lists(component("ImageResult"), max_size=3))
    response["related_questions"] = draw(st.lists(st.text(max_size=20), max_size=3))
    job.update(status="COMPLETED", response=response)
    return job


ANY_JOB = st.one_of(component("AsyncApiChatCompletionsResponse"), completed_jobs())


# -- walking a body alongside its schema -------------------------------------------------------


@dataclass(frozen=True)
class Node:
    path: Path
    schema_name: str | None  # the model's schema, for objects with properties
    required: tuple[str, ...]
    accepted: frozenset[str]  # the JSON types the schema accepts here
    is_enum: bool


def _resolve(schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return name, _definitions()[name]
    return None, schema


def _accepted(schema: dict[str, Any]) -> set[str]:
    _, schema = _resolve(schema)
    if "anyOf" in schema:
        return set().union(*(_accepted(branch) for branch in schema["anyOf"]))
    if "type" in schema:
        kinds = {schema["type"]}
        return kinds | ({"integer"} if "number" in kinds else set())
    return {"object"} if "properties" in schema else set()


@cache
def _validator(schema_json: str) -> OAS31Validator:
    return OAS31Validator({**json.loads(schema_json), "definitions": _definitions()})


def _branch_for(value: Any, schema: dict[str, Any]) -> dict[str, Any]:
    for branch in schema["anyOf"]:
        if _validator(json.dumps(branch)).is_valid(value):
            return branch  # type: ignore[no-any-return]
    raise AssertionError(f"no branch of {schema} accepts {value!r}")


def walk(
    value: Any, schema: dict[str, Any], path: Path = (), accepted: frozenset[str] | None = None
) -> Iterator[Node]:
    """Every value the schema governs (not what sits in additional properties)."""
    accepted = accepted or frozenset(_accepted(schema))
    name, resolved = _resolve(schema)
    if "anyOf" in resolved:  # the branch that fits, with what the whole union accepts
        yield from walk(value, _branch_for(value, resolved), path, accepted)
        return
    yield Node(path, name, tuple(resolved.get("required", ())), accepted, "enum" in resolved)
    if isinstance(value, dict) and "properties" in resolved:
        for key, child in value.items():
            if key in resolved["properties"]:
                yield from walk(child, resolved["properties"][key], (*path, key))
    elif isinstance(value, list) and "items" in resolved:
        for index, item in enumerate(value):
            yield from walk(item, resolved["items"], (*path, index))


JOB_SCHEMA = {"$ref": "#/definitions/AsyncApiChatCompletionsResponse"}


def _json_path(path: Path) -> str:
    return "$" + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path)


def _set(body: Any, path: Path, value: Any) -> None:
    for key in path[:-1]:
        body = body[key]
    body[path[-1]] = value


def _get(body: Any, path: Path) -> Any:
    for key in path:
        body = body[key]
    return body


def _parse(body: dict[str, Any]) -> pa.Job | pa.ResponseValidationError:
    """Job.from_dict, which must either succeed or raise ResponseValidationError: nothing else."""
    try:
        return pa.Job.from_dict(copy.deepcopy(body))
    except pa.ResponseValidationError as error:
        return error


# -- the properties ------------------------------------------------------------------------------


@SETTINGS
@given(ANY_JOB)
def test_every_body_the_spec_allows_becomes_a_job_that_round_trips(body: dict[str, Any]) -> None:
    job = _parse(body)
    assert isinstance(job, pa.Job), job
    assert job.to_dict() == body
    assert_no_raw_dicts(job.raw)
    touch_every_accessor(job)


@SETTINGS
@given(completed_jobs())
def test_a_completed_job_has_its_answer_pieces(body: dict[str, Any]) -> None:
    job = _parse(body)
    assert isinstance(job, pa.Job)
    assert job.is_done and job.response is not None
    assert len(job.search_results) == len(body["response"]["search_results"])
    images = body["response"]["images"]
    assert [(i.image_url, i.width, i.height) for i in job.images] == [
        (i["image_url"], i["width"], i["height"]) for i in images
    ]
    assert job.related_questions == body["response"]["related_questions"]
    content = body["response"]["choices"][0]["message"]["content"]
    if isinstance(content, str):
        assert job.text == content
    elif content is None:
        assert job.text is None
    else:
        assert job.text == "".join(c["text"] for c in content if c["type"] == "text")


@SETTINGS
@given(ANY_JOB, st.data())
def test_unknown_fields_and_enum_values_at_any_depth_are_kept(
    body: dict[str, Any], data: st.DataObject
) -> None:
    nodes = list(walk(body, JOB_SCHEMA))
    objects = [
        n for n in nodes if n.schema_name is not None and isinstance(_get(body, n.path), dict)
    ]
    mutated = copy.deepcopy(body)
    target = data.draw(st.sampled_from(objects))
    _get(mutated, target.path)["x_unknown_field"] = {"nested": [1, "two"]}
    enums = [n for n in nodes if n.is_enum and isinstance(_get(body, n.path), str)]
    if enums:
        _set(mutated, data.draw(st.sampled_from(enums)).path, "x-unknown-value")
    job = _parse(mutated)
    assert isinstance(job, pa.Job), job
    assert job.to_dict() == mutated
    assert_no_raw_dicts(job.raw)
    touch_every_accessor(job)


@SETTINGS
@given(ANY_JOB, st.data())
def test_a_dropped_required_key_names_its_path(body: dict[str, Any], data: st.DataObject) -> None:
    candidates = [
        (n.path, key)
        for n in walk(body, JOB_SCHEMA)
        for key in n.required
        if isinstance(_get(body, n.path), dict) and key in _get(body, n.path)
    ]
    path, key = data.draw(st.sampled_from(candidates))
    mutated = copy.deepcopy(body)
    del _get(mutated, path)[key]
    error = _parse(mutated)
    assert isinstance(error, pa.ResponseValidationError), error
    assert error.path == _json_path((*path, key))
    assert error.problem == "missing required field"
    assert json.loads(error.body) == mutated


_SAMPLES: dict[str, Any] = {
    "string": "text",
    "integer": 7,
    "number": 1.5,
    "boolean": True,
    "array": [],
    "object": {},
    "null": None,
}


@SETTINGS
@given(ANY_JOB, st.data())
def test_a_wrong_type_or_a_misplaced_null_names_its_path(
    body: dict[str, Any], data: st.DataObject
) -> None:
    nodes = [n for n in walk(body, JOB_SCHEMA) if n.path and n.accepted]
    node = data.draw(st.sampled_from(nodes))
    wrong = sorted(
        set(_SAMPLES) - node.accepted - ({"integer"} if "number" in node.accepted else set())
    )
    mutated = copy.deepcopy(body)
    _set(mutated, node.path, _SAMPLES[data.draw(st.sampled_from(wrong))])
    error = _parse(mutated)
    assert isinstance(error, pa.ResponseValidationError), (node, error)
    assert error.path == _json_path(node.path), (node, mutated)
    assert error.job_id == (body["id"] if node.path != ("id",) else None)


@SETTINGS
@given(ANY_JOB, st.sampled_from(TIMESTAMPS), st.sampled_from([10**20, -(10**20)]))
def test_an_out_of_range_timestamp_names_its_path(
    body: dict[str, Any], name: str, value: int
) -> None:
    mutated = {**body, name: value}
    error = _parse(mutated)
    assert isinstance(error, pa.ResponseValidationError)
    assert error.path == f"$.{name}" and "out of range" in error.problem


def test_the_walker_sees_the_nested_models() -> None:
    from perplexity_async.testing import completed_job_body

    body = completed_job_body("w", answer="a", search_results=[{"title": "t", "url": "u"}])
    names = {n.schema_name for n in walk(body, JOB_SCHEMA)}
    assert {
        "CompletionResponse",
        "Choice",
        "ChatMessage-Output",
        "ApiPublicSearchResult",
        "UsageInfo",
        "Cost",
    } <= names


@pytest.mark.parametrize("bad", [[], "x", 3, None])
def test_a_body_that_is_not_an_object(bad: Any) -> None:
    error = _parse(bad)
    assert isinstance(error, pa.ResponseValidationError)
    assert error.path == "$" and "expected object" in error.problem
