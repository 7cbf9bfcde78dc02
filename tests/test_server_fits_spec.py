"""Every body the embedded server serves validates against openapi.yaml, so it cannot drift: the
Sonar jobs' bodies, and every answer about Agent API runs against what its operation declares."""

from __future__ import annotations

import json
from typing import Any

import httpx

from perplexity_async.testing import (
    Fault,
    MockServer,
    completed_job_body,
    completed_run_body,
    job_body,
    run_body,
)

from .conftest import API_KEY
from .spec_schema import errors, response_errors

JOB = "AsyncApiChatCompletionsResponse"


def script_ok_and_bad(server: MockServer, ok: str, bad: str) -> None:
    """``ok`` done on its third poll with an answer, citations and a search result; ``bad``
    failed on its second."""
    server.add_job(
        ok,
        polls_before_done=2,
        answer="A long answer.",
        citations=["https://a.example/1", "https://b.example/2"],
        search_results=[{"title": "A", "url": "https://a.example/1", "date": "2026-01-02"}],
    )
    server.add_job(bad, polls_before_done=1, fail="upstream model error")


def test_the_schema_check_itself_catches_a_bad_body() -> None:
    body = completed_job_body("r", answer="x")
    del body["response"]["choices"][0]["delta"]
    problems = errors(JOB, body)
    assert len(problems) == 1 and problems[0].startswith("response: ")


def test_every_state_of_a_scripted_job_fits_the_spec(server: MockServer) -> None:
    script_ok_and_bad(server, "ok", "bad")
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


# -- Agent API runs: every answer fits what its operation declares on the agent page -----------
RUN = "/v1/agent/{id}"
CANCEL = "/v1/agent/{id}/cancel"


def _fits(path: str, method: str, answer: httpx.Response) -> Any:
    body = answer.json()
    assert response_errors(path, method, answer.status_code, body) == [], body
    return body


def test_the_run_schema_check_itself_catches_a_bad_body() -> None:
    body = completed_run_body("resp_1", answer="x")
    del body["output"][1]["role"]
    assert response_errors(RUN, "get", 200, body) != []
    assert response_errors(RUN, "get", 200, run_body("resp_1", status="queued")) == []
    assert response_errors(CANCEL, "post", 409, {}) != []  # an undeclared status


def test_every_state_of_a_run_fits_the_agent_page(server: MockServer) -> None:
    script_ok_and_bad(server, "resp_ok", "resp_bad")
    server.add_job("resp_stop", polls_before_done=9)
    seen = []
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {API_KEY}"}
    ) as c:
        for run_id, polls in (("resp_ok", 3), ("resp_bad", 2)):
            for number in range(polls):
                base = "/v1/responses" if number % 2 else "/v1/agent"  # the alias serves the same
                seen.append(_fits(RUN, "get", c.get(f"{base}/{run_id}"))["status"])
        acknowledged = _fits(CANCEL, "post", c.post("/v1/agent/resp_stop/cancel"))
        seen.append(_fits(RUN, "get", c.get("/v1/agent/resp_stop"))["status"])
        terminal = c.post("/v1/agent/resp_ok/cancel")
        unknown = [c.get("/v1/agent/resp_nope"), c.post("/v1/responses/resp_nope/cancel")]
        unauthorized = httpx.get(f"{server.base_url}/v1/agent/resp_ok")
    assert seen == ["queued", "in_progress", "completed", "queued", "failed", "cancelled"]
    assert acknowledged == {"response_id": "resp_stop", "status": "cancelling"}
    assert terminal.status_code == 400 and _fits(CANCEL, "post", terminal)["error"]["message"]
    assert [a.status_code for a in unknown] == [404, 404]
    _fits(RUN, "get", unknown[0])
    _fits(CANCEL, "post", unknown[1])
    assert unauthorized.status_code == 401
    _fits(RUN, "get", unauthorized)


def test_the_creates_answers_fit_the_agent_page(server: MockServer) -> None:
    auth = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=server.base_url, headers=auth) as c:
        queued = _fits(
            "/v1/agent", "post", c.post("/v1/agent", json={"input": "x", "background": True})
        )
        finished = _fits("/v1/agent", "post", c.post("/v1/responses", json={"input": "x"}))
        refused = c.post("/v1/agent", json={"input": "x", "search_mode": "web"})
        not_json = c.post("/v1/agent", content=b"{")
    assert (queued["status"], finished["status"]) == ("queued", "completed")
    assert refused.status_code == 400
    assert _fits("/v1/agent", "post", refused)["error"]["param"] == "search_mode"
    assert (
        not_json.status_code == 400 and "param" not in _fits("/v1/agent", "post", not_json)["error"]
    )
    assert server.created_jobs == [queued["id"], finished["id"]]


def test_the_run_body_helpers_fit_the_agent_page() -> None:
    for status in ("queued", "in_progress", "cancelled"):
        assert response_errors(RUN, "get", 200, run_body("resp_1", status=status)) == []
    failed = run_body("resp_1", status="failed", error={"code": "x", "message": "broke"})
    assert response_errors(RUN, "get", 200, failed) == []
    done = completed_run_body("resp_1", answer="A.", citations=["https://a.example"])
    assert response_errors(RUN, "get", 200, done) == []
