"""A batch's three files checked before anything is touched: none may destroy another.

``check_paths(input, out, journal)`` runs first (nothing read, written or sent before it):

- INPUT, OUTPUT and the journal (and its ``.lock``) are compared by resolved path (symlinks
  followed) and, for those that exist, by device and inode (hard links): any two the same is a
  ``BatchFileError``. ``--out`` equal to INPUT through a symlink would otherwise empty INPUT.
- The folders of OUTPUT and the journal must exist: a typo in a path is refused, not created.
- OUTPUT that is not empty while its journal is missing is refused (its lines would be replaced
  and every item paid again) unless ``start_over``; with a journal, ``start_over`` changes nothing.

It returns OUTPUT's resolved path: OUTPUT written through a symlink replaces the link's target
(atomically) and the link stays.

Example::

    target = check_paths("questions.txt", "answers.jsonl", Path("answers.jsonl.journal"))
"""

from __future__ import annotations

import os
from pathlib import Path

from .._errors import PerplexityAsyncError

__all__ = ["BatchFileError", "check_paths"]


class BatchFileError(PerplexityAsyncError, ValueError):
    """A batch's paths cannot be used as given (one file named twice, a missing folder, an
    OUTPUT with lines and no journal); nothing was read, written or sent."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def check_paths(
    input: str | os.PathLike[str],
    out: str | os.PathLike[str],
    journal: Path | None,
    *,
    start_over: bool = False,
) -> Path:
    """Refuse paths that would destroy a file (see the module docstring); return OUTPUT's
    resolved path. ``journal``: None when the caller gave an open journal."""
    named = {"INPUT": Path(input), "OUTPUT": Path(out)}
    if journal is not None:
        named["the journal"] = journal
        named["the journal's lock"] = journal.with_name(journal.name + ".lock")
    seen: dict[object, str] = {}
    for role, path in named.items():
        for mark in (os.path.realpath(path), _identity(path)):
            if mark is None:
                continue
            if mark in seen:
                raise BatchFileError(
                    f"{role} ({path}) is the same file as {seen[mark]} ({named[seen[mark]]}): "
                    "writing one would destroy the other; nothing was touched"
                )
            seen[mark] = role
    target = Path(os.path.realpath(named["OUTPUT"]))
    for role, where in (("OUTPUT", target), ("the journal", journal)):
        if where is not None and not Path(os.path.realpath(where)).parent.is_dir():
            raise BatchFileError(
                f"the folder of {role} ({where.parent}) does not exist: create it first"
                " (nothing was touched)"
            )
    if target.is_dir():
        raise BatchFileError(f"OUTPUT ({out}) is a folder: name a file")
    has_lines = target.is_file() and target.stat().st_size > 0
    if journal is not None and has_lines and not journal.exists() and not start_over:
        raise BatchFileError(
            f"OUTPUT ({out}) has lines but its journal ({journal}) is missing: resuming is not "
            "possible and starting over would replace them and pay for every item again. "
            "Give the right --journal, or --start-over (start_over=True) to start over; "
            "nothing was touched"
        )
    return target


# Exported as perplexity_async.BatchFileError: tracebacks, reprs and pickle name it there.
BatchFileError.__module__ = "perplexity_async"
