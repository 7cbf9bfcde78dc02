"""The one core both clients share: request building, retries and waiting, written once.

A flow is a generator that yields what it needs done (``Send`` a request, ``Sleep``) and is sent
the outcome; it does no I/O itself (the sans-I/O style of h11). ``Client`` drives flows with
blocking calls, ``AsyncClient`` with ``await``: see ``run_sync`` and ``run_async``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import httpx

from perplexity_async_api.api.default import (
    get_async_chat_completion_response_async_chat_completions_api_request_get as _get_operation,
)

if TYPE_CHECKING:
    from perplexity_async_api.models import AsyncApiChatCompletionsRequest
    from perplexity_async_api.types import RequestParts

from ._args import check_request_id
from ._config import Settings
from ._errors import (
    JobFailedError,
    PerplexityAsyncError,
    WaitTimeoutError,
)
from ._job import Job, JobList, JobStatus, parse_job, parse_job_list
from ._options import Messages, create_body
from ._response import checked
from ._retry import RetryPolicy, is_transient, requested_delay
from ._wait import PollSchedule

__all__ = ["Core", "Flow", "Send", "Sleep", "run_async", "run_sync"]

log = logging.getLogger("perplexity_async")
T = TypeVar("T")

# Named here, not taken from the enum: a status a regenerated spec adds (CANCELLED, say) is not
# known to be terminal, so it is waited on like an unknown one, and warned about.
_PENDING = frozenset({JobStatus.CREATED, JobStatus.IN_PROGRESS})
_warned_statuses: set[str] = set()
_warned_lock = threading.Lock()


# NamedTuples, not dataclasses: a tenth of the class-creation cost, on the import path.
class Send(NamedTuple):
    request: httpx.Request


class Sleep(NamedTuple):
    seconds: float


Outcome = httpx.Response | httpx.HTTPError | None
Flow = Generator[Send | Sleep, Outcome, T]
OnUpdate = Callable[[Job], object]


def _warn_unknown_status(status: str) -> None:
    with _warned_lock:
        if status in _warned_statuses:
            return
        _warned_statuses.add(status)
    log.warning(
        "job status %r is not one this SDK knows: waiting treats it as still pending "
        "until the job is COMPLETED or FAILED, or the deadline passes",
        status,
    )


def run_sync(
    flow: Flow[T], send: Callable[[httpx.Request], httpx.Response], sleep: Callable[[float], None]
) -> T:
    """Drive ``flow`` with blocking I/O."""
    try:
        action = next(flow)
        while True:
            outcome: Outcome = None
            if isinstance(action, Send):
                try:
                    outcome = send(action.request)
                except httpx.HTTPError as exc:
                    outcome = exc
            else:
                sleep(action.seconds)
            action = flow.send(outcome)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    finally:
        flow.close()


async def run_async(
    flow: Flow[T],
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    sleep: Callable[[float], Awaitable[None]],
) -> T:
    """Drive ``flow`` with ``await``: the same loop as ``run_sync``; cancellation propagates."""
    try:
        action = next(flow)
        while True:
            outcome: Outcome = None
            if isinstance(action, Send):
                try:
                    outcome = await send(action.request)
                except httpx.HTTPError as exc:
                    outcome = exc
            else:
                await sleep(action.seconds)
            action = flow.send(outcome)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    finally:
        flow.close()


def _random() -> float:
    """random.random, imported on the first retry: `random` pulls in hashlib (~3 ms at import)."""
    import random

    return random.random()


class Core:
    """Request building plus the retry and wait policies, for one client's settings."""

    __slots__ = ("_clock", "_jitter", "_on_client", "http", "retry", "settings")

    # The shells, reachable from a Core so clients need not import this module up front.
    run_sync = staticmethod(run_sync)
    run_async = staticmethod(run_async)

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], float],
        jitter: Callable[[], float] | None = None,
        defaults_on_client: bool = False,
    ) -> None:
        self.settings = settings
        # An httpx client the SDK made carries the headers and timeout already; a user's one
        # must not be changed, so each request carries them instead.
        self._on_client = defaults_on_client
        self.retry = RetryPolicy(max_retries=settings.max_retries)
        self._clock = clock
        self._jitter = jitter or _random
        self.http: httpx.Client | httpx.AsyncClient  # set by the client that owns this core

    def _build(
        self, parts: RequestParts, extra_headers: Mapping[str, str] | None = None
    ) -> httpx.Request:
        """An httpx request from a generated operation's ``build_request()`` (path, encoding)."""
        headers = dict(parts.headers)
        if not self._on_client:
            headers = {**self.settings.headers, **headers}
        if extra_headers:
            headers.update(extra_headers)
        return self.http.build_request(
            parts.method,
            self.settings.base_url + parts.path,
            params=parts.params or None,
            headers=headers or None,
            cookies=parts.cookies,
            json=parts.json,
            content=parts.content,
            data=parts.data,
            files=parts.files,
            timeout=httpx.USE_CLIENT_DEFAULT if self._on_client else self.settings.timeout,
        )

    def build_get(self, request_id: str, extra_headers: Mapping[str, str] | None) -> httpx.Request:
        """The GET of one job: only what the spec defines, the job's id."""
        parts = _get_operation.build_request(check_request_id(request_id))
        return self._build(parts, extra_headers)

    def build_create(
        self, body: AsyncApiChatCompletionsRequest, extra_headers: Mapping[str, str] | None
    ) -> httpx.Request:
        """The POST that submits a job; its body (and idempotency key) is fixed, so retries
        send the very same bytes."""
        from perplexity_async_api.api.default import (
            create_async_chat_completions_async_chat_completions_post as create_operation,
        )

        return self._build(create_operation.build_request(body=body), extra_headers)

    def build_list(self, extra_headers: Mapping[str, str] | None) -> httpx.Request:
        from perplexity_async_api.api.default import (
            list_async_chat_completions_async_chat_completions_get as list_operation,
        )

        return self._build(list_operation.build_request(), extra_headers)

    def call(
        self,
        request: httpx.Request,
        request_id: str | None,
        parse: Callable[[bytes, int], T],
        *,
        deadline: float | None = None,
    ) -> Flow[T]:
        """Send ``request``, retrying transient failures; never sleeps past ``deadline``."""
        retries = 0
        while True:
            log.debug("%s %s", request.method, request.url)
            outcome = yield Send(request)
            try:
                response = checked(outcome, request_id)  # type: ignore[arg-type]
                return parse(response.content, response.status_code)
            except PerplexityAsyncError as error:
                if not is_transient(error) or retries >= self.retry.max_retries:
                    raise
                delay = self.retry.delay(retries, requested_delay(error), self._jitter())
                if deadline is not None and self._clock() + delay > deadline:
                    raise
                retries += 1
                log.debug(
                    "retry %d of %d of %s %s in %.2f s after: %s",
                    retries,
                    self.retry.max_retries,
                    request.method,
                    request.url.path,
                    delay,
                    error,
                )
                yield Sleep(delay)

    # The operations, as flows: each builds its request(s) when first advanced, so a bad
    # argument raises before anything is sent.
    def get(self, request_id: str, extra_headers: Mapping[str, str] | None) -> Flow[Job]:
        request = self.build_get(request_id, extra_headers)
        return (yield from self.call(request, request_id, parse_job))

    def wait_until_done(self, request_id: str, **wait_options: Any) -> Flow[Job]:
        request = self.build_get(request_id, None)
        return (yield from self.wait(request, request_id, **wait_options))

    def create(
        self,
        messages: Messages,
        extra_headers: Mapping[str, str] | None = None,
        **create_options: Any,
    ) -> Flow[Job]:
        request = self.build_create(create_body(messages, **create_options), extra_headers)
        return (yield from self.call(request, None, parse_job))

    def create_and_wait(
        self, messages: Messages, create_options: dict[str, Any], **wait_options: Any
    ) -> Flow[Job]:
        """Submit, then wait on the job it created (its id is on every error after that)."""
        job = yield from self.create(messages, **create_options)
        return (yield from self.wait_until_done(job.id, **wait_options))

    def list(self, extra_headers: Mapping[str, str] | None) -> Flow[JobList]:
        return (yield from self.call(self.build_list(extra_headers), None, parse_job_list))

    def wait(
        self,
        request: httpx.Request,
        request_id: str,
        *,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        on_update: OnUpdate | None,
    ) -> Flow[Job]:
        """Poll until COMPLETED (returned), FAILED (JobFailedError) or the deadline
        (WaitTimeoutError). Transient faults that outlive a poll's retries are logged and
        polling goes on; any other error is raised at once."""
        schedule = PollSchedule(
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            start=self._clock(),
        )
        last_job: Job | None = None
        last_error: PerplexityAsyncError | None = None
        while True:
            retry_after: float | None = None
            try:
                job = yield from self.call(
                    request, request_id, parse_job, deadline=schedule.deadline
                )
            except PerplexityAsyncError as error:
                if not is_transient(error):
                    raise
                last_error = error
                requested = requested_delay(error)
                if requested is not None:
                    retry_after = min(requested, self.retry.max_retry_after)
                log.warning("poll of job %r failed, polling goes on: %s", request_id, error)
            else:
                last_job, last_error = job, None
                if on_update is not None:
                    on_update(job)
                if job.status == JobStatus.COMPLETED:
                    return job
                if job.status == JobStatus.FAILED:
                    raise JobFailedError(job)
                if job.status not in _PENDING:
                    _warn_unknown_status(str(job.status))
            delay = schedule.next_sleep(self._clock(), retry_after)
            if delay is None:
                raise WaitTimeoutError(request_id, timeout or 0.0, last_job) from last_error
            yield Sleep(delay)
