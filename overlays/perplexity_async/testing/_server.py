"""``MockServer``: Perplexity's async API on 127.0.0.1, in a background thread (stdlib only)."""

from __future__ import annotations

import inspect
import json
import math
import socket
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from perplexity_async_api.api.default import (
    create_async_chat_completions_async_chat_completions_post as _create_operation,
)
from perplexity_async_api.api.default import (
    get_async_chat_completion_response_async_chat_completions_api_request_get as _get_operation,
)
from perplexity_async_api.api.default import (
    list_async_chat_completions_async_chat_completions_get as _list_operation,
)
from perplexity_async_api.models import AsyncApiChatCompletionsRequest
from perplexity_async_api.types import ParseError

from .._validate import first_problem
from ._faults import Fault, default_error_body
from ._jobs import Job, scripted_job
from ._workload import Draws, SubmitLimit, Workload

__all__ = ["MockServer", "RecordedRequest"]

# Each path as its generated operation builds it, so a spec that moves one moves the server too
# (submit and list shared a path once; since the /v1 pages they need not).
JOB_PREFIX, _, JOB_SUFFIX = _get_operation.build_request("\x00").path.partition("%00")
_ANY_BODY = AsyncApiChatCompletionsRequest.from_dict({"request": {"model": "m", "messages": []}})
_ROUTES = {
    ("POST", _create_operation.build_request(body=_ANY_BODY).path): "create",
    ("GET", _list_operation.build_request().path): "list",
}
_NOT_FOUND = object()
_NO_HEADERS: Mapping[str, str] = {}
Answer = tuple[int, Any, Mapping[str, str]]  # status, JSON payload, extra headers


@dataclass(frozen=True)
class RecordedRequest:
    """A request the server saw. The Authorization header is never kept, only whether it matched."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    authorized: bool
    body: bytes = b""


class MockServer:
    """Perplexity's async API on ``127.0.0.1:<free port>``; a context manager.

    Args:
        api_key: the only bearer token it accepts (every other request gets a 401).
        port: 0 picks a free port.
        workload: opt-in realism for jobs created through the API: a submit rate limit, job
            durations, a failure rate (see ``Workload``). None: no limit, jobs as scripted.
        clock: the server's clock (seconds, like ``time.monotonic``), for the rate limit and
            job durations; tests pass a fake one to move time without sleeping.

    Example::

        with MockServer(workload=Workload(submits_per_minute=5, job_seconds=(1, 3))) as server:
            client = Client(api_key=server.api_key, base_url=server.base_url)
    """

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        port: int = 0,
        workload: Workload | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if workload is not None and not isinstance(workload, Workload):
            raise TypeError(f"workload must be a Workload, got {type(workload).__name__}")
        if not callable(clock):
            raise TypeError(f"clock must be callable, got {type(clock).__name__}")
        self.api_key = api_key
        self.workload = workload
        self._port = port
        self._clock = clock
        self._lock = threading.Lock()
        self._limit = None
        if workload is not None and workload.submits_per_minute is not None:
            self._limit = SubmitLimit(workload.submits_per_minute, clock())
        self._draws = Draws(workload) if workload is not None else None
        self._jobs: dict[str, Job] = {}
        self._idempotency: dict[str, str] = {}  # key -> the job it created
        self._create_script: dict[str, Any] = {"polls_before_done": 1}
        self._faults: deque[Fault] = deque()
        self._requests: list[RecordedRequest] = []
        self._stop = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> MockServer:
        """Start serving in a background thread (``with MockServer() as s`` does this)."""
        handler = type("_BoundHandler", (_Handler,), {"mock": self})
        self._stop.clear()
        self._httpd = _Server(("127.0.0.1", self._port), handler)
        self._port = self._httpd.server_address[1]  # keep the port: a restart reuses it
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port; stalled requests are let go at once."""
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def restart(self) -> None:
        """Stop, then serve again on the same port with the same jobs (a server restart)."""
        self.stop()
        self.start()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    # -- scripting -------------------------------------------------------------------------------
    def add_job(
        self,
        request_id: str,
        *,
        polls_before_done: int = 0,
        answer: str = "",
        citations: Sequence[str] = (),
        search_results: Sequence[Mapping[str, Any]] = (),
        fail: str | None = None,
        model: str = "sonar-deep-research",
        seconds_before_done: float = 0.0,
    ) -> None:
        """Script a job: CREATED, then IN_PROGRESS for ``polls_before_done`` polls in all (and at
        least ``seconds_before_done`` seconds from the first poll), then COMPLETED with ``answer``
        (or FAILED with the message ``fail``).

        Example: ``server.add_job("req-1", polls_before_done=2, answer="Paris.")``
        """
        job = scripted_job(
            request_id,
            polls_before_done=polls_before_done,
            answer=answer,
            citations=citations,
            search_results=search_results,
            fail=fail,
            model=model,
            seconds_before_done=seconds_before_done,
        )
        with self._lock:
            self._jobs[request_id] = job

    def script_created_jobs(self, **add_job_options: Any) -> None:
        """How jobs submitted with ``create`` behave: ``add_job``'s options (default: done on
        the second poll, answering with the question echoed). A workload's ``job_seconds`` and
        ``failure_rate``, when set, decide when each is done and whether it fails.

        Example: ``server.script_created_jobs(polls_before_done=3, answer="42.")``
        """
        # Bad options fail here, not in a request: exactly add_job's names, then their values.
        inspect.signature(self.add_job).bind("check", **add_job_options)
        scripted_job("check", **add_job_options)
        with self._lock:
            self._create_script = dict(add_job_options)

    @property
    def created_jobs(self) -> list[str]:
        """The ids of the jobs created through the API, oldest first."""
        with self._lock:
            return list(dict.fromkeys(self._idempotency.values()))

    def set_job_body(self, request_id: str, body: Any) -> None:
        """Serve exactly ``body`` for ``request_id`` from now on: any JSON value (an object, a
        list, a string, ``None``...), valid for the spec or not. It is copied when set.

        Example: ``server.set_job_body("req-1", ["not", "a", "job"])``
        """
        try:
            copy = json.loads(json.dumps(body))
        except (TypeError, ValueError) as exc:
            raise TypeError(f"set_job_body: body must be JSON-serialisable: {exc}") from None
        with self._lock:
            self._jobs[request_id] = Job(body=copy, scripted=False)

    def inject(self, *faults: Fault) -> None:
        """Apply ``faults`` in order, one to each of the next requests."""
        with self._lock:
            self._faults.extend(faults)

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests seen so far, oldest first (without the API key)."""
        with self._lock:
            return list(self._requests)

    def polls(self, request_id: str) -> int:
        """How many times the job was served."""
        with self._lock:
            return self._jobs[request_id].polls

    # -- serving (called from handler threads) ---------------------------------------------------
    def _record(self, request: RecordedRequest) -> Fault | None:
        with self._lock:
            self._requests.append(request)
            return self._faults.popleft() if self._faults else None

    def _create(self, body: bytes) -> Answer:
        """POST: validate the body with the client's own rules, from the spec (422 with a
        FastAPI-shaped detail naming the field, as the API does; unknown fields are accepted),
        then create the job, or return the one this idempotency key made."""
        try:
            data = json.loads(body)
        except ValueError as exc:
            return 422, _detail(["body"], f"invalid JSON: {exc}", "json_invalid"), _NO_HEADERS
        problem = first_problem(data)
        if problem is not None:
            return 422, _detail(["body", *problem.path], problem.message, problem.type), _NO_HEADERS
        try:
            request = AsyncApiChatCompletionsRequest.from_dict(data)
        except ParseError as exc:  # stricter than the rules somewhere: still a 422
            return 422, _detail(["body", *exc.path], exc.problem, "value_error"), _NO_HEADERS
        key = request.idempotency_key if isinstance(request.idempotency_key, str) else None
        question = next(
            (m.content for m in reversed(request.request.messages) if isinstance(m.content, str)),
            "",
        )
        # Check the key and store the job in ONE lock acquisition: two concurrent creates with
        # one key must make one job, as the real API promises.
        with self._lock:
            if key is not None and key in self._idempotency:
                # A replay creates nothing, so it spends no submit budget (how the real API
                # counts replays is not documented).
                return 200, _snapshot(self._jobs[self._idempotency[key]].body), _NO_HEADERS
            now = self._clock()
            wait = self._limit.take(now) if self._limit is not None else 0.0
            if wait > 0:
                headers = {
                    "Retry-After": str(math.ceil(wait)),
                    "retry-after-ms": str(math.ceil(wait * 1000)),
                }
                return 429, default_error_body(429), headers
            request_id = f"req-{uuid.uuid4().hex[:16]}"
            script = {"answer": f"A scripted answer to: {question}", **self._create_script}
            if self._draws is not None:
                try:
                    seconds, fails = self._draws.next()
                except Exception as exc:  # the test's own job_seconds callable: say so, loudly
                    error = default_error_body(500)
                    error["error"]["message"] = f"MockServer workload: {exc!r}"
                    return 500, error, _NO_HEADERS
                if seconds is not None:
                    script["done_at"] = now + seconds
                if fails:
                    rate = self.workload.failure_rate if self.workload else 0.0
                    script["fail"] = f"a simulated failure (Workload failure_rate={rate})"
            job = scripted_job(request_id, model=request.request.model, **script)
            self._jobs[request_id] = job
            self._idempotency[key or request_id] = request_id
            return 200, dict(job.body), _NO_HEADERS

    def _list(self) -> dict[str, Any]:
        summary_keys = ("created_at", "started_at", "completed_at", "failed_at", "model", "status")
        with self._lock:
            now = self._clock()
            bodies = [(request_id, job.listed(now)) for request_id, job in self._jobs.items()]
            requests = []
            for request_id, body in bodies:  # set_job_body's may be any JSON: list what is there
                fields = body if isinstance(body, dict) else {}
                requests.append(
                    {"id": fields.get("id", request_id), **{k: fields.get(k) for k in summary_keys}}
                )
        return {"requests": requests, "next_token": None}

    def _serve_job(self, request_id: str) -> Any:
        """The job's body now (counting the poll), or ``_NOT_FOUND``."""
        with self._lock:
            job = self._jobs.get(request_id)
            return _NOT_FOUND if job is None else job.poll(self._clock())


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client that went away (timed out, was cancelled): expected here
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    mock: MockServer
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API and httpx's pool expect
    # Headers and body go out as two writes: with Nagle's algorithm on, the body waited for the
    # client's delayed ACK: 44 ms a get() on loopback here, 0.6 ms with it off.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        authorized = self.headers.get("Authorization") == f"Bearer {self.mock.api_key}"
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"}
        fault = self.mock._record(
            RecordedRequest(self.command, url.path, url.query, headers, authorized, body)
        )
        if fault is not None and fault.kind != "lose_response" and self._apply(fault):
            return
        if not authorized:
            self._send_json(401, default_error_body(401))
            return
        status, payload, extra = self._route(url.path, body)
        if fault is not None and fault.kind == "lose_response":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send_json(status, payload, extra)

    def _route(self, path: str, body: bytes) -> Answer:
        route = _ROUTES.get((self.command, path))
        if route == "create":
            return self.mock._create(body)
        if route == "list":
            return 200, self.mock._list(), _NO_HEADERS
        if self.command == "GET" and path.startswith(JOB_PREFIX) and path.endswith(JOB_SUFFIX):
            segment = path[len(JOB_PREFIX) : len(path) - len(JOB_SUFFIX)]
            job = _NOT_FOUND if "/" in segment else self.mock._serve_job(unquote(segment))
            if job is not _NOT_FOUND:  # a set body may be any JSON, null included
                return 200, job, _NO_HEADERS
        return 404, default_error_body(404), _NO_HEADERS

    def _apply(self, fault: Fault) -> bool:
        """Carry out ``fault``; True when the request is answered (or dropped) by it."""
        if fault.kind == "status":
            self._send_json(fault.status_code, fault.body, fault.headers)
        elif fault.kind == "disconnect":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif fault.kind == "stall":
            if self.mock._stop.wait(fault.seconds):
                self.close_connection = True
                return True
            return False
        elif fault.kind == "malformed":
            self._send_bytes(200, fault.body)
        else:  # truncated
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"id": "trunc')
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        return True

    def _send_json(
        self, status: int, payload: Any, headers: Mapping[str, str] | None = None
    ) -> None:
        self._send_bytes(status, json.dumps(payload).encode(), headers)

    def _send_bytes(
        self, status: int, data: bytes, headers: Mapping[str, str] | None = None
    ) -> None:
        headers = headers or {}
        self.send_response(status)
        if not any(name.lower() == "content-type" for name in headers):  # a fault's may replace it
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _detail(loc: list[str | int], msg: str, kind: str) -> dict[str, Any]:
    return {"detail": [{"loc": loc, "msg": msg, "type": kind}]}


def _snapshot(body: Any) -> Any:
    """A copy safe to serialise outside the lock (set bodies are never mutated: shared)."""
    return dict(body) if isinstance(body, dict) else body
