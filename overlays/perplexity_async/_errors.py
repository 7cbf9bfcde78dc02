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

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from perplexity_async_api.models import ValidationError

    from ._job import Job

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "JobCancelledError",
    "JobFailedError",
    "JobRequiresActionError",
    "NotFoundError",
    "PermissionDeniedError",
    "PerplexityAsyncError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]


# Server text repeated in a message (an error_message, a body) is cut to this many characters: a
# 5 MB error_message must not become a 5 MB exception message or log line.
MAX_SERVER_TEXT = 300


def shorten(text: str, limit: int = MAX_SERVER_TEXT) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [{len(text) - limit} more characters]"


class PerplexityAsyncError(Exception):
    """The root of every error this SDK raises (argument errors are ValueError/TypeError).

    ``job_id`` is the id of the job the error concerns, when known: every error that leaves
    ``create_and_wait`` once the job exists carries it, so the job can be waited on again.
    """

    job_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # BaseException's would call cls(*args), which the keyword-only constructors refuse:
        # rebuild from the message and every attribute instead (multiprocessing, task queues).
        return (_rebuild, (type(self), self.args, self.__dict__))


E = TypeVar("E", bound=BaseException)


def _rebuild(cls: type[E], args: tuple[Any, ...], state: dict[str, Any]) -> E:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIConnectionError(PerplexityAsyncError):
    """The request never got a complete response: connection refused, reset or closed early.

    ``request_sent`` is False only when the request certainly never left (the connection could
    not be opened, or no connection slot came in time): then the server saw nothing of it.
    """

    def __init__(
        self, message: str, *, job_id: str | None = None, request_sent: bool = True
    ) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIStatusError(PerplexityAsyncError):
    """The server answered with an error status. ``body`` is the decoded JSON (or the text, cut
    to 64 KiB when longer); ``request_id`` the server's ``x-request-id`` header (None when
    absent), for support; ``job_id`` the job concerned, when known."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        headers: Mapping[str, str],
        job_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = headers
        self.job_id = job_id
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """400: the server refused the request as sent (an unknown field, a bad value, or a run that
    is already finished for a cancel); the message names the field (``param``) when it did."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: no job or run with this id (or it belongs to another account, or expired)."""


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
    (None when the body is not JSON at all); ``job_id`` the job's id when one could be read.
    The message quotes at most a few hundred characters of server text.
    """

    def __init__(
        self,
        problem: str,
        *,
        body: bytes,
        path: str | None,
        job_id: str | None,
        status_code: int,
    ) -> None:
        where = f" at {shorten(path, 100)}" if path else ""
        job = f" (job {shorten(job_id, 100)!r})" if job_id else ""
        super().__init__(f"response body does not fit the API spec{where}: {shorten(problem)}{job}")
        self.problem = problem
        self.body = body
        self.path = path
        self.job_id = job_id
        self.status_code = status_code


class ResponseTooLargeError(PerplexityAsyncError):
    """A response body grew past the client's ``max_response_bytes`` (counted after
    decompression). Not retried; the connection was dropped. ``limit`` is that cap."""

    def __init__(self, limit: int, *, job_id: str | None = None) -> None:
        super().__init__(
            f"response body exceeds max_response_bytes ({limit} bytes, after decompression); "
            "the connection was dropped"
        )
        self.limit = limit
        self.job_id = job_id


class JobFailedError(PerplexityAsyncError):
    """The job ended FAILED; ``job`` is the last state seen, with its ``error_message``."""

    def __init__(self, job: Job) -> None:
        reason = shorten(job.error_message or "no error message given")
        super().__init__(f"job {shorten(job.id, 100)!r} failed: {reason}")
        self.job = job
        self.job_id = job.id


class JobCancelledError(PerplexityAsyncError):
    """The run ended CANCELLED (``client.cancel``, or upstream); ``job`` is its last state."""

    def __init__(self, job: Job) -> None:
        super().__init__(f"run {shorten(job.id, 100)!r} was cancelled")
        self.job = job
        self.job_id = job.id


class JobRequiresActionError(PerplexityAsyncError):
    """The run stopped at REQUIRES_ACTION: it waits for something only the caller can give
    (a function call's output, an approval). This SDK runs no tools, so a wait ends here;
    ``waiting_for`` names what the run waits for, ``job`` is its last state."""

    def __init__(self, job: Job) -> None:
        self.waiting_for = job.waiting_for
        what = ", ".join(self.waiting_for) or "an action the API did not describe"
        super().__init__(
            f"run {shorten(job.id, 100)!r} requires action: it waits for {shorten(what)}; "
            "this SDK runs no tools: answer it in a new run (previous_response_id=...)"
        )
        self.job = job
        self.job_id = job.id


class WaitTimeoutError(PerplexityAsyncError):
    """The wait's deadline passed first. The job keeps running upstream: wait again to resume.

    ``timeout`` is the caller's timeout, ``elapsed`` how long the wait really took (seconds);
    ``job`` the last state seen (None if no poll succeeded); the last error is chained.
    ``pending_ids``: from ``as_completed``/``wait_all``, every job not seen done, in input order
    (``job_id`` and ``job`` are then the first of them); empty for a single-job wait.
    """

    def __init__(
        self,
        job_id: str,
        timeout: float,
        elapsed: float,
        job: Job | None,
        *,
        pending_ids: Sequence[str] = (),
    ) -> None:
        state = (
            f"last status {shorten(str(job.status), 60)}"
            if job is not None
            else "no successful poll"
        )
        subject = f"job {shorten(job_id, 100)!r}"
        if pending_ids:
            subject = f"{len(pending_ids)} job(s) (the first {shorten(job_id, 100)!r})"
        super().__init__(
            f"{subject} not done within timeout={timeout:g} s (waited "
            f"{elapsed:.2f} s; {state}); it keeps running upstream"
        )
        self.job_id = job_id
        self.timeout = timeout
        self.elapsed = elapsed
        self.job = job
        self.pending_ids = tuple(pending_ids)
