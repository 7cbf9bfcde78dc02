"""The batch journal: what makes a batch resumable without ever paying twice.

``Journal`` is the interface a batch runner needs; ``SqliteJournal`` the embedded default (stdlib
``sqlite3``, one file, WAL). Per item it keeps the key, the idempotency key, a fingerprint of
question, model, options and API (agent or sonar; a 0.2 journal's items are Sonar's), the job id,
the state and, once done, the result (``ItemResult``: what the output line needs). A random batch id
is made once, when the journal is created.

How a runner uses it (with ``_input`` and ``_output``; the order of the calls is what
makes a crash safe)::

    items = read_batch_input(input_path, model=model)       # whole file validated, nothing sent
    with SqliteJournal.open(default_journal_path(out)) as journal:
        journal.register(items)               # before any request: refuses contradicting input
        with open_output(out, journal.results()) as output:  # torn lines dropped
            for item in items:
                state = journal.get(item.key)
                if state.state == "done":
                    continue                  # nothing fetched again
                if state.state == "submitted":
                    watch(state.job_id)       # a job exists: poll it, never POST again
                    continue
                key = journal.begin_submit(item.key)  # pending or submitting: the same key
                try:
                    job = client.create(item.question, model=item.model,
                                        idempotency_key=key, **item.options)
                except pa.UnprocessableEntityError as e:
                    journal.done(item.key, ItemResult.rejected(str(e)))
                    output.write(item.key, ItemResult.rejected(str(e)))
                    continue
                journal.submitted(item.key, job.id)   # fsync'd before polling
                watch(job.id)
            for job in client.as_completed(watched):   # then, for each done job:
                result = ItemResult.from_job(job)
                journal.done(key_of[job.id], result)   # first the journal,
                output.write(key_of[job.id], result)   # then the line

- Idempotency keys are derived (``idempotency_key``) from the batch id and the item's key, model
  and options, and stored at ``register``, before any submit: a rerun after ``kill -9`` between a
  POST and its response POSTs again with the same key, so the server makes no second job. Two
  batches (two journals) never share a key: their batch ids are random (uuid4).
- One process at a time: ``open`` takes an exclusive ``flock`` on ``PATH.lock`` (released by the
  OS when the process dies, even by SIGKILL); a second one gets ``JournalLockedError``.
  ``read_summary`` reads a journal without the lock (for ``status`` while a batch runs).
- Durability: every method commits before it returns, hence before the next network step, and
  in WAL mode a commit survives the process being killed (``kill -9``): the OS has it. What must
  also survive a power loss is fsync'd (``synchronous=FULL`` for that commit, which syncs the
  WAL with every commit before it): the batch id (``open``), the items and their idempotency keys
  (``register``: lost, a rerun would derive new keys and pay twice) and each job id
  (``submitted``: lost, a rerun would re-POST and rely on the server still remembering the
  idempotency key). ``begin_submit`` and ``done`` commit with ``synchronous=NORMAL``: losing
  the first changes nothing (the key is durable and a pending item is POSTed with it too),
  losing the second costs one GET on the rerun. Measured on a shared 2-core VM (ext4): about
  3 ms a synced commit, 0.15 ms an unsynced one, so 1000 items cost ~3 s of fsync in all, spread
  over their submits (which the API rate-limits: 5 a minute at tier 0), not on the completion
  path. ``ItemResult`` and the output file are derived data; the journal is the truth.
- Memory: ``register`` streams its items (keys go to a temporary table, not a Python set);
  ``results`` pages through done items (``page_size`` rows at a time), never one big list.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import sqlite3
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from .._errors import PerplexityAsyncError
from ._input import BatchItem, canonical_json, shown_value

if TYPE_CHECKING:
    from .._job import Job

__all__ = [
    "CANCELLED",
    "COMPLETED",
    "EXPIRED",
    "FAILED",
    "LOST",
    "REJECTED",
    "STATUSES",
    "UNKNOWN",
    "BatchSummary",
    "ItemResult",
    "ItemState",
    "Journal",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "SqliteJournal",
    "State",
    "default_journal_path",
    "idempotency_key",
    "read_in_flight",
    "read_summary",
    "record_cancel",
]

State = Literal["pending", "submitting", "submitted", "done"]
"""An item's place in the journal: registered; POST begun (a job may exist); job id known; done."""

COMPLETED = "COMPLETED"
"""The job finished with an answer: the one status that exits 0."""
FAILED = "FAILED"
"""The job ended failed (its ``error`` says why)."""
REJECTED = "REJECTED"
"""The API refused the item's submit (a 4xx other than 401/403/404/405, which stop the batch, and
408/429, sent again): no job, its error."""
LOST = "LOST"
"""The API no longer knows the item's job (a 404 on its poll: expired upstream)."""
UNKNOWN = "UNKNOWN"
"""A submit whose outcome is unknown, for a create that is not idempotent (Agent API runs): a
run may exist. Never submitted again unless asked (``resubmit_unknown``), then once."""
CANCELLED = "CANCELLED"
"""The job was cancelled (``--cancel``, or upstream)."""
EXPIRED = "EXPIRED"
"""The item's upstream batch expired before it ran."""
STATUSES = (COMPLETED, FAILED, REJECTED, LOST, UNKNOWN, CANCELLED, EXPIRED)
"""Every status an OUTPUT line can have; each is final: a rerun sends nothing for its item."""

_SCHEMA = 1
_IDEMPOTENCY_HEX_DIGITS = 32  # 128 bits
_MAX_NAMED = 20  # items named in a JournalMismatchError's message
_AGAIN = "resubmit-unknown"  # the ``dropped`` reason of an UNKNOWN item sent once more


class JournalError(PerplexityAsyncError):
    """The journal cannot serve: not a journal, another version, or a misuse of its states."""


class JournalLockedError(JournalError):
    """Another process holds this journal (a batch runs on it); ``path`` names it."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class JournalMismatchError(JournalError, ValueError):
    """INPUT contradicts the journal: ``conflicts`` are ``(key, line, what differs)``, ``missing``
    the journal's keys that INPUT lacks (each at most the first ``max_named``); nothing was sent."""

    def __init__(
        self,
        message: str,
        *,
        conflicts: tuple[tuple[str, int, str], ...],
        missing: tuple[str, ...],
    ) -> None:
        super().__init__(message)
        self.conflicts = conflicts
        self.missing = missing


@dataclass(frozen=True, slots=True)
class ItemResult:
    """A done item: what its output line says beside its ``id``. ``status`` is the job's
    (COMPLETED, FAILED) or ``REJECTED``; ``cost`` in USD when reported; ``error`` when it failed."""

    job_id: str | None
    status: str
    text: str | None = None
    citations: tuple[str, ...] = ()
    cost: float | None = None
    error: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.status, str) or not self.status:
            raise ValueError(f"status must be a non-empty str, got {self.status!r}")
        if self.cost is not None and not math.isfinite(self.cost):
            raise ValueError(f"cost must be finite, got {self.cost!r}")
        object.__setattr__(self, "citations", tuple(self.citations))

    @classmethod
    def from_job(cls, job: Job) -> ItemResult:
        """The result of a done job: its status (COMPLETED, FAILED, CANCELLED), but a run that
        stopped at REQUIRES_ACTION is FAILED, its error saying what it waits for (the batch
        runs no tools)."""
        from .._errors import JobRequiresActionError
        from .._status import JobStatus

        cost = job.cost
        status, error = str(job.status), job.error_message
        if job.status == JobStatus.REQUIRES_ACTION:
            status, error = FAILED, str(JobRequiresActionError(job))
        return cls(
            job_id=job.id,
            status=status,
            text=job.text,
            citations=tuple(job.citations),
            cost=cost if cost is None or math.isfinite(cost) else None,
            error=error,
        )

    @classmethod
    def rejected(cls, error: str) -> ItemResult:
        """An item the API refused to create (a 4xx): no job, the server's message."""
        return cls(job_id=None, status=REJECTED, error=error)

    @classmethod
    def lost(cls, job_id: str, error: str) -> ItemResult:
        """An item whose job the API no longer knows (a 404 on its poll)."""
        return cls(job_id=job_id, status=LOST, error=error)

    @classmethod
    def cancelled(cls) -> ItemResult:
        """A pending item of a cancelled batch (``--cancel``): never submitted."""
        return cls(job_id=None, status=CANCELLED, error="the batch was cancelled: not submitted")

    @classmethod
    def unknown(cls, error: str) -> ItemResult:
        """An item whose submit may or may not have made a job (not idempotent: not resent)."""
        return cls(job_id=None, status=UNKNOWN, error=error)

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "status": self.status,
            "text": self.text,
            "citations": list(self.citations),
            "cost": self.cost,
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ItemResult:
        return cls(
            job_id=data["job_id"],
            status=data["status"],
            text=data["text"],
            citations=tuple(data["citations"]),
            cost=data["cost"],
            error=data["error"],
        )

    def line(self, key: str) -> dict[str, Any]:
        """The output line: ``{"id": key, "job_id", "status", "text", "citations", "cost",
        "error"}``."""
        return {"id": key, **self.to_dict()}


@dataclass(frozen=True, slots=True)
class ItemState:
    """Where one item stands: ``job_id`` once submitted, ``result`` once done."""

    key: str
    state: State
    idempotency_key: str
    job_id: str | None = None
    result: ItemResult | None = None


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """Where a batch stands, from its journal alone. ``counts``: items per state that is not done
    (``pending``, ``submitting``, ``submitted``) and per status of the done ones (``STATUSES``);
    ``pending_keys``: the first not-done keys, in input order; ``highest_cost``: the dearest
    item so far (None before any cost); ``dropped``: item versions dropped by edits of INPUT."""

    batch_id: str
    total: int
    done: int
    cost: float
    counts: Mapping[str, int] = field(default_factory=dict)
    pending_keys: tuple[str, ...] = ()
    highest_cost: float | None = None
    dropped: int = 0

    @property
    def finished(self) -> bool:
        return self.done == self.total


@runtime_checkable
class Journal(Protocol):
    """What a batch runner needs from a journal (``SqliteJournal`` is the embedded one). Every
    method that changes state has recorded the change when it returns."""

    @property
    def batch_id(self) -> str: ...

    def register(self, items: Iterable[BatchItem]) -> int:
        """Record each item (with its idempotency key) unless known; return how many were new.
        Raises JournalMismatchError, recording nothing, when INPUT contradicts the journal."""
        ...

    def get(self, key: str) -> ItemState | None: ...

    def begin_submit(self, key: str, *, item: BatchItem | None = None) -> str:
        """Mark the item as being submitted; return its idempotency key (the same on a rerun).
        With ``item``, JournalMismatchError (nothing recorded) unless it is the one registered."""
        ...

    def resubmit_unknown(self) -> int:
        """Make each UNKNOWN item pending again, once per item ever; return how many."""
        ...

    def unsubmit(self, key: str) -> None:
        """Put a ``submitting`` item back to ``pending``: its submit certainly created nothing."""
        ...

    def cancelled(self) -> bool:
        """Whether the batch was cancelled (``record_cancel``): its pending items are not sent."""
        ...

    def submitted(self, key: str, job_id: str) -> None: ...

    def done(self, key: str, result: ItemResult) -> None: ...

    def results(self) -> Iterator[tuple[str, ItemResult]]:
        """(key, result) of each done item, in the order they were done, read lazily."""
        ...

    def summary(self, *, max_keys: int = 20) -> BatchSummary: ...

    def close(self) -> None: ...


def idempotency_key(
    batch_id: str, key: str, model: str, options: Mapping[str, Any], revision: int = 0
) -> str:
    """An item's idempotency key: 32 hex digits of the sha256 of the canonical JSON of
    ``["perplexity-async batch", batch_id, key, model, options]`` (``revision`` appended when the
    item was started over: an edited line must never find the job of its old question)."""
    data: list[Any] = ["perplexity-async batch", batch_id, key, model, dict(options)]
    if revision:
        data.append(revision)
    return hashlib.sha256(canonical_json(data)).hexdigest()[:_IDEMPOTENCY_HEX_DIGITS]


def default_journal_path(output: str | os.PathLike[str]) -> Path:
    """The journal beside OUTPUT: ``OUTPUT.journal`` (its lock: ``OUTPUT.journal.lock``)."""
    out = Path(output)
    return out.with_name(out.name + ".journal")


def _digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


_TABLES = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    question_sha256 TEXT NOT NULL,
    model TEXT NOT NULL,
    options_sha256 TEXT NOT NULL,
    api TEXT NOT NULL DEFAULT 'sonar',
    state TEXT NOT NULL CHECK (state IN ('pending', 'submitting', 'submitted', 'done')),
    job_id TEXT,
    done_seq INTEGER UNIQUE,
    status TEXT,
    cost REAL,
    result TEXT
);
CREATE TABLE IF NOT EXISTS dropped (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    question_sha256 TEXT NOT NULL,
    model TEXT NOT NULL,
    options_sha256 TEXT NOT NULL,
    api TEXT NOT NULL DEFAULT 'sonar',
    state TEXT NOT NULL,
    job_id TEXT,
    result TEXT,
    reason TEXT NOT NULL
);
"""
_DROP = (
    "INSERT INTO dropped (key, idempotency_key, question_sha256, model, options_sha256, api,"
    " state, job_id, result, reason) SELECT key, idempotency_key, question_sha256, model,"
    " options_sha256, api, state, job_id, result, ? FROM items WHERE {where}"
)


def _add_api_column(connection: sqlite3.Connection) -> None:
    """A journal made before items named their API (0.2: every item a Sonar job) gets the
    column, its items recorded as Sonar's."""
    for table in ("items", "dropped"):
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        if "api" not in columns:
            connection.execute(f"ALTER TABLE {table} ADD COLUMN api TEXT NOT NULL DEFAULT 'sonar'")


def _lock(journal: Path) -> int:
    """An exclusive lock on ``JOURNAL.lock``, held until the returned descriptor is closed (or
    the process dies: the OS releases it). JournalLockedError when another process holds it."""
    fd = os.open(journal.with_name(journal.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if sys.platform == "win32":  # pragma: no cover - the tests run on POSIX
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = ""
        with contextlib.suppress(OSError, ValueError):
            os.lseek(fd, 0, os.SEEK_SET)  # not os.pread: Windows has none
            pid = int(os.read(fd, 20).split()[0])
            holder = f" (pid {pid})"
        os.close(fd)
        raise JournalLockedError(
            f"the journal {journal} is in use by another process{holder}: one batch at a time",
            path=str(journal),
        ) from None
    with contextlib.suppress(OSError):  # who holds it, for the next one's message
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
    return fd


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise JournalError(f"cannot open the journal {path}: {exc}") from None
    try:
        if not readonly:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode != "wal":
                raise JournalError(f"the journal {path} cannot use WAL mode (got {mode})")
        else:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise JournalError(f"{path} is not a journal: {exc}") from None
    except BaseException:
        connection.close()
        raise
    return connection


def _batch_id(connection: sqlite3.Connection, path: Path) -> str:
    """The journal's batch id; checks the schema version."""
    try:
        rows = dict(connection.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise JournalError(f"{path} is not a journal: {exc}") from None
    if rows.get("schema") != str(_SCHEMA) or "batch_id" not in rows:
        raise JournalError(f"{path} is not a journal of this version (schema {_SCHEMA})")
    return str(rows["batch_id"])


class SqliteJournal:
    """The embedded journal: one sqlite file in WAL mode, one process at a time.

    Example::

        with SqliteJournal.open("batch.journal") as journal:
            journal.register(read_batch_input("questions.txt"))
            print(journal.summary().counts)
    """

    __slots__ = ("_batch_id", "_connection", "_guard", "_lock_fd", "_path")

    def __init__(self, path: Path, connection: sqlite3.Connection, lock_fd: int, batch_id: str):
        """Use ``SqliteJournal.open``."""
        self._path, self._connection, self._lock_fd = path, connection, lock_fd
        self._batch_id = batch_id
        self._guard = threading.Lock()  # methods may be called from worker threads (to_thread)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> SqliteJournal:
        """Open (creating it, with a new random batch id) the journal at ``path``, locked for this
        process until ``close``. JournalLockedError if another process has it open."""
        where = Path(path)
        lock_fd = _lock(where)
        try:
            connection = _connect(where, readonly=False)
            try:
                with _transaction(connection, sync=True):  # not executescript: it COMMITs
                    for statement in _TABLES.split(";"):
                        if statement.strip():
                            connection.execute(statement)
                    _add_api_column(connection)
                    fresh = {"schema": str(_SCHEMA), "batch_id": uuid.uuid4().hex}
                    connection.executemany(
                        "INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)", fresh.items()
                    )
                batch_id = _batch_id(connection, where)
            except BaseException:
                connection.close()
                raise
        except BaseException:
            os.close(lock_fd)
            raise
        return cls(where, connection, lock_fd, batch_id)

    def __enter__(self) -> SqliteJournal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SqliteJournal({str(self._path)!r}, batch_id={self._batch_id!r})"

    @property
    def path(self) -> Path:
        return self._path

    @property
    def batch_id(self) -> str:
        return self._batch_id

    def close(self) -> None:
        """Close the file and release the lock (idempotent)."""
        with self._guard:
            if self._lock_fd < 0:
                return
            self._connection.close()
            os.close(self._lock_fd)
            self._lock_fd = -1

    def register(self, items: Iterable[BatchItem], *, max_named: int = _MAX_NAMED) -> int:
        """Record each item (key, fingerprint, idempotency key) unless known; return how many were
        new. An item not final yet may change or go: its line edited, it starts over (pending,
        a new idempotency key); its line removed, it is given up; either way the old version is
        kept in the ``dropped`` table (a job it may have made keeps running upstream). A final
        item cannot: one transaction, and on a contradiction nothing is recorded and
        JournalMismatchError names the items (a final item whose question, model or options
        differ from the journal's, and final items that INPUT lacks)."""
        conflicts: list[tuple[str, int, str]] = []
        conflict_total = added = 0
        with self._guard, _transaction(self._connection, sync=True) as db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS input_keys (key TEXT PRIMARY KEY)")
            db.execute("DELETE FROM temp.input_keys")
            seq = db.execute("SELECT coalesce(max(seq), 0) FROM items").fetchone()[0]
            for item in items:
                question, options = _digest(item.question), _digest(dict(item.options))
                model = _model(item)
                db.execute("INSERT OR IGNORE INTO temp.input_keys VALUES (?)", (item.key,))
                row = db.execute(
                    f"SELECT {_FINGERPRINT}, state FROM items WHERE key = ?", (item.key,)
                ).fetchone()
                if row is None:
                    seq += 1
                    added += 1
                    ikey = self._next_key(db, item.key, model, item.options)
                    db.execute(
                        "INSERT INTO items (key, seq, idempotency_key, question_sha256, model,"
                        " options_sha256, api, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')",
                        (item.key, seq, ikey, question, model, options, item.api),
                    )
                    continue
                differs = _differences(row[:4], question, model, options, item.api)
                # a job of the other API may run (a 0.2 journal resumed under the new default
                # API?): a contradiction, never silently given up
                switched = row[3] != item.api and row[4] != "pending"
                if differs and row[4] != "done" and not switched:  # not final: it starts over
                    db.execute(_DROP.format(where="key = ?"), ("edited", item.key))
                    ikey = self._next_key(db, item.key, model, item.options)
                    db.execute(
                        "UPDATE items SET idempotency_key = ?, question_sha256 = ?, model = ?,"
                        " options_sha256 = ?, api = ?, state = 'pending', job_id = NULL"
                        " WHERE key = ?",
                        (ikey, question, model, options, item.api, item.key),
                    )
                elif differs:
                    conflict_total += 1
                    if len(conflicts) < max_named:
                        conflicts.append((item.key, item.line, differs))
            gone = "key NOT IN (SELECT key FROM temp.input_keys)"
            db.execute(_DROP.format(where=f"{gone} AND state != 'done'"), ("removed",))
            db.execute(f"DELETE FROM items WHERE {gone} AND state != 'done'")
            missing_total = db.execute(f"SELECT count(*) FROM items WHERE {gone}").fetchone()[0]
            missing = tuple(
                row[0]
                for row in db.execute(
                    f"SELECT key FROM items WHERE {gone} ORDER BY seq LIMIT ?", (max_named,)
                )
            )
            db.execute("DELETE FROM temp.input_keys")
            if conflict_total or missing_total:
                raise _mismatch(self._path, conflicts, conflict_total, missing, missing_total)
        return int(added)

    def _next_key(
        self, db: sqlite3.Connection, key: str, model: str, options: Mapping[str, Any]
    ) -> str:
        """The item's idempotency key: a version of it dropped before never lends its own."""
        revision = db.execute("SELECT count(*) FROM dropped WHERE key = ?", (key,))
        return idempotency_key(self._batch_id, key, model, options, revision.fetchone()[0])

    def get(self, key: str) -> ItemState | None:
        """The item's state, or None if the journal does not know it."""
        with self._guard:
            row = self._connection.execute(
                "SELECT key, state, idempotency_key, job_id, result FROM items WHERE key = ?",
                (key,),
            ).fetchone()
        return None if row is None else _state(row)

    def begin_submit(self, key: str, *, item: BatchItem | None = None) -> str:
        """Mark the item ``submitting`` (committed) and return its idempotency key: the same one
        every time, so a rerun's POST finds the job a crashed run may have made. With ``item``
        (INPUT's line, read now), JournalMismatchError, nothing recorded, unless it is the one
        registered: INPUT edited while the batch runs never sends a question under another's
        key."""
        with self._guard, _transaction(self._connection, sync=False) as db:
            state, ikey = self._state_of(db, key)
            if state not in ("pending", "submitting"):
                raise JournalError(f"item {key!r} is already {state}: it must not be submitted")
            if item is not None:
                row = db.execute(f"SELECT {_FINGERPRINT} FROM items WHERE key = ?", (key,))
                differs = _differences(
                    row.fetchone(),
                    _digest(item.question),
                    _model(item),
                    _digest(dict(item.options)),
                    item.api,
                )
                if differs:
                    raise JournalMismatchError(
                        f"INPUT changed while the batch ran: {shown_value(key)} (line {item.line})"
                        f" is now {differs}; nothing was sent for it. Rerun the command to take"
                        " the edit (the item starts over)",
                        conflicts=((key, item.line, differs),),
                        missing=(),
                    )
            db.execute("UPDATE items SET state = 'submitting' WHERE key = ?", (key,))
        return ikey

    def resubmit_unknown(self) -> int:
        """Make each UNKNOWN item pending again (its old version kept in ``dropped``), once per
        item ever: one that ends UNKNOWN again stays so. Returns how many."""
        once = "status = ? AND key NOT IN (SELECT key FROM dropped WHERE reason = ?)"
        with self._guard, _transaction(self._connection, sync=True) as db:
            rows = db.execute(
                f"SELECT key, model FROM items WHERE {once}", (UNKNOWN, _AGAIN)
            ).fetchall()
            for key, model in rows:
                db.execute(_DROP.format(where="key = ?"), (_AGAIN, key))
                # a fresh key: what matters is that it differs from every one sent before
                ikey = self._next_key(db, key, model, {})
                db.execute(
                    "UPDATE items SET state = 'pending', idempotency_key = ?, job_id = NULL,"
                    " done_seq = NULL, status = NULL, cost = NULL, result = NULL WHERE key = ?",
                    (ikey, key),
                )
        return len(rows)

    def unsubmit(self, key: str) -> None:
        """Put a ``submitting`` item back to ``pending`` (committed): its submit certainly made
        nothing (a 429, a refusal, a request never sent), so a rerun may send it, even for a
        create that is not idempotent. Lost to a power cut, the item ends UNKNOWN on rerun."""
        with self._guard, _transaction(self._connection, sync=False) as db:
            state, _ = self._state_of(db, key)
            if state != "submitting":
                raise JournalError(f"item {key!r} is {state}: it is not being submitted")
            db.execute("UPDATE items SET state = 'pending' WHERE key = ?", (key,))

    def cancelled(self) -> bool:
        """Whether ``record_cancel`` was called on this journal (by any process): read each
        time, so a batch running when ``--cancel`` is given stops submitting."""
        with self._guard:
            row = self._connection.execute("SELECT 1 FROM meta WHERE name = 'cancelled'")
            return row.fetchone() is not None

    def submitted(self, key: str, job_id: str) -> None:
        """Record the item's job id (committed): from now on it is polled, never POSTed."""
        if not isinstance(job_id, str) or not job_id:
            raise ValueError(f"job_id must be a non-empty str, got {job_id!r}")
        with self._guard, _transaction(self._connection, sync=True) as db:
            state, _ = self._state_of(db, key)
            known = db.execute("SELECT job_id FROM items WHERE key = ?", (key,)).fetchone()[0]
            if state == "submitted" and known == job_id:
                return  # recorded already (a rerun's POST returned the same job)
            if state != "submitting":
                had = f" (job {known!r})" if known else ""
                raise JournalError(f"item {key!r} is {state}{had}: cannot record job {job_id!r}")
            db.execute(
                "UPDATE items SET state = 'submitted', job_id = ? WHERE key = ?", (job_id, key)
            )

    def done(self, key: str, result: ItemResult) -> None:
        """Record the item's result (committed): a rerun writes it out and fetches nothing."""
        data = canonical_json(result.to_dict()).decode()
        with self._guard, _transaction(self._connection, sync=False) as db:
            state, _ = self._state_of(db, key)
            if state == "done":
                raise JournalError(f"item {key!r} is done already")
            done_seq = db.execute("SELECT coalesce(max(done_seq), 0) + 1 FROM items").fetchone()
            db.execute(
                "UPDATE items SET state = 'done', done_seq = ?, status = ?, cost = ?, result = ?,"
                " job_id = coalesce(?, job_id) WHERE key = ?",
                (done_seq[0], result.status, result.cost, data, result.job_id, key),
            )

    def results(self, *, page_size: int = 500) -> Iterator[tuple[str, ItemResult]]:
        """(key, result) of each done item in the order they were done, ``page_size`` rows read
        at a time: memory stays bounded whatever the batch size."""
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise ValueError(f"page_size must be an int >= 1, got {page_size!r}")
        return self._results(page_size)

    def _results(self, page_size: int) -> Iterator[tuple[str, ItemResult]]:
        after = 0
        while True:
            with self._guard:
                rows = self._connection.execute(
                    "SELECT done_seq, key, result FROM items WHERE done_seq > ?"
                    " ORDER BY done_seq LIMIT ?",
                    (after, page_size),
                ).fetchall()
            for done_seq, key, data in rows:
                after = done_seq
                yield key, _result(data)
            if len(rows) < page_size:
                return

    def summary(self, *, max_keys: int = 20) -> BatchSummary:
        """Where the batch stands (counts, cost, the first ``max_keys`` keys not done)."""
        with self._guard:
            return _summary(self._connection, self._batch_id, max_keys)

    def _state_of(self, db: sqlite3.Connection, key: str) -> tuple[State, str]:
        row = db.execute("SELECT state, idempotency_key FROM items WHERE key = ?", (key,))
        found = row.fetchone()
        if found is None:
            raise JournalError(f"item {key!r} is not in the journal {self._path}")
        return found[0], found[1]


@contextlib.contextmanager
def _unlocked(
    path: str | os.PathLike[str], *, readonly: bool
) -> Iterator[tuple[sqlite3.Connection, str]]:
    """A journal's connection and batch id, without the lock (another process may run it);
    JournalError if there is no journal there."""
    where = Path(path)
    if not where.is_file():
        raise JournalError(f"no journal at {where}")
    connection = _connect(where, readonly=readonly)
    try:
        yield connection, _batch_id(connection, where)
    finally:
        connection.close()


def read_summary(path: str | os.PathLike[str], *, max_keys: int = 20) -> BatchSummary:
    """Where the batch journaled at ``path`` stands, read-only and without the lock, so it works
    while the batch runs. JournalError if there is no journal there."""
    with _unlocked(path, readonly=True) as (connection, batch_id):
        return _summary(connection, batch_id, max_keys)


def record_cancel(path: str | os.PathLike[str]) -> None:
    """Mark the batch journaled at ``path`` cancelled (committed, fsync'd), without the lock
    (sqlite's own locking orders it with a running batch): from then on its pending items end
    CANCELLED, never submitted, in this run and every rerun."""
    with (
        _unlocked(path, readonly=False) as (connection, _),
        _transaction(connection, sync=True) as db,
    ):
        db.execute("INSERT OR IGNORE INTO meta (name, value) VALUES ('cancelled', '1')")


def read_in_flight(path: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """(key, job id) of each item of the batch journaled at ``path`` that is submitted and not
    done, read-only and without the lock (for ``--cancel`` while the batch runs). An id's API
    is told by its form (``resp_``: a run), as everywhere."""
    with _unlocked(path, readonly=True) as (connection, _):
        rows = connection.execute(
            "SELECT key, job_id FROM items WHERE state = 'submitted' ORDER BY seq"
        ).fetchall()
    return [(key, job_id) for key, job_id in rows]


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection, *, sync: bool) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, ROLLBACK on error. The commit reaches the OS either way (it
    survives the process); ``sync``: it is also fsync'd (with every commit before it)."""
    connection.execute(f"PRAGMA synchronous={'FULL' if sync else 'NORMAL'}")
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


_FINGERPRINT = "question_sha256, model, options_sha256, api"  # what an item's version is


def _model(item: BatchItem) -> str:
    """The model column: '' for a run that names none (the Agent API's default effort)."""
    return item.model or ""


def _differences(
    row: tuple[str, str, str, str], question: str, model: str, options: str, api: str
) -> str:
    was_question, was_model, was_options, was_api = row
    differs = []
    if was_api != api:
        differs.append(f"api {api!r} (the journal has {was_api!r})")
    if was_question != question:
        differs.append("another question")
    if was_model != model:
        differs.append(f"model {model!r} (the journal has {was_model!r})")
    if was_options != options:
        differs.append("other options")
    return ", ".join(differs)


def _mismatch(
    path: Path,
    conflicts: list[tuple[str, int, str]],
    conflict_total: int,
    missing: tuple[str, ...],
    missing_total: int,
) -> JournalMismatchError:
    parts = []
    if conflict_total:
        named = "; ".join(
            f"{shown_value(key)}{f' (line {line})' if line else ''}: {what}"
            for key, line, what in conflicts
        )
        more = (
            f"; and {conflict_total - len(conflicts)} more"
            if conflict_total > len(conflicts)
            else ""
        )
        parts.append(f"{conflict_total} item(s) differ from the journal: {named}{more}")
    if missing_total:
        named = ", ".join(shown_value(key) for key in missing)
        more = f", and {missing_total - len(missing)} more" if missing_total > len(missing) else ""
        parts.append(f"{missing_total} journaled item(s) are not in INPUT: {named}{more}")
    return JournalMismatchError(
        f"INPUT contradicts the journal {path} (nothing was sent): " + "; ".join(parts),
        conflicts=tuple(conflicts),
        missing=missing,
    )


def _result(data: str) -> ItemResult:
    return ItemResult.from_dict(json.loads(data))


def _state(row: tuple[str, State, str, str | None, str | None]) -> ItemState:
    key, state, ikey, job_id, data = row
    result = None if data is None else _result(data)
    return ItemState(key=key, state=state, idempotency_key=ikey, job_id=job_id, result=result)


def _summary(connection: sqlite3.Connection, batch_id: str, max_keys: int) -> BatchSummary:
    if isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 0:
        raise ValueError(f"max_keys must be an int >= 0, got {max_keys!r}")
    counts: dict[str, int] = {}
    rows = connection.execute(
        "SELECT CASE state WHEN 'done' THEN status ELSE state END, count(*) FROM items GROUP BY 1"
    )
    for name, count in rows:
        counts[name] = count
    total, done, cost = connection.execute(
        "SELECT count(*), count(done_seq), coalesce(sum(cost), 0.0) FROM items"
    ).fetchone()
    pending = connection.execute(
        "SELECT key FROM items WHERE state != 'done' ORDER BY seq LIMIT ?", (max_keys,)
    )
    highest = connection.execute("SELECT max(cost) FROM items").fetchone()[0]
    try:
        dropped = connection.execute("SELECT count(*) FROM dropped").fetchone()[0]
    except sqlite3.OperationalError:  # a journal of 0.2, read-only: no such table yet
        dropped = 0
    return BatchSummary(
        batch_id=batch_id,
        total=total,
        done=done,
        cost=float(cost),
        counts=counts,
        pending_keys=tuple(row[0] for row in pending),
        highest_cost=None if highest is None else float(highest),
        dropped=dropped,
    )


# Exported as perplexity_async.BatchSummary: tracebacks, reprs and pickle name it there.
BatchSummary.__module__ = "perplexity_async"
JournalError.__module__ = JournalLockedError.__module__ = "perplexity_async"
JournalMismatchError.__module__ = "perplexity_async"
