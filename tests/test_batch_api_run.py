"""``batch(..., batch_api=True)`` and ``batch --batch-api``: items as Agent API runs through the
Batch API (upload, create, poll, download), resumable, against the embedded server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async._batch_api import _engine
from perplexity_async._batch_api._lines import MAX_FILE_BYTES, MAX_FILE_LINES
from perplexity_async.testing import Fault, MockServer

from .test_batch_run import batch, kind, lines  # noqa: F401  (kind: the fixture)


def questions(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "questions.jsonl"
    path.write_text("".join(json.dumps({"id": f"q-{i}", "question": f"Q {i}?"}) + "\n" for i in range(n)))
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
