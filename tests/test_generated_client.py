"""The generated low-level client against the embedded server over real sockets."""

from __future__ import annotations

import pytest

from perplexity_async.testing import Fault, MockServer
from perplexity_async_api import AuthenticatedClient
from perplexity_async_api.api.default import (
    get_async_chat_completion_response_async_chat_completions_api_request_get as get_job,
)
from perplexity_async_api.models import (
    AsyncApiChatCompletionsResponse,
    AsyncProcessingStatus,
    CompletionResponse,
    HTTPValidationError,
)

from .conftest import API_KEY


def _client(server: MockServer, token: str = API_KEY) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.base_url, token=token)


def test_sync_detailed_fetches_a_completed_job(server: MockServer) -> None:
    server.add_job("req-1", answer="The answer.", citations=["https://a.example/1"])
    with _client(server) as client:
        response = get_job.sync_detailed("req-1", client=client)
    assert response.status_code == 200
    job = response.parsed
    assert isinstance(job, AsyncApiChatCompletionsResponse)
    assert job.id == "req-1"
    assert job.status is AsyncProcessingStatus.COMPLETED
    assert isinstance(job.response, CompletionResponse)
    assert job.response.choices[0].message.content == "The answer."
    assert job.response.citations == ["https://a.example/1"]
    seen = server.requests[-1]
    assert seen.authorized and seen.method == "GET"
    assert "authorization" not in seen.headers


@pytest.mark.anyio
async def test_asyncio_detailed_fetches_a_pending_job(server: MockServer) -> None:
    server.add_job("req-2", polls_before_done=3)
    async with _client(server) as client:
        first = await get_job.asyncio_detailed("req-2", client=client)
        second = await get_job.asyncio_detailed("req-2", client=client)
    assert isinstance(first.parsed, AsyncApiChatCompletionsResponse)
    assert isinstance(second.parsed, AsyncApiChatCompletionsResponse)
    assert first.parsed.status is AsyncProcessingStatus.CREATED
    assert second.parsed.status is AsyncProcessingStatus.IN_PROGRESS
    assert server.polls("req-2") == 2


def test_the_request_id_travels_percent_encoded_as_one_path_segment(server: MockServer) -> None:
    odd = "a/b c?d#e%f"
    server.add_job(odd, answer="ok")
    with _client(server) as client:
        response = get_job.sync_detailed(odd, client=client)
    assert isinstance(response.parsed, AsyncApiChatCompletionsResponse)
    assert response.parsed.id == odd
    assert server.requests[-1].path == "/v1/async/sonar/a%2Fb%20c%3Fd%23e%25f"


def test_a_wrong_token_gets_401_and_no_parsed_body(server: MockServer) -> None:
    server.add_job("req-3")
    with _client(server, token="wrong") as client:
        response = get_job.sync_detailed("req-3", client=client)
    assert response.status_code == 401
    assert response.parsed is None
    assert server.requests[-1].authorized is False


def test_a_422_body_parses_into_the_validation_error_model(server: MockServer) -> None:
    server.inject(Fault.status(422))
    with _client(server) as client:
        response = get_job.sync_detailed("anything", client=client)
    assert response.status_code == 422
    assert isinstance(response.parsed, HTTPValidationError)
    detail = response.parsed.detail
    assert isinstance(detail, list) and len(detail) == 1
    assert detail[0].loc == ["path", "api_request"]
    assert detail[0].msg == "invalid request id"


def test_the_token_never_shows_in_the_low_level_clients_repr() -> None:
    client = AuthenticatedClient(base_url="https://api.example", token=API_KEY)
    client.get_httpx_client()  # upstream wrote the token into the repr'd headers here
    assert API_KEY not in repr(client)
    assert "api.example" in repr(client)
    client.get_httpx_client().close()
