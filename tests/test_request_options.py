"""The create options and their checks: generated from the spec, typed, documented, enforced
before sending, and by MockServer with the same rules."""

from __future__ import annotations

import ast
import json
import math
import pydoc
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, get_type_hints

import httpx
import pytest
import yaml

from perplexity_async import RequestOptions
from perplexity_async._validate import KEYWORDS, Problem
from perplexity_async._validate import _Checker as Checker
from perplexity_async.testing import MockServer
from perplexity_async_api import _request_rules as rules_module
from perplexity_async_api import request_options as generated
from tools import request_options as tool

from .conftest import API_KEY, ROOT
from .spec_schema import errors

GENERATED = ROOT / "generated" / "perplexity_async_api" / "request_options.py"


def _spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())  # type: ignore[no-any-return]


def _request_schema() -> dict[str, Any]:
    return _spec()["components"]["schemas"]["ApiChatCompletionsRequest"]  # type: ignore[no-any-return]


def test_the_options_are_exactly_the_request_schemas_public_fields() -> None:
    fields = _request_schema()["properties"]
    expected = {name for name in fields if not name.startswith("_")} - {"model", "messages"}
    assert set(RequestOptions.__annotations__) == expected
    assert RequestOptions is generated.RequestOptions  # generated, not copied by hand


def test_enums_are_literals_and_every_description_is_documented() -> None:
    fields = _request_schema()["properties"]
    annotations = RequestOptions.__annotations__
    hints = get_type_hints(RequestOptions)
    assert hints["search_mode"] == Literal["web", "academic", "sec"] | None
    documented = {  # attribute docstrings, which IDEs show on hover and completion
        node.target.id: ast.literal_eval(following.value)
        for klass in ast.parse(GENERATED.read_text()).body
        if isinstance(klass, ast.ClassDef) and klass.name == "RequestOptions"
        for node, following in zip(klass.body, klass.body[1:], strict=False)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
        if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
    }
    shown = pydoc.render_doc(RequestOptions, renderer=pydoc.plaintext).replace(" | ", " ")
    shown = " ".join(shown.split())
    assert "max_tokens" in annotations and "search_mode" in annotations
    for name in annotations:
        description = " ".join(str(fields[name].get("description", "")).split())
        assert description in " ".join(documented.get(name, "").split()), name
        assert f"{name}: {description}" in shown, name  # help(RequestOptions)
    assert "(> 0, <= 128000)" in documented["max_tokens"]  # the range, from the spec


def test_the_rules_are_the_specs_bounds() -> None:
    rules = rules_module.SCHEMAS[rules_module.OPTIONS]["properties"]
    bounded = {
        name: branch
        for name, prop in _request_schema()["properties"].items()
        for branch in prop.get("anyOf", [prop])
        if {"minimum", "maximum", "exclusiveMinimum"} & set(branch)
    }
    assert "max_tokens" in bounded
    for name, branch in bounded.items():
        assert branch in rules[name].get("anyOf", [rules[name]]), name
    assert rules["model"] == {"type": "string"}  # an open enum: any model name is sent


def test_the_validator_enforces_exactly_what_the_generator_keeps() -> None:
    assert KEYWORDS == tool.VALIDATED


def test_a_keyword_the_validator_does_not_enforce_stops_the_generation() -> None:
    spec = _spec()
    spec["components"]["schemas"]["WebSearchOptions"]["properties"]["search_type"]["pattern"] = "x"
    with pytest.raises(tool.SpecError, match=r"WebSearchOptions\.search_type uses \['pattern'\]"):
        tool.render(spec)
    del spec["components"]["schemas"]["WebSearchOptions"]
    with pytest.raises(tool.SpecError, match="'WebSearchOptions' is referenced but not defined"):
        tool.render(spec)


def test_import_perplexity_async_loads_neither_options_nor_models() -> None:
    code = (
        "import sys, perplexity_async\n"
        "print(sorted(m for m in sys.modules if m.startswith('perplexity_async_api.')))\n"
        "perplexity_async.RequestOptions\n"
        "print('perplexity_async_api.request_options' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert not any("request_" in m or ".models" in m for m in eval(out[0]))
    assert out[1] == "True"


def _check(value: Any, schema: dict[str, Any], **schemas: Any) -> Problem | None:
    return Checker(schemas).check(value, schema, ("x",))


@pytest.mark.parametrize(
    ("value", "schema", "message", "wrong_type"),
    [
        (math.nan, {"type": "number"}, "x must be a finite number, got nan", False),
        (
            "ab",
            {"type": "string", "minLength": 3},
            "x must have at least 3 characters, got 2",
            False,
        ),
        ([1, 2], {"type": "array", "maxItems": 1}, "x must have at most 1 items, got 2", False),
        ({"a": 1}, {"type": "object", "additionalProperties": False}, "x.a is not a known", False),
        (5, {"allOf": [{"type": "integer"}, {"maximum": 4}]}, "x must be <= 4, got 5", False),
        ("b", {"const": "a"}, "x must be 'a', got 'b'", False),
        (b"x", {"anyOf": [{"type": "string"}, {"type": "null"}]}, "x must be str or None", True),
        (1, {"type": ["string", "null"]}, "x must be str or None, got int 1", True),
        ({1: "a"}, {"type": "object"}, "x.1 is not a str key", True),
    ],
)
def test_each_keyword_names_the_field(
    value: Any, schema: dict[str, Any], message: str, wrong_type: bool
) -> None:
    problem = _check(value, schema)
    assert problem is not None
    error = problem.error()
    assert str(error).startswith(message), error
    assert isinstance(error, TypeError if wrong_type else ValueError)
    assert _check(1.5, {"type": "number", "minimum": 0, "maximum": 2}) is None
    assert _check(1, {"type": "number"}) is None  # an int is a number, a bool is not
    assert _check(True, {"type": "number"}) is not None


def _post(server: MockServer, body: object) -> httpx.Response:
    path = next(  # Sonar's create (the spec has the Agent API's too)
        path
        for path, item in _spec()["paths"].items()
        if "AsyncApiChatCompletionsRequest" in str(item.get("post", {}).get("requestBody"))
    )
    return httpx.post(
        server.base_url + path, json=body, headers={"Authorization": f"Bearer {API_KEY}"}
    )


def test_mock_server_answers_422_with_the_same_rules_in_fastapis_shape(
    server: MockServer,
) -> None:
    message = {"role": "usr", "content": "hi"}
    bad = {"request": {"model": "sonar", "messages": [message], "search_mode": "web"}}
    response = _post(server, bad)
    assert response.status_code == 422
    assert errors("HTTPValidationError", response.json()) == []
    assert response.json()["detail"] == [
        {
            "loc": ["body", "request", "messages", 0, "role"],
            "msg": "must be one of 'system', 'user', 'assistant', 'tool', got 'usr'",
            "type": "enum",
        }
    ]
    too_many = {"request": {"model": "sonar", "messages": [], "max_tokens": 128_001}}
    assert _post(server, too_many).json()["detail"][0]["type"] == "less_than_equal"
    unknown = {"request": {"model": "any-model", "messages": [], "newer_than_the_sdk": 1}}
    assert _post(server, unknown).status_code == 200  # unknown fields pass, as upstream
    broken = _post(server, "not an object")
    assert broken.json()["detail"][0]["loc"] == ["body"]
    assert json.loads(server.requests[0].body) == bad
    assert len(server.created_jobs) == 1


USER_CODE = """
import perplexity_async as pa

client = pa.Client(api_key="k")
client.sonar.create("q", search_mode="academic", max_tokens=10, search_domain_filter=["a.org"])
client.sonar.create("q", max_tokens="lots")
client.sonar.create("q", search_mode="everywhere")
client.sonar.create("q", not_an_option=True)
client.sonar.create("q", model="sonar-pro")
client.sonar.create("q", model="a-model-newer-than-the-sdk")
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
    assert lines == [6, 7, 8], result.stdout  # the good calls (5, 9, 10) pass
    assert '"max_tokens"' in result.stdout and '"not_an_option"' in result.stdout


# The Agent API's create options (AgentOptions) and their rules (_agent_rules), the same way.
AGENT_BODY = {"input": "What changed in HTTP/3?", "background": True}


def test_agent_options_are_every_request_field_but_what_the_sdk_sets() -> None:
    fields = _spec()["components"]["schemas"]["ResponsesRequest"]["properties"]
    expected = set(fields) - {"input", "background", "stream"}
    assert set(get_type_hints(generated.AgentOptions)) == expected
    hints = get_type_hints(generated.AgentOptions)
    assert hints["tool_choice"] == Literal["none", "auto", "required"] | Mapping[str, Any]
    assert hints["max_output_tokens"] is int
    assert hints["service_tier"] == Literal["auto", "default", "flex", "priority", "fast"]
    source = GENERATED.read_text()
    assert 'preset: str\n    """Deprecated' in source  # deprecated in its doc
    assert "max_output_tokens: int\n" in source and "(>= 1)" in source
    # RequestOptions is untouched by the second TypedDict
    assert "preset" not in get_type_hints(generated.RequestOptions)


def test_the_agent_rules_keep_additional_properties_false_at_the_top() -> None:
    from perplexity_async_api import _agent_rules

    assert _agent_rules.BODY == "ResponsesRequest"
    body = _agent_rules.SCHEMAS["ResponsesRequest"]
    assert body["additionalProperties"] is False
    assert body["required"] == ["input"]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"search_mode": "web"}, TypeError, "search_mode is not an Agent API option"),
        (
            {"zz": 1, "search_mode": "web"},
            TypeError,
            "search_mode is not an Agent API option (nor is zz)",
        ),
        ({"max_output_tokens": 0}, ValueError, "max_output_tokens must be >= 1, got 0"),
        ({"models": ["openai/gpt-5.1"] * 6}, ValueError, "models must have at most 5 items"),
        ({"max_steps": "3"}, TypeError, "max_steps must be int, got str"),
        ({"tool_choice": "maybe"}, ValueError, "tool_choice must be one of 'none', 'auto'"),
        ({"tools": [{"type": "nope"}]}, ValueError, "tools[0].type must be one of 'web_search'"),
        ({"background": "yes"}, TypeError, "background must be bool or None"),
        ({"input": 5}, TypeError, "input must be str or list, got int 5"),
    ],
)
def test_check_agent_body_names_the_bad_option(
    options: dict[str, Any], error: type[Exception], message: str
) -> None:
    from perplexity_async._validate import check_agent_body

    with pytest.raises(error) as raised:
        check_agent_body({**AGENT_BODY, **options})
    assert str(raised.value).startswith(message), raised.value


def test_check_agent_body_accepts_a_good_body() -> None:
    from perplexity_async._validate import check_agent_body

    check_agent_body(
        {
            **AGENT_BODY,
            "background": None,  # type: [boolean, 'null']
            "input": [
                {"role": "user", "content": "hi"},  # InputItem: a oneOf without discriminator
                {"type": "function_call_output", "call_id": "c1", "output": "42"},
            ],
            "model": "openai/gpt-5.1",
            "models": ["openai/gpt-5.1", "xai/grok-4-1"],
            "max_output_tokens": 1024,
            "tools": [{"type": "web_search"}, {"type": "fetch_url", "max_urls": 3}],
            "tool_choice": {"type": "function", "name": "f"},
            "preset": "fast",
            "stream": False,
        }
    )
    with pytest.raises(ValueError, match="input is required"):
        check_agent_body({"model": "openai/gpt-5.1"})
