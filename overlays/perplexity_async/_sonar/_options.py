"""The create request: keyword options generated from the spec, checked before sending.

``RequestOptions`` and ``Model`` are generated into ``perplexity_async_api.request_options`` by
``make generate`` (an option upstream adds reaches ``create()`` by regeneration alone); they are
imported on first use, so ``import perplexity_async`` does not pay for them.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perplexity_async_api.models import AsyncApiChatCompletionsRequest, ChatMessageInput
    from perplexity_async_api.request_options import Model, RequestOptions

__all__ = ["DEFAULT_MODEL", "Messages", "Model", "RequestOptions", "create_body", "sonar_models"]

DEFAULT_MODEL = "sonar-deep-research"

Messages = str | Sequence["Mapping[str, Any] | ChatMessageInput"]
"""A question (one user message), or chat messages as dicts or ``ChatMessageInput`` models."""

_GENERATED = ("Model", "RequestOptions")


def __getattr__(name: str) -> Any:
    if name in _GENERATED:
        value = getattr(importlib.import_module("perplexity_async_api.request_options"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def sonar_models() -> frozenset[str]:
    """The Sonar models the spec lists (the generated ``Model`` literal's names): a name the
    Agent API would be sent by mistake.

    >>> "sonar-deep-research" in sonar_models()
    True
    """
    from typing import get_args

    from perplexity_async_api.request_options import Model

    return frozenset(name for member in get_args(Model) for name in get_args(member))


def _json(value: Any) -> Any:
    """Generated models given as values (a ChatMessageInput, a WebSearchOptions) as JSON."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    return value


def create_body(
    messages: Messages,
    *,
    model: str,
    idempotency_key: str | None,
    options: Mapping[str, Any],
) -> AsyncApiChatCompletionsRequest:
    """The create body, checked against the spec's rules (``_validate``): a bad argument is a
    ValueError (a TypeError for a wrong type) naming it, before any request. Without a key,
    one is made: retries reuse it."""
    import uuid

    from perplexity_async_api.models import AsyncApiChatCompletionsRequest
    from perplexity_async_api.request_options import RequestOptions
    from perplexity_async_api.types import ParseError

    from .._validate import check_body, json_integers

    if not isinstance(model, str) or not model:
        raise ValueError(f"model must be a non-empty str, got {model!r}")
    if isinstance(messages, str):
        if not messages.strip():
            raise ValueError("the question is empty")
        messages = [{"role": "user", "content": messages}]
    elif not isinstance(messages, Sequence) or not messages:
        raise TypeError("messages must be a question (str) or a non-empty list of messages")
    unknown = sorted(set(options) - set(RequestOptions.__annotations__))
    if unknown:
        raise TypeError(f"unknown request option(s): {', '.join(unknown)}")
    if idempotency_key is None:
        idempotency_key = str(uuid.uuid4())
    elif not isinstance(idempotency_key, str) or not idempotency_key:
        raise ValueError(f"idempotency_key must be a non-empty str, got {idempotency_key!r}")
    request = {"model": model, "messages": _json(list(messages)), **_json_options(options)}
    body = {"request": request, "idempotency_key": idempotency_key}
    check_body(body, strip=("request",))
    try:
        return AsyncApiChatCompletionsRequest.from_dict(json_integers(body))
    except ParseError as exc:  # the generated models are stricter somewhere: still named
        where = exc.json_path.removeprefix("$.request.")
        raise ValueError(f"bad create argument {where}: {exc.problem}") from None


def _json_options(options: Mapping[str, Any]) -> dict[str, Any]:
    return {name: _json(value) for name, value in options.items()}
