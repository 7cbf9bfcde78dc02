"""Client settings: resolved and checked once, when a client is created."""

from __future__ import annotations

import ipaddress  # already imported by httpx: deferring it saved nothing
import os
import sys
from collections.abc import Mapping
from typing import NamedTuple

import httpx

from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRIES_LIMIT",
    "Settings",
    "check_max_retries",
    "check_timeout",
    "resolve",
    "total_of",
]

DEFAULT_BASE_URL = "https://api.perplexity.ai"
# Polls are small GETs: a minute to read is generous, and a stalled server cannot hang a wait.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
MAX_RETRIES_LIMIT = 20
# A deep-research job is ~1 MB of JSON: 64 MiB is far above any real one, and bounds memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
USER_AGENT = (
    f"perplexity-async/{__version__} (python {'.'.join(map(str, sys.version_info[:3]))}; "
    f"httpx {httpx.__version__})"
)


class Settings(NamedTuple):
    """What both clients need to build requests. ``repr`` never shows the key."""

    api_key: str
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]  # Authorization included: never shown either
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @property
    def total_timeout(self) -> float | None:
        """What bounds a whole request: see ``total_of``."""
        return total_of(self.timeout)

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, max_retries={self.max_retries})"


def total_of(timeout: httpx.Timeout) -> float | None:
    """What bounds a whole request (connect, send, headers and body): the largest of the
    timeout's parts, so ``timeout=5`` means 5 s for the whole request. None: unbounded."""
    parts = [t for t in timeout.as_dict().values() if t is not None]
    return max(parts) if parts else None


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "127.0.0.1", "::1", "[::1]"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _base_url(value: str | None) -> str:
    value = value or os.environ.get("PERPLEXITY_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(value, str):
        raise TypeError(f"base_url must be a str, got {type(value).__name__}")
    # Before anything echoes the URL: user info would become Basic auth replacing the bearer
    # token, and its password would show in reprs and logs. The message never repeats it.
    authority = value.partition("://")[2].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if "@" in authority:
        raise ValueError(
            "base_url must not hold user info (user:password@host): the client authenticates "
            "with api_key; put the host alone in base_url"
        )
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url {value!r} is not a valid URL: {exc}") from None
    if url.userinfo:
        raise ValueError("base_url must not hold user info (user:password@host)")
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {value!r}")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ValueError(
            f"base_url {value!r} is plain http: the API key would travel in clear. "
            "Use https (plain http is allowed only for loopback hosts)."
        )
    if url.query or url.fragment:
        raise ValueError(f"base_url must not have a query or fragment, got {value!r}")
    return value.rstrip("/")


def _api_key(value: str | None) -> str:
    if value is None:
        value = os.environ.get("PERPLEXITY_API_KEY")
    if value is None or value == "":
        raise ValueError(
            "no API key: pass api_key=... or set the PERPLEXITY_API_KEY environment variable"
        )
    if not isinstance(value, str):
        raise TypeError(f"api_key must be a str, got {type(value).__name__}")
    if not value.isascii() or not value.isprintable() or value != value.strip() or " " in value:
        # Never echo the key itself, not even in this error.
        raise ValueError("api_key must be printable ASCII without spaces (check for stray quotes)")
    return value


def check_timeout(value: float | httpx.Timeout | None, name: str = "timeout") -> httpx.Timeout:
    """Seconds (the whole request), an httpx.Timeout, or None (no bound)."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be seconds, an httpx.Timeout or None, got {value!r}")
    if not 0 < value < float("inf"):
        raise ValueError(f"{name} must be a finite number > 0 seconds, got {value!r}")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 10.0))


def check_max_retries(value: int, name: str = "max_retries") -> int:
    """Retries of one request: an int from 0 to MAX_RETRIES_LIMIT."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if not 0 <= value <= MAX_RETRIES_LIMIT:
        raise ValueError(f"{name} must be between 0 and {MAX_RETRIES_LIMIT}, got {value}")
    return value


def _max_response_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_response_bytes must be an int, got {type(value).__name__}")
    if value < 1024:
        raise ValueError(f"max_response_bytes must be at least 1024, got {value}")
    return value


def resolve(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    headers: Mapping[str, str] | None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Settings:
    """Check every option, falling back to PERPLEXITY_API_KEY and PERPLEXITY_BASE_URL."""
    from ._args import check_headers

    user_headers = check_headers("headers", headers)
    key = _api_key(api_key)
    # httpx.Headers merges case-insensitively: a user's "accept" replaces our "Accept".
    merged = httpx.Headers(
        # The SDK decodes bodies itself, under max_response_bytes: only what it can decode.
        {"Accept": "application/json", "Accept-Encoding": "gzip, deflate", "User-Agent": USER_AGENT}
    )
    merged.update(user_headers)
    merged["Authorization"] = f"Bearer {key}"
    return Settings(
        api_key=key,
        base_url=_base_url(base_url),
        timeout=check_timeout(timeout),
        max_retries=check_max_retries(max_retries),
        headers={name.decode(): value.decode() for name, value in merged.raw},
        max_response_bytes=_max_response_bytes(max_response_bytes),
    )
