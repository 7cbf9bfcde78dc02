"""``get()``: a Job with typed fields, over real sockets, sync and async alike."""

from __future__ import annotations

import copy
import logging
from datetime import UTC, datetime
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async.testing import MockServer, completed_job_body
from perplexity_async_api.models import AsyncApiChatCompletionsResponse, ChatMessageRole

from .helpers import Facade, job_path, raises

RESULTS = [
    {"title": "Alpha", "url": "https://a.example/1", "date": "2026-01-02", "snippet": "a"},
    {"title": "Beta", "url": "https://b.example/2", "last_updated": "2026-02-03"},
]


def test_a_completed_job_has_every_field_typed(api: Facade, server: MockServer) -> None:
    server.add_job(
        "req-1", answer="Paris.", citations=["https://a.example/1"], search_results=RESULTS
    )
    job = api.get("req-1")
    assert isinstance(job, pa.Job)
    assert (job.id, job.model, job.status) == ("req-1", "sonar-deep-research", "COMPLETED")
    assert job.status is pa.JobStatus.COMPLETED and job.is_done
    assert job.text == "Paris."
    assert job.citations == ["https://a.example/1"]
    assert [r.title for r in job.search_results] == ["Alpha", "Beta"]
    assert isinstance(job.search_results[0], pa.SearchResult)
    assert job.search_results[1].last_updated == "2026-02-03"
    assert isinstance(job.usage, pa.UsageInfo) and job.usage.total_tokens > 0
    assert job.cost == pytest.approx(0.006)
    assert isinstance(job.response, pa.CompletionResponse)
    assert isinstance(job.raw, AsyncApiChatCompletionsResponse)
    assert job.error_message is None and job.failed_at is None
    for stamp in (job.created_at, job.started_at, job.completed_at):
        assert isinstance(stamp, datetime) and stamp.tzinfo is UTC


def test_a_pending_job_has_no_text_yet(api: Facade, server: MockServer) -> None:
    server.add_job("req-2", polls_before_done=5, answer="later")
    job = api.get("req-2")
    assert job.status is pa.JobStatus.CREATED and not job.is_done
    assert job.text is None and job.citations == [] and job.search_results == []
    assert job.usage is None and job.cost is None and job.response is None
    assert job.started_at is None and job.completed_at is None


def test_to_dict_is_exactly_what_the_server_sent(api: Facade, server: MockServer) -> None:
    body = completed_job_body("req-3", answer="x", citations=["c"], search_results=RESULTS)
    body["response"]["search_results"][0]["snippet"] = "s"
    server.set_job_body("req-3", body)
    assert api.get("req-3").to_dict() == body


def test_text_joins_text_chunks_in_order_and_skips_others(api: Facade, server: MockServer) -> None:
    body = completed_job_body("req-4")
    body["response"]["choices"][0]["message"]["content"] = [
        {"type": "text", "text": "Hello, "},
        {"type": "image_url", "image_url": {"url": "https://img.example/1.png"}},
        {"type": "text", "text": "world."},
    ]
    server.set_job_body("req-4", body)
    assert api.get("req-4").text == "Hello, world."


def test_the_repr_is_short_even_for_a_huge_answer(api: Facade, server: MockServer) -> None:
    server.add_job("big", answer="x" * 1_000_000)
    job = api.get("big")
    assert len(job.text or "") == 1_000_000
    assert len(repr(job)) < 150
    assert repr(job).startswith("Job(id='big', status='COMPLETED', text='xxx")


def test_a_job_is_immutable(api: Facade, server: MockServer) -> None:
    server.add_job("req-5")
    job = api.get("req-5")
    with pytest.raises(AttributeError, match="immutable"):
        job.status = pa.JobStatus.FAILED  # type: ignore[misc]
    with pytest.raises(AttributeError):
        job._raw = None  # type: ignore[assignment]
    assert job == api.get("req-5")


@pytest.mark.parametrize("bad_id", ["", ".", ".."])
def test_ids_that_cannot_be_one_path_segment_raise_before_any_request(
    api: Facade, server: MockServer, bad_id: str
) -> None:
    raises(lambda: api.get(bad_id), ValueError)
    raises(lambda: api.wait(bad_id), ValueError)
    assert server.requests == []


def test_a_non_string_id_is_a_type_error(api: Facade, server: MockServer) -> None:
    raises(lambda: api.get(123), TypeError)  # type: ignore[arg-type]
    assert server.requests == []


def test_every_other_id_travels_percent_encoded_as_one_segment(
    api: Facade, server: MockServer
) -> None:
    odd = "../a/b c?x=1#frag%"
    server.add_job(odd)
    assert api.get(odd).id == odd
    assert server.requests[-1].path == job_path("..%2Fa%2Fb%20c%3Fx%3D1%23frag%25")
    assert server.requests[-1].query == ""  # no internal parameters (local_mode) are sent


def test_extra_headers_and_client_headers_are_sent(server: MockServer) -> None:
    server.add_job("h")
    api = Facade("sync", server, headers={"X-App": "demo"})
    api.get("h", extra_headers={"X-Trace": "t-1"})
    seen = server.requests[-1].headers
    assert seen["x-app"] == "demo" and seen["x-trace"] == "t-1"
    assert seen["user-agent"].startswith(f"perplexity-async/{pa.__version__} ")
    assert seen["accept"] == "application/json"


# -- the parsing policy: forward compatible, never a silent dict -------------------------------


def _served(server: MockServer, mutate: Any) -> dict[str, Any]:
    body = completed_job_body("m", answer="ok", search_results=RESULTS)
    mutate(body)
    server.set_job_body("m", copy.deepcopy(body))
    return body


def test_unknown_status_is_kept_equal_to_its_string_and_warned_once(
    api: Facade, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    value = f"ARCHIVED_{api.kind.upper()}"  # once per value per process: one value per kind
    _served(server, lambda b: b.update(status=value))
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        first, second = api.get("m"), api.get("m")
    assert first.status == value and isinstance(first.status, pa.JobStatus)
    assert not first.is_done and first.text is None
    warned = [r for r in caplog.records if value in r.getMessage()]
    assert len(warned) == 1 and warned[0].levelno == logging.WARNING
    assert second.status is first.status


def test_unknown_fields_and_nested_enum_values_are_kept(api: Facade, server: MockServer) -> None:
    def mutate(b: dict[str, Any]) -> None:
        b["x_future_field"] = "high"
        b["response"]["choices"][0]["message"]["role"] = "developer"
        b["response"]["choices"][0]["finish_reason"] = "tool_calls"
        b["response"]["search_results"][0]["source"] = "news"
        b["response"]["search_results"][0]["x_future_score"] = 0.9

    body = _served(server, mutate)
    job = api.get("m")
    assert job.raw.additional_properties == {"x_future_field": "high"}
    assert job.raw["x_future_field"] == "high"
    assert isinstance(job.response, pa.CompletionResponse)  # not a dict
    message = job.response.choices[0].message
    assert isinstance(message.role, ChatMessageRole) and message.role == "developer"
    assert job.response.choices[0].finish_reason == "tool_calls"
    result = job.search_results[0]
    assert isinstance(result, pa.SearchResult) and result.source == "news"
    assert result.additional_properties == {"x_future_score": 0.9}
    assert job.text == "ok"
    assert job.to_dict() == body


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [
        (lambda b: b.pop("status"), "$.status", "missing required field"),
        (
            lambda b: b.update(created_at="yesterday"),
            "$.created_at",
            "expected integer, got string",
        ),
        (
            lambda b: b["response"]["choices"][0].pop("delta"),
            "$.response.choices[0].delta",
            "missing required field",
        ),
        (
            lambda b: b["response"]["search_results"][1].update(url=None),
            "$.response.search_results[1].url",
            "expected string, got null",
        ),
        (
            lambda b: b["response"]["usage"]["cost"].pop("total_cost"),
            "$.response.usage.cost.total_cost",
            "missing required field",
        ),
        (lambda b: b.update(response=[]), "$.response", "expected CompletionResponse"),
        (lambda b: b.update(completed_at=10**20), "$.completed_at", "out of range"),
    ],
)
def test_a_body_that_does_not_fit_is_a_validation_error_naming_the_path(
    api: Facade, server: MockServer, mutate: Any, path: str, problem: str
) -> None:
    _served(server, mutate)
    error = raises(lambda: api.get("m"), pa.ResponseValidationError)
    assert error.path == path
    assert problem in error.problem
    assert error.job_id == "m"
    assert error.status_code == 200
    assert b'"id": "m"' in error.body  # the raw body, nothing lost
    assert path in str(error) and "'m'" in str(error)


def test_a_body_that_is_not_json_keeps_the_raw_body(api: Facade, server: MockServer) -> None:
    from perplexity_async.testing import Fault

    server.add_job("j")
    server.inject(Fault.malformed(b"<html>gateway</html>"))
    error = raises(lambda: api.get("j"), pa.ResponseValidationError)
    assert error.body == b"<html>gateway</html>"
    assert error.path is None and "not JSON" in str(error)
    assert len(server.requests) == 1  # not transient: no retry


def test_job_from_dict_applies_the_same_policy() -> None:
    body = completed_job_body("d", answer="a")
    assert pa.Job.from_dict(body).text == "a"
    del body["model"]
    with pytest.raises(pa.ResponseValidationError, match=r"\$\.model: |at \$\.model"):
        pa.Job.from_dict(body)
