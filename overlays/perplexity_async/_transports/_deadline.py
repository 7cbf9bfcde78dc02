"""The shells' I/O: one request sent, its body read under the cap, all within a total deadline.

httpx has no total timeout (its read timeout restarts at every read: a server dripping a byte
every half second holds a request forever). So each request gets a budget of seconds, and the
httpx clients the SDK makes run on a network backend whose sockets clamp every connect, read and
write to the time left before that deadline (a contextvar set around the send): httpcore then
times out as it always does, with its own exceptions and clean-up. (Cancelling from outside,
with ``asyncio.timeout``, was tried: httpcore's pool leaked connections stuck CONNECTING until
no request could run.) A user's own httpx client gets each timeout part clamped to the budget,
which bounds each read, not their sum.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from .._errors import ResponseTooLargeError
from ._body import BodyReader
from ._response import Reply

__all__ = ["DEADLINE", "async_deadline_transport", "async_send", "deadline_transport"]
__all__ += ["SINK", "Sink", "proxy_mounts", "sync_send"]

# The current request's deadline, in time.monotonic() seconds (None: no deadline).
DEADLINE: ContextVar[float | None] = ContextVar("perplexity_async_deadline", default=None)
_ORIGINAL = "perplexity_async.timeout"  # the request's own timeouts, before any clamping
# A request carrying a ``Sink`` here has a success's body written to it, decoded, as it arrives
# (a Batch API file: too big to hold); its Reply's body is then empty.
SINK = "perplexity_async.sink"


class Sink:
    """Where a downloaded body goes: a binary file, emptied before each try, ``limit`` bytes at
    most (ResponseTooLargeError past it).

    Example: ``request.extensions[SINK] = Sink(open("out.jsonl", "w+b"), 1 << 30)``
    """

    __slots__ = ("file", "limit", "size")

    def __init__(self, file: Any, limit: int) -> None:
        self.file, self.limit, self.size = file, limit, 0

    def reset(self) -> None:
        self.file.seek(0)
        self.file.truncate()
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise ResponseTooLargeError(self.limit)
        self.file.write(chunk)


def _left(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the request's total timeout passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's blocking backend, its streams clamped to ``DEADLINE``."""

    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    """``_DeadlineStream``, awaited."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        stream = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return _AsyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """httpcore's asyncio backend (AnyIO), its streams clamped to ``DEADLINE``."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_unix_socket(path, timeout, socket_options)
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _pool_options(limits: httpx.Limits) -> dict[str, Any]:
    return {
        "ssl_context": httpx.create_ssl_context(),
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
    }


class _DeadlineTransport(httpx.HTTPTransport):
    """httpx's default transport (no proxy), on ``DeadlineBackend``."""

    def __init__(self, limits: httpx.Limits) -> None:
        # it would build (and load certificates for) a pool that is thrown away at once.
        self._pool = httpcore.ConnectionPool(
            network_backend=DeadlineBackend(), **_pool_options(limits)
        )


class _AsyncDeadlineTransport(httpx.AsyncHTTPTransport):
    """httpx's default async transport (no proxy), on ``AsyncDeadlineBackend``."""

    def __init__(self, limits: httpx.Limits) -> None:  # super().__init__ skipped, as above
        self._pool = httpcore.AsyncConnectionPool(
            network_backend=AsyncDeadlineBackend(), **_pool_options(limits)
        )


def deadline_transport(limits: httpx.Limits) -> httpx.HTTPTransport:
    return _DeadlineTransport(limits)


def async_deadline_transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    return _AsyncDeadlineTransport(limits)


def proxy_mounts(limits: httpx.Limits, *, is_async: bool) -> dict[str, Any]:
    """The proxies the environment sets (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY), as httpx
    mounts them for a client without a transport of its own (given one, it ignores them), each
    on the deadline backend too. None for a NO_PROXY pattern: the direct transport."""
    from httpx._utils import get_environment_proxies

    mounts: dict[str, Any] = {}
    for pattern, url in get_environment_proxies().items():
        if url is None:
            mounts[pattern] = None
            continue
        transport: Any
        if is_async:
            transport = httpx.AsyncHTTPTransport(proxy=url, limits=limits)
            transport._pool._network_backend = AsyncDeadlineBackend()
        else:
            transport = httpx.HTTPTransport(proxy=url, limits=limits)
            transport._pool._network_backend = DeadlineBackend()
        mounts[pattern] = transport
    return mounts


def _clamp(request: httpx.Request, budget: float | None) -> None:
    """Each timeout part of ``request`` at most ``budget`` (from its own values, every time:
    the core sends the same request again on a retry)."""
    extensions = request.extensions
    original = extensions.setdefault(_ORIGINAL, extensions.get("timeout", {}))
    if budget is not None:
        extensions["timeout"] = {
            part: budget if value is None else min(value, budget)
            for part, value in original.items()
        }


def _already_read(response: httpx.Response, limit: int) -> Reply:
    """A body an event hook of the caller's read already (httpx decoded it): only the cap."""
    reader = BodyReader(httpx.Headers(), limit)
    reader.feed(response.content)
    return Reply(response, reader.finish())


def sync_send(
    http: httpx.Client, request: httpx.Request, budget: float | None, limit: int
) -> Reply:
    """Send and read the body, all within ``budget`` seconds (see the module docstring)."""
    _clamp(request, budget)
    token = DEADLINE.set(None if budget is None else time.monotonic() + budget)
    try:
        response = http.send(request, stream=True)
        try:  # closing an unfinished body drops the connection: nothing unread is reused
            if response.is_stream_consumed:
                return _already_read(response, limit)
            sink = request.extensions.get(SINK)
            if sink is not None and response.is_success:
                sink.reset()
                for chunk in response.iter_bytes():
                    sink.write(chunk)
                return Reply(response, b"")
            reader = BodyReader(response.headers, limit)
            if reader.plain_within_limit:  # h11 reads exactly Content-Length: bounded
                return Reply(response, response.read())
            # The chunks as read: rechunking (iter_raw(n)) copied every byte through a BytesIO,
            # ~1 ms on a 1 MB job; a network read is at most 64 KiB, and the reader bounds what
            # one chunk inflates to.
            for raw in response.iter_raw():
                reader.feed(raw)
            return Reply(response, reader.finish())
        finally:
            response.close()
    finally:
        DEADLINE.reset(token)


async def async_send(
    http: httpx.AsyncClient, request: httpx.Request, budget: float | None, limit: int
) -> Reply:
    """``sync_send``, awaited."""
    _clamp(request, budget)
    token = DEADLINE.set(None if budget is None else time.monotonic() + budget)
    try:
        response = await http.send(request, stream=True)
        try:
            if response.is_stream_consumed:
                return _already_read(response, limit)
            sink = request.extensions.get(SINK)
            if sink is not None and response.is_success:  # as in sync_send, the disk off the loop
                import asyncio

                await asyncio.to_thread(sink.reset)
                async for chunk in response.aiter_bytes():
                    await asyncio.to_thread(sink.write, chunk)
                return Reply(response, b"")
            reader = BodyReader(response.headers, limit)
            if reader.plain_within_limit:  # as in sync_send
                return Reply(response, await response.aread())
            async for raw in response.aiter_raw():  # as read: see sync_send
                reader.feed(raw)
            return Reply(response, reader.finish())
        finally:
            await response.aclose()
    finally:
        DEADLINE.reset(token)
