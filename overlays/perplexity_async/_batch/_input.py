"""A batch's INPUT: validated whole before anything is sent, then streamed item by item.

Two formats, chosen by the file name:

- ``*.jsonl`` and ``*.ndjson``: one JSON object a line, ``{"id": "...", "question": "...",
  "api": "agent", "model": "...", "options": {...}}``; only ``question`` is required. ``id`` and
  ``model`` are non-empty strings, ``api`` "agent" (an Agent API background run) or "sonar" (a
  Sonar async job), default the batch's; ``options`` an object of that API's create options
  (``AgentOptions``, ``RequestOptions``), checked with the request itself by the generated
  models (``run_body``, ``create_body``), so a bad option fails here, naming its line. A
  Sonar model on an Agent API line is refused (it would be a 400 upstream).
- any other file: one question a line, leading and trailing whitespace stripped. A line that
  parses as a JSON object is refused (naming the lines): JSON lines in a file named otherwise
  would be sent as paid questions; rename the file ``.jsonl``.

In both, blank (whitespace-only) lines are skipped: they cannot be questions, and trailing or
separating blank lines are common. Line numbers count every physical line, blank ones included,
as an editor shows them.

Each item has a stable key: the user's ``id``, else ``derived_key(question, model, options)``:
the first 16 hex digits (64 bits) of the sha256 of the canonical JSON (sorted keys, no spaces,
UTF-8) of ``{"question", "model", "options"}`` (plus ``"api"`` when the line names one), where
``model`` is the line's own (``null`` when it names none, so the key does not change with the
default model or API: a rerun under another default is then a contradiction the journal reports, not
a new batch) and ``options`` the line's object (``{}`` when absent). Two items with the same key (a
repeated id, or the same question, model and options twice) are an error naming both lines.

Validation is one pass over the file keeping only the set of keys (and a bounded list of
problems); iterating the returned ``BatchInput`` reads the file again, lazily. Every problem is a
``BatchInputError`` (a ValueError) naming the line numbers, at most ``MAX_PROBLEMS`` of them.

Example::

    items = read_batch_input("questions.jsonl")  # Agent API runs, unless a line says "sonar"
    print(len(items), "items")
    for item in items:  # re-reads the file, one line at a time
        print(item.line, item.key, item.api, item.question[:40])
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal, NamedTuple, get_args

from .._sonar._options import DEFAULT_MODEL, create_body, sonar_models

__all__ = [
    "DEFAULT_API",
    "JSON_LINES_SUFFIXES",
    "KEY_HEX_DIGITS",
    "MAX_LINE_BYTES",
    "MAX_PROBLEMS",
    "BatchInput",
    "BatchInputError",
    "BatchItem",
    "ItemApi",
    "canonical_json",
    "check_api",
    "derived_key",
    "read_batch_input",
    "run_options",
    "shown_value",
]

KEY_HEX_DIGITS = 16
"""Hex digits of a derived key: 64 bits, so a collision is unlikely below billions of items."""
MAX_LINE_BYTES = 1 << 20
"""The longest input line (1 MiB): a file without newlines must not be read into memory whole."""
MAX_PROBLEMS = 20
"""Problems named in a BatchInputError's message (and kept in ``.problems``); the rest counted."""
_MAX_SHOWN = 80  # characters of a user's value quoted in a message
_FIELDS = frozenset({"id", "question", "api", "model", "options"})
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")

ItemApi = Literal["agent", "sonar"]
"""Which API an item goes to: an Agent API background run, or a Sonar async job."""
DEFAULT_API: ItemApi = "agent"
_APIS: tuple[str, ...] = get_args(ItemApi)


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
    ``api`` the API it goes to; ``model`` is resolved (the line's, else the default; None for a
    run that chooses none: the Agent API's default effort); ``line`` is its 1-based number."""

    key: str
    question: str
    model: str | None
    options: Mapping[str, Any] = field(default_factory=dict)
    id: str | None = None
    line: int = 0
    api: ItemApi = DEFAULT_API


def canonical_json(value: Any) -> bytes:
    """The one JSON encoding that hashes use: sorted keys, no spaces, UTF-8, no NaN."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def derived_key(
    question: str, model: str | None, options: Mapping[str, Any], api: str | None = None
) -> str:
    """The key of an item without an id (``model``, ``api``: the line's own, None when it has
    none; a key made before lines named an API stays the same).

    >>> derived_key("Why poll?", None, {})
    '9dbcdf9b7a78a565'
    """
    data: dict[str, Any] = {"question": question, "model": model, "options": dict(options)}
    if api is not None:
        data["api"] = api
    return hashlib.sha256(canonical_json(data)).hexdigest()[:KEY_HEX_DIGITS]


class BatchInput:
    """A validated INPUT: ``len()`` items; iterating re-reads the file lazily, one line at a
    time. An edit since it was validated is the journal's to catch (each item's fingerprint is
    checked before its submit; a line it does not know is not sent): only a line that no longer
    parses raises BatchInputError."""

    __slots__ = ("_count", "_defaults", "_jsonl", "_path")

    def __init__(self, path: Path, *, defaults: _Defaults, jsonl: bool, count: int) -> None:
        self._path, self._defaults, self._jsonl = path, defaults, jsonl
        self._count = count

    @property
    def path(self) -> Path:
        return self._path

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        return f"BatchInput({str(self._path)!r}, items={self._count})"

    def __iter__(self) -> Iterator[BatchItem]:
        with self._path.open("rb") as file:
            for _, result in _parse_lines(file, jsonl=self._jsonl, defaults=self._defaults):
                if isinstance(result, str):  # it validated before: the file changed since
                    raise _changed(self._path)
                yield result


class _Defaults(NamedTuple):
    """What a line that names no API or model gets: ``api``, and ``model`` for that API's lines
    (a line of the other API gets that API's own default)."""

    api: str
    model: str | None

    def model_for(self, api: str) -> str | None:
        if api == self.api and self.model is not None:
            return self.model
        return DEFAULT_MODEL if api == "sonar" else None


def read_batch_input(
    path: str | os.PathLike[str],
    *,
    api: ItemApi = DEFAULT_API,
    model: str | None = None,
    max_problems: int = MAX_PROBLEMS,
) -> BatchInput:
    """Validate the whole of INPUT (one pass, keeping the set of keys) and return it; any problem
    is a BatchInputError naming its line numbers. ``api``: for lines that name none;
    ``model``: for that API's lines that name none (default: Sonar's ``DEFAULT_MODEL``; for a
    run, none: the Agent API's default effort)."""
    check_api(api)
    if model is not None and (not isinstance(model, str) or not model):
        raise ValueError(f"model must be a non-empty str or None, got {model!r}")
    if api == "agent" and model in sonar_models():
        raise ValueError(
            f"{model!r} is a Sonar model: run the batch on Sonar with api='sonar' (CLI: --api "
            "sonar), or give the Agent API a provider/model (or an effort in each line's options)"
        )
    defaults = _Defaults(api, model)
    if isinstance(max_problems, bool) or not isinstance(max_problems, int) or max_problems < 1:
        raise ValueError(f"max_problems must be an int >= 1, got {max_problems!r}")
    source = Path(path)
    jsonl = source.name.lower().endswith(JSON_LINES_SUFFIXES)
    problems: list[tuple[int, str]] = []
    total = 0
    first_line: dict[str, int] = {}  # key -> the line it first appeared on
    with source.open("rb") as file:
        for number, result in _parse_lines(file, jsonl=jsonl, defaults=defaults):
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
    return BatchInput(source, defaults=defaults, jsonl=jsonl, count=len(first_line))


def check_api(api: object) -> ItemApi:
    """``api`` checked: "agent" or "sonar", else a ValueError (a TypeError for a non-str)."""
    if not isinstance(api, str):
        raise TypeError(f"api must be 'agent' or 'sonar', got {type(api).__name__}")
    if api not in _APIS:
        raise ValueError(f"api must be 'agent' or 'sonar', got {shown_value(api)}")
    return api  # type: ignore[return-value]


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
    file: BinaryIO, *, jsonl: bool, defaults: _Defaults
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
                _parse_json_line(text, defaults, number)
                if jsonl
                else _question(text, defaults, number)
            ),
        )


def _question(text: str, defaults: _Defaults, number: int) -> BatchItem | str:
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
    api = check_api(defaults.api)
    return BatchItem(
        key=key, question=question, model=defaults.model_for(api), line=number, api=api
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise ValueError(f"the field {shown_value(name)} appears twice")
        result[name] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse_json_line(text: str, defaults: _Defaults, number: int) -> BatchItem | str:
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
        return f"unknown field(s) {names} (expected id, question, api, model, options)"
    question, user_id = data.get("question"), data.get("id")
    line_model, options = data.get("model"), data.get("options", {})
    line_api = data.get("api")
    if "question" not in data:
        return "no question"
    if not isinstance(question, str) or not question.strip():
        return f"question must be a non-empty string, got {shown_value(question)}"
    if user_id is not None and (not isinstance(user_id, str) or not user_id):
        return f"id must be a non-empty string, got {shown_value(user_id)}"
    if "id" in data and user_id is None:
        return "id must be a non-empty string, got None"
    if "api" in data and line_api not in _APIS:
        return f'api must be "agent" or "sonar", got {shown_value(line_api)}'
    if "model" in data and (not isinstance(line_model, str) or not line_model):
        return f"model must be a non-empty string, got {shown_value(line_model)}"
    if not isinstance(options, dict):
        return f"options must be a JSON object, got {type(options).__name__}"
    api = check_api(line_api if isinstance(line_api, str) else defaults.api)
    resolved = line_model if isinstance(line_model, str) else defaults.model_for(api)
    try:  # the request the item will send, checked by the generated models
        if api == "sonar":
            assert resolved is not None  # Sonar's default model, at least
            create_body(question, model=resolved, idempotency_key="check", options=options)
        else:
            resolved = _check_run(question, line_model, resolved, options)
    except (TypeError, ValueError) as exc:
        return _clip(str(exc))
    key = (
        user_id
        if isinstance(user_id, str)
        else derived_key(question, line_model, options, line_api if "api" in data else None)
    )
    return BatchItem(
        key=key,
        question=question,
        model=resolved,
        options=options,
        id=user_id,
        line=number,
        api=api,
    )


def run_options(item: BatchItem) -> dict[str, Any]:
    """An Agent API item's create options: its ``options``, with its model when it has one."""
    options = dict(item.options)
    if item.model is not None:
        options["model"] = item.model
    return options


def _check_run(
    question: str, line_model: str | None, resolved: str | None, options: Mapping[str, Any]
) -> str | None:
    """An Agent API line's model (the default applies only when its options choose nothing),
    its create checked as ``run_body`` will build it."""
    from .._agent._options import CHOOSERS, run_body

    if line_model is not None and "model" in options:
        raise ValueError('model is given twice: as the line\'s "model" and in its options')
    if line_model is None and any(name in options for name in CHOOSERS):
        resolved = None  # the line chose for itself (an effort, a preset, models...)
    chosen = resolved if resolved is not None else options.get("model")
    if isinstance(chosen, str) and chosen in sonar_models():
        raise ValueError(
            f'{shown_value(chosen)} is a Sonar model: add "api": "sonar" to the line, or '
            "give the Agent API a provider/model (or an effort)"
        )
    run_body(question, {**options, **({"model": resolved} if resolved else {})})
    return resolved


# Exported as perplexity_async.BatchInputError: tracebacks, reprs and pickle name it there.
BatchInputError.__module__ = "perplexity_async"
