"""The embedded server's opt-in workload, over real sockets with the SDK's clients: a submit rate
limit (429 with Retry-After), job durations counted from creation, a seeded failure rate. Time is
the server's injected clock, moved by the test (or by the client's injected sleep): no test
depends on a real sleep being long enough."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async.testing import MockServer, Workload

from .conftest import API_KEY


class FakeClock:
    """The server's clock; only the test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def serve(workload: Workload, clock: FakeClock) -> MockServer:
    return MockServer(api_key=API_KEY, workload=workload, clock=clock)


def client(server: MockServer, **options: Any) -> pa.Client:
    return pa.Client(API_KEY, base_url=server.base_url, **options)


def test_submits_beyond_the_rate_get_a_429_with_retry_after_until_the_bucket_refills() -> None:
    clock = FakeClock()
    with serve(Workload(submits_per_minute=2), clock) as server, client(server, max_retries=0) as c:
        first = c.sonar.create("one", idempotency_key="k1")
        c.sonar.create("two")
        with pytest.raises(pa.RateLimitError) as refused:
            c.sonar.create("three")
        assert refused.value.retry_after == 30.0  # one token every 30 s
        assert refused.value.headers["retry-after"] == "30"
        # A replay creates nothing: it returns its job, even with the bucket empty.
        assert c.sonar.create("one", idempotency_key="k1").id == first.id
        clock.now += 29.9
        with pytest.raises(pa.RateLimitError) as still:
            c.sonar.create("three")
        assert still.value.retry_after == pytest.approx(0.1)  # retry-after-ms: exact
        assert still.value.headers["retry-after"] == "1"  # whole seconds, rounded up
        clock.now += 0.1
        c.sonar.create("three")
        assert len(server.created_jobs) == 3


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_clients_retry_paces_submits_to_the_servers_limit(kind: str) -> None:
    clock = FakeClock()
    slept: list[float] = []

    def advance(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    async def advance_async(seconds: float) -> None:
        advance(seconds)

    with serve(Workload(submits_per_minute=6), clock) as server:
        common = {"api_key": API_KEY, "base_url": server.base_url}
        if kind == "sync":
            with pa.Client(**common, sleep=advance) as c:  # type: ignore[arg-type]
                ids = [c.sonar.create(f"q{i}").id for i in range(8)]
        else:

            async def run() -> list[str]:
                async with pa.AsyncClient(**common, sleep=advance_async) as c:  # type: ignore[arg-type]
                    return [(await c.sonar.create(f"q{i}")).id for i in range(8)]

            ids = asyncio.run(run())
        posts = [r for r in server.requests if r.method == "POST"]
    assert ids == server.created_jobs and len(set(ids)) == 8  # one job per question, no more
    assert slept == [10.0, 10.0]  # a burst of 6, then one every 10 s, as Retry-After said
    assert len(posts) == 10  # each 429 cost one request
    keys = [r.body for r in posts]
    assert len(set(keys)) == 8  # a retried submit carried the same body, key included


def test_jobs_complete_on_a_schedule_counted_from_creation() -> None:
    clock = FakeClock()
    durations = [5.0, 1.0, 3.0]
    workload = Workload(job_seconds=lambda n: durations[n])
    with serve(workload, clock) as server, client(server) as c:
        ids = [c.sonar.create(f"q{i}").id for i in range(3)]

        def done() -> list[bool]:
            return [c.get(request_id).is_done for request_id in ids]

        clock.now += 0.5
        assert done() == [False, False, False]
        clock.now += 0.5
        assert done() == [False, True, False]  # on time, whatever the polls before
        clock.now += 2
        listed = {s.id: s.status for s in c.sonar.list()}  # a list sees it done, unpolled or not
        assert [listed[i] for i in ids] == ["IN_PROGRESS", "COMPLETED", "COMPLETED"]
        clock.now += 2
        assert done() == [True, True, True]
        assert c.get(ids[0]).text == "A scripted answer to: q0"


def outcomes(seed: int, *, rate: float, jobs: int = 60) -> list[tuple[bool, float]]:
    """Per created job: (failed, seconds until done), found by moving the clock in 0.25 s steps."""
    clock = FakeClock()
    start = clock.now
    workload = Workload(job_seconds=(1, 3), failure_rate=rate, seed=seed)
    with serve(workload, clock) as server, client(server) as c:
        ids = [c.sonar.create(f"q{i}").id for i in range(jobs)]
        found: dict[str, tuple[bool, float]] = {}
        while len(found) < jobs:
            assert clock.now - start <= 3, "a job outlived the range"
            for summary in c.sonar.list():
                if summary.id not in found and summary.status in ("COMPLETED", "FAILED"):
                    found[summary.id] = (summary.status == "FAILED", clock.now - start)
            clock.now += 0.25
        failed = [j for j in ids if found[j][0]]
        for request_id in failed:
            message = c.get(request_id).error_message or ""
            assert "simulated failure" in message
    return [found[request_id] for request_id in ids]


def test_durations_and_failures_are_drawn_from_the_seed() -> None:
    first, again, other = outcomes(7, rate=0.3), outcomes(7, rate=0.3), outcomes(8, rate=0.3)
    assert first == again  # the same seed, the same run
    assert first != other
    failed = sum(f for f, _ in first)
    assert 6 <= failed <= 30  # about 30% of 60
    times = [t for _, t in first]
    assert min(times) >= 1 and max(times) <= 3 and len(set(times)) >= 5  # spread over the range


@pytest.mark.parametrize(("rate", "expected"), [(0.0, 0), (1.0, 20)])
def test_a_failure_rate_of_0_or_1_is_exact(rate: float, expected: int) -> None:
    assert sum(f for f, _ in outcomes(1, rate=rate, jobs=20)) == expected


def test_a_job_seconds_callable_that_misbehaves_is_named_in_a_500() -> None:
    workload = Workload(job_seconds=lambda n: -1.0)
    with serve(workload, FakeClock()) as server, client(server, max_retries=0) as c:
        with pytest.raises(pa.InternalServerError, match=r"job_seconds\(0\)"):
            c.sonar.create("q")
        assert server.created_jobs == []


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"submits_per_minute": 0}, ValueError),
        ({"submits_per_minute": float("inf")}, ValueError),
        ({"submits_per_minute": "5"}, TypeError),
        ({"job_seconds": (3, 1)}, ValueError),
        ({"job_seconds": (1, 2, 3)}, ValueError),
        ({"job_seconds": -1}, ValueError),
        ({"job_seconds": "2"}, TypeError),
        ({"failure_rate": 1.5}, ValueError),
        ({"failure_rate": -0.1}, ValueError),
        ({"seed": "x"}, TypeError),
    ],
)
def test_a_bad_workload_fails_when_made(options: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        Workload(**options)


@pytest.mark.parametrize(
    ("options", "error"),
    [({"workload": {"submits_per_minute": 5}}, TypeError), ({"clock": 5}, TypeError)],
)
def test_the_server_refuses_a_bad_workload_or_clock(options: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        MockServer(**options)


def test_without_a_workload_nothing_is_limited(server: MockServer) -> None:
    with client(server, max_retries=0) as c:
        ids = [c.sonar.create(f"q{i}").id for i in range(30)]
    assert ids == server.created_jobs
