"""Fault injection over real sockets: while waits run, the embedded server misbehaves as real
networks do. Every job completes when the server says so, within the retry policy."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from .conftest import API_KEY

FAST = {"poll_interval": 0.01, "max_poll_interval": 0.05, "timeout": 60.0}


class Sleeps:
    """Real (short) sleeps, recorded: the retry delays the policy chose."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def sync(self, seconds: float) -> None:
        self.seconds.append(seconds)
        time.sleep(min(seconds, 0.01))

    async def async_(self, seconds: float) -> None:
        self.seconds.append(seconds)
        await asyncio.sleep(min(seconds, 0.01))


def _wait(
    kind: str, server: MockServer, request_id: str, **options: object
) -> tuple[pa.Job, Sleeps]:
    sleeps = Sleeps()
    common = {"api_key": API_KEY, "base_url": server.base_url, **options}
    if kind == "sync":
        with pa.Client(**common, sleep=sleeps.sync) as client:  # type: ignore[arg-type]
            return client.wait_until_done(request_id, **FAST), sleeps  # type: ignore[arg-type]

    async def run() -> pa.Job:
        async with pa.AsyncClient(**common, sleep=sleeps.async_) as client:  # type: ignore[arg-type]
            return await client.wait_until_done(request_id, **FAST)  # type: ignore[arg-type]

    return asyncio.run(run()), sleeps


BURSTS = {
    "429-retry-after": [Fault.status(429, retry_after=2)] * 2,
    "5xx": [Fault.status(500), Fault.status(502), Fault.status(503), Fault.status(504)],
    "closed-before-answer": [Fault.disconnect()] * 3,
    "closed-mid-body": [Fault.truncated()] * 2,
}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("burst", sorted(BURSTS))
def test_a_wait_survives_a_burst(kind: str, burst: str, server: MockServer) -> None:
    faults = BURSTS[burst]
    server.add_job("j", polls_before_done=3, answer="survived")
    server.inject(*faults)
    job, sleeps = _wait(kind, server, "j")
    assert job.text == "survived" and job.status is pa.JobStatus.COMPLETED
    assert server.polls("j") == 4  # the server said done on the fourth poll it served
    assert len(server.requests) == 4 + len(faults)  # each fault cost one request, no more
    retry_sleeps = [s for s in sleeps.seconds if s not in (0.01, 0.015, 0.0225, 0.03375, 0.05)]
    if burst == "429-retry-after":
        assert retry_sleeps == [2.0, 2.0]  # the server's Retry-After, honoured
    else:
        # A poll tries three times (max_retries=2): its first two faults cost a retry sleep,
        # retry n of 0.5 * 2**n s less up to 25 % jitter; its third ends the poll, no retry.
        retries = [n % 3 for n in range(len(faults)) if n % 3 < 2]
        assert len(retry_sleeps) == len(retries), retry_sleeps
        for seconds, n in zip(retry_sleeps, retries, strict=True):
            assert 0.375 * 2**n <= seconds <= 0.5 * 2**n, (n, retry_sleeps)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_stall_longer_than_the_read_timeout_is_retried(kind: str, server: MockServer) -> None:
    server.add_job("s", polls_before_done=1, answer="after the stall")
    server.inject(Fault.stall(60.0))  # released when the server stops
    job, _ = _wait(kind, server, "s", timeout=0.3)
    assert job.text == "after the stall"
    assert len(server.requests) == server.polls("s") + 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_server_restart_on_the_same_port_mid_wait(kind: str, server: MockServer) -> None:
    server.add_job("r", polls_before_done=4, answer="back")
    port = server.port
    restarted: list[int] = []

    def restart_once(job: pa.Job) -> None:
        if not restarted and job.status is pa.JobStatus.IN_PROGRESS:
            server.restart()  # drops every keep-alive connection the client holds
            restarted.append(server.port)

    sleeps = Sleeps()
    common = {"api_key": API_KEY, "base_url": server.base_url}
    if kind == "sync":
        with pa.Client(**common, sleep=sleeps.sync) as client:
            job = client.wait_until_done("r", on_update=restart_once, **FAST)  # type: ignore[arg-type]
    else:

        async def run() -> pa.Job:
            async with pa.AsyncClient(**common, sleep=sleeps.async_) as client:
                return await client.wait_until_done("r", on_update=restart_once, **FAST)  # type: ignore[arg-type]

        job = asyncio.run(run())
    assert restarted == [port]
    assert job.text == "back" and server.polls("r") == 5


def test_500_concurrent_waits_with_faults_through_one_async_client(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    for i in range(500):
        server.add_job(f"c{i}", polls_before_done=2, answer=f"answer {i}")
    server.inject(
        *[Fault.status(503)] * 20,
        *[Fault.disconnect()] * 10,
        *[Fault.status(429, retry_after=0.05)] * 10,
        *[Fault.truncated()] * 5,
        *[Fault.stall(60.0)] * 3,  # held until the server stops: never served late as a poll
    )

    async def main() -> tuple[list[pa.Job], int, int, list[asyncio.Task[object]]]:
        # A connect the server's small listen backlog delays fails fast and is retried, as ever;
        # 2 s bounds each whole request (issue 10), room to read on a loaded box.
        timeout = httpx.Timeout(2.0, connect=0.5)
        client = pa.AsyncClient(api_key=API_KEY, base_url=server.base_url, timeout=timeout)
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        async with client:
            jobs = await asyncio.gather(
                *(client.wait_until_done(f"c{i}", **FAST) for i in range(500))  # type: ignore[arg-type]
            )
            open_during = len(pool.connections)
        leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        return jobs, open_during, len(pool.connections), leftover

    jobs, open_during, open_after, leftover = asyncio.run(main())
    assert [job.text for job in jobs] == [f"answer {i}" for i in range(500)]
    # Three polls each, and one more only for a try that timed out on the client after it was
    # sent (a loaded box: the server may have served it); a connect or pool timeout sent none.
    sent_then_lost: dict[str, int] = {}
    for record in caplog.records:
        message = record.getMessage()
        if "timed out (WriteTimeout" in message or "timed out (ReadTimeout" in message:
            job_id = message.split("'")[1]
            sent_then_lost[job_id] = sent_then_lost.get(job_id, 0) + 1
    for i in range(500):
        assert 3 <= server.polls(f"c{i}") <= 3 + sent_then_lost.get(f"c{i}", 0), f"c{i}"
    assert 1500 + 48 <= len(server.requests) <= 1500 + 48 + sum(sent_then_lost.values())
    assert 0 < open_during <= 100  # bounded by the pool
    assert open_after == 0 and leftover == []


def test_a_given_client_pool_is_not_closed_by_faults(server: MockServer) -> None:
    server.add_job("g", polls_before_done=1)
    server.inject(Fault.disconnect(), Fault.status(502))
    with httpx.Client() as mine:
        with pa.Client(api_key=API_KEY, base_url=server.base_url, http_client=mine) as client:
            assert client.wait_until_done("g", **FAST).is_done  # type: ignore[arg-type]
        assert not mine.is_closed
