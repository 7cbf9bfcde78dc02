"""The Batch API and its Files API as ``MockServer`` plays them (``/v1/files``, ``/v1/batches``):
uploads validated line by line (``_batch_api._lines``, the formats in one place), batches that go
``validating``, ``in_progress``, then ``completed`` (or, as scripted, ``expired``/``failed``;
``cancelling`` then ``cancelled`` on request) with output and error files."""

from __future__ import annotations

import json
import math
import threading
import time
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, Literal
from urllib.parse import parse_qs, unquote

from perplexity_async_api.api.batches import (
    cancel_batch,
    get_batch,
    get_file,
    get_file_content,
    list_batches,
    list_files,
)

from .._batch_api._lines import (
    MAX_FILE_BYTES,
    LineError,
    check_request_lines,
    result_line,
    split_lines,
)
from ._faults import default_error_body, error_body
from ._runs import DEFAULT_RUN_MODEL, completed_run_body, new_run_id, question_of

__all__ = ["FILES_PATH", "MAX_UPLOAD_BODY", "BatchApi", "BatchScript", "RawBody"]

Answer = tuple[int, Any, Mapping[str, str]]
End = Literal["completed", "expired", "failed"]
# Each path as its generated operation builds it (a spec that moves one moves the server too).
FILES_PATH = list_files.build_request().path  # createFile's too
BATCHES_PATH = list_batches.build_request().path  # createBatch's too
_FILE_PREFIX = get_file.build_request("\x00").path.partition("%00")[0]
_CONTENT_SUFFIX = get_file_content.build_request("\x00").path.partition("%00")[2]
_BATCH_PREFIX = get_batch.build_request("\x00").path.partition("%00")[0]
_CANCEL_SUFFIX = cancel_batch.build_request("\x00").path.partition("%00")[2]
# An upload's body: the file's documented limit and room for the multipart framing around it.
MAX_UPLOAD_BODY = MAX_FILE_BYTES + 64 * 1024
_RETENTION = 30 * 24 * 3600  # files and results are kept 30 days
_TERMINAL = frozenset({"completed", "expired", "cancelled", "failed"})
_NO_HEADERS: Mapping[str, str] = {}
_USAGE_KEYS = ("input_tokens", "output_tokens", "total_tokens")


@dataclass(frozen=True)
class RawBody:
    """A response body sent as it is (a file's bytes), not as JSON."""

    data: bytes
    content_type: str = "application/octet-stream"


@dataclass(frozen=True)
class BatchScript:
    """How the batches created from now on behave (``MockServer.script_batches`` documents it)."""

    polls_before_done: int = 2
    seconds_before_done: float = 0.0
    end: End = "completed"
    results_before_end: int | None = None
    fail: Collection[str] = ()
    fail_message: str = "a scripted failure of this request"
    answer: str | None = None
    citations: Sequence[str] = ()

    def __post_init__(self) -> None:
        if type(self.polls_before_done) is not int or self.polls_before_done < 0:
            raise ValueError(f"polls_before_done must be an int >= 0, got {self.polls_before_done}")
        if not 0 <= self.seconds_before_done < math.inf:
            raise ValueError(f"seconds_before_done must be >= 0, got {self.seconds_before_done}")
        if self.end not in ("completed", "expired", "failed"):
            raise ValueError(f"end must be 'completed', 'expired' or 'failed', got {self.end!r}")
        if self.results_before_end is not None and (
            type(self.results_before_end) is not int or self.results_before_end < 0
        ):
            raise ValueError(
                f"results_before_end must be an int >= 0, got {self.results_before_end}"
            )
        if isinstance(self.fail, str) or not all(isinstance(i, str) for i in self.fail):
            raise TypeError("fail must be a collection of custom_id strings")
        object.__setattr__(self, "fail", frozenset(self.fail))
        object.__setattr__(self, "citations", tuple(self.citations))


@dataclass
class _File:
    id: str
    filename: str
    purpose: str
    data: bytes
    created_at: int

    def body(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "file",
            "bytes": len(self.data),
            "created_at": self.created_at,
            "expires_at": self.created_at + _RETENTION,
            "filename": self.filename,
            "purpose": self.purpose,
        }


@dataclass
class _Batch:
    body: dict[str, Any]
    lines: list[bytes]  # the input file's request lines, parsed as each is processed
    script: BatchScript
    started: float  # the server's clock at the create
    polls: int = 0
    output: list[bytes] = field(default_factory=list)
    errors: list[bytes] = field(default_factory=list)
    usage: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_USAGE_KEYS, 0))

    @property
    def status(self) -> str:
        return str(self.body["status"])


class BatchApi:
    """The Files and Batches endpoints' state, behind one lock; ``MockServer`` routes to it."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._files: dict[str, _File] = {}
        self._batches: dict[str, _Batch] = {}
        self._keys: dict[str, str] = {}  # Idempotency-Key -> the batch it created
        self._script = BatchScript()

    def script(self, script: BatchScript) -> None:
        """Replace the script of batches created from now on."""
        with self._lock:
            self._script = script

    @property
    def batch_ids(self) -> list[str]:
        with self._lock:
            return list(self._batches)

    @property
    def file_ids(self) -> list[str]:
        with self._lock:
            return list(self._files)

    # -- routing ---------------------------------------------------------------------------------
    def route(
        self,
        method: str,
        path: str,
        query: str,
        headers: Message,
        body: bytes,
        authorized: bool,
    ) -> Answer | None:
        """The answer to a request on one of these paths, or None for any other path."""
        found = _match(path)
        if found is None:
            return None
        methods, item = found
        route = methods.get(method)
        if route is None:
            allow = ", ".join(methods)
            message = f"Method {method} not allowed on {path[:200]}: use {allow}"
            return 405, error_body(405, message, type="method_not_allowed"), {"Allow": allow}
        if not authorized:
            return 401, default_error_body(401), _NO_HEADERS
        if route == "upload":
            return self._upload(headers.get("Content-Type", ""), body)
        if route == "list_files":
            return self._list_files(query)
        if route == "create":
            return self._create(body, headers.get("Idempotency-Key"))
        if route == "list_batches":
            return self._list_batches(query)
        if route in ("get_file", "delete_file", "content"):
            return self._file(route, item)
        return self._batch(route, item)

    # -- files -----------------------------------------------------------------------------------
    def _upload(self, content_type: str, body: bytes) -> Answer:
        try:
            fields = _multipart(content_type, body)
        except ValueError as exc:
            return _bad(str(exc))
        unknown = sorted(set(fields) - {"file", "purpose"})
        if unknown:  # expires_after among them: upstream refuses it with a 400
            return _bad(f"unsupported field(s): {', '.join(unknown)[:200]}", param=unknown[0])
        purpose = fields.get("purpose", (None, b""))[1]
        if purpose != b"batch":
            return _bad(f"purpose must be 'batch', got {purpose[:100]!r}", param="purpose")
        if "file" not in fields:
            return _bad("file is required", param="file")
        filename, data = fields["file"]
        if len(data) > MAX_FILE_BYTES:
            return _bad(f"the file is over {MAX_FILE_BYTES} bytes", param="file")
        try:
            check_request_lines(split_lines(data))
        except LineError as exc:
            return _bad(str(exc), param="file")
        return 200, self._store(filename or "upload.jsonl", "batch", data).body(), _NO_HEADERS

    def _store(self, filename: str, purpose: str, data: bytes) -> _File:
        file = _File(f"file-{uuid.uuid4().hex}", filename, purpose, data, int(time.time()))
        with self._lock:
            self._files[file.id] = file
        return file

    def _file(self, route: str, file_id: str) -> Answer:
        with self._lock:
            file = self._files.get(file_id)
            if file is not None and route == "delete_file":
                del self._files[file_id]
        if file is None:
            message = f"No file found with id {file_id[:200]!r}"
            return 404, error_body(404, message, type="not_found"), _NO_HEADERS
        if route == "delete_file":
            return 200, {"id": file.id, "object": "file", "deleted": True}, _NO_HEADERS
        if route == "content":
            return 200, RawBody(file.data), _NO_HEADERS
        return 200, file.body(), _NO_HEADERS

    def _list_files(self, query: str) -> Answer:
        params = _query(query, ("limit", "after", "order", "purpose"))
        if isinstance(params, tuple):
            return params
        order = params.get("order", "desc")
        purpose = params.get("purpose")
        if order not in ("asc", "desc"):
            return _bad("order must be 'asc' or 'desc'", param="order")
        if purpose not in (None, "batch", "batch_output"):
            return _bad("purpose must be 'batch' or 'batch_output'", param="purpose")
        with self._lock:
            bodies = [f.body() for f in self._files.values() if purpose in (None, f.purpose)]
        return _page(bodies if order == "asc" else bodies[::-1], params)

    # -- batches ---------------------------------------------------------------------------------
    def _create(self, body: bytes, key: str | None) -> Answer:
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:
            return _bad(f"invalid JSON: {str(exc)[:200]}")
        problem = _create_problem(data)
        if problem is not None:
            return _bad(*problem)
        with self._lock:  # the key checked and the batch stored at once: one batch per key
            if key is not None and key in self._keys:
                return 200, dict(self._batches[self._keys[key]].body), _NO_HEADERS
            file = self._files.get(data["input_file_id"])
            if file is None:
                message = f"No file found with id {data['input_file_id'][:200]!r}"
                return 404, error_body(404, message, type="not_found"), _NO_HEADERS
            if file.purpose != "batch":
                return _bad("input_file_id must be an uploaded batch input file", "input_file_id")
            lines = split_lines(file.data)
            batch_id = f"batch_{uuid.uuid4().hex}"
            batch = _Batch(
                _batch_body(batch_id, data, len(lines)), lines, self._script, self._clock()
            )
            self._batches[batch_id] = batch
            if key is not None:
                self._keys[key] = batch_id
            return 200, dict(batch.body), _NO_HEADERS

    def _batch(self, route: str, batch_id: str) -> Answer:
        with self._lock:
            batch = self._batches.get(batch_id)
            if batch is None:
                message = f"No batch found with id {batch_id[:200]!r}"
                return 404, error_body(404, message, type="not_found"), _NO_HEADERS
            if route == "cancel":
                if batch.status in _TERMINAL:
                    message = f"Batch {batch_id[:200]!r} is already {batch.status}: not cancelled"
                    return _bad(message)
                if batch.status != "cancelling":
                    self._stamp(batch, "cancelling")
            else:
                self._advance(batch)
            return 200, dict(batch.body), _NO_HEADERS

    def _list_batches(self, query: str) -> Answer:
        params = _query(query, ("limit", "after"))
        if isinstance(params, tuple):
            return params
        with self._lock:
            bodies = [dict(batch.body) for batch in reversed(self._batches.values())]
        return _page(bodies, params)

    # -- a batch's progress (called holding the lock) --------------------------------------------
    def _advance(self, batch: _Batch) -> None:
        """One retrieve: the batch moves on by the polls and seconds its script asks."""
        if batch.status in _TERMINAL:
            return
        batch.polls += 1
        if batch.status == "cancelling":
            self._finish(batch, "cancelled")
            return
        script = batch.script
        by_polls = batch.polls / script.polls_before_done if script.polls_before_done else 1.0
        elapsed = self._clock() - batch.started
        by_time = elapsed / script.seconds_before_done if script.seconds_before_done else 1.0
        share = min(1.0, by_polls, by_time)
        total = len(batch.lines)
        target = total
        if script.end != "completed":
            target = min(
                total,
                total // 2 if script.results_before_end is None else script.results_before_end,
            )
        if batch.status == "validating":
            self._stamp(batch, "in_progress")
        while len(batch.output) + len(batch.errors) < min(target, math.ceil(total * share)):
            self._process(batch)
        if share >= 1.0:
            self._finish(batch, script.end)

    def _process(self, batch: _Batch) -> None:
        """The next request line's result: a completed run's body, or an error-file line."""
        index = len(batch.output) + len(batch.errors)
        line = json.loads(batch.lines[index])
        custom_id, request = line["custom_id"], line["body"]
        line_id = f"batch_req_{uuid.uuid4().hex}"
        script = batch.script
        if custom_id in script.fail:
            batch.errors.append(
                result_line(line_id, custom_id, error=("run_failed", script.fail_message))
            )
        else:
            question = question_of(request.get("input"))
            run = completed_run_body(
                new_run_id(),
                answer=f"A scripted answer to: {question}"
                if script.answer is None
                else script.answer,
                citations=script.citations,
                queries=(question,),
                model=request.get("model") or (request.get("models") or [DEFAULT_RUN_MODEL])[0],
            )
            for name in _USAGE_KEYS:
                batch.usage[name] += run["usage"][name]
            batch.output.append(
                result_line(line_id, custom_id, body=run, request_id=str(uuid.uuid4()))
            )
        counts = batch.body["request_counts"]
        counts["completed"], counts["failed"] = len(batch.output), len(batch.errors)
        batch.body["usage"] = _usage(batch.usage)

    def _finish(self, batch: _Batch, status: str) -> None:
        """End the batch: its output and error files written from the results so far."""
        batch_id = batch.body["id"]
        if batch.output or status == "completed":
            name = f"{batch_id}_output.jsonl"
            batch.body["output_file_id"] = self._add_file(name, b"".join(batch.output))
        if batch.errors:
            name = f"{batch_id}_error.jsonl"
            batch.body["error_file_id"] = self._add_file(name, b"".join(batch.errors))
        if status == "failed":
            error = {"code": "batch_failed", "message": batch.script.fail_message, "line": None}
            batch.body["errors"] = {"object": "list", "data": [error]}
        if status == "completed":
            self._stamp(batch, "finalizing")
        batch.output, batch.errors, batch.lines = [], [], []  # now in the files
        self._stamp(batch, status)

    def _add_file(self, filename: str, data: bytes) -> str:
        file = _File(f"file-{uuid.uuid4().hex}", filename, "batch_output", data, int(time.time()))
        self._files[file.id] = file
        return file.id

    def _stamp(self, batch: _Batch, status: str) -> None:
        batch.body["status"] = status
        batch.body[f"{status}_at"] = int(time.time())


def _batch_body(batch_id: str, data: Mapping[str, Any], total: int) -> dict[str, Any]:
    now = int(time.time())
    return {
        "id": batch_id,
        "object": "batch",
        "endpoint": data["endpoint"],
        "input_file_id": data["input_file_id"],
        "completion_window": data.get("completion_window", "24h"),
        "status": "validating",
        "created_at": now,
        "expires_at": now + 24 * 3600,
        "metadata": data.get("metadata"),
        "output_file_id": None,
        "error_file_id": None,
        "errors": None,
        "request_counts": {"total": total, "completed": 0, "failed": 0},
        "usage": _usage(dict.fromkeys(_USAGE_KEYS, 0)),
    }


def _usage(tokens: Mapping[str, int]) -> dict[str, Any]:
    return {
        **tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 0},
    }


def _create_problem(data: Any) -> tuple[str, str | None] | None:
    """Why a createBatch body is refused (message, the ``param`` at fault), or None."""
    if not isinstance(data, dict):
        return "the body must be a JSON object", None
    if "output_expires_after" in data:
        return "output_expires_after is not supported", "output_expires_after"
    if data.get("endpoint") != "/v1/responses":
        return "endpoint must be '/v1/responses'", "endpoint"
    if not isinstance(data.get("input_file_id"), str):
        return "input_file_id must be a string", "input_file_id"
    if data.get("completion_window", "24h") != "24h":
        return "completion_window must be '24h'", "completion_window"
    metadata = data.get("metadata")
    if metadata is not None and (
        not isinstance(metadata, dict) or not all(isinstance(v, str) for v in metadata.values())
    ):
        return "metadata must be an object of strings", "metadata"
    return None


def _query(query: str, names: Sequence[str]) -> dict[str, Any] | Answer:
    """A list's query (``limit`` 1..100, default 20), or the 400 refusing it."""
    parsed = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items() if k in names}
    limit = parsed.get("limit", "20")
    if not limit.isdigit() or not 1 <= int(limit) <= 100:
        return _bad(f"limit must be an integer from 1 to 100, got {limit[:50]!r}", param="limit")
    return {**parsed, "limit": int(limit)}


def _page(bodies: list[dict[str, Any]], params: Mapping[str, Any]) -> Answer:
    after = params.get("after")
    if after is not None:
        ids = [body["id"] for body in bodies]
        bodies = bodies[ids.index(after) + 1 :] if after in ids else []
    page = bodies[: params["limit"]]
    return (
        200,
        {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": len(bodies) > len(page),
        },
        _NO_HEADERS,
    )


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """A multipart/form-data body's fields: name -> (filename, bytes). ValueError when not one."""
    header = Message()
    header["Content-Type"] = content_type
    boundary = header.get_param("boundary")
    if header.get_content_type() != "multipart/form-data" or not isinstance(boundary, str):
        raise ValueError("the body must be multipart/form-data with a boundary")
    delimiter = b"--" + boundary.encode("latin-1")
    parts = body.split(delimiter)
    if len(parts) < 3 or not parts[-1].startswith(b"--"):
        raise ValueError("a multipart body without its closing boundary")
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in parts[1:-1]:
        head, sep, content = part.partition(b"\r\n\r\n")
        if not sep or not head.startswith(b"\r\n") or not content.endswith(b"\r\n"):
            raise ValueError("a malformed multipart part")
        disposition = Message()
        for raw in head[2:].split(b"\r\n"):
            name, _, value = raw.decode("latin-1").partition(":")
            if name.strip().lower() == "content-disposition":
                disposition["Content-Disposition"] = value.strip()
        field_name = disposition.get_param("name", header="content-disposition")
        filename = disposition.get_param("filename", header="content-disposition")
        if not isinstance(field_name, str):
            raise ValueError("a multipart part without a name")
        fields[field_name] = (filename if isinstance(filename, str) else None, content[:-2])
    return fields


def _bad(message: str, param: str | None = None) -> Answer:
    return 400, error_body(400, message, type="invalid_request", param=param), _NO_HEADERS


def _match(path: str) -> tuple[dict[str, str], str] | None:
    """The methods ``path`` answers here and the id in it, or None for another API's path."""
    if path == FILES_PATH:
        return {"POST": "upload", "GET": "list_files"}, ""
    if path == BATCHES_PATH:
        return {"POST": "create", "GET": "list_batches"}, ""
    for prefix, suffix, methods in (
        (_FILE_PREFIX, _CONTENT_SUFFIX, {"GET": "content"}),
        (_FILE_PREFIX, "", {"GET": "get_file", "DELETE": "delete_file"}),
        (_BATCH_PREFIX, _CANCEL_SUFFIX, {"POST": "cancel"}),
        (_BATCH_PREFIX, "", {"GET": "get_batch"}),
    ):
        if path.startswith(prefix) and path.endswith(suffix):
            segment = path[len(prefix) : len(path) - len(suffix)]
            if segment and "/" not in segment:
                return methods, unquote(segment)
    return None
