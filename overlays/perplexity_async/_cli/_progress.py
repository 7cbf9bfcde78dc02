"""Live wait progress on stderr: redrawn in place on a TTY, one line per status change otherwise."""

from __future__ import annotations

import threading
import time
from typing import Self, TextIO

from .._job import Job

__all__ = ["LiveLine", "Progress"]

_SPINNER = "|/-\\"


class LiveLine:
    """One status line on ``stream``, for both the wait's and the batch's progress: redrawn in
    place every ``tick`` seconds on a terminal (so elapsed time moves between updates), written
    once per change otherwise (a log, a pipe). Subclasses give ``_live()`` (the line drawn in
    place), ``_logged()`` (the line written on a change) and call ``_changed(key)`` on each
    update; the line left on exit is ``_final()``.
    """

    def __init__(self, stream: TextIO, *, tty: bool | None, tick: float) -> None:
        self._stream = stream
        self._tty = stream.isatty() if tty is None else tty
        self._tick_seconds = tick
        self._frame = 0
        self._shown: object = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def _live(self) -> str | None:
        raise NotImplementedError

    def _logged(self) -> str:
        raise NotImplementedError

    def _final(self) -> str | None:
        return self._live()

    def _write(self, text: str) -> None:
        with self._lock:
            self._stream.write(text)
            self._stream.flush()

    def _draw(self) -> None:
        self._frame += 1
        line = self._live()
        if line is not None:
            self._write(f"\r\x1b[2K{line}")

    def _changed(self, key: object) -> None:
        if self._tty:
            self._draw()
        elif key != self._shown:
            self._shown = key
            self._write(self._logged() + "\n")

    def _tick(self) -> None:
        while not self._stop.wait(self._tick_seconds):
            self._draw()

    def __enter__(self) -> Self:
        if self._tty:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            final = self._final()
            if final is not None:
                self._write(f"\r\x1b[2K{final}\n")


class Progress(LiveLine):
    """Example::

    with Progress("req-1", sys.stderr) as progress:
        client.wait_until_done("req-1", on_update=progress.update)
    """

    def __init__(self, request_id: str, stream: TextIO, *, tty: bool | None = None) -> None:
        # A tick of 0.1 s: the spinner and the elapsed time move between polls.
        super().__init__(stream, tty=tty, tick=0.1)
        self._id = request_id
        self._start = time.monotonic()
        self._polls = 0
        self._status = "waiting"

    def _logged(self) -> str:
        elapsed = time.monotonic() - self._start
        plural = "" if self._polls == 1 else "s"
        return f"{self._id}: {self._status}  {elapsed:5.1f} s  {self._polls} poll{plural}"

    def _live(self) -> str:
        return f"{_SPINNER[self._frame % len(_SPINNER)]} {self._logged()}"

    def _final(self) -> str:
        return f"  {self._logged()}"

    def update(self, job: Job) -> None:
        """Record one successful poll (pass as ``on_update``)."""
        self._polls += 1
        self._status = str(job.status)
        self._changed(self._status)
