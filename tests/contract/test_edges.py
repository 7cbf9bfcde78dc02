"""Trust at the edges (issue 10): deadlines, paid jobs never lost, failures typed and bounded,
credentials, lifecycle. Hostile servers are raw sockets on loopback (tests/hostile.py)."""

from __future__ import annotations

import asyncio
import json
import logging
import operator
import time
from typing import Any

import httpx
import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from ..conftest import API_KEY
from ..hostile import (
    RawServer,
    answer,
    drip,
    gzip_bomb,
    job_json,
    requested_id,
    response,
    silent,
)
from .helpers import Facade, VirtualTime, raises

# Generous ceilings on a loaded 2-core box: the wall time of a whole call (a client made, a loop
# run) past its deadline, and the wait's own measure of itself (WaitTimeoutError.elapsed). The
# failures they guard against took 60 s, or forever.
SLACK = 3.0
WAIT_SLACK = 1.0


def run(kind: str, method: str, *args: Any, client_options: Any = None, **kwargs: Any) -> Any:
    """One call through a fresh Client or AsyncClient on ``client_options``."""
    options = {"api_key": API_KEY, **(client_options or {})}
    if kind == "sync":
        with pa.Client(**options) as client:
            return operator.attrgetter(method)(client)(*args, **kwargs)

    async def main() -> Any:
        async with pa.AsyncClient(**options) as client:
            return await operator.attrgetter(method)(client)(*args, **kwargs)

    return asyncio.run(main())


def timed(fn: Any) -> tuple[BaseException | None, float]:
    start = time.monotonic()
    try:
        fn()
    except BaseException as exc:
        return exc, time.monotonic() - start
    return None, time.monotonic() - start


# --- Deadlines bound everything -------------------------------------------------------------


def test_a_wait_on_a_server_that_never_answers_ends_at_its_timeout(kind: str) -> None:
    with RawServer(silent) as srv:
        error, took = timed(
            lambda: run(kind, "wait_until_done", "x", timeout=1, client_options=srv.base())
        )
    assert isinstance(error, pa.WaitTimeoutError), error
    assert 1.0 <= took < 1.0 + SLACK
    assert error.timeout == 1 and 1.0 <= error.elapsed < 1.0 + WAIT_SLACK
    assert isinstance(error.__cause__, pa.APITimeoutError)


def test_waits_queued_for_a_connection_slot_still_end_at_their_timeout() -> None:
    # Eight waits share two slots (the AsyncClient's in-flight limit is its pool's size): the
    # time a poll queues for a slot counts against its wait's deadline. It did not: each round
    # of two started a fresh budget, so the last two waits ended at about 4 s, not 1.
    async def main() -> list[BaseException]:
        limits = httpx.Limits(max_connections=2)
        async with httpx.AsyncClient(limits=limits) as http:
            client = pa.AsyncClient(api_key=API_KEY, http_client=http, **srv.base())
            waits = [client.wait_until_done("x", timeout=1) for _ in range(8)]
            return await asyncio.gather(*waits, return_exceptions=True)

    with RawServer(silent) as srv:
        start = time.monotonic()
        errors = asyncio.run(main())
        took = time.monotonic() - start
    timeouts = [error for error in errors if isinstance(error, pa.WaitTimeoutError)]
    assert len(timeouts) == 8, errors
    assert max(error.elapsed for error in timeouts) < 1.0 + WAIT_SLACK
    assert took < 3.0  # all eight; the last round ended at 4 s


def test_create_and_wait_keeps_its_wait_timeout_once_the_job_exists(kind: str) -> None:
    created = response(200, job_json("new", "CREATED"))

    def handler(server: RawServer, conn: Any, request: bytes) -> bool:
        if request.startswith(b"POST"):
            return server.send(conn, created)
        return silent(server, conn, request)

    with RawServer(handler) as srv:
        error, took = timed(
            lambda: run(kind, "sonar.create_and_wait", "q", timeout=1, client_options=srv.base())
        )
    assert isinstance(error, pa.WaitTimeoutError) and error.job_id == "new"
    assert took < 1.0 + SLACK and error.elapsed < 1.0 + WAIT_SLACK


@pytest.mark.parametrize("where", ["headers", "body"])
def test_timeout_bounds_the_whole_request_against_a_dripping_server(kind: str, where: str) -> None:
    body = job_json("d")
    head = response(200, body)[: -len(body)]
    handler = drip(head + body, 0.3)
    if where == "body":

        def handler(server: RawServer, conn: Any, request: bytes) -> bool:  # type: ignore[misc]
            return server.send(conn, head) and drip(body, 0.3)(server, conn, request)

    with RawServer(handler) as srv:
        options = {**srv.base(), "timeout": 1, "max_retries": 0}
        error, took = timed(lambda: run(kind, "get", "d", client_options=options))
    assert isinstance(error, pa.APITimeoutError), error
    assert took < 1.0 + SLACK  # a drip of 0.3 s per byte took minutes, one read at a time


def test_wait_timeout_says_the_timeout_given_and_the_time_taken(
    kind: str, server: MockServer
) -> None:
    server.add_job("slow", polls_before_done=1000)
    vt = VirtualTime()
    error = raises(
        lambda: Facade(kind, server, vt=vt).wait("slow", timeout=10, poll_interval=3),
        pa.WaitTimeoutError,
    )
    assert error.timeout == 10 and error.elapsed == pytest.approx(10.0)
    assert "timeout=10 s" in str(error) and "waited 10.00 s" in str(error)


# --- A paid job is never lost ---------------------------------------------------------------


async def _async_callback(job: pa.Job) -> None:
    pass


BAD_WAIT_ARGS: list[tuple[dict[str, Any], type[Exception]]] = [
    ({"timeout": -1}, ValueError),
    ({"timeout": float("nan")}, ValueError),
    ({"poll_interval": 0}, ValueError),
    ({"poll_interval": 5, "max_poll_interval": 1}, ValueError),
    ({"on_update": 42}, TypeError),
    ({"search_mode": 123, "no_such_option": 1}, TypeError),
    ({"model": ""}, ValueError),
]


@pytest.mark.parametrize(("bad", "error_type"), BAD_WAIT_ARGS)
def test_create_and_wait_checks_every_argument_before_it_submits(
    kind: str, server: MockServer, bad: dict[str, Any], error_type: type[Exception]
) -> None:
    raises(lambda: Facade(kind, server).create_and_wait("q", **bad), error_type)
    assert server.requests == [] and server.created_jobs == []


def test_the_blocking_client_refuses_a_coroutine_callback_before_it_submits(
    server: MockServer,
) -> None:
    error = raises(
        lambda: Facade("sync", server).create_and_wait("q", on_update=_async_callback), TypeError
    )
    assert "AsyncClient" in str(error)
    assert server.requests == [] and server.created_jobs == []


@pytest.mark.parametrize("method", ["create", "create_and_wait"])
def test_a_submit_whose_answer_is_lost_names_the_key_that_returns_its_job(
    kind: str, server: MockServer, method: str
) -> None:
    # The job exists, its answer never came and the caller passed no key: the error says the key
    # the SDK made, so the job is not lost and asking again with it pays nothing twice.
    server.inject(Fault.lose_response())
    api = Facade(kind, server, max_retries=0)
    error = raises(lambda: getattr(api, method)("q"), pa.APIConnectionError)
    (sent,) = {json.loads(r.body)["idempotency_key"] for r in server.requests}
    assert any(f"idempotency_key={sent!r}" in note for note in getattr(error, "__notes__", []))
    job = api.create("q", idempotency_key=sent)
    assert server.created_jobs == [job.id]


def test_an_interrupt_while_a_submit_retries_names_the_key_that_returns_its_job(
    kind: str, server: MockServer
) -> None:
    server.inject(Fault.lose_response())  # the job is made, its answer lost; then Ctrl-C

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    async def ainterrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    api = Facade(kind, server, sleep=interrupt if kind == "sync" else ainterrupt)
    error = raises(lambda: api.create("q"), KeyboardInterrupt)
    (sent,) = {json.loads(r.body)["idempotency_key"] for r in server.requests}
    assert any(f"idempotency_key={sent!r}" in note for note in getattr(error, "__notes__", []))
    assert len(server.created_jobs) == 1


def test_a_refused_submit_adds_no_note(kind: str, server: MockServer) -> None:
    server.inject(Fault.status(422))
    error = raises(lambda: Facade(kind, server).create("q"), pa.UnprocessableEntityError)
    assert not getattr(error, "__notes__", [])


class Boom(Exception):
    pass


def test_an_exception_from_on_update_names_the_created_job(kind: str, server: MockServer) -> None:
    server.script_created_jobs(polls_before_done=3)

    def on_update(job: pa.Job) -> None:
        raise Boom("my callback broke")

    error = raises(
        lambda: Facade(kind, server, vt=VirtualTime()).create_and_wait("q", on_update=on_update),
        Boom,
    )
    (job_id,) = server.created_jobs
    assert any(job_id in note and "wait_until_done" in note for note in error.__notes__)


def test_an_interrupt_mid_wait_names_the_created_job(kind: str, server: MockServer) -> None:
    server.script_created_jobs(polls_before_done=3)

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    async def ainterrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    options = {"sleep": interrupt if kind == "sync" else ainterrupt}
    error = raises(lambda: Facade(kind, server, **options).create_and_wait("q"), KeyboardInterrupt)
    (job_id,) = server.created_jobs
    assert any(job_id in note for note in error.__notes__)


def test_an_sdk_error_mid_wait_carries_the_created_job_id(kind: str, server: MockServer) -> None:
    server.script_created_jobs(polls_before_done=3)
    error = raises(  # the first poll passes, then the key loses its permission
        lambda: Facade(kind, server, vt=VirtualTime()).create_and_wait(
            "q", on_update=lambda job: server.inject(Fault.status(403))
        ),
        pa.PermissionDeniedError,
    )
    assert error.job_id == server.created_jobs[0]


def test_cancelling_create_and_wait_names_the_created_job(server: MockServer) -> None:
    server.script_created_jobs(polls_before_done=10_000)

    async def main() -> BaseException:
        async with pa.AsyncClient(api_key=API_KEY, base_url=server.base_url) as client:
            polled = asyncio.Event()
            task = asyncio.create_task(
                client.sonar.create_and_wait(
                    "q", poll_interval=0.01, on_update=lambda j: polled.set()
                )
            )
            await polled.wait()  # the job exists and has been polled
            task.cancel()
            try:
                await task
            except asyncio.CancelledError as exc:
                return exc
            raise AssertionError("not cancelled")

    error = asyncio.run(main())
    (job_id,) = server.created_jobs
    assert any(job_id in note for note in error.__notes__)


def test_the_async_client_awaits_an_async_on_update(server: MockServer) -> None:
    server.add_job("a", polls_before_done=2, answer="done")
    seen: list[str] = []

    async def on_update(job: pa.Job) -> None:
        await asyncio.sleep(0)
        seen.append(str(job.status))

    job = Facade("async", server, vt=VirtualTime()).wait("a", on_update=on_update)
    assert job.text == "done"
    assert seen == ["CREATED", "IN_PROGRESS", "COMPLETED"]


def test_the_blocking_client_refuses_an_awaitable_from_on_update(server: MockServer) -> None:
    server.script_created_jobs(polls_before_done=2)
    error = raises(
        lambda: Facade("sync", server, vt=VirtualTime()).create_and_wait(
            "q",
            on_update=lambda job: _async_callback(job),  # a coroutine, returned not awaited
        ),
        TypeError,
    )
    (job_id,) = server.created_jobs
    assert any(job_id in note for note in error.__notes__)


# --- Every failure typed, every size bounded ------------------------------------------------


def _endless_chunks(server: RawServer, conn: Any, request: bytes) -> bool:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
    if not server.send(conn, head):
        return False
    while server.send(conn, chunk):
        pass
    return False


def test_an_endless_body_stops_at_max_response_bytes_and_drops_the_connection(kind: str) -> None:
    with RawServer(_endless_chunks) as srv:
        options = {**srv.base(), "max_response_bytes": 1 << 20}
        error, _ = timed(lambda: run(kind, "get", "x", client_options=options))
        assert srv.peer_gone.wait(10)  # the client hung up on the endless body
    assert type(error) is pa.ResponseTooLargeError and error.limit == 1 << 20
    assert len(srv.requests) == 1  # not retried


def test_a_gzip_bomb_stops_at_max_response_bytes_after_decompression(kind: str) -> None:
    bomb = gzip_bomb(64 << 20)
    assert len(bomb) < 128 * 1024  # 64 KB on the wire
    headers = {"Content-Encoding": "gzip"}
    with RawServer(answer(200, bomb, headers)) as srv:
        options = {**srv.base(), "max_response_bytes": 1 << 20}
        error, _ = timed(lambda: run(kind, "get", "x", client_options=options))
    assert type(error) is pa.ResponseTooLargeError
    assert len(srv.requests) == 1


def test_a_gzipped_job_under_the_cap_reads_as_usual(kind: str) -> None:
    import gzip

    headers = {"Content-Encoding": "gzip"}
    with RawServer(answer(200, gzip.compress(job_json("z", "COMPLETED")), headers)) as srv:
        job = run(kind, "get", "z", client_options=srv.base())
    assert job.id == "z" and job.text == "ok"


def test_max_response_bytes_is_checked_when_the_client_is_made(kind: str) -> None:
    cls = pa.Client if kind == "sync" else pa.AsyncClient
    with pytest.raises(ValueError, match="max_response_bytes"):
        cls(api_key=API_KEY, max_response_bytes=0)
    with pytest.raises(TypeError, match="max_response_bytes"):
        cls(api_key=API_KEY, max_response_bytes="1MB")  # type: ignore[arg-type]


DEEP = b"[" * 100_000 + b"]" * 100_000


def test_json_nested_100000_deep_in_a_200_is_a_validation_error(
    kind: str, server: MockServer
) -> None:
    server.inject(Fault.malformed(DEEP))
    error = raises(lambda: Facade(kind, server).get("x"), pa.ResponseValidationError)
    assert error.path == "$"


@pytest.mark.parametrize(
    ("status", "error_type"), [(429, pa.RateLimitError), (500, pa.InternalServerError)]
)
def test_json_nested_100000_deep_in_an_error_body_is_that_statuses_error(
    kind: str, status: int, error_type: type[Exception]
) -> None:
    with RawServer(answer(status, DEEP)) as srv:
        options = {**srv.base(), "max_retries": 0}
        error, _ = timed(lambda: run(kind, "get", "x", client_options=options))
    assert type(error) is error_type


def test_a_request_id_that_cannot_form_a_url_is_a_value_error(
    kind: str, server: MockServer
) -> None:
    raises(lambda: Facade(kind, server).get("a" * 100_000), ValueError)
    raises(lambda: Facade(kind, server).wait("a" * 100_000), ValueError)
    assert server.requests == []


@pytest.mark.parametrize("bad", ["a\r\nX-Injected: 1", "a\nb", "a\0b"])
def test_a_header_with_cr_lf_or_nul_is_a_value_error_before_any_request(
    kind: str, server: MockServer, bad: str
) -> None:
    raises(lambda: Facade(kind, server, headers={"X-Tag": bad}).get("x"), ValueError)
    raises(lambda: Facade(kind, server).get("x", extra_headers={"X-Tag": bad}), ValueError)
    raises(lambda: Facade(kind, server).create("q", extra_headers={"X-Tag": bad}), ValueError)
    assert server.requests == []


def test_server_text_in_messages_and_logs_is_bounded(
    kind: str, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    huge = "x" * 5_000_000
    server.add_job("f", fail=huge)
    failed = raises(lambda: Facade(kind, server).wait("f"), pa.JobFailedError)
    assert len(str(failed)) < 1000 and len(repr(failed)) < 1000

    server.inject(Fault.status(500, body={"error": {"message": huge}}))
    error = raises(lambda: Facade(kind, server, max_retries=0).get("f"), pa.InternalServerError)
    assert len(str(error)) < 1000 and len(repr(error)) < 1000
    assert len(str(error.body)) <= 70_000  # kept, cut to 64 KiB

    server.add_job("w", polls_before_done=3)
    server.inject(*[Fault.status(503, body={"error": {"message": huge}})] * 3)
    with caplog.at_level(logging.DEBUG, logger="perplexity_async"):
        Facade(kind, server, vt=VirtualTime()).wait("w")
    assert caplog.records and max(len(r.getMessage()) for r in caplog.records) < 1000


def test_a_body_that_is_not_json_inside_a_wait_is_transient(
    kind: str, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.add_job("h", polls_before_done=2, answer="fine")
    server.inject(Fault.malformed(b"<html>502 Bad Gateway</html>"), Fault.malformed(b'{"id": '))
    with caplog.at_level(logging.WARNING, logger="perplexity_async"):
        job = Facade(kind, server, vt=VirtualTime()).wait("h")
    assert job.text == "fine"
    assert sum("polling goes on" in r.getMessage() for r in caplog.records) == 2


def test_a_non_json_body_outside_a_wait_still_raises(kind: str, server: MockServer) -> None:
    server.inject(Fault.malformed(b"<html></html>"))
    raises(lambda: Facade(kind, server).get("x"), pa.ResponseValidationError)


# --- Credentials and headers ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["https://user:s3cr3t-pw@api.example.com", "http://user:s3cr3t-pw@127.0.0.1:9/"]
)
def test_user_info_in_base_url_is_refused_without_echoing_the_password(kind: str, url: str) -> None:
    cls = pa.Client if kind == "sync" else pa.AsyncClient
    with pytest.raises(ValueError, match="user info") as info:
        cls(api_key=API_KEY, base_url=url)
    assert "s3cr3t-pw" not in str(info.value)


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
def test_a_user_authorization_header_is_refused(kind: str, server: MockServer, name: str) -> None:
    cls = pa.Client if kind == "sync" else pa.AsyncClient
    with pytest.raises(ValueError, match="api_key") as info:
        cls(api_key=API_KEY, headers={name: "Basic c2VjcmV0"})
    assert "c2VjcmV0" not in str(info.value)
    raises(lambda: Facade(kind, server).get("x", extra_headers={name: "Bearer other"}), ValueError)
    assert server.requests == []


def test_headers_merge_case_insensitively_and_the_bearer_token_is_sent_once(kind: str) -> None:
    with RawServer(answer(200, job_json("m"))) as srv:
        options = {**srv.base(), "headers": {"accept": "application/x-test", "USER-AGENT": "me"}}
        run(kind, "get", "m", client_options=options, extra_headers={"ACCEPT": "text/x"})
        lines = [line.lower() for line in srv.requests[0].split(b"\r\n")[1:]]
    assert sum(line.startswith(b"authorization:") for line in lines) == 1
    assert f"authorization: bearer {API_KEY}".lower().encode() in lines
    assert [line for line in lines if line.startswith(b"accept:")] == [b"accept: text/x"]
    assert [line for line in lines if line.startswith(b"user-agent:")] == [b"user-agent: me"]


def test_the_client_the_sdk_makes_honours_the_environments_proxy(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx ignores HTTP(S)_PROXY for a client given its own transport: the deadline transport
    # had silently sent every request around a corporate proxy. Nothing listens on the API's
    # port here; only the proxy, which gets the request in absolute form, can answer.
    with RawServer(answer(200, job_json("p"))) as proxy:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
        job = run(kind, "get", "p", client_options={"base_url": "http://127.0.0.1:9"})
    assert job.id == "p"
    assert proxy.requests[0].startswith(b"GET http://127.0.0.1:9/v1/async/sonar/p ")


def _desynchronised(server: RawServer, conn: Any, request: bytes) -> bool:
    """Answers each GET with its job; the first answer is sent twice, so the connection then
    serves that stale second copy to whatever is asked next."""
    body = response(200, job_json(requested_id(request)))
    first = len(server.requests) == 1
    return server.send(conn, body + body if first else body)


def test_a_job_that_is_not_the_one_asked_for_is_never_returned(kind: str) -> None:
    with RawServer(_desynchronised) as srv:
        options = {"api_key": API_KEY, **srv.base()}
        if kind == "sync":
            with pa.Client(**options) as client:
                jobs = [client.get("first"), client.get("second")]
        else:

            async def main() -> list[pa.Job]:
                async with pa.AsyncClient(**options) as client:
                    return [await client.get("first"), await client.get("second")]

            jobs = asyncio.run(main())
        assert [job.id for job in jobs] == ["first", "second"]
        assert srv.connections == 2  # the desynchronised connection was dropped


# --- Lifecycle ------------------------------------------------------------------------------


def test_one_async_client_serves_two_event_loops_in_turn() -> None:
    # 150 at once: more than the pool's 100, so requests queue on the in-flight limit. A raw
    # server: its listen backlog (128) takes the burst, which MockServer's (5) drops.
    with RawServer(answer(200, job_json("j"))) as srv:
        client = pa.AsyncClient(api_key=API_KEY, base_url=srv.base_url, max_retries=0)

        async def burst() -> list[object]:
            gets = (client.get("j") for _ in range(150))
            return await asyncio.gather(*gets, return_exceptions=True)

        for _ in range(3):
            results = asyncio.run(burst())
            assert [r for r in results if not isinstance(r, pa.Job)] == []

        async def close() -> None:
            await client.aclose()

        asyncio.run(close())


def test_a_closed_client_says_so_at_once(kind: str, server: MockServer) -> None:
    server.add_job("j")
    options = {"api_key": API_KEY, "base_url": server.base_url}
    if kind == "sync":
        client = pa.Client(**options)
        client.close()
        error, took = timed(lambda: client.get("j"))
    else:
        aclient = pa.AsyncClient(**options)

        async def main() -> tuple[BaseException | None, float]:
            await aclient.aclose()
            start = time.monotonic()
            try:
                await aclient.get("j")
            except BaseException as exc:
                return exc, time.monotonic() - start
            return None, 0.0

        error, took = asyncio.run(main())
    name = "Client" if kind == "sync" else "AsyncClient"
    assert type(error) is RuntimeError and f"this {name} is closed" in str(error)
    assert took < 0.5 and server.requests == []


def test_a_closed_http_client_of_yours_is_named_as_such(server: MockServer) -> None:
    server.add_job("j")
    with httpx.Client() as mine:
        client = pa.Client(api_key=API_KEY, base_url=server.base_url, http_client=mine)
    with pytest.raises(RuntimeError, match="its http_client was closed"):
        client.get("j")
    assert server.requests == []


# --- Naming: job_id is the job, request_id the server's x-request-id ------------------------


@pytest.mark.parametrize("header", [{"X-Request-Id": "srv-42"}, {}])
def test_status_errors_carry_the_servers_request_id_and_the_job_id(
    kind: str, header: dict[str, str]
) -> None:
    with RawServer(answer(404, b'{"detail": "no such job"}', header)) as srv:
        error, _ = timed(lambda: run(kind, "get", "job-7", client_options=srv.base()))
    assert isinstance(error, pa.NotFoundError)
    assert error.job_id == "job-7"
    assert error.request_id == header.get("X-Request-Id")


def test_a_body_your_event_hook_read_already_is_still_capped_and_parsed(server: MockServer) -> None:
    server.add_job("hooked", answer="read twice " * 200)  # over 1 KiB

    def read(response: httpx.Response) -> None:
        response.read()

    async def aread(response: httpx.Response) -> None:
        await response.aread()

    with httpx.Client(event_hooks={"response": [read]}) as mine:
        client = pa.Client(api_key=API_KEY, base_url=server.base_url, http_client=mine)
        assert client.get("hooked").text == "read twice " * 200
        small = pa.Client(
            api_key=API_KEY, base_url=server.base_url, http_client=mine, max_response_bytes=1024
        )
        raises(lambda: small.get("hooked"), pa.ResponseTooLargeError)

    async def main() -> str | None:
        async with httpx.AsyncClient(event_hooks={"response": [aread]}) as mine:
            aclient = pa.AsyncClient(api_key=API_KEY, base_url=server.base_url, http_client=mine)
            return (await aclient.get("hooked")).text

    assert asyncio.run(main()) == "read twice " * 200
