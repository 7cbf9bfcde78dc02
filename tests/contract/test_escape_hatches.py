"""The escape hatches, through both clients over real sockets: extra_headers, extra_query and
extra_body reach the server; per-call request_timeout and max_retries; with_options sharing the
pool; the server's request id on a Job."""

from __future__ import annotations

import asyncio
import json
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from ..conftest import API_KEY

ALL_METHODS = ["get", "wait_until_done", "create", "create_and_wait", "list", "wait_all", "batch"]


def through(kind: str, base_url: str, use: Callable[[Any], Any], **options: Any) -> Any:
    """``use(client)`` with a fresh Client or AsyncClient (awaited for the latter)."""
    settings: dict[str, Any] = {"api_key": API_KEY, "base_url": base_url, **options}
    if kind == "sync":
        with pa.Client(**settings) as client:
            return use(client)

    async def run() -> Any:
        async with pa.AsyncClient(**settings) as client:
            return await use(client)

    return asyncio.run(run())


def _invoke(client: Any, method: str, folder: Path | None = None, **extra: Any) -> Any:
    """Any method of either client, with fast waits (the job completes on its second poll)."""
    wait = {"poll_interval": 0.01, "max_poll_interval": 0.01, "timeout": 30}
    if method == "get":
        return client.get("job-1", **extra)
    if method == "wait_until_done":
        return client.wait_until_done("job-1", **wait, **extra)
    if method == "create":
        return client.sonar.create("q", **extra)
    if method == "create_and_wait":
        return client.sonar.create_and_wait("q", **wait, **extra)
    if method == "wait_all":  # as_completed's group polling too
        return client.wait_all(["job-1"], **wait, **extra)
    if method == "batch":  # its submits and its polls
        assert folder is not None, "a batch needs a folder for its files"
        (folder / "questions.txt").write_text("q\n")
        options = {k: v for k, v in wait.items() if k != "timeout"}
        return client.batch(folder / "questions.txt", folder / "out.jsonl", **options, **extra)
    return client.sonar.list(**extra)


@pytest.mark.parametrize("method", ALL_METHODS)
def test_extra_headers_and_extra_query_reach_the_server_on_every_method(
    kind: str, method: str, server: MockServer, tmp_path: Path
) -> None:
    server.add_job("job-1", polls_before_done=2)
    server.script_created_jobs(polls_before_done=2)
    through(
        kind,
        server.base_url,
        lambda c: _invoke(
            c,
            method,
            tmp_path,
            extra_headers={"X-Trace": "t-1"},
            extra_query={"beta": "on", "n": 2, "tag": ["a", "b"]},
        ),
    )
    seen = server.requests
    assert seen, "nothing was sent"
    for request in seen:  # every request of the call: the submit and each poll
        assert request.headers.get("x-trace") == "t-1", request
        assert parse_qs(request.query) == {"beta": ["on"], "n": ["2"], "tag": ["a", "b"]}


@pytest.mark.parametrize("method", ["create", "create_and_wait"])
def test_extra_body_is_merged_into_the_request_object_unchecked(
    kind: str, method: str, server: MockServer
) -> None:
    server.script_created_jobs(polls_before_done=1)
    future = {"brand_new_option": {"depth": 3}, "another": [1, 2]}
    job = through(
        kind,
        server.base_url,
        lambda c: _invoke(c, method, extra_body=future, search_mode="academic"),
    )
    posted = [json.loads(r.body) for r in server.requests if r.method == "POST"]
    assert len(posted) == 1
    request = posted[0]["request"]
    assert request["brand_new_option"] == {"depth": 3} and request["another"] == [1, 2]
    assert request["search_mode"] == "academic" and request["messages"][0]["content"] == "q"
    assert job.id in server.created_jobs


@pytest.mark.parametrize(
    ("extra", "error", "match"),
    [
        ({"extra_body": ["not", "a", "mapping"]}, TypeError, "extra_body must be a mapping"),
        ({"extra_body": {"when": object()}}, TypeError, "extra_body must be JSON"),
        ({"extra_body": {1: "x"}}, TypeError, "extra_body keys must be str"),
        ({"extra_query": {"a": object()}}, TypeError, r"extra_query\['a'\] must be a str"),
        ({"extra_query": "a=1"}, TypeError, "extra_query must be a mapping"),
        ({"extra_headers": {"X-A": "1\r\nX-B: 2"}}, ValueError, "CR, LF or NUL"),
        ({"request_timeout": 0}, ValueError, "request_timeout must be a finite number > 0"),
        ({"request_timeout": "5"}, TypeError, "request_timeout must be seconds"),
        ({"max_retries": 99}, ValueError, "max_retries must be between 0 and 20"),
        ({"max_retries": True}, TypeError, "max_retries must be an int"),
    ],
)
def test_bad_per_call_options_fail_before_anything_is_sent(
    kind: str, server: MockServer, extra: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        through(kind, server.base_url, lambda c: _invoke(c, "create_and_wait", **extra))
    assert server.requests == []


def test_per_call_max_retries_overrides_the_clients(kind: str, server: MockServer) -> None:
    server.add_job("job-1")
    server.inject(*[Fault.status(503, retry_after=0)] * 3)
    job = through(kind, server.base_url, lambda c: c.get("job-1", max_retries=3), max_retries=0)
    assert job.id == "job-1" and len(server.requests) == 4  # three retries, then the answer

    server.inject(Fault.status(503, retry_after=0))
    with pytest.raises(pa.InternalServerError):
        through(kind, server.base_url, lambda c: c.get("job-1", max_retries=0), max_retries=5)
    assert len(server.requests) == 5  # one more: no retry


def test_per_call_request_timeout_bounds_each_request(kind: str, server: MockServer) -> None:
    server.add_job("job-1")
    server.inject(Fault.stall(30))
    start = time.monotonic()
    with pytest.raises(pa.APITimeoutError):
        through(
            kind,
            server.base_url,
            lambda c: c.get("job-1", request_timeout=0.5, max_retries=0),
            timeout=60,
        )
    assert time.monotonic() - start < 10  # not the client's 60 s, nor the 30 s stall


def test_on_a_wait_request_timeout_bounds_each_poll_and_timeout_stays_the_deadline(
    kind: str, server: MockServer
) -> None:
    server.add_job("job-1", polls_before_done=1)
    server.inject(Fault.stall(30))  # the first poll stalls; the wait polls again
    start = time.monotonic()
    job = through(
        kind,
        server.base_url,
        lambda c: c.wait_until_done(
            "job-1", timeout=25, poll_interval=0.05, request_timeout=0.5, max_retries=0
        ),
        timeout=60,
    )
    assert job.status == pa.JobStatus.COMPLETED
    assert time.monotonic() - start < 10 and len(server.requests) >= 2


# -- with_options ----------------------------------------------------------------------------


def test_with_options_shares_the_pool_and_closing_the_copy_leaves_it_open(
    server: MockServer,
) -> None:
    server.add_job("job-1")
    with pa.Client(api_key=API_KEY, base_url=server.base_url, max_retries=2) as client:
        copy = client.with_options(timeout=5, max_retries=0, headers={"X-Team": "search"})
        assert copy._http is client._http  # the same pool: no new connections, no new TLS
        assert (copy.max_retries, copy.timeout.read, copy.base_url) == (0, 5.0, client.base_url)
        assert (client.max_retries, client.timeout.read) == (2, 60.0)  # the original is unchanged
        copy.get("job-1")
        client.get("job-1")
        first, second = server.requests
        assert first.headers.get("x-team") == "search" and first.authorized
        assert "x-team" not in {name.lower() for name in second.headers}
        copy.close()
        assert not client._http.is_closed
        assert client.get("job-1").id == "job-1"
        with pytest.raises(RuntimeError, match="closed"):
            copy.get("job-1")
    with pytest.raises(RuntimeError, match="http_client was closed"):
        client.with_options().get("job-1")  # a copy of a closed client's pool


def test_async_with_options_shares_the_pool_too(server: MockServer) -> None:
    server.add_job("job-1")

    async def run() -> None:
        async with pa.AsyncClient(api_key=API_KEY, base_url=server.base_url) as client:
            copy = client.with_options(max_retries=0, headers={"X-Team": "a"})
            assert copy._http is client._http
            jobs = await asyncio.gather(client.get("job-1"), copy.get("job-1"))
            assert [job.id for job in jobs] == ["job-1", "job-1"]
            await copy.aclose()
            assert not client._http.is_closed
            assert (await client.get("job-1")).id == "job-1"

    asyncio.run(run())
    assert sorted(r.headers.get("x-team", "-") for r in server.requests) == ["-", "-", "a"]


@pytest.mark.parametrize("cls", [pa.Client, pa.AsyncClient])
def test_with_options_keeps_what_it_is_not_given_and_checks_what_it_is(
    cls: type[pa.Client], server: MockServer
) -> None:
    client = cls(api_key=API_KEY, base_url=server.base_url, timeout=7, headers={"X-A": "1"})
    copy = client.with_options(max_response_bytes=4096)
    assert copy.timeout == client.timeout and copy._core.settings.headers["X-A"] == "1"
    assert copy._core.settings.max_response_bytes == 4096
    assert client.with_options(timeout=None).timeout == httpx.Timeout(None)
    with pytest.raises(ValueError, match="max_retries must be between"):
        client.with_options(max_retries=-1)
    with pytest.raises(ValueError, match="must not set 'Authorization'"):
        client.with_options(headers={"Authorization": "Bearer other"})
    assert "pplx-" not in repr(copy)


# -- the server's request id on a Job ----------------------------------------------------------


@pytest.fixture
def tagging_server(request: pytest.FixtureRequest) -> Iterator[str]:
    """A server answering every GET with one job and an ``x-request-id`` header (none when
    parametrized with None)."""
    request_id = getattr(request, "param", "req-7f3a")
    body = json.dumps(
        {"id": "job-1", "model": "sonar", "status": "IN_PROGRESS", "created_at": 1_700_000_000}
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if request_id is not None:
                self.send_header("x-request-id", request_id)
            self.send_header("x-ratelimit-remaining", "41")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def test_a_job_carries_the_servers_request_id_and_headers(kind: str, tagging_server: str) -> None:
    job = through(kind, tagging_server, lambda c: c.get("job-1"))
    assert job.request_id == "req-7f3a"
    headers = job.response_headers
    assert headers is not None and headers["X-RateLimit-Remaining"] == "41"
    headers["x-request-id"] = "changed"  # a copy: the Job stays a value
    assert job.request_id == "req-7f3a"
    same = pa.Job.from_dict(job.to_dict())
    assert same.request_id is None and same.response_headers is None
    assert same == job and hash(same) == hash(job)  # the headers are not the job's state
    assert pickle.loads(pickle.dumps(job)).request_id == "req-7f3a"


@pytest.mark.parametrize("tagging_server", [None], indirect=True)
def test_a_job_from_a_server_without_a_request_id_has_none(kind: str, tagging_server: str) -> None:
    job = through(kind, tagging_server, lambda c: c.get("job-1"))
    assert job.request_id is None
    assert job.response_headers is not None and "content-type" in job.response_headers


def test_a_job_from_the_mock_server_has_the_id_it_answered_with(
    kind: str, server: MockServer
) -> None:
    server.add_job("job-1")
    job = through(kind, server.base_url, lambda c: c.get("job-1"))
    assert job.request_id == server.requests[-1].x_request_id != ""
