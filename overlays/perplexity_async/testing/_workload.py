"""An opt-in, realistic workload for ``MockServer``: a submit rate limit, job durations, failures.

Perplexity publishes its rate limits (tier 0: 5 submits a minute) but not how it enforces them;
a token bucket is the common reading, and what this simulates.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Draws", "SubmitLimit", "Workload"]


@dataclass(frozen=True, kw_only=True)
class Workload:
    """How fast jobs may be created through the API, how long they run, and how many fail.

    Args:
        submits_per_minute: creates allowed a minute: a token bucket holding that many (a burst),
            refilled evenly. A create beyond it gets a 429 with ``Retry-After`` (whole seconds,
            rounded up) and ``retry-after-ms``. A create that replays a known idempotency key
            returns its job and spends nothing. None: no limit.
        job_seconds: how long each created job runs, counted from its creation on the server's
            clock (polled or not): a number, a ``(low, high)`` range drawn uniformly, or a
            callable given the job's creation index (0, 1, ...). None: as
            ``script_created_jobs`` says.
        failure_rate: the share of created jobs that end FAILED, 0 to 1, drawn at creation.
        seed: seeds the draws, so the n-th job created draws the same duration and outcome on
            every run.

    Example: ``MockServer(workload=Workload(submits_per_minute=5, job_seconds=(1, 3)))``
    """

    submits_per_minute: float | None = None
    job_seconds: float | tuple[float, float] | Callable[[int], float] | None = None
    failure_rate: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        if self.submits_per_minute is not None:
            _check_number("submits_per_minute", self.submits_per_minute, positive=True)
        seconds = self.job_seconds
        if isinstance(seconds, tuple):
            if len(seconds) != 2:
                raise ValueError(f"job_seconds range must be (low, high), got {seconds!r}")
            low, high = (_check_number("job_seconds", s) for s in seconds)
            if low > high:
                raise ValueError(f"job_seconds range must have low <= high, got {seconds!r}")
        elif seconds is not None and not callable(seconds):
            _check_number("job_seconds", seconds)
        _check_number("failure_rate", self.failure_rate)
        if self.failure_rate > 1:
            raise ValueError(f"failure_rate must be between 0 and 1, got {self.failure_rate!r}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise TypeError(f"seed must be an int, got {type(self.seed).__name__}")


class SubmitLimit:
    """A token bucket of ``per_minute`` creates, on the server's clock."""

    def __init__(self, per_minute: float, now: float) -> None:
        self._capacity = max(1.0, per_minute)  # below one a minute: still one at a time
        self._rate = per_minute / 60.0
        self._tokens = self._capacity
        self._updated = now

    def take(self, now: float) -> float:
        """Spend one create: 0.0 when allowed, else the seconds until one will be."""
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(self._capacity, self._tokens + elapsed * self._rate)
        self._updated = max(self._updated, now)
        if self._tokens >= 1 - 1e-9:  # float slack: waiting exactly Retry-After must suffice
            self._tokens = max(0.0, self._tokens - 1)
            return 0.0
        return (1 - self._tokens) / self._rate


class Draws:
    """Each created job's duration and outcome, in creation order, from the workload's seed."""

    def __init__(self, workload: Workload) -> None:
        self._workload = workload
        self._random = random.Random(workload.seed)
        self._count = 0

    def next(self) -> tuple[float | None, bool]:
        """(seconds the job runs, or None: as scripted; whether it fails)."""
        index, self._count = self._count, self._count + 1
        spec = self._workload.job_seconds
        seconds: float | None
        if spec is None:
            seconds = None
        elif isinstance(spec, tuple):
            seconds = self._random.uniform(*spec)
        elif callable(spec):
            seconds = _check_number(f"job_seconds({index}) returned a value that", spec(index))
        else:
            seconds = float(spec)
        rate = self._workload.failure_rate
        return seconds, rate > 0 and self._random.random() < rate


def _check_number(name: str, value: object, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}")
    if not math.isfinite(value) or value < 0 or (positive and value == 0):
        raise ValueError(
            f"{name} must be a finite number {'> 0' if positive else '>= 0'}, got {value!r}"
        )
    return float(value)
