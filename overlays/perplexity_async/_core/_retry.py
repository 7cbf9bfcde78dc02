"""The retry policy, as plain functions: which failures are transient, and how long to wait.

No I/O here; both clients drive it (see ``_core``).
"""

from __future__ import annotations

import email.utils  # already imported by httpx: deferring it saved nothing
import time
from collections.abc import Mapping
from typing import Literal, NamedTuple

from .._errors import APIConnectionError, APIStatusError, PerplexityAsyncError, RateLimitError

__all__ = [
    "TRANSIENT_STATUSES",
    "RetryPolicy",
    "SubmitVerdict",
    "created_nothing",
    "is_transient",
    "nothing_sent",
    "requested_delay",
    "retry_after_seconds",
    "submit_verdict",
    "surely_created_nothing",
]

TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def is_transient(error: PerplexityAsyncError) -> bool:
    """Connection errors, timeouts and 408/429/500/502/503/504; nothing else."""
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and error.status_code in TRANSIENT_STATUSES


def nothing_sent(error: PerplexityAsyncError) -> bool:
    """The request certainly never left: the connection could not be made (or no pooled one
    was free). Any later failure may have reached the server."""
    return isinstance(error, APIConnectionError) and not error.request_sent


def surely_created_nothing(error: BaseException) -> bool:
    """A create that failed so certainly made nothing: the API refused it (a 4xx; not a 408,
    which the server may have begun) or it never left. Anything else (a lost answer, a 5xx,
    Ctrl-C) may have made a job unseen. What a batch may put back to pending, too."""
    if isinstance(error, APIStatusError):
        return 400 <= error.status_code < 500 and error.status_code != 408
    return isinstance(error, APIConnectionError) and not error.request_sent


def created_nothing(error: PerplexityAsyncError) -> bool:
    """What may be sent again when a second send could pay twice (a create with no idempotency
    key): only a request that certainly never left, or a 429 (refused before any work)."""
    return nothing_sent(error) or isinstance(error, RateLimitError)


SubmitVerdict = Literal["pause", "retry", "rejected", "unknown", "stop"]
"""What a failed submit means: ``pause`` (a 429: wait as the server says, then the same
submit), ``retry`` (after a backoff), ``rejected`` (the item ends REJECTED), ``unknown`` (the item
ends UNKNOWN: a job may exist, and sending again could pay twice), ``stop`` (the batch stops)."""


def submit_verdict(error: PerplexityAsyncError, *, idempotent: bool) -> SubmitVerdict:
    """The one decision table for a batch submit that failed. ``idempotent``: the create carries
    an idempotency key (Sonar), so sending it again makes no second job; otherwise (Agent API
    runs) only what certainly created nothing is sent again.

    >>> submit_verdict(APIConnectionError("connection reset"), idempotent=False)
    'unknown'
    """
    if isinstance(error, RateLimitError):
        return "pause"  # refused before anything was made, whatever the kind
    status = error.status_code if isinstance(error, APIStatusError) else None
    if status in (401, 403, 404, 405):
        return "stop"  # the key, the account or the URL (not the API's?): every item alike
    if status is not None and 400 <= status < 500 and status != 408:
        return "rejected"  # this item refused: the batch goes on
    if idempotent:
        return "retry" if is_transient(error) else "stop"
    if nothing_sent(error):
        return "retry"
    return "unknown"


def retry_after_seconds(headers: Mapping[str, str], now: float) -> float | None:
    """The server's requested wait: ``retry-after-ms``, or ``Retry-After`` in seconds or as an
    HTTP date (relative to ``now``, a Unix time). None when absent or unreadable."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def requested_delay(error: PerplexityAsyncError) -> float | None:
    """The wait the server asked for with an error status, if it did."""
    if isinstance(error, APIStatusError):
        return retry_after_seconds(error.headers, time.time())
    return None


class RetryPolicy(NamedTuple):
    """Exponential backoff with jitter: about 0.5 s doubling, capped at 8 s; the server's
    ``Retry-After`` wins, honoured up to 60 s."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, retries_done: int, retry_after: float | None, jitter: float) -> float:
        """Seconds before retry number ``retries_done + 1``; ``jitter`` is uniform in [0, 1)."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        backoff = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return backoff * (1 - 0.25 * jitter)
