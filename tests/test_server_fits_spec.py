"""Every body the embedded server serves validates against openapi.yaml, so it cannot drift."""

from __future__ import annotations

import json

import httpx

from perplexity_async.testing import Fault, MockServer, completed_job_body, job_body

from .conftest import API_KEY
from .spec_schema import errors

JOB = "AsyncApiChatCompletionsResponse"


def test_the_schema_check_itself_catches_a_bad_body() -> None:
    body = completed_job_body("r", answer="x")
    del body["response"]["choices"][0]["delta"]
    problems = errors(JOB, body)
    assert len(problems) == 1 and problems[0].startswith("response: ")


def test_every_state_of_a_scripted_job_fits_the_spec(server: MockServer) -> None:
    server.add_job(
        "ok",
        polls_before_done=2,
        answer="A long answer.",
        citations=["https://a.example/1", "https://b.example/2"],
        search_results=[{"title": "A", "url": "https://a.example/1", "date": "2026-01-02"}],
    )
    server.add_job("bad", polls_before_done=1, fail="upstream model error")
    seen = []
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {API_KEY}"}
    ) as c:
        for request_id, polls in (("ok", 4), ("bad", 3)):
            for _ in range(polls):
                response = c.get(f"/v1/async/sonar/{request_id}")
                assert response.status_code == 200
                body = response.json()
                assert errors(JOB, body) == [], body
                seen.append(body["status"])
    assert seen == [
        "CREATED",
        "IN_PROGRESS",
        "COMPLETED",
        "COMPLETED",
        "CREATED",
        "FAILED",
        "FAILED",
    ]


def test_the_body_helpers_fit_the_spec() -> None:
    assert errors(JOB, job_body("x")) == []
    assert errors(JOB, completed_job_body("x")) == []


def test_the_default_422_body_fits_the_validation_error_schema(server: MockServer) -> None:
    server.inject(Fault.status(422))
    response = httpx.get(f"{server.base_url}/v1/async/sonar/x")
    assert response.status_code == 422
    assert errors("HTTPValidationError", json.loads(response.content)) == []


def test_create_and_list_answers_fit_the_spec(server: MockServer) -> None:
    auth = {"Authorization": f"Bearer {API_KEY}"}
    body = {"request": {"model": "sonar", "messages": [{"role": "user", "content": "Hi"}]}}
    created = httpx.post(f"{server.base_url}/v1/async/sonar", json=body, headers=auth)
    assert created.status_code == 200 and errors(JOB, created.json()) == []
    listed = httpx.get(f"{server.base_url}/async/chat/completions", headers=auth)
    assert listed.status_code == 200
    assert errors("ListAsyncApiChatCompletionsResponse", listed.json()) == []
    assert [r["id"] for r in listed.json()["requests"]] == [created.json()["id"]]
    # the legacy create path upstream still serves (the official SDK's) creates too
    legacy = httpx.post(f"{server.base_url}/async/chat/completions", json=body, headers=auth)
    assert legacy.status_code == 200 and errors(JOB, legacy.json()) == []
    assert server.created_jobs == [created.json()["id"], legacy.json()["id"]]
    # a method a path does not answer: 405 naming the ones it does
    wrong = httpx.put(f"{server.base_url}/v1/async/sonar", json=body, headers=auth)
    assert (wrong.status_code, wrong.headers["allow"]) == (405, "POST")
    assert len(server.created_jobs) == 2


def test_a_bad_create_body_gets_a_422_naming_the_field(server: MockServer) -> None:
    auth = {"Authorization": f"Bearer {API_KEY}"}
    body = {"request": {"model": "sonar", "messages": [{"role": "user"}]}}
    response = httpx.post(f"{server.base_url}/v1/async/sonar", json=body, headers=auth)
    assert response.status_code == 422
    assert errors("HTTPValidationError", response.json()) == []
    assert response.json()["detail"][0]["loc"] == ["body", "request", "messages", 0, "content"]
    assert server.created_jobs == []
