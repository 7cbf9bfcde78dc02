"""The one core both clients share: request building, retries and waiting, written once.

A flow is a generator that yields what it needs done (``Send`` a request, ``Sleep``) and is sent
the outcome; it does no I/O itself (the sans-I/O style of h11). ``Client`` drives flows with
blocking calls, ``AsyncClient`` with ``await``: see ``run_sync`` and ``run_async``.
"""

from __future__ import annotations

import json
import logging
import random  # already imported by httpx: deferring it saved nothing
import threading
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import httpx

from perplexity_async_api.api.default import cancel_agent_response as _cancel_run_operation
from perplexity_async_api.api.default import get_agent_response as _get_run_operation
from perplexity_async_api.api.default import (
    get_async_chat_completion_response_async_chat_completions_api_request_get as _get_operation,
)

if TYPE_CHECKING:
    from perplexity_async_api.models import AsyncApiChatCompletionsRequest
    from perplexity_async_api.types import RequestParts

    from .._agent._options import AgentInput

from .._args import check_extra_body, check_headers, check_on_update, check_query, check_request_id
from .._call import AgentCreateArgs, AsyncOnUpdate, CallOptions, CreateArgs, OnUpdate, WaitOptions
from .._config import Settings, check_max_retries, check_timeout, total_of
from .._errors import (
    APIConnectionError,
    APIStatusError,
    JobCancelledError,
    JobFailedError,
    JobRequiresActionError,
    PerplexityAsyncError,
    ResponseValidationError,
    WaitTimeoutError,
    shorten,
)
from .._job import Job, JobList, api_of, parse_job, parse_job_list
from .._sonar._options import Messages, create_body
from .._status import PENDING, JobStatus
from .._transports._response import Reply, checked
from ._retry import RetryPolicy, created_nothing, is_transient, requested_delay
from ._wait import PollSchedule

__all__ = ["FINAL_POLL_GRACE", "AsyncOnUpdate", "Await", "Core", "Discard", "Flow", "OnUpdate"]
__all__ += ["JobRef", "Prepared", "Send", "Sleep", "job_id_of", "run_async", "run_sync"]

log = logging.getLogger("perplexity_async")
T = TypeVar("T")

_warned_statuses: set[str] = set()
_warned_lock = threading.Lock()
_MAX_WARNED = 100  # distinct unknown statuses remembered (and warned about): bounded too

# What a wait raises when a job ends other than COMPLETED. Any other status, one a newer API
# sends included, is still pending (and warned about once: see _warn_unknown_status).
_ENDED: dict[str, Callable[[Job], PerplexityAsyncError]] = {
    JobStatus.FAILED: JobFailedError,
    JobStatus.CANCELLED: JobCancelledError,
    JobStatus.REQUIRES_ACTION: JobRequiresActionError,
}

JobRef = str | Job
"""A job or run as the methods that take one accept it: its id, or the ``Job`` itself."""

# A create that may have made a run unseen says so: the Agent API has no idempotency key, and
# nothing lists runs, so it cannot be looked up; a second create would pay twice.
_RUN_MAY_EXIST = (
    "perplexity_async: a run may have been created (the request was sent and no answer says "
    "otherwise); the Agent API has no idempotency key and no list of runs, so it cannot be "
    "looked up: check your usage before creating it again"
)


def job_id_of(job: object) -> str:
    """The id of a ``Job`` or an id (checked: a TypeError/ValueError naming it)."""
    return check_request_id(job.id if isinstance(job, Job) else job)


# The poll that lands on a wait's deadline still gets this long to answer; so a wait ends by its
# timeout plus at most this (plus the time to raise).
FINAL_POLL_GRACE = 0.25


# NamedTuples, not dataclasses: a tenth of the class-creation cost, on the import path.
class Send(NamedTuple):
    """Send ``request`` and read its body, all within ``budget`` seconds (None: no bound)."""

    request: httpx.Request
    budget: float | None = None


class Sleep(NamedTuple):
    seconds: float


class Await(NamedTuple):
    """Await ``awaitable`` (what an async ``on_update`` returned); a blocking driver refuses."""

    awaitable: Any


class Discard(NamedTuple):
    """Close the connection ``response`` came on: it answered for another request."""

    response: httpx.Response


Action = Send | Sleep | Await | Discard
Outcome = Reply | httpx.HTTPError | PerplexityAsyncError | None
Flow = Generator[Action, Any, T]


class Prepared(NamedTuple):
    """One call's ``CallOptions``, checked and resolved against the client's settings."""

    headers: dict[str, str]
    params: dict[str, Any]
    timeout: httpx.Timeout | None  # None: the client's
    total: float | None  # what bounds each whole request
    retry: RetryPolicy


def _warn_unknown_status(status: str) -> None:
    with _warned_lock:
        if status in _warned_statuses or len(_warned_statuses) >= _MAX_WARNED:
            return
        _warned_statuses.add(status)
    log.warning(
        "job status %r is not one this SDK knows: waiting treats it as still pending "
        "until the job ends or the deadline passes",
        shorten(status, 60),
    )


def _not_json(error: PerplexityAsyncError) -> bool:
    """A body that is not JSON at all (a proxy's HTML page, a truncated body)."""
    return isinstance(error, ResponseValidationError) and error.path is None


def _stream_of(response: httpx.Response) -> Any:
    return response.extensions.get("network_stream")


def run_sync(
    flow: Flow[T],
    send: Callable[[httpx.Request, float | None], Reply],
    sleep: Callable[[float], None],
) -> T:
    """Drive ``flow`` with blocking I/O. Whatever an action raises (KeyboardInterrupt too) is
    thrown into the flow, so it can say which job it concerns."""
    try:
        action = next(flow)
        while True:
            outcome: Any = None
            try:
                if isinstance(action, Send):
                    try:
                        outcome = send(action.request, action.budget)
                    except (httpx.HTTPError, PerplexityAsyncError) as exc:
                        outcome = exc
                elif isinstance(action, Sleep):
                    sleep(action.seconds)
                elif isinstance(action, Discard):
                    stream = _stream_of(action.response)
                    if stream is not None:
                        stream.close()
                else:
                    getattr(action.awaitable, "close", lambda: None)()  # no "never awaited"
                    raise TypeError(
                        "on_update returned an awaitable: the blocking Client cannot await it "
                        "(use AsyncClient, or a plain function)"
                    )
            except BaseException as exc:
                action = flow.throw(exc)
                continue
            action = flow.send(outcome)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    finally:
        flow.close()


async def run_async(
    flow: Flow[T],
    send: Callable[[httpx.Request, float | None], Awaitable[Reply]],
    sleep: Callable[[float], Awaitable[None]],
) -> T:
    """Drive ``flow`` with ``await``: the same loop as ``run_sync``; cancellation is thrown into
    the flow (which re-raises it) like any other exception."""
    try:
        action = next(flow)
        while True:
            outcome: Any = None
            try:
                if isinstance(action, Send):
                    try:
                        outcome = await send(action.request, action.budget)
                    except (httpx.HTTPError, PerplexityAsyncError) as exc:
                        outcome = exc
                elif isinstance(action, Sleep):
                    await sleep(action.seconds)
                elif isinstance(action, Discard):
                    stream = _stream_of(action.response)
                    if stream is not None:
                        await stream.aclose()
                else:
                    outcome = await action.awaitable
            except BaseException as exc:
                action = flow.throw(exc)
                continue
            action = flow.send(outcome)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    finally:
        flow.close()


class Core:
    """Request building plus the retry and wait policies, for one client's settings."""

    __slots__ = ("_clock", "_is_async", "_jitter", "_on_client", "http", "retry", "settings")

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
        is_async: bool = False,
    ) -> None:
        self.settings = settings
        self._is_async = is_async
        # An httpx client the SDK made carries the headers and timeout already; a user's one
        # must not be changed, so each request carries them instead.
        self._on_client = defaults_on_client
        self.retry = RetryPolicy(max_retries=settings.max_retries)
        self._clock = clock
        self._jitter = jitter or random.random
        self.http: httpx.Client | httpx.AsyncClient  # set by the client that owns this core

    def prepare(self, call: CallOptions | None = None) -> Prepared:
        """A call's options checked (a TypeError/ValueError naming the bad one, before anything
        is sent) and resolved: what it leaves None is the client's."""
        call = call or CallOptions()
        timeout = None
        total = self.settings.total_timeout
        if call.request_timeout is not None:
            timeout = check_timeout(call.request_timeout, "request_timeout")
            total = total_of(timeout)
        retry = self.retry
        if call.max_retries is not None:
            retry = retry._replace(max_retries=check_max_retries(call.max_retries))
        return Prepared(
            check_headers("extra_headers", call.extra_headers),
            check_query("extra_query", call.extra_query),
            timeout,
            total,
            retry,
        )

    def _build(self, parts: RequestParts, prepared: Prepared) -> httpx.Request:
        """An httpx request from a generated operation's ``build_request()`` (path, encoding)."""
        # httpx.Headers: merged case-insensitively, the later value winning.
        headers = httpx.Headers(None if self._on_client else self.settings.headers)
        headers.update(parts.headers)
        headers.update(prepared.headers)
        timeout: Any = prepared.timeout
        if timeout is None:
            timeout = httpx.USE_CLIENT_DEFAULT if self._on_client else self.settings.timeout
        params = {**parts.params, **prepared.params}
        try:
            return self.http.build_request(
                parts.method,
                self.settings.base_url + parts.path,
                params=params or None,
                headers=headers,
                cookies=parts.cookies,
                json=parts.json,
                content=parts.content,
                data=parts.data,
                files=parts.files,
                timeout=timeout,
            )
        except httpx.InvalidURL as exc:  # a bare httpx error is not a caller's ValueError
            raise ValueError(f"the request's URL is not valid: {shorten(str(exc), 100)}") from None

    def _budget(self, deadline: float | None, total: float | None) -> float | None:
        """The seconds one request may take: its total timeout, and within a wait at most the
        time left (the poll landing on the deadline gets FINAL_POLL_GRACE)."""
        if deadline is None:
            return total
        left = max(deadline - self._clock(), FINAL_POLL_GRACE)
        return left if total is None else min(total, left)

    def build_get(self, request_id: str, prepared: Prepared) -> httpx.Request:
        """The GET of one job or run (by its id's API): only what the spec defines, the id."""
        request_id = check_request_id(request_id)
        operation = _get_run_operation if api_of(request_id) == "agent" else _get_operation
        return self._build(operation.build_request(request_id), prepared)

    def build_create(
        self,
        body: AsyncApiChatCompletionsRequest,
        prepared: Prepared,
        extra_body: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        """The POST that submits a job; its body (and idempotency key) is fixed, so retries
        send the very same bytes. ``extra_body`` goes into the request object unchecked."""
        from perplexity_async_api.api.default import (
            create_async_chat_completions_async_chat_completions_post as create_operation,
        )

        parts = create_operation.build_request(body=body)
        if extra_body:
            parts = parts._replace(
                json={**parts.json, "request": {**parts.json["request"], **extra_body}}
            )
        return self._build(parts, prepared)

    def build_list(self, prepared: Prepared) -> httpx.Request:
        from perplexity_async_api.api.default import (
            list_async_chat_completions_async_chat_completions_get as list_operation,
        )

        return self._build(list_operation.build_request(), prepared)

    def send_once(
        self,
        request: httpx.Request,
        job_id: str | None,
        parse: Callable[[bytes, int, httpx.Headers], T],
        budget: float | None,
    ) -> Flow[T | PerplexityAsyncError]:
        """Send ``request`` once: the parsed result, or this SDK's error for what went wrong
        (returned, not raised: the caller's policy decides). ``parse`` gets the body, the status
        and the response headers. With ``job_id``, the answer must be that job: another job's
        body (a desynchronised keep-alive connection) drops that connection and is a transient
        APIConnectionError."""
        log.debug("%s %s", request.method, request.url)
        outcome = yield Send(request, budget)
        try:
            reply = checked(outcome, job_id)
            response = reply.response
            result = parse(reply.body, response.status_code, response.headers)
        except PerplexityAsyncError as error:
            return error
        answered = getattr(result, "id", job_id)
        if job_id is not None and answered != job_id:
            yield Discard(response)
            return APIConnectionError(
                f"asked for job {shorten(job_id, 100)!r}, the server answered with job "
                f"{shorten(str(answered), 100)!r}; that connection was dropped",
                job_id=job_id,
            )
        return result

    def call(
        self,
        request: httpx.Request,
        job_id: str | None,
        parse: Callable[[bytes, int, httpx.Headers], T],
        prepared: Prepared,
        *,
        deadline: float | None = None,
        retryable: Callable[[PerplexityAsyncError], bool] = is_transient,
    ) -> Flow[T]:
        """``send_once``, retrying what ``retryable`` allows (transient failures, by default)
        up to ``prepared.retry``; never sleeps past ``deadline``, and each try gets at most the
        time left before it."""
        retry = prepared.retry
        retries = 0
        while True:
            budget = self._budget(deadline, prepared.total)
            result = yield from self.send_once(request, job_id, parse, budget)
            if not isinstance(result, PerplexityAsyncError):
                return result
            error = result
            if not retryable(error) or retries >= retry.max_retries:
                raise error
            delay = retry.delay(retries, requested_delay(error), self._jitter())
            if deadline is not None and self._clock() + delay > deadline:
                raise error
            retries += 1
            log.debug(
                "retry %d of %d of %s %s in %.2f s after: %s",
                retries,
                retry.max_retries,
                request.method,
                request.url.path,
                delay,
                error,
            )
            yield Sleep(delay)

    # The operations, as flows: each checks its arguments and builds its request(s) when first
    # advanced, so a bad argument raises before anything is sent.
    def get(self, job: JobRef, call: CallOptions | None = None) -> Flow[Job]:
        request_id = job_id_of(job)
        prepared = self.prepare(call)
        request = self.build_get(request_id, prepared)
        return (yield from self.call(request, request_id, parse_job, prepared))

    def wait_until_done(
        self, job: JobRef, wait: WaitOptions, call: CallOptions | None = None
    ) -> Flow[Job]:
        request_id = job_id_of(job)
        self._check_wait(wait)
        prepared = self.prepare(call)
        request = self.build_get(request_id, prepared)
        return (yield from self.wait(request, request_id, wait, prepared))

    def cancel(self, job: JobRef, call: CallOptions | None = None) -> Flow[None]:
        """Ask the API to cancel a run; returns once it acknowledged (the run then reads
        CANCELLED). A Sonar job is refused before any request: that API has no cancel."""
        from .._agent._options import parse_cancel

        request_id = job_id_of(job)
        if api_of(request_id) != "agent":
            raise ValueError(
                f"job {shorten(request_id, 100)!r} is a Sonar async job, which cannot be "
                "cancelled (that API has no cancel); only Agent API runs (resp_...) can"
            )
        prepared = self.prepare(call)
        request = self._build(_cancel_run_operation.build_request(request_id), prepared)
        yield from self.call(request, request_id, parse_cancel, prepared)

    def _build_create(
        self, messages: Messages, create: CreateArgs, prepared: Prepared
    ) -> httpx.Request:
        body = create_body(
            messages,
            model=create.model,
            idempotency_key=create.idempotency_key,
            options=create.options,
        )
        return self.build_create(body, prepared, check_extra_body(create.extra_body))

    def _submit(self, request: httpx.Request, prepared: Prepared) -> Flow[Job]:
        """The create POST, retried. Whatever leaves it but a refusal (a 4xx: nothing was
        made) may have created the job unseen (a lost answer, a 5xx, Ctrl-C, cancellation): it
        says, in a note (PEP 678), the idempotency key that returns that job, not a second one."""
        try:
            return (yield from self.call(request, None, parse_job, prepared))
        except GeneratorExit:
            raise
        except BaseException as error:
            if not (isinstance(error, APIStatusError) and error.status_code < 500):
                key = json.loads(request.content)["idempotency_key"]
                error.add_note(
                    "perplexity_async: the submit may have created a job; create(..., "
                    f"idempotency_key={key!r}) returns that job rather than a second one"
                )
            raise

    def create(
        self, messages: Messages, create: CreateArgs, call: CallOptions | None = None
    ) -> Flow[Job]:
        prepared = self.prepare(call)
        request = self._build_create(messages, create, prepared)
        return (yield from self._submit(request, prepared))

    def create_and_wait(
        self,
        messages: Messages,
        create: CreateArgs,
        wait: WaitOptions,
        call: CallOptions | None = None,
    ) -> Flow[Job]:
        """Submit, then wait on the job it created. Every argument is checked before the submit;
        whatever leaves once the job exists names it: ``job_id`` on this SDK's errors, a note
        (PEP 678) on any other exception (KeyboardInterrupt, cancellation, on_update's own)."""
        self._check_wait(wait)
        prepared = self.prepare(call)
        request = self._build_create(messages, create, prepared)
        job = yield from self._submit(request, prepared)
        return (yield from self._wait_created(job, wait, prepared))

    def _build_run(
        self, input: AgentInput, create: AgentCreateArgs, prepared: Prepared
    ) -> httpx.Request:
        from perplexity_async_api.api.default import create_agent
        from perplexity_async_api.models import ResponsesRequest

        from .._agent._options import run_body

        body = run_body(input, create.options)
        # The operation gives the path and headers; the JSON sent is the body as checked (see
        # run_body: the generated Tool union would mistype some tools).
        parts = create_agent.build_request(body=ResponsesRequest(input_=""))
        extra = check_extra_body(create.extra_body)
        return self._build(parts._replace(json={**body, **(extra or {})}), prepared)

    def _submit_run(self, request: httpx.Request, prepared: Prepared) -> Flow[Job]:
        """A run's create POST. With no idempotency key, it is sent again only when the first
        certainly created nothing (a connection never opened, a 429); whatever else leaves it
        but a refusal (a 4xx) may have created the run unseen, and says so in a note."""
        try:
            return (
                yield from self.call(request, None, parse_job, prepared, retryable=created_nothing)
            )
        except GeneratorExit:
            raise
        except BaseException as error:
            refused = isinstance(error, APIStatusError) and error.status_code < 500
            unsent = isinstance(error, APIConnectionError) and not error.request_sent
            if not (refused or unsent):
                error.add_note(_RUN_MAY_EXIST)
            raise

    def create_run(
        self, input: AgentInput, create: AgentCreateArgs, call: CallOptions | None = None
    ) -> Flow[Job]:
        prepared = self.prepare(call)
        request = self._build_run(input, create, prepared)
        return (yield from self._submit_run(request, prepared))

    def create_run_and_wait(
        self,
        input: AgentInput,
        create: AgentCreateArgs,
        wait: WaitOptions,
        call: CallOptions | None = None,
    ) -> Flow[Job]:
        """``create_run``, then wait on the run, as ``create_and_wait`` does for a job."""
        self._check_wait(wait)
        prepared = self.prepare(call)
        request = self._build_run(input, create, prepared)
        job = yield from self._submit_run(request, prepared)
        return (yield from self._wait_created(job, wait, prepared))

    def _wait_created(self, job: Job, wait: WaitOptions, prepared: Prepared) -> Flow[Job]:
        """The wait on a job just created: whatever leaves it names the job (``job_id`` on this
        SDK's errors, a note on any other exception), so the wait can be resumed."""
        try:
            poll = self.build_get(job.id, prepared)
            return (yield from self.wait(poll, job.id, wait, prepared))
        except PerplexityAsyncError as error:
            if error.job_id is None:
                error.job_id = job.id
            raise
        except GeneratorExit:
            raise
        except BaseException as error:
            error.add_note(
                f"perplexity_async: job {job.id!r} was created and keeps running upstream; "
                f"resume with wait_until_done({job.id!r})"
            )
            raise

    def _check_wait(self, wait: WaitOptions) -> None:
        """The wait's arguments, checked before anything is sent."""
        self._schedule(wait, 0.0)
        check_on_update(wait.on_update, is_async=self._is_async)

    @staticmethod
    def _schedule(wait: WaitOptions, start: float) -> PollSchedule:
        return PollSchedule(
            timeout=wait.timeout,
            poll_interval=wait.poll_interval,
            max_poll_interval=wait.max_poll_interval,
            start=start,
        )

    def list(self, call: CallOptions | None = None) -> Flow[JobList]:
        prepared = self.prepare(call)
        return (yield from self.call(self.build_list(prepared), None, parse_job_list, prepared))

    def wait(
        self, request: httpx.Request, request_id: str, wait: WaitOptions, prepared: Prepared
    ) -> Flow[Job]:
        """Poll until COMPLETED (returned), another end (JobFailedError, JobCancelledError,
        JobRequiresActionError) or the deadline (WaitTimeoutError). Each poll gets at most the
        time left. Transient faults that outlive a poll's retries, and bodies that are not JSON
        at all, are logged and polling goes on; any other error is raised at once. An
        ``on_update`` returning an awaitable is awaited."""
        start = self._clock()
        schedule = self._schedule(wait, start)
        on_update = wait.on_update
        last_job: Job | None = None
        last_error: PerplexityAsyncError | None = None
        while True:
            retry_after: float | None = None
            try:
                job = yield from self.call(
                    request, request_id, parse_job, prepared, deadline=schedule.deadline
                )
            except PerplexityAsyncError as error:
                if not (is_transient(error) or _not_json(error)):
                    raise
                last_error = error
                requested = requested_delay(error)
                if requested is not None:
                    retry_after = min(requested, prepared.retry.max_retry_after)
                log.warning(
                    "poll of job %r failed, polling goes on: %s", shorten(request_id, 100), error
                )
            else:
                last_job, last_error = job, None
                if on_update is not None:
                    result = on_update(job)
                    if hasattr(result, "__await__"):
                        yield Await(result)
                status = job.status
                if status == JobStatus.COMPLETED:
                    return job
                ended = _ENDED.get(status)
                if ended is not None:
                    raise ended(job)
                if status not in PENDING:
                    _warn_unknown_status(str(status))
            now = self._clock()
            delay = schedule.next_sleep(now, retry_after)
            if delay is None:
                raise WaitTimeoutError(
                    request_id, wait.timeout or 0.0, now - start, last_job
                ) from last_error
            yield Sleep(delay)
