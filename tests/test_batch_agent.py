"""A batch of Agent API background runs (the default): one POST per item unless a create
certainly made nothing, UNKNOWN for an outcome it cannot know, ``resubmit_unknown`` once,
REQUIRES_ACTION as FAILED, ``--cancel``; against the embedded server (real sockets)."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async._batch._journal import read_summary
from perplexity_async.testing import Fault, MockServer, completed_run_body

from .contract.helpers import KINDS
from .helpers import cli, requires_action, start_cli, until
from .test_batch_run import batch, lines, questions


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def creates(server: MockServer, path: str = "/v1/agent") -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in server.requests if r.method == "POST" and r.path == path]


def test_items_are_agent_api_runs_by_default(kind: str, server: MockServer, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = batch(kind, server, questions(tmp_path, 3), out, api=None)
    assert summary.counts == {"COMPLETED": 3}
    bodies = creates(server)
    assert len(bodies) == 3 and len(server.created_jobs) == 3  # one POST, one run, per item
    assert all(body["background"] is True and body["effort"] == "medium" for body in bodies)
    assert [body["input"] for body in bodies] == [f"Question number {i}?" for i in range(3)]
    assert all(line["job_id"].startswith("resp_") for line in lines(out))
    texts = {line["text"] for line in lines(out)}  # in the order they completed
    assert texts == {f"A scripted answer to: Question number {i}?" for i in range(3)}


def test_a_mixed_jsonl_sends_each_line_to_its_api(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = tmp_path / "q.jsonl", tmp_path / "out.jsonl"
    input.write_text(
        '{"id": "run", "question": "Profile ACME", "options": {"effort": "high"}}\n'
        '{"id": "job", "question": "Profile Initech", "api": "sonar", "model": "sonar-pro"}\n'
    )
    summary = batch(kind, server, input, out, api=None, model="openai/gpt-5")
    assert summary.counts == {"COMPLETED": 2}
    (run,) = creates(server)
    assert run["effort"] == "high" and "model" not in run  # the line chose: no default model
    (job,) = creates(server, "/v1/async/sonar")
    assert job["request"]["model"] == "sonar-pro" and job["idempotency_key"]
    ids = {line["id"]: line["job_id"] for line in lines(out)}
    assert ids["run"].startswith("resp_") and not ids["job"].startswith("resp_")


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ({"question": "q", "options": {"search_mode": "academic"}}, "search_mode"),
        ({"question": "q", "model": "sonar-pro"}, "'sonar-pro' is a Sonar model"),
        ({"question": "q", "model": "openai/gpt-5", "options": {"model": "x"}}, "twice"),
        ({"question": "q", "api": "chat"}, "api must be"),
    ],
)
def test_a_bad_agent_line_is_named_before_any_request(
    server: MockServer, tmp_path: Path, line: dict[str, Any], needle: str
) -> None:
    input = tmp_path / "q.jsonl"
    input.write_text(json.dumps({"question": "fine"}) + "\n" + json.dumps(line) + "\n")
    with pytest.raises(pa.BatchInputError, match="line 2: ") as caught:
        batch("sync", server, input, tmp_path / "out.jsonl", api=None)
    assert needle in str(caught.value) and server.requests == []


def test_a_sonar_model_for_the_agent_api_is_refused_naming_both_ways(
    server: MockServer, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"Sonar model.*api='sonar'.*provider/model"):
        batch("sync", server, questions(tmp_path, 1), tmp_path / "o.jsonl", api=None, model="sonar")
    assert server.requests == []


def test_a_lost_create_answer_ends_unknown_and_resubmit_unknown_sends_exactly_one_more(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    server.inject(Fault.lose_response())  # the run is made, its answer never arrives
    summary = batch(kind, server, input, out, api=None)
    assert summary.counts == {"UNKNOWN": 1, "COMPLETED": 1}
    assert len(creates(server)) == 2  # the lost one was not sent again
    unknown = next(line for line in lines(out) if line["status"] == "UNKNOWN")
    assert unknown["job_id"] is None and "connection" in unknown["error"].lower()
    assert batch(kind, server, input, out, api=None) == summary  # final: nothing sent
    assert len(creates(server)) == 2
    again = batch(kind, server, input, out, api=None, resubmit_unknown=True)
    assert again.counts == {"COMPLETED": 2} and len(creates(server)) == 3  # exactly one more
    batch(kind, server, input, out, api=None, resubmit_unknown=True)
    assert len(creates(server)) == 3 and len(lines(out)) == 2


@pytest.mark.parametrize("fault", [Fault.status(503), Fault.stall(5)], ids=["503", "timeout"])
def test_a_create_that_may_have_made_a_run_is_never_sent_again(
    kind: str, server: MockServer, tmp_path: Path, fault: Fault
) -> None:
    out = tmp_path / "out.jsonl"
    server.inject(fault)
    summary = batch(kind, server, questions(tmp_path, 1), out, api=None, request_timeout=1)
    assert summary.counts == {"UNKNOWN": 1} and len(creates(server)) == 1


def test_a_429_on_a_create_is_sent_again_once_the_pause_is_over(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    server.inject(Fault.status(429, retry_after=30))  # refused: it made nothing
    summary = batch(kind, server, questions(tmp_path, 1), tmp_path / "out.jsonl", api=None)
    assert summary.counts == {"COMPLETED": 1}
    assert len(creates(server)) == 2 and len(server.created_jobs) == 1


def test_a_create_refused_by_a_401_is_pending_again_and_a_rerun_sends_it(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    server.inject(Fault.status(401))  # refused: nothing made, the batch stops
    with pytest.raises(pa.AuthenticationError):
        batch(kind, server, input, out, api=None)
    assert read_summary(f"{out}.journal").counts == {"pending": 2}
    summary = batch(kind, server, input, out, api=None)
    assert summary.counts == {"COMPLETED": 2}  # not UNKNOWN: the refused create made nothing
    assert len(creates(server)) == 3 and len(server.created_jobs) == 2


def test_a_create_paused_by_a_429_past_the_deadline_stays_pending(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 1), tmp_path / "out.jsonl"
    server.inject(Fault.status(429, retry_after=30))  # the pause outlasts timeout=2
    with pytest.raises(pa.WaitTimeoutError, match="batch's timeout=2 s") as caught:
        batch(kind, server, input, out, api=None, timeout=2)
    assert "1 item(s) not done, none in flight" in str(caught.value)
    assert "job ''" not in str(caught.value) and "rerun" in str(caught.value)
    assert read_summary(f"{out}.journal").counts == {"pending": 1}
    assert batch(kind, server, input, out, api=None).counts == {"COMPLETED": 1}
    assert len(creates(server)) == 2 and len(server.created_jobs) == 1


def test_a_create_is_not_started_without_its_time_before_the_deadline(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    server.script_created_jobs(polls_before_done=10**6)
    options = {"timeout": 10, "request_timeout": 5, "submit_rate": 7.5}  # the 2nd at 8 s: 2 left
    with pytest.raises(pa.WaitTimeoutError):
        batch(kind, server, input, out, api=None, **options)
    assert read_summary(f"{out}.journal").counts == {"submitted": 1, "pending": 1}
    assert len(creates(server)) == 1  # the second never started: it would have ended UNKNOWN


def test_a_run_at_requires_action_is_failed_saying_what_it_waits_for(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    server.script_created_jobs(polls_before_done=10**6)

    def progress(p: pa.BatchProgress) -> None:
        if p.counts.get("submitted") == 1 and p.done == 0:  # the run exists: it stops there
            requires_action(server, server.created_jobs[0])

    out = tmp_path / "out.jsonl"
    summary = batch(kind, server, questions(tmp_path, 1), out, api=None, on_progress=progress)
    assert summary.counts == {"FAILED": 1}
    (line,) = lines(out)
    assert line["status"] == "FAILED" and "requires action" in line["error"]
    assert "get_weather" in line["error"] and "call_9" in line["error"]


# -- through the CLI -----------------------------------------------------------------------------
def run_cli(server: MockServer, input: Path, out: Path, *more: str) -> Any:
    return cli(server, "batch", str(input), "--out", str(out), "--poll-interval", "0.05", *more)


def test_a_run_create_cut_off_by_sigkill_ends_unknown_on_rerun_never_sent_twice(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    server.inject(Fault.stall(60))  # the first create hangs: the process dies mid-POST
    args = ["batch", str(input), "--out", str(out), "--poll-interval", "0.05"]
    proc = start_cli(server, *args)
    until(lambda: len(creates(server)) == 1, "the first create reaching the server")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=20)
    again = cli(server, *args)
    assert again.returncode == 1, again.stderr
    assert "UNKNOWN 1" in again.stderr and "COMPLETED 1" in again.stderr
    assert len(creates(server)) == 2  # the second item's; the first was never sent again
    first = next(line for line in json_lines(out) if line["id"] == _key_of(input, 0))
    assert first["status"] == "UNKNOWN" and "cut off" in first["error"]


def json_lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def _key_of(input: Path, index: int) -> str:
    from perplexity_async._batch._input import read_batch_input

    return list(read_batch_input(input))[index].key


def test_cancel_cancels_the_runs_in_flight_and_a_rerun_writes_cancelled(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    server.script_created_jobs(polls_before_done=1_000_000)
    late = run_cli(server, input, out, "--timeout", "2")
    assert late.returncode == 3, late.stderr
    first, second = server.created_jobs
    server.set_job_body(second, completed_run_body(second))  # finished: its cancel is a 400
    cancel = cli(server, "batch", str(input), "--out", str(out), "--cancel")
    assert cancel.returncode == 0, cancel.stderr
    assert f"{first}: cancel acknowledged" in cancel.stdout
    assert f"{second}: not cancelled, finished already" in cancel.stdout
    cancels = [r.path for r in server.requests if r.path.endswith("/cancel")]
    assert cancels == [f"/v1/agent/{first}/cancel", f"/v1/agent/{second}/cancel"]
    rerun = run_cli(server, input, out)
    assert rerun.returncode == 1, rerun.stderr
    assert {line["job_id"]: line["status"] for line in json_lines(out)} == {
        first: "CANCELLED",
        second: "COMPLETED",
    }
    nothing = cli(server, "batch", str(input), "--out", str(out), "--cancel")
    assert nothing.returncode == 0 and "nothing in flight" in nothing.stdout


def test_cancel_ends_the_items_not_yet_submitted_cancelled_never_sent(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    server.inject(Fault.status(429, retry_after=30))  # nothing made; the deadline comes first
    late = run_cli(server, input, out, "--timeout", "1")
    assert late.returncode == 3, late.stderr
    refused = len(creates(server))  # 1 (0 on a machine too loaded to start it in time)
    cancel = cli(server, "batch", str(input), "--out", str(out), "--cancel")
    assert cancel.returncode == 0, cancel.stderr
    assert "end CANCELLED" in cancel.stdout and "nothing in flight" in cancel.stdout
    rerun = run_cli(server, input, out)
    assert rerun.returncode == 1, rerun.stderr
    assert [line["status"] for line in json_lines(out)] == ["CANCELLED", "CANCELLED"]
    assert len(creates(server)) == refused  # nothing submitted after the cancel


def test_the_cli_refuses_a_sonar_model_without_api_sonar_and_takes_it_with(
    server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 1), tmp_path / "out.jsonl"
    refused = run_cli(server, input, out, "--model", "sonar-pro")
    assert refused.returncode == 2 and "--api sonar" in refused.stderr
    assert server.requests == [] and not out.exists()
    taken = run_cli(server, input, out, "--api", "sonar", "--model", "sonar-pro")
    assert taken.returncode == 0, taken.stderr
    (job,) = creates(server, "/v1/async/sonar")
    assert job["request"]["model"] == "sonar-pro"
