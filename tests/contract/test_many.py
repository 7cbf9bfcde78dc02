"""``as_completed`` and ``wait_all``: one scheduler for many jobs, through both clients."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async._core._flows import FINAL_POLL_GRACE
from perplexity_async.testing import Fault, MockServer

from .helpers import KINDS, Facade, VirtualTime


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def collect(
    kind: str, server: MockServer, ids: Any, *, vt: VirtualTime | None = None, **options: Any
) -> tuple[list[pa.Job], BaseException | None]:
    """The jobs ``as_completed`` yielded, in order, and what it raised (None: it ended)."""
    facade = Facade(kind, server, vt=vt)
    got: list[pa.Job] = []
    if kind == "sync":
        with pa.Client(**facade.options) as client:
            try:
                for job in client.as_completed(ids, **options):
                    got.append(job)
            except (pa.PerplexityAsyncError, TypeError, ValueError) as exc:
                return got, exc
        return got, None

    async def run() -> BaseException | None:
        if vt is not None:
            vt.settle_under(asyncio.current_task())
        async with pa.AsyncClient(**facade.options) as client:
            try:
                async for job in client.as_completed(ids, **options):
                    got.append(job)
            except (pa.PerplexityAsyncError, TypeError, ValueError) as exc:
                return exc
        return None

    return got, asyncio.run(run())


def wait_all(kind: str, server: MockServer, ids: list[str], **options: Any) -> list[pa.Job]:
    vt = VirtualTime()
    facade = Facade(kind, server, vt=vt)
    if kind == "sync":
        with pa.Client(**facade.options) as client:
            return client.wait_all(ids, **options)

    async def run() -> list[pa.Job]:
        vt.settle_under(asyncio.current_task())
        async with pa.AsyncClient(**facade.options) as client:
            return await client.wait_all(ids, **options)

    return asyncio.run(run())


def test_jobs_come_in_completion_order_and_a_failed_one_is_yielded(
    kind: str, server: MockServer
) -> None:
    server.add_job("slow", polls_before_done=8, answer="late")
    server.add_job("now", answer="first")
    server.add_job("broken", polls_before_done=1, fail="model overloaded")
    # The first two answers come late in real time: virtual time must not run past a poll still
    # out (async: broken's second poll overtook now's first under load, a flake).
    server.inject(Fault.stall(0.2), Fault.stall(0.2))
    got, error = collect(kind, server, ["slow", "now", "broken"], vt=VirtualTime())
    assert error is None
    assert [job.id for job in got] == ["now", "broken", "slow"]
    assert [job.status for job in got] == [
        pa.JobStatus.COMPLETED,
        pa.JobStatus.FAILED,
        pa.JobStatus.COMPLETED,
    ]
    assert got[1].error_message == "model overloaded" and got[2].text == "late"
    # each polled until done, never after: one scheduler, no loop per job left behind
    assert (server.polls("now"), server.polls("broken"), server.polls("slow")) == (1, 2, 9)


def test_wait_all_returns_input_order_and_a_repeated_id_is_polled_once(
    kind: str, server: MockServer
) -> None:
    server.add_job("b", polls_before_done=3, answer="B")
    server.add_job("a", answer="A")
    jobs = wait_all(kind, server, ["b", "a", "b"])
    assert [job.text for job in jobs] == ["B", "A", "B"]
    assert server.polls("b") == 4 and server.polls("a") == 1
    assert wait_all(kind, server, []) == []


def test_a_429_pauses_the_whole_group_for_its_retry_after(kind: str, server: MockServer) -> None:
    for job_id in ("a", "b", "c"):
        server.add_job(job_id, answer=job_id)
    server.inject(Fault.status(429, retry_after=30))
    seen_at_sleep: list[int] = []

    class Recording(VirtualTime):
        def sleep(self, seconds: float) -> None:
            seen_at_sleep.append(len(server.requests))
            super().sleep(seconds)

    vt = Recording()
    got, error = collect(kind, server, ["a", "b", "c"], vt=vt)
    assert error is None and sorted(job.id for job in got) == ["a", "b", "c"]
    assert vt.sleeps == [pytest.approx(30.0)]  # one pause, then each job polled once more
    assert len(server.requests) == 4
    if kind == "sync":  # one at a time: b and c were not polled before the pause ended
        assert seen_at_sleep == [1]
        assert [r.path.rsplit("/", 1)[-1] for r in server.requests] == ["a", "b", "c", "a"]


def test_the_deadline_raises_wait_timeout_with_the_pending_ids_in_input_order(
    kind: str, server: MockServer
) -> None:
    """Both kinds in virtual time, exact: an async sleep settles (the polls out end first)."""
    server.add_job("slow2", polls_before_done=1000)
    server.add_job("fast", answer="ok")
    server.add_job("slow1", polls_before_done=1000)
    vt = VirtualTime()
    timeout = 10.0
    start = vt.now
    got, error = collect(
        kind, server, ["slow2", "fast", "slow1"], vt=vt, timeout=timeout, poll_interval=3.0
    )
    elapsed = vt.now - start
    assert [job.id for job in got] == ["fast"]
    assert isinstance(error, pa.WaitTimeoutError)
    assert error.pending_ids == ("slow2", "slow1")
    assert error.job_id == "slow2" and error.job is not None
    assert not error.job.is_done
    assert "2 job(s)" in str(error) and error.timeout == timeout
    assert timeout <= error.elapsed <= elapsed <= timeout + FINAL_POLL_GRACE
    # polled until the deadline and not after: the last polls went out at it
    # the pending ones were polled on through the wait (first, backed off, last at the deadline)
    assert server.polls("fast") == 1 and min(server.polls("slow1"), server.polls("slow2")) >= 3


class SlowClock(VirtualTime):
    """Every read of the clock moves it on by 10 ms: each poll costs virtual time, so a round
    of last polls over many pending jobs would run long past the deadline."""

    def clock(self) -> float:
        self.now += 0.01
        return self.now


def test_many_pending_jobs_still_end_by_the_deadline_plus_the_grace(
    kind: str, server: MockServer
) -> None:
    ids = [f"j{i:02}" for i in range(20)]
    for job_id in ids:
        server.add_job(job_id, polls_before_done=1000)
    vt = SlowClock()
    start = vt.now
    _, error = collect(kind, server, ids, vt=vt, timeout=5, poll_interval=1)
    assert isinstance(error, pa.WaitTimeoutError) and error.pending_ids == tuple(ids)
    # 20 last polls at ~30 ms each would take 0.6 s; the hard bound cuts them at the grace
    assert vt.now - start <= 5 + FINAL_POLL_GRACE + 0.1


def test_a_job_that_does_not_exist_raises_not_found_naming_it(
    kind: str, server: MockServer
) -> None:
    server.add_job("real", polls_before_done=5)
    _, error = collect(kind, server, ["real", "ghost"], vt=VirtualTime())
    assert isinstance(error, pa.NotFoundError) and error.job_id == "ghost"


@pytest.mark.parametrize(
    ("ids", "options", "error", "match"),
    [
        ("req-1", {}, TypeError, "not one str"),
        (5, {}, TypeError, "iterable of str"),
        (["ok", 3], {}, TypeError, "request_id must be a str"),
        (["ok"], {"timeout": -1}, ValueError, "timeout"),
        (["ok"], {"poll_interval": 2, "max_poll_interval": 1}, ValueError, "max_poll_interval"),
    ],
)
def test_bad_arguments_fail_at_the_call_before_any_request(
    kind: str, server: MockServer, ids: Any, options: dict[str, Any], error: type, match: str
) -> None:
    facade = Facade(kind, server)
    if kind == "sync":
        with pa.Client(**facade.options) as client, pytest.raises(error, match=match):
            client.as_completed(ids, **options)  # raises here, not on the first next()
    else:

        async def run() -> None:
            async with pa.AsyncClient(**facade.options) as client:
                with pytest.raises(error, match=match):
                    client.as_completed(ids, **options)

        asyncio.run(run())
    assert server.requests == []


def test_async_keeps_many_polls_in_flight_and_leaving_early_cancels_the_rest(
    server: MockServer,
) -> None:
    """Ten jobs whose GETs stall until released: all ten are out at once (not one by one);
    breaking out after the first cancels the nine still out."""
    ids = [f"s{i}" for i in range(10)]
    for job_id in ids:
        server.add_job(job_id, answer=job_id)
    server.inject(*[Fault.stall(30)] * 9)  # the first nine stall; the tenth answers

    async def run() -> list[str]:
        async with pa.AsyncClient(api_key=server.api_key, base_url=server.base_url) as client:
            async for job in client.as_completed(ids, timeout=60):
                return [job.id]
        return []

    first = asyncio.run(run())
    assert len(first) == 1 and len(server.requests) == 10  # all ten were in flight at once
