"""A run's create request: ``input`` and the ``AgentOptions`` generated from the spec, checked
before sending; and the cancel's acknowledgement.

``AgentOptions`` is generated into ``perplexity_async_api.request_options`` by ``make generate``,
so an option upstream adds reaches ``client.agent.create()`` by regeneration alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from perplexity_async_api.request_options import AgentOptions

__all__ = [
    "CHOOSERS",
    "DEFAULT_EFFORT",
    "AgentInput",
    "AgentOptions",
    "parse_cancel",
    "run_body",
]

# With none of effort, preset, model or models, a run asks for the deep-research equivalent:
# effort "medium" (0.46.1 documents effort as replacing the deprecated preset).
DEFAULT_EFFORT = "medium"
CHOOSERS = ("effort", "preset", "model", "models")
"""The options that choose what runs; with none of them, ``effort`` is ``DEFAULT_EFFORT``."""

AgentInput = str | Sequence[Mapping[str, Any] | Any]
"""A question, or input items (``InputMessage``, function call outputs, ...) as dicts or the
generated models."""


def __getattr__(name: str) -> Any:
    if name == "AgentOptions":
        value = importlib.import_module("perplexity_async_api.request_options").AgentOptions
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _json(value: Any) -> Any:
    """Generated models given as values (an InputMessage, a WebSearchTool) as JSON."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    return value


def run_body(input: AgentInput, options: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body of a background run's create: ``background: true`` always, ``effort``
    "medium" when no model is chosen; checked against the spec's rules (``_validate``): an
    unknown option is a TypeError naming it, a bad value a ValueError naming the field, before
    any request. ``effort``, ``preset``, ``model`` and ``models`` given as None are not sent.

    The request sends this JSON as checked, not a generated ``ResponsesRequest``: its ``Tool``
    union has no discriminator, so the model would read an ``image_search`` tool as a
    ``web_search`` one (the same JSON, the wrong type, a false WARNING).
    """
    from .._validate import check_agent_body

    if isinstance(input, str):
        if not input.strip():
            raise ValueError("the question (input) is empty")
    elif isinstance(input, Sequence) and not isinstance(input, bytes | bytearray):
        if not input:
            raise ValueError("input is an empty list: give a question or input items")
        input = _json(list(input))
    else:
        raise TypeError(f"input must be a str or a list of input items, got {type(input).__name__}")
    if not isinstance(options, Mapping):
        raise TypeError("options must be a mapping")
    chosen = {k: v for k, v in options.items() if not (k in CHOOSERS and v is None)}
    if not any(k in chosen for k in CHOOSERS):
        chosen["effort"] = DEFAULT_EFFORT
    for name in ("background", "stream"):
        if name in chosen:
            raise TypeError(
                f"{name} is set by the SDK (a background run, polled; no stream), not an option"
            )
    body = {"input": input, **{k: _json(v) for k, v in chosen.items()}, "background": True}
    check_agent_body(body)
    return body


def parse_cancel(body: bytes, status_code: int = 200, headers: httpx.Headers | None = None) -> str:
    """A cancel's acknowledgement (``{"response_id", "status": "cancelling"}``): the run's id,
    or ResponseValidationError when the body does not fit."""
    from perplexity_async_api.models import ResponseCancelResponse

    from .._job import _decode, _parse

    data = _decode(body, status_code)
    acknowledged: str = _parse(
        ResponseCancelResponse, lambda raw: raw.response_id, data, body, status_code
    )
    return acknowledged
