"""The facade against Prism, an independent implementation of openapi.yaml: it invents
schema-valid jobs and checks our requests. What our own server shares with our client, it does
not."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

import perplexity_async as pa
from perplexity_async_api.api.default import (
    get_async_chat_completion_response_async_chat_completions_api_request_get as get_job,
)

from .conftest import ROOT
from .helpers import assert_no_raw_dicts, touch_every_accessor

PRISM = Path(os.environ.get("PRISM", ROOT / ".tools/prism/node_modules/.bin/prism"))
KEY = "prism-key"
# The fetch path as its generated operation builds it (the id percent-encoded after the prefix).
JOB_PREFIX = get_job.build_request("\x00").path.partition("%00")[0]


def _echo_id(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Prism --dynamic invents every field, a job's id too; the SDK never returns a job that is
    not the one asked for (a desynchronised connection), so the asked id is put back in the
    invented body, as the real API answers. Everything else Prism invents is kept."""
    content = response.content
    path = request.url.raw_path.decode()
    if request.method == "GET" and response.status_code == 200 and path.startswith(JOB_PREFIX):
        body = json.loads(content)
        if isinstance(body, dict) and "id" in body:
            body["id"] = unquote(path.removeprefix(JOB_PREFIX))
            content = json.dumps(body).encode()
    skip = ("content-length", "content-encoding", "transfer-encoding")
    headers = [(k, v) for k, v in response.headers.items() if k.lower() not in skip]
    return httpx.Response(response.status_code, headers=headers, content=content, request=request)


class EchoIds(httpx.BaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return _echo_id(request, response)

    def close(self) -> None:
        self._inner.close()


class AsyncEchoIds(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return _echo_id(request, response)

    async def aclose(self) -> None:
        await self._inner.aclose()


@contextmanager
def client(prism: str, **http_options: Any) -> Iterator[pa.Client]:
    with (
        httpx.Client(transport=EchoIds(), **http_options) as http,
        pa.Client(api_key=KEY, base_url=prism, http_client=http) as sdk,
    ):
        yield sdk


@asynccontextmanager
async def async_client(prism: str) -> AsyncIterator[pa.AsyncClient]:
    async with (
        httpx.AsyncClient(transport=AsyncEchoIds()) as http,
        pa.AsyncClient(api_key=KEY, base_url=prism, http_client=http) as sdk,
    ):
        yield sdk


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    if not PRISM.exists():
        if os.environ.get("PRISM_REQUIRED"):
            pytest.fail(f"Prism is not installed at {PRISM} (make test installs it)")
        pytest.skip("Prism is not installed: run the tests with `make test`")
    port = _free_port()
    proc = subprocess.Popen(
        [
            str(PRISM),
            "mock",
            "--dynamic",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            str(ROOT / "openapi.yaml"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    ready = threading.Event()

    def watch() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:  # also drains the pipe while Prism runs
            if "Prism is listening" in line:
                ready.set()

    threading.Thread(target=watch, daemon=True).start()
    try:
        assert ready.wait(90), "Prism did not start within 90 s"
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if proc.stdout is not None:
            proc.stdout.close()


def test_prism_refuses_a_request_without_the_bearer_token(prism: str) -> None:
    response = httpx.get(f"{prism}/v1/async/sonar/abc")
    assert response.status_code == 401
    with client(prism) as sdk:
        assert isinstance(sdk.get("abc"), pa.Job)


def test_hundreds_of_invented_jobs_parse_typed_and_round_trip(prism: str) -> None:
    bodies: list[object] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        bodies.append(json.loads(response.content))

    statuses: set[str] = set()
    with client(prism, event_hooks={"response": [keep]}) as sdk:
        for _ in range(250):
            job = sdk.get(f"job-{uuid.uuid4()}")
            assert isinstance(job, pa.Job) and isinstance(job.status, pa.JobStatus)
            assert job.to_dict() == bodies[-1]
            assert_no_raw_dicts(job.raw)
            touch_every_accessor(job)  # the conveniences never raise
            statuses.add(job.status)
    assert statuses == {"CREATED", "IN_PROGRESS", "COMPLETED", "FAILED"}


def test_hundreds_of_concurrent_async_gets(prism: str) -> None:
    async def main() -> list[pa.Job]:
        async with async_client(prism) as sdk:
            return await asyncio.gather(*(sdk.get(f"a-{i}") for i in range(300)))

    jobs = asyncio.run(main())
    assert [job.id for job in jobs] == [f"a-{i}" for i in range(300)]
    assert all(isinstance(job, pa.Job) for job in jobs)


def _outcome(error: BaseException | None, job: pa.Job | None) -> str:
    if isinstance(error, pa.JobFailedError):
        assert error.job.status is pa.JobStatus.FAILED
        return "failed"
    if isinstance(error, pa.WaitTimeoutError):
        return "timeout"
    assert error is None and job is not None, error
    assert job.status is pa.JobStatus.COMPLETED
    return "completed"


def test_waits_end_typed_sync_and_async(prism: str) -> None:
    options = {"timeout": 2.0, "poll_interval": 0.001, "max_poll_interval": 0.005}
    outcomes: list[str] = []
    with client(prism) as sdk:
        for i in range(100):
            try:
                job = sdk.wait_until_done(f"w-{i}", **options)
                outcomes.append(_outcome(None, job))
            except (pa.JobFailedError, pa.WaitTimeoutError) as error:
                outcomes.append(_outcome(error, None))

    async def one(client: pa.AsyncClient, i: int) -> str:
        try:
            return _outcome(None, await client.wait_until_done(f"aw-{i}", **options))
        except (pa.JobFailedError, pa.WaitTimeoutError) as error:
            return _outcome(error, None)

    async def many() -> list[str]:
        async with async_client(prism) as sdk:
            return await asyncio.gather(*(one(sdk, i) for i in range(100)))

    outcomes += asyncio.run(many())
    assert len(outcomes) == 200
    assert outcomes.count("completed") > 20 and outcomes.count("failed") > 20


def test_create_and_list_at_their_own_paths_fit_prisms_reading_of_the_spec(prism: str) -> None:
    seen: list[tuple[str, str]] = []

    def record(request: httpx.Request) -> None:
        seen.append((request.method, request.url.path))

    with (
        httpx.Client(event_hooks={"request": [record]}) as http,
        pa.Client(api_key=KEY, base_url=prism, http_client=http) as client,
    ):
        job = client.sonar.create(
            [{"role": "user", "content": "q"}],
            model="sonar-pro",
            temperature=0.2,
            top_p=0.9,
            max_tokens=128_000,
            response_format={"type": "json_schema", "json_schema": {"schema": {}}},
            web_search_options={"search_context_size": "high", "user_location": {"country": "FR"}},
        )  # Prism answers 422 to a body that does not fit the spec
        assert isinstance(job, pa.Job)
        assert isinstance(client.sonar.list(), pa.JobList)
    assert seen == [("POST", "/v1/async/sonar"), ("GET", "/async/chat/completions")]
