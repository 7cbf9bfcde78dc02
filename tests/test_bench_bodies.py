"""The bodies `make bench` serves are what its rows claim: the Agent API run parses through the
union's dispatch into items of four types, ~1 MB, its answer and 500 citations intact."""

from __future__ import annotations

import json
import logging

import pytest

import perplexity_async as pa
from perplexity_async_api.models import (
    FetchUrlResultsOutputItem,
    FunctionCallOutputItem,
    MessageOutputItem,
    SearchResultsOutputItem,
)
from tools.bench_server import research_run


def test_the_research_run_is_a_1_mb_run_of_four_item_types(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = {**research_run(), "id": "resp_research-1"}
    size = len(json.dumps(body))
    assert 900_000 < size < 1_100_000

    with caplog.at_level(logging.WARNING):
        job = pa.Job.from_dict(body)
    assert not caplog.records  # every item is a listed type: none kept as unlisted
    assert (job.api, job.status) == ("agent", pa.JobStatus.COMPLETED)
    kinds = {type(item) for item in job.raw.output}
    assert kinds == {
        SearchResultsOutputItem,
        FetchUrlResultsOutputItem,
        FunctionCallOutputItem,
        MessageOutputItem,
    }
    parts = [
        part["text"]
        for item in body["output"]
        if item["type"] == "message"
        for part in item["content"]
    ]
    assert len(parts) == 12 and job.text == "".join(parts)
    assert len(job.citations) == len(set(job.citations)) == 500
    assert job.cost == 0.006
    assert job.to_dict() == body
