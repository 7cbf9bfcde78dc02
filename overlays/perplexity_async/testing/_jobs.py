"""Job bodies as the API serves them, and the scripted jobs the server steps through."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Self

__all__ = ["Job", "completed_job_body", "job_body", "scripted_job"]


@dataclass
class Job:
    """A job the server steps through: CREATED, IN_PROGRESS from the second poll, then done
    (COMPLETED with ``answer``, or FAILED with the message ``fail``) once ``polls_before_done``
    polls and ``seconds_before_done`` seconds from the first poll have passed; a job with
    ``done_at`` (a workload's) is done from that time on the server's clock, polled or not."""

    body: Any  # a dict for scripted jobs; any JSON for set_job_body's
    polls_before_done: int = 0
    answer: str = ""
    citations: Sequence[str] = ()
    search_results: Sequence[Mapping[str, Any]] = ()
    fail: str | None = None
    seconds_before_done: float = 0.0  # counted from the first poll
    done_at: float | None = None
    first_poll_at: float = 0.0
    polls: int = 0
    scripted: bool = True

    @classmethod
    def from_script(
        cls,
        body: dict[str, Any],
        *,
        polls_before_done: int = 0,
        answer: str = "",
        citations: Sequence[str] = (),
        search_results: Sequence[Mapping[str, Any]] = (),
        fail: str | None = None,
        seconds_before_done: float = 0.0,
        done_at: float | None = None,
        **more: Any,
    ) -> Self:
        """One stepping from ``body`` as scripted (``MockServer.add_job``'s options, checked)."""
        if polls_before_done < 0:
            raise ValueError(f"polls_before_done must be >= 0, got {polls_before_done}")
        if seconds_before_done < 0:
            raise ValueError(f"seconds_before_done must be >= 0, got {seconds_before_done}")
        return cls(
            body=body,
            polls_before_done=polls_before_done,
            answer=answer,
            citations=citations,
            search_results=search_results,
            fail=fail,
            seconds_before_done=seconds_before_done,
            done_at=done_at,
            **more,
        )

    def poll(self, now: float) -> Any:
        """The body served now, counting the poll (copied: it is serialised outside the lock)."""
        self.polls += 1
        if not self.scripted:
            return self.body  # set bodies are never mutated: shared safely
        if self.polls == 1:
            self.first_poll_at = now
        if self.done_at is not None:
            ready = now >= self.done_at
        else:
            waited = now - self.first_poll_at >= self.seconds_before_done
            ready = self.polls > self.polls_before_done and waited
        if ready:
            self._finish()
        elif self.polls > 1:
            self._start()
        return dict(self.body)

    def advance(self, now: float) -> Any:
        """The body as it stands, without a poll: a job done by the clock is done now."""
        if self.scripted and self.done_at is not None and now >= self.done_at:
            self._finish()
        return self.body

    listed = advance  # what a list shows

    def finish_now(self) -> Any:
        """Done at once, whatever the script said (a run created with ``background`` off)."""
        self._finish()
        return dict(self.body)

    def _start(self) -> None:
        self.body.update(status="IN_PROGRESS", started_at=self.body["created_at"])

    def _finish(self) -> None:
        if self.body["status"] in ("COMPLETED", "FAILED"):
            return
        if self.fail is not None:
            self.body.update(
                status="FAILED",
                started_at=self.body["created_at"],
                failed_at=max(int(time.time()), self.body["created_at"]),
                error_message=self.fail,
            )
        else:
            self.body = completed_job_body(
                self.body["id"],
                answer=self.answer,
                citations=self.citations,
                search_results=self.search_results,
                model=self.body["model"],
                created_at=self.body["created_at"],
            )


def scripted_job(request_id: str, *, model: str = "sonar-deep-research", **script: Any) -> Job:
    """A scripted Sonar job, its options checked (``MockServer.add_job`` documents them)."""
    return Job.from_script(job_body(request_id, model=model), **script)


def job_body(
    request_id: str,
    *,
    status: str = "CREATED",
    model: str = "sonar-deep-research",
    created_at: int | None = None,
) -> dict[str, Any]:
    """The JSON body of a job that is not done yet, as the API serves it."""
    return {
        "id": request_id,
        "model": model,
        "created_at": int(time.time()) if created_at is None else created_at,
        "status": status,
        "started_at": None,
        "completed_at": None,
        "response": None,
        "failed_at": None,
        "error_message": None,
    }


def completed_job_body(
    request_id: str,
    *,
    answer: str = "",
    citations: Sequence[str] = (),
    search_results: Sequence[Mapping[str, Any]] = (),
    model: str = "sonar-deep-research",
    created_at: int | None = None,
) -> dict[str, Any]:
    """The JSON body of a COMPLETED job with its answer, citations, search results and usage."""
    body = job_body(request_id, status="COMPLETED", model=model, created_at=created_at)
    now = int(time.time())
    message = {"role": "assistant", "content": answer}
    body.update(
        started_at=body["created_at"],
        completed_at=max(now, body["created_at"]),
        response={
            "id": request_id,
            "model": model,
            "created": body["created_at"],
            "object": "chat.completion",
            "usage": {
                "prompt_tokens": 12,
                "completion_tokens": max(1, len(answer) // 4),
                "total_tokens": 12 + max(1, len(answer) // 4),
                "search_context_size": "low",
                "citation_tokens": 0,
                "num_search_queries": len(search_results),
                "reasoning_tokens": 0,
                "cost": {
                    "input_tokens_cost": 0.0,
                    "output_tokens_cost": 0.001,
                    "request_cost": 0.005,
                    "total_cost": 0.006,
                },
            },
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": message,
                    "delta": {"role": "assistant", "content": ""},
                }
            ],
            "citations": list(citations),
            "search_results": [
                {"snippet": "", "source": "web", "date": None, **result}
                for result in search_results
            ],
        },
    )
    return body
