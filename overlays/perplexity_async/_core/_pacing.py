"""The submit pacing policy of a batch, as a state machine with no I/O.

Adaptive by default: no client-side limit until the server's first 429. Then submits stop until
its ``Retry-After`` has passed (the refused item is POSTed again then, with the same idempotency
key: the runner's part) and a rate is held from what the server allowed: the submits it accepted
since the last pause, over the time from the first of them to the end of this pause. For a
tier-0 account (5 a minute) that sent 5 at once and was told to wait out the minute, that is 5 a
minute, evenly spaced. The held rate probes upward slowly (+10% after 20 submits without a 429),
so a raised limit is found; at a hard limit that costs one refused POST about every 25 submits,
and the pause it brings only waits out a quota that was spent anyway. A 429 with no accepted
submit since the last one halves the rate (another process may share the account), never below
one a minute. A 429 without a usable ``Retry-After`` (absent, ``0``, a date already past) pauses
1 s, doubling up to 60 s while they persist; any 429 pauses at least ``MIN_PAUSE`` (0.5 s),
doubling while 429s repeat, so a server saying "retry now" never gets a tight loop of POSTs.

A submit that failed transiently (``on_failed``: a connection error, 408, 5xx, for a submit that
may be sent again) is retried after a capped backoff (0.5 s doubling to 8 s; the server's
``Retry-After`` honoured up to 60 s, but never below that backoff without jitter: a
``Retry-After: 0`` or a past date waits 0.5 s, doubling), as often as the batch's deadline allows;
``on_accepted`` starts the backoff afresh.

``submit_rate`` (per minute) is a fixed ceiling on top: a token bucket holding ONE token, i.e.
submits at least ``60 / submit_rate`` s apart, so no minute-long window (however the server
aligns it) ever sees more than ``submit_rate``. The server's 429s are obeyed either way.

Driving it (the check and the ``on_submitted`` must not be split by an ``await``)::

    pacer = SubmitPacer(submit_rate=None)
    for item in items:
        while True:
            at = pacer.next_submit_at(clock())
            if at > clock():
                sleep(at - clock())
                continue
            pacer.on_submitted(clock())                 # every POST, retries included
            try:
                job = create(item, idempotency_key=item.key)   # no 429 retry loop inside
            except RateLimitError as error:
                pacer.on_rate_limited(clock(), error.retry_after)
                continue                                # the same item, the same key
            break
"""

from __future__ import annotations

import math

from ._retry import RetryPolicy

__all__ = ["MAX_PAUSE", "MIN_PAUSE", "MIN_RATE", "PROBE_AFTER", "PROBE_GROWTH", "SubmitPacer"]

MAX_PAUSE = RetryPolicy().max_retry_after  # the longest pause taken on the server's word
MIN_PAUSE = 0.5  # the shortest pause after a 429, doubling while they repeat
MIN_RATE = 1.0  # submits a minute: the held rate never goes below this
PROBE_AFTER = 20  # submits at the held rate without a 429 before it grows
PROBE_GROWTH = 1.1
_BACKOFF = RetryPolicy(initial_delay=1.0, max_delay=MAX_PAUSE, max_retry_after=MAX_PAUSE)
_FLOOR = RetryPolicy(initial_delay=MIN_PAUSE, max_delay=MAX_PAUSE, max_retry_after=MAX_PAUSE)
_RETRY = RetryPolicy()  # a transient submit failure: 0.5 s doubling to 8 s


def _check_rate(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"submit_rate must be a number per minute, got {type(value).__name__}")
    if math.isnan(value) or math.isinf(value) or value <= 0:
        raise ValueError(f"submit_rate must be a finite number > 0 per minute, got {value!r}")
    return float(value)


class SubmitPacer:
    """Example: ``SubmitPacer(submit_rate=30)`` spaces submits 2 s apart;
    ``SubmitPacer()`` sends at once until a 429, then as the server allows."""

    __slots__ = (
        "_ceiling",
        "_epoch_limited",
        "_epoch_sent",
        "_epoch_start",
        "_failures",
        "_held",
        "_next_free",
        "_retry_at",
        "_since_change",
        "_streak",
        "paused_until",
    )

    def __init__(self, *, submit_rate: float | None = None) -> None:
        self._ceiling = _check_rate(submit_rate)  # per minute, or None
        self._held: float | None = None  # per minute, learned from the server's 429s
        self._next_free = float("-inf")  # when the bucket's one token is back
        self.paused_until = float("-inf")
        self._epoch_start: float | None = None  # the first submit since the last pause
        self._epoch_sent = 0
        self._epoch_limited = 0
        self._since_change = 0  # submits since the held rate last changed
        self._streak = 0  # 429s with no accepted submit between them
        self._failures = 0  # transient failures of the submit being retried
        self._retry_at = float("-inf")

    @property
    def rate(self) -> float | None:
        """Submits a minute in force now; None: no client-side limit."""
        if self._held is None or self._ceiling is None:
            return self._held if self._ceiling is None else self._ceiling
        return min(self._held, self._ceiling)

    def next_submit_at(self, now: float) -> float:
        """The earliest time the next submit may be sent (``now`` or later)."""
        return max(now, self.paused_until, self._next_free, self._retry_at)

    def on_submitted(self, now: float) -> None:
        """A submit POST is being sent at ``now`` (each retry too): it takes the token."""
        rate = self.rate
        if rate is not None:
            self._next_free = max(now, self._next_free) + 60.0 / rate
        if self._epoch_start is None:
            self._epoch_start = now
        self._epoch_sent += 1
        if self._held is not None:
            self._since_change += 1
            if self._since_change >= PROBE_AFTER and (
                self._ceiling is None or self._held < self._ceiling
            ):
                self._held *= PROBE_GROWTH
                self._since_change = 0

    def on_rate_limited(self, now: float, retry_after: float | None) -> float:
        """A submit got a 429 at ``now``: pause, learn the rate, and return when to retry it."""
        self._epoch_limited += 1
        if now < self.paused_until:  # a concurrent submit's 429 within the same pause
            if retry_after is not None:
                self.paused_until = max(self.paused_until, now + min(retry_after, MAX_PAUSE))
            return self.paused_until
        accepted = self._epoch_sent - self._epoch_limited
        if accepted > 0:
            self._streak = 0
        if retry_after is None or retry_after <= 0:  # no usable word from the server
            pause = _BACKOFF.delay(self._streak, None, 0.0)
        else:
            pause = max(min(retry_after, MAX_PAUSE), _FLOOR.delay(self._streak, None, 0.0))
        start = now if self._epoch_start is None else self._epoch_start
        span = now + pause - start
        if accepted > 0 and span > 0:
            self._held = accepted / span * 60.0
        elif self._held is not None:
            self._held /= 2
        if self._held is not None:
            self._held = max(self._held, MIN_RATE)
        self._streak = min(self._streak + 1, 30)
        self.paused_until = now + pause
        self._next_free = self.paused_until  # the refused item goes first, at the pause's end
        self._epoch_start = None
        self._epoch_sent = self._epoch_limited = 0
        self._since_change = 0
        return self.paused_until

    def on_failed(self, now: float, retry_after: float | None, jitter: float = 0.0) -> float:
        """A submit failed transiently at ``now`` (it will be sent again, unchanged): back off
        (``jitter`` uniform in [0, 1) shortens it by up to a quarter) and return when to retry."""
        delay = _RETRY.delay(self._failures, retry_after, jitter)
        if retry_after is not None:  # "retry now" (0, a past date) floored as after a 429
            floor = min(_FLOOR.delay(self._failures, None, 0.0), _RETRY.max_delay)
            delay = max(delay, floor)
        self._retry_at = now + delay
        self._failures = min(self._failures + 1, 30)  # capped long before 2.0**n overflows
        return self._retry_at

    def on_accepted(self) -> None:
        """A submit was answered (a job, or a refusal that ends its item): backoff starts afresh."""
        self._failures = 0
        self._retry_at = float("-inf")
