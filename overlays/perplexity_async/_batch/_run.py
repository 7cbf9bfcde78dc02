"""The batch: submit many questions, then collect them as they complete, resumably.

``Client.batch``/``AsyncClient.batch`` (and the ``perplexity-async batch`` command) run it:

1. INPUT is validated whole (``_batch_input``); nothing is sent on a bad line.
2. The journal (``_journal``, by default ``OUTPUT.journal``) is opened, locked for this process,
   and the items registered with their idempotency keys (a contradicting rerun stops here).
3. OUTPUT is rewritten from the journal (``_batch_output``): a line torn by ``kill -9`` is gone.
4. Jobs the journal knows as submitted are watched at once; then each item not done is
   submitted, paced by ``SubmitPacer`` (adaptive by default: nothing held back until the
   server's first 429, then as its ``Retry-After`` says; ``submit_rate`` sets a ceiling), while
   ONE ``GroupPoll`` polls every job submitted. Each result goes to the journal, then to OUTPUT.

``BatchRun`` holds that policy without I/O: ``next_actions`` hands out tasks (each a flow sending
ONE request: the submit's 429 reaches the pacer, not the core's retry loop) and ``on_outcome``
takes their results; ``drive_sync`` and ``drive_async`` are the thin drivers. A submit refused
with 429, or failing transiently, is POSTed again with the SAME idempotency key, so the server
makes no second job; a 422 gives the item a line with the error and the batch goes on; any other
error (401, 403...) stops the batch, raised. Memory holds the jobs running, never the batch:
INPUT is read lazily, results stream to the journal and OUTPUT.

Example::

    with pa.Client() as client:
        summary = client.batch("questions.txt", "answers.jsonl", timeout=6 * 3600)
    print(summary.counts)  # e.g. {'COMPLETED': 98, 'FAILED': 1, 'REJECTED': 1}
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .._core._flows import FINAL_POLL_GRACE
from .._core._many import GroupPoll, run_concurrently
from .._core._pacing import SubmitPacer
from .._core._retry import is_transient, requested_delay
from .._core._wait import PollSchedule
from .._errors import (
    PerplexityAsyncError,
    RateLimitError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from .._job import Job, parse_job
from .._sonar._options import create_body
from ._input import BatchInput, BatchItem, read_batch_input
from ._journal import BatchSummary, ItemResult, Journal, SqliteJournal, default_journal_path
from ._output import OutputWriter, open_output

if TYPE_CHECKING:
    from .._core._flows import Core, Flow, Prepared

__all__ = ["BatchProgress", "BatchRun", "batch_run", "drive_async", "drive_sync", "prepare"]

JournalArg = str | os.PathLike[str] | Journal | None


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """Where a running batch stands, passed to ``on_progress`` after each change. ``counts``:
    items per state not done (``pending``, ``submitting``, ``submitted``) and per status of the
    done ones (``COMPLETED``, ``FAILED``, ``REJECTED``); ``done_now``: items done by this run
    (for an ETA); ``cost`` in USD so far; ``elapsed`` seconds of this run."""

    total: int
    done: int
    counts: dict[str, int]
    cost: float
    elapsed: float
    done_now: int

    @property
    def eta(self) -> float | None:
        """Seconds left at this run's pace so far (None until an item is done)."""
        if self.done_now == 0 or self.elapsed <= 0:
            return None
        return (self.total - self.done) * self.elapsed / self.done_now


class Task(NamedTuple):
    """A request to send: ``kind`` submit (``key``: the item's) or poll (``key``: the job id)."""

    kind: Literal["submit", "poll"]
    key: str
    flow: Flow[Any]


@contextlib.contextmanager
def prepare(
    input: str | os.PathLike[str], out: str | os.PathLike[str], *, journal: JournalArg, model: str
) -> Iterator[tuple[BatchInput, Journal, OutputWriter]]:
    """Steps 1 to 3: the validated INPUT, the journal (registered; closed on exit unless it was
    given open) and OUTPUT rewritten from it, open for appending."""
    items = read_batch_input(input, model=model)
    if journal is None or isinstance(journal, str | os.PathLike):
        with SqliteJournal.open(journal or default_journal_path(out)) as opened:
            yield from _registered(items, opened, out)
    else:
        yield from _registered(items, journal, out)


def _registered(
    items: BatchInput, journal: Journal, out: str | os.PathLike[str]
) -> Iterator[tuple[BatchInput, Journal, OutputWriter]]:
    journal.register(items)
    with open_output(out, journal.results()) as output:
        yield items, journal, output


@contextlib.contextmanager
def batch_run(
    core: Core,
    input: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    journal: JournalArg,
    model: str,
    submit_rate: float | None,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    max_in_flight: int,
    on_progress: Callable[[BatchProgress], object] | None,
    prepared: Prepared,
) -> Iterator[BatchRun]:
    """A ``BatchRun`` ready to drive: every option checked first, then ``prepare``."""
    pacer = SubmitPacer(submit_rate=submit_rate)
    PollSchedule(  # the options' own checks, before any file is touched
        timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, start=0
    )
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int) or max_in_flight < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {max_in_flight!r}")
    if on_progress is not None and not callable(on_progress):
        raise TypeError(f"on_progress must be callable, got {type(on_progress).__name__}")
    with prepare(input, out, journal=journal, model=model) as (items, opened, output):
        yield BatchRun(
            core,
            items,
            opened,
            output,
            pacer=pacer,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=max_in_flight,
            on_progress=on_progress,
            prepared=prepared,
        )


class BatchRun:
    """One run of a batch over a prepared INPUT, journal and OUTPUT (see the module docstring)."""

    def __init__(
        self,
        core: Core,
        items: BatchInput,
        journal: Journal,
        output: OutputWriter,
        *,
        pacer: SubmitPacer,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        max_in_flight: int,
        on_progress: Callable[[BatchProgress], object] | None,
        prepared: Prepared,
    ) -> None:
        self._core, self._journal, self._output = core, journal, output
        self._prepared = prepared  # the escape hatches, on every submit and poll
        self._pacer = pacer
        self._poll = GroupPoll(
            core,
            [],
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=max_in_flight,
            prepared=prepared,
        )
        self._start = core._clock()
        self._deadline = None if timeout is None else self._start + timeout
        self._on_progress = on_progress
        self._key_of: dict[str, str] = {}  # job id -> item key, for the jobs running
        self._todo = iter(items)  # re-read lazily: the items to submit, in input order
        self._item: BatchItem | None = None  # the next one to submit
        self._item_state = ""
        self._submitting = False
        self._failures = 0  # transient failures of the current item's submit
        self._retry_at = -math.inf
        summary = journal.summary(max_keys=0)
        self._total, self._done, self._cost = summary.total, summary.done, summary.cost
        self._counts = dict(summary.counts)
        self._done_now = 0
        for item in items:  # jobs a crashed run submitted: watched at once, never POSTed
            state = journal.get(item.key)
            if state is not None and state.state == "submitted" and state.job_id is not None:
                self._watch(item.key, state.job_id)
        self._changed()  # where it starts (a resumed batch: part done already)

    def summary(self) -> BatchSummary:
        """Where the batch stands, from the journal."""
        return self._journal.summary()

    @property
    def finished(self) -> bool:
        return self._peek() is None and not self._submitting and self._poll.finished

    def progress(self) -> BatchProgress:
        return BatchProgress(
            total=self._total,
            done=self._done,
            counts=dict(self._counts),
            cost=self._cost,
            elapsed=self._core._clock() - self._start,
            done_now=self._done_now,
        )

    def _changed(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.progress())

    def _move(self, was: str, now: str) -> None:
        self._counts[was] = self._counts.get(was, 0) - 1
        if not self._counts[was]:
            del self._counts[was]
        self._counts[now] = self._counts.get(now, 0) + 1

    def _watch(self, key: str, job_id: str) -> None:
        self._key_of[job_id] = key
        self._poll.add([job_id])

    def _peek(self) -> BatchItem | None:
        """The next item to submit (pending, or submitting when a run died mid-POST)."""
        while self._item is None:
            item = next(self._todo, None)
            if item is None:
                return None
            state = self._journal.get(item.key)
            if state is not None and state.state in ("pending", "submitting"):
                self._item, self._item_state = item, state.state
        return self._item

    def timeout_error(self, now: float) -> WaitTimeoutError:
        """The deadline's error: ``pending_ids`` are the jobs running (items not submitted yet
        are in the journal)."""
        return self._poll.timeout_error(now)

    def next_actions(self) -> tuple[list[Task], float | None]:
        """The requests to send now, and the seconds until this should be asked again (None:
        when a request in flight answers). WaitTimeoutError at the batch's deadline."""
        now = self._core._clock()
        deadline = self._deadline
        late = deadline is not None and now >= deadline
        if late and (deadline is not None and now >= deadline + FINAL_POLL_GRACE):
            raise self.timeout_error(now)
        tasks: list[Task] = []
        wake: float | None = None
        item = None if self._submitting else self._peek()
        if item is not None and late:
            if self._poll.finished:
                raise self.timeout_error(now)  # items left that the deadline kept from a POST
        elif item is not None:
            at = max(self._pacer.next_submit_at(now), self._retry_at)
            if at <= now:
                tasks.append(self._submit(item, now))
            else:
                wake = at - now
        if not self._poll.finished:
            try:
                polls, sleep = self._poll.next()
            except WaitTimeoutError:
                raise self.timeout_error(now) from None
            tasks += [Task("poll", job_id, self._poll.poll(job_id)) for job_id in polls]
            if sleep is not None:
                wake = sleep if wake is None else min(wake, sleep)
        return tasks, wake

    def _submit(self, item: BatchItem, now: float) -> Task:
        key = self._journal.begin_submit(item.key)
        if self._item_state == "pending":
            self._move("pending", "submitting")
            self._item_state = "submitting"
        body = create_body(
            item.question, model=item.model, idempotency_key=key, options=item.options
        )
        request = self._core.build_create(body, self._prepared)
        self._pacer.on_submitted(now)
        self._submitting = True
        submit = self._core.send_once(request, None, parse_job, self._budget())
        return Task("submit", item.key, submit)

    def _budget(self) -> float | None:
        """A submit's time: its total timeout, and never past the deadline's grace."""
        budget = self._prepared.total
        if self._deadline is not None:
            left = max(self._deadline + FINAL_POLL_GRACE - self._core._clock(), 0.001)
            budget = left if budget is None else min(budget, left)
        return budget

    def on_outcome(self, task: Task, outcome: Job | PerplexityAsyncError) -> None:
        """Take a task's result: journal first, then OUTPUT, then progress."""
        if task.kind == "poll":
            job = self._poll.result(task.key, outcome)
            if job is not None:
                self._finish(self._key_of.pop(job.id), ItemResult.from_job(job), "submitted")
            return
        self._submitting = False
        now = self._core._clock()
        if isinstance(outcome, Job):
            self._journal.submitted(task.key, outcome.id)
            self._move("submitting", "submitted")
            self._item, self._failures = None, 0
            self._watch(task.key, outcome.id)
            self._changed()
        elif isinstance(outcome, RateLimitError):
            self._pacer.on_rate_limited(now, outcome.retry_after)  # the same item, the same key
        elif isinstance(outcome, UnprocessableEntityError):
            self._item, self._failures = None, 0
            self._finish(task.key, ItemResult.rejected(str(outcome)), "submitting")
        elif is_transient(outcome) and self._failures < self._prepared.retry.max_retries:
            self._failures += 1
            delay = self._prepared.retry.delay(self._failures - 1, requested_delay(outcome), 0.5)
            self._retry_at = now + delay
        else:
            raise outcome

    def _finish(self, key: str, result: ItemResult, was: str) -> None:
        self._journal.done(key, result)
        self._output.write(key, result)
        self._move(was, result.status)
        self._done += 1
        self._done_now += 1
        if result.cost is not None:
            self._cost += result.cost
        self._changed()


def drive_sync(
    run: BatchRun, send: Callable[[Flow[Any]], Any], sleep: Callable[[float], None]
) -> None:
    """Run the batch with blocking calls, one request at a time."""
    while not run.finished:
        tasks, wait = run.next_actions()
        for task in tasks:
            run.on_outcome(task, send(task.flow))
        if not tasks:
            assert wait is not None, "a batch with nothing in flight has a next time"
            sleep(wait)


async def drive_async(
    run: BatchRun,
    send: Callable[[Flow[Any]], Awaitable[Any]],
    sleep: Callable[[float], Awaitable[None]],
) -> None:
    """Run the batch with asyncio: polls (up to the run's ``max_in_flight``) and the one submit
    as tasks. Whatever ends it cancels the requests still out."""

    def step() -> tuple[list[tuple[Task, Flow[Any]]], float | None]:
        tasks, wait = run.next_actions()
        return [(task, task.flow) for task in tasks], wait

    results = run_concurrently(step, lambda: run.finished, send, sleep)
    async with contextlib.aclosing(results):
        async for task, outcome in results:
            run.on_outcome(task, outcome)


# Exported as perplexity_async.BatchProgress: tracebacks, reprs and pickle name it there.
BatchProgress.__module__ = "perplexity_async"
