"""The batch through Perplexity's Batch API (``batch(..., batch_api=True)``, ``--batch-api``).

The same INPUT, journal and OUTPUT as the run-at-a-time batch (``_batch``: paths checked, INPUT
validated whole, the journal registered, OUTPUT rewritten from it), then, resumably:

1. plan: each item not done and not yet in a part gets a ``custom_id`` and goes to a part (an
   input file of at most ``MAX_FILE_LINES`` lines and ``MAX_FILE_BYTES`` bytes), its request
   lines spooled to ``JOURNAL.part-N.jsonl``; the part, its items and its create's
   ``Idempotency-Key`` are committed to the journal before anything is sent;
2. upload each part's file (its ``file_id`` recorded; a lost answer may upload it again: an
   unused file costs nothing), then create its batch with the recorded key (a lost answer sent
   again with the same key finds the same batch; its id recorded);
3. poll every batch not ended (capped backoff, ``timeout`` the deadline), progress from its
   ``request_counts``; once one ends, stream its output and error files to disk and turn each
   line into the item's OUTPUT line (the result's body parsed as ``client.get`` parses a run);
   items left without a line end EXPIRED, CANCELLED or FAILED as the batch did.

``steps`` is that policy as a generator without I/O: it yields ``Net`` (a flow for the client's
``_run``), ``Disk`` (a blocking step: the async driver runs it in a worker thread) and ``Pause``;
``drive_sync``/``drive_async`` are the thin shells.

Example::

    with pa.Client() as client:
        summary = client.batch("questions.jsonl", "answers.jsonl", batch_api=True)
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Awaitable, Callable, Generator, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from .._batch._journal import (
    CANCELLED,
    COMPLETED,
    EXPIRED,
    FAILED,
    BatchSummary,
    ItemResult,
    Journal,
    JournalError,
    SqliteJournal,
)
from .._core._flows import Sleep
from .._core._retry import is_transient, requested_delay
from .._core._wait import PollSchedule
from .._errors import PerplexityAsyncError, ResponseValidationError, WaitTimeoutError
from .._json import loads
from .._transports._deadline import SINK, Sink
from . import _lines

if TYPE_CHECKING:
    import httpx

    from .._batch._input import BatchInput, BatchItem
    from .._batch._output import OutputWriter
    from .._batch._run import BatchProgress, JournalArg
    from .._core._flows import Core, Flow, Prepared

__all__ = [
    "MAX_DOWNLOAD_BYTES",
    "Disk",
    "Net",
    "Pause",
    "cancel_upstream",
    "custom_id_of",
    "drive_async",
    "drive_sync",
    "opened",
    "read_parts",
    "steps",
]

MAX_DOWNLOAD_BYTES = 64 << 30  # an output file on disk: 50,000 results of up to ~1 MB, and room
DOWNLOAD_SECONDS = 3600.0  # one file's download, at most (a request's total timeout, raised)
MAX_TRIES = 20  # a request failing transiently with no deadline: tried this often, then raised
ENDED = frozenset({"completed", "expired", "cancelled", "failed"})
_WHY = {"expired": EXPIRED, "cancelled": CANCELLED, "failed": FAILED}
_PAGE = 1000  # rows written (or read) at a time: memory holds a page, never a part
_SAFE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")

log = logging.getLogger("perplexity_async")

# Test hook: the limits a part is cut at (the real ones unless a test lowers them).
_limits = {"lines": _lines.MAX_FILE_LINES, "bytes": _lines.MAX_FILE_BYTES}

_TABLES = """
CREATE TABLE IF NOT EXISTS api_parts (
    part INTEGER PRIMARY KEY,
    lines INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    file_id TEXT,
    batch_id TEXT,
    status TEXT,
    done_count INTEGER NOT NULL DEFAULT 0,
    failed_count INTEGER NOT NULL DEFAULT 0,
    collected INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS api_items (
    custom_id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    part INTEGER NOT NULL
)
"""


class Net(NamedTuple):
    """A flow to send through the client (``_run``); its result (or exception) comes back."""

    flow: Flow[Any]


class Disk(NamedTuple):
    """A blocking step (the journal, a file): the async driver runs it in a worker thread."""

    call: Callable[[], Any]


class Pause(NamedTuple):
    seconds: float


Step = Net | Disk | Pause
Steps = Generator[Step, Any, BatchSummary]


def custom_id_of(key: str) -> str:
    """An item's ``custom_id``: its key when short and plain, else ``h-`` and a hash of it (plain
    keys never start with ``h-``, so two items never share one).

    >>> custom_id_of("q-1"), custom_id_of("a question?")[:6]
    ('q-1', 'h-6a11')
    """
    if _SAFE_ID.fullmatch(key) and not key.startswith("h-"):
        return key
    return "h-" + hashlib.sha256(key.encode()).hexdigest()[:32]


def _run_body(item: BatchItem) -> dict[str, Any]:
    """The Agent API request an item sends: the SDK's builder for runs (``run_body``), without
    the fields the Batch API sets itself (``background``, ``stream``)."""
    from .._agent._options import run_body
    from .._batch._input import run_options

    body = run_body(item.question, run_options(item))
    body.pop("background", None)
    body.pop("stream", None)
    return body


def _agent_only(items: BatchInput) -> None:
    """A BatchInputError naming the lines that ask for a Sonar job (``"api": "sonar"``): the
    Batch API runs Agent API requests only. Before anything is planned or sent."""
    from .._batch._input import MAX_PROBLEMS, BatchInputError

    problems: list[tuple[int, str]] = []
    total = 0
    for item in items:
        if item.api != "agent":
            total += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(
                    (
                        item.line,
                        'a Sonar item ("api": "sonar"): the Batch API runs '
                        "Agent API requests only; run it without batch_api",
                    )
                )
    if total:
        raise BatchInputError(str(items.path), problems, total)


# -- the journal's Batch API tables --------------------------------------------------------------
class Part(NamedTuple):
    part: int
    lines: int
    idempotency_key: str
    file_id: str | None
    batch_id: str | None
    status: str | None
    done_count: int
    failed_count: int
    collected: bool


def _connection(journal: Journal) -> sqlite3.Connection:
    if not isinstance(journal, SqliteJournal):
        raise TypeError("batch_api=True needs the embedded journal (a path), not a custom Journal")
    connection: sqlite3.Connection = journal._connection
    return connection


def _parts(connection: sqlite3.Connection) -> list[Part]:
    rows = connection.execute(
        "SELECT part, lines, idempotency_key, file_id, batch_id, status, done_count,"
        " failed_count, collected FROM api_parts ORDER BY part"
    ).fetchall()
    return [Part._make((*row[:8], bool(row[8]))) for row in rows]


def read_parts(path: str | os.PathLike[str]) -> list[Part]:
    """The upstream files and batches the journal at ``path`` names, read-only (no lock: it
    works while the batch runs). Empty for a run-at-a-time batch."""
    where = Path(path)
    if not where.is_file():
        raise JournalError(f"no journal at {where}")
    connection = sqlite3.connect(f"{where.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if "api_parts" not in {row[0] for row in names}:
            return []
        return _parts(connection)
    finally:
        connection.close()


def _spool(journal: SqliteJournal, part: int, what: str = "part") -> Path:
    return journal.path.with_name(f"{journal.path.name}.{what}-{part}.jsonl")


class _Store:
    """The Batch API's state in the journal's sqlite file: every change committed (and synced)
    before the network step that depends on it."""

    def __init__(self, journal: Journal) -> None:
        self.connection = _connection(journal)
        assert isinstance(journal, SqliteJournal)
        self.journal = journal
        with self._write() as db:
            for statement in _TABLES.split(";"):
                db.execute(statement)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        db = self.connection
        with self.journal._guard:
            db.execute("PRAGMA synchronous=FULL")
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def parts(self) -> list[Part]:
        with self.journal._guard:
            return _parts(self.connection)

    def plan(self, items: BatchInput) -> None:
        """Put each item not done and in no part into a new part, its lines spooled to disk.
        A part is one transaction (its items, written a page at a time, and its create's
        idempotency key), committed once its file is synced: a crash mid-plan leaves those
        items to the next plan. Memory holds a page of items, never a part."""
        limit_lines, limit_bytes = _limits["lines"], _limits["bytes"]
        db, guard = self.connection, self.journal._guard
        with guard:
            next_part = db.execute("SELECT coalesce(max(part), 0) + 1 FROM api_parts").fetchone()
        number, lines, size = int(next_part[0]), 0, 0
        page: list[tuple[str, str, int]] = []
        file: BinaryIO | None = None

        def flush() -> None:
            with guard:
                db.executemany("INSERT INTO api_items (custom_id, key, part) VALUES (?,?,?)", page)
            page.clear()

        def close() -> None:
            nonlocal number, lines, size, file
            assert file is not None
            file.flush()
            os.fsync(file.fileno())
            file.close()
            file = None
            flush()
            ikey = hashlib.sha256(f"{self.journal.batch_id}:part:{number}".encode()).hexdigest()
            with guard:
                db.execute(
                    "INSERT INTO api_parts (part, lines, bytes, idempotency_key) VALUES (?,?,?,?)",
                    (number, lines, size, ikey[:32]),
                )
                db.execute("COMMIT")
            number, lines, size = number + 1, 0, 0

        try:
            for item in items:
                state = self.journal.get(item.key)
                if state is not None and state.state == "done":
                    continue
                with guard:
                    known = db.execute("SELECT 1 FROM api_items WHERE key = ?", (item.key,))
                    if known.fetchone():
                        continue
                cid = custom_id_of(item.key)
                body = _run_body(item)
                line = _lines.request_line(cid, body)
                if lines and (lines >= limit_lines or size + len(line) > limit_bytes):
                    close()
                if file is None:
                    file = _spool(self.journal, number).open("wb")
                    with guard:
                        db.execute("PRAGMA synchronous=FULL")  # the COMMIT below is synced
                        db.execute("BEGIN IMMEDIATE")
                file.write(line)
                page.append((cid, item.key, number))
                lines, size = lines + 1, size + len(line)
                if len(page) >= _PAGE:
                    flush()
            if file is not None:
                close()
        except BaseException:
            if file is not None:
                file.close()
                with guard:
                    db.execute("ROLLBACK")
            raise

    def set(self, part: int, **values: Any) -> None:
        names = ", ".join(f"{name} = ?" for name in values)
        with self._write() as db:
            db.execute(f"UPDATE api_parts SET {names} WHERE part = ?", (*values.values(), part))

    def key_of(self, custom_id: str | None, part: int) -> str | None:
        with self.journal._guard:
            row = self.connection.execute(
                "SELECT key FROM api_items WHERE custom_id = ? AND part = ?", (custom_id, part)
            ).fetchone()
        return None if row is None else str(row[0])

    def keys_of(self, part: int, *, after: str = "", page: int = 500) -> list[str]:
        with self.journal._guard:
            rows = self.connection.execute(
                "SELECT key FROM api_items WHERE part = ? AND key > ? ORDER BY key LIMIT ?",
                (part, after, page),
            ).fetchall()
        return [row[0] for row in rows]


# -- results -------------------------------------------------------------------------------------
def _result(line: _lines.ResultLine) -> ItemResult:
    """An OUTPUT line's data from a result line: its body read as ``client.get`` reads a run."""
    from .._job import parse_job

    if line.body is not None and not line.failed:
        try:
            job = parse_job(json.dumps(line.body).encode(), line.status_code or 200)
        except PerplexityAsyncError as error:
            return ItemResult(job_id=None, status=FAILED, error=str(error))
        result = ItemResult.from_job(job)
        if result.status in (COMPLETED, FAILED, CANCELLED):
            return result
        # a run that stopped short (requires_action) or a state a result should not have
        reason = result.error or f"the run ended {job.status} in the batch"
        return dataclasses.replace(result, status=FAILED, error=reason)
    job_id = line.body.get("id") if line.body is not None else None
    message = line.error_message or f"no result (status {line.status_code})"
    return ItemResult(
        job_id=job_id if isinstance(job_id, str) else None, status=FAILED, error=message
    )


def _collect(store: _Store, output: OutputWriter, part: Part, files: list[Path]) -> int:
    """Turn a batch's downloaded files into OUTPUT lines (journal first), then give every item
    of it left without one the batch's end; remove the spooled files. How many were done."""
    journal = store.journal
    done = unreadable = 0
    for path in files:
        with path.open("rb") as file:
            for raw in file:  # line by line: the file is never held whole
                if not raw.strip():
                    continue
                try:
                    line = _lines.parse_result_line(raw)
                except ValueError:
                    unreadable += 1  # it names no item: theirs end below, with the batch's end
                    continue
                key = store.key_of(line.custom_id, part.part)
                if key is None or _is_done(journal, key):
                    continue
                _finish(journal, output, key, _result(line))
                done += 1
    if unreadable:
        log.warning(
            "%d line(s) of batch %s's files are not JSON objects", unreadable, part.batch_id
        )
    why = _WHY.get(part.status or "", FAILED)
    after = ""
    while keys := store.keys_of(part.part, after=after):
        for key in keys:
            if not _is_done(journal, key):
                message = f"upstream batch {part.batch_id} ended {part.status} without its result"
                _finish(journal, output, key, ItemResult(job_id=None, status=why, error=message))
                done += 1
        after = keys[-1]
    store.set(part.part, collected=1)
    for path in (*files, _spool(journal, part.part)):
        path.unlink(missing_ok=True)
    return done


def _is_done(journal: Journal, key: str) -> bool:
    state = journal.get(key)
    return state is None or state.state == "done"  # None: an item removed from INPUT since


def _finish(journal: Journal, output: OutputWriter, key: str, result: ItemResult) -> None:
    journal.done(key, result)
    output.write(key, result)


# -- requests ------------------------------------------------------------------------------------
def _parse(model: Any) -> Callable[[bytes, int, Any], Any]:
    from perplexity_async_api.types import ParseError

    def parse(body: bytes, status_code: int, headers: Any) -> Any:
        try:
            return model.from_dict(loads(body))
        except (ParseError, ValueError) as exc:
            raise ResponseValidationError(
                str(exc)[:200], body=body, path=None, job_id=None, status_code=status_code
            ) from None

    return parse


def _patient(
    core: Core,
    request: httpx.Request,
    parse: Callable[[bytes, int, Any], Any],
    prepared: Prepared,
    deadline: float | None,
) -> Flow[Any]:
    """``core.call`` (its retries), and past them transient faults ridden out with capped
    backoff until ``deadline`` (or ``MAX_TRIES`` without one). Only for requests safe to send
    again: reads, a create with an Idempotency-Key, an upload (an unused file costs nothing)."""
    tries = 0
    while True:
        try:
            return (yield from core.call(request, None, parse, prepared, deadline=deadline))
        except PerplexityAsyncError as error:
            tries += 1
            if not is_transient(error) or (deadline is None and tries >= MAX_TRIES):
                raise
            delay = prepared.retry.delay(min(tries, 10), requested_delay(error), core._jitter())
            if deadline is not None and core._clock() + delay > deadline:
                raise
            yield Sleep(delay)


def steps(
    core: Core,
    items: BatchInput,
    journal: Journal,
    output: OutputWriter,
    *,
    prepared: Prepared,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    on_progress: Callable[[BatchProgress], object] | None,
) -> Steps:
    """The Batch API batch as steps for ``drive_sync``/``drive_async`` (see the module doc)."""
    from perplexity_async_api.api.batches import (
        create_batch,
        create_file,
        get_batch,
        get_file_content,
    )
    from perplexity_async_api.models import (
        Batch,
        BatchFile,
        CreateBatchRequest,
        CreateBatchRequestCompletionWindow,
        CreateBatchRequestEndpoint,
        FileUpload,
        FileUploadPurpose,
    )
    from perplexity_async_api.types import File

    from .._batch._run import BatchProgress

    start = core._clock()
    schedule = PollSchedule(
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        start=start,
    )
    deadline = schedule.deadline
    store: _Store = yield Disk(lambda: _Store(journal))
    yield Disk(lambda: store.plan(items))
    parts: list[Part] = yield Disk(store.parts)
    summary: BatchSummary = yield Disk(journal.summary)
    done_before = summary.done

    def progress() -> None:
        if on_progress is None:
            return
        current = journal.summary(max_keys=0)
        counts = dict(current.counts)
        upstream = sum(p.done_count + p.failed_count for p in parts if not p.collected)
        if upstream:
            counts["pending"] = counts.get("pending", 0) - upstream
            counts["done upstream"] = upstream
        on_progress(
            BatchProgress(
                total=current.total,
                done=current.done + upstream,
                counts={name: count for name, count in counts.items() if count > 0},
                cost=current.cost,
                elapsed=core._clock() - start,
                done_now=current.done - done_before + upstream,
            )
        )

    for index, part in enumerate(parts):
        if part.file_id is None and part.batch_id is None:
            spool = _spool(store.journal, part.part)
            handle = yield Disk(partial(spool.open, "rb"))
            try:
                upload = FileUpload(
                    file=File(payload=handle, file_name=spool.name, mime_type="application/jsonl"),
                    purpose=FileUploadPurpose.BATCH,
                )
                request = core._build(create_file.build_request(body=upload), prepared)
                made = yield Net(_patient(core, request, _parse(BatchFile), prepared, deadline))
            finally:
                yield Disk(handle.close)
            yield Disk(partial(store.set, part.part, file_id=made.id))
            part = parts[index] = part._replace(file_id=made.id)
        if part.batch_id is None:
            assert part.file_id is not None
            body = CreateBatchRequest(
                endpoint=CreateBatchRequestEndpoint.VALUE_0,
                input_file_id=part.file_id,
                completion_window=CreateBatchRequestCompletionWindow.VALUE_0,
            )
            parts_ = create_batch.build_request(body=body, idempotency_key=part.idempotency_key)
            request = core._build(parts_, prepared)
            batch = yield Net(_patient(core, request, _parse(Batch), prepared, deadline))
            status = str(batch.status)
            yield Disk(partial(store.set, part.part, batch_id=batch.id, status=status))
            part = parts[index] = part._replace(batch_id=batch.id, status=status)
    yield Disk(progress)

    while not all(part.collected for part in parts):
        for index, part in enumerate(parts):
            if part.collected:
                continue
            assert part.batch_id is not None
            request = core._build(get_batch.build_request(part.batch_id), prepared)
            batch = yield Net(_patient(core, request, _parse(Batch), prepared, deadline))
            counts = batch.request_counts
            part = parts[index] = part._replace(
                status=str(batch.status), done_count=counts.completed, failed_count=counts.failed
            )
            yield Disk(
                partial(
                    store.set,
                    part.part,
                    status=part.status,
                    done_count=part.done_count,
                    failed_count=part.failed_count,
                )
            )
            if part.status not in ENDED:
                continue
            files = {"output": batch.output_file_id, "errors": batch.error_file_id}
            downloaded: list[Path] = []
            for what, file_id in files.items():
                if not isinstance(file_id, str) or not file_id:
                    continue
                path = _spool(store.journal, part.part, what)
                handle = yield Disk(partial(path.open, "w+b"))
                try:
                    request = core._build(get_file_content.build_request(file_id), prepared)
                    request.extensions[SINK] = Sink(handle, MAX_DOWNLOAD_BYTES)
                    long = prepared._replace(total=max(prepared.total or 0.0, DOWNLOAD_SECONDS))
                    yield Net(_patient(core, request, lambda *_: None, long, deadline))
                finally:
                    yield Disk(handle.close)
                downloaded.append(path)
            yield Disk(partial(_collect, store, output, part, downloaded))
            parts[index] = part._replace(collected=True)
        yield Disk(progress)
        if all(part.collected for part in parts):
            break
        now = core._clock()
        delay = schedule.next_sleep(now)
        if delay is None:
            running = [p.batch_id or "" for p in parts if not p.collected]
            raise WaitTimeoutError(
                running[0], timeout or 0.0, now - start, None, pending_ids=running
            )
        yield Pause(delay)
    result: BatchSummary = yield Disk(journal.summary)
    return result


@contextlib.contextmanager
def opened(
    core: Core,
    input: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    journal: JournalArg,
    model: str | None,
    timeout: float | None,
    poll_interval: float,
    max_poll_interval: float,
    on_progress: Callable[[BatchProgress], object] | None,
    prepared: Prepared,
    start_over: bool = False,
) -> Iterator[Steps]:
    """The steps of one run, ready to drive: every option checked, then INPUT validated whole
    (each line's request built), the journal registered and OUTPUT rewritten (``_batch``)."""
    from .._batch._run import prepare

    PollSchedule(  # the options' own checks, before any file is touched
        timeout=timeout, poll_interval=poll_interval, max_poll_interval=max_poll_interval, start=0
    )
    if on_progress is not None and not callable(on_progress):
        raise TypeError(f"on_progress must be callable, got {type(on_progress).__name__}")
    if not isinstance(start_over, bool):
        raise TypeError(f"start_over must be a bool, got {type(start_over).__name__}")
    with prepare(input, out, journal=journal, model=model, api="agent", start_over=start_over) as (
        items,
        journal_,
        output,
    ):
        _connection(journal_)  # the embedded journal only, before anything is sent
        _agent_only(items)
        yield steps(
            core,
            items,
            journal_,
            output,
            prepared=prepared,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )


def cancel_upstream(
    core: Core, path: str | os.PathLike[str], prepared: Prepared
) -> Flow[list[str]]:
    """Ask upstream to cancel each batch the journal at ``path`` names that has not ended (read
    without the lock: it works while the batch runs). Returns their ids; a batch that ended
    meanwhile (a 4xx other than 401/403/404... is not an error: it ended)."""
    from perplexity_async_api.api.batches import cancel_batch
    from perplexity_async_api.models import Batch

    from .._errors import APIStatusError, AuthenticationError, PermissionDeniedError

    cancelled = []
    for part in read_parts(path):
        if part.batch_id is None or part.status in ENDED:
            continue
        request = core._build(cancel_batch.build_request(part.batch_id), prepared)
        try:
            yield from _patient(core, request, _parse(Batch), prepared, None)
        except (AuthenticationError, PermissionDeniedError):
            raise
        except APIStatusError as error:
            if error.status_code >= 500 or error.status_code == 404:
                raise
        cancelled.append(part.batch_id)
    return cancelled


def drive_sync(
    run: Steps, send: Callable[[Flow[Any]], Any], sleep: Callable[[float], None]
) -> BatchSummary:
    """Run the steps with blocking calls."""
    outcome: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = run.throw(error) if error is not None else run.send(outcome)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        outcome, error = None, None
        try:
            if isinstance(step, Net):
                outcome = send(step.flow)
            elif isinstance(step, Disk):
                outcome = step.call()
            else:
                sleep(step.seconds)
        except BaseException as exc:
            error = exc


async def drive_async(
    run: Steps,
    send: Callable[[Flow[Any]], Awaitable[Any]],
    sleep: Callable[[float], Awaitable[None]],
) -> BatchSummary:
    """Run the steps with asyncio: every ``Disk`` step in a worker thread, off the event loop."""
    import asyncio

    outcome: Any = None
    error: BaseException | None = None
    while True:
        try:
            step = run.throw(error) if error is not None else run.send(outcome)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        outcome, error = None, None
        try:
            if isinstance(step, Net):
                outcome = await send(step.flow)
            elif isinstance(step, Disk):
                outcome = await asyncio.to_thread(step.call)
            else:
                await sleep(step.seconds)
        except BaseException as exc:
            error = exc
