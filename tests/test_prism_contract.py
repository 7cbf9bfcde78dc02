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
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import perplexity_async as pa

from .conftest import ROOT
from .test_parsing_properties import _touch_every_accessor, assert_no_raw_dicts

PRISM = Path(os.environ.get("PRISM", ROOT / ".tools/prism/node_modules/.bin/prism"))
KEY = "prism-key"


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
    with pa.Client(api_key=KEY, base_url=prism) as client:
        assert isinstance(client.get("abc"), pa.Job)


def test_hundreds_of_invented_jobs_parse_typed_and_round_trip(prism: str) -> None:
    bodies: list[object] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        bodies.append(json.loads(response.content))

    statuses: set[str] = set()
    with (
        httpx.Client(event_hooks={"response": [keep]}) as http,
        pa.Client(api_key=KEY, base_url=prism, http_client=http) as client,
    ):
        for _ in range(250):
            job = client.get(f"job-{uuid.uuid4()}")
            assert isinstance(job, pa.Job) and isinstance(job.status, pa.JobStatus)
            assert job.to_dict() == bodies[-1]
            assert_no_raw_dicts(job.raw)
            _touch_every_accessor(job)  # the conveniences never raise
            statuses.add(job.status)
    assert statuses == {"CREATED", "IN_PROGRESS", "COMPLETED", "FAILED"}


def test_hundreds_of_concurrent_async_gets(prism: str) -> None:
    async def main() -> list[pa.Job]:
        async with pa.AsyncClient(api_key=KEY, base_url=prism) as client:
            return await asyncio.gather(*(client.get(f"a-{i}") for i in range(300)))

    jobs = asyncio.run(main())
    assert len(jobs) == 300 and all(isinstance(job, pa.Job) for job in jobs)


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
    with pa.Client(api_key=KEY, base_url=prism) as client:
        for i in range(100):
            try:
                job = client.wait_until_done(f"w-{i}", **options)
                outcomes.append(_outcome(None, job))
            except (pa.JobFailedError, pa.WaitTimeoutError) as error:
                outcomes.append(_outcome(error, None))

    async def one(client: pa.AsyncClient, i: int) -> str:
        try:
            return _outcome(None, await client.wait_until_done(f"aw-{i}", **options))
        except (pa.JobFailedError, pa.WaitTimeoutError) as error:
            return _outcome(error, None)

    async def many() -> list[str]:
        async with pa.AsyncClient(api_key=KEY, base_url=prism) as client:
            return await asyncio.gather(*(one(client, i) for i in range(100)))

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
        job = client.create(
            [{"role": "user", "content": "q"}],
            model="sonar-pro",
            temperature=0.2,
            top_p=0.9,
            max_tokens=128_000,
            response_format={"type": "json_schema", "json_schema": {"schema": {}}},
            web_search_options={"search_context_size": "high", "user_location": {"country": "FR"}},
        )  # Prism answers 422 to a body that does not fit the spec
        assert isinstance(job, pa.Job)
        assert isinstance(client.list(), pa.JobList)
    assert seen == [("POST", "/v1/async/sonar"), ("GET", "/async/chat/completions")]
