"""The Agent API's background runs through both clients, against the embedded server:
``client.agent.*``, runs and Sonar jobs mixed in the shared methods, cancel, the run's ends,
and a create that is never sent twice blindly."""

from __future__ import annotations

import json
import logging
import pickle
import socket
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer, completed_run_body, run_body

from .helpers import API_KEY, Facade, VirtualTime, raises

RUN_MAY_EXIST = "a run may have been created"


def _posts(server: MockServer) -> list[dict[str, Any]]:
    """The JSON bodies of the creates the server saw (a cancel's POST has none)."""
    return [json.loads(r.body) for r in server.requests if r.method == "POST" and r.body]


def _notes(error: BaseException) -> str:
    return "\n".join(getattr(error, "__notes__", []))


def test_create_submits_a_background_run_asking_for_medium_effort_by_default(
    api: Facade, server: MockServer
) -> None:
    job = api.run("What is QUIC?")
    assert job.api == "agent" and job.id.startswith("resp_")
    assert job.status in (pa.JobStatus.QUEUED, pa.JobStatus.IN_PROGRESS) and not job.is_done
    (body,) = _posts(server)
    assert body == {"input": "What is QUIC?", "effort": "medium", "background": True}
    assert server.requests[0].path == "/v1/agent"


@pytest.mark.parametrize(
    "chosen",
    [{"effort": "high"}, {"preset": "pro-search"}, {"model": "openai/gpt-5"}, {"models": ["a/b"]}],
)
def test_a_chosen_effort_preset_or_model_is_sent_without_the_default(
    api: Facade, server: MockServer, chosen: dict[str, Any]
) -> None:
    api.run("q", instructions="Be brief.", **chosen)
    (body,) = _posts(server)
    assert body == {"input": "q", "instructions": "Be brief.", **chosen, "background": True}


def test_input_items_as_dicts_or_models_are_sent_in_the_api_shape(
    api: Facade, server: MockServer
) -> None:
    from perplexity_async_api.models import InputMessage

    items = [
        {"role": "system", "content": "Cite sources."},
        InputMessage.from_dict({"role": "user", "content": "What is HTTP/3?"}),
    ]
    api.run(items, effort="low")
    (body,) = _posts(server)
    assert body["input"] == [
        {"role": "system", "content": "Cite sources."},
        {"role": "user", "content": "What is HTTP/3?"},
    ]


@pytest.mark.parametrize(
    ("arguments", "error_type", "named"),
    [
        ({"search_mode": "academic"}, TypeError, "search_mode"),  # a Sonar option
        ({"max_output_tokens": 0}, ValueError, "max_output_tokens"),
        ({"models": ["a/b"] * 6}, ValueError, "models"),
        ({"background": False}, TypeError, "background"),
        ({"stream": True}, TypeError, "stream"),
    ],
)
def test_an_option_the_agent_api_refuses_fails_before_any_request(
    api: Facade,
    server: MockServer,
    arguments: dict[str, Any],
    error_type: type[Exception],
    named: str,
) -> None:
    error = raises(lambda: api.run("q", **arguments), error_type)
    assert named in str(error)
    assert server.requests == []


@pytest.mark.parametrize("input", ["", "   ", [], 42])
def test_an_empty_or_wrong_input_fails_before_any_request(
    api: Facade, server: MockServer, input: Any
) -> None:
    with pytest.raises((TypeError, ValueError), match=r"input|question"):
        api.run(input)
    assert server.requests == []


def test_create_and_wait_returns_the_completed_run_with_its_answer_and_sources(
    api: Facade, server: MockServer
) -> None:
    server.script_created_jobs(
        polls_before_done=2,
        answer="QUIC is [1].",
        citations=["https://a.example", "https://b.example"],
    )
    job = api.run_and_wait("What is QUIC?", poll_interval=0.01)
    assert job.status == pa.JobStatus.COMPLETED and job.is_done and job.api == "agent"
    assert job.text == "QUIC is [1]."
    assert job.citations == ["https://a.example", "https://b.example"]
    assert [r.url for r in job.search_results] == job.citations
    assert job.cost is not None and job.cost > 0 and job.usage is not None
    assert job.request_id is not None and job.error_message is None
    assert job.response is None and job.images == [] and job.related_questions == []
    assert [r.path for r in server.requests].count("/v1/agent") == 1


def test_text_joins_the_output_text_parts_of_every_message_item_in_order(
    api: Facade, server: MockServer
) -> None:
    body = completed_run_body("resp_t", answer="first ")
    message = next(item for item in body["output"] if item["type"] == "message")
    second = {**message, "id": "msg_2", "content": [{"type": "output_text", "text": "second"}]}
    body["output"].append(second)
    server.set_job_body("resp_t", body)
    assert api.get("resp_t").text == "first second"
    server.set_job_body("resp_t", run_body("resp_t", status="in_progress"))
    assert api.get("resp_t").text is None


def test_get_and_wait_take_runs_and_sonar_jobs_by_id_or_job(
    api: Facade, server: MockServer
) -> None:
    server.add_job("resp_1", polls_before_done=1, answer="run answer")
    server.add_job("req-1", polls_before_done=1, answer="job answer")
    run, job = api.get("resp_1"), api.get("req-1")
    assert (run.api, job.api) == ("agent", "sonar")
    assert api.wait(run, poll_interval=0.01).text == "run answer"
    assert api.wait(job, poll_interval=0.01).text == "job answer"
    paths = {r.path for r in server.requests}
    assert "/v1/agent/resp_1" in paths and any(p.endswith("/req-1") for p in paths)


def test_wait_all_and_as_completed_take_both_kinds_mixed(kind: str, server: MockServer) -> None:
    server.add_job("resp_a", polls_before_done=2, answer="a")
    server.add_job("req-b", polls_before_done=1, answer="b")
    server.add_job("resp_c", fail="no capacity")
    jobs = Facade(kind, server)._call(
        "wait_all", ["resp_a", "req-b", "resp_c"], poll_interval=0.01, max_poll_interval=0.01
    )
    assert [(j.id, j.api, str(j.status)) for j in jobs] == [
        ("resp_a", "agent", "COMPLETED"),
        ("req-b", "sonar", "COMPLETED"),
        ("resp_c", "agent", "FAILED"),
    ]
    assert jobs[2].error_message == "no capacity"


def test_a_failed_run_raises_job_failed_with_its_error_message(
    api: Facade, server: MockServer
) -> None:
    server.add_job("resp_f", polls_before_done=1, fail="the model refused")
    error = raises(lambda: api.wait("resp_f", poll_interval=0.01), pa.JobFailedError)
    assert error.job_id == "resp_f" and error.job.error_message == "the model refused"
    assert "the model refused" in str(error)


def test_cancel_is_acknowledged_then_the_run_reads_cancelled_and_a_wait_raises(
    api: Facade, server: MockServer
) -> None:
    server.add_job("resp_c", polls_before_done=50)
    assert api.cancel("resp_c") is None
    (cancel,) = [r for r in server.requests if r.method == "POST"]
    assert cancel.path == "/v1/agent/resp_c/cancel"
    assert api.get("resp_c").status == pa.JobStatus.CANCELLED
    error = raises(lambda: api.wait("resp_c"), pa.JobCancelledError)
    assert error.job_id == "resp_c" and error.job.status == pa.JobStatus.CANCELLED
    # Cancelling again: the run is finished, a typed 400.
    error_400 = raises(lambda: api.cancel(api.get("resp_c")), pa.BadRequestError)
    assert error_400.status_code == 400 and error_400.job_id == "resp_c"


def test_cancel_of_an_unknown_run_is_not_found(api: Facade, server: MockServer) -> None:
    error = raises(lambda: api.cancel("resp_missing"), pa.NotFoundError)
    assert error.job_id == "resp_missing"


def test_cancel_of_a_sonar_job_fails_before_any_request(api: Facade, server: MockServer) -> None:
    server.add_job("req-1")
    error = raises(lambda: api.cancel("req-1"), ValueError)
    assert "Sonar" in str(error) and "resp_" in str(error)
    assert server.requests == []


def test_each_api_resource_refuses_the_other_apis_id_before_any_request(
    kind: str, server: MockServer
) -> None:
    facade = Facade(kind, server)
    raises(lambda: facade._call("agent.get", "req-1"), ValueError)
    raises(lambda: facade._call("sonar.get", "resp_1"), ValueError)
    raises(lambda: facade._call("agent.cancel", "req-1"), ValueError)
    assert server.requests == []


def test_a_run_at_requires_action_raises_naming_what_it_waits_for(
    api: Facade, server: MockServer
) -> None:
    call = {"type": "function_call", "id": "fc_1", "call_id": "call_9", "name": "get_weather"}
    body = run_body("resp_r", status="requires_action")
    body["output"] = [{**call, "arguments": "{}", "status": "completed"}]
    server.set_job_body("resp_r", body)
    error = raises(lambda: api.wait("resp_r"), pa.JobRequiresActionError)
    assert error.job_id == "resp_r" and error.job.is_done
    assert "get_weather" in str(error) and "call_9" in str(error)
    assert error.waiting_for == error.job.waiting_for and len(error.waiting_for) == 1


def test_an_unknown_run_status_is_pending_until_done(
    api: Facade, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    value = f"paused_{api.kind}"
    server.set_job_body("resp_u", run_body("resp_u", status=value))
    seen: list[str] = []

    def on_update(job: pa.Job) -> None:
        seen.append(str(job.status))
        if len(seen) == 2:
            server.set_job_body("resp_u", completed_run_body("resp_u", answer="done"))

    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        job = api.wait("resp_u", on_update=on_update)
    assert job.text == "done" and seen == [value, value, "COMPLETED"]
    warned = [r for r in caplog.records if value in r.getMessage()]  # one WARNING, not one a poll
    assert len(warned) == 1 and "kept as is" in warned[0].getMessage()


def test_an_output_item_of_a_type_the_spec_does_not_list_is_kept(
    api: Facade, server: MockServer
) -> None:
    body = completed_run_body("resp_n", answer="ok")
    body["output"].insert(0, {"type": "people_search_results", "results": [{"name": "Ada"}]})
    server.set_job_body("resp_n", body)
    job = api.get("resp_n")
    assert job.text == "ok" and job.to_dict()["output"][0] == body["output"][0]


def test_a_run_pickles_compares_and_rebuilds_from_its_json(api: Facade, server: MockServer) -> None:
    server.add_job("resp_p", answer="kept")
    job = api.get("resp_p")
    copy = pickle.loads(pickle.dumps(job))
    assert copy == job and copy.api == "agent" and copy.text == "kept"
    assert copy.request_id == job.request_id
    assert pa.Job.from_dict(job.to_dict()) == job


# -- a create is never sent twice blindly --------------------------------------------------------
def test_a_lost_create_answer_is_not_resent_and_says_a_run_may_exist(
    kind: str, server: MockServer
) -> None:
    server.inject(Fault.lose_response())
    api = Facade(kind, server, vt=VirtualTime())
    error = raises(lambda: api.run("q"), pa.APIConnectionError)
    assert len(_posts(server)) == 1 and len(server.created_jobs) == 1
    assert RUN_MAY_EXIST in _notes(error) and "cannot be" in _notes(error)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(500, pa.InternalServerError), (503, pa.InternalServerError), (408, pa.APIStatusError)],
)
def test_a_5xx_or_408_on_a_create_is_not_resent_and_says_a_run_may_exist(
    kind: str, server: MockServer, status: int, error_type: type[pa.APIStatusError]
) -> None:
    # A 408: the server timed out reading or running the request, and may have begun it.
    server.inject(Fault.status(status))
    vt = VirtualTime()
    error = raises(lambda: Facade(kind, server, vt=vt).run("q"), error_type)
    assert len(_posts(server)) == 1 and vt.sleeps == []
    assert RUN_MAY_EXIST in _notes(error)


@pytest.mark.parametrize("status", [402, 409, 413])
def test_any_other_4xx_on_a_create_raises_at_once_a_refusal_that_made_nothing(
    kind: str, server: MockServer, status: int
) -> None:
    server.inject(Fault.status(status))
    vt = VirtualTime()
    error = raises(lambda: Facade(kind, server, vt=vt).run("q"), pa.APIStatusError)
    assert error.status_code == status and len(_posts(server)) == 1 and vt.sleeps == []
    assert RUN_MAY_EXIST not in _notes(error)


def test_a_429_on_a_create_is_resent_after_its_retry_after_and_makes_one_run(
    kind: str, server: MockServer
) -> None:
    server.inject(Fault.status(429, retry_after=2))
    vt = VirtualTime()
    job = Facade(kind, server, vt=vt).run("q")
    assert len(_posts(server)) == 2 and server.created_jobs == [job.id] and vt.sleeps == [2.0]


def test_a_4xx_on_a_create_raises_at_once_naming_the_refused_field(
    kind: str, server: MockServer
) -> None:
    body = {
        "error": {
            "message": "model not available",
            "type": "invalid_request",
            "code": 400,
            "param": "model",
        }
    }
    server.inject(Fault.status(400, body=body))
    error = raises(lambda: Facade(kind, server, vt=VirtualTime()).run("q"), pa.BadRequestError)
    assert "model not available" in str(error) and "'model'" in str(error)
    assert len(_posts(server)) == 1 and RUN_MAY_EXIST not in _notes(error)


def test_a_create_that_could_not_connect_is_retried_and_says_nothing_was_sent(
    kind: str, server: MockServer
) -> None:
    with socket.socket() as closed:  # a port nobody listens on: every connect is refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    vt = VirtualTime()
    api = Facade(kind, server, vt=vt, base_url=f"http://127.0.0.1:{port}", max_retries=2)
    error = raises(lambda: api.run("q"), pa.APIConnectionError)
    assert error.request_sent is False and len(vt.sleeps) == 2
    assert RUN_MAY_EXIST not in _notes(error)


def test_a_wait_on_a_run_holds_its_deadline(kind: str, server: MockServer) -> None:
    server.add_job("resp_slow", polls_before_done=10**6)
    vt = VirtualTime()
    error = raises(
        lambda: Facade(kind, server, vt=vt).wait("resp_slow", timeout=5, poll_interval=1),
        pa.WaitTimeoutError,
    )
    assert error.job_id == "resp_slow" and error.elapsed <= 5 + 0.25
    assert error.job is not None and error.job.api == "agent"


# -- the Sonar methods moved to client.sonar ------------------------------------------------------
@pytest.mark.parametrize("method", ["create", "create_and_wait", "list"])
def test_the_top_level_sonar_methods_warn_and_keep_working(
    kind: str, server: MockServer, method: str
) -> None:
    args: tuple[Any, ...] = () if method == "list" else ("q",)
    options: dict[str, Any] = {"poll_interval": 0.01} if method == "create_and_wait" else {}
    with pytest.warns(DeprecationWarning, match=rf"client\.sonar\.{method}") as warned:
        result = Facade(kind, server)._call(method, *args, **options)
    assert warned[0].filename == __file__ or "helpers" in warned[0].filename
    if method != "list":
        assert result.api == "sonar" and server.requests[0].path == "/v1/async/sonar"


def test_the_clients_repr_and_errors_never_show_the_api_key(server: MockServer) -> None:
    with pa.Client(api_key=API_KEY, base_url=server.base_url) as client:
        server.inject(Fault.status(400))
        with pytest.raises(pa.BadRequestError) as info:
            client.agent.create("q")
        assert API_KEY not in repr(client) and API_KEY not in repr(client.agent)
        assert API_KEY not in str(info.value) and API_KEY not in repr(info.value.__dict__)


def test_escape_hatches_reach_a_runs_create_get_and_cancel(kind: str, server: MockServer) -> None:
    server.add_job("resp_e", polls_before_done=5)
    api = Facade(kind, server)
    hatches: dict[str, Any] = {"extra_headers": {"X-Trace": "t1"}, "extra_query": {"probe": "1"}}
    api.run("q", extra_body={"max_steps": 3}, **hatches)
    api._call("agent.get", "resp_e", **hatches)
    api._call("agent.cancel", "resp_e", **hatches)
    assert len(server.requests) == 3
    for request in server.requests:
        assert request.headers.get("x-trace") == "t1" and request.query == "probe=1"
    (body,) = _posts(server)[:1]
    assert body["max_steps"] == 3 and body["background"] is True
    # extra_body is sent unchecked (a field newer than this SDK): the server is the judge.
    error = raises(lambda: api.run("q", extra_body={"field_from_2027": 1}), pa.BadRequestError)
    assert "field_from_2027" in str(error) and len(_posts(server)) == 2


def test_with_options_keeps_both_api_resources_on_the_new_settings(server: MockServer) -> None:
    server.add_job("resp_w", answer="ok")
    with pa.Client(api_key=API_KEY, base_url="http://127.0.0.1:9") as client:
        moved = client.with_options(base_url=server.base_url)
        assert moved.agent.get("resp_w").text == "ok"
        assert moved.sonar.list().requests == []


def test_every_tool_is_sent_as_given_and_no_false_warning_is_logged(
    api: Facade, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    tools = [
        {"type": "image_search", "max_results": 3, "filters": {"format_filter": ["png"]}},
        {"type": "web_search"},
    ]
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        api.run("q", tools=tools)
    assert _posts(server)[0]["tools"] == tools
    assert [r.getMessage() for r in caplog.records] == []


def test_a_cancel_acknowledging_another_run_is_not_taken_for_this_one(
    kind: str, server: MockServer
) -> None:
    server.add_job("resp_mine", polls_before_done=50)
    other = {"response_id": "resp_other", "status": "cancelling"}
    server.inject(Fault.status(200, body=other))
    error = raises(
        lambda: Facade(kind, server, max_retries=0).cancel("resp_mine"), pa.APIConnectionError
    )
    assert "resp_other" in str(error) and error.job_id == "resp_mine"
    server.inject(Fault.status(200, body=other))  # retried: the second answer is the real one
    Facade(kind, server, vt=VirtualTime()).cancel("resp_mine")
    assert server.requests[-1].path == "/v1/agent/resp_mine/cancel"
    assert Facade(kind, server).get("resp_mine").status == pa.JobStatus.CANCELLED


def test_client_agent_cancel_of_a_sonar_id_says_sonar_jobs_cannot_be_cancelled(
    kind: str, server: MockServer
) -> None:
    error = raises(lambda: Facade(kind, server)._call("agent.cancel", "req-1"), ValueError)
    assert "cannot be cancelled" in str(error) and server.requests == []
