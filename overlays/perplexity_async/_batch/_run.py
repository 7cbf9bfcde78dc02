"""The batch: submit many questions, then collect them as they complete, resumably.

``Client.batch``/``AsyncClient.batch`` (and the ``perplexity-async batch`` command) run it:

0. INPUT, OUTPUT and the journal are checked (``_files``): none is another, folders exist, a
   non-empty OUTPUT without its journal is refused unless ``start_over``.
1. INPUT is validated whole (``_input``); nothing is sent on a bad line.
2. The journal (``_journal``, by default ``OUTPUT.journal``) is opened, locked for this process,
   and the items registered with their idempotency keys (a contradicting rerun stops here).
3. OUTPUT is rewritten from the journal (``_output``): a line torn by ``kill -9`` is gone.
4. Jobs the journal knows as submitted are watched at once; then each item not done is
   submitted, paced by ``SubmitPacer`` (adaptive by default: nothing held back until the
   server's first 429, then as its ``Retry-After`` says; ``submit_rate`` sets a ceiling), while
   ONE ``GroupPoll`` polls every job submitted. Each result goes to the journal, then to OUTPUT.

``BatchRun`` holds that policy without I/O: ``next_actions`` hands out tasks (each a flow sending
ONE request: the submit's 429 reaches the pacer, not the core's retry loop) and ``on_outcome``
takes their results; ``drive_sync`` and ``drive_async`` are the thin drivers (the async one does
the journal and file I/O in a worker thread, one call at a time, off the event loop).

Each item goes to its API (``BatchItem.api``): an Agent API background run (the default, built by
the core's ``_build_run``) or a Sonar async job (``build_create``, with the item's idempotency key).
Every item ends with a line. A failed submit goes by ``submit_verdict``: a 429 pauses (the
pacer), a transient failure of an idempotent submit (Sonar: the SAME idempotency key, so the
server makes no second job) is sent again after a capped backoff until the deadline, as is a run's
create that certainly never left; a per-item 4xx ends the item REJECTED, any other failure of a
run's create (a lost answer, a timeout, a 5xx: a run may exist, and nothing can look it up) ends it
UNKNOWN, never sent again unless ``resubmit_unknown``; 401/403/404/405 stop the batch, raised. A
create that certainly made nothing is put back to pending (``Journal.unsubmit``), and one is not
started unless its time fits before the deadline. A 404 on a poll ends the item LOST, once this
run has had an answer from that base URL (a wrong ``base_url`` 404s every job: the batch stops
then, ``NotFoundError``, nothing final); a run that stops at REQUIRES_ACTION is FAILED
(``from_job``). Every status is final: a rerun sends nothing for it. In a cancelled batch
(``record_cancel``) the items not yet submitted end CANCELLED. ``max_cost`` stops new submits
once the batch's cost (every run's, from the journal) plus the items in flight, each counted at
the dearest item seen (or ``cost_estimate``, as are UNKNOWN and LOST items), would pass it;
before any cost is known, one item at a time. Then ``BatchBudgetError``.
Memory holds the jobs running, never the batch: INPUT is read lazily, results stream to the
journal and OUTPUT.

Example::

    with pa.Client() as client:
        summary = client.batch("questions.txt", "answers.jsonl", timeout=6 * 3600)
    print(summary.counts)  # e.g. {'COMPLETED': 98, 'FAILED': 1, 'REJECTED': 1}
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import random
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .._call import AgentCreateArgs
from .._core._flows import FINAL_POLL_GRACE
from .._core._many import GroupPoll, run_concurrently
from .._core._pacing import SubmitPacer
from .._core._retry import requested_delay, submit_verdict, surely_created_nothing
from .._core._wait import PollSchedule
from .._errors import NotFoundError, PerplexityAsyncError, RateLimitError, WaitTimeoutError
from .._job import Job, parse_job
from .._sonar._options import create_body
from ._files import check_paths
from ._input import (
    DEFAULT_API,
    BatchInput,
    BatchItem,
    ItemApi,
    check_api,
    read_batch_input,
    run_options,
)
from ._journal import (
    LOST,
    UNKNOWN,
    BatchSummary,
    ItemResult,
    Journal,
    SqliteJournal,
    default_journal_path,
)
from ._output import OutputWriter, open_output

if TYPE_CHECKING:
    from .._core._flows import Core, Flow, Prepared

__all__ = [
    "BatchBudgetError",
    "BatchProgress",
    "BatchRun",
    "CostBudget",
    "batch_run",
    "drive_async",
    "drive_sync",
    "prepare",
]

log = logging.getLogger("perplexity_async")

JournalArg = str | os.PathLike[str] | Journal | None


class BatchBudgetError(PerplexityAsyncError):
    """The batch stopped at its budget: no new submit fits in ``max_cost`` (USD). ``spent``: the
    cost of the items done (every run); ``not_done``: items left. A rerun with a larger
    ``max_cost`` goes on from there; nothing is paid twice."""

    def __init__(self, *, max_cost: float, spent: float, not_done: int) -> None:
        super().__init__(
            f"the budget max_cost=${max_cost:.4f} is reached (spent ${spent:.4f}): "
            f"{not_done} item(s) not submitted; rerun with a larger max_cost to go on"
        )
        self.max_cost, self.spent, self.not_done = max_cost, spent, not_done


class CostBudget:
    """The spending policy of a batch, without I/O: may one more submit go out?

    Items that may have been paid without a reported cost (UNKNOWN, LOST: ``unpriced``) count
    like one in flight, at the dearest seen or the estimate.

    Example: ``CostBudget(1.0, spent=0.5, highest=0.2).allows(in_flight=1)`` is True (0.5 +
    2 x 0.2 <= 1.0); with ``in_flight=2`` it is False."""

    __slots__ = ("estimate", "highest", "max_cost", "spent", "unpriced")

    def __init__(
        self,
        max_cost: float | None,
        *,
        spent: float = 0.0,
        highest: float | None = None,
        estimate: float | None = None,
        unpriced: int = 0,
    ) -> None:
        for name, value in (("max_cost", max_cost), ("cost_estimate", estimate)):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"{name} must be a number of USD, got {type(value).__name__}")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number of USD >= 0, got {value!r}")
        self.max_cost = None if max_cost is None else float(max_cost)
        self.estimate = None if estimate is None else float(estimate)
        self.spent, self.highest, self.unpriced = spent, highest, unpriced

    def _price(self) -> float | None:
        """What an item of unknown cost counts for: the dearest seen, or the estimate if higher."""
        known = [cost for cost in (self.estimate, self.highest) if cost is not None]
        return max(known) if known else None

    @property
    def counted(self) -> float:
        """What the budget counts as spent: the costs reported, and each unpriced item."""
        return self.spent + self.unpriced * (self._price() or 0.0)

    @property
    def remaining(self) -> float | None:
        return None if self.max_cost is None else max(self.max_cost - self.counted, 0.0)

    def allows(self, in_flight: int) -> bool:
        """True when one more submit, with ``in_flight`` items not done, stays within budget:
        each counted at the dearest seen so far (or the estimate, if higher); with neither
        known, only one item at a time."""
        if self.max_cost is None:
            return True
        price = self._price()
        if price is None:
            return in_flight == 0 and self.spent < self.max_cost
        return self.counted + (in_flight + 1) * price <= self.max_cost

    def on_cost(self, cost: float | None, *, maybe_paid: bool = False) -> None:
        """A done item's cost; ``maybe_paid``: none reported, yet it may have been paid."""
        if cost is None and maybe_paid:
            self.unpriced += 1
        if cost is not None:
            self.spent += cost
            self.highest = cost if self.highest is None else max(self.highest, cost)


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """Where a running batch stands, passed to ``on_progress`` after each change. ``counts``:
    items per state not done (``pending``, ``submitting``, ``submitted``) and per status of the
    done ones (``STATUSES``); ``done_now``: items done by this run (for an ETA); ``cost`` in USD
    so far (every run); ``elapsed`` seconds of this run; ``budget``: the ``max_cost`` (None:
    none), ``remaining`` what is left of it."""

    total: int
    done: int
    counts: dict[str, int]
    cost: float
    elapsed: float
    done_now: int
    budget: float | None = None
    remaining: float | None = None

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
    input: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    journal: JournalArg,
    model: str | None,
    api: ItemApi = DEFAULT_API,
    start_over: bool = False,
    resubmit_unknown: bool = False,
) -> Iterator[tuple[BatchInput, Journal, OutputWriter]]:
    """Steps 0 to 3: the paths checked, the validated INPUT, the journal (registered; closed on
    exit unless it was given open) and OUTPUT rewritten from it, open for appending."""
    given, path = None, None
    if journal is None or isinstance(journal, str | os.PathLike):
        path = Path(journal or default_journal_path(out))
    else:
        given = journal
    target = check_paths(input, out, path, start_over=start_over)
    items = read_batch_input(input, api=api, model=model)
    if path is not None:
        with SqliteJournal.open(path) as opened:
            yield from _registered(items, opened, target, resubmit_unknown)
    else:
        assert given is not None
        yield from _registered(items, given, target, resubmit_unknown)


def _registered(
    items: BatchInput, journal: Journal, out: Path, resubmit_unknown: bool
) -> Iterator[tuple[BatchInput, Journal, OutputWriter]]:
    journal.register(items)
    if resubmit_unknown:
        journal.resubmit_unknown()
    with open_output(out, journal.results()) as output:
        yield items, journal, output


@contextlib.contextmanager
def batch_run(
    core: Core,
    input: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    journal: JournalArg,
    model: str | None,
    submit_rate: float | None,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    max_in_flight: int,
    on_progress: Callable[[BatchProgress], object] | None,
    prepared: Prepared,
    max_cost: float | None = None,
    cost_estimate: float | None = None,
    start_over: bool = False,
    resubmit_unknown: bool = False,
    api: ItemApi = DEFAULT_API,
) -> Iterator[BatchRun]:
    """A ``BatchRun`` ready to drive: every option checked first, then ``prepare``."""
    pacer = SubmitPacer(submit_rate=submit_rate)
    budget = CostBudget(max_cost, estimate=cost_estimate)
    check_api(api)
    for name, flag in (("start_over", start_over), ("resubmit_unknown", resubmit_unknown)):
        if not isinstance(flag, bool):
            raise TypeError(f"{name} must be a bool, got {type(flag).__name__}")
    PollSchedule(  # the options' own checks, before any file is touched
        timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, start=0
    )
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int) or max_in_flight < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {max_in_flight!r}")
    if on_progress is not None and not callable(on_progress):
        raise TypeError(f"on_progress must be callable, got {type(on_progress).__name__}")
    with prepare(
        input,
        out,
        journal=journal,
        model=model,
        api=api,
        start_over=start_over,
        resubmit_unknown=resubmit_unknown,
    ) as (items, opened, output):
        run = BatchRun(
            core,
            items,
            opened,
            output,
            pacer=pacer,
            budget=budget,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            max_in_flight=max_in_flight,
            on_progress=on_progress,
            prepared=prepared,
        )
        try:
            yield run
        finally:
            run.close()


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
        budget: CostBudget | None = None,
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
        self._timeout = timeout
        self._on_progress = on_progress
        self._key_of: dict[str, str] = {}  # job id -> item key, for the jobs running
        self._todo = iter(items)  # re-read lazily: the items to submit, in input order
        self._item: BatchItem | None = None  # the next one to submit
        self._exhausted = False  # every item of INPUT has been read
        self._item_state = ""
        self._submitting = False
        # A 404 on a poll means LOST only from a base URL that answered for this batch in this
        # run (a wrong --base-url 404s every job): until one has, such jobs wait here.
        self._served = False
        self._unconfirmed: list[tuple[str, NotFoundError]] = []
        summary = journal.summary(max_keys=0)
        self._total, self._done = summary.total, summary.done
        self._spend = budget = budget or CostBudget(None)
        budget.spent, budget.highest = summary.cost, summary.highest_cost
        budget.unpriced = sum(summary.counts.get(status, 0) for status in _MAYBE_PAID)
        self._counts = dict(summary.counts)
        self._done_now = 0
        for item in items:  # jobs a crashed run submitted: watched at once, never POSTed
            state = journal.get(item.key)
            if state is not None and state.state == "submitted" and state.job_id is not None:
                self._watch(item.key, state.job_id)
        self._changed()  # where it starts (a resumed batch: part done already)

    def close(self) -> None:
        """Close INPUT, which the items to submit are read from lazily (a run stopped early
        would leave it to the garbage collector)."""
        close = getattr(self._todo, "close", None)
        if close is not None:
            close()

    def summary(self) -> BatchSummary:
        """Where the batch stands, from the journal."""
        return self._journal.summary()

    @property
    def finished(self) -> bool:
        return (
            self._peek() is None
            and not self._submitting
            and self._poll.finished
            and not self._unconfirmed
        )

    @property
    def unconfirmed(self) -> bool:
        """Jobs that got a 404 before this base URL answered for the batch: the next answer
        turns them LOST (journal and OUTPUT I/O)."""
        return bool(self._unconfirmed)

    def progress(self) -> BatchProgress:
        return BatchProgress(
            total=self._total,
            done=self._done,
            counts=dict(self._counts),
            cost=self._spend.spent,
            elapsed=self._core._clock() - self._start,
            done_now=self._done_now,
            budget=self._spend.max_cost,
            remaining=self._spend.remaining,
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
                self._exhausted = True
                return None
            state = self._journal.get(item.key)
            if state is None or state.state not in ("pending", "submitting"):
                continue
            if state.state == "pending" and self._journal.cancelled():
                self._finish(item.key, ItemResult.cancelled(), "pending")  # --cancel: not sent
                continue
            if state.state == "submitting" and not _idempotent(item):
                # a run cut off mid-POST of a create that is not idempotent: a job may exist
                why = "the submit was cut off (a crash?): a job may exist; not sent again"
                self._finish(item.key, ItemResult.unknown(why), "submitting")
                continue
            self._item, self._item_state = item, state.state
        return self._item

    @property
    def may_touch_disk(self) -> bool:
        """Whether ``next_actions`` may read INPUT or the journal now (to peek the next item or
        begin its submit); otherwise it only schedules polls, in memory."""
        return not self._submitting and not self._exhausted

    def timeout_error(self, now: float) -> WaitTimeoutError:
        """The deadline's error: ``pending_ids`` are the jobs running (items not submitted yet
        are in the journal). With none running, its message is the batch's own."""
        error = self._poll.timeout_error(now)
        if not error.pending_ids:  # not "job '' not done": what is left is items never sent
            error.args = (
                f"the batch's timeout={error.timeout:g} s passed (waited {error.elapsed:.2f} s) "
                f"with {self._total - self._done} item(s) not done, none in flight: they were "
                "not submitted; rerun the same batch to resume (nothing done is sent again)",
            )
        return error

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
        if self._unconfirmed and item is None and not self._submitting and self._poll.finished:
            # nothing left that could show this base URL serves the batch: stop, nothing final
            raise self._unconfirmed[0][1]
        if item is not None and late:
            if self._poll.finished:
                raise self.timeout_error(now)  # items left that the deadline kept from a POST
        elif item is not None and not _idempotent(item) and not self._create_fits(now):
            if self._poll.finished:  # a run's create cut short would end UNKNOWN: left pending
                raise self.timeout_error(now)
        elif item is not None and not self._spend.allows(len(self._key_of)):
            if self._poll.finished:  # nothing will free any budget: stop here
                raise BatchBudgetError(
                    max_cost=self._spend.max_cost or 0.0,
                    spent=self._spend.counted,
                    not_done=self._total - self._done,
                )
        elif item is not None:
            at = self._pacer.next_submit_at(now)
            if at <= now:
                tasks.append(self._submit(item, now))
            else:  # never sleep past the deadline, whatever the server asked
                wake = at - now if deadline is None else max(min(at, deadline) - now, 0.0)
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
        key = self._journal.begin_submit(item.key, item=item)
        if self._item_state == "pending":
            self._move("pending", "submitting")
            self._item_state = "submitting"
        if item.api == "sonar":
            assert item.model is not None  # a Sonar item's model is resolved
            body = create_body(
                item.question, model=item.model, idempotency_key=key, options=item.options
            )
            request = self._core.build_create(body, self._prepared)
        else:  # a run: no idempotency key to send (the journal's goes unused)
            create = AgentCreateArgs(run_options(item))
            request = self._core._build_run(item.question, create, self._prepared)
        self._pacer.on_submitted(now)
        self._submitting = True
        submit = self._core.send_once(request, None, parse_job, self._budget())
        return Task("submit", item.key, submit)

    def _create_fits(self, now: float) -> bool:
        """Whether a create that is not idempotent has its time before the deadline: its
        request timeout, or half the batch's ``timeout`` when that is shorter. Cut short, it
        would end UNKNOWN (a run may exist); not started, its item stays pending."""
        if self._deadline is None or self._timeout is None:
            return True
        need = self._timeout / 2
        if self._prepared.total is not None:
            need = min(need, self._prepared.total)
        return now + need <= self._deadline

    def _budget(self) -> float | None:
        """A submit's time: its total timeout, and never past the deadline's grace."""
        budget = self._prepared.total
        if self._deadline is not None:
            left = max(self._deadline + FINAL_POLL_GRACE - self._core._clock(), 0.001)
            budget = left if budget is None else min(budget, left)
        return budget

    def on_outcome(self, task: Task, outcome: Job | PerplexityAsyncError) -> None:
        """Take a task's result: journal first, then OUTPUT, then progress."""
        if isinstance(outcome, Job):
            self._confirmed()
        if task.kind == "poll":
            if isinstance(outcome, NotFoundError) and isinstance(outcome.body, dict):
                # the API no longer knows the job (an HTML 404, not the API's, stops the batch)
                self._poll.forget(task.key)
                self._unconfirmed.append((task.key, outcome))
                if self._served:
                    self._confirmed()
                return
            job = self._poll.result(task.key, outcome)
            if job is not None:
                self._finish(self._key_of.pop(job.id), ItemResult.from_job(job), "submitted")
            return
        self._submitting = False
        now = self._core._clock()
        if isinstance(outcome, Job):
            self._journal.submitted(task.key, outcome.id)
            self._pacer.on_accepted()
            self._move("submitting", "submitted")
            self._item = None
            self._watch(task.key, outcome.id)
            self._changed()
            return
        assert self._item is not None and self._item.key == task.key
        verdict = submit_verdict(outcome, idempotent=_idempotent(self._item))
        if verdict in ("pause", "retry", "stop") and surely_created_nothing(outcome):
            # certainly nothing made: pending again, so no rerun takes it for a cut-off create
            self._journal.unsubmit(task.key)
            self._move("submitting", "pending")
            self._item_state = "pending"
        if verdict == "pause":  # the same item, the same key, once the pause is over
            assert isinstance(outcome, RateLimitError)
            self._pacer.on_rate_limited(now, outcome.retry_after)
        elif verdict == "retry":
            at = self._pacer.on_failed(now, requested_delay(outcome), random.random())
            log.warning("submit of %r failed, sent again in %.1fs: %s", task.key, at - now, outcome)
        elif verdict in ("rejected", "unknown"):
            self._pacer.on_accepted()
            self._item = None
            result = (ItemResult.rejected if verdict == "rejected" else ItemResult.unknown)(
                str(outcome)
            )
            self._finish(task.key, result, "submitting")
        else:
            raise outcome

    def _confirmed(self) -> None:
        """This base URL answers for the batch: its 404s are the API's word, the jobs LOST."""
        self._served = True
        while self._unconfirmed:
            job_id, error = self._unconfirmed.pop()
            self._finish(self._key_of.pop(job_id), ItemResult.lost(job_id, str(error)), "submitted")

    def _finish(self, key: str, result: ItemResult, was: str) -> None:
        self._journal.done(key, result)
        self._output.write(key, result)
        self._move(was, result.status)
        self._done += 1
        self._done_now += 1
        self._spend.on_cost(result.cost, maybe_paid=result.status in _MAYBE_PAID)
        self._changed()


_MAYBE_PAID = (UNKNOWN, LOST)  # no cost reported, yet a job may have run (and been paid)


def _idempotent(item: BatchItem) -> bool:
    """A Sonar create carries the item's idempotency key: sending it again makes no second job.
    A run's create has none: only what certainly created nothing is sent again."""
    return item.api == "sonar"


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
    as tasks. The run's own steps (the journal's sqlite, OUTPUT's writes) go to a worker thread,
    one at a time and awaited, so the event loop never blocks on a disk and the order holds: an
    item's ``submitting`` row is committed before its POST is sent. Whatever ends it cancels
    the requests still out."""

    async def step() -> tuple[list[tuple[Task, Flow[Any]]], float | None]:
        if run.may_touch_disk:
            tasks, wait = await asyncio.to_thread(run.next_actions)
        else:  # polls only: no thread hop
            tasks, wait = run.next_actions()
        return [(task, task.flow) for task in tasks], wait

    results = run_concurrently(step, lambda: run.finished, send, sleep)
    async with contextlib.aclosing(results):
        async for task, outcome in results:
            if (
                task.kind == "poll"
                and isinstance(outcome, Job)
                and not outcome.is_done
                and not run.unconfirmed
            ):
                run.on_outcome(task, outcome)  # still running: no I/O, no thread hop
            else:
                await asyncio.to_thread(run.on_outcome, task, outcome)


# Exported as perplexity_async.*: tracebacks, reprs and pickle name them there.
BatchProgress.__module__ = BatchBudgetError.__module__ = "perplexity_async"
