"""Other people's tools against the SDK's transport: respx and pytest-httpx intercept its requests,
OpenTelemetry's httpx instrumentation traces them. Users expect ``respx.mock``, the ``httpx_mock``
fixture and ``HTTPXClientInstrumentor().instrument()`` to just work, whichever httpx client sends:
the one the SDK makes (its own deadline transport, and the proxy mounts it adds from the
environment) or the user's ``http_client``."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
import respx
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from pytest_httpx import HTTPXMock

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer, completed_job_body, job_body

from .conftest import API_KEY

BASE_URL = "https://api.perplexity.test"  # never resolved: the tools answer first
QUESTION = "What is QUIC?"
ANSWER = "QUIC is a transport protocol over UDP [1]."
CITATIONS = ["https://www.rfc-editor.org/rfc/rfc9000"]
CREATE_URL = f"{BASE_URL}/v1/async/sonar"
GET_URL = f"{BASE_URL}/v1/async/sonar/req-1"
CREATED = job_body("req-1")
COMPLETED = completed_job_body("req-1", answer=ANSWER, citations=CITATIONS)
CREATE_BODY = {
    "request": {
        "model": "sonar-deep-research",
        "messages": [{"role": "user", "content": QUESTION}],
    },
    "idempotency_key": "idem-1",
}
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")

# default: the httpx client the SDK makes; proxy: the same with HTTPS_PROXY set, so its requests
# go through the proxy mount; own: the user's http_client.
SETUPS = ("default", "proxy", "own")


@pytest.fixture(params=SETUPS)
def setup(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    if request.param == "proxy":  # nobody listens there: only an interception answers
        monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    return str(request.param)


def _check_mounts(http: httpx.Client | httpx.AsyncClient, setup: str) -> None:
    """The request to BASE_URL goes through the transport the setup says (not a no-op test)."""
    transport = http._transport_for_url(httpx.URL(BASE_URL))
    assert (transport is not http._transport) is (setup == "proxy")


@contextmanager
def sync_client(setup: str, base_url: str = BASE_URL) -> Iterator[pa.Client]:
    with httpx.Client() as own:
        mine = own if setup == "own" else None
        with pa.Client(api_key=API_KEY, base_url=base_url, http_client=mine) as client:
            _check_mounts(client._http, setup)
            yield client


@asynccontextmanager
async def async_client(setup: str, base_url: str = BASE_URL) -> AsyncIterator[pa.AsyncClient]:
    async with httpx.AsyncClient() as own:
        mine = own if setup == "own" else None
        async with pa.AsyncClient(api_key=API_KEY, base_url=base_url, http_client=mine) as client:
            _check_mounts(client._http, setup)
            yield client


def check_exchange(requests: list[httpx.Request], created: pa.Job, done: pa.Job) -> None:
    """What the SDK sent for a create and a get, and what it made of the canned answers."""
    post, get = requests
    assert (post.method, str(post.url)) == ("POST", CREATE_URL)
    assert (get.method, str(get.url)) == ("GET", GET_URL)
    for request in requests:
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        assert request.headers["accept"] == "application/json"
        assert request.headers["user-agent"].startswith("perplexity-async/")
    assert post.headers["content-type"] == "application/json"
    assert json.loads(post.content) == CREATE_BODY
    assert get.content == b""
    assert (created.id, created.status) == ("req-1", pa.JobStatus.CREATED)
    assert (done.id, done.status, done.text) == ("req-1", pa.JobStatus.COMPLETED, ANSWER)
    assert done.citations == CITATIONS
    assert done.usage is not None and done.usage.cost.total_cost == 0.006


def sync_exchange(client: pa.Client) -> tuple[pa.Job, pa.Job]:
    return client.sonar.create(QUESTION, idempotency_key="idem-1"), client.get("req-1")


async def async_exchange(client: pa.AsyncClient) -> tuple[pa.Job, pa.Job]:
    return await client.sonar.create(QUESTION, idempotency_key="idem-1"), await client.get("req-1")


# -- respx: patches httpcore's connection pools and proxies ---------------------------------------
@contextmanager
def respx_routes() -> Iterator[respx.MockRouter]:
    # assert_all_mocked (the default): a request no route matches raises instead of going out.
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as router:
        router.post("/v1/async/sonar").respond(json=CREATED)
        router.get("/v1/async/sonar/req-1").respond(json=COMPLETED)
        yield router


def test_respx_intercepts_the_sync_client(setup: str) -> None:
    with respx_routes() as router, sync_client(setup) as client:
        created, done = sync_exchange(client)
        sent = [call.request for call in router.calls]  # reset when the mock ends
    check_exchange(sent, created, done)


@pytest.mark.anyio
async def test_respx_intercepts_the_async_client(setup: str) -> None:
    with respx_routes() as router:
        async with async_client(setup) as client:
            created, done = await async_exchange(client)
        sent = [call.request for call in router.calls]
    check_exchange(sent, created, done)


# -- pytest-httpx: patches httpx's HTTPTransport and AsyncHTTPTransport ---------------------------
def add_responses(httpx_mock: HTTPXMock) -> None:
    # At teardown the fixture fails the test if a response went unused or a request unmatched.
    httpx_mock.add_response(method="POST", url=CREATE_URL, json=CREATED)
    httpx_mock.add_response(method="GET", url=GET_URL, json=COMPLETED)


def test_pytest_httpx_intercepts_the_sync_client(setup: str, httpx_mock: HTTPXMock) -> None:
    add_responses(httpx_mock)
    with sync_client(setup) as client:
        created, done = sync_exchange(client)
    check_exchange(httpx_mock.get_requests(), created, done)


@pytest.mark.anyio
async def test_pytest_httpx_intercepts_the_async_client(setup: str, httpx_mock: HTTPXMock) -> None:
    add_responses(httpx_mock)
    async with async_client(setup) as client:
        created, done = await async_exchange(client)
    check_exchange(httpx_mock.get_requests(), created, done)


# -- OpenTelemetry: wraps the transports' handle_request, against the embedded server -------------
@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        yield exporter
    finally:
        instrumentor.uninstrument()
        provider.shutdown()


def traced_server() -> MockServer:
    server = MockServer(api_key=API_KEY)
    server.add_job("req-1", answer=ANSWER, citations=CITATIONS)
    return server


def fail_next(server: MockServer) -> None:
    server.inject(Fault.status(503, retry_after=0))  # the next request is retried: two spans


def check_spans(finished: tuple[ReadableSpan, ...], server: MockServer) -> None:
    """One client span per HTTP request the server saw, with its method, URL and status."""
    created = server.created_jobs[0]
    expected = [
        ("POST", f"{server.base_url}/v1/async/sonar", 200),
        ("GET", f"{server.base_url}/v1/async/sonar/req-1", 503),
        ("GET", f"{server.base_url}/v1/async/sonar/req-1", 200),
        ("GET", f"{server.base_url}/v1/async/sonar/{created}", 200),
    ]
    assert [(r.method, r.path) for r in server.requests] == [
        (method, url.removeprefix(server.base_url)) for method, url, _ in expected
    ]
    seen: list[tuple[Any, ...]] = []
    for span in finished:
        assert span.kind is SpanKind.CLIENT and span.attributes is not None
        attributes = span.attributes
        seen.append(
            (attributes["http.method"], attributes["http.url"], attributes["http.status_code"])
        )
    assert seen == expected


@pytest.mark.parametrize("setup", ["default", "own"])
def test_opentelemetry_traces_the_sync_client(setup: str, spans: InMemorySpanExporter) -> None:
    with traced_server() as server, sync_client(setup, server.base_url) as client:
        created = client.sonar.create(QUESTION)
        fail_next(server)
        assert client.get("req-1").text == ANSWER
        assert client.get(created.id).id == created.id
        check_spans(spans.get_finished_spans(), server)


@pytest.mark.anyio
@pytest.mark.parametrize("setup", ["default", "own"])
async def test_opentelemetry_traces_the_async_client(
    setup: str, spans: InMemorySpanExporter
) -> None:
    with traced_server() as server:
        async with async_client(setup, server.base_url) as client:
            created = await client.sonar.create(QUESTION)
            fail_next(server)
            assert (await client.get("req-1")).text == ANSWER
            assert (await client.get(created.id)).id == created.id
        check_spans(spans.get_finished_spans(), server)
