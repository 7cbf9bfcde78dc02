"""Waiting on many jobs at once: ``as_completed`` and ``wait_all``, over ONE ``GroupSchedule``.

``GroupPoll`` is sans-I/O: it says which jobs to poll now (``next``), gives each poll as a flow
that sends ONE GET (``poll``: no retry loop, the schedule owns retries and the 429 pause) and
takes its outcome (``result``, which returns the job once it is done). ``iterate_sync`` and
``iterate_async`` are the two thin drivers; the async one keeps up to ``max_in_flight`` polls out.

Deadline: each pending job gets one last poll at the deadline (as the single-job wait's final
poll), but all of them end by ``deadline + FINAL_POLL_GRACE``: a poll still out then is dropped
and no more are sent, so the call raises ``WaitTimeoutError`` (``.pending_ids``: the jobs not
seen done, in input order) by its timeout plus ``FINAL_POLL_GRACE`` (plus the time to raise),
however many jobs are pending.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import random
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .._call import DEFAULT_MAX_POLL_INTERVAL, DEFAULT_POLL_INTERVAL
from .._errors import PerplexityAsyncError, WaitTimeoutError, shorten
from .._job import Job, parse_job
from ._flows import FINAL_POLL_GRACE, Flow, _not_json
from ._group import GroupSchedule, PollOutcome, Transient, poll_outcome

if TYPE_CHECKING:
    from ._flows import Core, Prepared

__all__ = ["GroupPoll", "check_job_ids", "in_input_order", "iterate_async", "iterate_sync"]
__all__ += ["run_concurrently"]

log = logging.getLogger("perplexity_async")
T = TypeVar("T")
K = TypeVar("K")


def check_job_ids(job_ids: object) -> list[str]:
    """The ids (of Sonar jobs and runs, mixed; a ``Job`` stands for its id) as a list; a lone
    str (an iterable of characters) is refused."""
    if isinstance(job_ids, str | bytes | Job):
        raise TypeError(
            "job_ids must be an iterable of job ids, not one str or Job: wrap it in a list"
        )
    if not isinstance(job_ids, Iterable):
        raise TypeError(f"job_ids must be an iterable of str, got {type(job_ids).__name__}")
    return [job.id if isinstance(job, Job) else job for job in job_ids]


def in_input_order(job_ids: list[str], jobs: Iterable[Job]) -> list[Job]:
    """The done ``jobs`` (each once) as a list in the order of ``job_ids`` (repeats repeated)."""
    by_id = {job.id: job for job in jobs}
    return [by_id[job_id] for job_id in job_ids]


class GroupPoll:
    """The polling of many jobs for one ``as_completed``/``wait_all`` call (or a batch).

    Example (the sync driver, ``iterate_sync``, in short)::

        poll = GroupPoll(core, ["a", "b"], timeout=600, max_in_flight=1)
        while not poll.finished:
            ids, sleep = poll.next()          # WaitTimeoutError at the deadline
            for job_id in ids:
                job = poll.result(job_id, run(poll.poll(job_id)))
                if job is not None:
                    yield job                  # COMPLETED or FAILED, once each
            if not ids and sleep is not None:
                time.sleep(sleep)
    """

    __slots__ = ("_core", "_group", "_hard_deadline", "_last", "_prepared", "_start", "_timeout")

    def __init__(
        self,
        core: Core,
        job_ids: Iterable[str | Job],
        *,
        timeout: float | None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        max_in_flight: int = 1,
        prepared: Prepared | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._core = core
        # The call's escape hatches (headers, query, request timeout, retries), checked.
        self._prepared = prepared = prepared or core.prepare()
        self._start = core._clock()
        self._timeout = timeout
        self._group = GroupSchedule(
            check_job_ids(job_ids),
            now=self._start,
            jitter=jitter,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=max_in_flight,
            retry=prepared.retry,
        )
        # checked by GroupSchedule above
        self._hard_deadline = (
            None if timeout is None else self._start + float(timeout) + FINAL_POLL_GRACE
        )
        self._last: dict[str, Job] = {}  # the last state of each pending job seen: O(pending)

    @property
    def finished(self) -> bool:
        return self._group.finished

    @property
    def pending_ids(self) -> list[str]:
        return self._group.pending_ids

    @property
    def in_flight(self) -> int:
        return self._group.in_flight

    def add(self, job_ids: Iterable[str]) -> int:
        """Watch more jobs (a batch adds each as it is submitted), polled at once."""
        return self._group.add(job_ids, self._core._clock())

    def next(self) -> tuple[list[str], float | None]:
        """The jobs to poll now, and the seconds until ``next`` should be called again (None:
        when a poll in flight answers). Raises WaitTimeoutError once the deadline is reached."""
        now = self._core._clock()
        hard = self._hard_deadline
        if self._group.expired(now) or (hard is not None and now >= hard):
            raise self.timeout_error(now)
        polls, wake_at = self._group.next_actions(now)
        # A poll in flight needs no wake-up at the hard deadline: its budget ends there.
        return polls, None if wake_at is None else max(0.0, wake_at - now)

    def timeout_error(self, now: float) -> WaitTimeoutError:
        pending = self._group.pending_ids
        first = pending[0] if pending else ""
        return WaitTimeoutError(
            first,
            self._timeout or 0.0,
            now - self._start,
            self._last.get(first),
            pending_ids=tuple(pending),
        )

    def poll(self, job_id: str) -> Flow[Job | PerplexityAsyncError]:
        """ONE GET of ``job_id``, its time bounded by the request's total timeout and the hard
        deadline: a flow for ``run_sync``/``run_async``."""
        core, prepared = self._core, self._prepared
        budget = prepared.total
        if self._hard_deadline is not None:
            left = max(self._hard_deadline - core._clock(), 0.001)
            budget = left if budget is None else min(budget, left)
        return core.send_once(core.build_get(job_id, prepared), job_id, parse_job, budget)

    def forget(self, job_id: str) -> None:
        """Stop watching ``job_id``, whose poll is in flight (see ``GroupSchedule.forget``)."""
        self._group.forget(job_id)
        self._last.pop(job_id, None)

    def result(self, job_id: str, outcome: Job | PerplexityAsyncError) -> Job | None:
        """Take a poll's outcome: the job when it is done (COMPLETED or FAILED; once), else None.
        A non-transient error (401, 404...) is raised, as the single-job wait raises it."""
        verdict: PollOutcome
        if isinstance(outcome, PerplexityAsyncError) and _not_json(outcome):
            verdict = Transient()  # a proxy's HTML page: polling goes on, as in Core.wait
        else:
            verdict = poll_outcome(outcome)
        if isinstance(outcome, PerplexityAsyncError):
            log.warning("poll of job %r failed, polling goes on: %s", shorten(job_id, 100), outcome)
        done = self._group.on_result(job_id, self._core._clock(), verdict)
        if done:
            self._last.pop(job_id, None)
            assert isinstance(outcome, Job)
            return outcome
        if isinstance(outcome, Job):
            self._last[job_id] = outcome
        return None


def iterate_sync(
    poll: GroupPoll,
    run: Callable[[Flow[Any]], Any],
    sleep: Callable[[float], None],
) -> Iterator[Job]:
    """Drive ``poll`` with blocking calls, one GET at a time; yield each job once done."""
    while not poll.finished:
        polls, wait = poll.next()
        for job_id in polls:
            job = poll.result(job_id, run(poll.poll(job_id)))
            if job is not None:
                yield job
        if not polls and wait is not None:
            sleep(wait)


Step = Callable[
    [],
    tuple[list[tuple[K, "Flow[Any]"]], float | None]
    | Awaitable[tuple[list[tuple[K, "Flow[Any]"]], float | None]],
]


async def run_concurrently(
    step: Step[K],
    finished: Callable[[], bool],
    send: Callable[[Flow[Any]], Awaitable[Any]],
    sleep: Callable[[float], Awaitable[None]],
) -> AsyncGenerator[tuple[K, Any]]:
    """The async driver of a sans-I/O policy: ``step()`` (or its awaitable: a policy that writes
    to disk runs it in a thread) hands out ``(tag, flow)`` pairs to send
    now and the seconds until it should be asked again (None: when one answers); each flow
    runs as a task and ``(tag, outcome)`` is yielded as it ends. Whatever ends the iteration (a
    break, an error, cancellation) cancels the tasks still out."""
    tasks: dict[asyncio.Future[Any], K] = {}
    sleeper: asyncio.Future[None] | None = None
    try:
        while not finished():
            stepped = step()
            ready, wait = await stepped if inspect.isawaitable(stepped) else stepped
            for tag, flow in ready:
                tasks[asyncio.ensure_future(send(flow))] = tag
            if ready:
                continue  # more may be due (slots free): ask again before waiting
            if not tasks:
                if wait is not None:
                    await sleep(wait)
                continue
            waiting: set[asyncio.Future[Any]] = set(tasks)
            if wait is not None:
                sleeper = asyncio.ensure_future(sleep(wait))
                waiting.add(sleeper)
            done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if sleeper is not None and sleeper not in done:
                sleeper.cancel()
            sleeper = None
            for future in done:
                if future in tasks:  # not the sleeper
                    yield tasks.pop(future), future.result()
    finally:
        pending = [*tasks, *([sleeper] if sleeper is not None else [])]
        for future in pending:
            future.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)


async def iterate_async(
    poll: GroupPoll,
    run: Callable[[Flow[Any]], Awaitable[Any]],
    sleep: Callable[[float], Awaitable[None]],
) -> AsyncIterator[Job]:
    """Drive ``poll`` with asyncio, up to its ``max_in_flight`` GETs out at once; yield each job
    once done."""

    def step() -> tuple[list[tuple[str, Flow[Any]]], float | None]:
        polls, wait = poll.next()
        return [(job_id, poll.poll(job_id)) for job_id in polls], wait

    results = run_concurrently(step, lambda: poll.finished, run, sleep)
    async with contextlib.aclosing(results):
        async for job_id, outcome in results:
            job = poll.result(job_id, outcome)
            if job is not None:
                yield job
