"""From an HTTP outcome (a response or a transport error) to a Job or a typed error."""

from __future__ import annotations

import time
from typing import Any

import httpx

from perplexity_async_api.types import ParseError

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PerplexityAsyncError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._json import loads
from ._retry import retry_after_seconds

__all__ = ["checked", "status_error", "transport_error"]

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
}


def transport_error(exc: httpx.HTTPError, request_id: str | None) -> PerplexityAsyncError:
    """An httpx exception as this SDK's error (the original is chained by the caller)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out ({type(exc).__name__})", request_id=request_id)
    if isinstance(exc, httpx.DecodingError):
        return ResponseValidationError(
            f"body could not be decoded ({exc})",
            body=b"",
            path=None,
            request_id=request_id,
            status_code=0,
        )
    return APIConnectionError(
        f"connection error: {type(exc).__name__}: {exc}", request_id=request_id
    )


def _decoded(body: bytes) -> Any:
    try:
        return loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")


def _server_message(body: Any) -> str:
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
        if isinstance(body.get("detail"), str):
            return str(body["detail"])
        if isinstance(body.get("message"), str):
            return str(body["message"])
    if isinstance(body, str) and body.strip():
        return body.strip()[:200]
    return ""


def status_error(response: httpx.Response, request_id: str | None) -> APIStatusError:
    """An error status as the matching APIStatusError subclass."""
    code = response.status_code
    body = _decoded(response.content)
    reason = response.reason_phrase or "error"
    message = f"{code} {reason}"
    detail = _server_message(body)
    if detail:
        message += f": {detail}"
    if request_id:
        message += f" (job {request_id!r})"
    common: dict[str, Any] = {
        "status_code": code,
        "body": body,
        "headers": response.headers,
        "request_id": request_id,
    }
    if code == 422:
        from perplexity_async_api.models import HTTPValidationError

        try:
            parsed = HTTPValidationError.from_dict(body)
            details = parsed.detail if isinstance(parsed.detail, list) else []
        except ParseError:
            details = []
        return UnprocessableEntityError(message, detail=details, **common)
    if code == 429:
        retry_after = retry_after_seconds(response.headers, time.time())
        return RateLimitError(message, retry_after=retry_after, **common)
    if code >= 500:
        return InternalServerError(message, **common)
    return _STATUS_ERRORS.get(code, APIStatusError)(message, **common)


def checked(outcome: httpx.Response | httpx.HTTPError, request_id: str | None) -> httpx.Response:
    """The response, if it is a success; this SDK's error for anything else."""
    if isinstance(outcome, httpx.HTTPError):
        raise transport_error(outcome, request_id) from outcome
    if outcome.is_success:
        return outcome
    raise status_error(outcome, request_id)
