"""The create request: typed keyword options, checked by the generated models before sending."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    from perplexity_async_api.models import AsyncApiChatCompletionsRequest, ChatMessageInput

__all__ = ["DEFAULT_MODEL", "Messages", "RequestOptions", "create_body"]

DEFAULT_MODEL = "sonar-deep-research"

Messages = str | Sequence["Mapping[str, Any] | ChatMessageInput"]
"""A question (one user message), or chat messages as dicts or ``ChatMessageInput`` models."""

JSONObject = Mapping[str, Any]


class RequestOptions(TypedDict, total=False):
    """The fields of the spec's ``ApiChatCompletionsRequest`` beside ``model`` and ``messages``,
    in the API's JSON shape (the ``_``-prefixed internal fields are left out). A test checks this
    list against openapi.yaml, so it cannot drift."""

    max_tokens: int | None
    n: int | None
    stream: bool | None
    stop: str | list[str] | None
    cum_logprobs: bool | None
    logprobs: bool | None
    top_logprobs: int | None
    best_of: int | None
    response_metadata: JSONObject | None
    response_format: JSONObject | None
    diverse_first_token: bool | None
    tools: list[JSONObject] | None
    tool_choice: Literal["none", "auto", "required"] | None
    parallel_tool_calls: bool | None
    web_search_options: JSONObject
    search_mode: Literal["web", "academic", "sec"] | None
    return_images: bool | None
    return_related_questions: bool | None
    num_search_results: int
    num_images: int
    enable_search_classifier: bool | None
    disable_search: bool | None
    search_domain_filter: list[str] | None
    search_language_filter: list[str] | None
    search_tenant: str | None
    ranking_model: str | None
    latitude: float | None
    longitude: float | None
    country: str | None
    search_recency_filter: Literal["hour", "day", "week", "month", "year"] | None
    search_after_date_filter: str | None
    search_before_date_filter: str | None
    last_updated_before_filter: str | None
    last_updated_after_filter: str | None
    image_format_filter: list[str] | None
    image_domain_filter: list[str] | None
    safe_search: bool | None
    file_workspace_id: str | None
    updated_before_timestamp: int | None
    updated_after_timestamp: int | None
    search_internal_properties: JSONObject | None
    use_threads: bool | None
    thread_id: str | None
    stream_mode: Literal["full", "concise"]
    has_image_url: bool
    reasoning_effort: Literal["minimal", "low", "medium", "high"] | None
    language_preference: str | None
    user_original_query: str | None


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
    """The create body, validated by the generated models: a bad argument is a ValueError (or a
    TypeError) naming it, before any request. Without a key, one is made: retries reuse it."""
    import uuid

    from perplexity_async_api.models import AsyncApiChatCompletionsRequest
    from perplexity_async_api.types import ParseError

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
    try:
        return AsyncApiChatCompletionsRequest.from_dict(body)
    except ParseError as exc:
        where = exc.json_path.removeprefix("$.request.")
        raise ValueError(f"bad create argument {where}: {exc.problem}") from None


def _json_options(options: Mapping[str, Any]) -> dict[str, Any]:
    return {name: _json(value) for name, value in options.items()}
