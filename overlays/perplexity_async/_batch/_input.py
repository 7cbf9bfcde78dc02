"""A batch's INPUT: validated whole before anything is sent, then streamed item by item.

Two formats, chosen by the file name:

- ``*.jsonl`` and ``*.ndjson``: one JSON object a line, ``{"id": "...", "question": "...",
  "model": "...", "options": {...}}``; only ``question`` is required. ``id`` and ``model`` are
  non-empty strings, ``options`` an object of create options (``RequestOptions``), checked with
  the request itself by the generated models (``create_body``), so a bad option fails here,
  naming its line.
- any other file: one question a line, leading and trailing whitespace stripped. A line that
  parses as a JSON object is refused (naming the lines): JSON lines in a file named otherwise
  would be sent as paid questions; rename the file ``.jsonl``.

In both, blank (whitespace-only) lines are skipped: they cannot be questions, and trailing or
separating blank lines are common. Line numbers count every physical line, blank ones included,
as an editor shows them.

Each item has a stable key: the user's ``id``, else ``derived_key(question, model, options)``:
the first 16 hex digits (64 bits) of the sha256 of the canonical JSON (sorted keys, no spaces,
UTF-8) of ``{"question", "model", "options"}``, where ``model`` is the line's own (``null`` when
it names none, so the key does not change with the default model: a rerun under another default
is then a contradiction the journal reports, not a new batch) and ``options`` the line's object
(``{}`` when absent). Two items with the same key (a repeated id, or the same question, model and
options twice) are an error naming both lines.

Validation is one pass over the file keeping only the set of keys (and a bounded list of
problems); iterating the returned ``BatchInput`` reads the file again, lazily. Every problem is a
``BatchInputError`` (a ValueError) naming the line numbers, at most ``MAX_PROBLEMS`` of them.

Example::

    items = read_batch_input("questions.jsonl", model="sonar-deep-research")
    print(len(items), "items")
    for item in items:  # re-reads the file, one line at a time
        print(item.line, item.key, item.question[:40])
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .._sonar._options import DEFAULT_MODEL, create_body

__all__ = [
    "JSON_LINES_SUFFIXES",
    "KEY_HEX_DIGITS",
    "MAX_LINE_BYTES",
    "MAX_PROBLEMS",
    "BatchInput",
    "BatchInputError",
    "BatchItem",
    "BodyCheck",
    "canonical_json",
    "derived_key",
    "read_batch_input",
    "shown_value",
]

BodyCheck = Callable[[str, str, Mapping[str, Any]], object]
"""Builds (so checks) an item's request from its question, model and options."""
KEY_HEX_DIGITS = 16
"""Hex digits of a derived key: 64 bits, so a collision is unlikely below billions of items."""
MAX_LINE_BYTES = 1 << 20
"""The longest input line (1 MiB): a file without newlines must not be read into memory whole."""
MAX_PROBLEMS = 20
"""Problems named in a BatchInputError's message (and kept in ``.problems``); the rest counted."""
_MAX_SHOWN = 80  # characters of a user's value quoted in a message
_FIELDS = frozenset({"id", "question", "model", "options"})
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")


class BatchInputError(ValueError):
    """INPUT is not a valid batch. ``problems`` holds ``(line, message)`` pairs (the first
    ``MAX_PROBLEMS``), ``total`` how many there were; the message names the lines."""

    def __init__(self, path: str, problems: list[tuple[int, str]], total: int) -> None:
        shown = "; ".join(f"line {line}: {message}" for line, message in problems)
        more = f"; and {total - len(problems)} more" if total > len(problems) else ""
        noun = "problem" if total == 1 else "problems"
        super().__init__(f"{path}: {total} {noun}: {shown}{more}")
        self.path = path
        self.problems = tuple(problems)
        self.total = total

    def __reduce__(self) -> tuple[Any, ...]:
        # As the SDK's errors: rebuilt from the message and every attribute (multiprocessing).
        from .._errors import _rebuild

        return (_rebuild, (type(self), self.args, self.__dict__))


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One question of a batch. ``key`` is ``id`` when the user gave one, else derived;
    ``model`` is resolved (the line's, else the default); ``line`` is its 1-based line number."""

    key: str
    question: str
    model: str
    options: Mapping[str, Any] = field(default_factory=dict)
    id: str | None = None
    line: int = 0


def canonical_json(value: Any) -> bytes:
    """The one JSON encoding that hashes use: sorted keys, no spaces, UTF-8, no NaN."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def derived_key(question: str, model: str | None, options: Mapping[str, Any]) -> str:
    """The key of an item without an id (``model``: the line's own, None when it has none).

    >>> derived_key("Why poll?", None, {})
    '9dbcdf9b7a78a565'
    """
    data = {"question": question, "model": model, "options": dict(options)}
    return hashlib.sha256(canonical_json(data)).hexdigest()[:KEY_HEX_DIGITS]


class BatchInput:
    """A validated INPUT: ``len()`` items; iterating re-reads the file lazily, one line at a
    time, and raises BatchInputError if the file changed since it was validated."""

    __slots__ = ("_check", "_count", "_jsonl", "_model", "_path", "_stamp")

    def __init__(
        self,
        path: Path,
        *,
        model: str,
        jsonl: bool,
        count: int,
        stamp: object,
        check: BodyCheck | None = None,
    ) -> None:
        self._path, self._model, self._jsonl = path, model, jsonl
        self._count, self._stamp, self._check = count, stamp, check

    @property
    def path(self) -> Path:
        return self._path

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        return f"BatchInput({str(self._path)!r}, items={self._count})"

    def __iter__(self) -> Iterator[BatchItem]:
        with self._path.open("rb") as file:
            if _stamp(file) != self._stamp:
                raise _changed(self._path)
            lines = _parse_lines(file, jsonl=self._jsonl, model=self._model, check=self._check)
            for _, result in lines:
                if isinstance(result, str):  # it validated before: the file changed since
                    raise _changed(self._path)
                yield result
            if _stamp(file) != self._stamp:
                raise _changed(self._path)


def read_batch_input(
    path: str | os.PathLike[str],
    *,
    model: str = DEFAULT_MODEL,
    max_problems: int = MAX_PROBLEMS,
    check: BodyCheck | None = None,
) -> BatchInput:
    """Validate the whole of INPUT (one pass, keeping the set of keys) and return it; any problem
    is a BatchInputError naming its line numbers. ``model``: for lines that name none;
    ``check(question, model, options)``: what builds the item's request, raising TypeError or
    ValueError on a bad one (default: a Sonar job's)."""
    if not isinstance(model, str) or not model:
        raise ValueError(f"model must be a non-empty str, got {model!r}")
    if isinstance(max_problems, bool) or not isinstance(max_problems, int) or max_problems < 1:
        raise ValueError(f"max_problems must be an int >= 1, got {max_problems!r}")
    source = Path(path)
    jsonl = source.name.lower().endswith(JSON_LINES_SUFFIXES)
    problems: list[tuple[int, str]] = []
    total = 0
    first_line: dict[str, int] = {}  # key -> the line it first appeared on
    with source.open("rb") as file:
        stamp = _stamp(file)
        for number, result in _parse_lines(file, jsonl=jsonl, model=model, check=check):
            problem = result if isinstance(result, str) else None
            if isinstance(result, BatchItem):
                seen = first_line.setdefault(result.key, number)
                if seen != number:
                    problem = (
                        f"duplicate id {shown_value(result.key)} (first on line {seen})"
                        if result.id is not None
                        else f"duplicate key {result.key}: the same question, model and options"
                        f" as line {seen}"
                    )
            if problem is not None:
                total += 1
                if len(problems) < max_problems:
                    problems.append((number, problem))
    if total:
        raise BatchInputError(str(source), problems, total)
    count = len(first_line)
    return BatchInput(source, model=model, jsonl=jsonl, count=count, stamp=stamp, check=check)


def _stamp(file: BinaryIO) -> object:
    """What changes when the file does (identity, size, modification time)."""
    st = os.fstat(file.fileno())
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _changed(path: Path) -> BatchInputError:
    return BatchInputError(str(path), [(0, "the file changed since it was validated")], 1)


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def shown_value(value: object) -> str:
    """``repr(value)``, clipped to a bounded length for messages."""
    return _clip(repr(value))


def _lines(file: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(number, line without its end) per physical line; None for a line over MAX_LINE_BYTES
    (read past in chunks, never held whole)."""
    number = 0
    while True:
        raw = file.readline(MAX_LINE_BYTES + 2)  # + "\r\n": a line of exactly the limit fits
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES + 1 and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = file.readline(1 << 16)
            yield number, None
            continue
        line = raw.rstrip(b"\n").rstrip(b"\r")
        yield number, (line if len(line) <= MAX_LINE_BYTES else None)


def _parse_lines(
    file: BinaryIO, *, jsonl: bool, model: str, check: BodyCheck | None = None
) -> Iterator[tuple[int, BatchItem | str]]:
    """Each non-blank line: its item, or a message saying what is wrong with it."""
    for number, raw in _lines(file):
        if raw is None:
            yield number, f"longer than {MAX_LINE_BYTES} bytes"
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark
        try:
            text = raw.decode()
        except UnicodeDecodeError as exc:
            yield number, f"not UTF-8 (byte {exc.start + 1})"
            continue
        if not text.strip():
            continue
        yield (
            number,
            (
                _parse_json_line(text, model, number, check)
                if jsonl
                else _question(text, model, number)
            ),
        )


def _question(text: str, model: str, number: int) -> BatchItem | str:
    question = text.strip()
    if question.startswith("{") and question.endswith("}"):
        try:
            is_object = isinstance(json.loads(question), dict)
        except (ValueError, RecursionError):
            is_object = False
        if is_object:
            return (
                "a JSON object in a file of questions (one a line): name the file .jsonl"
                " to read JSON lines, or reword the question"
            )
    key = derived_key(question, None, {})
    return BatchItem(key=key, question=question, model=model, line=number)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise ValueError(f"the field {shown_value(name)} appears twice")
        result[name] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _sonar_check(question: str, model: str, options: Mapping[str, Any]) -> object:
    return create_body(question, model=model, idempotency_key="check", options=options)


def _parse_json_line(
    text: str, default_model: str, number: int, check: BodyCheck | None = None
) -> BatchItem | str:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        return "bad JSON: nested too deeply"
    except ValueError as exc:  # json.JSONDecodeError is one
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        return f"bad JSON: {message}"
    if not isinstance(data, dict):
        return f"expected a JSON object, got {type(data).__name__}"
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        names = ", ".join(shown_value(name) for name in unknown[:5])
        return f"unknown field(s) {names} (expected id, question, model, options)"
    question, user_id = data.get("question"), data.get("id")
    line_model, options = data.get("model"), data.get("options", {})
    if "question" not in data:
        return "no question"
    if not isinstance(question, str) or not question.strip():
        return f"question must be a non-empty string, got {shown_value(question)}"
    if user_id is not None and (not isinstance(user_id, str) or not user_id):
        return f"id must be a non-empty string, got {shown_value(user_id)}"
    if "id" in data and user_id is None:
        return "id must be a non-empty string, got None"
    if "model" in data and (not isinstance(line_model, str) or not line_model):
        return f"model must be a non-empty string, got {shown_value(line_model)}"
    if not isinstance(options, dict):
        return f"options must be a JSON object, got {type(options).__name__}"
    resolved = line_model if isinstance(line_model, str) else default_model
    try:  # the request the item will send, checked by the generated models
        (check or _sonar_check)(question, resolved, options)
    except (TypeError, ValueError) as exc:
        return _clip(str(exc))
    key = user_id if isinstance(user_id, str) else derived_key(question, line_model, options)
    return BatchItem(
        key=key, question=question, model=resolved, options=options, id=user_id, line=number
    )


# Exported as perplexity_async.BatchInputError: tracebacks, reprs and pickle name it there.
BatchInputError.__module__ = "perplexity_async"
