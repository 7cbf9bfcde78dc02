"""Agent API background runs as the API serves them (``resp_...``), and the scripted runs the
server steps through: queued, in_progress (``output: []``), then completed, failed or cancelled."""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._validate import first_agent_problem
from ._jobs import Job

__all__ = [
    "DEFAULT_RUN_MODEL",
    "Run",
    "completed_run_body",
    "new_run_id",
    "run_body",
    "scripted_run",
]

DEFAULT_RUN_MODEL = "perplexity/sonar"
TERMINAL = frozenset({"completed", "failed", "cancelled"})
# What a run's body keeps from its create request through every state.
_ECHOED = ("background", "effort", "preset")


def new_run_id() -> str:
    """A fresh id in the documented form, ``resp_<hex>``."""
    return f"resp_{uuid.uuid4().hex}"


@dataclass
class Run(Job):
    """A run the server steps through like a ``Job`` (the same polls, seconds and clock), with
    the Agent API's statuses and bodies, and cancellation."""

    question: str | None = None  # the search_results item's query, when known

    def cancel(self, now: float) -> bool:
        """Cancel unless terminal (True: acknowledged). A set body is acknowledged, not changed."""
        body = self.advance(now)
        status = body.get("status") if isinstance(body, dict) else None
        if status in TERMINAL:
            return False
        if self.scripted:
            error = {"code": "cancelled", "message": "The run was cancelled on request."}
            self.body = {**self.body, "status": "cancelled", "output": [], "error": error}
        return True

    @property
    def status(self) -> Any:
        return self.body.get("status") if isinstance(self.body, dict) else None

    def _start(self) -> None:
        if self.body["status"] == "queued":
            self.body["status"] = "in_progress"

    def _finish(self) -> None:
        if self.body["status"] in TERMINAL:
            return
        kept = {name: self.body[name] for name in _ECHOED if name in self.body}
        common = {"model": self.body["model"], "created_at": self.body["created_at"], **kept}
        if self.fail is not None:
            error = {"code": "run_failed", "message": self.fail}
            self.body = run_body(self.body["id"], status="failed", error=error, **common)
        else:
            self.body = completed_run_body(
                self.body["id"],
                answer=self.answer,
                citations=self.citations,
                search_results=self.search_results,
                queries=() if self.question is None else (self.question,),
                **common,
            )


def scripted_run(
    response_id: str,
    *,
    model: str | None = None,
    question: str | None = None,
    echoed: Mapping[str, Any] | None = None,
    **script: Any,
) -> Run:
    """A scripted run, its options checked (``MockServer.add_job`` documents them); ``echoed``:
    the create's fields its body shows (``background``, ``effort``...)."""
    body = run_body(response_id, model=model or DEFAULT_RUN_MODEL, **(echoed or {}))
    return Run.from_script(body, question=question, **script)


def run_body(
    response_id: str,
    *,
    status: str = "queued",
    model: str = DEFAULT_RUN_MODEL,
    created_at: int | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """The JSON body of a run with no output yet (queued, in_progress, failed or cancelled;
    ``fields`` adds e.g. ``error``, ``effort``, ``background``), as the Agent API serves it.

    Example: ``run_body("resp_1", status="in_progress")["output"] == []``
    """
    return {
        "id": response_id,
        "object": "response",
        "created_at": int(time.time()) if created_at is None else created_at,
        "model": model,
        "status": status,
        "output": [],
        **fields,
    }


def completed_run_body(
    response_id: str,
    *,
    answer: str = "",
    citations: Sequence[str] = (),
    search_results: Sequence[Mapping[str, Any]] = (),
    queries: Sequence[str] = (),
    model: str = DEFAULT_RUN_MODEL,
    created_at: int | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """The JSON body of a completed run: one ``search_results`` item (``search_results``, then
    each citation URL not among them), one ``message`` item with ``answer`` as its
    ``output_text``, and ``usage`` with its cost.

    Example: ``completed_run_body("resp_1", answer="Paris.")["output"][1]["type"] == "message"``
    """
    results: list[dict[str, Any]] = []
    for given in search_results:
        result: dict[str, Any] = {"title": "", "snippet": "", "source": "web"}
        result.update((key, value) for key, value in given.items() if value is not None)
        results.append(result)
    seen = {result.get("url") for result in results}
    results += [
        {"title": url, "url": url, "snippet": "", "source": "web"}
        for url in citations
        if url not in seen
    ]
    for number, result in enumerate(results, 1):
        result.setdefault("id", number)
    output_tokens = max(1, len(answer) // 4)
    body = run_body(response_id, status="completed", model=model, created_at=created_at, **fields)
    body["output"] = [
        {"type": "search_results", "queries": list(queries), "results": results},
        {
            "type": "message",
            "id": f"msg_{uuid.uuid4().hex}",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": answer, "annotations": []}],
        },
    ]
    body["usage"] = {
        "input_tokens": 12,
        "output_tokens": output_tokens,
        "total_tokens": 12 + output_tokens,
        "cost": {
            "currency": "USD",
            "input_cost": 0.0,
            "output_cost": 0.001,
            "tool_calls_cost": 0.005,
            "total_cost": 0.006,
        },
    }
    return body


def request_problem(data: Any) -> tuple[str, str | None] | None:
    """Why the Agent API refuses a create body (message, the ``param`` at fault), or None: the
    client's own rules from the spec (``first_agent_problem``: unknown fields, types, values),
    so the server refuses exactly what the client does.

    Example: ``request_problem({"input": "x", "search_mode": "web"})[1] == "search_mode"``
    """
    problem = first_agent_problem(data)
    if problem is None:
        return None
    return str(problem.error()), problem.where if problem.path else None


def question_of(items: Any) -> str:
    """The last user text of a create's ``input`` (a string, or input items)."""
    if isinstance(items, str):
        return items
    for item in reversed(items if isinstance(items, list) else []):
        content = item.get("content") if isinstance(item, dict) else None
        if isinstance(content, str):
            return content
        for part in reversed(content if isinstance(content, list) else []):
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                return str(part["text"])
    return ""
