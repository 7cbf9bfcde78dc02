"""``MockServer``: Perplexity's long-running APIs on 127.0.0.1, in a background thread (stdlib
only): Sonar async jobs (the ``/v1/async/sonar`` paths and the legacy ``/async/chat/completions``
ones upstream still serves) and Agent API background runs (``/v1/agent`` and ``/v1/responses``)."""

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
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
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

from .._validate import first_problem, json_integers
from ._batches import FILES_PATH, MAX_UPLOAD_BODY, BatchApi, BatchScript, RawBody
from ._faults import Fault, default_error_body, error_body
from ._jobs import Job, scripted_job
from ._runs import Run, new_run_id, question_of, request_problem, scripted_run
from ._workload import Draws, SubmitLimit, Workload

__all__ = ["MockServer", "RecordedRequest"]

# Each path as its generated operation builds it, so a spec that moves one moves the server too
# (submit and list shared a path once; since the /v1 pages they need not).
JOB_PREFIX, _, JOB_SUFFIX = _get_operation.build_request("\x00").path.partition("%00")
_ANY_BODY = AsyncApiChatCompletionsRequest.from_dict({"request": {"model": "m", "messages": []}})
_LIST_PATH = _list_operation.build_request().path
# Each path and the methods it answers (any other method: 405 with Allow).
_PATHS: dict[str, dict[str, str]] = {
    _create_operation.build_request(body=_ANY_BODY).path: {"POST": "create"},
    # The legacy path upstream still serves: the official SDK creates and lists there.
    _LIST_PATH: {"GET": "list", "POST": "create"},
    "/v1/agent": {"POST": "create_run"},
    "/v1/responses": {"POST": "create_run"},  # documented as equivalent to /v1/agent
}
# Paths with one id segment: (prefix, suffix, methods).
_ID_PATHS: tuple[tuple[str, str, dict[str, str]], ...] = (
    (JOB_PREFIX, JOB_SUFFIX, {"GET": "get"}),
    (_LIST_PATH + "/", "", {"GET": "get"}),
    ("/v1/agent/", "", {"GET": "get_run"}),
    ("/v1/responses/", "", {"GET": "get_run"}),
    ("/v1/agent/", "/cancel", {"POST": "cancel_run"}),
    ("/v1/responses/", "/cancel", {"POST": "cancel_run"}),
)
# The Agent API refuses bodies over 32 MiB (413); no route here needs more.
MAX_BODY = 32 * 1024 * 1024
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
    x_request_id: str = ""  # the x-request-id the server answered with


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
        self._batch_api = BatchApi(clock)  # the Files and Batches endpoints (_batches.py)
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
        model: str | None = None,
        seconds_before_done: float = 0.0,
        api: Literal["sonar", "agent"] | None = None,
    ) -> None:
        """Script a job: CREATED, then IN_PROGRESS for ``polls_before_done`` polls in all (and at
        least ``seconds_before_done`` seconds from the first poll), then COMPLETED with ``answer``
        (or FAILED with the message ``fail``).

        ``api="agent"`` (the default for a ``resp_`` id) makes it an Agent API run instead,
        served at ``/v1/agent/{id}`` and ``/v1/responses/{id}``: queued, in_progress, then
        completed with ``answer`` as its message item and ``search_results`` then
        ``citations`` as the results of one search_results item, or failed (HTTP 200, ``error``
        set to ``fail``); cancellable until then. ``model`` defaults to each API's own.

        Example: ``server.add_job("resp_1", polls_before_done=2, answer="Paris.")``
        """
        options = dict(
            polls_before_done=polls_before_done,
            answer=answer,
            citations=citations,
            search_results=search_results,
            fail=fail,
            seconds_before_done=seconds_before_done,
        )
        job = _scripted(request_id, api, model, options)
        with self._lock:
            self._jobs[request_id] = job

    def script_created_jobs(self, **add_job_options: Any) -> None:
        """How jobs submitted with ``create`` behave: ``add_job``'s options (default: done on
        the second poll, answering with the question echoed). A workload's ``job_seconds`` and
        ``failure_rate``, when set, decide when each is done and whether it fails.

        Both APIs' creates follow it: a Sonar job and an Agent API run (whose request's model
        wins over ``model``; ``background`` false finishes it at once).

        Example: ``server.script_created_jobs(polls_before_done=3, answer="42.")``
        """
        # Bad options fail here, not in a request: exactly add_job's names, then their values.
        inspect.signature(self.add_job).bind("check", **add_job_options)
        if "api" in add_job_options:
            raise TypeError("script_created_jobs applies to both APIs' creates: api= is not taken")
        scripted_job("check", **add_job_options)
        with self._lock:
            self._create_script = dict(add_job_options)

    @property
    def created_jobs(self) -> list[str]:
        """The ids of the jobs created through the API, oldest first."""
        with self._lock:
            return list(dict.fromkeys(self._idempotency.values()))

    def set_job_body(
        self, request_id: str, body: Any, *, api: Literal["sonar", "agent"] | None = None
    ) -> None:
        """Serve exactly ``body`` for ``request_id`` from now on: any JSON value (an object, a
        list, a string, ``None``...), valid for the spec or not. It is copied when set. ``api``
        as for ``add_job`` (a ``resp_`` id: an Agent API run, which a cancel acknowledges
        unless its ``status`` is terminal, leaving the body as set).

        Example: ``server.set_job_body("req-1", ["not", "a", "job"])``
        """
        try:
            copy = json.loads(json.dumps(body))
        except (TypeError, ValueError) as exc:
            raise TypeError(f"set_job_body: body must be JSON-serialisable: {exc}") from None
        kind = Run if _api_of(request_id, api) == "agent" else Job
        with self._lock:
            self._jobs[request_id] = kind(body=copy, scripted=False)

    def script_batches(
        self,
        *,
        polls_before_done: int = 2,
        seconds_before_done: float = 0.0,
        end: Literal["completed", "expired", "failed"] = "completed",
        results_before_end: int | None = None,
        fail: Collection[str] = (),
        fail_message: str = "a scripted failure of this request",
        answer: str | None = None,
        citations: Sequence[str] = (),
    ) -> None:
        """How Batch API batches created from now on behave (defaults restored for any option
        not given): ``polls_before_done=2`` retrieves, and at least ``seconds_before_done=0``
        seconds from the create, until every request has its result; ``end`` ("completed",
        "expired" or "failed"; the last two after ``results_before_end`` results, default
        half); ``fail``: the custom_ids whose results go to the error file (with
        ``fail_message``); ``answer`` and ``citations`` of the completed runs (default: the
        question echoed). The README's Batch API section tells the whole story.

        Example: ``server.script_batches(polls_before_done=1, fail={"q-2"})``
        """
        self._batch_api.script(
            BatchScript(
                polls_before_done=polls_before_done,
                seconds_before_done=seconds_before_done,
                end=end,
                results_before_end=results_before_end,
                fail=fail,
                fail_message=fail_message,
                answer=answer,
                citations=citations,
            )
        )

    @property
    def created_batches(self) -> list[str]:
        """The ids of the Batch API batches created, oldest first."""
        return self._batch_api.batch_ids

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
        try:  # 2199.0 is an integer for the rules (JSON Schema's): the same for the models
            request = AsyncApiChatCompletionsRequest.from_dict(json_integers(data))
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
            script = self._admit(question)
            if isinstance(script, tuple):
                return script
            request_id = f"req-{uuid.uuid4().hex[:16]}"
            job = scripted_job(request_id, **{**script, "model": request.request.model})
            self._jobs[request_id] = job
            self._idempotency[key or request_id] = request_id
            return 200, dict(job.body), _NO_HEADERS

    def _create_run(self, body: bytes) -> Answer:
        """POST /v1/agent (or /v1/responses): a run, 400 in the error envelope naming ``param``
        for a body the Agent API refuses. Not ``background``: answered finished at once."""
        try:
            data = json.loads(body)
        except ValueError as exc:
            return 400, error_body(400, f"invalid JSON: {exc}", type="invalid_request"), {}
        problem = request_problem(data)
        if problem is not None:
            message, param = problem
            return 400, error_body(400, message, type="invalid_parameter", param=param), {}
        echoed = {name: data[name] for name in ("effort", "preset") if name in data}
        if not any(name in data for name in ("model", "models", "effort", "preset")):
            echoed["effort"] = "medium"  # the API's default depth when nothing is chosen
        background = bool(data.get("background"))
        models = data.get("models") or [None]
        question = question_of(data["input"])
        with self._lock:
            script = self._admit(question)
            if isinstance(script, tuple):
                return script
            script["model"] = data.get("model") or models[0] or script.get("model")
            response_id = new_run_id()
            echoed["background"] = background
            run = scripted_run(response_id, question=question, echoed=echoed, **script)
            self._jobs[response_id] = run
            self._idempotency[response_id] = response_id
            return 200, dict(run.body) if background else run.finish_now(), _NO_HEADERS

    def _admit(self, question: str) -> dict[str, Any] | Answer:
        """A create's script (the workload's draws applied), or the answer refusing it (a 429
        past the submit limit). Called holding the lock."""
        now = self._clock()
        wait = self._limit.take(now) if self._limit is not None else 0.0
        if wait > 0:
            headers = {
                "Retry-After": str(math.ceil(wait)),
                "retry-after-ms": str(math.ceil(wait * 1000)),
            }
            return 429, default_error_body(429), headers
        script = {"answer": f"A scripted answer to: {question}", **self._create_script}
        if self._draws is not None:
            try:
                seconds, fails = self._draws.next()
            except Exception as exc:  # the test's own job_seconds callable: say so, loudly
                return 500, error_body(500, f"MockServer workload: {exc!r}"), _NO_HEADERS
            if seconds is not None:
                script["done_at"] = now + seconds
            if fails:
                rate = self.workload.failure_rate if self.workload else 0.0
                script["fail"] = f"a simulated failure (Workload failure_rate={rate})"
        return script

    def _cancel_run(self, response_id: str) -> Answer:
        """POST .../{id}/cancel: acknowledged (the run reads cancelled from now on), 400 for a
        terminal run, 404 for an unknown id."""
        with self._lock:
            run = self._jobs.get(response_id)
            if not isinstance(run, Run):
                return 404, _run_not_found(response_id), _NO_HEADERS
            if not run.cancel(self._clock()):
                message = f"Response {_shown(response_id)} is already {run.status}: not cancelled"
                return 400, error_body(400, message, type="invalid_request"), _NO_HEADERS
        return 200, {"response_id": response_id, "status": "cancelling"}, _NO_HEADERS

    def _list(self) -> dict[str, Any]:
        summary_keys = ("created_at", "started_at", "completed_at", "failed_at", "model", "status")
        with self._lock:
            now = self._clock()
            bodies = [
                (request_id, job.listed(now))
                for request_id, job in self._jobs.items()
                if not isinstance(job, Run)  # runs are not listed: the Agent API has no list
            ]
            requests = []
            for request_id, body in bodies:  # set_job_body's may be any JSON: list what is there
                fields = body if isinstance(body, dict) else {}
                requests.append(
                    {"id": fields.get("id", request_id), **{k: fields.get(k) for k in summary_keys}}
                )
        return {"requests": requests, "next_token": None}

    def _serve_job(self, request_id: str, *, run: bool = False) -> Any:
        """The job's (or with ``run``, the run's) body now, counting the poll, or
        ``_NOT_FOUND``."""
        with self._lock:
            job = self._jobs.get(request_id)
            if job is None or isinstance(job, Run) != run:
                return _NOT_FOUND
            return job.poll(self._clock())


def _api_of(request_id: str, api: str | None) -> str:
    if api is None:
        return "agent" if request_id.startswith("resp_") else "sonar"
    if api not in ("sonar", "agent"):
        raise ValueError(f"api must be 'sonar' or 'agent', got {api!r}")
    return api


def _scripted(request_id: str, api: str | None, model: str | None, options: dict[str, Any]) -> Job:
    if _api_of(request_id, api) == "agent":
        return scripted_run(request_id, model=model, **options)
    return scripted_job(request_id, model=model or "sonar-deep-research", **options)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog is 5: a burst of a hundred connects (an AsyncClient's pool
    # opening at once) would wait on SYN retransmits, a second or more each.
    request_queue_size = 1024

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

    _answer_id = ""  # this request's x-request-id

    def log_message(self, format: str, *args: Any) -> None:
        return

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A request the standard library cannot parse (a bad request line, headers too long):
        the JSON error envelope, not its HTML page."""
        self._answer_id = str(uuid.uuid4())
        self.close_connection = True
        self._send_json(code, error_body(code, message or HTTPStatus(code).phrase))

    def __getattr__(self, name: str) -> Any:
        # Every method comes here (the standard library answers one without a do_<METHOD> 501):
        # a route's own methods are served, any other gets a 405 with Allow.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def _handle(self) -> None:
        self._answer_id = str(uuid.uuid4())
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0:
                raise ValueError(length)
        except ValueError:
            self.close_connection = True  # the body cannot be framed: this connection is done
            message = f"bad Content-Length: {_shown(self.headers.get('Content-Length'))}"
            self._send_json(400, error_body(400, message, type="invalid_request"))
            return
        # An upload may carry a whole input file (200 MB); any other request at most MAX_BODY.
        limit = MAX_UPLOAD_BODY if urlsplit(self.path).path == FILES_PATH else MAX_BODY
        if length > limit:
            self.close_connection = True  # not read: the rest of the stream is that body
            message = f"the body is {length} bytes; at most {limit} are taken"
            self._send_json(413, error_body(413, message, type="payload_too_large"))
            return
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        authorized = self.headers.get("Authorization") == f"Bearer {self.mock.api_key}"
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"}
        fault = self.mock._record(
            RecordedRequest(
                self.command, url.path, url.query, headers, authorized, body, self._answer_id
            )
        )
        if fault is not None and fault.kind != "lose_response" and self._apply(fault):
            return
        try:
            status, payload, extra = self._route(url.path, body, authorized)
        except Exception as exc:  # a bug here: a JSON 500 saying what, never a dropped connection
            message = f"MockServer failed on {self.command} {_shown(url.path)}: {_shown(exc)}"
            status, payload, extra = 500, error_body(500, message), _NO_HEADERS
        if fault is not None and fault.kind == "lose_response":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send_json(status, payload, extra)

    def _route(self, path: str, body: bytes, authorized: bool) -> Answer:
        query = urlsplit(self.path).query
        batch_api = self.mock._batch_api.route(
            self.command, path, query, self.headers, body, authorized
        )
        if batch_api is not None:
            return batch_api
        match = _match(path)
        if match is None:
            message = f"Not found: {self.command} {_shown(path)} (no such route)"
            return 404, error_body(404, message, type="not_found"), _NO_HEADERS
        methods, item = match
        route = methods.get(self.command)
        if route is None:
            allow = ", ".join(methods)
            message = f"Method {self.command} not allowed on {_shown(path)}: use {allow}"
            return 405, error_body(405, message, type="method_not_allowed"), {"Allow": allow}
        if not authorized:
            return 401, default_error_body(401), _NO_HEADERS
        mock = self.mock
        if route == "create":
            return mock._create(body)
        if route == "list":
            return 200, mock._list(), _NO_HEADERS
        if route == "create_run":
            return mock._create_run(body)
        if route == "cancel_run":
            return mock._cancel_run(item)
        found = mock._serve_job(item, run=route == "get_run")
        if found is not _NOT_FOUND:  # a set body may be any JSON, null included
            return 200, found, _NO_HEADERS
        if route == "get_run":
            return 404, _run_not_found(item), _NO_HEADERS
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
        if isinstance(payload, RawBody):  # a file's bytes, as they are
            headers = {"Content-Type": payload.content_type, **(headers or {})}
            self._send_bytes(status, payload.data, headers)
            return
        self._send_bytes(status, json.dumps(payload).encode(), headers)

    def _send_bytes(
        self, status: int, data: bytes, headers: Mapping[str, str] | None = None
    ) -> None:
        headers = headers or {}
        names = {name.lower() for name in headers}
        self.send_response(status)
        if "content-type" not in names:  # a fault's may replace it
            self.send_header("Content-Type", "application/json")
        if "x-request-id" not in names:
            self.send_header("x-request-id", self._answer_id)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":  # a HEAD answer has no body, whatever its length says
            self.wfile.write(data)


def _match(path: str) -> tuple[dict[str, str], str] | None:
    """The methods ``path`` answers and the id in it ("" for a path without one), or None."""
    methods = _PATHS.get(path)
    if methods is not None:
        return methods, ""
    for prefix, suffix, methods in _ID_PATHS:
        if path.startswith(prefix) and path.endswith(suffix):
            segment = path[len(prefix) : len(path) - len(suffix)]
            if segment and "/" not in segment:
                return methods, unquote(segment)
    return None


def _run_not_found(response_id: str) -> dict[str, Any]:
    return error_body(404, f"No response found with id {_shown(response_id)}", type="not_found")


def _shown(value: object) -> str:
    """``repr`` cut to 200 characters: messages stay bounded whatever was asked."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


def _detail(loc: list[str | int], msg: str, kind: str) -> dict[str, Any]:
    return {"detail": [{"loc": loc, "msg": msg, "type": kind}]}


def _snapshot(body: Any) -> Any:
    """A copy safe to serialise outside the lock (set bodies are never mutated: shared)."""
    return dict(body) if isinstance(body, dict) else body
