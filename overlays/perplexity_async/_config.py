"""Client settings: resolved and checked once, when a client is created."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import NamedTuple

import httpx

from ._version import __version__

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "MAX_RETRIES_LIMIT", "Settings", "resolve"]

DEFAULT_BASE_URL = "https://api.perplexity.ai"
# Polls are small GETs: a minute to read is generous, and a stalled server cannot hang a wait.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
MAX_RETRIES_LIMIT = 20
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

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, max_retries={self.max_retries})"


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "127.0.0.1", "::1", "[::1]"):
        return True
    import ipaddress  # only here: a client is created once, `import perplexity_async` often

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _base_url(value: str | None) -> str:
    value = value or os.environ.get("PERPLEXITY_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(value, str):
        raise TypeError(f"base_url must be a str, got {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url {value!r} is not a valid URL: {exc}") from None
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


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"timeout must be seconds, an httpx.Timeout or None, got {value!r}")
    if not value > 0:
        raise ValueError(f"timeout must be > 0 seconds, got {value!r}")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 10.0))


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_retries must be an int, got {type(value).__name__}")
    if not 0 <= value <= MAX_RETRIES_LIMIT:
        raise ValueError(f"max_retries must be between 0 and {MAX_RETRIES_LIMIT}, got {value}")
    return value


def resolve(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    headers: Mapping[str, str] | None,
) -> Settings:
    """Check every option, falling back to PERPLEXITY_API_KEY and PERPLEXITY_BASE_URL."""
    if headers is not None and not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a mapping of str to str, got {type(headers).__name__}")
    key = _api_key(api_key)
    merged = {
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
        **(headers or {}),
        "Authorization": f"Bearer {key}",
    }
    return Settings(
        api_key=key,
        base_url=_base_url(base_url),
        timeout=_timeout(timeout),
        max_retries=_max_retries(max_retries),
        headers=merged,
    )
