"""A batch's OUTPUT.jsonl: exactly one JSON line per done item, rebuilt from the journal.

``open_output(path, journal.results())`` first rewrites OUTPUT from the journal (a temporary file
in the same folder, fsync'd, then ``os.replace``, then the folder fsync'd), so a line torn by
``kill -9`` never survives a resume; then it appends one line per ``write`` and flushes it. OUTPUT
is derived data: the journal is the truth, so appended lines are flushed (readers such as
``tail -f`` see them) but not fsync'd; a resume rewrites them anyway.

A line: ``{"id", "job_id", "status", "text", "citations", "cost", "error"}`` (``ItemResult.line``),
UTF-8, no ASCII escaping except U+2028, U+2029 and U+0085, written ``\u2028``...: readers that
split lines with ``str.splitlines()`` would break a line there.

``path`` is OUTPUT's resolved path (``check_paths``): through a symlink, the link's target is
replaced and the link stays.

Example::

    with open_output("out.jsonl", journal.results()) as output:
        ...
        journal.done(item.key, result)   # first the journal, then the line
        output.write(item.key, result)
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ._journal import ItemResult

__all__ = ["OutputWriter", "format_line", "open_output", "rewrite_output"]


_LINE_BREAKS = re.compile("[\u2028\u2029\u0085]")  # str.splitlines() breaks on them


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def format_line(key: str, result: ItemResult) -> str:
    """One output line, newline included (inside JSON strings only, so escaping is exact)."""
    line = json.dumps(result.line(key), ensure_ascii=False, allow_nan=False)
    return _LINE_BREAKS.sub(_escaped, line) + "\n"


def _temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files a killed rewrite left (only ours: ``.NAME.<16 hex>.tmp``)."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{16}}\.tmp")
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if pattern.fullmatch(entry.name):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); folders cannot be opened this way on Windows."""
    if os.name != "posix":  # pragma: no cover - the tests run on POSIX
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rewrite_output(path: str | os.PathLike[str], results: Iterable[tuple[str, ItemResult]]) -> int:
    """Replace OUTPUT, atomically, with one line per ``(key, result)``; return how many. The
    file keeps its permissions (a new one gets the umask's); the results are streamed."""
    target = Path(path)
    _remove_stale_temporaries(target)
    temporary = _temporary_name(target)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    count = 0
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(fd, stat.S_IMODE(os.stat(target).st_mode))
        with open(fd, "w", encoding="utf-8", newline="\n") as file:
            for key, result in results:
                file.write(format_line(key, result))
                count += 1
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(target.parent)
    return count


class OutputWriter:
    """Appends one flushed line per done item to OUTPUT (see ``open_output``)."""

    __slots__ = ("_file", "_path")

    def __init__(self, path: Path, file: IO[str]) -> None:
        self._path, self._file = path, file

    @property
    def path(self) -> Path:
        return self._path

    def write(self, key: str, result: ItemResult) -> None:
        """Append the item's line and flush it (write it after ``journal.done``)."""
        self._file.write(format_line(key, result))
        self._file.flush()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OutputWriter({str(self._path)!r})"


def open_output(
    path: str | os.PathLike[str], results: Iterable[tuple[str, ItemResult]]
) -> OutputWriter:
    """Rewrite OUTPUT from ``results`` (the journal's done items), then open it for appending."""
    target = Path(path)
    rewrite_output(target, results)
    return OutputWriter(target, target.open("a", encoding="utf-8", newline="\n"))
