"""``wait_until_done()``: the documented wait policy, in virtual time and over real sockets."""

from __future__ import annotations

import asyncio
import logging

import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from ..conftest import API_KEY
from .helpers import Facade, VirtualTime, raises


def test_polls_at_once_then_backs_off_x1_5_up_to_the_cap(kind: str, server: MockServer) -> None:
    server.add_job("w", polls_before_done=7, answer="done")
    vt = VirtualTime()
    updates: list[str] = []
    job = Facade(kind, server, vt=vt).wait(
        "w", poll_interval=1.0, max_poll_interval=4.0, on_update=lambda j: updates.append(j.status)
    )
    assert job.text == "done" and job.status is pa.JobStatus.COMPLETED
    assert vt.sleeps == [1.0, 1.5, 2.25, 3.375, 4.0, 4.0, 4.0]
    assert updates == ["CREATED"] + ["IN_PROGRESS"] * 6 + ["COMPLETED"]
    assert server.polls("w") == 8


def test_a_done_job_returns_after_one_poll_and_no_sleep(kind: str, server: MockServer) -> None:
    server.add_job("now", answer="a")
    vt = VirtualTime()
    assert Facade(kind, server, vt=vt).wait("now").text == "a"
    assert vt.sleeps == [] and server.polls("now") == 1


def test_failed_raises_job_failed_with_the_job(kind: str, server: MockServer) -> None:
    server.add_job("f", polls_before_done=2, fail="model overloaded")
    error = raises(lambda: Facade(kind, server, vt=VirtualTime()).wait("f"), pa.JobFailedError)
    assert error.job.status is pa.JobStatus.FAILED and error.job.id == "f"
    assert error.job.error_message == "model overloaded"
    assert "model overloaded" in str(error) and error.job_id == "f"
    assert error.job.failed_at is not None


def test_the_deadline_raises_wait_timeout_and_is_never_overslept(
    kind: str, server: MockServer
) -> None:
    server.add_job("slow", polls_before_done=1000)
    vt = VirtualTime()
    start = vt.now
    error = raises(
        lambda: Facade(kind, server, vt=vt).wait("slow", timeout=10, poll_interval=3),
        pa.WaitTimeoutError,
    )
    assert vt.now - start == pytest.approx(10.0)  # the last sleep is cut to land on the deadline
    assert vt.sleeps == pytest.approx([3.0, 4.5, 2.5])
    assert error.job is not None and error.job.status is pa.JobStatus.IN_PROGRESS
    assert error.job_id == "slow" and error.timeout == 10
    assert "keeps running upstream" in str(error)
    assert server.polls("slow") == 4  # at 0, 3, 7.5 and on the deadline


def test_transient_faults_that_outlive_retries_are_logged_and_polling_goes_on(
    kind: str, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.add_job("flaky", polls_before_done=1, answer="made it")
    server.inject(*[Fault.status(503)] * 3)  # the first poll and both its retries fail
    vt = VirtualTime()
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        job = Facade(kind, server, vt=vt).wait("flaky", poll_interval=2)
    assert job.text == "made it"
    assert len(server.requests) == 3 + 2
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    going_on = [w for w in warnings if "polling goes on" in w]
    assert len(going_on) == 1 and "503" in going_on[0]  # one failed poll, one warning


def test_the_deadline_chains_the_last_transient_error(kind: str, server: MockServer) -> None:
    server.add_job("down")
    server.inject(*[Fault.status(502)] * 100)
    vt = VirtualTime()
    error = raises(
        lambda: Facade(kind, server, vt=vt, max_retries=0).wait("down", timeout=5),
        pa.WaitTimeoutError,
    )
    assert error.job is None
    assert isinstance(error.__cause__, pa.InternalServerError)


def test_a_429_retry_after_sets_the_next_poll(kind: str, server: MockServer) -> None:
    server.add_job("rl", polls_before_done=1)
    server.inject(Fault.status(429, retry_after=9))
    vt = VirtualTime()
    Facade(kind, server, vt=vt, max_retries=0).wait("rl", poll_interval=1)
    assert vt.sleeps == [9.0, 1.0]


@pytest.mark.parametrize(
    ("fault", "error_type"),
    [
        (Fault.status(401), pa.AuthenticationError),
        (Fault.status(404), pa.NotFoundError),
        # JSON that does not fit the spec (not a body that is not JSON at all: that is transient)
        (Fault.malformed(b'{"id": "p", "status": 7}'), pa.ResponseValidationError),
    ],
    ids=["401", "404", "misfit-json"],
)
def test_permanent_errors_surface_at_once(
    kind: str, server: MockServer, fault: Fault, error_type: type[Exception]
) -> None:
    server.add_job("p", polls_before_done=3)
    server.inject(fault)
    vt = VirtualTime()
    raises(lambda: Facade(kind, server, vt=vt).wait("p"), error_type)
    assert len(server.requests) == 1 and vt.sleeps == []


def test_an_unknown_status_is_pending_until_done(
    kind: str, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    from perplexity_async.testing import completed_job_body, job_body

    value = f"QUEUED_{kind.upper()}"
    server.set_job_body("u", job_body("u", status=value))
    vt = VirtualTime()
    polls = []

    def on_update(job: pa.Job) -> None:
        polls.append(job.status)
        if len(polls) == 3:
            server.set_job_body("u", completed_job_body("u", answer="finally"))

    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        job = Facade(kind, server, vt=vt).wait("u", on_update=on_update)
    assert job.text == "finally" and polls == [value, value, value, "COMPLETED"]
    # One WARNING names the status (its parse's: "kept as is"), however many polls saw it.
    warned = [r for r in caplog.records if value in r.getMessage()]
    assert len(warned) == 1 and "kept as is" in warned[0].getMessage()


@pytest.mark.parametrize(
    ("options", "error_type"),
    [
        ({"timeout": -1}, ValueError),
        ({"poll_interval": 0}, ValueError),
        ({"poll_interval": float("nan")}, ValueError),
        ({"max_poll_interval": 0.5, "poll_interval": 1}, ValueError),
        ({"timeout": "60"}, TypeError),
        ({"poll_interval": True}, TypeError),
    ],
)
def test_wrong_wait_arguments_raise_before_any_request(
    kind: str, server: MockServer, options: dict[str, object], error_type: type[Exception]
) -> None:
    server.add_job("x")
    raises(lambda: Facade(kind, server).wait("x", **options), error_type)
    assert server.requests == []


def test_the_async_wait_is_cancellable_and_leaks_nothing(server: MockServer) -> None:
    server.add_job("long", polls_before_done=10_000)

    async def main() -> None:
        async with pa.AsyncClient(api_key=API_KEY, base_url=server.base_url) as client:
            task = asyncio.create_task(client.wait_until_done("long", poll_interval=0.01))
            while server.polls("long") < 3:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            polls = server.polls("long")  # the client is still usable after a cancelled wait,
            assert (await client.get("long")).status is pa.JobStatus.IN_PROGRESS
            assert server.polls("long") == polls + 1  # and the cancelled wait polls no more
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert others == []

    asyncio.run(main())


def test_the_sync_wait_stops_on_keyboard_interrupt(server: MockServer) -> None:
    server.add_job("ki", polls_before_done=10_000)

    def interrupt(job: pa.Job) -> None:
        if job.status is pa.JobStatus.IN_PROGRESS:
            raise KeyboardInterrupt

    with (
        pa.Client(api_key=API_KEY, base_url=server.base_url) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        client.wait_until_done("ki", poll_interval=0.01, on_update=interrupt)
    assert server.polls("ki") == 2
