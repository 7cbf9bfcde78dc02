"""Injectable faults: one misbehaviour applied to one request (``MockServer.inject``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Fault", "FaultKind", "default_error_body", "error_body"]

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
            body = default_error_body(status_code)
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


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def default_error_body(status_code: int) -> Any:
    """The body the API answers ``status_code`` with (FastAPI's shape for a 422)."""
    if status_code == 422:
        return {
            "detail": [
                {"loc": ["path", "api_request"], "msg": "invalid request id", "type": "value_error"}
            ]
        }
    messages = {401: "Invalid API key", 404: "Async request not found", 429: "Rate limit exceeded"}
    message = messages.get(status_code, "Server error" if status_code >= 500 else "Request failed")
    return error_body(status_code, message)


def error_body(
    status_code: int, message: str, *, type: str | None = None, param: str | None = None
) -> dict[str, Any]:
    """The API's error envelope: ``{"error": {"message", "type", "code", "param"}}`` (``param``
    only when one field is at fault)."""
    error = {"message": message, "type": type or f"http_{status_code}", "code": status_code}
    return {"error": error if param is None else {**error, "param": param}}


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
