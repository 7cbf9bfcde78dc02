"""Reading bodies under the byte cap, counted after decompression (no sockets: bytes held)."""

from __future__ import annotations

import gzip
import zlib

import httpx
import pytest

import perplexity_async as pa
from perplexity_async._transports._body import CHUNK, BodyReader

from .hostile import gzip_bomb


def feed_all(reader: BodyReader, body: bytes, piece: int = CHUNK) -> bytes:
    for i in range(0, len(body), piece):
        reader.feed(body[i : i + piece])
    return reader.finish()


def test_a_512_mb_gzip_bomb_stops_at_the_default_cap_holding_no_more_than_it() -> None:
    bomb = gzip_bomb(512 << 20)
    assert len(bomb) < 600_000  # about 530 KB on the wire
    reader = BodyReader(httpx.Headers({"Content-Encoding": "gzip"}), pa.DEFAULT_MAX_RESPONSE_BYTES)
    with pytest.raises(pa.ResponseTooLargeError):
        feed_all(reader, bomb)
    # what was inflated and kept: never more than the cap plus one byte (64 MiB, not 512 MB)
    assert reader._size <= pa.DEFAULT_MAX_RESPONSE_BYTES + 1
    assert pa.DEFAULT_MAX_RESPONSE_BYTES <= 64 * 1024 * 1024


def test_one_raw_read_never_inflates_past_the_cap() -> None:
    bomb = gzip_bomb(64 << 20)
    reader = BodyReader(httpx.Headers({"Content-Encoding": "gzip"}), 1 << 20)
    with pytest.raises(pa.ResponseTooLargeError):
        reader.feed(bomb)  # the whole bomb in one read: still stopped at 1 MiB (+1 byte)
    assert reader._size <= (1 << 20) + 1


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send
        ("identity", lambda data: data),
    ],
)
def test_bodies_decode_exactly_under_the_cap(encoding: str, encode: object) -> None:
    body = b'{"id": "x"}' * 50_000
    reader = BodyReader(httpx.Headers({"Content-Encoding": encoding}), 1 << 20)
    assert feed_all(reader, encode(body), 1000) == body  # type: ignore[operator]


def test_a_content_length_over_the_cap_fails_before_reading() -> None:
    with pytest.raises(pa.ResponseTooLargeError):
        BodyReader(httpx.Headers({"Content-Length": str(10 << 20)}), 1 << 20)


@pytest.mark.parametrize("encoding", ["br", "compress", "gzip, gzip"])
def test_an_encoding_the_sdk_did_not_ask_for_is_a_decoding_error(encoding: str) -> None:
    with pytest.raises(httpx.DecodingError):
        BodyReader(httpx.Headers({"Content-Encoding": encoding}), 1 << 20)


def test_corrupt_gzip_is_a_decoding_error() -> None:
    reader = BodyReader(httpx.Headers({"Content-Encoding": "gzip"}), 1 << 20)
    with pytest.raises(httpx.DecodingError):
        feed_all(reader, b"\x1f\x8b not gzip at all")


@pytest.mark.parametrize(
    ("headers", "whole"),
    [
        ({"content-length": "100"}, True),  # exactly that long: read whole, bounded
        ({"content-length": "100", "content-encoding": "gzip"}, False),  # inflates: in slices
        ({"content-length": "100", "transfer-encoding": "chunked"}, False),  # length not binding
        ({}, False),  # no length: in chunks, counted
    ],
)
def test_only_a_plain_body_of_a_stated_length_within_the_cap_is_read_whole(
    headers: dict[str, str], whole: bool
) -> None:
    assert BodyReader(httpx.Headers(headers), 1024).plain_within_limit is whole
