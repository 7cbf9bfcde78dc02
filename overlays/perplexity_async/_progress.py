"""Live wait progress on stderr: redrawn in place on a TTY, one line per status change otherwise."""

from __future__ import annotations

import threading
import time
from typing import TextIO

from ._job import Job

__all__ = ["Progress"]

_SPINNER = "|/-\\"
_TICK = 0.1  # seconds between redraws on a TTY, so elapsed time moves between polls


class Progress:
    """Example::

    with Progress("req-1", sys.stderr) as progress:
        client.wait_until_done("req-1", on_update=progress.update)
    """

    def __init__(self, request_id: str, stream: TextIO, *, tty: bool | None = None) -> None:
        self._id = request_id
        self._stream = stream
        self._tty = stream.isatty() if tty is None else tty
        self._start = time.monotonic()
        self._polls = 0
        self._status = "waiting"
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def _line(self) -> str:
        elapsed = time.monotonic() - self._start
        plural = "" if self._polls == 1 else "s"
        return f"{self._id}: {self._status}  {elapsed:5.1f} s  {self._polls} poll{plural}"

    def _draw(self, frame: int) -> None:
        with self._lock:
            self._stream.write(f"\r\x1b[2K{_SPINNER[frame % len(_SPINNER)]} {self._line()}")
            self._stream.flush()

    def _tick(self) -> None:
        frame = 0
        while not self._stop.wait(_TICK):
            frame += 1
            self._draw(frame)

    def update(self, job: Job) -> None:
        """Record one successful poll (pass as ``on_update``)."""
        status = str(job.status)
        changed = status != self._status
        self._polls += 1
        self._status = status
        if self._tty:
            self._draw(self._polls)
        elif changed:
            with self._lock:
                self._stream.write(self._line() + "\n")
                self._stream.flush()

    def __enter__(self) -> Progress:
        if self._tty:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            with self._lock:
                self._stream.write(f"\r\x1b[2K  {self._line()}\n")
                self._stream.flush()
