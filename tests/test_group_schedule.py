"""The group poll scheduler (_group.GroupSchedule), in virtual time: no sockets, no sleeps.

``simulate`` is a tiny event loop standing in for the clients: each GET takes ``rtt`` seconds and
sees the job's state on the server at its midpoint; at most ``max_in_flight`` are out at once.
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perplexity_async._core import _group
from perplexity_async._core._group import (
    DONE,
    PENDING,
    GroupSchedule,
    NextActions,
    PollOutcome,
    RateLimited,
    Transient,
    poll_outcome,
)
from perplexity_async._core._retry import RetryPolicy
from perplexity_async._errors import (
    APIConnectionError,
    APIStatusError,
    NotFoundError,
    RateLimitError,
)
from perplexity_async._job import parse_job

ZERO = lambda: 0.0  # noqa: E731 (no jitter: the plain schedule)


def group(ids: list[str], **options: object) -> GroupSchedule:
    options.setdefault("now", 0.0)
    options.setdefault("jitter", ZERO)
    options.setdefault("timeout", None)
    return GroupSchedule(ids, **options)  # type: ignore[arg-type]


def poll_times(g: GroupSchedule, job_id: str, until: float) -> list[float]:
    """Drive one always-pending job with instant answers; the times it is polled."""
    times, now = [], 0.0
    while not g.expired(now):
        polls, wake = g.next_actions(now)
        if polls:
            times.append(round(now, 6))
            g.on_result(job_id, now, PENDING)
        elif wake is None or wake > until:
            break
        else:
            now = wake
    return times


# -- one job: the single-job wait's schedule --------------------------------------------------


def test_one_job_polls_like_the_single_wait_and_the_last_poll_lands_on_the_deadline() -> None:
    g = group(["a"], timeout=10, poll_interval=1, max_poll_interval=4)
    assert poll_times(g, "a", 100) == [0, 1, 2.5, 4.75, 8.125, 10]
    assert g.expired(10.0) and g.pending_ids == ["a"] and not g.finished


def test_jitter_shortens_sleeps_by_at_most_a_fifth_and_never_moves_the_deadline_poll() -> None:
    g = group(["a"], timeout=10, poll_interval=1, max_poll_interval=4, jitter=lambda: 0.999999)
    times = poll_times(g, "a", 100)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps[:3] == pytest.approx([0.8, 1.2, 1.8], abs=1e-4)  # 1, 1.5, 2.25 less 20%
    assert times[-1] == 10


def test_no_timeout_never_expires() -> None:
    g = group(["a"], poll_interval=1, max_poll_interval=2)
    assert poll_times(g, "a", 10) == [0, 1, 2.5, 4.5, 6.5, 8.5]
    assert not g.expired(1e12)


# -- many jobs ---------------------------------------------------------------------------------


def test_max_in_flight_bounds_the_polls_handed_out() -> None:
    g = group([f"j{i}" for i in range(5)], max_in_flight=2)
    assert g.next_actions(0.0) == NextActions(["j0", "j1"], None)  # input order, 2 slots
    assert g.next_actions(0.0) == NextActions([], None) and g.in_flight == 2
    assert not g.on_result("j1", 0.1, PENDING)
    assert g.next_actions(0.1) == NextActions(["j2"], None)


def test_done_jobs_are_reported_once_in_completion_order_failed_included() -> None:
    g = group(["a", "b", "c"], max_in_flight=3)
    assert g.next_actions(0.0).polls == ["a", "b", "c"]
    order = [j for j, o in [("c", DONE), ("a", PENDING), ("b", DONE)] if g.on_result(j, 0.1, o)]
    assert order == ["c", "b"] and g.done_count == 2 and g.pending_ids == ["a"]
    assert g.next_actions(0.1) == NextActions([], 1.1)
    assert g.next_actions(1.1).polls == ["a"] and g.on_result("a", 1.2, DONE)
    assert g.finished and g.pending_ids == [] and not g.expired(1e9)
    assert g.next_actions(2.0) == NextActions([], None)


def test_duplicates_are_polled_once_and_add_joins_later_jobs_polled_at_once() -> None:
    g = group(["a", "a", "b"], max_in_flight=10)
    assert g.pending_ids == ["a", "b"]
    assert g.add(["b", "c", "c"], 5.0) == 1
    assert g.next_actions(5.0).polls == ["a", "b", "c"]


def test_ids_are_checked_before_any_is_added() -> None:
    g = group(["a"])
    with pytest.raises(TypeError, match="request_id must be a str"):
        g.add(["b", 3], 0.0)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="must be a job id"):
        g.add(["b", ".."], 0.0)
    assert g.pending_ids == ["a"]


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"max_in_flight": 0}, ValueError, "max_in_flight must be >= 1"),
        ({"max_in_flight": True}, TypeError, "max_in_flight must be an int"),
        ({"max_in_flight": 1.5}, TypeError, "max_in_flight must be an int"),
        ({"timeout": -1}, ValueError, "timeout"),
        ({"poll_interval": 0}, ValueError, "poll_interval"),
        ({"poll_interval": 2, "max_poll_interval": 1}, ValueError, "max_poll_interval"),
    ],
)
def test_bad_options_fail_clearly(options: dict[str, object], error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        group(["a"], **options)


def test_a_result_for_a_job_not_in_flight_or_an_unknown_outcome_is_refused() -> None:
    g = group(["a"])
    with pytest.raises(ValueError, match="no poll in flight"):
        g.on_result("a", 0.0, PENDING)
    g.next_actions(0.0)
    with pytest.raises(TypeError, match="outcome must be"):
        g.on_result("a", 0.0, "COMPLETED")  # type: ignore[arg-type]
    assert g.in_flight == 1  # nothing changed: the right outcome is still taken
    assert g.on_result("a", 0.0, DONE)


# -- failures ----------------------------------------------------------------------------------


def test_transient_failures_back_off_like_core_call_then_the_schedule_moves_on() -> None:
    retry = RetryPolicy(max_retries=2, initial_delay=0.5, max_delay=8)
    g = group(["a"], poll_interval=1, max_poll_interval=15, retry=retry)
    now, times = 0.0, []
    for outcome in [Transient(), Transient(), Transient(), PENDING, Transient()]:
        polls, wake = g.next_actions(now)
        if not polls:
            assert wake is not None
            now = wake
            polls = g.next_actions(now).polls
        times.append(now)
        g.on_result(polls[0], now, outcome)
    # 0; retries after 0.5 and 1; then the schedule's 1 s; then 1.5 s; then a fresh retry 0.5 s
    assert times == [0, 0.5, 1.5, 2.5, 4.0]
    assert g.next_actions(4.0).wake_at == 4.5


def test_a_transient_retry_after_is_honoured_and_capped() -> None:
    g = group(["a"], retry=RetryPolicy(max_retries=0, max_retry_after=60))
    g.next_actions(0.0)
    g.on_result("a", 0.0, Transient(retry_after=7.0))
    assert g.next_actions(0.0).wake_at == 7.0
    g.next_actions(7.0)
    g.on_result("a", 7.0, Transient(retry_after=3600.0))
    assert g.next_actions(7.0).wake_at == 67.0


def test_a_429_pauses_the_whole_group_and_the_job_keeps_its_place_in_its_schedule() -> None:
    g = group(["a", "b", "c"], max_in_flight=2)
    assert g.next_actions(0.0).polls == ["a", "b"]
    g.on_result("a", 0.1, RateLimited(retry_after=30.0))
    assert g.next_actions(0.1) == NextActions([], 30.1)  # c is due, but the group is paused
    g.on_result("b", 0.2, RateLimited(retry_after=5.0))  # a shorter word never shortens it
    assert g.next_actions(29.0) == NextActions([], 30.1)
    assert g.next_actions(30.1).polls == ["c", "a"]  # c was due first; b goes back at 30.1 too
    g.on_result("a", 30.2, PENDING)
    assert g.next_actions(30.2).polls == ["b"]
    g.on_result("c", 30.3, PENDING)
    g.on_result("b", 30.3, PENDING)
    assert g.next_actions(30.3).wake_at == pytest.approx(31.2)  # a's first 1 s: unchanged


def test_a_429_without_retry_after_backs_off_the_group_longer_each_time_in_a_row() -> None:
    g = group(["a"], retry=RetryPolicy(initial_delay=0.5, max_delay=8))
    pauses, now = [], 0.0
    for _ in range(6):
        polls, wake = g.next_actions(now)
        if not polls:
            now = wake  # type: ignore[assignment]
            polls = g.next_actions(now).polls
        g.on_result("a", now, RateLimited())
        pauses.append(g.next_actions(now).wake_at - now)  # type: ignore[operator]
    assert pauses == [0.5, 1, 2, 4, 8, 8]
    g.next_actions(now + 8)
    g.on_result("a", now + 8, PENDING)  # a real answer ends the run
    g.next_actions(now + 9)
    g.on_result("a", now + 9, RateLimited())
    assert g.next_actions(now + 9).wake_at == now + 9.5


def test_a_pause_spanning_the_deadline_expires_the_group_at_the_deadline() -> None:
    g = group(["a", "b"], timeout=10, max_in_flight=2)
    g.next_actions(0.0)
    g.on_result("a", 1.0, RateLimited(retry_after=50.0))
    assert not g.expired(10.0)  # b is still in flight
    assert g.next_actions(5.0) == NextActions([], 10.0)
    g.on_result("b", 10.5, PENDING)  # answered after the deadline: not rescheduled
    assert g.next_actions(10.5) == NextActions([], None)
    assert g.expired(10.5) and g.pending_ids == ["a", "b"]


def test_at_the_deadline_every_pending_job_gets_its_last_poll_then_expires() -> None:
    g = group(["a", "b", "c"], timeout=5, max_in_flight=1, poll_interval=4, max_poll_interval=4)
    for job_id, t in [("a", 0.1), ("b", 0.2), ("c", 0.3)]:
        assert g.next_actions(t).polls == [job_id]
        g.on_result(job_id, t, PENDING)  # next ones due at 4.1, 4.2, 4.3
    for job_id, t in [("a", 4.1), ("b", 4.2), ("c", 4.3)]:
        assert g.next_actions(t).polls == [job_id]
        g.on_result(job_id, t, PENDING)  # clipped: due at 5
    assert g.next_actions(4.9) == NextActions([], 5.0) and not g.expired(4.9)
    done = []
    for job_id, t in [("a", 5.0), ("b", 5.1), ("c", 5.2)]:
        assert not g.expired(t)
        assert g.next_actions(t).polls == [job_id]
        if g.on_result(job_id, t + 0.05, DONE if job_id == "b" else PENDING):
            done.append(job_id)
    assert done == ["b"] and g.expired(5.3) and g.pending_ids == ["a", "c"]
    assert g.next_actions(5.3) == NextActions([], None)


def test_a_429_answering_a_last_poll_after_the_deadline_ends_the_group() -> None:
    g = group(["a", "b"], timeout=1, max_in_flight=1)
    g.next_actions(0.0)
    g.on_result("a", 0.5, PENDING)  # due again at the deadline
    g.next_actions(0.5)
    g.on_result("b", 0.6, PENDING)
    assert g.next_actions(1.0).polls == ["a"]
    g.on_result("a", 1.1, RateLimited(retry_after=5.0))
    assert g.expired(1.1) and g.pending_ids == ["a", "b"]  # b is not polled into a 429 pause


def test_a_job_added_after_the_deadline_gets_one_poll() -> None:
    g = group([], timeout=1)
    assert g.finished and not g.expired(2.0)
    g.add(["late"], 2.0)
    assert not g.expired(2.0) and g.next_actions(2.0).polls == ["late"]
    g.on_result("late", 2.1, Transient())
    assert g.expired(2.1) and g.pending_ids == ["late"]


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(1, 6),
    max_in_flight=st.integers(1, 4),
    timeout=st.none() | st.floats(0, 30),
    seed=st.integers(0, 2**32),
)
def test_invariants_under_random_outcomes(
    n: int, max_in_flight: int, timeout: float | None, seed: int
) -> None:
    """Slots are never exceeded, nothing is polled in a 429 pause, a job is reported done once
    and never polled after, at most one poll per job goes out after the deadline, the driver
    is never left without a next step, and the group ends."""
    rng = random.Random(seed)
    outcomes: list[PollOutcome] = [DONE, PENDING, PENDING, Transient(), Transient(2.0)]
    outcomes += [RateLimited(), RateLimited(rng.uniform(0, 90))]
    ids = [f"j{i}" for i in range(n)]
    g = GroupSchedule(ids, now=0.0, timeout=timeout, max_in_flight=max_in_flight, jitter=rng.random)
    deadline = None if timeout is None else float(timeout)
    out: list[tuple[float, str]] = []
    reported: list[str] = []
    late = Counter[str]()
    paused_until, now = float("-inf"), 0.0
    for step in range(10_000):
        if g.finished or g.expired(now):
            break
        polls, wake = g.next_actions(now)
        assert len(out) + len(polls) <= max_in_flight
        assert not polls or now >= paused_until
        for job_id in polls:
            assert job_id not in reported
            if deadline is not None and now >= deadline:
                late[job_id] += 1
            out.append((now + rng.uniform(0, 3), job_id))
        if not out:
            assert polls or (wake is not None and wake > now)  # never stuck
        times = [t for t, _ in out] + ([wake] if wake is not None else [])
        if not times:
            continue
        now = max(now, min(times))
        for t, job_id in sorted(a for a in out if a[0] <= now):
            out.remove((t, job_id))
            # Every job ends DONE within a few hundred steps, so the group always ends.
            outcome = DONE if step > 300 else rng.choice(outcomes)
            if isinstance(outcome, RateLimited):
                pause = 0.0 if outcome.retry_after is None else min(outcome.retry_after, 60.0)
                paused_until = max(paused_until, now + pause)
            if g.on_result(job_id, now, outcome):
                reported.append(job_id)
    else:
        pytest.fail("the group did not end")
    assert len(set(reported)) == len(reported)
    assert sorted(reported + g.pending_ids) == sorted(ids)
    assert all(count == 1 for count in late.values())
    if g.pending_ids:
        assert deadline is not None and now >= deadline


# -- poll_outcome: what a GET's result means ---------------------------------------------------


def job(status: str) -> object:
    body = f'{{"id": "j", "model": "sonar-deep-research", "created_at": 1, "status": "{status}"}}'
    return parse_job(body.encode(), 200)


@pytest.mark.parametrize(
    ("status", "outcome"),
    [("COMPLETED", DONE), ("FAILED", DONE), ("IN_PROGRESS", PENDING), ("CREATED", PENDING)],
)
def test_poll_outcome_of_a_job(status: str, outcome: PollOutcome) -> None:
    assert poll_outcome(job(status)) == outcome  # type: ignore[arg-type]


def test_poll_outcome_of_errors() -> None:
    limited = RateLimitError("slow down", retry_after=12.0, status_code=429, headers={}, body=b"")
    assert poll_outcome(limited) == RateLimited(12.0)
    unavailable = APIStatusError("busy", status_code=503, headers={"retry-after": "4"}, body=b"")
    assert poll_outcome(unavailable) == Transient(4.0)
    assert poll_outcome(APIConnectionError("reset")) == Transient(None)
    gone = NotFoundError("no such job", status_code=404, headers={}, body=b"")
    with pytest.raises(NotFoundError):
        poll_outcome(gone)


# -- the simulations: GETs per job, lateness, memory -------------------------------------------


@dataclass
class Run:
    gets: Counter[str] = field(default_factory=Counter)
    order: list[str] = field(default_factory=list)
    end: float = 0.0
    peak_pending: int = 0
    peak_structures: int = 0


def simulate(
    finish_at: dict[str, float],
    *,
    max_in_flight: int,
    rtt: float,
    jitter: Callable[[], float],
    created_at: dict[str, float] | None = None,
    timeout: float | None = None,
    poll_interval: float = 1.0,
    max_poll_interval: float = 15.0,
) -> Run:
    """Jobs complete on the server at ``finish_at``; each is added to the group at
    ``created_at`` (default: all at 0, as ``wait_all(ids)``); returns what the group did."""
    created = created_at or dict.fromkeys(finish_at, 0.0)
    arrivals = sorted(created.items(), key=lambda item: item[1])
    arrivals.reverse()
    run = Run()
    g = GroupSchedule(
        [],
        now=0.0,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        max_in_flight=max_in_flight,
        jitter=jitter,
    )
    answers: list[tuple[float, int, str, PollOutcome]] = []  # (arrives, seq, id, outcome)
    now, seq = 0.0, 0
    while arrivals or not g.finished:
        batch = []
        while arrivals and arrivals[-1][1] <= now:
            batch.append(arrivals.pop()[0])
        if batch:
            g.add(batch, now)
        assert not g.expired(now)
        polls, wake = g.next_actions(now)
        assert len(answers) + len(polls) <= max_in_flight
        for job_id in polls:
            run.gets[job_id] += 1
            seen = DONE if finish_at[job_id] <= now + rtt / 2 else PENDING
            seq += 1
            heapq.heappush(answers, (now + rtt, seq, job_id, seen))
        # O(pending): the heap, the in-flight set and the per-job states, nothing per done job
        pending = len(g.pending_ids)
        structures = len(g._heap) + len(g._in_flight) + len(g._jobs)
        assert len(g._heap) + len(g._in_flight) <= pending
        run.peak_pending = max(run.peak_pending, pending)
        run.peak_structures = max(run.peak_structures, structures)
        assert wake is None or wake > now
        events = [t for t in (wake, answers[0][0] if answers else None) if t is not None]
        if arrivals:
            events.append(arrivals[-1][1])
        if not events:
            break
        now = min(events)
        while answers and answers[0][0] <= now:
            _, _, job_id, seen = heapq.heappop(answers)
            if g.on_result(job_id, now, seen):
                run.order.append(job_id)
                run.end = now
    return run


def bench_jobs(n: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    return {f"job-{i}": rng.uniform(1.0, 3.0) for i in range(n)}


@pytest.mark.parametrize(
    ("max_in_flight", "rtt"),
    [(1, 0.002), (10, 0.005), (50, 0.15)],
    ids=["sync-local", "async10-local", "async50-remote"],
)
def test_1000_jobs_of_1_to_3_s_meet_the_bench_goals(max_in_flight: int, rtt: float) -> None:
    """Measured (seed 13): sync, 2 ms a GET: 2.0 GETs a job (max 3), 1.3 s late; 10 in flight,
    5 ms: 3.1 (max 4), 2.1 s; 50 in flight, 150 ms: 1.7 (max 2), 2.1 s."""
    finish_at = bench_jobs(1000, seed=13)
    run = simulate(finish_at, max_in_flight=max_in_flight, rtt=rtt, jitter=random.Random(1).random)
    assert sorted(run.order) == sorted(finish_at)  # each job once
    assert max(run.gets.values()) <= 15
    lateness = run.end - max(finish_at.values())
    assert 0 <= lateness <= 15.0  # one default max_poll_interval
    # Completion order: a job is reported after it finished, and never long after.
    assert all(finish_at[j] <= run.end for j in run.order)


def test_lateness_is_bounded_by_how_long_one_round_of_polls_takes() -> None:
    """Polling is capacity-bound: ``max_in_flight / rtt`` GETs a second. One at a time at 150 ms
    a GET, a round of 1000 jobs takes 150 s, and that is the lateness; the scheduler spends
    its GETs where they are due longest, so each job is polled about once a round."""
    finish_at = bench_jobs(1000, seed=13)
    run = simulate(finish_at, max_in_flight=1, rtt=0.15, jitter=random.Random(1).random)
    assert max(run.gets.values()) <= 2
    assert 100 <= run.end - max(finish_at.values()) <= 1000 * 0.15 + 0.15


def test_completion_order_follows_the_servers_with_lateness_under_one_interval() -> None:
    finish_at = {f"j{i}": 5.0 + 20 * i for i in range(20)}  # > max_poll_interval apart
    run = simulate(finish_at, max_in_flight=4, rtt=0.01, jitter=random.Random(2).random)
    assert run.order == list(finish_at)  # exactly the server's order
    assert 0 < run.end - max(finish_at.values()) <= 15.0


def test_a_streamed_batch_holds_memory_for_pending_jobs_only() -> None:
    """Jobs submitted one every 0.01 s, each running 1-3 s (so ~200 pending at once): peak
    structures are the same whether the batch has 1000 or 5000 items."""
    peaks = {}
    for n in (1000, 5000):
        durations = bench_jobs(n, seed=n)
        created = {job_id: 0.01 * i for i, job_id in enumerate(durations)}
        finish_at = {job_id: created[job_id] + durations[job_id] for job_id in durations}
        run = simulate(
            finish_at,
            created_at=created,
            max_in_flight=10,
            rtt=0.005,
            jitter=random.Random(3).random,
        )
        assert len(run.order) == n and max(run.gets.values()) <= 15
        assert run.end - max(finish_at.values()) <= 15.0
        peaks[n] = (run.peak_pending, run.peak_structures)
    (p1, s1), (p5, s5) = peaks[1000], peaks[5000]
    assert p1 < 400 and p5 < 400  # bounded by the jobs running, not the batch
    assert s5 <= 3 * p5 and s1 <= 3 * p1
    assert abs(s5 - s1) <= 0.2 * s1


def test_5000_jobs_at_once_leave_nothing_behind() -> None:
    finish_at = bench_jobs(5000, seed=5)
    run = simulate(finish_at, max_in_flight=20, rtt=0.005, jitter=random.Random(4).random)
    assert len(run.order) == 5000 and max(run.gets.values()) <= 15
    assert run.peak_structures <= 2 * 5000  # per pending job: its state + one heap/flight entry


def sync_flow(
    g: GroupSchedule, clock: Callable[[], float]
) -> Generator[tuple[str, object], object, list[str]]:
    """The shape of the core's one flow for the sync client (max_in_flight=1): it yields
    ("send", job_id) / ("sleep", seconds) / ("yield", job_id) and is sent each GET's outcome."""
    while not g.finished:
        now = clock()
        if g.expired(now):
            return g.pending_ids  # raise WaitTimeoutError(..., pending_ids=...) in the core
        polls, wake_at = g.next_actions(now)
        for job_id in polls:
            outcome = yield ("send", job_id)
            if g.on_result(job_id, clock(), outcome):  # type: ignore[arg-type]
                yield ("yield", job_id)
        if not polls:
            assert wake_at is not None  # nothing in flight, not expired: a wake time
            yield ("sleep", wake_at - now)
    return []


@pytest.mark.parametrize("timeout", [None, 8.0])
def test_the_sync_flow_shape_drives_the_group(timeout: float | None) -> None:
    finish_at = {"a": 2.0, "b": 0.5, "c": 9.0}
    clock = [0.0]
    g = GroupSchedule(list(finish_at), now=0.0, timeout=timeout, jitter=ZERO)
    flow = sync_flow(g, lambda: clock[0])
    got: list[str] = []
    sent: object = None
    try:
        while True:
            kind, value = flow.send(sent)
            sent = None
            if kind == "send":
                clock[0] += 0.01
                sent = DONE if finish_at[value] <= clock[0] else PENDING  # type: ignore[index]
            elif kind == "sleep":
                clock[0] += value  # type: ignore[operator]
            else:
                got.append(value)  # type: ignore[arg-type]
    except StopIteration as stop:
        pending = stop.value
    if timeout is None:
        assert got == ["b", "a", "c"] and pending == []
    else:
        assert got == ["b", "a"] and pending == ["c"] and 8.0 <= clock[0] < 8.1


def test_a_deadline_reports_exactly_the_jobs_not_seen_done() -> None:
    finish_at = {"fast": 1.0, "slow": 100.0, "never": float("inf")}
    g = GroupSchedule(list(finish_at), now=0.0, timeout=30, max_in_flight=2, jitter=ZERO)
    now, answers = 0.0, []
    while not g.expired(now):
        polls, wake = g.next_actions(now)
        answers += [(now + 0.1, j) for j in polls]
        now = min([t for t, _ in answers] + ([wake] if wake is not None else []))
        for t, j in [a for a in answers if a[0] <= now]:
            answers.remove((t, j))
            g.on_result(j, now, DONE if finish_at[j] <= now else PENDING)
    assert g.pending_ids == ["slow", "never"] and 30 <= now <= 30.3


def test_the_module_documents_its_api() -> None:
    assert set(_group.__all__) >= {"GroupSchedule", "poll_outcome", "NextActions"}
    assert "Example" in (GroupSchedule.__doc__ or "")
