"""The wait policy: when to poll next, as a small state machine with no I/O.

Polls at once, then sleeps ``poll_interval`` growing x1.5 up to ``max_poll_interval``, never past
the deadline; the server's Retry-After sets the next sleep. The final poll lands on the deadline.
"""

from __future__ import annotations

from .._args import check_seconds

__all__ = ["PollSchedule"]

GROWTH = 1.5


class PollSchedule:
    """Example: ``PollSchedule(timeout=10, poll_interval=1, max_poll_interval=4, start=0.0)``
    gives sleeps 1, 1.5, 2.25, 3.375, 4, 4, ... until ``next_sleep`` returns None at 10 s."""

    __slots__ = ("_interval", "deadline", "max_poll_interval")

    def __init__(
        self,
        *,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        start: float,
    ) -> None:
        if timeout is not None:
            timeout = check_seconds("timeout", timeout)
        poll_interval = check_seconds("poll_interval", poll_interval, positive=True)
        max_poll_interval = check_seconds("max_poll_interval", max_poll_interval, positive=True)
        if max_poll_interval < poll_interval:
            raise ValueError(
                f"max_poll_interval ({max_poll_interval:g}) must be >= poll_interval "
                f"({poll_interval:g})"
            )
        self.deadline = None if timeout is None else start + timeout
        self.max_poll_interval = max_poll_interval
        self._interval = poll_interval

    def next_sleep(self, now: float, retry_after: float | None = None) -> float | None:
        """Seconds to sleep before the next poll; None once the deadline has passed."""
        if self.deadline is not None and now >= self.deadline:
            return None
        if retry_after is None:
            delay = self._interval
            self._interval = min(self._interval * GROWTH, self.max_poll_interval)
        else:  # the server's wait replaces this sleep; the schedule resumes where it was
            delay = retry_after
        if self.deadline is not None:
            delay = min(delay, self.deadline - now)
        return max(0.0, delay)
