"""``Client.batch``/``AsyncClient.batch``: submit, collect, resume, pace, against the embedded
server (real sockets), in virtual time where timing matters."""

from __future__ import annotations

import asyncio
import itertools
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import perplexity_async as pa
from perplexity_async._batch._journal import read_summary
from perplexity_async.testing import Fault, MockServer

from .conftest import API_KEY
from .contract.helpers import KINDS, VirtualTime


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def questions(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "questions.txt"
    path.write_text("".join(f"Question number {i}?\n" for i in range(n)))
    return path


def batch(
    kind: str,
    server: MockServer,
    input: Path,
    out: Path,
    *,
    vt: VirtualTime | None = None,
    api_key: str = API_KEY,
    client_options: dict[str, Any] | None = None,
    api: str | None = "sonar",
    **options: Any,
) -> pa.BatchSummary:
    """Run a batch; ``api`` "sonar" by default: this module pins the behaviour of Sonar items
    (idempotency keys); test_batch_agent.py that of Agent API runs (None: not passed)."""
    if api is not None:
        options["api"] = api
    vt = vt or VirtualTime()
    settings: dict[str, Any] = {"api_key": api_key, "base_url": server.base_url, "clock": vt.clock}
    settings.update(client_options or {})
    if kind == "sync":
        with pa.Client(sleep=vt.sleep, **settings) as client:
            return client.batch(input, out, **options)

    async def run() -> pa.BatchSummary:
        async with pa.AsyncClient(sleep=vt.asleep, **settings) as client:
            return await client.batch(input, out, **options)

    return asyncio.run(run())


def lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def posts(server: MockServer) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in server.requests if r.method == "POST"]


def test_a_batch_submits_each_item_once_and_writes_one_line_each(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    seen: list[pa.BatchProgress] = []
    summary = batch(kind, server, questions(tmp_path, 6), out, on_progress=seen.append)
    assert summary.finished and summary.total == 6 and summary.counts == {"COMPLETED": 6}
    assert summary.cost == pytest.approx(6 * 0.006)
    assert len(server.created_jobs) == 6
    got = lines(out)
    assert len(got) == 6 and {line["status"] for line in got} == {"COMPLETED"}
    assert {line["job_id"] for line in got} == set(server.created_jobs)
    assert all(line["text"].startswith("A scripted answer to: Question") for line in got)
    assert seen[-1].done == 6 and seen[-1].done_now == 6 and seen[-1].counts == {"COMPLETED": 6}
    # the keys: one per item, recorded before the submits, so never two for one item
    keys = [body["idempotency_key"] for body in posts(server)]
    assert len(set(keys)) == 6


def test_a_finished_batch_rerun_sends_nothing_and_rewrites_the_same_lines(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 3), tmp_path / "out.jsonl"
    first = batch(kind, server, input, out)
    before, sent = out.read_text(), len(server.requests)
    with out.open("a") as torn:
        torn.write('{"id": "half a li')  # as kill -9 would leave it
    again = batch(kind, server, input, out)
    assert len(server.requests) == sent
    assert again == first and out.read_text() == before


def test_a_422_gives_the_item_its_line_and_the_batch_goes_on(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    server.inject(Fault.status(422))  # the first request is the first item's submit
    summary = batch(kind, server, questions(tmp_path, 3), out)
    assert summary.counts == {"REJECTED": 1, "COMPLETED": 2} and summary.finished
    rejected = [line for line in lines(out) if line["status"] == "REJECTED"]
    assert len(rejected) == 1 and rejected[0]["job_id"] is None
    assert "422" in rejected[0]["error"]
    assert len(server.created_jobs) == 2


def test_a_401_stops_the_batch_and_a_rerun_with_the_right_key_resumes(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    with pytest.raises(pa.AuthenticationError):
        batch(kind, server, input, out, api_key="pplx-wrong-key-0000000000")
    assert len(server.requests) == 1 and server.created_jobs == []
    summary = batch(kind, server, input, out)
    assert summary.counts == {"COMPLETED": 2} and len(server.created_jobs) == 2


def test_a_lost_submit_answer_is_posted_again_with_the_same_key_and_makes_no_second_job(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    server.inject(Fault.lose_response())  # the job is made, its answer never arrives
    summary = batch(kind, server, questions(tmp_path, 2), out)
    assert summary.counts == {"COMPLETED": 2} and len(server.created_jobs) == 2
    keys = [body["idempotency_key"] for body in posts(server)]
    assert len(keys) == 3 and keys[0] == keys[1] != keys[2]


def test_a_submit_429_is_obeyed_and_retried_with_the_same_key(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    server.inject(Fault.status(429, retry_after=30))
    vt = VirtualTime()
    summary = batch(kind, server, questions(tmp_path, 3), out, vt=vt)
    assert summary.counts == {"COMPLETED": 3} and len(server.created_jobs) == 3
    keys = [body["idempotency_key"] for body in posts(server)]
    assert len(keys) == 4 and keys[0] == keys[1]
    assert vt.sleeps[0] == pytest.approx(30.0)  # nothing was sent during the pause


def test_submits_are_paced_at_the_rate_the_server_allowed(
    server: MockServer, tmp_path: Path
) -> None:
    """The server takes 3 submits, then answers the 4th with 429 and Retry-After 60 (its
    minute): the pacer holds 3 a minute from then on, so the rest go 20 s apart."""
    vt = VirtualTime()
    post_times: list[float] = []

    def seen(request: httpx.Request) -> None:
        if request.method == "POST":
            post_times.append(vt.now)

    # Sync, one request at a time: POST 1, POST 2, GET 1, POST 3, GET 2, then the 4th POST.
    server.inject(*[Fault.stall(0)] * 5, Fault.status(429, retry_after=60))
    out = tmp_path / "out.jsonl"
    with httpx.Client(event_hooks={"request": [seen]}) as http:
        summary = batch(
            "sync",
            server,
            questions(tmp_path, 7),
            out,
            vt=vt,
            client_options={"http_client": http},
        )
    assert summary.counts == {"COMPLETED": 7}
    start = post_times[0]
    offsets = [round(t - start, 3) for t in post_times]
    assert offsets[:4] == [0, 0, 0, 0]  # no client-side limit before the first 429
    assert offsets[4:] == pytest.approx([60, 80, 100, 120])  # the 4th again, then 3 a minute
    assert len(server.created_jobs) == 7


def test_a_fixed_submit_rate_spaces_every_submit(server: MockServer, tmp_path: Path) -> None:
    vt = VirtualTime()
    post_times: list[float] = []

    def seen(request: httpx.Request) -> None:
        if request.method == "POST":
            post_times.append(vt.now)

    with httpx.Client(event_hooks={"request": [seen]}) as http:
        batch(
            "sync",
            server,
            questions(tmp_path, 4),
            tmp_path / "out.jsonl",
            vt=vt,
            client_options={"http_client": http},
            submit_rate=30,
        )
    gaps = [b - a for a, b in itertools.pairwise(post_times)]
    assert gaps == pytest.approx([2.0, 2.0, 2.0])


def test_the_deadline_stops_the_batch_and_a_rerun_picks_up_the_jobs_without_posting(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 3), tmp_path / "out.jsonl"
    server.script_created_jobs(polls_before_done=10_000)
    with pytest.raises(pa.WaitTimeoutError) as caught:
        # long in virtual time: the async driver's virtual sleeps end at once while a real
        # submit is out, so a short deadline could pass before the last submit answers
        batch(kind, server, input, out, timeout=600)
    assert len(caught.value.pending_ids) == 3
    assert set(caught.value.pending_ids) == set(server.created_jobs)
    assert out.read_text() == ""
    sent_posts = len(posts(server))
    for job_id in server.created_jobs:
        server.add_job(job_id, answer="finally")  # they finish upstream meanwhile
    summary = batch(kind, server, input, out)
    assert summary.counts == {"COMPLETED": 3}
    assert len(posts(server)) == sent_posts  # the rerun polled them, never POSTed again
    assert {line["text"] for line in lines(out)} == {"finally"}


def test_bad_options_fail_before_any_file_or_request(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    for options, error in [
        ({"submit_rate": 0}, ValueError),
        ({"poll_interval": -1}, ValueError),
        ({"on_progress": 3}, TypeError),
    ]:
        with pytest.raises(error):
            batch(kind, server, input, out, **options)
    assert server.requests == [] and not out.exists()
    assert not (tmp_path / "out.jsonl.journal").exists()


def test_pacing_against_the_servers_own_submit_limit(tmp_path: Path) -> None:
    """The server allows 5 submits a minute (a token bucket, as ``Workload`` simulates it), on
    the same virtual clock as the client: after the burst and a couple of 429s the pacer holds
    about that rate, every item is created once, and none is lost.

    Sync only: the async driver's virtual sleeps end at once while a real request is out, so
    the server's clock (the same virtual one) would race the client's; the pacer is one sans-I/O
    policy for both drivers, and the async driver's pacing is tested on fixed 429s above."""
    kind = "sync"
    from perplexity_async.testing import Workload

    vt = VirtualTime()
    workload = Workload(submits_per_minute=5, job_seconds=10)
    with MockServer(api_key=API_KEY, workload=workload, clock=vt.clock) as server:
        start = vt.now
        summary = batch(kind, server, questions(tmp_path, 12), tmp_path / "out.jsonl", vt=vt)
        refused = len(posts(server)) - 12
    assert summary.counts == {"COMPLETED": 12} and len(server.created_jobs) == 12
    assert 1 <= refused <= 4  # learned from the first 429s, not one per submit
    assert vt.now - start >= 7 * 12  # 7 submits past the burst of 5, 12 s apart at best
    keys = [body["idempotency_key"] for body in posts(server)]
    assert len(set(keys)) == 12  # a refused submit was POSTed again with its own key


# -- a batch always finishes (issue 17) ----------------------------------------------------------
def left_running(kind: str, server: MockServer, tmp_path: Path, n: int) -> tuple[Path, Path]:
    """A batch of ``n`` whose jobs are all submitted and still running at its deadline."""
    input, out = questions(tmp_path, n), tmp_path / "out.jsonl"
    server.script_created_jobs(polls_before_done=10_000)
    with pytest.raises(pa.WaitTimeoutError):
        batch(kind, server, input, out, timeout=600)
    assert len(server.created_jobs) == n
    return input, out


def test_a_job_the_api_no_longer_knows_ends_lost_and_the_others_complete(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = left_running(kind, server, tmp_path, 3)
    jobs = server.created_jobs
    with MockServer(api_key=API_KEY) as upstream:  # one of them expired meanwhile: a 404
        for job_id in jobs[:2]:
            upstream.add_job(job_id, answer="finally")
        summary = batch(kind, upstream, input, out)
        assert summary.finished and summary.counts == {"COMPLETED": 2, "LOST": 1}
        got = {line["job_id"]: line for line in lines(out)}
        assert got[jobs[2]]["status"] == "LOST" and "404" in got[jobs[2]]["error"]
        assert [r.method for r in upstream.requests].count("POST") == 0
        sent = len(upstream.requests)
        assert batch(kind, upstream, input, out) == summary  # final: nothing sent again
        assert len(upstream.requests) == sent


def test_a_wrong_base_url_stops_the_batch_and_marks_no_job_lost(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = left_running(kind, server, tmp_path, 2)
    wrong = {"base_url": f"{server.base_url}/v2"}  # the server's JSON 404 for every path
    with pytest.raises(pa.NotFoundError):
        batch(kind, server, input, out, client_options=wrong)
    assert read_summary(f"{out}.journal").counts == {"submitted": 2}  # nothing final
    assert out.read_text() == ""
    for job_id in server.created_jobs:
        server.add_job(job_id, answer="finally")  # the right URL finds them running, then done
    assert batch(kind, server, input, out).counts == {"COMPLETED": 2}


def test_a_400_on_one_submit_rejects_that_item_and_the_batch_goes_on(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    server.inject(Fault.status(400, body={"error": {"message": "Invalid model 'sonar-x'"}}))
    summary = batch(kind, server, questions(tmp_path, 3), out)
    assert summary.counts == {"REJECTED": 1, "COMPLETED": 2} and summary.finished
    (rejected,) = [line for line in lines(out) if line["status"] == "REJECTED"]
    assert rejected["job_id"] is None and "Invalid model" in rejected["error"]
    assert len(server.created_jobs) == 2


def test_three_503s_on_a_submit_are_ridden_out_with_the_same_key(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    server.inject(*[Fault.status(503)] * 3)  # the first item's submit, three times
    vt = VirtualTime()
    summary = batch(kind, server, questions(tmp_path, 2), out, vt=vt)
    assert summary.counts == {"COMPLETED": 2} and len(server.created_jobs) == 2
    keys = [body["idempotency_key"] for body in posts(server)]
    assert len(keys) == 5 and keys[0] == keys[1] == keys[2] == keys[3] != keys[4]
    if kind == "sync":  # backoff 0.5 s doubling (jitter shortens each by at most a quarter)
        assert [0.375, 0.75, 1.5] <= vt.sleeps[:3] <= [0.5, 1.0, 2.0]


def test_a_429_with_retry_after_0_waits_at_least_half_a_second_doubling(
    server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    server.inject(*[Fault.status(429, retry_after=0)] * 4)
    vt = VirtualTime()
    summary = batch("sync", server, questions(tmp_path, 1), out, vt=vt)
    assert summary.counts == {"COMPLETED": 1}
    assert len(posts(server)) == 5  # not a tight loop of POSTs
    assert vt.sleeps[:4] == [1.0, 2.0, 4.0, 8.0]


def test_the_deadline_holds_against_a_30_s_retry_after(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    vt = VirtualTime()
    start = vt.now
    server.inject(Fault.status(429, retry_after=30), Fault.status(503, retry_after=30))
    with pytest.raises(pa.WaitTimeoutError):
        batch(kind, server, questions(tmp_path, 2), out, vt=vt, timeout=2)
    assert vt.now - start <= 3.0  # within a second of timeout=2, whatever the server asked
    server.inject(Fault.status(503, retry_after=30))
    vt = VirtualTime()
    start = vt.now
    with pytest.raises(pa.WaitTimeoutError):
        batch(kind, server, questions(tmp_path, 2), tmp_path / "other.jsonl", vt=vt, timeout=2)
    assert vt.now - start <= 3.0


def test_answers_with_line_separators_stay_one_line_each(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    answer = "one\u2028two\u2029three\x85four"
    server.script_created_jobs(answer=answer)
    out = tmp_path / "out.jsonl"
    batch(kind, server, questions(tmp_path, 3), out)
    text = out.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 3 and "\u2028" not in text and "\\u2028" in text
    assert {line["text"] for line in lines(out)} == {answer}


def test_max_cost_stops_the_batch_and_a_larger_budget_resumes_it(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    """Each job costs $0.006: the first goes alone (no cost known yet), then a second fits in
    $0.013 (0.006 spent + 0.006 in flight), a third would not."""
    input, out = questions(tmp_path, 5), tmp_path / "out.jsonl"
    seen: list[pa.BatchProgress] = []
    with pytest.raises(pa.BatchBudgetError) as caught:
        batch(kind, server, input, out, max_cost=0.013, on_progress=seen.append)
    assert len(server.created_jobs) == 2 and len(lines(out)) == 2
    error = caught.value
    assert error.spent == pytest.approx(0.012) and error.not_done == 3
    assert seen[-1].budget == 0.013 and seen[-1].remaining == pytest.approx(0.001)
    with pytest.raises(pa.BatchBudgetError):  # the same budget: nothing more is sent
        batch(kind, server, input, out, max_cost=0.013)
    assert len(server.created_jobs) == 2
    summary = batch(kind, server, input, out, max_cost=0.05)
    assert summary.counts == {"COMPLETED": 5} and len(server.created_jobs) == 5
    assert summary.cost == pytest.approx(0.03) and len(lines(out)) == 5


def test_a_cost_estimate_lets_several_go_at_once_within_the_budget(
    server: MockServer, tmp_path: Path
) -> None:
    """$0.02 a job (the estimate) in $0.06: three in flight, never four. The jobs run until
    the test sees three in flight (an event, not a sleep), then finish."""
    in_flight: list[int] = []
    server.script_created_jobs(polls_before_done=10**6)

    def progress(p: pa.BatchProgress) -> None:
        in_flight.append(p.counts.get("submitted", 0) + p.counts.get("submitting", 0))
        if in_flight[-1] == 3 and p.done == 0:
            server.script_created_jobs()  # the next ones finish on their second poll
            for job_id in server.created_jobs:
                server.add_job(job_id, answer="done")

    summary = asyncio.run(
        _async_batch(server, questions(tmp_path, 6), tmp_path / "out.jsonl", progress)
    )
    assert summary.counts == {"COMPLETED": 6}
    assert max(in_flight) == 3


async def _async_batch(
    server: MockServer, input: Path, out: Path, progress: Any
) -> pa.BatchSummary:
    async with pa.AsyncClient(api_key=API_KEY, base_url=server.base_url) as client:
        return await client.batch(
            input,
            out,
            max_cost=0.06,
            cost_estimate=0.02,
            on_progress=progress,
            poll_interval=0.01,
            max_poll_interval=0.05,
        )


def test_paths_that_would_destroy_a_file_are_refused_before_anything_is_touched(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input = questions(tmp_path, 2)
    before = input.read_text()
    link = tmp_path / "link.jsonl"
    link.symlink_to(input)
    hard = tmp_path / "hard.jsonl"
    hard.hardlink_to(input)
    for out, journal in [
        (link, None),  # --out is INPUT through a symlink
        (hard, None),  # ... or a hard link
        (tmp_path / "out.jsonl", input),  # the journal is INPUT
        (tmp_path / "out.jsonl", tmp_path / "out.jsonl"),  # the journal is OUTPUT
    ]:
        with pytest.raises(pa.BatchFileError, match="is the same file as"):
            batch(kind, server, input, out, journal=journal)
    with pytest.raises(pa.BatchFileError, match="does not exist: create it first"):
        batch(kind, server, input, tmp_path / "missing" / "out.jsonl")
    assert not (tmp_path / "missing").exists()
    assert input.read_text() == before and server.requests == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "hard.jsonl",
        "link.jsonl",
        "questions.txt",
    ]


def test_an_output_without_its_journal_is_refused_unless_starting_over(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    batch(kind, server, input, out)
    before, sent = out.read_text(), len(server.requests)
    (tmp_path / "out.jsonl.journal").unlink()
    with pytest.raises(pa.BatchFileError, match=r"its journal .* is missing"):
        batch(kind, server, input, out)
    assert out.read_text() == before and len(server.requests) == sent
    summary = batch(kind, server, input, out, start_over=True)
    assert summary.counts == {"COMPLETED": 2} and len(server.created_jobs) == 4
    assert len(lines(out)) == 2


def test_an_output_symlink_stays_a_symlink(kind: str, server: MockServer, tmp_path: Path) -> None:
    target = tmp_path / "results" / "answers.jsonl"
    target.parent.mkdir()
    link = tmp_path / "out.jsonl"
    link.symlink_to(target)
    batch(kind, server, questions(tmp_path, 2), link)
    assert link.is_symlink() and link.resolve() == target
    assert len(lines(target)) == 2
    batch(kind, server, questions(tmp_path, 2), link)  # the rewrite on a rerun keeps it too
    assert link.is_symlink() and len(lines(target)) == 2


def test_ndjson_is_json_lines(kind: str, server: MockServer, tmp_path: Path) -> None:
    input = tmp_path / "questions.ndjson"
    input.write_text('{"id": "a", "question": "What is QUIC?"}\n{"id": "b", "question": "Why?"}\n')
    out = tmp_path / "out.jsonl"
    summary = batch(kind, server, input, out)
    assert summary.counts == {"COMPLETED": 2}
    assert sorted(line["id"] for line in lines(out)) == ["a", "b"]
    questions_sent = sorted(b["request"]["messages"][-1]["content"] for b in posts(server))
    assert questions_sent == ["What is QUIC?", "Why?"]


def test_a_line_appended_mid_run_is_left_for_the_next_run(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    appended = False

    def append(progress: pa.BatchProgress) -> None:
        nonlocal appended
        if not appended and progress.counts.get("submitted"):
            with input.open("a") as file:
                file.write("A third question?\n")
            appended = True

    assert batch(kind, server, input, out, on_progress=append).counts == {"COMPLETED": 2}
    assert appended and len(posts(server)) == 2  # the new line is not this run's
    assert batch(kind, server, input, out).counts == {"COMPLETED": 3}
    assert len(posts(server)) == 3


def test_an_in_place_edit_mid_run_never_sends_a_question_under_another_key(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    """Long lines, so the edited one is past what the reader has buffered: the item's
    fingerprint is checked against the journal before its submit."""
    input, out = tmp_path / "q.jsonl", tmp_path / "out.jsonl"
    pad = "x" * 20_000
    rows = [{"id": i, "question": f"Question {i}? {pad}"} for i in "abc"]
    input.write_text("".join(json.dumps(row) + "\n" for row in rows))
    edited = False

    def edit(progress: pa.BatchProgress) -> None:
        nonlocal edited
        if not edited and progress.counts.get("submitted"):
            rows[2]["question"] = f"Edited  it? {pad}"  # same length: only the content differs
            with input.open("r+") as file:  # in place: the same inode
                file.write("".join(json.dumps(row) + "\n" for row in rows))
            edited = True

    with pytest.raises(pa.JournalMismatchError, match="INPUT changed while the batch ran: 'c'"):
        batch(kind, server, input, out, on_progress=edit)
    first = {b["idempotency_key"]: b["request"]["messages"][-1]["content"] for b in posts(server)}
    assert all(not q.startswith("Edited") for q in first.values())
    summary = batch(kind, server, input, out)  # the rerun takes the edit: c starts over
    assert summary.counts == {"COMPLETED": 3}
    sent = [(b["idempotency_key"], b["request"]["messages"][-1]["content"]) for b in posts(server)]
    by_key: dict[str, set[str]] = {}
    for key, question in sent:
        by_key.setdefault(key, set()).add(question)
    assert all(len(qs) == 1 for qs in by_key.values())  # never two questions under one key
    assert any(q.startswith("Edited") for _, q in sent)


def test_a_404_that_is_not_the_apis_stops_the_batch_instead_of_losing_items(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    """A wrong base URL answers 404 to every poll (an HTML page): that is no job's loss."""
    input, out = questions(tmp_path, 1), tmp_path / "out.jsonl"
    server.inject(Fault.stall(0), Fault.status(404, body="<html>Not Found</html>"))
    with pytest.raises(pa.NotFoundError):
        batch(kind, server, input, out)
    assert out.read_text() == ""
    summary = batch(kind, server, input, out)  # the item was not ended: it completes now
    assert summary.counts == {"COMPLETED": 1} and len(server.created_jobs) == 1


def test_a_404_on_a_submit_stops_the_batch_rejecting_nothing(
    kind: str, server: MockServer, tmp_path: Path
) -> None:
    input, out = questions(tmp_path, 2), tmp_path / "out.jsonl"
    server.inject(Fault.status(404))
    with pytest.raises(pa.NotFoundError):
        batch(kind, server, input, out)
    assert batch(kind, server, input, out).counts == {"COMPLETED": 2}
