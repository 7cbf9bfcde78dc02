"""OUTPUT.jsonl: one line per done item, rebuilt from the journal so a torn line never survives."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from perplexity_async._batch._input import BatchItem
from perplexity_async._batch._journal import ItemResult, SqliteJournal
from perplexity_async._batch._output import format_line, open_output, rewrite_output

FIELDS = ["id", "job_id", "status", "text", "citations", "cost", "error"]


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def done_journal(path: Path, count: int) -> SqliteJournal:
    journal = SqliteJournal.open(path)
    journal.register(BatchItem(key=f"k{n}", question=f"q{n}", model="m") for n in range(count))
    for n in range(count):
        journal.begin_submit(f"k{n}")
        journal.submitted(f"k{n}", f"job-{n}")
        journal.done(f"k{n}", ItemResult(job_id=f"job-{n}", status="COMPLETED", text=f"é {n}"))
    return journal


def test_a_line_has_exactly_the_output_fields() -> None:
    result = ItemResult(job_id="j", status="FAILED", citations=("u",), cost=0.5, error="boom")
    line = format_line("ünï", result)
    assert line.endswith("\n") and line.count("\n") == 1 and "ünï" in line  # UTF-8, unescaped
    data = json.loads(line)
    assert list(data) == FIELDS
    assert data == {
        "id": "ünï",
        "job_id": "j",
        "status": "FAILED",
        "text": None,
        "citations": ["u"],
        "cost": 0.5,
        "error": "boom",
    }
    # A text with newlines stays on one line.
    assert (
        format_line("k", ItemResult(job_id="j", status="COMPLETED", text="a\nb")).count("\n") == 1
    )


def test_resuming_rewrites_output_from_the_journal_dropping_a_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with done_journal(tmp_path / "j", 3) as journal:
        good = "".join(format_line(key, result) for key, result in journal.results())
        out.write_text(good[: good.rindex("{") + 25], encoding="utf-8")  # the last line torn
        with open_output(out, journal.results()) as output:
            assert [line["id"] for line in lines(out)] == ["k0", "k1", "k2"]
            assert out.read_text(encoding="utf-8") == good
            output.write("k9", ItemResult(job_id="job-9", status="COMPLETED"))
            # Flushed per line: another reader sees it at once.
            assert lines(out)[-1]["id"] == "k9"
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_a_batch_killed_while_writing_leaves_nothing_torn_after_a_resume(tmp_path: Path) -> None:
    """A real SIGKILL mid-line: the writer process dies with half a line on disk."""
    out, journal_path = tmp_path / "out.jsonl", tmp_path / "j"
    done_journal(journal_path, 2).close()
    writer = """
        import sys
        from perplexity_async._batch._output import open_output
        from perplexity_async._batch._journal import SqliteJournal
        journal = SqliteJournal.open(sys.argv[1])
        output = open_output(sys.argv[2], journal.results())
        output._file.write('{"id": "k2", "job_id": "job-2", "sta')  # what a kill tears
        output._file.flush()
        print("torn", flush=True)
        sys.stdin.read()
    """
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(writer), str(journal_path), str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        assert process.stdout.readline() == "torn\n"
        assert out.read_text(encoding="utf-8").endswith('"sta')
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
        process.stdin.close()
    with SqliteJournal.open(journal_path) as journal, open_output(out, journal.results()):
        assert [line["id"] for line in lines(out)] == ["k0", "k1"]


def test_a_failed_rewrite_keeps_the_old_output_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")

    def broken() -> Iterator[tuple[str, ItemResult]]:
        yield "k", ItemResult(job_id="j", status="COMPLETED")
        raise RuntimeError("the journal went away")

    with pytest.raises(RuntimeError, match="went away"):
        rewrite_output(out, broken())
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_rewrite_keeps_permissions_and_sweeps_stale_temporaries(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    os.chmod(out, 0o640)
    stale = tmp_path / ".out.jsonl.0123456789abcdef.tmp"  # a rewrite killed midway left it
    unrelated = tmp_path / ".out.jsonl.notours.tmp"
    stale.write_text("x", encoding="utf-8")
    unrelated.write_text("x", encoding="utf-8")
    assert rewrite_output(out, iter([("k", ItemResult(job_id="j", status="COMPLETED"))])) == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert not stale.exists() and unrelated.exists()
    fresh = tmp_path / "new.jsonl"
    assert rewrite_output(fresh, []) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    assert fresh.read_bytes() == b""


def test_results_stream_into_the_rewrite(tmp_path: Path) -> None:
    """The rewrite consumes an iterator: the journal's results are never a list."""
    with done_journal(tmp_path / "j", 5) as journal:
        results = journal.results(page_size=2)
        assert isinstance(results, Iterator) and not isinstance(results, list | tuple)
        assert rewrite_output(tmp_path / "out.jsonl", results) == 5
        assert next(results, None) is None  # consumed by the rewrite, one at a time
    assert [line["text"] for line in lines(tmp_path / "out.jsonl")] == [f"é {n}" for n in range(5)]
