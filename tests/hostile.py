"""Hostile HTTP servers for tests: raw sockets on 127.0.0.1 that misbehave on purpose.

Each ``RawServer`` answers every request with its ``handler(conn, request)``, one thread per
connection; everything stops by itself when the ``with`` block ends or ``lifetime`` passes, and
every handler gives up as soon as the server stops.

Example::

    with RawServer(silent) as srv:
        pa.Client(api_key=KEY, base_url=srv.base_url).get("x")  # times out
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any

from perplexity_async.testing import completed_job_body, job_body

__all__ = [
    "RawServer",
    "answer",
    "drip",
    "gzip_bomb",
    "job_json",
    "requested_id",
    "response",
    "silent",
]

Handler = Callable[["RawServer", socket.socket, bytes], bool]  # True: keep the connection


class RawServer:
    def __init__(self, handler: Handler, *, lifetime: float = 30.0) -> None:
        self.handler = handler
        self.lifetime = lifetime
        self.stopped = threading.Event()
        self.seen = threading.Event()  # set at each request
        self.requests: list[bytes] = []
        self.connections = 0
        self.sent = 0  # bytes handlers managed to send
        self.peer_gone = threading.Event()  # a send failed: the client dropped the connection
        self._lock = threading.Lock()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self._threads: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def base(self) -> dict[str, str]:
        """Client options to reach this server."""
        return {"base_url": self.base_url}

    def __enter__(self) -> RawServer:
        self._start = time.monotonic()
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        for thread in self._threads:
            thread.join(5)
        self._sock.close()

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def alive(self) -> bool:
        if time.monotonic() - self._start > self.lifetime:
            self.stopped.set()
        return not self.stopped.is_set()

    def _accept(self) -> None:
        while self.alive():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            with self._lock:
                self.connections += 1
            self._spawn(self._serve, conn)

    def _recv(self, conn: socket.socket) -> bytes:
        """The next bytes from the client; b"" once it hung up or the server stopped."""
        while self.alive():
            try:
                return conn.recv(65536)
            except TimeoutError:
                continue
        return b""

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        buffer = b""
        try:
            while self.alive():
                while b"\r\n\r\n" not in buffer:
                    if not (data := self._recv(conn)):
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(buffer) < length:
                    if not (data := self._recv(conn)):
                        return
                    buffer += data
                buffer = buffer[length:]
                with self._lock:
                    self.requests.append(head)
                self.seen.set()
                if not self.handler(self, conn, head):
                    return
        except OSError:
            self.peer_gone.set()
        finally:
            conn.close()

    def send(self, conn: socket.socket, data: bytes) -> bool:
        """Send ``data``; False once the client is gone or the server stopped."""
        view = memoryview(data)
        while view:
            if not self.alive():
                return False
            try:
                count = conn.send(view)
            except TimeoutError:  # the client reads slowly: not gone
                continue
            except OSError:
                self.peer_gone.set()
                return False
            view = view[count:]
            with self._lock:
                self.sent += count
        return True


def response(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    fields = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    fields.update(headers or {})
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items())
    return head.encode() + b"\r\n" + body


def job_json(job_id: str, status: str = "IN_PROGRESS") -> bytes:
    if status == "COMPLETED":
        return json.dumps(completed_job_body(job_id, answer="ok")).encode()
    return json.dumps(job_body(job_id, status=status)).encode()


def requested_id(request: bytes) -> str:
    """The last path segment of the request line: the job id of a GET."""
    return request.split(b" ")[1].rstrip(b"/").rsplit(b"/", 1)[-1].decode()


def silent(server: RawServer, conn: socket.socket, request: bytes) -> bool:
    """Read the request, never answer (until the server stops)."""
    server.stopped.wait()
    return False


def answer(
    status: int, body: bytes, headers: dict[str, str] | None = None, *, after: float = 0.0
) -> Handler:
    """Answer every request alike, ``after`` seconds late."""

    def handler(server: RawServer, conn: socket.socket, request: bytes) -> bool:
        if after and server.stopped.wait(after):
            return False
        return server.send(conn, response(status, body, headers))

    return handler


def drip(data: bytes, every: float) -> Handler:
    """Send ``data`` one byte every ``every`` seconds (headers and body alike)."""

    def handler(server: RawServer, conn: socket.socket, request: bytes) -> bool:
        for i in range(len(data)):
            if not server.send(conn, data[i : i + 1]) or server.stopped.wait(every):
                return False
        return True

    return handler


def gzip_bomb(inflated: int) -> bytes:
    """A well-formed gzip body of ``inflated`` zero bytes (a multiple of 1 MiB), about a
    thousandth of that on the wire. Built in a blink: after a full flush deflate starts afresh,
    so one compressed MiB is repeated, and the trailer computed."""
    block = bytes(1 << 20)
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    head = squeeze.compress(b"") + squeeze.flush(zlib.Z_FULL_FLUSH)
    segment = squeeze.compress(block) + squeeze.flush(zlib.Z_FULL_FLUSH)
    end = squeeze.flush()[:-8]  # the final empty block, without the trailer for one MiB
    count = inflated >> 20
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    trailer = struct.pack("<II", crc, (count << 20) & 0xFFFFFFFF)
    return head + segment * count + end + trailer
