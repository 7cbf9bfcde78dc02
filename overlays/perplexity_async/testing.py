"""A real HTTP server on 127.0.0.1 that plays Perplexity's async API, for your tests and ours.

Standard library only; it runs in a background thread and serves scripted jobs over real sockets,
with bearer-token checks, 404s for unknown ids and injectable faults. Every body it serves fits
``openapi.yaml`` (checked by the project's tests).

Example::

    from perplexity_async import Client
    from perplexity_async.testing import Fault, MockServer

    with MockServer() as server:
        server.add_job("req-1", polls_before_done=2, answer="Paris.", citations=["https://a.example"])
        server.inject(Fault.status(503))  # the next request gets a 503, the retry succeeds
        with Client(api_key=server.api_key, base_url=server.base_url) as client:
            job = client.wait_until_done("req-1", poll_interval=0.01)
        assert job.text == "Paris."
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
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

from ._validate import first_problem

__all__ = [
    "DEMO_FAILURE_ID",
    "DEMO_RESEARCH_ID",
    "Fault",
    "MockServer",
    "RecordedRequest",
    "completed_job_body",
    "job_body",
]

# Each path as its generated operation builds it, so a spec that moves one moves the server too
# (submit and list shared a path once; since the /v1 pages they need not).
_JOB_PREFIX, _, _JOB_SUFFIX = _get_operation.build_request("\x00").path.partition("%00")
_ANY_BODY = AsyncApiChatCompletionsRequest.from_dict({"request": {"model": "m", "messages": []}})
_ROUTES = {
    ("POST", _create_operation.build_request(body=_ANY_BODY).path): "create",
    ("GET", _list_operation.build_request().path): "list",
}
DEMO_RESEARCH_ID = "demo-research"
DEMO_FAILURE_ID = "demo-failure"
_DEMO_ANSWER = (
    "Async APIs suit long-running work: the client submits a job, gets an id at once, and polls "
    "until the result is ready, instead of holding one HTTP connection open for minutes [1]. "
    "Polling with exponential backoff keeps the request rate low while the job runs [2], and "
    "honouring the server's Retry-After header avoids piling onto an overloaded service [3]."
)
_DEMO_RESULTS: list[dict[str, Any]] = [
    {
        "title": "Asynchronous Request-Reply pattern",
        "url": "https://learn.microsoft.com/azure/architecture/patterns/async-request-reply",
        "date": "2024-05-01",
        "snippet": "Decouple backend processing from a frontend host...",
    },
    {
        "title": "Exponential backoff and jitter",
        "url": "https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/",
        "date": "2015-03-04",
        "snippet": "Adding jitter to backoff spreads out retries...",
    },
    {
        "title": "RFC 9110, section 10.2.3: Retry-After",
        "url": "https://www.rfc-editor.org/rfc/rfc9110#name-retry-after",
        "date": "2022-06-01",
        "snippet": "Servers send the Retry-After header field to indicate how long...",
    },
]
_DEMO_FAILURE = "the research model ran out of time budget (a scripted demo failure)"
_NOT_FOUND = object()
FaultKind = Literal["status", "disconnect", "stall", "malformed", "truncated", "lose_response"]


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour, applied to one request. Build with the class methods.

    Example: ``server.inject(Fault.status(429, retry_after=1), Fault.disconnect())``
    """

    kind: FaultKind
    status_code: int = 0
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    seconds: float = 0.0

    @classmethod
    def status(
        cls,
        status_code: int,
        *,
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
    ) -> Fault:
        """Answer with ``status_code``, extra response ``headers``, a ``Retry-After`` header
        (``retry_after`` seconds) and a JSON ``body`` (default: the API's error body).

        Example: ``Fault.status(503, headers={"Retry-After": "Wed, 21 Oct 2037 07:28:00 GMT"})``
        """
        if isinstance(status_code, bool) or not isinstance(status_code, int):
            raise TypeError(f"status_code must be an int, got {status_code!r}")
        if not 100 <= status_code <= 599:
            raise ValueError(f"status_code must be between 100 and 599, got {status_code}")
        sent = _checked_headers(headers or {})
        if retry_after is not None:
            if any(name.lower() == "retry-after" for name in sent):
                raise ValueError("give Retry-After either as retry_after= or in headers=, not both")
            sent["Retry-After"] = _number(retry_after)
        if body is None:
            body = _default_error_body(status_code)
        return cls("status", status_code=status_code, headers=sent, body=body)

    @classmethod
    def disconnect(cls) -> Fault:
        """Close the connection without answering."""
        return cls("disconnect")

    @classmethod
    def stall(cls, seconds: float) -> Fault:
        """Wait ``seconds`` before answering normally (longer than a read timeout: a timeout)."""
        return cls("stall", seconds=seconds)

    @classmethod
    def malformed(cls, body: bytes = b'{"id": "broken", "status": ') -> Fault:
        """Answer 200 with a body that is not JSON."""
        return cls("malformed", body=body)

    @classmethod
    def lose_response(cls) -> Fault:
        """Carry out the request (a create creates its job), then close without answering: the
        client cannot tell whether it happened, which is what idempotency keys are for."""
        return cls("lose_response")

    @classmethod
    def truncated(cls) -> Fault:
        """Announce a longer body than is sent, then close: the response ends mid-body."""
        return cls("truncated")


@dataclass(frozen=True)
class RecordedRequest:
    """A request the server saw. The Authorization header is never kept, only whether it matched."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    authorized: bool
    body: bytes = b""


@dataclass
class _Job:
    body: Any  # a dict for scripted jobs; any JSON for set_job_body's
    polls_before_done: int = 0
    answer: str = ""
    citations: Sequence[str] = ()
    search_results: Sequence[Mapping[str, Any]] = ()
    fail: str | None = None
    seconds_before_done: float = 0.0  # counted from the first poll
    first_poll_at: float = 0.0
    polls: int = 0
    scripted: bool = True


def _scripted_job(
    request_id: str,
    *,
    polls_before_done: int = 0,
    answer: str = "",
    citations: Sequence[str] = (),
    search_results: Sequence[Mapping[str, Any]] = (),
    fail: str | None = None,
    model: str = "sonar-deep-research",
    seconds_before_done: float = 0.0,
) -> _Job:
    if polls_before_done < 0:
        raise ValueError(f"polls_before_done must be >= 0, got {polls_before_done}")
    if seconds_before_done < 0:
        raise ValueError(f"seconds_before_done must be >= 0, got {seconds_before_done}")
    return _Job(
        body=job_body(request_id, model=model),
        polls_before_done=polls_before_done,
        answer=answer,
        citations=citations,
        search_results=search_results,
        fail=fail,
        seconds_before_done=seconds_before_done,
    )


def job_body(
    request_id: str,
    *,
    status: str = "CREATED",
    model: str = "sonar-deep-research",
    created_at: int | None = None,
) -> dict[str, Any]:
    """The JSON body of a job that is not done yet, as the API serves it."""
    return {
        "id": request_id,
        "model": model,
        "created_at": int(time.time()) if created_at is None else created_at,
        "status": status,
        "started_at": None,
        "completed_at": None,
        "response": None,
        "failed_at": None,
        "error_message": None,
    }


def completed_job_body(
    request_id: str,
    *,
    answer: str = "",
    citations: Sequence[str] = (),
    search_results: Sequence[Mapping[str, Any]] = (),
    model: str = "sonar-deep-research",
    created_at: int | None = None,
) -> dict[str, Any]:
    """The JSON body of a COMPLETED job with its answer, citations, search results and usage."""
    body = job_body(request_id, status="COMPLETED", model=model, created_at=created_at)
    now = int(time.time())
    message = {"role": "assistant", "content": answer}
    body.update(
        started_at=body["created_at"],
        completed_at=max(now, body["created_at"]),
        response={
            "id": request_id,
            "model": model,
            "created": body["created_at"],
            "object": "chat.completion",
            "usage": {
                "prompt_tokens": 12,
                "completion_tokens": max(1, len(answer) // 4),
                "total_tokens": 12 + max(1, len(answer) // 4),
                "search_context_size": "low",
                "citation_tokens": 0,
                "num_search_queries": len(search_results),
                "reasoning_tokens": 0,
                "cost": {
                    "input_tokens_cost": 0.0,
                    "output_tokens_cost": 0.001,
                    "request_cost": 0.005,
                    "total_cost": 0.006,
                },
            },
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": message,
                    "delta": {"role": "assistant", "content": ""},
                }
            ],
            "citations": list(citations),
            "search_results": [
                {"snippet": "", "source": "web", "date": None, **result}
                for result in search_results
            ],
        },
    )
    return body


class MockServer:
    """Perplexity's async API on ``127.0.0.1:<free port>``; a context manager.

    Args:
        api_key: the only bearer token it accepts (every other request gets a 401).
        port: 0 picks a free port.
    """

    def __init__(self, *, api_key: str = "test-key", port: int = 0) -> None:
        self.api_key = api_key
        self._port = port
        self._lock = threading.Lock()
        self._jobs: dict[str, _Job] = {}
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
        (or FAILED with the message ``fail``)."""
        job = _scripted_job(
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

    def add_demo_jobs(self, *, seconds: float = 4.0) -> tuple[str, str]:
        """Preload two sample jobs: ``demo-research`` completes ``seconds`` after its first poll,
        with an answer, citations and search results; ``demo-failure`` fails half as late.
        Returns their ids."""
        self.add_job(
            DEMO_RESEARCH_ID,
            seconds_before_done=seconds,
            answer=_DEMO_ANSWER,
            citations=[result["url"] for result in _DEMO_RESULTS],
            search_results=_DEMO_RESULTS,
        )
        self.add_job(DEMO_FAILURE_ID, seconds_before_done=seconds / 2, fail=_DEMO_FAILURE)
        return DEMO_RESEARCH_ID, DEMO_FAILURE_ID

    def script_created_jobs(self, **add_job_options: Any) -> None:
        """How jobs submitted with ``create`` behave: ``add_job``'s options (default: done on
        the second poll, answering with the question echoed)."""
        _scripted_job("check", **add_job_options)  # bad options fail here, not in a request
        with self._lock:
            self._create_script = dict(add_job_options)

    @property
    def created_jobs(self) -> list[str]:
        """The ids of the jobs created through the API, oldest first."""
        with self._lock:
            return list(dict.fromkeys(self._idempotency.values()))

    def script_demo_questions(self, *, seconds: float = 4.0) -> None:
        """Jobs submitted with ``create`` complete ``seconds`` after their first poll, with the
        demo's cited answer (``serve --demo`` and ``make demo`` use this)."""
        self.script_created_jobs(
            seconds_before_done=seconds,
            answer=_DEMO_ANSWER,
            citations=[result["url"] for result in _DEMO_RESULTS],
            search_results=_DEMO_RESULTS,
        )

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
            self._jobs[request_id] = _Job(body=copy, scripted=False)

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

    def _create(self, body: bytes) -> tuple[int, Any]:
        """POST: validate the body with the client's own rules, from the spec (422 with a
        FastAPI-shaped detail naming the field, as the API does; unknown fields are accepted),
        then create the job, or return the one this idempotency key made."""
        try:
            data = json.loads(body)
        except ValueError as exc:
            return 422, _detail(["body"], f"invalid JSON: {exc}", "json_invalid")
        problem = first_problem(data)
        if problem is not None:
            return 422, _detail(["body", *problem.path], problem.message, problem.type)
        try:
            request = AsyncApiChatCompletionsRequest.from_dict(data)
        except ParseError as exc:  # stricter than the rules somewhere: still a 422
            return 422, _detail(["body", *exc.path], exc.problem, "value_error")
        key = request.idempotency_key if isinstance(request.idempotency_key, str) else None
        question = next(
            (m.content for m in reversed(request.request.messages) if isinstance(m.content, str)),
            "",
        )
        # Check the key and store the job in ONE lock acquisition: two concurrent creates with
        # one key must make one job, as the real API promises.
        with self._lock:
            if key is not None and key in self._idempotency:
                return 200, _snapshot(self._jobs[self._idempotency[key]].body)
            request_id = f"req-{uuid.uuid4().hex[:16]}"
            script = {"answer": f"A scripted answer to: {question}", **self._create_script}
            job = _scripted_job(request_id, model=request.request.model, **script)
            self._jobs[request_id] = job
            self._idempotency[key or request_id] = request_id
            return 200, dict(job.body)

    def _list(self) -> dict[str, Any]:
        summary_keys = ("created_at", "started_at", "completed_at", "failed_at", "model", "status")
        with self._lock:
            bodies = [(request_id, job.body) for request_id, job in self._jobs.items()]
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
            if job is None:
                return _NOT_FOUND
            job.polls += 1
            if not job.scripted:
                return job.body
            now = time.monotonic()
            if job.polls == 1:
                job.first_poll_at = now
            ready = now - job.first_poll_at >= job.seconds_before_done
            if job.polls > job.polls_before_done and ready:
                return self._finish(request_id, job)
            if job.polls > 1:
                job.body.update(status="IN_PROGRESS", started_at=job.body["created_at"])
            return dict(job.body)

    @staticmethod
    def _finish(request_id: str, job: _Job) -> dict[str, Any]:
        if job.body["status"] in ("COMPLETED", "FAILED"):
            return dict(job.body)
        if job.fail is not None:
            job.body.update(
                status="FAILED",
                started_at=job.body["created_at"],
                failed_at=max(int(time.time()), job.body["created_at"]),
                error_message=job.fail,
            )
        else:
            job.body = completed_job_body(
                request_id,
                answer=job.answer,
                citations=job.citations,
                search_results=job.search_results,
                model=job.body["model"],
                created_at=job.body["created_at"],
            )
        return dict(job.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client that went away (timed out, was cancelled): expected here
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    mock: MockServer
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API and httpx's pool expect

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
            self._send_json(401, _default_error_body(401))
            return
        status, payload = self._route(url.path, body)
        if fault is not None and fault.kind == "lose_response":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send_json(status, payload)

    def _route(self, path: str, body: bytes) -> tuple[int, Any]:
        route = _ROUTES.get((self.command, path))
        if route == "create":
            return self.mock._create(body)
        if route == "list":
            return 200, self.mock._list()
        if self.command == "GET" and path.startswith(_JOB_PREFIX) and path.endswith(_JOB_SUFFIX):
            segment = path[len(_JOB_PREFIX) : len(path) - len(_JOB_SUFFIX)]
            job = _NOT_FOUND if "/" in segment else self.mock._serve_job(unquote(segment))
            if job is not _NOT_FOUND:  # a set body may be any JSON, null included
                return 200, job
        return 404, _default_error_body(404)

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


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _default_error_body(status_code: int) -> Any:
    if status_code == 422:
        return {
            "detail": [
                {"loc": ["path", "api_request"], "msg": "invalid request id", "type": "value_error"}
            ]
        }
    messages = {401: "Invalid API key", 404: "Async request not found", 429: "Rate limit exceeded"}
    message = messages.get(status_code, "Server error" if status_code >= 500 else "Request failed")
    return {"error": {"message": message, "type": f"http_{status_code}", "code": status_code}}


def _checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Header names and values that can go on the wire as given (no CR, LF or NUL)."""
    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a mapping of str to str, got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"headers must map str to str, got {name!r}: {value!r}")
        if not name or any(c in name for c in " :\r\n\0") or any(c in value for c in "\r\n\0"):
            raise ValueError(f"header {name!r}: {value!r} cannot be sent as one header line")
        if name.lower() in ("content-length", "transfer-encoding"):
            raise ValueError(f"header {name!r} frames the body; the server sets it")
    return dict(headers)


def _snapshot(body: Any) -> Any:
    """A copy safe to serialise outside the lock (set bodies are never mutated: shared)."""
    return dict(body) if isinstance(body, dict) else body
