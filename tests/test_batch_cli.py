"""``perplexity-async batch``: exit codes, resume after SIGKILL and Ctrl-C, status, progress."""

from __future__ import annotations

import io
import json
import shlex
import signal
from pathlib import Path

import pytest

from perplexity_async._batch._progress import BatchView, format_seconds
from perplexity_async._batch._run import BatchProgress
from perplexity_async.testing import MockServer

from .helpers import cli, start_cli, stop


def questions(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "questions.txt"
    path.write_text("".join(f"Question number {i}?\n" for i in range(n)))
    return path


def output(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_a_batch_killed_with_sigkill_midway_and_rerun_makes_one_job_and_one_line_per_item(
    server: MockServer, tmp_path: Path
) -> None:
    """Submits one every 0.5 s, each job done 0.3 s after its first poll: killed once three
    items are done, some are done, some running and some not submitted yet (the kill would have
    to come 4 s late for all twelve to be submitted: slack for a loaded machine)."""
    server.script_created_jobs(seconds_before_done=0.3)
    input, out = questions(tmp_path, 12), tmp_path / "out.jsonl"
    args = [str(input), "--out", str(out), "--poll-interval", "0.05", "--submit-rate", "120"]
    proc = start_cli(server, "batch", *args)
    assert proc.stderr is not None
    for line in proc.stderr:  # the progress lines: one per change
        if line.startswith("batch: 3/12 done"):
            break
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=20)
    assert proc.returncode == -signal.SIGKILL
    midway = len(output(out))
    assert 3 <= midway < 12 and len(server.created_jobs) < 12  # it really stopped midway
    again = cli(server, "batch", *args)
    assert again.returncode == 0, again.stderr
    lines = output(out)
    assert len(lines) == 12 and len({line["id"] for line in lines}) == 12
    assert {line["status"] for line in lines} == {"COMPLETED"}
    assert len(server.created_jobs) == 12  # one job per item: nothing was submitted twice
    assert {line["job_id"] for line in lines} == set(server.created_jobs)
    assert "batch 12/12 done (COMPLETED 12)" in again.stderr


def test_failed_items_exit_1_and_a_finished_batch_rerun_does_nothing_and_exits_the_same(
    server: MockServer, tmp_path: Path
) -> None:
    server.script_created_jobs(fail="model overloaded")
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    first = cli(server, "batch", str(input), "--out", str(out), "--poll-interval", "0.05")
    assert first.returncode == 1, first.stderr
    assert "FAILED 2" in first.stderr
    assert [line["error"] for line in output(out)] == ["model overloaded"] * 2
    sent = len(server.requests)
    again = cli(server, "batch", str(input), "--out", str(out), "--poll-interval", "0.05")
    assert again.returncode == 1 and len(server.requests) == sent
    status = cli(server, "batch", str(input), "--out", str(out), "--status")
    assert status.returncode == 0 and len(server.requests) == sent
    assert status.stdout.startswith("batch 2/2 done (FAILED 2); cost $0.0000\njournal: ")


def test_bad_input_exits_2_naming_the_lines_before_any_request(
    server: MockServer, tmp_path: Path
) -> None:
    input = tmp_path / "q.jsonl"
    input.write_text('{"id": "a", "question": "x"}\n{"id": "a", "question": "y"}\nnot json\n')
    result = cli(server, "batch", str(input), "--out", str(tmp_path / "o.jsonl"))
    assert result.returncode == 2
    assert "line 2: duplicate id 'a' (first on line 1)" in result.stderr
    assert "line 3: bad JSON" in result.stderr
    assert server.requests == []


def test_the_deadline_exits_3_and_an_api_error_exits_4_each_saying_how_to_resume(
    server: MockServer, tmp_path: Path
) -> None:
    server.script_created_jobs(polls_before_done=1_000_000)
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    args = ["batch", str(input), "--out", str(out), "--poll-interval", "0.05"]
    # 3 s: time for both submits to land even on a loaded machine, then the deadline
    late = cli(server, *args, "--timeout", "3")
    assert late.returncode == 3, late.stderr
    assert "deadline reached" in late.stderr and "batch 0/2 done (submitted 2)" in late.stderr
    assert shlex.join(["perplexity-async", *args, "--timeout", "3"]) in late.stderr
    refused = cli(server, *args, env={"PERPLEXITY_API_KEY": "pplx-wrong-0000000000"})
    assert refused.returncode == 4 and "401" in refused.stderr
    assert "resume with:" in refused.stderr
    assert "pplx-wrong" not in refused.stderr


def test_ctrl_c_exits_130_printing_the_command_that_resumes(
    server: MockServer, tmp_path: Path
) -> None:
    server.script_created_jobs(polls_before_done=1_000_000)
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    args = ["batch", str(input), "--out", str(out), "--poll-interval", "0.05"]
    proc = start_cli(server, *args)
    assert proc.stderr is not None
    for line in proc.stderr:  # the progress line once both jobs are journaled
        if "submitted 2" in line:
            break
    _, err = stop(proc, signal.SIGINT)
    assert proc.returncode == 130
    assert err.rstrip().splitlines()[-1].strip() == shlex.join(["perplexity-async", *args])
    # the journal's lock died with it: the status reads, and a rerun would start at once
    status = cli(server, "batch", str(input), "--out", str(out), "--status")
    assert "batch 0/2 done (submitted 2)" in status.stdout


def test_status_without_a_journal_exits_2(server: MockServer, tmp_path: Path) -> None:
    result = cli(server, "batch", "q.txt", "--out", str(tmp_path / "none.jsonl"), "--status")
    assert result.returncode == 2 and "no journal at" in result.stderr


def progress(done: int, total: int = 10, elapsed: float = 30.0) -> BatchProgress:
    counts = {"COMPLETED": done, "pending": total - done} if done < total else {"COMPLETED": done}
    return BatchProgress(
        total=total, done=done, counts=counts, cost=0.006 * done, elapsed=elapsed, done_now=done
    )


def test_on_a_terminal_the_bar_shows_done_counts_elapsed_eta_and_cost() -> None:
    stream = io.StringIO()
    with BatchView(stream, tty=True) as view:
        view.update(progress(4))
    drawn = stream.getvalue().split("\r\x1b[2K")[-1]
    assert drawn.startswith("[" + "#" * 9 + "." * 15 + "] 4/10 done")
    assert "COMPLETED 4, pending 6" in drawn and "0:30 elapsed" in drawn
    assert "ETA 0:45" in drawn and "$0.0240" in drawn and drawn.endswith("\n")


def test_off_a_terminal_a_line_per_change_only() -> None:
    stream = io.StringIO()
    with BatchView(stream, tty=False) as view:
        for update in (progress(1), progress(1, elapsed=31), progress(2)):
            view.update(update)
    assert [line.split("  ")[0] for line in stream.getvalue().splitlines()] == [
        "batch: 1/10 done",
        "batch: 2/10 done",
    ]


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (75, "1:15"), (3725, "1:02:05")])
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_jsonl_ids_models_and_options_reach_the_request_and_the_output(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = tmp_path / "q.jsonl", tmp_path / "out.jsonl"
    input.write_text(
        '{"id": "acme", "question": "Profile ACME", "model": "sonar-pro",'
        ' "options": {"search_mode": "academic"}}\n'
        '{"question": "Profile Initech"}\n'
    )
    result = cli(server, "batch", str(input), "--out", str(out), "--poll-interval", "0.05")
    assert result.returncode == 0, result.stderr
    lines = {line["id"]: line for line in output(out)}
    assert "acme" in lines and len(lines) == 2
    bodies = {
        json.loads(r.body)["request"]["messages"][-1]["content"]: json.loads(r.body)
        for r in server.requests
        if r.method == "POST"
    }
    acme = bodies["Profile ACME"]["request"]
    assert acme["model"] == "sonar-pro" and acme["search_mode"] == "academic"
    assert bodies["Profile Initech"]["request"]["model"] == "sonar-deep-research"


def test_input_contradicting_the_journal_or_a_second_process_exit_2_before_any_request(
    server: MockServer, tmp_path: Path
) -> None:
    from perplexity_async._batch._journal import SqliteJournal

    input, out = tmp_path / "q.jsonl", tmp_path / "out.jsonl"
    input.write_text('{"id": "a", "question": "first wording"}\n')
    first = cli(server, "batch", str(input), "--out", str(out), "--poll-interval", "0.05")
    assert first.returncode == 0, first.stderr
    sent = len(server.requests)
    input.write_text('{"id": "a", "question": "another wording"}\n')
    changed = cli(server, "batch", str(input), "--out", str(out))
    assert changed.returncode == 2 and "'a' (line 1): another question" in changed.stderr
    with SqliteJournal.open(tmp_path / "out.jsonl.journal"):  # another process holds it
        held = cli(server, "batch", str(input), "--out", str(out))
    assert held.returncode == 2 and "in use by another process" in held.stderr
    assert len(server.requests) == sent
