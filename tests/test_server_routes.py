"""The embedded server's routing and Agent API runs, over real HTTP: every path answers its own
methods (405 with Allow otherwise), unknown paths say what was asked, every answer has an
x-request-id, a handler's bug is a JSON 500, and runs go queued -> in_progress -> terminal."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

import perplexity_async as pa
from perplexity_async._validate import check_agent_body
from perplexity_async.testing import Fault, MockServer, Workload

from .conftest import API_KEY

ROUTES = {
    "/v1/async/sonar": "POST",
    "/v1/async/sonar/req-1": "GET",
    "/async/chat/completions": "GET, POST",
    "/async/chat/completions/req-1": "GET",
    "/v1/agent": "POST",
    "/v1/responses": "POST",
    "/v1/agent/resp_1": "GET",
    "/v1/responses/resp_1": "GET",
    "/v1/agent/resp_1/cancel": "POST",
    "/v1/responses/resp_1/cancel": "POST",
}
# The standard library answered these (and any other) with a 501 HTML page.
OTHER_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "QUERY", "HEAD"]


@pytest.fixture
def http(server: MockServer) -> Iterator[httpx.Client]:
    auth = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=server.base_url, headers=auth) as client:
        yield client


@pytest.mark.parametrize("path", sorted(ROUTES))
def test_a_method_a_path_does_not_answer_is_405_with_allow(http: httpx.Client, path: str) -> None:
    for method in OTHER_METHODS:
        if method in ROUTES[path]:
            continue
        answer = http.request(method, path)
        assert (answer.status_code, answer.headers["allow"]) == (405, ROUTES[path]), method
        if method != "HEAD":  # no body on a HEAD answer, the connection stays usable
            error = answer.json()["error"]
            assert method in error["message"] and error["code"] == 405


def test_an_unknown_path_says_what_was_asked(http: httpx.Client) -> None:
    answer = http.request("PATCH", "/v2/nothing/here")
    assert answer.status_code == 404
    assert answer.json()["error"]["message"] == "Not found: PATCH /v2/nothing/here (no such route)"
    # a known job path with an unknown id keeps the API's own message
    assert http.get("/v1/async/sonar/req-x").json()["error"]["message"] == "Async request not found"


def test_every_answer_has_the_x_request_id_it_recorded(
    server: MockServer, http: httpx.Client
) -> None:
    server.inject(Fault.status(503))
    answers = [
        http.get("/v1/async/sonar/x"),  # the fault
        http.get("/v1/async/sonar/x"),  # 404
        httpx.get(f"{server.base_url}/v1/agent/resp_1"),  # 401
        http.delete("/v1/agent"),  # 405
        http.post("/v1/agent", json={"input": "x"}),  # 200
    ]
    ids = [answer.headers["x-request-id"] for answer in answers]
    assert [a.status_code for a in answers] == [503, 404, 401, 405, 200]
    assert ids == [r.x_request_id for r in server.requests] and len(set(ids)) == 5


def test_a_bug_in_a_handler_is_a_json_500_not_a_dropped_connection(
    server: MockServer, http: httpx.Client
) -> None:
    server.add_job("req-bad", search_results=["not an object"])  # type: ignore[list-item]
    answer = http.get("/v1/async/sonar/req-bad")
    assert answer.status_code == 500
    assert answer.json()["error"]["message"].startswith("MockServer failed on GET /v1/async/sonar/")
    assert http.get("/v1/async/sonar/req-none").status_code == 404  # still serving


def test_a_request_the_stdlib_cannot_parse_gets_the_json_envelope(server: MockServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        raw.sendall(b"GET /v1/agent HTTP/1.1\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n")
        reply = b""
        while chunk := raw.recv(4096):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 431") and b"x-request-id" in head
    assert body.startswith(b'{"error": {"message": ')


def test_bad_content_length_is_a_400(server: MockServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        raw.sendall(b"POST /v1/agent HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n")
        reply = b""
        while chunk := raw.recv(4096):  # headers and body come as two writes; then it closes
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 400") and b"bad Content-Length" in reply


def test_a_run_steps_through_its_states_and_serves_on_both_paths(
    server: MockServer, http: httpx.Client
) -> None:
    server.add_job("resp_a", polls_before_done=2, answer="Yes.", citations=["https://c.example"])
    first = http.get("/v1/agent/resp_a").json()
    second = http.get("/v1/responses/resp_a").json()
    third = http.get("/v1/agent/resp_a").json()
    assert [first["status"], second["status"], third["status"]] == [
        "queued",
        "in_progress",
        "completed",
    ]
    assert first["output"] == second["output"] == [] and server.polls("resp_a") == 3
    search, message = third["output"]
    assert search["results"][0]["url"] == "https://c.example"
    assert message["content"][0] == {"type": "output_text", "text": "Yes.", "annotations": []}
    assert third["usage"]["cost"]["total_cost"] == 0.006
    # the two kinds do not mix: a run is not a Sonar job, nor listed
    assert http.get("/v1/async/sonar/resp_a").status_code == 404
    assert http.get("/async/chat/completions").json()["requests"] == []
    server.add_job("req-s")
    assert http.get("/v1/agent/req-s").json()["error"]["type"] == "not_found"


def test_cancel_acknowledges_then_reads_cancelled_400_when_terminal_404_when_unknown(
    server: MockServer, http: httpx.Client
) -> None:
    server.add_job("resp_c", polls_before_done=9)
    server.add_job("resp_done")
    http.get("/v1/agent/resp_done")
    assert http.post("/v1/responses/resp_c/cancel").json() == {
        "response_id": "resp_c",
        "status": "cancelling",
    }
    assert http.get("/v1/agent/resp_c").json()["status"] == "cancelled"
    terminal = http.post("/v1/agent/resp_done/cancel")
    assert (
        terminal.status_code == 400 and "already completed" in terminal.json()["error"]["message"]
    )
    assert http.post("/v1/agent/resp_nope/cancel").status_code == 404
    assert http.post("/v1/agent/req-s/cancel").status_code == 404  # no Sonar job is cancellable


def test_cancel_sees_a_run_finished_by_the_clock() -> None:
    now = [0.0]
    with MockServer(api_key=API_KEY, workload=Workload(job_seconds=5), clock=lambda: now[0]) as s:
        auth = {"Authorization": f"Bearer {API_KEY}"}
        with httpx.Client(base_url=s.base_url, headers=auth) as http:
            run = http.post("/v1/agent", json={"input": "x", "background": True}).json()
            now[0] = 5.0
            assert http.post(f"/v1/agent/{run['id']}/cancel").status_code == 400


# Bodies the Agent API refuses, and the param it names: the server and the client use one set of
# rules (the spec's, generated), so both refuse each of them, naming the same field.
REFUSED = [
    ({"input": "x", "search_mode": "web"}, "search_mode"),  # an unknown field (Sonar's)
    ({"model": "sonar"}, "input"),
    ({"input": 3}, "input"),
    ({"input": "x", "background": "yes"}, "background"),
    ({"input": "x", "models": []}, "models"),
    ({"input": "x", "max_output_tokens": 0}, "max_output_tokens"),  # a bad value
    ({"input": "x", "tool_choice": "maybe"}, "tool_choice"),
    ({"input": "x", "tools": [{"type": "nope"}]}, "tools[0].type"),
    ({"input": [{"role": "user"}]}, "input[0].content"),
]


@pytest.mark.parametrize(("body", "param"), REFUSED)
def test_a_refused_create_is_a_400_naming_param_as_the_client_refuses_it(
    server: MockServer, http: httpx.Client, body: dict[str, object], param: str
) -> None:
    answer = http.post("/v1/responses", json=body)
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert (error["param"], error["type"]) == (param, "invalid_parameter")
    assert error["message"].startswith(f"{param} ")
    assert server.created_jobs == []
    with pytest.raises((TypeError, ValueError)) as raised:
        check_agent_body(body)
    assert str(raised.value) == error["message"]


@pytest.mark.parametrize(
    "body",
    [
        {"input": "x"},  # only input: the API's defaults for the rest
        {
            "input": [{"role": "user", "content": "Hi"}],
            "background": True,
            "max_output_tokens": 2199.0,  # an integer for JSON Schema
            "tools": [{"type": "web_search"}],
            "models": ["openai/gpt-5.1"],
        },
    ],
)
def test_a_body_the_rules_allow_is_created(
    server: MockServer, http: httpx.Client, body: dict[str, object]
) -> None:
    check_agent_body(body)  # the client sends it
    answer = http.post("/v1/agent", json=body)
    assert answer.status_code == 200, answer.text
    assert server.created_jobs == [answer.json()["id"]]


def test_a_create_body_that_is_not_an_object_is_a_400_without_param(
    server: MockServer, http: httpx.Client
) -> None:
    answer = http.post("/v1/agent", json=["input", "x"])
    assert answer.status_code == 400 and "param" not in answer.json()["error"]
    assert (
        answer.json()["error"]["message"] == "the body must be a mapping, got list ['input', 'x']"
    )
    assert server.created_jobs == []


def test_create_defaults_and_echoes(server: MockServer, http: httpx.Client) -> None:
    queued = http.post(
        "/v1/agent", json={"input": [{"role": "user", "content": "Hi"}], "background": True}
    )
    assert (queued.json()["status"], queued.json()["effort"]) == ("queued", "medium")
    preset = http.post("/v1/agent", json={"input": "x", "preset": "pro-search"}).json()
    assert preset["status"] == "completed" and preset["preset"] == "pro-search"
    assert "effort" not in preset
    assert server.created_jobs == [queued.json()["id"], preset["id"]]


def test_faults_and_the_workload_apply_to_runs_too() -> None:
    workload = Workload(submits_per_minute=1, failure_rate=1)
    with MockServer(api_key=API_KEY, workload=workload) as server:
        server.inject(Fault.status(503))
        auth = {"Authorization": f"Bearer {API_KEY}"}
        with httpx.Client(base_url=server.base_url, headers=auth) as http:
            assert http.post("/v1/agent", json={"input": "x"}).status_code == 503
            failed = http.post("/v1/agent", json={"input": "x"}).json()
            limited = http.post("/v1/responses", json={"input": "y"})
    assert failed["status"] == "failed" and "failure_rate" in failed["error"]["message"]
    assert limited.status_code == 429 and "retry-after" in limited.headers
    assert [r.path for r in server.requests] == ["/v1/agent", "/v1/agent", "/v1/responses"]


def test_the_client_validator_names_a_malformed_discriminator_and_takes_integral_floats(
    server: MockServer, http: httpx.Client
) -> None:
    with pa.Client(api_key=API_KEY, base_url=server.base_url) as client:
        with pytest.raises(ValueError, match=r"^response_format\.type must be one of"):
            client.sonar.create("Hi", model="sonar", response_format={"type": {}})
        job = client.sonar.create("Hi", model="sonar", max_tokens=2199.0)  # type: ignore[arg-type]
    assert job.id in server.created_jobs
    sent = json.loads(server.requests[-1].body)["request"]["max_tokens"]
    assert (sent, type(sent)) == (2199, int)  # the same JSON number, as the models take it
    body = {"request": {"model": "sonar", "messages": [], "response_format": {"type": {}}}}
    assert http.post("/v1/async/sonar", json=body).status_code == 422
    body = {"request": {"model": "sonar", "messages": [], "max_tokens": 2199.0}}
    assert http.post("/async/chat/completions", json=body).status_code == 200
