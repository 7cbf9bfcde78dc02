"""Reading a response body under a byte cap counted after decompression, with no I/O.

httpx inflates each network read whole (a 509 KB gzip bomb becomes 512 MB at once), so the SDK
reads the raw bytes and inflates them itself, a bounded slice at a time: memory stays within the
cap plus a slice, whatever the server sends.
"""

from __future__ import annotations

import zlib

import httpx

from .._errors import ResponseTooLargeError

__all__ = ["CHUNK", "BodyReader"]

CHUNK = 64 * 1024  # raw bytes per read, and decompressed bytes per inflate step
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class BodyReader:
    """Feed raw chunks, then ``finish()`` for the decoded body.

    Raises ResponseTooLargeError past ``limit`` decoded bytes, httpx.DecodingError for a body that
    cannot be decoded (an encoding the SDK did not ask for, corrupt gzip).

    Example: ``r = BodyReader(response.headers, 1024); r.feed(b"{}"); r.finish() == b"{}"``
    """

    __slots__ = ("_chunks", "_inflate", "_limit", "_size", "_wbits", "plain_within_limit")

    def __init__(self, headers: httpx.Headers, limit: int) -> None:
        self._limit = limit
        self._size = 0
        self._chunks: list[bytes] = []
        encoding = headers.get("content-encoding", "identity").strip().lower()
        self._inflate: zlib._Decompress | None = None
        self._wbits = 0
        # No encoding and a Content-Length within the cap: the body is exactly that long, so it
        # can be read whole (as httpx does, without the chunk-by-chunk bookkeeping).
        self.plain_within_limit = False
        if encoding not in ("", "identity"):
            if encoding not in _WBITS:
                raise httpx.DecodingError(f"unsupported content-encoding {encoding[:40]!r}")
            self._wbits = _WBITS[encoding]
            self._inflate = zlib.decompressobj(self._wbits)
        elif (length := headers.get("content-length", "")).isdigit():
            if int(length) > limit:
                raise ResponseTooLargeError(limit)  # said up front: nothing needs reading
            self.plain_within_limit = "transfer-encoding" not in headers

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise ResponseTooLargeError(self._limit)
        if data:
            self._chunks.append(data)

    def feed(self, raw: bytes) -> None:
        if self._inflate is None:
            self._add(raw)
            return
        while raw:
            try:
                # max_length bounds what one step inflates; the rest waits in unconsumed_tail.
                out = self._inflate.decompress(raw, min(CHUNK, self._limit - self._size + 1))
            except zlib.error as exc:
                if self._wbits == zlib.MAX_WBITS and self._size == 0:
                    # "deflate" sent raw, without the zlib wrapper: as common as the right thing.
                    self._wbits = -zlib.MAX_WBITS
                    self._inflate = zlib.decompressobj(self._wbits)
                    continue
                raise httpx.DecodingError(f"body could not be decompressed: {exc}") from None
            self._add(out)
            raw = self._inflate.unconsumed_tail

    def finish(self) -> bytes:
        if self._inflate is not None:
            self._add(self._inflate.flush(self._limit - self._size + 1))
        return b"".join(self._chunks)
