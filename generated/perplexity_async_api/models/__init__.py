"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_public_search_result import ApiPublicSearchResult
    from .api_public_search_result_source import ApiPublicSearchResultSource
    from .async_api_chat_completions_response import AsyncApiChatCompletionsResponse
    from .async_processing_status import AsyncProcessingStatus
    from .chat_message import ChatMessage
    from .chat_message_content_file_chunk import ChatMessageContentFileChunk
    from .chat_message_content_image_chunk import ChatMessageContentImageChunk
    from .chat_message_content_pdf_chunk import ChatMessageContentPDFChunk
    from .chat_message_content_text_chunk import ChatMessageContentTextChunk
    from .chat_message_content_video_chunk import ChatMessageContentVideoChunk
    from .chat_message_role import ChatMessageRole
    from .choice import Choice
    from .choice_finish_reason_type_0 import ChoiceFinishReasonType0
    from .completion_response import CompletionResponse
    from .completion_response_status import CompletionResponseStatus
    from .completion_response_type import CompletionResponseType
    from .cost import Cost
    from .execute_python_step_details import ExecutePythonStepDetails
    from .fetch_url_content_step_details import FetchUrlContentStepDetails
    from .http_validation_error import HTTPValidationError
    from .reasoning_step import ReasoningStep
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .url import URL
    from .usage_info import UsageInfo
    from .validation_error import ValidationError
    from .video_url import VideoURL
    from .web_search_step_details import WebSearchStepDetails

_MODULES = {
    "ApiPublicSearchResult": ".api_public_search_result",
    "ApiPublicSearchResultSource": ".api_public_search_result_source",
    "AsyncApiChatCompletionsResponse": ".async_api_chat_completions_response",
    "AsyncProcessingStatus": ".async_processing_status",
    "ChatMessage": ".chat_message",
    "ChatMessageContentFileChunk": ".chat_message_content_file_chunk",
    "ChatMessageContentImageChunk": ".chat_message_content_image_chunk",
    "ChatMessageContentPDFChunk": ".chat_message_content_pdf_chunk",
    "ChatMessageContentTextChunk": ".chat_message_content_text_chunk",
    "ChatMessageContentVideoChunk": ".chat_message_content_video_chunk",
    "ChatMessageRole": ".chat_message_role",
    "Choice": ".choice",
    "ChoiceFinishReasonType0": ".choice_finish_reason_type_0",
    "CompletionResponse": ".completion_response",
    "CompletionResponseStatus": ".completion_response_status",
    "CompletionResponseType": ".completion_response_type",
    "Cost": ".cost",
    "ExecutePythonStepDetails": ".execute_python_step_details",
    "FetchUrlContentStepDetails": ".fetch_url_content_step_details",
    "HTTPValidationError": ".http_validation_error",
    "ReasoningStep": ".reasoning_step",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "URL": ".url",
    "UsageInfo": ".usage_info",
    "ValidationError": ".validation_error",
    "VideoURL": ".video_url",
    "WebSearchStepDetails": ".web_search_step_details",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "URL",
    "ApiPublicSearchResult",
    "ApiPublicSearchResultSource",
    "AsyncApiChatCompletionsResponse",
    "AsyncProcessingStatus",
    "ChatMessage",
    "ChatMessageContentFileChunk",
    "ChatMessageContentImageChunk",
    "ChatMessageContentPDFChunk",
    "ChatMessageContentTextChunk",
    "ChatMessageContentVideoChunk",
    "ChatMessageRole",
    "Choice",
    "ChoiceFinishReasonType0",
    "CompletionResponse",
    "CompletionResponseStatus",
    "CompletionResponseType",
    "Cost",
    "ExecutePythonStepDetails",
    "FetchUrlContentStepDetails",
    "HTTPValidationError",
    "ReasoningStep",
    "ToolCall",
    "ToolCallFunction",
    "UsageInfo",
    "ValidationError",
    "VideoURL",
    "WebSearchStepDetails",
)
