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
    **options: Any,
) -> pa.BatchSummary:
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
