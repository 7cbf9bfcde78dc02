"""What the clients pass to the core, typed: per-call options and the wait's options.

The wait's defaults are written here once; the clients' signatures and the CLI read them.
Nothing here is checked: the core checks every field before anything is sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import httpx

    from ._job import Job

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "AgentCreateArgs",
    "AsyncOnUpdate",
    "CallOptions",
    "CreateArgs",
    "OnUpdate",
    "WaitOptions",
]

# A deep-research job runs 2 to 20 minutes: half an hour covers it, and bounds a wait.
DEFAULT_WAIT_TIMEOUT = 1800.0
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_MAX_POLL_INTERVAL = 15.0

OnUpdate = Callable[["Job"], object]
# AsyncClient's: a plain function, or one returning an awaitable (an async def), awaited.
AsyncOnUpdate = Callable[["Job"], Awaitable[object] | object]


class CallOptions(NamedTuple):
    """Per-call options every method takes (the escape hatches). None: the client's own.

    ``request_timeout`` bounds each request of the call (as the client's ``timeout`` does);
    ``max_retries`` is the retries of each request.
    """

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    request_timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None


class WaitOptions(NamedTuple):
    """How a wait polls: ``timeout`` is the overall deadline in seconds (None: none)."""

    timeout: float | None = DEFAULT_WAIT_TIMEOUT
    poll_interval: float = DEFAULT_POLL_INTERVAL
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL
    on_update: OnUpdate | AsyncOnUpdate | None = None


class CreateArgs(NamedTuple):
    """What ``create`` submits besides the messages. ``extra_body`` is merged into the request
    object as is, after the spec's checks (for fields newer than this SDK)."""

    model: str
    idempotency_key: str | None = None
    options: Mapping[str, Any] = {}
    extra_body: Mapping[str, Any] | None = None


class AgentCreateArgs(NamedTuple):
    """What a run's create submits besides ``input``: the ``AgentOptions`` (checked against the
    spec) and ``extra_body``, merged into the body as is, after the checks."""

    options: Mapping[str, Any] = {}
    extra_body: Mapping[str, Any] | None = None
