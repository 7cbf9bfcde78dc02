"""The core's flows driven by hand, in virtual time: what each request may take, and what
happens on a desynchronised answer. No sockets: the outcomes are made up here."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

import perplexity_async as pa
from perplexity_async._call import CallOptions, CreateArgs, WaitOptions
from perplexity_async._config import resolve
from perplexity_async._core._flows import FINAL_POLL_GRACE, Core, Discard, Send, Sleep
from perplexity_async._errors import WaitTimeoutError
from perplexity_async._transports._response import Reply
from perplexity_async.testing import job_body


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def make_core(clock: Clock, **options: Any) -> Core:
    settings = resolve("k", "http://127.0.0.1:9", options.get("timeout", 60.0), 2, None)
    core = Core(settings, clock=clock, jitter=lambda: 0.0)
    core.http = httpx.Client()
    return core


def reply(request: httpx.Request, job_id: str, status: str = "IN_PROGRESS") -> Reply:
    body = json.dumps(job_body(job_id, status=status)).encode()
    return Reply(httpx.Response(200, request=request), body)


CREATE = CreateArgs(model="sonar-deep-research", idempotency_key="k-1")


def test_each_poll_gets_at_most_the_time_left_and_a_slow_poll_ends_the_wait_on_time() -> None:
    clock = Clock()
    flow = make_core(clock).wait_until_done("j", WaitOptions(timeout=2.0))
    send = next(flow)
    assert isinstance(send, Send) and send.budget == 2.0  # not the 60 s request timeout
    clock.now = 1.5  # the poll is answered after 1.5 s
    assert flow.send(reply(send.request, "j")) == Sleep(0.5)  # the last sleep lands on 2.0
    clock.now = 2.0
    final = flow.send(None)
    assert isinstance(final, Send) and final.budget == FINAL_POLL_GRACE
    clock.now = 2.0 + FINAL_POLL_GRACE  # that poll times out on its budget
    with pytest.raises(WaitTimeoutError) as info:
        flow.send(httpx.ReadTimeout("total timeout", request=final.request))
    assert info.value.timeout == 2.0 and info.value.elapsed == pytest.approx(2.25)


def test_a_request_outside_a_wait_gets_its_whole_timeout() -> None:
    flow = make_core(Clock(), timeout=httpx.Timeout(30.0, connect=5.0)).get("j")
    send = next(flow)
    assert isinstance(send, Send) and send.budget == 30.0


def test_another_jobs_answer_drops_the_connection_and_asks_again() -> None:
    clock = Clock()
    flow = make_core(clock).get("mine")
    send = next(flow)
    assert isinstance(send, Send)
    stale = reply(send.request, "someone-else")
    assert flow.send(stale) == Discard(stale.response)
    assert isinstance(flow.send(None), Sleep)  # then retried, like a transient fault
    again = flow.send(None)
    assert isinstance(again, Send) and again.request is send.request
    with pytest.raises(StopIteration) as done:
        flow.send(reply(send.request, "mine"))
    assert done.value.value.id == "mine"


def test_after_the_retries_a_wrong_job_is_an_error_never_a_result() -> None:
    clock = Clock()
    flow = make_core(clock).get("mine")
    action = next(flow)
    with pytest.raises(pa.APIConnectionError, match="answered with job 'other'"):
        for _ in range(20):
            if isinstance(action, Send):
                action = flow.send(reply(action.request, "other"))
            else:
                action = flow.send(None)


# -- every branch of the retry and wait policies, through the drivers, with made-up outcomes ----

Outcome = Reply | httpx.HTTPError | BaseException


class Script:
    """The I/O a driver does, scripted: each Send takes the next outcome (an exception in the
    script is raised by the send), each Sleep moves the clock. Records what the flow asked."""

    def __init__(self, clock: Clock, *outcomes: Outcome) -> None:
        self.clock = clock
        self.outcomes = list(outcomes)
        self.sent: list[tuple[httpx.Request, float | None]] = []
        self.sleeps: list[float] = []

    def send(self, request: httpx.Request, budget: float | None) -> Reply:
        self.sent.append((request, budget))
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.clock.now += seconds

    async def asend(self, request: httpx.Request, budget: float | None) -> Reply:
        return self.send(request, budget)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def job(job_id: str, status: str = "IN_PROGRESS") -> Reply:
    """A 200 answer with ``job_id`` in ``status`` (the request is filled in by the send)."""
    body = json.dumps(job_body(job_id, status=status)).encode()
    return Reply(httpx.Response(200, request=httpx.Request("GET", "http://x")), body)


def status(code: int, body: bytes = b"{}", **headers: str) -> Reply:
    request = httpx.Request("GET", "http://x")
    return Reply(httpx.Response(code, headers=headers, request=request), body)


def run(flow: Any, script: Script) -> Any:
    return Core.run_sync(flow, script.send, script.sleep)


def test_transient_failures_are_retried_with_backoff_then_succeed() -> None:
    clock = Clock()
    script = Script(clock, status(503), httpx.ConnectError("refused"), job("j"))
    assert run(make_core(clock).get("j"), script).id == "j"
    assert script.sleeps == [0.5, 1.0]  # 0.5 s doubling (jitter 0 here)
    assert len(script.sent) == 3 and script.outcomes == []


@pytest.mark.parametrize(
    ("outcome", "error_type"),
    [
        (status(503), pa.InternalServerError),
        (status(408), pa.APIStatusError),
        (httpx.ReadTimeout("slow"), pa.APITimeoutError),
        (httpx.RemoteProtocolError("closed"), pa.APIConnectionError),
    ],
    ids=["503", "408", "timeout", "disconnect"],
)
def test_a_transient_failure_that_outlives_the_retries_is_raised(
    outcome: Outcome, error_type: type[Exception]
) -> None:
    clock = Clock()
    script = Script(clock, outcome, outcome, outcome)
    with pytest.raises(error_type) as info:
        run(make_core(clock).get("j"), script)
    assert type(info.value) is error_type and info.value.job_id == "j"
    assert script.sleeps == [0.5, 1.0] and len(script.sent) == 3


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422])
def test_a_permanent_status_is_raised_at_once(code: int) -> None:
    clock = Clock()
    script = Script(clock, status(code))
    with pytest.raises(pa.APIStatusError) as info:
        run(make_core(clock).get("j"), script)
    assert info.value.status_code == code
    assert script.sleeps == [] and len(script.sent) == 1


def test_a_body_that_does_not_fit_is_not_retried() -> None:
    clock = Clock()
    script = Script(clock, Reply(job("j").response, b'{"id": "j", "status": 7}'))
    with pytest.raises(pa.ResponseValidationError):
        run(make_core(clock).get("j"), script)
    assert script.sleeps == []


@pytest.mark.parametrize(
    ("headers", "sleep"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "600"}, 60.0),
    ],
)
def test_the_servers_retry_after_sets_the_retry_sleep_up_to_a_minute(
    headers: dict[str, str], sleep: float
) -> None:
    clock = Clock()
    script = Script(clock, status(429, **headers), job("j"))
    assert run(make_core(clock).get("j"), script).id == "j"
    assert script.sleeps == [sleep]


def test_a_retry_that_would_sleep_past_the_deadline_is_not_made() -> None:
    clock = Clock()
    script = Script(clock, status(503, **{"retry-after": "5"}), job("j", "COMPLETED"))
    flow = make_core(clock).wait_until_done("j", WaitOptions(timeout=2.0))
    assert run(flow, script).id == "j"
    # the poll's retry (5 s) would pass the deadline: the poll fails, the wait sleeps what is
    # left (the server's wait, cut at the deadline), and the final poll is answered
    assert script.sleeps == [2.0] and len(script.sent) == 2
    assert [budget for _, budget in script.sent] == [2.0, FINAL_POLL_GRACE]


def test_the_wait_polls_with_the_schedule_until_completed() -> None:
    clock = Clock()
    states = ["CREATED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED"]
    script = Script(clock, *(job("j", s) for s in states))
    seen: list[str] = []
    flow = make_core(clock).wait_until_done(
        "j",
        WaitOptions(
            timeout=None,
            poll_interval=1.0,
            max_poll_interval=2.0,
            on_update=lambda job: seen.append(job.status),
        ),
    )
    assert run(flow, script).status is pa.JobStatus.COMPLETED
    assert script.sleeps == [1.0, 1.5, 2.0] and seen == states
    assert [budget for _, budget in script.sent] == [60.0] * 4  # no deadline: the whole timeout


def test_a_failed_job_ends_the_wait_with_the_job() -> None:
    clock = Clock()
    script = Script(clock, job("j"), job("j", "FAILED"))
    with pytest.raises(pa.JobFailedError) as info:
        run(make_core(clock).wait_until_done("j", WaitOptions(timeout=None)), script)
    assert info.value.job.status is pa.JobStatus.FAILED and script.sleeps == [1.0]


def test_the_wait_goes_on_after_failed_polls_and_a_body_that_is_not_json() -> None:
    clock = Clock()
    script = Script(
        clock,
        *[status(502)] * 3,  # one poll: its two retries fail too
        status(200, b"<html>a proxy's page</html>"),  # not JSON at all: not retried, waited on
        status(429, **{"retry-after": "30"}),  # then the server's wait, honoured
        job("j", "COMPLETED"),
    )
    flow = make_core(clock).wait_until_done("j", WaitOptions(timeout=None))
    assert run(flow, script).id == "j"
    # retries 0.5 and 1.0; poll sleeps 1.0 and 1.5; the 429's retry, after the 30 s it asked for
    assert script.sleeps == [0.5, 1.0, 1.0, 1.5, 30.0]


def test_a_permanent_error_ends_the_wait_at_once() -> None:
    clock = Clock()
    script = Script(clock, job("j"), status(404))
    with pytest.raises(pa.NotFoundError):
        run(make_core(clock).wait_until_done("j", WaitOptions(timeout=None)), script)
    assert script.sleeps == [1.0]


def test_the_deadline_chains_the_last_error_and_keeps_the_last_job() -> None:
    clock = Clock()
    script = Script(clock, job("j"), *[status(503)] * 4)
    flow = make_core(clock).wait_until_done("j", WaitOptions(timeout=3.0))
    with pytest.raises(WaitTimeoutError) as info:
        run(flow, script)
    # poll at 0; sleep 1; a poll failing at 1, 1.5 and 2.5; sleep to 3; the final poll fails and
    # its retry would pass the deadline
    assert script.sleeps == [1.0, 0.5, 1.0, 0.5] and script.outcomes == []
    assert info.value.job is not None and info.value.job.status is pa.JobStatus.IN_PROGRESS
    assert isinstance(info.value.__cause__, pa.InternalServerError)
    assert clock.now == 3.0 and info.value.elapsed == 3.0


def test_an_unknown_status_is_waited_on_with_one_warning_that_names_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    value = "PAUSED_IN_CORE_FLOWS"  # unknown, and not seen before in this process
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        script = Script(clock, job("j", value), job("j", value), job("j", "COMPLETED"))
        assert run(make_core(clock).wait_until_done("j", WaitOptions(timeout=None)), script).is_done
    warned = [r for r in caplog.records if value in r.getMessage()]
    assert len(warned) == 1 and "kept as is" in warned[0].getMessage()


def test_a_blocking_driver_refuses_an_awaitable_from_on_update_and_closes_it() -> None:
    clock = Clock()
    made: list[Any] = []

    async def update(job: pa.Job) -> None:
        pass

    def on_update(job: pa.Job) -> object:
        made.append(update(job))
        return made[-1]

    flow = make_core(clock).wait_until_done("j", WaitOptions(timeout=None, on_update=on_update))
    with pytest.raises(TypeError, match="cannot await it"):
        run(flow, Script(clock, job("j")))
    assert made[0].cr_frame is None  # closed: no "never awaited" warning later


def test_the_async_driver_awaits_on_update_and_runs_the_same_policy() -> None:
    import asyncio

    clock = Clock()
    script = Script(clock, status(500), job("j"), job("j", "COMPLETED"))
    seen: list[str] = []

    async def on_update(job: pa.Job) -> None:
        seen.append(job.status)

    settings = resolve("k", "http://127.0.0.1:9", 60.0, 2, None)
    core = Core(settings, clock=clock, jitter=lambda: 0.0, is_async=True)

    async def main() -> pa.Job:
        async with httpx.AsyncClient() as http:
            core.http = http
            flow = core.wait_until_done("j", WaitOptions(timeout=None, on_update=on_update))
            return await Core.run_async(flow, script.asend, script.asleep)

    assert asyncio.run(main()).is_done
    assert seen == ["IN_PROGRESS", "COMPLETED"] and script.sleeps == [0.5, 1.0]


@pytest.mark.parametrize("is_async", [False, True])
def test_discard_closes_the_connection_the_stray_answer_came_on(is_async: bool) -> None:
    import asyncio

    class Stream:
        closed = 0

        def close(self) -> None:
            self.closed += 1

        async def aclose(self) -> None:
            self.closed += 1

    stream = Stream()
    request = httpx.Request("GET", "http://x")
    stray = httpx.Response(200, request=request, extensions={"network_stream": stream})
    stray_reply = Reply(stray, json.dumps(job_body("other")).encode())
    no_stream = job("other")  # a response with no connection behind it: nothing to close
    clock = Clock()
    script = Script(clock, stray_reply, no_stream, job("mine"))
    flow = make_core(clock).get("mine")
    if is_async:
        result = asyncio.run(Core.run_async(flow, script.asend, script.asleep))
    else:
        result = run(flow, script)
    assert result.id == "mine" and stream.closed == 1 and script.sleeps == [0.5, 1.0]


def test_an_interrupt_during_create_and_wait_names_the_created_job() -> None:
    clock = Clock()
    created = job("new", "CREATED")

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    script = Script(clock, created, job("new"))
    flow = make_core(clock).create_and_wait("q", CREATE, WaitOptions(timeout=None))
    with pytest.raises(KeyboardInterrupt) as info:
        Core.run_sync(flow, script.send, interrupted)
    assert info.value.__notes__ == [
        "perplexity_async: job 'new' was created and keeps running upstream; "
        "resume with wait_until_done('new')"
    ]


def test_an_sdk_error_during_create_and_wait_carries_the_created_jobs_id() -> None:
    clock = Clock()
    script = Script(clock, job("new", "CREATED"), job("new", "FAILED"))
    flow = make_core(clock).create_and_wait("q", CREATE, WaitOptions(timeout=None))
    with pytest.raises(pa.JobFailedError) as info:
        run(flow, script)
    assert info.value.job_id == "new" and not hasattr(info.value, "__notes__")


def test_closing_a_create_and_wait_flow_mid_wait_adds_no_note() -> None:
    clock = Clock()
    flow = make_core(clock).create_and_wait("q", CREATE, WaitOptions(timeout=None))
    send = next(flow)
    assert isinstance(send, Send) and send.request.method == "POST"
    assert isinstance(flow.send(job("new", "CREATED")), Send)  # the first poll
    flow.close()  # as a driver does when its caller goes away
    assert flow.gi_frame is None


def test_bad_wait_arguments_raise_before_the_submit() -> None:
    clock = Clock()
    flow = make_core(clock).create_and_wait(
        "q", CREATE, WaitOptions(timeout=None, poll_interval=2.0, max_poll_interval=1.0)
    )
    with pytest.raises(ValueError, match="max_poll_interval"):
        next(flow)


@pytest.mark.parametrize("on_client", [True, False])
def test_requests_carry_the_defaults_unless_the_client_does(on_client: bool) -> None:
    settings = resolve("k", "http://127.0.0.1:9", 60.0, 2, {"X-Tag": "mine"})
    core = Core(settings, clock=Clock(), defaults_on_client=on_client)
    with httpx.Client(headers={"X-Client": "c"}, timeout=7.0) as http:
        core.http = http
        request = core.build_get(
            "j", core.prepare(CallOptions(extra_headers={"X-Extra": "e", "x-tag": "per request"}))
        )
    assert request.headers["x-client"] == "c" and request.headers["x-tag"] == "per request"
    if on_client:  # the SDK made this client with its headers and timeout: not repeated
        assert "authorization" not in request.headers
        assert request.extensions["timeout"]["read"] == 7.0
    else:  # a user's client, left unchanged: each request carries them
        assert request.headers["authorization"] == "Bearer k"
        assert request.extensions["timeout"]["read"] == 60.0


def test_no_timeout_means_no_budget_outside_a_wait_and_the_time_left_in_one() -> None:
    clock = Clock()
    core = make_core(clock, timeout=None)
    assert next(core.get("j")).budget is None
    flow = core.wait_until_done("j", WaitOptions(timeout=5.0))
    assert next(flow).budget == 5.0


def test_the_jitter_is_random_by_default() -> None:
    settings = resolve("k", "http://127.0.0.1:9", 60.0, 2, None)
    core = Core(settings, clock=Clock())
    assert {0 <= core._jitter() < 1 for _ in range(20)} == {True}
    assert len({core._jitter() for _ in range(20)}) > 1


def test_list_is_one_call_with_the_retry_policy() -> None:
    clock = Clock()
    summary = {"id": "a", "model": "sonar", "status": "COMPLETED", "created_at": 1_700_000_000}
    listed = {"requests": [summary]}
    answer = Reply(job("a").response, json.dumps({**listed, "next_token": None}).encode())
    script = Script(clock, status(502), answer)
    jobs = run(make_core(clock).list(), script)
    assert [(j.id, j.status) for j in jobs] == [("a", "COMPLETED")]
    request, _ = script.sent[0]
    assert request.method == "GET" and script.sleeps == [0.5]


def test_the_async_driver_turns_transport_errors_into_outcomes_and_throws_interrupts() -> None:
    import asyncio

    clock = Clock()
    script = Script(clock, httpx.ConnectError("refused"), job("new", "CREATED"), job("new"))
    sleeps: list[float] = []

    async def cancelled_at_the_poll_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 2:  # the retry's sleep passes; the wait's is cancelled
            raise asyncio.CancelledError

    async def main() -> None:
        async with httpx.AsyncClient() as http:
            core = make_core(clock)
            core.http = http
            flow = core.create_and_wait("q", CREATE, WaitOptions(timeout=None))
            await Core.run_async(flow, script.asend, cancelled_at_the_poll_sleep)

    with pytest.raises(asyncio.CancelledError) as info:
        asyncio.run(main())
    assert sleeps == [0.5, 1.0] and script.outcomes == []
    assert "job 'new' was created" in info.value.__notes__[0]


@pytest.mark.parametrize("is_async", [False, True])
def test_a_failure_thrown_in_at_a_retry_sleep_is_a_failed_poll_and_the_wait_goes_on(
    is_async: bool,
) -> None:
    import asyncio

    clock = Clock()
    script = Script(clock, status(503), job("j", "COMPLETED"))
    sleeps: list[float] = []

    def flaky_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 1:
            raise pa.APIConnectionError("the retry's sleep failed")

    async def async_flaky_sleep(seconds: float) -> None:
        flaky_sleep(seconds)

    flow = make_core(clock).wait_until_done("j", WaitOptions(timeout=None))
    if is_async:
        done = asyncio.run(Core.run_async(flow, script.asend, async_flaky_sleep))
    else:
        done = Core.run_sync(flow, script.send, flaky_sleep)
    assert done.is_done and script.outcomes == []
    assert sleeps == [0.5, 1.0]  # the retry's sleep, then the wait's next poll sleep


def test_an_sdk_error_without_a_job_id_leaving_create_and_wait_gets_the_created_ones() -> None:
    clock = Clock()
    script = Script(clock, job("new", "CREATED"), job("new"))

    def failing_sleep(seconds: float) -> None:
        raise pa.APIConnectionError("no job id on this one")

    flow = make_core(clock).create_and_wait("q", CREATE, WaitOptions(timeout=None))
    with pytest.raises(pa.APIConnectionError) as info:
        Core.run_sync(flow, script.send, failing_sleep)
    assert info.value.job_id == "new"
