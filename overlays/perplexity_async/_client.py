"""``Client`` and ``AsyncClient``: thin shells that drive the shared core (``_core``).

``_core`` (and with it the generated operation and models) and asyncio are imported when a client
is created, not when ``perplexity_async`` is: that keeps ``import perplexity_async`` near the cost
of ``import httpx`` (``make bench`` measures both).
"""

from __future__ import annotations

import builtins
import enum
import os
import time
import warnings
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, Unpack

import httpx

from ._agent._resource import Agent, AsyncAgent
from ._args import check_headers
from ._call import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    AsyncOnUpdate,
    CallOptions,
    OnUpdate,
    WaitOptions,
)
from ._config import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, resolve
from ._sonar._options import DEFAULT_MODEL
from ._sonar._resource import AsyncSonar, Sonar

if TYPE_CHECKING:
    import asyncio

    from ._batch._journal import BatchSummary, Journal
    from ._batch._run import BatchProgress
    from ._core._flows import Core, Flow
    from ._job import Job, JobList
    from ._sonar._options import Messages, Model, RequestOptions

T = TypeVar("T")

__all__ = ["AsyncClient", "Client"]


def _deprecated(name: str) -> None:
    warnings.warn(
        f"client.{name} is deprecated: it is client.sonar.{name} (the Sonar async API); new "
        f"work goes to the Agent API's background runs, client.agent.*",
        DeprecationWarning,
        stacklevel=3,
    )


DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class _Keep(enum.Enum):
    """``with_options``' "not given" for ``timeout``, where None means no timeout."""

    KEEP = "KEEP"


KEEP: Literal[_Keep.KEEP] = _Keep.KEEP


class _BaseClient:
    """Settings and core shared by both clients."""

    _core: Core

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        headers: Mapping[str, str] | None,
        max_response_bytes: int,
        clock: Callable[[], float],
        own_http: bool,
        is_async: bool,
    ) -> None:
        settings = resolve(api_key, base_url, timeout, max_retries, headers, max_response_bytes)
        from ._core._flows import Core

        self._core = Core(settings, clock=clock, defaults_on_client=own_http, is_async=is_async)
        self._owns_http = own_http
        self._closed = False
        self._clock = clock
        self._http: Any = None  # set by the subclass
        self._sleep: Any = None

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | Literal[_Keep.KEEP] | None = KEEP,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A client with these settings changed (``headers`` are added to this one's), sharing
        this one's connection pool: cheap, and closing it leaves this one (and the pool) open.

        Example: ``client.with_options(timeout=5, max_retries=0).get("req-id")``
        """
        settings = self._core.settings
        kept = {k: v for k, v in settings.headers.items() if k.lower() != "authorization"}
        make: Any = type(self)  # Client or AsyncClient: the same keyword options
        return make(  # type: ignore[no-any-return]
            api_key=settings.api_key if api_key is None else api_key,
            base_url=settings.base_url if base_url is None else base_url,
            timeout=settings.timeout if timeout is KEEP else timeout,
            max_retries=settings.max_retries if max_retries is None else max_retries,
            http_client=self._http,
            headers={**kept, **check_headers("headers", headers)},
            max_response_bytes=(
                settings.max_response_bytes if max_response_bytes is None else max_response_bytes
            ),
            clock=self._clock,
            sleep=self._sleep,
        )

    def _http_options(self) -> dict[str, Any]:
        """For the httpx client the SDK makes: the settings go on it once, not on each request."""
        settings = self._core.settings
        return {"limits": DEFAULT_LIMITS, "timeout": settings.timeout, "headers": settings.headers}

    def _check_open(self, http: httpx.Client | httpx.AsyncClient) -> None:
        """At once, before any flow starts: not httpx's message, and never retried."""
        if self._closed or (not self._owns_http and http.is_closed):
            what = type(self).__name__ if self._closed else "its http_client"
            raise RuntimeError(f"this {type(self).__name__} is closed ({what} was closed)")

    @property
    def base_url(self) -> str:
        return self._core.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._core.settings.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._core.settings.timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


class Client(_BaseClient):
    """Blocking client. The API key comes from ``api_key`` or ``PERPLEXITY_API_KEY``.

    Example::

        with pa.Client() as client:
            job = client.wait_until_done("req-id", on_update=lambda j: print(j.status))
            print(job.text)

    ``http_client`` may be your own ``httpx.Client`` (proxies, transports, event hooks); it is
    yours to close. ``clock`` and ``sleep`` replace ``time.monotonic`` and ``time.sleep``, for
    tests in virtual time.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__}"
            )
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            max_response_bytes=max_response_bytes,
            clock=clock,
            own_http=http_client is None,
            is_async=False,
        )
        from ._transports import _deadline as _transport

        self._send_one = _transport.sync_send
        if http_client is None:
            # Its sockets keep each request's total deadline (see _transport).
            transport = _transport.deadline_transport(DEFAULT_LIMITS)
            mounts = _transport.proxy_mounts(DEFAULT_LIMITS, is_async=False)
            http_client = httpx.Client(transport=transport, mounts=mounts, **self._http_options())
        self._http = http_client
        self._core.http = self._http
        self._sleep = sleep
        self.sonar = Sonar(self)
        """The Sonar async API: ``client.sonar.create(...)`` and the rest."""
        self.agent = Agent(self)
        """The Agent API's background runs: ``client.agent.create(...)``, ``create_and_wait``,
        ``get``, ``cancel``."""

    def _send(self, request: httpx.Request, budget: float | None) -> Any:
        return self._send_one(self._http, request, budget, self._core.settings.max_response_bytes)

    def _run(self, flow: Flow[T]) -> T:
        self._check_open(self._http)
        return self._core.run_sync(flow, self._send, self._sleep)

    def get(
        self,
        request_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Fetch a Sonar job's or an Agent API run's current state (by id, ``resp_...`` being a
        run, or by ``Job``), retrying transient failures.

        Every method also takes ``extra_headers``, ``extra_query`` (added to the request),
        ``request_timeout`` and ``max_retries`` (this call's; None: the client's).

        Example: ``job = client.get("req-id"); print(job.status, job.is_done)``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        return self._run(self._core.get(request_id, call))

    def wait_until_done(
        self,
        request_id: str | Job,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Poll a job or run until it is COMPLETED and return it.

        Raises JobFailedError when it FAILED (JobCancelledError, JobRequiresActionError for a
        run that ended so) and WaitTimeoutError when ``timeout`` seconds (the overall deadline;
        None waits forever) pass first. ``on_update(job)`` runs after each poll.
        ``request_timeout`` and ``max_retries`` apply to each poll.

        Example: ``job = client.wait_until_done("req-id", timeout=600, on_update=print)``
        """
        wait = WaitOptions(timeout, poll_interval, max_poll_interval, on_update)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        return self._run(self._core.wait_until_done(request_id, wait, call))

    def create(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """Submit a job and return it as created (usually CREATED). Never submits twice: the
        idempotency key (made for you when not given) is the same on every retry.
        ``extra_body`` is merged into the request object as is, unchecked (for fields newer
        than this SDK).

        Deprecated: this is ``client.sonar.create`` (it warns, and goes on working for at least
        one minor version); new work goes to ``client.agent.create``.
        """
        _deprecated("create")
        return self.sonar.create(
            messages,
            model=model,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            request_timeout=request_timeout,
            max_retries=max_retries,
            **request_options,
        )

    def create_and_wait(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """``create`` then ``wait_until_done``: the completed Job. Every error raised once the
        job exists names it (``.job_id`` on this SDK's errors, a note on any other exception), so
        the wait can be resumed. Every argument is checked before the job is submitted.

        Deprecated: this is ``client.sonar.create_and_wait``; new work goes to
        ``client.agent.create_and_wait``.
        """
        _deprecated("create_and_wait")
        return self.sonar.create_and_wait(
            messages,
            model=model,
            idempotency_key=idempotency_key,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_update=on_update,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            request_timeout=request_timeout,
            max_retries=max_retries,
            **request_options,
        )

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> JobList:
        """The account's jobs, as the API lists them (summaries and ``next_token``).

        Deprecated: this is ``client.sonar.list`` (the Agent API lists no runs).
        """
        _deprecated("list")
        return self.sonar.list(
            extra_headers=extra_headers,
            extra_query=extra_query,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )

    def cancel(
        self,
        job: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel an Agent API run (by id or ``Job``); returns once the API acknowledged it. A
        Sonar job is a ValueError before any request (that API has no cancel); a finished run
        is a BadRequestError (400), an unknown one NotFoundError.

        Example: ``client.cancel("resp_6f1c")``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        self._run(self._core.cancel(job, call))

    def close(self) -> None:
        """Close the connection pool, unless it was given to us. Later calls raise RuntimeError."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- many jobs (_many): one scheduler polls them all ----------------------------------------
    def as_completed(
        self,
        job_ids: Iterable[str | Job],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[Job]:
        """Yield each job once it is done (COMPLETED or FAILED: a failed job is yielded, not
        raised), in completion order; one GET at a time, one schedule for all of them.

        ``timeout`` counts from this call; at it every pending job gets a last poll, and the
        iteration raises WaitTimeoutError (``.pending_ids``) by ``timeout`` + 0.25 s. A 429
        pauses the whole group for its Retry-After. Arguments are checked here, at once.

        Example: ``for job in client.as_completed(ids, timeout=3600): print(job.id, job.status)``
        """
        from ._core._many import GroupPoll, iterate_sync

        self._check_open(self._http)
        poll = GroupPoll(
            self._core,
            job_ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=1,
            prepared=self._core.prepare(
                CallOptions(extra_headers, extra_query, request_timeout, max_retries)
            ),
        )
        return iterate_sync(poll, self._run, self._sleep)

    def wait_all(
        self,
        job_ids: Iterable[str | Job],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Job]:
        """``as_completed``, collected: every job once done, in input order (a repeated id is
        polled once and repeated here). Raises as ``as_completed`` does.

        Example: ``jobs = client.wait_all([a.id, b.id]); print([j.status for j in jobs])``
        """
        from ._core._many import check_job_ids, in_input_order

        ids = check_job_ids(job_ids)
        jobs = self.as_completed(
            ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            extra_headers=extra_headers,
            extra_query=extra_query,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )
        return in_input_order(ids, jobs)

    def batch(
        self,
        input: str | os.PathLike[str],
        out: str | os.PathLike[str],
        *,
        journal: str | os.PathLike[str] | Journal | None = None,
        api: Literal["agent", "sonar"] = "agent",
        model: str | None = None,
        submit_rate: float | None = None,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[BatchProgress], object] | None = None,
        max_cost: float | None = None,
        cost_estimate: float | None = None,
        start_over: bool = False,
        resubmit_unknown: bool = False,
        batch_api: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchSummary:
        """Run a batch: submit every question of ``input`` (``.jsonl``/``.ndjson`` lines ``{"id",
        "question", "api", "model", "options"}``, else one question a line), then write each one's
        line to ``out`` (JSONL) as it ends. ``api``: where items that name none go, "agent" (Agent
        API background runs; ``model`` a provider/model, default none: effort medium) or "sonar"
        (Sonar async jobs; ``model`` default ``sonar-deep-research``). Resumable: rerun it after a
        crash (the journal, ``OUT.journal`` by default, makes sure no item is submitted twice or
        fetched again). Every item ends with a final status (``STATUSES``). Submits are paced
        adaptively from the server's 429s (``submit_rate`` per minute: a fixed ceiling too);
        ``timeout`` bounds the whole batch (WaitTimeoutError); ``max_cost`` (USD, the whole batch
        across reruns) stops new submits (BatchBudgetError), in-flight items counted at the dearest
        seen or ``cost_estimate``. ``start_over``: a non-empty ``out`` without its journal is
        replaced (else refused); ``resubmit_unknown``: UNKNOWN items are sent once more.
        ``batch_api=True``: the items go as Agent API requests through Perplexity's Batch API
        (uploaded files, one batch per 50,000 lines; see the README), not one submit at a time;
        ``submit_rate``, ``max_cost``, ``cost_estimate`` and ``resubmit_unknown`` do not apply
        there, nor does ``api="sonar"``.
        Returns where the batch stands; raises an API error that stops it (401, 403...).

        Example: ``summary = client.batch("questions.txt", "answers.jsonl"); print(summary.counts)``
        """
        from ._batch._run import batch_run, drive_sync

        self._check_open(self._http)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        if _batch_api(
            batch_api,
            submit_rate,
            max_cost,
            cost_estimate,
            resubmit_unknown,
            api != "agent",
            api=api,
        ):
            from ._batch_api import _engine

            with _engine.opened(
                self._core,
                input,
                out,
                journal=journal,
                model=model,
                timeout=timeout,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                on_progress=on_progress,
                prepared=self._core.prepare(call),
                start_over=start_over,
            ) as steps:
                return _engine.drive_sync(steps, self._run, self._sleep)
        with batch_run(
            self._core,
            input,
            out,
            journal=journal,
            api=api,
            model=model,
            submit_rate=submit_rate,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=1,
            on_progress=on_progress,
            prepared=self._core.prepare(call),
            max_cost=max_cost,
            cost_estimate=cost_estimate,
            start_over=start_over,
            resubmit_unknown=resubmit_unknown,
        ) as run:
            drive_sync(run, self._run, self._sleep)
            return run.summary()


def _batch_api(batch_api: bool, *unused: object, api: object = "agent") -> bool:
    """``batch_api``, checked: the run-at-a-time options given with it are refused by name."""
    if not isinstance(batch_api, bool):
        raise TypeError(f"batch_api must be a bool, got {type(batch_api).__name__}")
    if batch_api:
        names = ("submit_rate", "max_cost", "cost_estimate", "resubmit_unknown", f"api={api!r}")
        given = [name for name, value in zip(names, unused, strict=True) if value]
        if given:
            raise ValueError(
                f"{', '.join(given)} do(es) not apply with batch_api=True (the Batch API runs "
                "Agent API requests upstream: no client-side pacing, costs known once done)"
            )
    return batch_api


async def _drive_opened(opening: Any, drive: Callable[[Any], Awaitable[T]]) -> T:
    """Enter ``opening`` (a context manager doing file I/O), drive what it gives, exit it: the
    entering and exiting in a worker thread, off the event loop."""
    import asyncio

    run = await asyncio.to_thread(opening.__enter__)
    try:
        result = await drive(run)
    except BaseException as error:
        await asyncio.to_thread(opening.__exit__, type(error), error, error.__traceback__)
        raise
    await asyncio.to_thread(opening.__exit__, None, None, None)
    return result


async def _close_at_loop_end(http: httpx.AsyncClient) -> AsyncGenerator[None]:
    try:
        yield
    finally:
        await http.aclose()


def _pool_size(http: httpx.AsyncClient) -> int:
    """The connection limit of an httpx client's default transport (100 when it can't be read)."""
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    size = getattr(pool, "_max_connections", None)
    return size if isinstance(size, int) and size > 0 else DEFAULT_LIMITS.max_connections or 100


class AsyncClient(_BaseClient):
    """Asyncio client; the same options and methods as ``Client``, awaited.

    Example::

        async with pa.AsyncClient() as client:
            job = await client.wait_until_done("req-id")

    Requests in flight are bounded to the connection pool's size: a burst of 1000 ``get()``
    calls queues here, cheaply, instead of inside httpx's pool.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        import asyncio

        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            max_response_bytes=max_response_bytes,
            clock=clock,
            own_http=http_client is None,
            is_async=True,
        )
        from ._transports import _deadline as _transport

        self._send_one = _transport.async_send
        self._http = http_client or self._new_http()
        self._core.http = self._http
        self._limit = _pool_size(self._http)
        # The in-flight limit and the pool belong to the loop they run on: bound on first use in
        # each loop, so one client serves two asyncio.run() in turn (see _bind_loop).
        self._loop: object = None
        self._in_flight = asyncio.Semaphore(self._limit)
        self._keeper: AsyncGenerator[None] | None = None
        self._sleep = sleep or asyncio.sleep
        self.sonar = AsyncSonar(self)
        """The Sonar async API: ``await client.sonar.create(...)`` and the rest."""
        self.agent = AsyncAgent(self)
        """The Agent API's background runs: ``await client.agent.create(...)`` and the rest."""

    def _new_http(self) -> httpx.AsyncClient:
        """The httpx client the SDK makes: its sockets keep each request's total deadline."""
        from ._transports._deadline import async_deadline_transport, proxy_mounts

        transport = async_deadline_transport(DEFAULT_LIMITS)
        mounts = proxy_mounts(DEFAULT_LIMITS, is_async=True)
        return httpx.AsyncClient(transport=transport, mounts=mounts, **self._http_options())

    async def _bind_loop(self) -> asyncio.Semaphore:
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            first = self._loop is None
            self._loop = loop
            self._in_flight = asyncio.Semaphore(self._limit)
            if self._owns_http:
                if not first:  # the last loop's pool died with it (its keeper closed it)
                    self._http = self._new_http()
                    self._core.http = self._http
                # asyncio.run() finalises async generators before closing its loop: this one
                # then closes the pool, in the loop its connections belong to.
                self._keeper = _close_at_loop_end(self._http)
                await anext(self._keeper)
        return self._in_flight

    async def _send(self, request: httpx.Request, budget: float | None) -> Any:
        import asyncio

        slots = await self._bind_loop()
        limit = self._core.settings.max_response_bytes
        if budget is None:
            async with slots:
                return await self._send_one(self._http, request, None, limit)
        # Queueing for a slot is part of the request's time: a wait's deadline holds however
        # many requests share the pool.
        start = time.monotonic()
        try:
            async with asyncio.timeout(budget):
                await slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("no free connection slot in time", request=request) from None
        try:
            left = max(budget - (time.monotonic() - start), 0.001)
            return await self._send_one(self._http, request, left, limit)
        finally:
            slots.release()

    async def _run(self, flow: Flow[T]) -> T:
        self._check_open(self._http)
        return await self._core.run_async(flow, self._send, self._sleep)

    async def get(
        self,
        request_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Fetch a job's current state; same arguments as ``Client.get``.

        Example: ``job = await client.get("req-id")``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        return await self._run(self._core.get(request_id, call))

    async def wait_until_done(
        self,
        request_id: str | Job,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: AsyncOnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Poll until the job is COMPLETED and return it; cancellable (nothing leaks).

        Same policy and errors as ``Client.wait_until_done``.
        Example: ``job = await client.wait_until_done("req-id", timeout=600)``
        """
        wait = WaitOptions(timeout, poll_interval, max_poll_interval, on_update)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        return await self._run(self._core.wait_until_done(request_id, wait, call))

    async def create(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """Submit a job; same arguments and guarantees as ``Client.create``.

        Deprecated: this is ``client.sonar.create``; new work goes to ``client.agent.create``.
        """
        _deprecated("create")
        return await self.sonar.create(
            messages,
            model=model,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            request_timeout=request_timeout,
            max_retries=max_retries,
            **request_options,
        )

    async def create_and_wait(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: AsyncOnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """``create`` then ``wait_until_done``; same as ``Client.create_and_wait``.

        Deprecated: this is ``client.sonar.create_and_wait``; new work goes to
        ``client.agent.create_and_wait``.
        """
        _deprecated("create_and_wait")
        return await self.sonar.create_and_wait(
            messages,
            model=model,
            idempotency_key=idempotency_key,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_update=on_update,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            request_timeout=request_timeout,
            max_retries=max_retries,
            **request_options,
        )

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> JobList:
        """The account's jobs (summaries and ``next_token``).

        Deprecated: this is ``client.sonar.list`` (the Agent API lists no runs).
        """
        _deprecated("list")
        return await self.sonar.list(
            extra_headers=extra_headers,
            extra_query=extra_query,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )

    async def cancel(
        self,
        job: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel an Agent API run; same as ``Client.cancel``.

        Example: ``await client.cancel(job)``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        await self._run(self._core.cancel(job, call))

    async def aclose(self) -> None:
        """Close the connection pool, unless it was given to us. Later calls raise RuntimeError."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- many jobs (_many): one scheduler polls them all ----------------------------------------
    def as_completed(
        self,
        job_ids: Iterable[str | Job],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[Job]:
        """An async iterator over the jobs as each is done; up to the pool size of GETs in
        flight. Same policy and errors as ``Client.as_completed``; leaving the loop early (or
        cancelling) cancels the polls still out.

        Example: ``async for job in client.as_completed(ids): print(job.id, job.status)``
        """
        from ._core._many import GroupPoll, iterate_async

        self._check_open(self._http)
        poll = GroupPoll(
            self._core,
            job_ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=self._limit,
            prepared=self._core.prepare(
                CallOptions(extra_headers, extra_query, request_timeout, max_retries)
            ),
        )
        return iterate_async(poll, self._run, self._sleep)

    async def wait_all(
        self,
        job_ids: Iterable[str | Job],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Job]:
        """Every job once done, in input order; same as ``Client.wait_all``.

        Example: ``jobs = await client.wait_all(ids, timeout=3600)``
        """
        from ._core._many import check_job_ids, in_input_order

        ids = check_job_ids(job_ids)
        jobs = self.as_completed(
            ids,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            extra_headers=extra_headers,
            extra_query=extra_query,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )
        return in_input_order(ids, [job async for job in jobs])

    async def batch(
        self,
        input: str | os.PathLike[str],
        out: str | os.PathLike[str],
        *,
        journal: str | os.PathLike[str] | Journal | None = None,
        api: Literal["agent", "sonar"] = "agent",
        model: str | None = None,
        concurrency: int | None = None,
        submit_rate: float | None = None,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_progress: Callable[[BatchProgress], object] | None = None,
        max_cost: float | None = None,
        cost_estimate: float | None = None,
        start_over: bool = False,
        resubmit_unknown: bool = False,
        batch_api: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchSummary:
        """Run a batch; same as ``Client.batch``, with up to ``concurrency`` polls in flight
        (default: the pool size) besides the one submit. Its files and journal are read and
        written in a worker thread, so the event loop never waits on a disk (``on_progress``
        may be called from that thread, one call at a time).

        Example: ``summary = await client.batch("questions.jsonl", "answers.jsonl")``
        """
        import asyncio

        from ._batch._run import batch_run, drive_async

        self._check_open(self._http)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        if _batch_api(
            batch_api,
            submit_rate,
            max_cost,
            cost_estimate,
            resubmit_unknown,
            api != "agent",
            api=api,
        ):
            from ._batch_api import _engine

            steps = _engine.opened(
                self._core,
                input,
                out,
                journal=journal,
                model=model,
                timeout=timeout,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                on_progress=on_progress,
                prepared=self._core.prepare(call),
                start_over=start_over,
            )
            return await _drive_opened(
                steps, lambda run: _engine.drive_async(run, self._run, self._sleep)
            )
        opening = batch_run(
            self._core,
            input,
            out,
            journal=journal,
            api=api,
            model=model,
            submit_rate=submit_rate,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=self._limit if concurrency is None else concurrency,
            on_progress=on_progress,
            prepared=self._core.prepare(call),
            max_cost=max_cost,
            cost_estimate=cost_estimate,
            start_over=start_over,
            resubmit_unknown=resubmit_unknown,
        )

        async def drive(run: Any) -> BatchSummary:
            await drive_async(run, self._run, self._sleep)
            return await asyncio.to_thread(run.summary)

        return await _drive_opened(opening, drive)  # INPUT read, journal, OUTPUT rewritten
