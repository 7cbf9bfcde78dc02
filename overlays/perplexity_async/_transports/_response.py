"""From an HTTP outcome (a response or a transport error) to a Job or a typed error."""

from __future__ import annotations

import time
from typing import Any, NamedTuple

import httpx

from perplexity_async_api.types import ParseError

from .._core._retry import retry_after_seconds
from .._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PerplexityAsyncError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    shorten,
)
from .._json import loads

__all__ = ["MAX_ERROR_BODY", "Reply", "checked", "status_error", "transport_error"]

# An error status's body kept on the exception (``.body``): a real one is a few hundred bytes.
MAX_ERROR_BODY = 64 * 1024


class Reply(NamedTuple):
    """A response, read and closed: its status and headers, and the body, decoded and capped."""

    response: httpx.Response
    body: bytes


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
}


def transport_error(exc: httpx.HTTPError, job_id: str | None) -> PerplexityAsyncError:
    """An httpx exception as this SDK's error (the original is chained by the caller)."""
    # Opening the connection failed, or no pooled connection came in time: nothing was sent.
    sent = not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"request timed out ({type(exc).__name__}: {shorten(str(exc), 100)})",
            job_id=job_id,
            request_sent=sent,
        )
    if isinstance(exc, httpx.DecodingError):
        return ResponseValidationError(
            f"body could not be decoded ({shorten(str(exc))})",
            body=b"",
            path=None,
            job_id=job_id,
            status_code=0,
        )
    return APIConnectionError(
        f"connection error: {type(exc).__name__}: {shorten(str(exc))}",
        job_id=job_id,
        request_sent=sent,
    )


def _decoded(body: bytes) -> Any:
    if len(body) > MAX_ERROR_BODY:  # kept as text, cut: nobody needs megabytes of an error
        return shorten(body[:MAX_ERROR_BODY].decode("utf-8", "replace"), MAX_ERROR_BODY)
    try:
        return loads(body)
    except ValueError:  # not JSON, or nested too deep (_json.TooDeepError)
        return body.decode("utf-8", "replace")


def _server_message(body: Any) -> str:
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            # The Agent API's envelope names the field it refused: say which.
            param = error.get("param")
            named = f" (param {shorten(param, 100)!r})" if isinstance(param, str) and param else ""
            return shorten(str(error["message"])) + named
        if isinstance(body.get("detail"), str):
            return str(body["detail"])
        if isinstance(body.get("message"), str):
            return str(body["message"])
    if isinstance(body, str):
        return body.strip()
    return ""


def status_error(reply: Reply, job_id: str | None) -> APIStatusError:
    """An error status as the matching APIStatusError subclass; server text in the message is
    cut to a few hundred characters, the body kept on ``.body`` to 64 KiB."""
    response = reply.response
    code = response.status_code
    body = _decoded(reply.body)
    reason = shorten(response.reason_phrase or "error", 60)
    message = f"{code} {reason}"
    detail = _server_message(body)
    if detail:
        message += f": {shorten(detail)}"
    if job_id:
        message += f" (job {shorten(job_id, 100)!r})"
    server_request_id = response.headers.get("x-request-id")
    common: dict[str, Any] = {
        "status_code": code,
        "body": body,
        "headers": response.headers,
        "job_id": job_id,
        "request_id": shorten(server_request_id, 200) if server_request_id else None,
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


def checked(outcome: Reply | httpx.HTTPError | PerplexityAsyncError, job_id: str | None) -> Reply:
    """The reply, if it is a success; this SDK's error for anything else."""
    if isinstance(outcome, PerplexityAsyncError):  # raised while reading (the body's cap)
        if outcome.job_id is None:
            outcome.job_id = job_id
        raise outcome
    if isinstance(outcome, httpx.HTTPError):
        raise transport_error(outcome, job_id) from outcome
    if outcome.response.is_success:
        return outcome
    raise status_error(outcome, job_id)
