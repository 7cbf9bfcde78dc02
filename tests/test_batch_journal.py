"""The batch journal: real sqlite files, real second processes, real SIGKILLs."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import perplexity_async as pa
from perplexity_async._batch._input import BatchItem, read_batch_input
from perplexity_async._batch._journal import (
    REJECTED,
    ItemResult,
    Journal,
    JournalError,
    JournalLockedError,
    JournalMismatchError,
    SqliteJournal,
    default_journal_path,
    idempotency_key,
    read_summary,
)
from perplexity_async._errors import PerplexityAsyncError
from perplexity_async.testing import Fault, MockServer, completed_job_body, job_body
from tests.conftest import API_KEY

ITEMS = [
    BatchItem(key="a", question="Profile ACME", model="sonar-pro", line=1),
    BatchItem(key="b", question="Survey caching", model="sonar", options={"n": 1}, line=2),
    BatchItem(key="c", question="Why poll?", model="sonar", line=3),
]
DONE = ItemResult(job_id="job-a", status="COMPLETED", text="ok", citations=("u",), cost=0.25)


def finish(journal: SqliteJournal, *keys: str) -> None:
    """Give the items a final status (what makes them final: they cannot change any more)."""
    for key in keys:
        journal.begin_submit(key)
        journal.done(key, ItemResult.rejected("422"))


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    with SqliteJournal.open(tmp_path / "batch.journal") as opened:
        yield opened


def start(script: str, *args: str) -> subprocess.Popen[str]:
    """A second Python process running ``script`` (it can import the SDK)."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    for stream in (process.stdin, process.stdout, process.stderr):
        assert stream is not None
        stream.close()


HOLDER = """
    import sys
    from perplexity_async._batch._journal import SqliteJournal
    journal = SqliteJournal.open(sys.argv[1])
    print(journal.batch_id, flush=True)
    sys.stdin.read()  # holds the journal until killed
"""


def test_an_item_goes_pending_submitting_submitted_done(journal: SqliteJournal) -> None:
    assert isinstance(journal, Journal)  # the embedded store serves the interface
    assert journal.register(ITEMS) == 3
    assert journal.register(iter(ITEMS)) == 0  # a rerun adds nothing
    state = journal.get("a")
    assert state is not None and (state.state, state.job_id, state.result) == (
        "pending",
        None,
        None,
    )
    key = journal.begin_submit("a")
    assert key == state.idempotency_key
    assert journal.begin_submit("a") == key  # again after a crash: the same key
    journal.submitted("a", "job-a")
    journal.submitted("a", "job-a")  # a rerun's POST returned the same job: fine
    journal.done("a", DONE)
    journal.done("b", ItemResult.rejected("bad option n"))
    done = journal.get("a")
    assert done is not None and (done.state, done.job_id, done.result) == ("done", "job-a", DONE)
    summary = journal.summary()
    assert summary.counts == {"COMPLETED": 1, REJECTED: 1, "pending": 1}
    assert (summary.total, summary.done, summary.cost, summary.finished) == (3, 2, 0.25, False)
    assert summary.pending_keys == ("c",)
    assert summary.batch_id == journal.batch_id
    assert read_summary(journal.path) == summary  # read-only, while the journal is held
    assert journal.get("nope") is None


def test_misuses_of_the_states_are_refused(journal: SqliteJournal) -> None:
    journal.register(ITEMS)
    with pytest.raises(JournalError, match="'a' is pending: cannot record job 'j'"):
        journal.submitted("a", "j")
    journal.begin_submit("a")
    journal.submitted("a", "j")
    with pytest.raises(JournalError, match="already submitted: it must not be submitted"):
        journal.begin_submit("a")
    with pytest.raises(JournalError, match="cannot record job 'other'"):
        journal.submitted("a", "other")  # a second job for one item would be paid twice
    journal.done("a", DONE)
    with pytest.raises(JournalError, match="done already"):
        journal.done("a", DONE)
    with pytest.raises(JournalError, match="'zz' is not in the journal"):
        journal.begin_submit("zz")
    with pytest.raises(ValueError, match="job_id"):
        journal.submitted("b", "")
    with pytest.raises(ValueError, match="cost must be finite"):
        ItemResult(job_id=None, status="FAILED", cost=float("nan"))


def test_idempotency_keys_survive_reopening_and_differ_between_batches(tmp_path: Path) -> None:
    with SqliteJournal.open(tmp_path / "one.journal") as first:
        first.register(ITEMS)
        keys = {item.key: first.begin_submit(item.key) for item in ITEMS}
        batch_id = first.batch_id
    assert len(set(keys.values())) == 3
    assert keys["b"] == idempotency_key(batch_id, "b", "sonar", {"n": 1})
    with SqliteJournal.open(tmp_path / "one.journal") as again:
        assert again.batch_id == batch_id
        assert again.register(ITEMS) == 0
        assert {item.key: again.begin_submit(item.key) for item in ITEMS} == keys
    with SqliteJournal.open(tmp_path / "two.journal") as other:
        other.register(ITEMS)
        assert other.batch_id != batch_id
        assert not {other.begin_submit(item.key) for item in ITEMS} & set(keys.values())
    # The key depends on each part.
    base = idempotency_key("B", "k", "m", {})
    assert len({base, *(idempotency_key(*p) for p in _variants())}) == 5


def _variants() -> list[tuple[str, str, str, dict[str, int]]]:
    return [
        ("C", "k", "m", {}),
        ("B", "l", "m", {}),
        ("B", "k", "n", {}),
        ("B", "k", "m", {"x": 1}),
    ]


def test_contradicting_input_is_refused_naming_the_items_and_recording_nothing(
    journal: SqliteJournal,
) -> None:
    journal.register(ITEMS)
    finish(journal, "a", "b", "c")
    rerun = [
        BatchItem(key="a", question="Profile ACME Inc", model="sonar-pro", line=4),
        BatchItem(key="b", question="Survey caching", model="sonar-pro", options={"n": 2}, line=7),
        BatchItem(key="new", question="A new one", model="sonar", line=9),
    ]
    with pytest.raises(JournalMismatchError) as caught:
        journal.register(rerun)
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, PerplexityAsyncError)
    assert error.conflicts == (
        ("a", 4, "another question"),
        ("b", 7, "model 'sonar-pro' (the journal has 'sonar'), other options"),
    )
    assert error.missing == ("c",)
    message = str(error)
    assert "(nothing was sent)" in message
    assert "'a' (line 4): another question" in message
    assert "1 journaled item(s) are not in INPUT: 'c'" in message
    assert journal.get("new") is None  # the transaction was rolled back
    assert journal.summary().total == 3
    # Adding items to a batch is not a contradiction.
    assert journal.register([*ITEMS, BatchItem(key="new", question="A new one", model="s")]) == 1


def test_a_mismatch_message_names_a_bounded_number_of_items(journal: SqliteJournal) -> None:
    many = [BatchItem(key=f"k{n}", question=f"q{n}", model="m", line=n) for n in range(1, 501)]
    journal.register(many)
    finish(journal, *(item.key for item in many))
    changed = [BatchItem(key=i.key, question="other", model="m", line=i.line) for i in many[:300]]
    with pytest.raises(JournalMismatchError) as caught:
        journal.register(changed, max_named=5)
    error = caught.value
    assert len(error.conflicts) == 5 and len(error.missing) == 5
    assert "; and 295 more" in str(error) and ", and 195 more" in str(error)
    assert len(str(error)) < 1000
    long = [BatchItem(key="k" * 5000 + str(n), question="q", model="m") for n in range(20)]
    with SqliteJournal.open(journal.path.with_name("long")) as other:
        other.register(long)
        finish(other, *(item.key for item in long))
        with pytest.raises(JournalMismatchError) as caught:
            other.register([])  # every item missing: each key named, clipped
    assert len(caught.value.missing) == 20 and len(str(caught.value)) < 2500


def test_a_rerun_under_another_default_model_is_a_contradiction(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_text("Why poll?\nWhat is RFC 9110?\n", encoding="utf-8")
    with SqliteJournal.open(tmp_path / "j") as journal:
        items = read_batch_input(path, api="sonar", model="sonar")
        journal.register(items)
        finish(journal, *(item.key for item in items))
        with pytest.raises(JournalMismatchError, match=r"\(line 2\): model 'sonar-pro'"):
            journal.register(read_batch_input(path, api="sonar", model="sonar-pro"))
        # a 0.2 batch (Sonar jobs) resumed under 0.3's default API: named, nothing recorded
        with pytest.raises(JournalMismatchError, match=r"\(line 1\): api 'agent' \(the journal"):
            journal.register(read_batch_input(path))


def test_a_second_process_is_refused_until_the_first_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "batch.journal"
    holder = start(HOLDER, str(path))
    try:
        assert holder.stdout is not None
        batch_id = holder.stdout.readline().strip()  # the event: it holds the journal
        assert len(batch_id) == 32, holder.stderr.read() if holder.stderr else ""
        with pytest.raises(JournalLockedError) as caught:
            SqliteJournal.open(path)
        assert caught.value.path == str(path)
        assert f"in use by another process (pid {holder.pid})" in str(caught.value)
        assert read_summary(path).batch_id == batch_id  # status works meanwhile
    finally:
        kill(holder)
    with SqliteJournal.open(path) as journal:  # the OS released the lock with the process
        assert journal.batch_id == batch_id


def test_a_second_process_is_refused_while_this_one_holds_it(journal: SqliteJournal) -> None:
    second = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(HOLDER), str(journal.path)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert second.returncode == 1 and second.stdout == ""
    assert "JournalLockedError" in second.stderr and f"(pid {os.getpid()})" in second.stderr
    with pytest.raises(JournalLockedError):  # a second open in this process too
        SqliteJournal.open(journal.path)
    journal.close()
    journal.close()  # idempotent
    SqliteJournal.open(journal.path).close()


def test_kill_9_between_the_submit_and_its_response_makes_no_second_job(tmp_path: Path) -> None:
    path = tmp_path / "batch.journal"
    submitter = """
        import sys
        import perplexity_async as pa
        from perplexity_async._batch._input import BatchItem
        from perplexity_async._batch._journal import SqliteJournal
        journal = SqliteJournal.open(sys.argv[1])
        journal.register([BatchItem(key="a", question="Profile ACME", model="sonar")])
        key = journal.begin_submit("a")
        client = pa.Client(api_key=sys.argv[2], base_url=sys.argv[3], max_retries=0)
        try:
            client.sonar.create("Profile ACME", model="sonar", idempotency_key=key)
        except pa.APIConnectionError:
            print("the job was made; its response was lost", flush=True)
        sys.stdin.read()  # killed here, before journal.submitted()
    """
    with MockServer(api_key=API_KEY) as server:
        server.inject(Fault.lose_response())
        process = start(submitter, str(path), API_KEY, server.base_url)
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert "response was lost" in line, process.stderr.read() if process.stderr else ""
        finally:
            kill(process)
        assert len(server.created_jobs) == 1
        with (
            SqliteJournal.open(path) as journal,
            pa.Client(api_key=API_KEY, base_url=server.base_url) as client,
        ):
            assert (
                journal.register([BatchItem(key="a", question="Profile ACME", model="sonar")]) == 0
            )
            state = journal.get("a")
            assert state is not None and state.state == "submitting"
            job = client.sonar.create(
                "Profile ACME", model="sonar", idempotency_key=journal.begin_submit("a")
            )
            journal.submitted("a", job.id)
        assert server.created_jobs == [job.id]  # the same job: paid once


def test_results_stream_in_the_order_they_were_done(journal: SqliteJournal) -> None:
    items = [BatchItem(key=f"k{n}", question=f"q{n}", model="m") for n in range(7)]
    journal.register(items)
    for n in (3, 0, 6, 1, 5):
        journal.begin_submit(f"k{n}")
        journal.done(f"k{n}", ItemResult(job_id=f"j{n}", status="COMPLETED", cost=0.5))
    results = journal.results(page_size=2)
    assert isinstance(results, Iterator) and not isinstance(results, list | tuple)
    assert next(results)[0] == "k3"
    journal.done("k2", ItemResult(job_id=None, status="FAILED", error="boom"))  # meanwhile
    rest = list(results)
    assert [key for key, _ in rest] == ["k0", "k6", "k1", "k5", "k2"]
    assert rest[-1][1] == ItemResult(job_id=None, status="FAILED", error="boom")
    assert journal.summary(max_keys=1).pending_keys == ("k4",)
    assert journal.summary().cost == 2.5
    with pytest.raises(ValueError, match="page_size"):
        journal.results(page_size=0)
    with pytest.raises(ValueError, match="max_keys"):
        journal.summary(max_keys=-1)


def test_the_file_is_wal_and_what_guards_money_is_synced(journal: SqliteJournal) -> None:
    def synchronous() -> int:
        return int(journal._connection.execute("PRAGMA synchronous").fetchone()[0])

    FULL, NORMAL = 2, 1
    journal.register(ITEMS)
    assert synchronous() == FULL  # the idempotency keys: lost, a rerun would pay twice
    other = sqlite3.connect(journal.path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        # Committed, hence visible to another connection, as soon as the method returns.
        journal.begin_submit("a")
        assert synchronous() == NORMAL  # lost, the item is POSTed again with the same key
        assert other.execute("SELECT state FROM items WHERE key = 'a'").fetchone() == (
            "submitting",
        )
        journal.submitted("a", "job-a")
        assert synchronous() == FULL  # the job id: lost, a rerun would rely on the server
        journal.done("a", DONE)
        assert synchronous() == NORMAL  # lost, a rerun fetches the job again
        assert other.execute("SELECT status FROM items WHERE key = 'a'").fetchone() == (
            "COMPLETED",
        )
    finally:
        other.close()


def test_what_is_not_a_journal_is_refused_clearly(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(JournalError, match="is not a journal"):
        SqliteJournal.open(garbage)
    SqliteJournal.open(garbage.with_name("fresh")).close()  # the failed open released its lock
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema', '99')")
    with pytest.raises(JournalError, match="not a journal of this version"):
        SqliteJournal.open(foreign)
    with pytest.raises(JournalError, match="no journal at"):
        read_summary(tmp_path / "missing")
    with pytest.raises(JournalError, match="is not a journal"):
        read_summary(garbage)


def test_item_results_come_from_jobs_and_round_trip() -> None:
    body = completed_job_body("req-1", answer="The answer", citations=["https://a.example"])
    result = ItemResult.from_job(pa.Job.from_dict(body))
    assert result == ItemResult(
        job_id="req-1",
        status="COMPLETED",
        text="The answer",
        citations=("https://a.example",),
        cost=0.006,
    )
    failed = {**job_body("req-2", status="FAILED"), "error_message": "out of budget"}
    assert ItemResult.from_job(pa.Job.from_dict(failed)) == ItemResult(
        job_id="req-2", status="FAILED", error="out of budget"
    )
    assert ItemResult.from_dict(result.to_dict()) == result
    assert result.line("acme") == {
        "id": "acme",
        "job_id": "req-1",
        "status": "COMPLETED",
        "text": "The answer",
        "citations": ["https://a.example"],
        "cost": 0.006,
        "error": None,
    }


def test_the_default_journal_sits_beside_the_output(tmp_path: Path) -> None:
    assert default_journal_path(tmp_path / "out.jsonl") == tmp_path / "out.jsonl.journal"


def test_an_item_not_final_may_be_edited_or_removed_and_the_journal_keeps_what_was_dropped(
    journal: SqliteJournal,
) -> None:
    journal.register(ITEMS)
    old_a = journal.begin_submit("a")  # a POST may have made a job under this key
    journal.begin_submit("c")
    journal.submitted("c", "job-c")  # a job runs for c
    finish(journal, "b")
    edited = BatchItem(key="a", question="Profile ACME Inc", model="sonar-pro", line=1)
    assert journal.register([edited, ITEMS[1]]) == 0  # a edited, c removed, b final and kept
    state = journal.get("a")
    assert state is not None and state.state == "pending" and state.job_id is None
    assert state.idempotency_key != old_a  # never the old question's job
    assert journal.get("c") is None
    summary = journal.summary()
    assert summary.total == 2 and summary.dropped == 2
    dropped = sqlite3.connect(journal.path).execute(
        "SELECT key, state, job_id, reason, idempotency_key FROM dropped ORDER BY id"
    )
    assert [row[:4] for row in dropped] == [
        ("a", "submitting", None, "edited"),
        ("c", "submitted", "job-c", "removed"),
    ]
    # restored, c starts over under a key its dropped version never used
    journal.register([edited, ITEMS[1], ITEMS[2]])
    restored = journal.get("c")
    assert restored is not None and restored.state == "pending"
    assert restored.idempotency_key != idempotency_key(journal.batch_id, "c", "sonar", {})


def test_an_edit_seen_at_submit_time_sends_nothing(journal: SqliteJournal) -> None:
    journal.register(ITEMS)
    edited = BatchItem(key="a", question="Profile ACME Inc", model="sonar-pro", line=1)
    with pytest.raises(JournalMismatchError, match=r"INPUT changed while the batch ran: 'a'"):
        journal.begin_submit("a", item=edited)
    state = journal.get("a")
    assert state is not None and state.state == "pending"
    assert journal.begin_submit("a", item=ITEMS[0]) == state.idempotency_key


def test_unknown_items_are_resubmitted_once_when_asked(journal: SqliteJournal) -> None:
    journal.register(ITEMS)
    journal.begin_submit("a")
    journal.done("a", ItemResult.unknown("connection reset after the request was sent"))
    first = journal.get("a")
    assert first is not None and first.state == "done"
    assert journal.resubmit_unknown() == 1
    again = journal.get("a")
    assert again is not None and again.state == "pending"
    assert again.idempotency_key != first.idempotency_key
    assert list(journal.results()) == []  # its UNKNOWN line is gone from OUTPUT's source
    journal.begin_submit("a")
    journal.done("a", ItemResult.unknown("again"))
    assert journal.resubmit_unknown() == 0  # exactly once more, never twice
    final = journal.get("a")
    assert final is not None and final.result is not None and final.result.status == "UNKNOWN"


def test_only_a_pending_item_may_change_api(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_text("Why poll?\nWhat is RFC 9110?\n", encoding="utf-8")
    with SqliteJournal.open(tmp_path / "j") as journal:
        first, second = read_batch_input(path, api="sonar")
        journal.register([first, second])
        journal.begin_submit(first.key)
        journal.submitted(first.key, "job-1")  # a Sonar job runs for it
        with pytest.raises(JournalMismatchError, match=r"\(line 1\): api 'agent'") as caught:
            journal.register(read_batch_input(path))
        assert [key for key, _, _ in caught.value.conflicts] == [first.key]  # not the pending
        state = journal.get(first.key)
        assert state is not None and (state.state, state.job_id) == ("submitted", "job-1")
        moved = BatchItem(key=second.key, question=second.question, model=None, line=2)
        journal.register([first, moved])  # the default api: "agent"
        assert journal.summary().dropped == 1  # the pending one went over to the Agent API
