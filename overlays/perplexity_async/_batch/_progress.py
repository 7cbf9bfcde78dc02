"""Live batch progress on stderr: a bar redrawn in place on a terminal, a line per change
otherwise (a log, a pipe), and the summary line both print at the end."""

from __future__ import annotations

from typing import TextIO

from .._cli._progress import LiveLine
from ._journal import STATUSES, BatchSummary
from ._run import BatchProgress

__all__ = ["BatchView", "format_cost", "format_counts", "format_seconds", "summary_line"]

_TICK = 0.2  # seconds between redraws on a terminal, so elapsed time moves between changes
_BAR = 24
# The order counts are shown in: done statuses first, then the states not done.
_ORDER = (*STATUSES, "submitted", "submitting", "pending")


def format_seconds(seconds: float) -> str:
    """``75`` -> ``1:15``; ``3725`` -> ``1:02:05``."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def format_counts(counts: dict[str, int] | BatchSummary) -> str:
    """``COMPLETED 5, FAILED 1, submitted 3`` (known names first, then any other)."""
    values = dict(counts.counts if isinstance(counts, BatchSummary) else counts)
    names = [name for name in _ORDER if values.get(name)]
    names += sorted(name for name in values if name not in _ORDER and values[name])
    return ", ".join(f"{name} {values[name]}" for name in names) or "nothing yet"


def format_cost(spent: float, budget: float | None) -> str:
    """``$0.1200`` or, with a budget, ``$0.1200 of $1.0000 ($0.8800 left)``."""
    if budget is None:
        return f"${spent:.4f}"
    return f"${spent:.4f} of ${budget:.4f} (${max(budget - spent, 0.0):.4f} left)"


def summary_line(summary: BatchSummary, *, max_cost: float | None = None) -> str:
    return (
        f"batch {summary.done}/{summary.total} done ({format_counts(summary)}); "
        f"cost {format_cost(summary.cost, max_cost)}"
    )


class BatchView(LiveLine):
    """Example::

    with BatchView(sys.stderr) as view:
        client.batch("questions.txt", "out.jsonl", on_progress=view.update)
    """

    def __init__(self, stream: TextIO, *, tty: bool | None = None) -> None:
        super().__init__(stream, tty=tty, tick=_TICK)
        self._last: BatchProgress | None = None

    @staticmethod
    def line(progress: BatchProgress) -> str:
        eta = progress.eta
        return (
            f"{progress.done}/{progress.total} done  {format_counts(progress.counts)}  "
            f"{format_seconds(progress.elapsed)} elapsed  "
            f"ETA {'?' if eta is None else format_seconds(eta)}  "
            f"{format_cost(progress.cost, progress.budget)}"
        )

    def _bar(self, progress: BatchProgress) -> str:
        filled = _BAR * progress.done // progress.total if progress.total else _BAR
        return f"[{'#' * filled}{'.' * (_BAR - filled)}] {self.line(progress)}"

    def _live(self) -> str | None:
        return None if self._last is None else self._bar(self._last)

    def _logged(self) -> str:
        assert self._last is not None  # logged on an update
        return f"batch: {self.line(self._last)}"

    def update(self, progress: BatchProgress) -> None:
        """Record a change (pass as ``on_progress``)."""
        self._last = progress
        self._changed((progress.done, tuple(sorted(progress.counts.items()))))
