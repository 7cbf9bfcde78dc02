"""What ``serve --demo`` (and so ``make demo``) preloads: two sample Sonar jobs, one Agent API
run, and a cited answer for whatever is submitted."""

from __future__ import annotations

from typing import Any

from ..testing import MockServer

__all__ = [
    "DEMO_FAILURE_ID",
    "DEMO_RESEARCH_ID",
    "DEMO_RUN_ID",
    "add_demo_jobs",
    "script_demo_questions",
]

DEMO_RESEARCH_ID = "demo-research"
DEMO_FAILURE_ID = "demo-failure"
DEMO_RUN_ID = "resp_demo_research"  # an Agent API run: the documented resp_ id form
_ANSWER = (
    "Async APIs suit long-running work: the client submits a job, gets an id at once, and polls "
    "until the result is ready, instead of holding one HTTP connection open for minutes [1]. "
    "Polling with exponential backoff keeps the request rate low while the job runs [2], and "
    "honouring the server's Retry-After header avoids piling onto an overloaded service [3]."
)
_RESULTS: list[dict[str, Any]] = [
    {
        "title": "Asynchronous Request-Reply pattern",
        "url": "https://learn.microsoft.com/azure/architecture/patterns/async-request-reply",
        "date": "2024-05-01",
        "snippet": "Decouple backend processing from a frontend host...",
    },
    {
        "title": "Exponential backoff and jitter",
        "url": "https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/",
        "date": "2015-03-04",
        "snippet": "Adding jitter to backoff spreads out retries...",
    },
    {
        "title": "RFC 9110, section 10.2.3: Retry-After",
        "url": "https://www.rfc-editor.org/rfc/rfc9110#name-retry-after",
        "date": "2022-06-01",
        "snippet": "Servers send the Retry-After header field to indicate how long...",
    },
]
_CITATIONS = [result["url"] for result in _RESULTS]
_FAILURE = "the research model ran out of time budget (a scripted demo failure)"


def add_demo_jobs(server: MockServer, *, seconds: float = 4.0) -> tuple[str, str, str]:
    """Preload two sample Sonar jobs and an Agent API run: ``demo-research`` and
    ``resp_demo_research`` complete ``seconds`` after their first poll, with an answer,
    citations and search results; ``demo-failure`` fails half as late. Returns their ids."""
    server.add_job(
        DEMO_RESEARCH_ID,
        seconds_before_done=seconds,
        answer=_ANSWER,
        citations=_CITATIONS,
        search_results=_RESULTS,
    )
    server.add_job(DEMO_FAILURE_ID, seconds_before_done=seconds / 2, fail=_FAILURE)
    server.add_job(
        DEMO_RUN_ID,
        seconds_before_done=seconds,
        answer=_ANSWER,
        citations=_CITATIONS,
        search_results=_RESULTS,
    )
    return DEMO_RESEARCH_ID, DEMO_FAILURE_ID, DEMO_RUN_ID


def script_demo_questions(server: MockServer, *, seconds: float = 4.0) -> None:
    """Jobs and runs submitted with ``create`` complete ``seconds`` after their first poll (or as
    the server's workload says), with the demo's cited answer; so do the runs of a Batch API
    batch, the batch completing on its first retrieve ``seconds`` after its create."""
    server.script_created_jobs(
        seconds_before_done=seconds, answer=_ANSWER, citations=_CITATIONS, search_results=_RESULTS
    )
    server.script_batches(
        polls_before_done=1, seconds_before_done=seconds, answer=_ANSWER, citations=_CITATIONS
    )
