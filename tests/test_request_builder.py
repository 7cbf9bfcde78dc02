"""Each generated operation's public ``build_request()``: the request its ``sync_detailed()`` sends,
as a typed ``RequestParts``, checked against what a real server on loopback receives."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil

import httpx
import pytest

import perplexity_async_api.api.default as operations
from perplexity_async.testing import MockServer
from perplexity_async_api import AuthenticatedClient
from perplexity_async_api.api.default import (
    create_async_chat_completions_async_chat_completions_post as create_job,
)
from perplexity_async_api.api.default import (
    get_async_chat_completion_response_async_chat_completions_api_request_get as get_job,
)
from perplexity_async_api.models import AsyncApiChatCompletionsRequest
from perplexity_async_api.types import RequestParts

from .conftest import API_KEY


def _client(server: MockServer) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.base_url, token=API_KEY)


def test_every_operation_has_a_builder_taking_its_arguments_without_the_client() -> None:
    names = [info.name for info in pkgutil.iter_modules(operations.__path__)]
    assert names, "no generated operations found"
    for name in names:
        module = importlib.import_module(f"{operations.__name__}.{name}")
        sent = inspect.signature(module.sync_detailed).parameters
        built = inspect.signature(module.build_request)
        assert built.return_annotation in (RequestParts, "RequestParts"), name
        assert list(built.parameters.values()) == [p for n, p in sent.items() if n != "client"]


def test_get_builder_describes_exactly_what_the_operation_sends(server: MockServer) -> None:
    parts = get_job.build_request("a/b c")
    assert parts.method == "GET"
    assert parts.path.endswith("/a%2Fb%20c")  # percent-encoded, relative to the base URL
    # Only what the spec defines: the /v1 page has no query parameters or headers.
    assert parts.params == {} and parts.headers == {}
    assert (parts.json, parts.content, parts.data, parts.files) == (None, None, None, None)

    with _client(server) as client:
        get_job.sync_detailed("a/b c", client=client)
    seen = server.requests[-1]
    assert (seen.method, seen.path, seen.query) == (parts.method, parts.path, "")


def test_create_builder_carries_the_json_body(server: MockServer) -> None:
    body = AsyncApiChatCompletionsRequest.from_dict(
        {
            "request": {
                "model": "sonar-deep-research",
                "messages": [{"role": "user", "content": "Hi"}],
            }
        }
    )
    parts = create_job.build_request(body=body)
    assert parts.method == "POST"
    assert parts.json == body.to_dict()
    assert parts.headers == {"Content-Type": "application/json"}

    # Sent as described, with any HTTP client: the server creates the job.
    request = httpx.Request(
        parts.method,
        server.base_url + parts.path,
        params=parts.params,
        headers={**parts.headers, "Authorization": f"Bearer {API_KEY}"},
        json=parts.json,
    )
    with httpx.Client() as http:
        response = http.send(request)
    assert response.status_code == 200, response.text
    assert server.created_jobs == [response.json()["id"]]
    seen = server.requests[-1]
    assert (seen.method, seen.path, seen.authorized) == ("POST", parts.path, True)
    assert json.loads(seen.body) == body.to_dict()


def test_an_unknown_request_key_from_the_generator_is_not_dropped() -> None:
    with pytest.raises(TypeError, match="extensions"):
        RequestParts._from_kwargs({"method": "get", "url": "/x", "extensions": {}})
