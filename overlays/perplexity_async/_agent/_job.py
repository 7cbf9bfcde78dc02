"""How an Agent API run's body reads as a ``Job``: its answer, citations, cost and so on."""

from __future__ import annotations

from typing import Final

from perplexity_async_api.models import (
    ContentPartType,
    FunctionCallOutputItem,
    McpApprovalRequestOutputItem,
    MessageOutputItem,
    ResponsesCost,
    ResponsesResponse,
    ResponsesUsage,
    SearchResult,
    SearchResultsOutputItem,
)

from .._errors import shorten

__all__ = ["AgentView"]


class AgentView:
    """The Agent API reading of ``Job``'s properties (see ``_job.Job``); no state."""

    api: Final = "agent"
    model = ResponsesResponse
    timestamps = ("created_at",)

    @staticmethod
    def response(raw: ResponsesResponse) -> None:
        return None  # Sonar's completion object: a run has ``output`` items instead

    @staticmethod
    def text(raw: ResponsesResponse) -> str | None:
        """The ``output_text`` parts of the message items, in order, joined with no separator
        (the official SDKs' ``output_text``); None while there are none."""
        parts = [
            part.text
            for item in raw.output
            if isinstance(item, MessageOutputItem)
            for part in item.content
            if part.type_ == ContentPartType.OUTPUT_TEXT
        ]
        return "".join(parts) if parts else None

    @staticmethod
    def search_results(raw: ResponsesResponse) -> list[SearchResult]:
        return [
            result
            for item in raw.output
            if isinstance(item, SearchResultsOutputItem)
            for result in item.results
        ]

    @staticmethod
    def citations(raw: ResponsesResponse) -> list[str]:
        return [result.url for result in AgentView.search_results(raw)]

    @staticmethod
    def images(raw: ResponsesResponse) -> list[object]:
        return []  # no equivalent of Sonar's return_images

    @staticmethod
    def related_questions(raw: ResponsesResponse) -> list[str]:
        return []  # no equivalent of Sonar's return_related_questions

    @staticmethod
    def usage(raw: ResponsesResponse) -> ResponsesUsage | None:
        value = raw.usage
        return value if isinstance(value, ResponsesUsage) else None

    @staticmethod
    def cost(raw: ResponsesResponse) -> float | None:
        usage = AgentView.usage(raw)
        cost = usage.cost if usage is not None else None
        return cost.total_cost if isinstance(cost, ResponsesCost) else None

    @staticmethod
    def error_message(raw: ResponsesResponse) -> str | None:
        error = raw.error
        message = getattr(error, "message", None)
        return message if isinstance(message, str) else None

    @staticmethod
    def waiting_for(raw: ResponsesResponse) -> tuple[str, ...]:
        """What a run at REQUIRES_ACTION waits for: the outputs of its function calls and its
        approval requests, each named; at most ten (a run's output is the server's text)."""
        wanted: list[str] = []
        for item in raw.output:
            if isinstance(item, FunctionCallOutputItem):
                wanted.append(
                    f"the output of function call {shorten(item.name, 60)!r} "
                    f"(call_id {shorten(item.call_id, 60)!r})"
                )
            elif isinstance(item, McpApprovalRequestOutputItem):
                wanted.append(
                    f"an approval of tool {shorten(item.name, 60)!r} on "
                    f"{shorten(item.server_label, 60)!r} (id {shorten(item.id, 60)!r})"
                )
            if len(wanted) == 10:
                break
        return tuple(wanted)
