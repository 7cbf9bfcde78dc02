"""Perplexity's own Python SDK (``perplexityai``, pinned), unmodified, against the embedded
server: what the official client sends and reads must keep working here."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import perplexity
import pytest
from perplexity import Perplexity

from perplexity_async.testing import MockServer

from .conftest import API_KEY
from .helpers import serving

T = TypeVar("T")
QUESTION = [{"role": "user", "content": "What is QUIC?"}]


def until(fetch: Callable[[], T], done: Callable[[T], bool], *, limit: float = 30) -> list[T]:
    """Every state ``fetch`` returns until ``done`` (each fetch is a poll; no fixed sleep)."""
    seen = [fetch()]
    deadline = time.monotonic() + limit
    while not done(seen[-1]):
        assert time.monotonic() < deadline, f"not done after {limit} s: {seen[-1]!r}"
        time.sleep(0.05)
        seen.append(fetch())
    return seen


@pytest.fixture
def official(server: MockServer) -> Iterator[Perplexity]:
    with Perplexity(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        yield client


def test_legacy_async_chat_completions_create_get_list(
    server: MockServer, official: Perplexity
) -> None:
    server.script_created_jobs(polls_before_done=2, answer="QUIC is a transport.")
    created = official.async_.chat.completions.create(
        request={"model": "sonar", "messages": QUESTION}
    )
    assert created.status == "CREATED" and created.id in server.created_jobs
    # the official client creates at the legacy path upstream still serves
    assert [(r.method, r.path) for r in server.requests] == [("POST", "/async/chat/completions")]
    states = until(
        lambda: official.async_.chat.completions.get(created.id), lambda j: j.status == "COMPLETED"
    )
    assert [s.status for s in states] == ["CREATED", "IN_PROGRESS", "COMPLETED"]
    assert states[-1].response is not None
    assert states[-1].response.choices[0].message.content == "QUIC is a transport."
    listed = official.async_.chat.completions.list()
    assert [(r.id, r.status) for r in listed.requests] == [(created.id, "COMPLETED")]


def test_every_answer_carries_the_x_request_id_it_recorded(
    server: MockServer, official: Perplexity
) -> None:
    server.add_job("req-1")
    raw = official.async_.chat.completions.with_raw_response.get("req-1")
    assert raw.headers["x-request-id"] == server.requests[-1].x_request_id != ""
    with pytest.raises(perplexity.NotFoundError) as caught:
        official.async_.chat.completions.get("req-unknown")
    assert caught.value.response.headers["x-request-id"] == server.requests[-1].x_request_id


def test_background_response_create_retrieve_until_completed(
    server: MockServer, official: Perplexity
) -> None:
    server.script_created_jobs(
        polls_before_done=2,
        answer="QUIC runs over UDP.",
        citations=["https://quic.example/rfc9000"],
        search_results=[{"title": "RFC 9000", "url": "https://quic.example/rfc9000"}],
    )
    created = official.responses.create(background=True, input="What is QUIC?")
    assert created.id.startswith("resp_") and created.status == "queued" and created.output == []
    assert server.requests[-1].path == "/v1/responses"
    states = until(
        lambda: official.responses.retrieve(created.id), lambda r: r.status == "completed"
    )
    assert [s.status for s in states] == ["queued", "in_progress", "completed"]
    assert all(s.output == [] for s in states[:-1])
    done = states[-1]
    assert done.output_text == "QUIC runs over UDP."
    (results,) = [item for item in done.output if item.type == "search_results"]
    assert [(r.title, r.url) for r in results.results] == [
        ("RFC 9000", "https://quic.example/rfc9000")
    ]
    assert done.usage is not None and done.usage.cost is not None and done.usage.cost.total_cost > 0
    assert done.effort == "medium"  # none of model, models, preset or effort: the default depth


def test_background_response_cancel_then_retrieve_reads_cancelled(
    server: MockServer, official: Perplexity
) -> None:
    server.script_created_jobs(polls_before_done=5)
    created = official.responses.create(background=True, input="A long question")
    acknowledged = official.responses.cancel(created.id)
    assert (acknowledged.response_id, acknowledged.status) == (created.id, "cancelling")
    after = official.responses.retrieve(created.id)
    assert after.status == "cancelled" and after.error is not None
    with pytest.raises(perplexity.BadRequestError) as terminal:
        official.responses.cancel(created.id)
    assert "already cancelled" in str(terminal.value)
    with pytest.raises(perplexity.NotFoundError):
        official.responses.cancel("resp_unknown")


def test_a_failed_run_is_http_200_with_its_error(server: MockServer, official: Perplexity) -> None:
    server.script_created_jobs(fail="the research model ran out of budget")
    created = official.responses.create(background=True, input="x")
    failed = until(lambda: official.responses.retrieve(created.id), lambda r: r.status != "queued")[
        -1
    ]
    assert failed.status == "failed" and failed.error is not None
    assert failed.error.message == "the research model ran out of budget"


def test_an_unknown_field_is_a_400_naming_it(server: MockServer, official: Perplexity) -> None:
    with pytest.raises(perplexity.BadRequestError) as caught:
        official.responses.create(input="x", extra_body={"search_mode": "academic"})
    body: Any = caught.value.body
    assert body["error"]["param"] == "search_mode" and server.created_jobs == []


def test_official_client_against_serve_demo() -> None:
    with (
        serving("--demo") as (base_url, api_key),
        Perplexity(api_key=api_key, base_url=base_url, max_retries=0) as client,
    ):
        job = client.async_.chat.completions.create(
            request={"model": "sonar", "messages": QUESTION}
        )
        run = client.responses.create(background=True, input="What is QUIC?")
        got = until(
            lambda: client.async_.chat.completions.get(job.id),
            lambda j: j.status == "COMPLETED",
        )
        assert "Async APIs suit long-running work" in got[-1].response.choices[0].message.content
        assert job.id in [r.id for r in client.async_.chat.completions.list().requests]
        done = until(lambda: client.responses.retrieve(run.id), lambda r: r.status == "completed")
        assert "Async APIs suit long-running work" in done[-1].output_text
        assert any(item.type == "search_results" and item.results for item in done[-1].output)
        preloaded = until(
            lambda: client.responses.retrieve("resp_demo_research"),
            lambda r: r.status == "completed",
        )
        assert preloaded[-1].output_text


def test_stream_true_is_answered_as_json_and_background_off_finishes_at_once(
    server: MockServer,
) -> None:
    auth = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=server.base_url, headers=auth) as raw:
        answer = raw.post("/v1/agent", json={"input": "x", "stream": True, "model": "openai/gpt-5"})
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert (body["status"], body["model"]) == ("completed", "openai/gpt-5")
    assert "effort" not in body  # a model was chosen: no default effort
