"""The JSONL lines inside the Batch API's files, in ONE place: what an input file's request lines
hold, how a result line (of an output or error file) reads, and the documented file limits.

ASSUMPTION: Perplexity documents neither format; its guide says the endpoints "follow the shape of
OpenAI's Batch API", so these are OpenAI's request-input and request-output lines:

- request line: ``{"custom_id", "method": "POST", "url": "/v1/responses", "body": <Agent API
  request>}``;
- result line: ``{"id", "custom_id", "response": {"status_code", "request_id", "body": <Agent
  API response>}, "error": {"code", "message"}}``, a body or an error per line.

Example::

    line = request_line("q-1", {"input": "Why is the sky blue?"})
    check_request_line(json.loads(line), number=1, seen=set())  # the custom_id, or a LineError
    result = parse_result_line(b'{"custom_id": "q-1", "error": {"code": "x", "message": "no"}}')
    assert result.failed and result.error_message == "no"
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._validate import check_agent_body

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_FILE_LINES",
    "REQUEST_METHOD",
    "REQUEST_URL",
    "LineError",
    "ResultLine",
    "check_request_line",
    "check_request_lines",
    "parse_result_line",
    "request_line",
    "result_line",
    "split_lines",
]

# The documented limits of one input file (docs.perplexity.ai/docs/agent-api/batch).
MAX_FILE_LINES = 50_000
MAX_FILE_BYTES = 200 * 1024 * 1024
REQUEST_METHOD = "POST"
REQUEST_URL = "/v1/responses"  # the batch's endpoint, the only one the Batch API takes
_REQUEST_KEYS = frozenset({"custom_id", "method", "url", "body"})
_MAX_CUSTOM_ID = 512  # bounded like every text here; OpenAI documents none, nor does Perplexity


class LineError(ValueError):
    """A line of an input file that upstream would refuse; ``number`` is 1-based (0: the file)."""

    def __init__(self, number: int, message: str) -> None:
        super().__init__(f"line {number}: {message}" if number else message)
        self.number = number
        self.message = message


def request_line(custom_id: str, body: Mapping[str, Any]) -> bytes:
    """One input-file line (JSON, ``\\n``-terminated) carrying the Agent API request ``body``.

    Example: ``request_line("q-1", {"input": "Hi"})``
    """
    line = {"custom_id": custom_id, "method": REQUEST_METHOD, "url": REQUEST_URL, "body": body}
    return json.dumps(line, separators=(",", ":")).encode() + b"\n"


def check_request_line(data: Any, *, number: int, seen: set[str]) -> str:
    """The ``custom_id`` of a request line already parsed from JSON, after checking it as
    upstream would (its body by ``check_agent_body``; the id not in ``seen``, then added).

    Raises ``LineError`` naming the line and what is wrong.
    """
    if not isinstance(data, dict):
        raise LineError(number, f"expected a JSON object, got {_json_type(data)}")
    missing = sorted(_REQUEST_KEYS - data.keys())
    if missing:
        raise LineError(number, f"missing {', '.join(missing)}")
    unknown = sorted(str(key) for key in data.keys() - _REQUEST_KEYS)
    if unknown:
        raise LineError(number, f"unknown field(s): {', '.join(unknown)[:200]}")
    custom_id = data["custom_id"]
    if not isinstance(custom_id, str) or not 1 <= len(custom_id) <= _MAX_CUSTOM_ID:
        raise LineError(number, f"custom_id must be a string of 1 to {_MAX_CUSTOM_ID} characters")
    if custom_id in seen:
        raise LineError(number, f"custom_id {custom_id[:100]!r} is not unique in the file")
    if data["method"] != REQUEST_METHOD:
        raise LineError(number, f"method must be {REQUEST_METHOD!r}")
    if data["url"] != REQUEST_URL:
        raise LineError(number, f"url must be {REQUEST_URL!r}, the batch's endpoint")
    try:
        check_agent_body(data["body"])
    except (TypeError, ValueError) as exc:
        raise LineError(number, f"body: {exc}") from None
    seen.add(custom_id)
    return custom_id


def check_request_lines(lines: Iterable[bytes]) -> int:
    """How many request lines an input file holds, each parsed and checked
    (``check_request_line``), within the documented limits; blank lines are refused (split the
    file on ``\n``: a last empty piece is the final newline, not a line).

    Raises ``LineError`` at the first bad line (``number`` 0 for the whole file's limits).
    """
    seen: set[str] = set()
    size = count = 0
    for count, raw in enumerate(lines, 1):
        size += len(raw) + 1
        if size > MAX_FILE_BYTES + 1:
            raise LineError(0, f"the file is over {MAX_FILE_BYTES} bytes")
        if count > MAX_FILE_LINES:
            raise LineError(0, f"the file has more than {MAX_FILE_LINES} lines")
        if not raw.strip():
            raise LineError(count, "blank line")
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            raise LineError(count, f"not JSON: {str(exc)[:200]}") from None
        check_request_line(data, number=count, seen=seen)
    if not count:
        raise LineError(0, "the file has no lines")
    return count


def split_lines(data: bytes) -> list[bytes]:
    """An input file's lines: split on ``\n``, the final newline ending the last line."""
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    return lines


@dataclass(frozen=True)
class ResultLine:
    """One line of an output or error file, read leniently: a ``body`` (the Agent API response)
    or an ``error`` per line; keys this format does not name are kept in ``extra``."""

    custom_id: str | None
    id: str | None = None
    status_code: int | None = None
    request_id: str | None = None
    body: dict[str, Any] | None = None
    error_code: str | None = None
    error_message: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        """True for an error, a non-2xx status, or a line with no body."""
        ok = self.status_code is None or 200 <= self.status_code < 300
        return self.error_message is not None or self.body is None or not ok


def parse_result_line(raw: bytes | str) -> ResultLine:
    """A result line, leniently: fields of the wrong type read as absent, unknown keys kept.
    A ValueError only when the line is not a JSON object.

    Example: ``parse_result_line('{"custom_id": "q-1", "response": {"body": {}}}').body == {}``
    """
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"a result line that is not JSON: {str(exc)[:200]}") from None
    if not isinstance(data, dict):
        raise ValueError(f"a result line must be a JSON object, got {_json_type(data)}")
    response = data.get("response")
    response = response if isinstance(response, dict) else {}
    error = data.get("error")
    error = error if isinstance(error, dict) else {}
    body = response.get("body")
    message = error.get("message")
    if error and not isinstance(message, str):
        message = json.dumps(error)[:500]  # an error without a readable message is still one
    if not error and isinstance(body, dict) and isinstance(body.get("error"), dict):
        message = _text(body["error"].get("message"))  # an error carried in the body
    status = response.get("status_code")
    return ResultLine(
        custom_id=_text(data.get("custom_id")),
        id=_text(data.get("id")),
        status_code=status if type(status) is int else None,
        request_id=_text(response.get("request_id")),
        body=body if isinstance(body, dict) else None,
        error_code=_text(error.get("code")),
        error_message=message,
        extra={k: v for k, v in data.items() if k not in ("id", "custom_id", "response", "error")},
    )


def result_line(
    line_id: str,
    custom_id: str,
    *,
    body: Mapping[str, Any] | None = None,
    request_id: str = "",
    status_code: int = 200,
    error: tuple[str, str] | None = None,
) -> bytes:
    """One result line (JSON, ``\\n``-terminated): a ``body`` answered with ``status_code``, or
    an ``error`` as ``(code, message)``.

    Example: ``result_line("batch_req_1", "q-1", error=("run_failed", "timed out"))``
    """
    response = None
    if body is not None:
        response = {"status_code": status_code, "request_id": request_id, "body": body}
    problem = None if error is None else {"code": error[0], "message": error[1]}
    line = {"id": line_id, "custom_id": custom_id, "response": response, "error": problem}
    return json.dumps(line, separators=(",", ":")).encode() + b"\n"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
