"""``perplexity-async batch``: exit codes, resume after SIGKILL and Ctrl-C, status, progress."""

from __future__ import annotations

import io
import json
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from perplexity_async._batch._progress import BatchView, format_seconds
from perplexity_async._batch._run import BatchProgress
from perplexity_async.testing import Fault, MockServer

from .conftest import API_KEY
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
    result = run_batch(server, input, out, "--api", "sonar")
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


# -- a batch always finishes (issue 17) ----------------------------------------------------------
def run_batch(server: MockServer, input: Path, out: Path, *more: str) -> CompletedProcess[str]:
    return cli(server, "batch", str(input), "--out", str(out), "--poll-interval", "0.05", *more)


def one_error_line(stderr: str) -> str:
    """The CLI's error: one line (no traceback), returned for the test to check."""
    assert "Traceback" not in stderr, stderr
    (line,) = [line for line in stderr.splitlines() if line.startswith("perplexity-async: error")]
    return line


def test_a_404_on_a_poll_ends_the_item_lost_and_exits_1(server: MockServer, tmp_path: Path) -> None:
    input, out = questions(tmp_path, 1), tmp_path / "out.jsonl"
    server.inject(Fault.stall(0), Fault.status(404))  # the submit, then its first poll
    result = run_batch(server, input, out)
    assert result.returncode == 1, result.stderr
    assert "batch 1/1 done (LOST 1)" in result.stderr and "did not complete (LOST)" in result.stderr
    (line,) = output(out)
    assert line["status"] == "LOST" and line["job_id"] == server.created_jobs[0]
    sent = len(server.requests)
    again = run_batch(server, input, out)
    assert again.returncode == 1 and len(server.requests) == sent  # final: nothing sent
    status = cli(server, "batch", str(input), "--out", str(out), "--status")
    assert status.stdout.startswith("batch 1/1 done (LOST 1)")


def test_max_cost_exits_5_with_the_resume_command_and_a_larger_budget_finishes(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 4), tmp_path / "out.jsonl"
    stopped = run_batch(server, input, out, "--max-cost", "0.007")
    assert stopped.returncode == 5, stopped.stderr
    assert "budget max_cost=$0.0070 is reached" in one_error_line(stopped.stderr)
    assert "cost $0.0060 of $0.0070 ($0.0010 left)" in stopped.stderr
    assert (
        shlex.join(
            [
                "perplexity-async",
                "batch",
                str(input),
                "--out",
                str(out),
                "--poll-interval",
                "0.05",
            ]
        )
        + " --max-cost <more than 0.007>"
        in stopped.stderr
    )
    assert "--max-cost 0.007" not in stopped.stderr  # pasted, it would only stop again
    assert len(server.created_jobs) == 1 and len(output(out)) == 1
    more = run_batch(server, input, out, "--max-cost", "1")
    assert more.returncode == 0, more.stderr
    assert len(server.created_jobs) == 4 and len(output(out)) == 4
    assert "cost $0.0240 of $1.0000 ($0.9760 left)" in more.stderr


def test_paths_that_would_destroy_a_file_exit_2_with_one_line_and_touch_nothing(
    server: MockServer, tmp_path: Path
) -> None:
    input = questions(tmp_path, 2)
    before = input.read_text()
    link = tmp_path / "answers.jsonl"
    link.symlink_to(input)
    same = run_batch(server, input, link)
    assert same.returncode == 2 and "is the same file as INPUT" in one_error_line(same.stderr)
    missing = run_batch(server, input, tmp_path / "nowhere" / "out.jsonl")
    assert missing.returncode == 2 and "does not exist" in one_error_line(missing.stderr)
    folder = run_batch(server, tmp_path, tmp_path / "out.jsonl")  # INPUT is a folder
    assert folder.returncode == 2 and "Is a directory" in one_error_line(folder.stderr)
    assert input.read_text() == before and server.requests == []
    assert not (tmp_path / "nowhere").exists() and not (tmp_path / "out.jsonl").exists()


def test_an_output_without_its_journal_exits_2_until_start_over(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    out.write_text('{"id": "earlier", "status": "COMPLETED"}\n')
    refused = run_batch(server, input, out)
    assert refused.returncode == 2 and "--start-over" in one_error_line(refused.stderr)
    assert out.read_text().startswith('{"id": "earlier"') and server.requests == []
    fresh = run_batch(server, input, out, "--start-over")
    assert fresh.returncode == 0, fresh.stderr
    assert len(output(out)) == 2


def test_json_lines_in_a_plain_text_input_exit_2_naming_the_lines(
    server: MockServer, tmp_path: Path
) -> None:
    input = tmp_path / "questions.txt"
    input.write_text('What is QUIC?\n{"question": "Why?"}\n{"id": "b", "question": "How?"}\n')
    result = run_batch(server, input, tmp_path / "out.jsonl")
    assert result.returncode == 2
    line = one_error_line(result.stderr)
    assert "line 2: a JSON object" in line and "line 3: a JSON object" in line
    assert ".jsonl" in line and server.requests == []


_FILE_LIMIT = (
    "import os, resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN);"
    "limit = int(sys.argv[1]); resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit));"
    "os.execv(sys.executable, [sys.executable, '-m', 'perplexity_async', *sys.argv[2:]])"
)


def test_a_disk_that_fills_up_mid_run_exits_4_with_one_line_and_a_rerun_finishes(
    server: MockServer, tmp_path: Path
) -> None:
    """A file size limit (RLIMIT_FSIZE) stands in for a full disk: answers of 400 kB, files
    capped at 1 MB, so the first answer fits and a later one does not."""
    server.script_created_jobs(answer="x" * 400_000)
    input, out = questions(tmp_path, 4), tmp_path / "out.jsonl"
    # Sonar jobs: their idempotency keys let the rerun resend a submit the full disk cut off
    # (a run's would end UNKNOWN: test_batch_agent.py)
    args = ["batch", str(input), "--out", str(out), "--poll-interval", "0.05", "--api", "sonar"]
    env = {**os.environ, "PERPLEXITY_API_KEY": API_KEY, "PERPLEXITY_BASE_URL": server.base_url}
    full = subprocess.run(
        [sys.executable, "-c", _FILE_LIMIT, str(1_000_000), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert full.returncode == 4, full.stderr
    assert "disk is full" in one_error_line(full.stderr) and "resume with" in full.stderr
    again = cli(server, *args)
    assert again.returncode == 0, again.stderr
    assert len(output(out)) == 4 and len(server.created_jobs) == 4  # each item paid once


def test_cancel_names_sonar_jobs_in_flight_which_have_no_cancel(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 1), tmp_path / "out.jsonl"
    server.script_created_jobs(polls_before_done=1_000_000)
    late = run_batch(server, input, out, "--timeout", "2", "--api", "sonar")
    assert late.returncode == 3, late.stderr
    sent = len(server.requests)
    cancel = cli(server, "batch", str(input), "--out", str(out), "--cancel")
    assert cancel.returncode == 2 and server.created_jobs[0] in one_error_line(cancel.stderr)
    assert "no cancel" in cancel.stderr and len(server.requests) == sent
    server.add_job(server.created_jobs[0], answer="done")
    assert run_batch(server, input, out, "--api", "sonar").returncode == 0
    nothing = cli(server, "batch", str(input), "--out", str(out), "--cancel")
    assert nothing.returncode == 0 and "nothing in flight" in nothing.stdout
