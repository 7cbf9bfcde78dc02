"""``batch(..., batch_api=True)`` and ``batch --batch-api``: items as Agent API runs through the
Batch API (upload, create, poll, download), resumable, against the embedded server."""

from __future__ import annotations

import itertools
import json
import signal
from pathlib import Path
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async._batch_api import _engine
from perplexity_async._batch_api._lines import MAX_FILE_BYTES, MAX_FILE_LINES
from perplexity_async.testing import Fault, MockServer

from .contract.helpers import KINDS
from .helpers import cli, start_cli
from .test_batch_run import batch as _batch
from .test_batch_run import lines


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def batch(kind: str, server: MockServer, input: Path, out: Path, **options: Any) -> pa.BatchSummary:
    """``test_batch_run``'s runner, the API not passed (``batch_api`` takes Agent API items)."""
    return _batch(kind, server, input, out, api=options.pop("api", None), **options)


def questions(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "questions.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"q-{i}", "question": f"Q {i}?"}) + "\n" for i in range(n))
    )
    return path


def by_id(out: Path) -> dict[str, dict[str, Any]]:
    return {line["id"]: line for line in lines(out)}


def uploads(server: MockServer) -> list[Any]:
    return [r for r in server.requests if r.method == "POST" and r.path == "/v1/files"]


def test_a_batch_api_run_uploads_once_creates_once_and_writes_every_line(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    server.script_batches(polls_before_done=2, answer="Blue, by Rayleigh scattering.")
    out = tmp_path / "answers.jsonl"
    summary = batch(kind, server, questions(tmp_path, 5), out, batch_api=True)
    assert summary.counts == {"COMPLETED": 5}
    assert len(server.created_batches) == 1 and len(uploads(server)) == 1
    got = by_id(out)
    assert sorted(got) == [f"q-{i}" for i in range(5)]
    line = got["q-3"]
    assert line["status"] == "COMPLETED" and line["text"] == "Blue, by Rayleigh scattering."
    assert line["job_id"].startswith("resp_")
    assert list(tmp_path.glob("*.part-*")) == []  # spooled files removed once collected


def test_progress_counts_what_upstream_has_done_before_the_lines_are_written(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    server.script_batches(polls_before_done=4)
    seen: list[pa.BatchProgress] = []
    batch(
        kind,
        server,
        questions(tmp_path, 8),
        tmp_path / "o.jsonl",
        batch_api=True,
        on_progress=seen.append,
    )
    upstream = [p.counts.get("done upstream", 0) for p in seen]
    assert seen[0].done == 0 and seen[0].counts == {"pending": 8}
    assert any(0 < n < 8 for n in upstream), upstream  # request_counts as the batch runs
    assert seen[-1].done == 8 and seen[-1].counts == {"COMPLETED": 8}
    assert all(a.done <= b.done for a, b in itertools.pairwise(seen))


def test_the_uploaded_lines_are_agent_api_requests_with_the_items_custom_ids(
    server: MockServer, tmp_path: Path
) -> None:
    input = tmp_path / "q.jsonl"
    rows = [
        {"id": "plain-1", "question": "One?"},
        {"id": "an id with spaces", "question": "Two?", "options": {"max_output_tokens": 50}},
        {"question": "Three?", "model": "openai/gpt-5"},
    ]
    input.write_text("".join(json.dumps(row) + "\n" for row in rows))
    batch("sync", server, input, tmp_path / "out.jsonl", batch_api=True)
    upload = next(r for r in server.requests if r.path == "/v1/files")
    seen = [line for line in upload.body.split(b"\n") if line.startswith(b'{"custom_id"')]
    sent = [json.loads(line) for line in seen]
    assert sent[0]["custom_id"] == "plain-1"
    assert sent[1]["custom_id"] == _engine.custom_id_of("an id with spaces")
    assert sent[1]["custom_id"].startswith("h-")
    for line in sent:
        assert line["method"] == "POST" and line["url"] == "/v1/responses"
        assert "background" not in line["body"] and "stream" not in line["body"]
    assert sent[0]["body"] == {"input": "One?", "effort": "medium"}
    assert sent[1]["body"]["max_output_tokens"] == 50
    assert sent[2]["body"]["model"] == "openai/gpt-5" and "effort" not in sent[2]["body"]
    written = by_id(tmp_path / "out.jsonl")
    assert len(written) == 3 and {"plain-1", "an id with spaces"} <= set(written)


def test_a_bad_line_is_refused_before_anything_is_sent(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input = tmp_path / "q.jsonl"
    input.write_text(
        json.dumps({"question": "Fine?"})
        + "\n"
        + json.dumps({"question": "Bad?", "options": {"no_such_option": 1}})
        + "\n"
    )
    with pytest.raises(pa.BatchInputError, match="line 2"):
        batch(kind, server, input, tmp_path / "out.jsonl", batch_api=True)
    assert server.requests == []


def test_a_sonar_line_is_refused_before_anything_is_sent(
    server: MockServer, tmp_path: Path
) -> None:
    input = tmp_path / "q.jsonl"
    input.write_text(
        json.dumps({"question": "Run?"})
        + "\n"
        + json.dumps({"question": "Job?", "api": "sonar"})
        + "\n"
    )
    with pytest.raises(pa.BatchInputError, match=r"line 2: a Sonar item"):
        batch("sync", server, input, tmp_path / "out.jsonl", batch_api=True)
    assert server.requests == []


@pytest.mark.parametrize("option", [{"max_cost": 1.0}, {"submit_rate": 5.0}, {"api": "sonar"}])
def test_options_of_the_run_at_a_time_batch_are_refused_by_name(
    server: MockServer, tmp_path: Path, option: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match=f"{next(iter(option))}.*batch_api=True"):
        batch(
            "sync", server, questions(tmp_path, 2), tmp_path / "o.jsonl", batch_api=True, **option
        )
    assert server.requests == [] and not (tmp_path / "o.jsonl.journal").exists()


def test_input_over_the_line_limit_is_split_into_files_and_batches_within_it(
    kind: str, server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _engine._limits == {"lines": MAX_FILE_LINES, "bytes": MAX_FILE_BYTES}  # the real ones
    monkeypatch.setitem(_engine._limits, "lines", 3)
    out = tmp_path / "out.jsonl"
    summary = batch(kind, server, questions(tmp_path, 7), out, batch_api=True)
    assert summary.counts == {"COMPLETED": 7}
    assert len(server.created_batches) == 3 and len(uploads(server)) == 3
    sizes = [r.body.count(b'"custom_id"') for r in uploads(server)]
    assert sizes == [3, 3, 1]
    assert sorted(by_id(out)) == sorted(f"q-{i}" for i in range(7))


def test_input_over_the_byte_limit_is_split_too(
    server: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(_engine._limits, "bytes", 200)  # about two lines a file
    summary = batch("sync", server, questions(tmp_path, 5), tmp_path / "o.jsonl", batch_api=True)
    assert summary.counts == {"COMPLETED": 5}
    for upload in uploads(server):
        payload = [x for x in upload.body.split(b"\n") if x.startswith(b'{"custom_id"')]
        assert len(payload) >= 1 and sum(len(x) + 1 for x in payload) <= 200
    assert len(server.created_batches) == len(uploads(server)) >= 3


def test_a_lost_create_answer_is_sent_again_with_the_same_key_one_batch_upstream(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    server.inject(Fault.stall(0), Fault.lose_response())  # the upload, then the create
    out = tmp_path / "out.jsonl"
    summary = batch(kind, server, questions(tmp_path, 4), out, batch_api=True)
    assert summary.counts == {"COMPLETED": 4}
    creates = [r for r in server.requests if r.method == "POST" and r.path == "/v1/batches"]
    assert len(creates) == 2  # sent twice...
    keys = {r.headers["idempotency-key"] for r in creates}
    assert len(keys) == 1  # ...with one key
    assert len(server.created_batches) == 1  # so one batch upstream
    assert len(lines(out)) == 4


def test_stopped_after_the_create_a_rerun_uploads_and_creates_nothing_new(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    server.script_batches(polls_before_done=6)
    input, out = questions(tmp_path, 3), tmp_path / "out.jsonl"
    with pytest.raises(pa.WaitTimeoutError):
        batch(kind, server, input, out, batch_api=True, timeout=2.5, poll_interval=1.0)
    assert len(server.created_batches) == 1 and lines(out) == []
    summary = batch(kind, server, input, out, batch_api=True, poll_interval=1.0)
    assert summary.counts == {"COMPLETED": 3}
    assert len(server.created_batches) == 1 and len(uploads(server)) == 1
    again = batch(kind, server, input, out, batch_api=True)  # finished: sends nothing
    assert again.counts == {"COMPLETED": 3} and len(server.created_batches) == 1


def test_an_error_file_line_ends_its_item_failed_with_the_message(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    server.script_batches(fail={"q-1"}, fail_message="the run timed out upstream")
    out = tmp_path / "out.jsonl"
    summary = batch(kind, server, questions(tmp_path, 3), out, batch_api=True)
    assert summary.counts == {"COMPLETED": 2, "FAILED": 1}
    failed = by_id(out)["q-1"]
    assert failed["status"] == "FAILED" and failed["error"] == "the run timed out upstream"
    assert failed["text"] is None


@pytest.mark.parametrize(("end", "status"), [("expired", "EXPIRED"), ("failed", "FAILED")])
def test_items_without_a_result_in_an_ended_batch_take_its_end(
    kind: str, server: MockServer, tmp_path: Path, end: str, status: str
) -> None:
    server.script_batches(end=end, results_before_end=2)  # type: ignore[arg-type]
    out = tmp_path / "out.jsonl"
    summary = batch(kind, server, questions(tmp_path, 5), out, batch_api=True)
    assert summary.counts == {"COMPLETED": 2, status: 3}
    got = by_id(out)
    assert [got[f"q-{i}"]["status"] for i in range(5)].count(status) == 3
    assert all(end in line["error"] for line in got.values() if line["status"] == status)


# -- the CLI -------------------------------------------------------------------------------------
def test_the_cli_runs_a_batch_api_batch_and_status_names_its_upstream_batch(
    server: MockServer, tmp_path: Path
) -> None:
    server.script_batches(polls_before_done=1, fail={"q-2"})
    input, out = questions(tmp_path, 4), tmp_path / "out.jsonl"
    done = cli(
        server, "batch", str(input), "--out", str(out), "--batch-api", "--poll-interval", "0.05"
    )
    assert done.returncode == 1, done.stderr  # one item FAILED
    assert "batch 4/4 done (COMPLETED 3, FAILED 1)" in done.stderr
    assert "batch: 0/4 done" in done.stderr  # progress on stderr
    assert by_id(out)["q-2"]["status"] == "FAILED"
    status = cli(server, "batch", str(input), "--out", str(out), "--status")
    assert status.returncode == 0, status.stderr
    (batch_id,) = server.created_batches
    assert (
        f"part 1: {batch_id} completed (3 completed, 1 failed of 4 lines; its lines written)"
        in status.stdout
    )


def test_killed_after_the_create_a_rerun_creates_nothing_new(
    server: MockServer, tmp_path: Path
) -> None:
    """SIGKILL once the first progress line is out (the batch created, its first poll
    answered: the next poll is 15 s away); the rerun polls the journal's batch to its end."""
    server.script_batches(polls_before_done=3)
    input, out = questions(tmp_path, 5), tmp_path / "out.jsonl"
    args = ["batch", str(input), "--out", str(out), "--batch-api"]
    proc = start_cli(server, *args, "--poll-interval", "15")
    assert proc.stderr is not None
    first = proc.stderr.readline()
    assert first.startswith("batch: "), first
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=20)
    assert len(server.created_batches) == 1 and len(uploads(server)) == 1
    again = cli(server, *args, "--poll-interval", "0.05")
    assert again.returncode == 0, again.stderr
    assert len(server.created_batches) == 1 and len(uploads(server)) == 1
    assert sorted(by_id(out)) == [f"q-{i}" for i in range(5)]


def test_cancel_cancels_the_upstream_batch_and_a_rerun_writes_cancelled_lines(
    server: MockServer, tmp_path: Path
) -> None:
    server.script_batches(polls_before_done=500)
    input, out = questions(tmp_path, 4), tmp_path / "out.jsonl"
    args = ["batch", str(input), "--out", str(out), "--batch-api"]
    stopped = cli(server, *args, "--timeout", "3", "--poll-interval", "0.1")
    assert stopped.returncode == 3, stopped.stderr  # the deadline: the batch runs on upstream
    (batch_id,) = server.created_batches
    cancel = cli(server, *args, "--cancel")
    assert cancel.returncode == 0, cancel.stderr
    assert f"cancel acknowledged for 1 upstream batch(es): {batch_id}" in cancel.stdout
    assert [r.path for r in server.requests if r.path.endswith("/cancel")] == [
        f"/v1/batches/{batch_id}/cancel"
    ]
    rerun = cli(server, *args, "--poll-interval", "0.05")
    assert rerun.returncode == 1, rerun.stderr
    statuses = [line["status"] for line in lines(out)]  # what finished before, then the rest
    assert len(statuses) == 4 and set(statuses) <= {"COMPLETED", "CANCELLED"}
    assert "CANCELLED" in statuses and len(server.created_batches) == 1
    assert "upstream batch" in next(x for x in lines(out) if x["status"] == "CANCELLED")["error"]


def test_result_lines_read_as_client_get_reads_a_run_and_non_final_ones_are_failed() -> None:
    """The result line's body goes through the SDK's run parsing (text, citations, cost); a run
    that did not end (``requires_action``, ``in_progress``) in a result is FAILED, saying so."""
    from perplexity_async._batch_api._lines import parse_result_line, result_line
    from perplexity_async._job import parse_job
    from perplexity_async.testing._runs import completed_run_body, run_body

    body = completed_run_body("resp_1", answer="Paris.", citations=["https://a.example"])
    done = _engine._result(parse_result_line(result_line("r1", "q-1", body=body)))
    job = parse_job(json.dumps(body).encode())  # what client.get makes of the same body
    assert done.status == "COMPLETED" and done.job_id == "resp_1"
    assert (done.text, done.citations, done.cost) == (job.text, tuple(job.citations), job.cost)
    assert done.text == "Paris." and done.cost is not None
    for status in ("requires_action", "in_progress"):
        raw = result_line("r2", "q-2", body=run_body("resp_2", status=status))
        stuck = _engine._result(parse_result_line(raw))
        assert stuck.status == "FAILED" and stuck.job_id == "resp_2"
        assert stuck.error is not None and stuck.error != ""
    refused = parse_result_line(result_line("r3", "q-3", error=("bad_request", "input missing")))
    failed = _engine._result(refused)
    assert (failed.status, failed.error, failed.job_id) == ("FAILED", "input missing", None)
