"""The core's flows driven by hand, in virtual time: what each request may take, and what
happens on a desynchronised answer. No sockets: the outcomes are made up here."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from perplexity_async._call import WaitOptions
from perplexity_async._config import resolve
from perplexity_async._core import FINAL_POLL_GRACE, Core, Discard, Send, Sleep
from perplexity_async._errors import WaitTimeoutError
from perplexity_async._response import Reply
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
    flow = make_core(Clock(), timeout=httpx.Timeout(30.0, connect=5.0)).get("j", None)
    send = next(flow)
    assert isinstance(send, Send) and send.budget == 30.0


def test_another_jobs_answer_drops_the_connection_and_asks_again() -> None:
    clock = Clock()
    flow = make_core(clock).get("mine", None)
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
    flow = make_core(clock).get("mine", None)
    action = next(flow)
    with pytest.raises(Exception, match="answered with job 'other'"):
        for _ in range(20):
            if isinstance(action, Send):
                action = flow.send(reply(action.request, "other"))
            else:
                action = flow.send(None)
