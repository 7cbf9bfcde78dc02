"""Submitting (create, create_and_wait) and listing jobs, sync and async, over real sockets."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from .helpers import Facade, raises


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
        temperature=0.2,
        top_p=0.9,
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
        "temperature": 0.2,
        "top_p": 0.9,
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
    assert failed.job_id in server.created_jobs
    server.script_created_jobs(polls_before_done=10_000)
    slow = raises(lambda: api.create_and_wait("Slow", timeout=5), pa.WaitTimeoutError)
    assert slow.job_id == server.created_jobs[-1]


BAD_ARGUMENTS: list[tuple[dict[str, Any], type[Exception], str]] = [
    # (create's arguments beside the question, the error, its message): from the spec's rules
    ({"max_tokens": "lots"}, TypeError, "max_tokens must be int or None, got str 'lots'"),
    ({"max_tokens": 0}, ValueError, "max_tokens must be > 0, got 0"),
    ({"max_tokens": 128_001}, ValueError, "max_tokens must be <= 128000, got 128001"),
    ({"max_tokens": True}, TypeError, "max_tokens must be int or None, got bool True"),
    ({"temperature": 2.5}, ValueError, "temperature must be <= 2, got 2.5"),
    ({"temperature": float("nan")}, ValueError, "temperature must be a finite number"),
    ({"top_p": -0.1}, ValueError, "top_p must be >= 0, got -0.1"),
    ({"top_p": "high"}, TypeError, "top_p must be float or None, got str 'high'"),
    ({"n": 2}, TypeError, "unknown request option(s): n"),  # removed upstream
    (
        {"search_mode": "acadmic"},
        ValueError,
        "search_mode must be one of 'web', 'academic', 'sec', got 'acadmic'",
    ),
    (
        {"search_recency_filter": "decade"},
        ValueError,
        "search_recency_filter must be one of 'hour', 'day', 'week', 'month', 'year'",
    ),
    ({"reasoning_effort": "max"}, ValueError, "reasoning_effort must be one of 'minimal'"),
    ({"search_domain_filter": [1]}, TypeError, "search_domain_filter[0] must be str, got int 1"),
    ({"web_search_options": "high"}, TypeError, "web_search_options must be dict, got str"),
    (
        {"web_search_options": {"search_context_size": "huge"}},
        ValueError,
        "web_search_options.search_context_size must be one of 'low', 'medium', 'high'",
    ),
    (
        {"web_search_options": {"user_location": {"latitude": "north"}}},
        TypeError,
        "web_search_options.user_location.latitude must be float or None, got str 'north'",
    ),
    ({"response_format": {"type": "xml"}}, ValueError, "response_format.type must be one of"),
    (
        {"response_format": {"type": "json_schema"}},
        ValueError,
        "response_format.json_schema is required",
    ),
    ({"bogus": 1}, TypeError, "unknown request option(s): bogus"),
    ({"model": ""}, ValueError, "model must be a non-empty str"),
    ({"idempotency_key": ""}, ValueError, "idempotency_key must be a non-empty str"),
]
BAD_MESSAGES: list[tuple[Any, type[Exception], str]] = [
    ("   ", ValueError, "the question is empty"),
    ([], TypeError, "messages must be a question"),
    ([{"content": "no role"}], ValueError, "messages[0].role is required"),
    (
        [{"role": "usr", "content": "hi"}],
        ValueError,
        "messages[0].role must be one of 'system', 'user', 'assistant', 'tool', got 'usr'",
    ),
    (
        [{"role": "user", "content": [{"type": "image_url", "image_url": 5}]}],
        TypeError,
        "messages[0].content[0].image_url must be dict or str, got int 5",
    ),
    (
        [{"role": "user", "content": [{"type": "audio", "audio": "x"}]}],
        ValueError,
        "messages[0].content[0].type must be one of 'text', 'image_url', 'file_url'",
    ),
    ([{"role": "user", "content": 42}], TypeError, "messages[0].content must be str or list"),
]


def test_bad_arguments_raise_naming_the_field_before_sending(
    api: Facade, server: MockServer
) -> None:
    cases = [("q", kwargs, error, text) for kwargs, error, text in BAD_ARGUMENTS]
    cases += [(messages, {}, error, text) for messages, error, text in BAD_MESSAGES]
    for messages, kwargs, error, text in cases:
        raised = raises(lambda m=messages, k=kwargs: api.create(m, **k), error)
        assert text in str(raised), (kwargs, messages, raised)
    assert server.requests == []  # nothing was sent


def test_any_model_name_is_sent_silently(
    api: Facade, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    job = api.create("q", model="sonar-ultra-2031")  # newer than this SDK's spec
    assert job.model == "sonar-ultra-2031"
    assert _posted(server)[0]["request"]["model"] == "sonar-ultra-2031"
    assert [r.message for r in caplog.records if r.levelname == "WARNING"] == []


def test_the_servers_422_is_an_unprocessable_entity_error(api: Facade, server: MockServer) -> None:
    # a valid request the API still refuses (a rule the spec does not state)
    detail = [{"loc": ["body", "request", "max_tokens"], "msg": "too large", "type": "value_error"}]
    server.inject(Fault.status(422, body={"detail": detail}))
    error = raises(lambda: api.create("q", max_tokens=100_000), pa.UnprocessableEntityError)
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
    job_paths = ("/done", "/pending")  # the list is the one GET that names no job
    assert [
        r.query for r in server.requests if r.method == "GET" and not r.path.endswith(job_paths)
    ] == [""]
