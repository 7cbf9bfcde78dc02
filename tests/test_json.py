"""Decoding gives the same result, to the type, with or without the optional msgspec."""

from __future__ import annotations

import json

import pytest

from perplexity_async import _json
from perplexity_async._job import parse_job

BODIES = [
    b'{"a": [1, 2.5, "x", null, true], "b": {"c": "\\u00e9"}}',
    b'{"big": 100000000000000000000, "neg": -9223372036854775809}',  # beyond 64 bits, exact
    b'{"lone": "\\ud800"}',  # a lone surrogate escape: msgspec refuses, the stdlib accepts
    b'{"huge": 1e400, "nan": NaN}',  # likewise
    '{"utf16": "\u00e9"}'.encode("utf-16"),  # the stdlib detects UTF-16; msgspec wants UTF-8
    b'{"dup": 1, "dup": 2}',
]


@pytest.mark.parametrize("body", BODIES)
def test_the_fast_path_agrees_with_the_stdlib(body: bytes) -> None:
    # repr, not ==: 1e+20 == 10**20, but a float where the stdlib gives an int is a difference
    assert repr(_json.loads(body)) == repr(_json.loads_stdlib(body)) == repr(json.loads(body))


def test_msgspec_is_installed_in_the_test_venv() -> None:
    # the dev tools include the `speed` extra, so the suite runs the fast path and its fallback
    assert _json.loads is not json.loads


@pytest.mark.parametrize("body", [b"{", b"<html>", b"\xff\xfe"])
def test_bad_bodies_fail_the_same_way(body: bytes) -> None:
    with pytest.raises(ValueError):
        _json.loads(body)
    with pytest.raises(ValueError):
        _json.loads_stdlib(body)
    error = None
    try:
        parse_job(body)
    except Exception as exc:
        error = exc
    assert type(error).__name__ == "ResponseValidationError"


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("loads", [_json.loads, _json.loads_stdlib], ids=["fast", "stdlib"])
def test_json_nested_too_deep_is_a_value_error_not_a_recursion_error(loads: object) -> None:
    with pytest.raises(_json.TooDeepError):
        loads(DEEP)  # type: ignore[operator]
    assert issubclass(_json.TooDeepError, ValueError)


def test_a_too_deep_body_is_a_validation_error_at_the_root() -> None:
    from perplexity_async import ResponseValidationError

    with pytest.raises(ResponseValidationError) as info:
        parse_job(DEEP)
    assert info.value.path == "$"
