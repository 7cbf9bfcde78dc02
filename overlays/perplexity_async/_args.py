"""Argument checks shared by both clients: wrong arguments fail before any request."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "check_extra_body",
    "check_headers",
    "check_on_update",
    "check_query",
    "check_request_id",
    "check_seconds",
]

# Job ids are short (UUID-like); a longer one cannot be a job id, and a 100 KB one cannot even
# form a URL (httpx refuses it with a bare InvalidURL).
MAX_REQUEST_ID = 1024
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def check_request_id(request_id: object) -> str:
    """The id, if it can travel as one path segment (``.`` and ``..`` would be resolved away)."""
    if not isinstance(request_id, str):
        raise TypeError(f"request_id must be a str, got {type(request_id).__name__}")
    if request_id in ("", ".", ".."):
        raise ValueError(f"request_id must be a job id, got {request_id!r}")
    if len(request_id) > MAX_REQUEST_ID:
        raise ValueError(
            f"request_id is {len(request_id)} characters long: a job id has at most "
            f"{MAX_REQUEST_ID} (got {request_id[:40]!r}...)"
        )
    return request_id


def check_headers(name: str, headers: object) -> dict[str, str]:
    """Headers a request may carry: str names that are HTTP tokens, str values without CR, LF or
    NUL (header injection), and no Authorization (the bearer token from ``api_key`` always wins).
    """
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping of str to str, got {type(headers).__name__}")
    checked: dict[str, str] = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(
                f"{name} must map str to str, got {type(key).__name__}: {type(value).__name__}"
            )
        if not key or not set(key) <= _TOKEN:
            raise ValueError(f"{name}: {key[:60]!r} is not a valid header name")
        if any(c in value for c in "\r\n\0"):
            raise ValueError(f"{name}: the value of {key!r} holds CR, LF or NUL")
        if key.lower() == "authorization":
            # Never echo the value: it is a credential.
            raise ValueError(
                f"{name} must not set {key!r}: the client sends the bearer token from api_key"
            )
        checked[key] = value
    return checked


def check_query(name: str, query: object) -> dict[str, Any]:
    """Query parameters: str names; str, int or float values, or lists of them (repeated)."""
    if query is None:
        return {}
    if not isinstance(query, Mapping):
        raise TypeError(f"{name} must be a mapping of str to values, got {type(query).__name__}")
    checked: dict[str, Any] = {}
    for key, value in query.items():
        if not isinstance(key, str) or not key:
            raise TypeError(f"{name} keys must be non-empty str, got {key!r}")
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                raise TypeError(
                    f"{name}[{key!r}] must be a str, int or float (or a list of them), "
                    f"got {type(item).__name__}"
                )
        checked[key] = list(value) if isinstance(value, tuple) else value
    return checked


def check_extra_body(body: object) -> dict[str, Any] | None:
    """Fields merged into the request object as they are (for fields newer than this SDK):
    only a mapping with str keys that encodes as JSON is checked, not the fields."""
    if body is None:
        return None
    if not isinstance(body, Mapping):
        raise TypeError(f"extra_body must be a mapping of str to JSON, got {type(body).__name__}")
    if not all(isinstance(key, str) for key in body):
        raise TypeError("extra_body keys must be str")
    try:
        json.dumps(body, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"extra_body must be JSON: {exc}") from None
    return dict(body)


def check_on_update(on_update: object, *, is_async: bool) -> None:
    """``on_update`` is None or a callable; the blocking Client cannot await a coroutine one."""
    if on_update is None:
        return
    if not callable(on_update):
        raise TypeError(f"on_update must be callable, got {type(on_update).__name__}")
    if not is_async and _is_coroutine_function(on_update):
        raise TypeError(
            "on_update is a coroutine function: the blocking Client cannot await it "
            "(use AsyncClient, or a plain function)"
        )


def _is_coroutine_function(fn: Callable[..., Any]) -> bool:
    import inspect  # only on a call with on_update: inspect costs ~10 ms at import

    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None)  # noqa: B004 - an instance with an async __call__
    )


def check_seconds(name: str, value: object, *, positive: bool = False) -> float:
    """A finite, non-negative (or positive) number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if math.isnan(value) or math.isinf(value) or value < 0 or (positive and value == 0):
        bound = "> 0" if positive else ">= 0"
        raise ValueError(f"{name} must be a finite number {bound}, got {value!r}")
    return float(value)
