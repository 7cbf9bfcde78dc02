"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_chat_completions_request import ApiChatCompletionsRequest
    from .api_chat_completions_request_reasoning_effort_type_0 import (
        ApiChatCompletionsRequestReasoningEffortType0,
    )
    from .api_chat_completions_request_search_mode_type_0 import (
        ApiChatCompletionsRequestSearchModeType0,
    )
    from .api_chat_completions_request_search_recency_filter_type_0 import (
        ApiChatCompletionsRequestSearchRecencyFilterType0,
    )
    from .api_chat_completions_request_stream_mode import (
        ApiChatCompletionsRequestStreamMode,
    )
    from .api_public_search_result import ApiPublicSearchResult
    from .api_public_search_result_source import ApiPublicSearchResultSource
    from .async_api_chat_completions_request import AsyncApiChatCompletionsRequest
    from .async_api_chat_completions_response import AsyncApiChatCompletionsResponse
    from .async_api_chat_completions_response_summary import (
        AsyncApiChatCompletionsResponseSummary,
    )
    from .async_processing_status import AsyncProcessingStatus
    from .chat_message import ChatMessage
    from .chat_message_content_file_chunk import ChatMessageContentFileChunk
    from .chat_message_content_image_chunk import ChatMessageContentImageChunk
    from .chat_message_content_pdf_chunk import ChatMessageContentPDFChunk
    from .chat_message_content_text_chunk import ChatMessageContentTextChunk
    from .chat_message_content_video_chunk import ChatMessageContentVideoChunk
    from .chat_message_input import ChatMessageInput
    from .chat_message_role import ChatMessageRole
    from .choice import Choice
    from .choice_finish_reason_type_0 import ChoiceFinishReasonType0
    from .completion_response import CompletionResponse
    from .cost import Cost
    from .http_validation_error import HTTPValidationError
    from .image_result import ImageResult
    from .json_schema import JSONSchema
    from .json_schema_schema import JSONSchemaSchema
    from .list_async_api_chat_completions_response import (
        ListAsyncApiChatCompletionsResponse,
    )
    from .response_format_json_schema import ResponseFormatJSONSchema
    from .response_format_text import ResponseFormatText
    from .url import URL
    from .usage_info import UsageInfo
    from .user_location import UserLocation
    from .validation_error import ValidationError
    from .video_url import VideoURL
    from .web_search_options import WebSearchOptions
    from .web_search_options_search_context_size import (
        WebSearchOptionsSearchContextSize,
    )
    from .web_search_options_search_type_type_0 import WebSearchOptionsSearchTypeType0

_MODULES = {
    "ApiChatCompletionsRequest": ".api_chat_completions_request",
    "ApiChatCompletionsRequestReasoningEffortType0": ".api_chat_completions_request_reasoning_effort_type_0",
    "ApiChatCompletionsRequestSearchModeType0": ".api_chat_completions_request_search_mode_type_0",
    "ApiChatCompletionsRequestSearchRecencyFilterType0": ".api_chat_completions_request_search_recency_filter_type_0",
    "ApiChatCompletionsRequestStreamMode": ".api_chat_completions_request_stream_mode",
    "ApiPublicSearchResult": ".api_public_search_result",
    "ApiPublicSearchResultSource": ".api_public_search_result_source",
    "AsyncApiChatCompletionsRequest": ".async_api_chat_completions_request",
    "AsyncApiChatCompletionsResponse": ".async_api_chat_completions_response",
    "AsyncApiChatCompletionsResponseSummary": ".async_api_chat_completions_response_summary",
    "AsyncProcessingStatus": ".async_processing_status",
    "ChatMessage": ".chat_message",
    "ChatMessageContentFileChunk": ".chat_message_content_file_chunk",
    "ChatMessageContentImageChunk": ".chat_message_content_image_chunk",
    "ChatMessageContentPDFChunk": ".chat_message_content_pdf_chunk",
    "ChatMessageContentTextChunk": ".chat_message_content_text_chunk",
    "ChatMessageContentVideoChunk": ".chat_message_content_video_chunk",
    "ChatMessageInput": ".chat_message_input",
    "ChatMessageRole": ".chat_message_role",
    "Choice": ".choice",
    "ChoiceFinishReasonType0": ".choice_finish_reason_type_0",
    "CompletionResponse": ".completion_response",
    "Cost": ".cost",
    "HTTPValidationError": ".http_validation_error",
    "ImageResult": ".image_result",
    "JSONSchema": ".json_schema",
    "JSONSchemaSchema": ".json_schema_schema",
    "ListAsyncApiChatCompletionsResponse": ".list_async_api_chat_completions_response",
    "ResponseFormatJSONSchema": ".response_format_json_schema",
    "ResponseFormatText": ".response_format_text",
    "URL": ".url",
    "UsageInfo": ".usage_info",
    "UserLocation": ".user_location",
    "ValidationError": ".validation_error",
    "VideoURL": ".video_url",
    "WebSearchOptions": ".web_search_options",
    "WebSearchOptionsSearchContextSize": ".web_search_options_search_context_size",
    "WebSearchOptionsSearchTypeType0": ".web_search_options_search_type_type_0",
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
    "ApiChatCompletionsRequest",
    "ApiChatCompletionsRequestReasoningEffortType0",
    "ApiChatCompletionsRequestSearchModeType0",
    "ApiChatCompletionsRequestSearchRecencyFilterType0",
    "ApiChatCompletionsRequestStreamMode",
    "ApiPublicSearchResult",
    "ApiPublicSearchResultSource",
    "AsyncApiChatCompletionsRequest",
    "AsyncApiChatCompletionsResponse",
    "AsyncApiChatCompletionsResponseSummary",
    "AsyncProcessingStatus",
    "ChatMessage",
    "ChatMessageContentFileChunk",
    "ChatMessageContentImageChunk",
    "ChatMessageContentPDFChunk",
    "ChatMessageContentTextChunk",
    "ChatMessageContentVideoChunk",
    "ChatMessageInput",
    "ChatMessageRole",
    "Choice",
    "ChoiceFinishReasonType0",
    "CompletionResponse",
    "Cost",
    "HTTPValidationError",
    "ImageResult",
    "JSONSchema",
    "JSONSchemaSchema",
    "ListAsyncApiChatCompletionsResponse",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "UsageInfo",
    "UserLocation",
    "ValidationError",
    "VideoURL",
    "WebSearchOptions",
    "WebSearchOptionsSearchContextSize",
    "WebSearchOptionsSearchTypeType0",
)
