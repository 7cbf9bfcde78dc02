"""The exceptions the SDK raises: everything from the network or the server is one of these.

Example::

    try:
        job = client.wait_until_done("req-1")
    except pa.JobFailedError as e:
        print("the job failed:", e.job.error_message)
    except pa.WaitTimeoutError as e:
        print("still running:", e.job.status if e.job else "never seen")
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perplexity_async_api.models import ValidationError

    from ._job import Job

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "InternalServerError",
    "JobFailedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PerplexityAsyncError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]


class PerplexityAsyncError(Exception):
    """The root of every error this SDK raises (argument errors are ValueError/TypeError)."""


class APIConnectionError(PerplexityAsyncError):
    """The request never got a complete response: connection refused, reset or closed early."""

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        super().__init__(message)
        self.request_id = request_id


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIStatusError(PerplexityAsyncError):
    """The server answered with an error status. ``body`` is the decoded JSON (or the text)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        headers: Mapping[str, str],
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = headers
        self.request_id = request_id


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: no job with this id (or it belongs to another account)."""


class UnprocessableEntityError(APIStatusError):
    """422: the server rejected the request; ``detail`` lists each problem (may be empty)."""

    def __init__(self, message: str, *, detail: list[ValidationError], **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.detail = detail


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's wait in seconds, when it said."""

    def __init__(self, message: str, *, retry_after: float | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class ResponseValidationError(PerplexityAsyncError):
    """A response body that is not JSON or does not fit the spec.

    ``body`` is the raw body, so nothing is lost; ``path`` the JSON path of the first problem
    (None when the body is not JSON at all); ``request_id`` the job's id when one could be read.
    """

    def __init__(
        self,
        problem: str,
        *,
        body: bytes,
        path: str | None,
        request_id: str | None,
        status_code: int,
    ) -> None:
        where = f" at {path}" if path else ""
        job = f" (job {request_id!r})" if request_id else ""
        super().__init__(f"response body does not fit the API spec{where}: {problem}{job}")
        self.problem = problem
        self.body = body
        self.path = path
        self.request_id = request_id
        self.status_code = status_code


class JobFailedError(PerplexityAsyncError):
    """The job ended FAILED; ``job`` is the last state seen, with its ``error_message``."""

    def __init__(self, job: Job) -> None:
        super().__init__(f"job {job.id!r} failed: {job.error_message or 'no error message given'}")
        self.job = job
        self.request_id = job.id


class WaitTimeoutError(PerplexityAsyncError):
    """The wait's deadline passed first. The job keeps running upstream: wait again to resume.

    ``job`` is the last state seen (None if no poll succeeded); the last error is chained.
    """

    def __init__(self, request_id: str, timeout: float, job: Job | None) -> None:
        state = f"last status {job.status}" if job is not None else "no successful poll"
        super().__init__(
            f"job {request_id!r} not done after {timeout:g} s ({state}); it keeps running upstream"
        )
        self.request_id = request_id
        self.timeout = timeout
        self.job = job
