"""The embedded server's own promises, over real sockets: idempotency under concurrency, faults
with headers, any JSON served as set."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer
from perplexity_async.testing._server import JOB_PREFIX, JOB_SUFFIX

from .conftest import API_KEY

AUTH = {"Authorization": f"Bearer {API_KEY}"}


def job_path(request_id: str) -> str:
    """The server's own path for a job (it moves with the spec)."""
    return f"{JOB_PREFIX}{request_id}{JOB_SUFFIX}"


def list_path(server: MockServer) -> str:
    """The path the SDK lists jobs at (it moves with the spec), as the server saw it."""
    with pa.Client(API_KEY, base_url=server.base_url) as client:
        client.sonar.list()
    return server.requests[-1].path


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Switch threads very often, so a gap between a check and its act shows up at once."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    yield
    sys.setswitchinterval(before)


def test_concurrent_creates_with_one_idempotency_key_make_one_job(
    server: MockServer, busy_switching: None
) -> None:
    rounds, threads = 30, 8
    barrier = threading.Barrier(threads)
    ids: list[list[str]] = [[] for _ in range(rounds)]

    def submit() -> None:
        with pa.Client(API_KEY, base_url=server.base_url, timeout=10) as client:
            for round_ in range(rounds):
                barrier.wait(timeout=10)  # all threads submit this round's key at once
                job = client.sonar.create("Hi", model="sonar", idempotency_key=f"key-{round_}")
                ids[round_].append(job.id)

    workers = [threading.Thread(target=submit) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    assert [len(round_ids) for round_ids in ids] == [threads] * rounds
    assert [len(set(round_ids)) for round_ids in ids] == [1] * rounds  # one job per key
    assert len(server.created_jobs) == rounds


def test_a_status_fault_sends_the_headers_given(server: MockServer) -> None:
    server.inject(
        Fault.status(503, headers={"X-Trace": "abc", "Content-Type": "text/html"}, retry_after=2)
    )
    response = httpx.get(server.base_url + job_path("x"), headers=AUTH)
    assert response.status_code == 503
    assert response.headers["x-trace"] == "abc" and response.headers["retry-after"] == "2"
    assert response.headers.get_list("content-type") == ["text/html"]  # replaced, not doubled


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"headers": {"X-Bad": "a\r\nInjected: 1"}}, ValueError),
        ({"headers": {"Content-Length": "5"}}, ValueError),
        ({"headers": {"Retry-After": "1"}, "retry_after": 1}, ValueError),
        ({"headers": {"X-Number": 1}}, TypeError),
    ],
)
def test_a_status_fault_refuses_headers_it_cannot_send(kwargs: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        Fault.status(500, **kwargs)


@pytest.mark.parametrize("body", [["not", "a", "job"], "text", None, 42, {"id": "odd"}])
def test_set_job_body_serves_any_json_as_given(server: MockServer, body: Any) -> None:
    jobs = list_path(server)
    server.set_job_body("odd", body)
    with httpx.Client(base_url=server.base_url, headers=AUTH) as http:
        served = http.get(job_path("odd"))
        listed = http.get(jobs)
    assert served.status_code == 200 and served.json() == body
    assert listed.status_code == 200 and [r["id"] for r in listed.json()["requests"]] == ["odd"]
    assert server.polls("odd") == 1


def test_set_job_body_refuses_what_is_not_json(server: MockServer) -> None:
    with pytest.raises(TypeError, match="JSON"):
        server.set_job_body("x", {"when": object()})


def test_script_created_jobs_refuses_bad_options_at_once(server: MockServer) -> None:
    with pytest.raises(TypeError):
        server.script_created_jobs(polls=3)
    with pytest.raises(TypeError):
        server.script_created_jobs(done_at=3.0)  # the server's own, not add_job's
    with pytest.raises(ValueError, match="polls_before_done"):
        server.script_created_jobs(polls_before_done=-1)


def test_a_burst_of_connects_is_accepted_at_once_not_retried(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A listen backlog of 5 (socketserver's default) made 200 simultaneous connects wait on
    SYN retransmits: requests timed out and were retried. Every one gets through first time."""
    import asyncio

    for i in range(200):
        server.add_job(f"burst-{i}", answer="a")

    async def burst() -> list[pa.Job]:
        timeout = httpx.Timeout(30.0, connect=0.5)  # a retransmitted SYN waits 1 s
        async with pa.AsyncClient(API_KEY, base_url=server.base_url, timeout=timeout) as client:
            return await asyncio.gather(*(client.get(f"burst-{i}") for i in range(200)))

    with caplog.at_level(logging.DEBUG, logger="perplexity_async"):
        jobs = asyncio.run(burst())
    assert [job.id for job in jobs] == [f"burst-{i}" for i in range(200)]
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retry ")]
    assert retries == []  # a connect that timed out would have been retried
