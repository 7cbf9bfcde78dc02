"""Submitting (create, create_and_wait) and listing jobs, sync and async, over real sockets."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from .helpers import KINDS, Facade, VirtualTime, raises


@pytest.fixture(params=KINDS)
def api(request: pytest.FixtureRequest, server: MockServer) -> Facade:
    return Facade(request.param, server, vt=VirtualTime())


def _posted(server: MockServer) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in server.requests if r.method == "POST"]


def test_create_sends_the_typed_options_and_returns_the_created_job(
    api: Facade, server: MockServer
) -> None:
    job = api.create(
        "What changed in RFC 9110?",
        model="sonar-pro",
        search_mode="academic",
        max_tokens=500,
        search_domain_filter=["rfc-editor.org"],
        web_search_options={"search_context_size": "high"},
    )
    assert isinstance(job, pa.Job) and job.status is pa.JobStatus.CREATED
    assert job.model == "sonar-pro" and job.id in server.created_jobs
    (body,) = _posted(server)
    assert body["request"] == {
        "model": "sonar-pro",
        "messages": [{"role": "user", "content": "What changed in RFC 9110?"}],
        "search_mode": "academic",
        "max_tokens": 500,
        "search_domain_filter": ["rfc-editor.org"],
        "web_search_options": {"search_context_size": "high"},
    }
    assert uuid.UUID(body["idempotency_key"])  # one was made for this call


def test_chat_messages_and_an_explicit_idempotency_key(api: Facade, server: MockServer) -> None:
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "Why poll?"}]},
    ]
    first = api.create(messages, idempotency_key="order-42")
    again = api.create(messages, idempotency_key="order-42")  # the same key: the same job
    assert first.id == again.id and server.created_jobs == [first.id]
    assert [b["idempotency_key"] for b in _posted(server)] == ["order-42", "order-42"]
    assert _posted(server)[0]["request"]["messages"] == messages


def test_a_create_whose_response_is_lost_is_retried_into_one_job(
    api: Facade, server: MockServer
) -> None:
    server.inject(Fault.lose_response())  # the job is created, the answer never arrives
    job = api.create("Lost and found?")
    assert server.created_jobs == [job.id]  # one job, not two
    keys = [b["idempotency_key"] for b in _posted(server)]
    assert len(keys) == 2 and keys[0] == keys[1]  # the retry reused this call's key


def test_each_create_call_gets_its_own_key(api: Facade, server: MockServer) -> None:
    first, second = api.create("one"), api.create("one")
    assert first.id != second.id
    keys = [b["idempotency_key"] for b in _posted(server)]
    assert len(set(keys)) == 2


def test_create_and_wait_returns_the_completed_job(api: Facade, server: MockServer) -> None:
    server.script_created_jobs(polls_before_done=3, answer="Done.", citations=["https://a.example"])
    updates: list[str] = []
    job = api.create_and_wait("Go", on_update=lambda j: updates.append(j.status))
    assert job.status is pa.JobStatus.COMPLETED and job.text == "Done."
    assert job.citations == ["https://a.example"]
    assert updates == ["CREATED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED"]


def test_create_and_wait_errors_carry_the_job_id(api: Facade, server: MockServer) -> None:
    server.script_created_jobs(fail="quota exhausted")
    failed = raises(lambda: api.create_and_wait("Fail"), pa.JobFailedError)
    assert isinstance(failed, pa.JobFailedError)
    assert failed.job_id in server.created_jobs
    server.script_created_jobs(polls_before_done=10_000)
    slow = raises(lambda: api.create_and_wait("Slow", timeout=5), pa.WaitTimeoutError)
    assert isinstance(slow, pa.WaitTimeoutError)
    assert slow.job_id == server.created_jobs[-1]


def test_bad_arguments_raise_before_sending(api: Facade, server: MockServer) -> None:
    for call, error in [
        (lambda: api.create("q", max_tokens="lots"), ValueError),
        (lambda: api.create("q", bogus=1), TypeError),
        (lambda: api.create("   "), ValueError),
        (lambda: api.create([]), TypeError),
        (lambda: api.create([{"content": "no role"}]), ValueError),
        (lambda: api.create("q", model=""), ValueError),
        (lambda: api.create("q", idempotency_key=""), ValueError),
    ]:
        before = len(server.requests)
        raised = raises(call, error)
        assert len(server.requests) == before, raised
    message = str(raises(lambda: api.create("q", max_tokens="lots"), ValueError))
    assert "max_tokens" in message and "string" in message


def test_the_servers_422_is_an_unprocessable_entity_error(api: Facade, server: MockServer) -> None:
    detail = [{"loc": ["body", "request", "max_tokens"], "msg": "too large", "type": "value_error"}]
    server.inject(Fault.status(422, body={"detail": detail}))
    error = raises(lambda: api.create("q", max_tokens=10**6), pa.UnprocessableEntityError)
    assert isinstance(error, pa.UnprocessableEntityError)
    assert [(d.loc, d.msg) for d in error.detail] == [
        (["body", "request", "max_tokens"], "too large")
    ]


def test_list_returns_summaries_with_the_job_conveniences(api: Facade, server: MockServer) -> None:
    server.add_job("done", answer="x")
    api.get("done")
    server.add_job("pending", polls_before_done=5)
    jobs = api.list()
    assert isinstance(jobs, pa.JobList) and jobs.next_token is None
    by_id = {summary.id: summary for summary in jobs}
    assert set(by_id) == {"done", "pending"} and len(jobs) == 2
    done, pending = by_id["done"], by_id["pending"]
    assert isinstance(done, pa.JobSummary)
    assert done.status is pa.JobStatus.COMPLETED and done.is_done
    assert done.completed_at is not None and done.completed_at.tzinfo is not None
    assert pending.status is pa.JobStatus.CREATED and not pending.is_done
    assert pending.started_at is None
    assert jobs.to_dict()["requests"][0]["id"] in by_id
    assert [
        r.query for r in server.requests if r.method == "GET" and r.path.endswith("completions")
    ] == [""]
