"""The group wait policy: which of many jobs to poll next, and when, as a state machine with no I/O.

One ``GroupSchedule`` serves ``as_completed``/``wait_all`` and the batch runner. Each job has its
own ``PollSchedule`` (polled at once, then ``poll_interval`` growing x1.5 up to
``max_poll_interval``, each sleep shortened by up to 20% of jitter so hundreds of jobs drift
apart, never past the deadline); one heap orders them all, so a decision costs O(log n). At most
``max_in_flight`` polls are out at once (1 for the sync client, the pool size for the async one).
A done job (COMPLETED or FAILED) is reported once, when its result comes in (completion order),
and forgotten: memory is O(pending jobs), never O(all jobs). A transient failure backs that job
off as the single-job wait does (``RetryPolicy`` retries, then the schedule); a 429 pauses the
WHOLE group for its ``Retry-After``. At the deadline each pending job still gets its last poll
(as ``PollSchedule``'s final poll lands on the deadline), unless a 429 pause spans it; then
``expired`` is true and ``pending_ids`` names what to put on ``WaitTimeoutError``.

The driver (sans-I/O: it owns the clock, the sockets and the sleeps)::

    group = GroupSchedule(ids, now=clock(), timeout=600, max_in_flight=1, jitter=random.random)
    while not group.finished:
        now = clock()
        if group.expired(now):
            raise WaitTimeoutError(..., pending_ids=group.pending_ids)
        polls, wake_at = group.next_actions(now)
        for job_id in polls:                       # at most max_in_flight - in_flight of them
            result = get(job_id)                   # ONE request, no retry loop: a Job or an error
            if group.on_result(job_id, clock(), poll_outcome(result)):
                yield result                       # done: COMPLETED or FAILED, once, in order
        if not polls and wake_at is not None:
            sleep(wake_at - now)

``wait_all`` is the same loop collecting ``{job_id: job}`` and returning them in input order;
duplicate ids are polled (and yielded by ``as_completed``) once.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from .._args import check_request_id
from .._call import DEFAULT_MAX_POLL_INTERVAL, DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT
from .._errors import PerplexityAsyncError, RateLimitError
from ._retry import RetryPolicy, is_transient, requested_delay
from ._wait import PollSchedule

if TYPE_CHECKING:
    from .._job import Job

__all__ = [
    "DONE",
    "JITTER",
    "PENDING",
    "GroupSchedule",
    "NextActions",
    "PollOutcome",
    "RateLimited",
    "Transient",
    "poll_outcome",
]

DONE: Final = "done"
PENDING: Final = "pending"
JITTER = 0.2  # a sleep is shortened by up to this fraction: never later than the plain schedule


class Transient(NamedTuple):
    """The poll failed transiently (connection, timeout, 408, 5xx); the server may ask a wait."""

    retry_after: float | None = None


class RateLimited(NamedTuple):
    """The poll got a 429: the whole group pauses for ``retry_after`` (or a backoff)."""

    retry_after: float | None = None


PollOutcome = Literal["done", "pending"] | Transient | RateLimited


class NextActions(NamedTuple):
    """``polls``: send these now (each is in flight until its ``on_result``). ``wake_at``: call
    ``next_actions`` again then at the latest; None: wait for a result in flight (or stop)."""

    polls: list[str]
    wake_at: float | None


def poll_outcome(result: Job | PerplexityAsyncError) -> PollOutcome:
    """What one GET's result means to the group; a non-transient error is raised, as the
    single-job wait raises it. A status this SDK does not know is pending, as there."""
    if not isinstance(result, PerplexityAsyncError):
        return DONE if result.is_done else PENDING
    if not is_transient(result):
        raise result
    if isinstance(result, RateLimitError):
        return RateLimited(result.retry_after)
    return Transient(requested_delay(result))


class _JobSchedule(PollSchedule):
    """One job's ``PollSchedule`` plus its run of transient failures."""

    __slots__ = ("failures",)

    def __init__(self, *, deadline: float | None, interval: float, cap: float, now: float) -> None:
        super().__init__(timeout=None, poll_interval=interval, max_poll_interval=cap, start=now)
        self.deadline = deadline  # the group's, whenever the job joined
        self.failures = 0


class GroupSchedule:
    """Example (virtual time; ``jitter=lambda: 0.0`` gives the plain schedule)::

    g = GroupSchedule(["a", "b"], now=0.0, timeout=None, max_in_flight=1, jitter=lambda: 0.0)
    g.next_actions(0.0)              # NextActions(polls=['a'], wake_at=None): one slot
    g.on_result("a", 0.1, PENDING)   # False: 'a' is next due at 1.1
    g.next_actions(0.1)              # NextActions(polls=['b'], wake_at=None)
    g.on_result("b", 0.2, DONE)      # True: yield 'b'; it is forgotten
    g.next_actions(0.2)              # NextActions(polls=[], wake_at=1.1)
    """

    __slots__ = (
        "_deadline",
        "_heap",
        "_in_flight",
        "_jitter",
        "_jobs",
        "_limit_streak",
        "_max_in_flight",
        "_max_poll_interval",
        "_paused_until",
        "_poll_interval",
        "_retry",
        "_seq",
        "done_count",
    )

    def __init__(
        self,
        job_ids: Iterable[str],
        *,
        now: float,
        jitter: Callable[[], float],
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        max_in_flight: int = 1,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 (an immutable NamedTuple)
    ) -> None:
        if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int):
            raise TypeError(f"max_in_flight must be an int, got {type(max_in_flight).__name__}")
        if max_in_flight < 1:
            raise ValueError(f"max_in_flight must be >= 1, got {max_in_flight}")
        # Checks the wait options once, with PollSchedule's own messages, and fixes the deadline.
        template = PollSchedule(
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            start=now,
        )
        self._deadline = template.deadline
        self._poll_interval = float(poll_interval)
        self._max_poll_interval = template.max_poll_interval
        self._max_in_flight = max_in_flight
        self._jitter = jitter
        self._retry = retry
        self._jobs: dict[str, _JobSchedule] = {}  # pending ids, in input order
        self._heap: list[tuple[float, int, str]] = []  # (due, tie-break, id): not in flight
        self._in_flight: set[str] = set()
        self._seq = 0
        self._paused_until = float("-inf")
        self._limit_streak = 0  # 429s in a row, for the pause when no Retry-After came
        self.done_count = 0
        self.add(job_ids, now)

    def add(self, job_ids: Iterable[str], now: float) -> int:
        """Watch more jobs (a batch adds each as it is submitted), each polled at once; an id
        already pending is skipped. All ids are checked before any is added. Returns how many
        were new."""
        ids = [check_request_id(job_id) for job_id in job_ids]
        added = 0
        for job_id in ids:
            if job_id in self._jobs:
                continue
            self._jobs[job_id] = _JobSchedule(
                deadline=self._deadline,
                interval=self._poll_interval,
                cap=self._max_poll_interval,
                now=now,
            )
            self._push(job_id, now)
            added += 1
        return added

    @property
    def finished(self) -> bool:
        """Every job is done (and was reported by ``on_result``)."""
        return not self._jobs

    @property
    def pending_ids(self) -> list[str]:
        """The jobs not done yet, in the order they were added (for ``WaitTimeoutError``)."""
        return list(self._jobs)

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    def expired(self, now: float) -> bool:
        """The deadline has passed and every last poll has been answered (or a 429 pause spans
        the deadline): stop and raise with ``pending_ids``."""
        if self._deadline is None or now < self._deadline or self._in_flight or not self._jobs:
            return False
        return not self._heap or self._paused_until > now

    def next_actions(self, now: float) -> NextActions:
        """The polls to send now (taken off the schedule: each is in flight until its result),
        and when to look again. Never more than ``max_in_flight`` out at once."""
        if self._paused_until > now:
            wake = self._paused_until
            if self._deadline is not None:
                wake = min(wake, self._deadline)  # the pause spans it: expire there
            return NextActions([], wake if wake > now else None)
        polls: list[str] = []
        free = self._max_in_flight - len(self._in_flight)
        heap = self._heap
        while free > 0 and heap and heap[0][0] <= now:
            job_id = heapq.heappop(heap)[2]
            self._in_flight.add(job_id)
            polls.append(job_id)
            free -= 1
        return NextActions(polls, heap[0][0] if heap and free > 0 else None)

    def on_result(self, job_id: str, now: float, outcome: PollOutcome) -> bool:
        """Take a poll's outcome; True when the job is done (yield it now: it is reported once).
        A pending job is rescheduled on its own schedule; after the deadline it is not (that was
        its last poll)."""
        if not isinstance(outcome, Transient | RateLimited) and outcome not in (DONE, PENDING):
            raise TypeError(f"outcome must be DONE, PENDING, Transient or RateLimited: {outcome!r}")
        if job_id not in self._in_flight:
            raise ValueError(f"job {job_id!r} has no poll in flight")
        self._in_flight.discard(job_id)
        if outcome == DONE:
            del self._jobs[job_id]
            self.done_count += 1
            return True
        if isinstance(outcome, RateLimited):
            self._pause(now, outcome.retry_after)
        else:
            self._limit_streak = 0
        deadline = self._deadline
        if deadline is not None and now >= deadline:
            return False  # that was its last poll: it stays pending, unscheduled
        if isinstance(outcome, RateLimited):
            due = self._paused_until  # the poll did not happen: its schedule stays where it was
        else:
            due = now + self._delay(self._jobs[job_id], now, outcome)
        self._push(job_id, due if deadline is None else min(due, deadline))
        return False

    def forget(self, job_id: str) -> None:
        """Stop watching a job whose poll is in flight and will not be taken (a batch's job the
        API no longer knows: a 404). It is neither done nor pending from now on."""
        if job_id not in self._in_flight:
            raise ValueError(f"job {job_id!r} has no poll in flight")
        self._in_flight.discard(job_id)
        del self._jobs[job_id]

    def _delay(self, job: _JobSchedule, now: float, outcome: PollOutcome) -> float:
        """The sleep before this job's next poll, as the single-job wait would take it."""
        retry_after: float | None = None
        if isinstance(outcome, Transient):
            if outcome.retry_after is not None:
                retry_after = min(outcome.retry_after, self._retry.max_retry_after)
            if job.failures < self._retry.max_retries:  # Core.call's retries of one poll
                job.failures += 1
                return self._retry.delay(job.failures - 1, retry_after, self._jitter())
        job.failures = 0  # a new poll: retries start afresh, the schedule moves on
        sleep = job.next_sleep(now, retry_after)
        assert sleep is not None  # on_result only asks before the deadline
        if retry_after is None and (self._deadline is None or now + sleep < self._deadline):
            sleep *= 1.0 - JITTER * self._jitter()
        return sleep

    def _pause(self, now: float, retry_after: float | None) -> None:
        if retry_after is None:  # no word from the server: back off, longer each time in a row
            pause = self._retry.delay(self._limit_streak, None, self._jitter())
        else:
            pause = min(retry_after, self._retry.max_retry_after)
        self._limit_streak += 1
        self._paused_until = max(self._paused_until, now + pause)

    def _push(self, job_id: str, due: float) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (due, self._seq, job_id))
