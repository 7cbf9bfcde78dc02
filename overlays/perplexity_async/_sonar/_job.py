"""How a Sonar async job's body reads as a ``Job``: its answer, citations, cost and so on."""

from __future__ import annotations

from typing import Final

from perplexity_async_api.models import (
    ApiPublicSearchResult,
    AsyncApiChatCompletionsResponse,
    AsyncProcessingStatus,
    ChatMessageContentTextChunk,
    CompletionResponse,
    ImageResult,
    UsageInfo,
)

__all__ = ["SonarView"]


def _response(raw: AsyncApiChatCompletionsResponse) -> CompletionResponse | None:
    value = raw.response
    return value if isinstance(value, CompletionResponse) else None


class SonarView:
    """The Sonar reading of ``Job``'s properties (see ``_job.Job``); no state."""

    api: Final = "sonar"
    model = AsyncApiChatCompletionsResponse
    timestamps = ("created_at", "started_at", "completed_at", "failed_at")
    response = staticmethod(_response)

    @staticmethod
    def text(raw: AsyncApiChatCompletionsResponse) -> str | None:
        response = _response(raw)
        if (
            raw.status != AsyncProcessingStatus.COMPLETED
            or response is None
            or not response.choices
        ):
            return None
        content = response.choices[0].message.content
        if isinstance(content, str):
            return content
        if isinstance(content, list):
            return "".join(c.text for c in content if isinstance(c, ChatMessageContentTextChunk))
        return None

    @staticmethod
    def citations(raw: AsyncApiChatCompletionsResponse) -> list[str]:
        response = _response(raw)
        value = response.citations if response is not None else None
        return list(value) if isinstance(value, list) else []

    @staticmethod
    def search_results(raw: AsyncApiChatCompletionsResponse) -> list[ApiPublicSearchResult]:
        response = _response(raw)
        value = response.search_results if response is not None else None
        return list(value) if isinstance(value, list) else []

    @staticmethod
    def images(raw: AsyncApiChatCompletionsResponse) -> list[ImageResult]:
        response = _response(raw)
        value = response.images if response is not None else None
        return list(value) if isinstance(value, list) else []

    @staticmethod
    def related_questions(raw: AsyncApiChatCompletionsResponse) -> list[str]:
        response = _response(raw)
        value = response.related_questions if response is not None else None
        return list(value) if isinstance(value, list) else []

    @staticmethod
    def usage(raw: AsyncApiChatCompletionsResponse) -> UsageInfo | None:
        response = _response(raw)
        value = response.usage if response is not None else None
        return value if isinstance(value, UsageInfo) else None

    @staticmethod
    def cost(raw: AsyncApiChatCompletionsResponse) -> float | None:
        usage = SonarView.usage(raw)
        return usage.cost.total_cost if usage is not None else None

    @staticmethod
    def error_message(raw: AsyncApiChatCompletionsResponse) -> str | None:
        value = raw.error_message
        return value if isinstance(value, str) else None

    @staticmethod
    def waiting_for(raw: AsyncApiChatCompletionsResponse) -> tuple[str, ...]:
        return ()  # a Sonar job never waits for its caller
