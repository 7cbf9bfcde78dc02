"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_image_result import AgentImageResult
    from .annotation import Annotation
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
    from .api_error import ApiError
    from .api_error_detail import ApiErrorDetail
    from .api_public_search_result import ApiPublicSearchResult
    from .api_public_search_result_source import ApiPublicSearchResultSource
    from .approval_filter import ApprovalFilter
    from .approval_filters import ApprovalFilters
    from .async_api_chat_completions_request import AsyncApiChatCompletionsRequest
    from .async_api_chat_completions_response import AsyncApiChatCompletionsResponse
    from .async_api_chat_completions_response_summary import (
        AsyncApiChatCompletionsResponseSummary,
    )
    from .async_processing_status import AsyncProcessingStatus
    from .batch import Batch
    from .batch_error import BatchError
    from .batch_errors import BatchErrors
    from .batch_errors_object import BatchErrorsObject
    from .batch_file import BatchFile
    from .batch_file_deleted import BatchFileDeleted
    from .batch_file_deleted_object import BatchFileDeletedObject
    from .batch_file_object import BatchFileObject
    from .batch_list import BatchList
    from .batch_list_object import BatchListObject
    from .batch_metadata_type_0 import BatchMetadataType0
    from .batch_object import BatchObject
    from .batch_request_counts import BatchRequestCounts
    from .batch_request_line import BatchRequestLine
    from .batch_request_line_body import BatchRequestLineBody
    from .batch_request_line_method import BatchRequestLineMethod
    from .batch_result_line import BatchResultLine
    from .batch_result_line_error_type_0 import BatchResultLineErrorType0
    from .batch_result_line_response_type_0 import BatchResultLineResponseType0
    from .batch_result_line_response_type_0_body import BatchResultLineResponseType0Body
    from .batch_status import BatchStatus
    from .batch_usage import BatchUsage
    from .batch_usage_input_tokens_details import BatchUsageInputTokensDetails
    from .batch_usage_output_tokens_details import BatchUsageOutputTokensDetails
    from .builtin_skill import BuiltinSkill
    from .builtin_skill_name import BuiltinSkillName
    from .builtin_skill_type import BuiltinSkillType
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
    from .connector_tool import ConnectorTool
    from .connector_tool_type import ConnectorToolType
    from .content_part import ContentPart
    from .content_part_type import ContentPartType
    from .cost import Cost
    from .create_batch_request import CreateBatchRequest
    from .create_batch_request_completion_window import (
        CreateBatchRequestCompletionWindow,
    )
    from .create_batch_request_endpoint import CreateBatchRequestEndpoint
    from .create_batch_request_metadata_type_0 import CreateBatchRequestMetadataType0
    from .currency import Currency
    from .custom_skill import CustomSkill
    from .custom_skill_type import CustomSkillType
    from .date_filters import DateFilters
    from .error_info import ErrorInfo
    from .fetch_url_results_output_item import FetchUrlResultsOutputItem
    from .fetch_url_results_output_item_type import FetchUrlResultsOutputItemType
    from .fetch_url_tool import FetchUrlTool
    from .fetch_url_tool_type import FetchUrlToolType
    from .file_object_list import FileObjectList
    from .file_object_list_object import FileObjectListObject
    from .file_purpose import FilePurpose
    from .file_upload import FileUpload
    from .file_upload_purpose import FileUploadPurpose
    from .finance_search_tool import FinanceSearchTool
    from .finance_search_tool_type import FinanceSearchToolType
    from .function_call_input import FunctionCallInput
    from .function_call_input_type import FunctionCallInputType
    from .function_call_output_image_part import FunctionCallOutputImagePart
    from .function_call_output_image_part_detail import (
        FunctionCallOutputImagePartDetail,
    )
    from .function_call_output_image_part_type import FunctionCallOutputImagePartType
    from .function_call_output_input import FunctionCallOutputInput
    from .function_call_output_input_status import FunctionCallOutputInputStatus
    from .function_call_output_input_type import FunctionCallOutputInputType
    from .function_call_output_item import FunctionCallOutputItem
    from .function_call_output_item_type import FunctionCallOutputItemType
    from .function_call_output_text_part import FunctionCallOutputTextPart
    from .function_call_output_text_part_type import FunctionCallOutputTextPartType
    from .function_tool import FunctionTool
    from .function_tool_parameters import FunctionToolParameters
    from .function_tool_type import FunctionToolType
    from .get_agent_response_format import GetAgentResponseFormat
    from .http_validation_error import HTTPValidationError
    from .image_result import ImageResult
    from .image_search_filters import ImageSearchFilters
    from .image_search_filters_format_filter_item import (
        ImageSearchFiltersFormatFilterItem,
    )
    from .image_search_results_output_item import ImageSearchResultsOutputItem
    from .image_search_results_output_item_type import ImageSearchResultsOutputItemType
    from .image_search_tool import ImageSearchTool
    from .image_search_tool_type import ImageSearchToolType
    from .inline_skill import InlineSkill
    from .inline_skill_type import InlineSkillType
    from .input_content_part import InputContentPart
    from .input_content_part_type import InputContentPartType
    from .input_message import InputMessage
    from .input_message_role import InputMessageRole
    from .input_message_type import InputMessageType
    from .input_tokens_details import InputTokensDetails
    from .json_schema import JSONSchema
    from .json_schema_format import JSONSchemaFormat
    from .json_schema_format_schema import JSONSchemaFormatSchema
    from .json_schema_schema import JSONSchemaSchema
    from .list_async_api_chat_completions_response import (
        ListAsyncApiChatCompletionsResponse,
    )
    from .list_files_order import ListFilesOrder
    from .mcp_approval_request_input import McpApprovalRequestInput
    from .mcp_approval_request_input_type import McpApprovalRequestInputType
    from .mcp_approval_request_output_item import McpApprovalRequestOutputItem
    from .mcp_approval_request_output_item_type import McpApprovalRequestOutputItemType
    from .mcp_approval_response_input import McpApprovalResponseInput
    from .mcp_approval_response_input_type import McpApprovalResponseInputType
    from .mcp_call_input import McpCallInput
    from .mcp_call_input_type import McpCallInputType
    from .mcp_call_output_item import McpCallOutputItem
    from .mcp_call_output_item_type import McpCallOutputItemType
    from .mcp_list_tools_input import McpListToolsInput
    from .mcp_list_tools_input_type import McpListToolsInputType
    from .mcp_list_tools_output_item import McpListToolsOutputItem
    from .mcp_list_tools_output_item_type import McpListToolsOutputItemType
    from .mcp_tool import McpTool
    from .mcp_tool_def import McpToolDef
    from .mcp_tool_def_annotations import McpToolDefAnnotations
    from .mcp_tool_def_input_schema import McpToolDefInputSchema
    from .mcp_tool_headers import McpToolHeaders
    from .mcp_tool_type import McpToolType
    from .message_output_item import MessageOutputItem
    from .message_output_item_type import MessageOutputItemType
    from .namespace_tool import NamespaceTool
    from .namespace_tool_def import NamespaceToolDef
    from .namespace_tool_def_parameters import NamespaceToolDefParameters
    from .namespace_tool_def_type import NamespaceToolDefType
    from .namespace_tool_type import NamespaceToolType
    from .output_tokens_details import OutputTokensDetails
    from .people_search_tool import PeopleSearchTool
    from .people_search_tool_type import PeopleSearchToolType
    from .profile_reference import ProfileReference
    from .profile_reference_type import ProfileReferenceType
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_effort import ReasoningConfigEffort
    from .reasoning_input_item import ReasoningInputItem
    from .reasoning_input_item_status import ReasoningInputItemStatus
    from .reasoning_input_item_type import ReasoningInputItemType
    from .reasoning_summary_input import ReasoningSummaryInput
    from .reasoning_summary_input_type import ReasoningSummaryInputType
    from .reasoning_text_input import ReasoningTextInput
    from .reasoning_text_input_type import ReasoningTextInputType
    from .require_approval_type_0 import RequireApprovalType0
    from .response_cancel_response import ResponseCancelResponse
    from .response_cancel_response_status import ResponseCancelResponseStatus
    from .response_format import ResponseFormat
    from .response_format_json_schema import ResponseFormatJSONSchema
    from .response_format_text import ResponseFormatText
    from .response_format_type import ResponseFormatType
    from .responses_cost import ResponsesCost
    from .responses_object_type import ResponsesObjectType
    from .responses_request import ResponsesRequest
    from .responses_request_service_tier import ResponsesRequestServiceTier
    from .responses_response import ResponsesResponse
    from .responses_usage import ResponsesUsage
    from .responses_usage_input_tokens_details import ResponsesUsageInputTokensDetails
    from .responses_usage_tool_calls_details import ResponsesUsageToolCallsDetails
    from .role_type import RoleType
    from .sandbox_apply_patch_output_item import SandboxApplyPatchOutputItem
    from .sandbox_apply_patch_output_item_type import SandboxApplyPatchOutputItemType
    from .sandbox_edit_file_output_item import SandboxEditFileOutputItem
    from .sandbox_edit_file_output_item_type import SandboxEditFileOutputItemType
    from .sandbox_glob_output_item import SandboxGlobOutputItem
    from .sandbox_glob_output_item_type import SandboxGlobOutputItemType
    from .sandbox_grep_output_item import SandboxGrepOutputItem
    from .sandbox_grep_output_item_type import SandboxGrepOutputItemType
    from .sandbox_read_file_output_item import SandboxReadFileOutputItem
    from .sandbox_read_file_output_item_type import SandboxReadFileOutputItemType
    from .sandbox_result import SandboxResult
    from .sandbox_result_status import SandboxResultStatus
    from .sandbox_results_output_item import SandboxResultsOutputItem
    from .sandbox_results_output_item_language import SandboxResultsOutputItemLanguage
    from .sandbox_results_output_item_status import SandboxResultsOutputItemStatus
    from .sandbox_results_output_item_type import SandboxResultsOutputItemType
    from .sandbox_tool import SandboxTool
    from .sandbox_tool_type import SandboxToolType
    from .sandbox_write_file_output_item import SandboxWriteFileOutputItem
    from .sandbox_write_file_output_item_type import SandboxWriteFileOutputItemType
    from .search_domain_filter import SearchDomainFilter
    from .search_recency_filter import SearchRecencyFilter
    from .search_result import SearchResult
    from .search_results_output_item import SearchResultsOutputItem
    from .search_results_output_item_type import SearchResultsOutputItemType
    from .search_source import SearchSource
    from .share_file_output_item import ShareFileOutputItem
    from .share_file_output_item_type import ShareFileOutputItemType
    from .skill_loaded_output_item import SkillLoadedOutputItem
    from .skill_loaded_output_item_type import SkillLoadedOutputItemType
    from .status import Status
    from .tool_call_details import ToolCallDetails
    from .tool_call_token_usage import ToolCallTokenUsage
    from .tool_choice_type_0 import ToolChoiceType0
    from .tool_choice_type_1 import ToolChoiceType1
    from .tool_search_output_item import ToolSearchOutputItem
    from .tool_search_output_item_type import ToolSearchOutputItemType
    from .tool_user_location import ToolUserLocation
    from .unknown_output_item import UnknownOutputItem
    from .unknown_output_item_payload import UnknownOutputItemPayload
    from .unknown_output_item_type import UnknownOutputItemType
    from .unlisted_output_item import UnlistedOutputItem
    from .url import URL
    from .url_content import UrlContent
    from .usage_info import UsageInfo
    from .user_location import UserLocation
    from .validation_error import ValidationError
    from .video_url import VideoURL
    from .web_search_filters import WebSearchFilters
    from .web_search_options import WebSearchOptions
    from .web_search_options_search_context_size import (
        WebSearchOptionsSearchContextSize,
    )
    from .web_search_options_search_type_type_0 import WebSearchOptionsSearchTypeType0
    from .web_search_tool import WebSearchTool
    from .web_search_tool_search_context_size import WebSearchToolSearchContextSize
    from .web_search_tool_search_type import WebSearchToolSearchType
    from .web_search_tool_type import WebSearchToolType

_MODULES = {
    "AgentImageResult": ".agent_image_result",
    "Annotation": ".annotation",
    "ApiChatCompletionsRequest": ".api_chat_completions_request",
    "ApiChatCompletionsRequestReasoningEffortType0": ".api_chat_completions_request_reasoning_effort_type_0",
    "ApiChatCompletionsRequestSearchModeType0": ".api_chat_completions_request_search_mode_type_0",
    "ApiChatCompletionsRequestSearchRecencyFilterType0": ".api_chat_completions_request_search_recency_filter_type_0",
    "ApiChatCompletionsRequestStreamMode": ".api_chat_completions_request_stream_mode",
    "ApiError": ".api_error",
    "ApiErrorDetail": ".api_error_detail",
    "ApiPublicSearchResult": ".api_public_search_result",
    "ApiPublicSearchResultSource": ".api_public_search_result_source",
    "ApprovalFilter": ".approval_filter",
    "ApprovalFilters": ".approval_filters",
    "AsyncApiChatCompletionsRequest": ".async_api_chat_completions_request",
    "AsyncApiChatCompletionsResponse": ".async_api_chat_completions_response",
    "AsyncApiChatCompletionsResponseSummary": ".async_api_chat_completions_response_summary",
    "AsyncProcessingStatus": ".async_processing_status",
    "Batch": ".batch",
    "BatchError": ".batch_error",
    "BatchErrors": ".batch_errors",
    "BatchErrorsObject": ".batch_errors_object",
    "BatchFile": ".batch_file",
    "BatchFileDeleted": ".batch_file_deleted",
    "BatchFileDeletedObject": ".batch_file_deleted_object",
    "BatchFileObject": ".batch_file_object",
    "BatchList": ".batch_list",
    "BatchListObject": ".batch_list_object",
    "BatchMetadataType0": ".batch_metadata_type_0",
    "BatchObject": ".batch_object",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchRequestLine": ".batch_request_line",
    "BatchRequestLineBody": ".batch_request_line_body",
    "BatchRequestLineMethod": ".batch_request_line_method",
    "BatchResultLine": ".batch_result_line",
    "BatchResultLineErrorType0": ".batch_result_line_error_type_0",
    "BatchResultLineResponseType0": ".batch_result_line_response_type_0",
    "BatchResultLineResponseType0Body": ".batch_result_line_response_type_0_body",
    "BatchStatus": ".batch_status",
    "BatchUsage": ".batch_usage",
    "BatchUsageInputTokensDetails": ".batch_usage_input_tokens_details",
    "BatchUsageOutputTokensDetails": ".batch_usage_output_tokens_details",
    "BuiltinSkill": ".builtin_skill",
    "BuiltinSkillName": ".builtin_skill_name",
    "BuiltinSkillType": ".builtin_skill_type",
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
    "ConnectorTool": ".connector_tool",
    "ConnectorToolType": ".connector_tool_type",
    "ContentPart": ".content_part",
    "ContentPartType": ".content_part_type",
    "Cost": ".cost",
    "CreateBatchRequest": ".create_batch_request",
    "CreateBatchRequestCompletionWindow": ".create_batch_request_completion_window",
    "CreateBatchRequestEndpoint": ".create_batch_request_endpoint",
    "CreateBatchRequestMetadataType0": ".create_batch_request_metadata_type_0",
    "Currency": ".currency",
    "CustomSkill": ".custom_skill",
    "CustomSkillType": ".custom_skill_type",
    "DateFilters": ".date_filters",
    "ErrorInfo": ".error_info",
    "FetchUrlResultsOutputItem": ".fetch_url_results_output_item",
    "FetchUrlResultsOutputItemType": ".fetch_url_results_output_item_type",
    "FetchUrlTool": ".fetch_url_tool",
    "FetchUrlToolType": ".fetch_url_tool_type",
    "FileObjectList": ".file_object_list",
    "FileObjectListObject": ".file_object_list_object",
    "FilePurpose": ".file_purpose",
    "FileUpload": ".file_upload",
    "FileUploadPurpose": ".file_upload_purpose",
    "FinanceSearchTool": ".finance_search_tool",
    "FinanceSearchToolType": ".finance_search_tool_type",
    "FunctionCallInput": ".function_call_input",
    "FunctionCallInputType": ".function_call_input_type",
    "FunctionCallOutputImagePart": ".function_call_output_image_part",
    "FunctionCallOutputImagePartDetail": ".function_call_output_image_part_detail",
    "FunctionCallOutputImagePartType": ".function_call_output_image_part_type",
    "FunctionCallOutputInput": ".function_call_output_input",
    "FunctionCallOutputInputStatus": ".function_call_output_input_status",
    "FunctionCallOutputInputType": ".function_call_output_input_type",
    "FunctionCallOutputItem": ".function_call_output_item",
    "FunctionCallOutputItemType": ".function_call_output_item_type",
    "FunctionCallOutputTextPart": ".function_call_output_text_part",
    "FunctionCallOutputTextPartType": ".function_call_output_text_part_type",
    "FunctionTool": ".function_tool",
    "FunctionToolParameters": ".function_tool_parameters",
    "FunctionToolType": ".function_tool_type",
    "GetAgentResponseFormat": ".get_agent_response_format",
    "HTTPValidationError": ".http_validation_error",
    "ImageResult": ".image_result",
    "ImageSearchFilters": ".image_search_filters",
    "ImageSearchFiltersFormatFilterItem": ".image_search_filters_format_filter_item",
    "ImageSearchResultsOutputItem": ".image_search_results_output_item",
    "ImageSearchResultsOutputItemType": ".image_search_results_output_item_type",
    "ImageSearchTool": ".image_search_tool",
    "ImageSearchToolType": ".image_search_tool_type",
    "InlineSkill": ".inline_skill",
    "InlineSkillType": ".inline_skill_type",
    "InputContentPart": ".input_content_part",
    "InputContentPartType": ".input_content_part_type",
    "InputMessage": ".input_message",
    "InputMessageRole": ".input_message_role",
    "InputMessageType": ".input_message_type",
    "InputTokensDetails": ".input_tokens_details",
    "JSONSchema": ".json_schema",
    "JSONSchemaFormat": ".json_schema_format",
    "JSONSchemaFormatSchema": ".json_schema_format_schema",
    "JSONSchemaSchema": ".json_schema_schema",
    "ListAsyncApiChatCompletionsResponse": ".list_async_api_chat_completions_response",
    "ListFilesOrder": ".list_files_order",
    "McpApprovalRequestInput": ".mcp_approval_request_input",
    "McpApprovalRequestInputType": ".mcp_approval_request_input_type",
    "McpApprovalRequestOutputItem": ".mcp_approval_request_output_item",
    "McpApprovalRequestOutputItemType": ".mcp_approval_request_output_item_type",
    "McpApprovalResponseInput": ".mcp_approval_response_input",
    "McpApprovalResponseInputType": ".mcp_approval_response_input_type",
    "McpCallInput": ".mcp_call_input",
    "McpCallInputType": ".mcp_call_input_type",
    "McpCallOutputItem": ".mcp_call_output_item",
    "McpCallOutputItemType": ".mcp_call_output_item_type",
    "McpListToolsInput": ".mcp_list_tools_input",
    "McpListToolsInputType": ".mcp_list_tools_input_type",
    "McpListToolsOutputItem": ".mcp_list_tools_output_item",
    "McpListToolsOutputItemType": ".mcp_list_tools_output_item_type",
    "McpTool": ".mcp_tool",
    "McpToolDef": ".mcp_tool_def",
    "McpToolDefAnnotations": ".mcp_tool_def_annotations",
    "McpToolDefInputSchema": ".mcp_tool_def_input_schema",
    "McpToolHeaders": ".mcp_tool_headers",
    "McpToolType": ".mcp_tool_type",
    "MessageOutputItem": ".message_output_item",
    "MessageOutputItemType": ".message_output_item_type",
    "NamespaceTool": ".namespace_tool",
    "NamespaceToolDef": ".namespace_tool_def",
    "NamespaceToolDefParameters": ".namespace_tool_def_parameters",
    "NamespaceToolDefType": ".namespace_tool_def_type",
    "NamespaceToolType": ".namespace_tool_type",
    "OutputTokensDetails": ".output_tokens_details",
    "PeopleSearchTool": ".people_search_tool",
    "PeopleSearchToolType": ".people_search_tool_type",
    "ProfileReference": ".profile_reference",
    "ProfileReferenceType": ".profile_reference_type",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningConfigEffort": ".reasoning_config_effort",
    "ReasoningInputItem": ".reasoning_input_item",
    "ReasoningInputItemStatus": ".reasoning_input_item_status",
    "ReasoningInputItemType": ".reasoning_input_item_type",
    "ReasoningSummaryInput": ".reasoning_summary_input",
    "ReasoningSummaryInputType": ".reasoning_summary_input_type",
    "ReasoningTextInput": ".reasoning_text_input",
    "ReasoningTextInputType": ".reasoning_text_input_type",
    "RequireApprovalType0": ".require_approval_type_0",
    "ResponseCancelResponse": ".response_cancel_response",
    "ResponseCancelResponseStatus": ".response_cancel_response_status",
    "ResponseFormat": ".response_format",
    "ResponseFormatJSONSchema": ".response_format_json_schema",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatType": ".response_format_type",
    "ResponsesCost": ".responses_cost",
    "ResponsesObjectType": ".responses_object_type",
    "ResponsesRequest": ".responses_request",
    "ResponsesRequestServiceTier": ".responses_request_service_tier",
    "ResponsesResponse": ".responses_response",
    "ResponsesUsage": ".responses_usage",
    "ResponsesUsageInputTokensDetails": ".responses_usage_input_tokens_details",
    "ResponsesUsageToolCallsDetails": ".responses_usage_tool_calls_details",
    "RoleType": ".role_type",
    "SandboxApplyPatchOutputItem": ".sandbox_apply_patch_output_item",
    "SandboxApplyPatchOutputItemType": ".sandbox_apply_patch_output_item_type",
    "SandboxEditFileOutputItem": ".sandbox_edit_file_output_item",
    "SandboxEditFileOutputItemType": ".sandbox_edit_file_output_item_type",
    "SandboxGlobOutputItem": ".sandbox_glob_output_item",
    "SandboxGlobOutputItemType": ".sandbox_glob_output_item_type",
    "SandboxGrepOutputItem": ".sandbox_grep_output_item",
    "SandboxGrepOutputItemType": ".sandbox_grep_output_item_type",
    "SandboxReadFileOutputItem": ".sandbox_read_file_output_item",
    "SandboxReadFileOutputItemType": ".sandbox_read_file_output_item_type",
    "SandboxResult": ".sandbox_result",
    "SandboxResultStatus": ".sandbox_result_status",
    "SandboxResultsOutputItem": ".sandbox_results_output_item",
    "SandboxResultsOutputItemLanguage": ".sandbox_results_output_item_language",
    "SandboxResultsOutputItemStatus": ".sandbox_results_output_item_status",
    "SandboxResultsOutputItemType": ".sandbox_results_output_item_type",
    "SandboxTool": ".sandbox_tool",
    "SandboxToolType": ".sandbox_tool_type",
    "SandboxWriteFileOutputItem": ".sandbox_write_file_output_item",
    "SandboxWriteFileOutputItemType": ".sandbox_write_file_output_item_type",
    "SearchDomainFilter": ".search_domain_filter",
    "SearchRecencyFilter": ".search_recency_filter",
    "SearchResult": ".search_result",
    "SearchResultsOutputItem": ".search_results_output_item",
    "SearchResultsOutputItemType": ".search_results_output_item_type",
    "SearchSource": ".search_source",
    "ShareFileOutputItem": ".share_file_output_item",
    "ShareFileOutputItemType": ".share_file_output_item_type",
    "SkillLoadedOutputItem": ".skill_loaded_output_item",
    "SkillLoadedOutputItemType": ".skill_loaded_output_item_type",
    "Status": ".status",
    "ToolCallDetails": ".tool_call_details",
    "ToolCallTokenUsage": ".tool_call_token_usage",
    "ToolChoiceType0": ".tool_choice_type_0",
    "ToolChoiceType1": ".tool_choice_type_1",
    "ToolSearchOutputItem": ".tool_search_output_item",
    "ToolSearchOutputItemType": ".tool_search_output_item_type",
    "ToolUserLocation": ".tool_user_location",
    "UnknownOutputItem": ".unknown_output_item",
    "UnknownOutputItemPayload": ".unknown_output_item_payload",
    "UnknownOutputItemType": ".unknown_output_item_type",
    "UnlistedOutputItem": ".unlisted_output_item",
    "URL": ".url",
    "UrlContent": ".url_content",
    "UsageInfo": ".usage_info",
    "UserLocation": ".user_location",
    "ValidationError": ".validation_error",
    "VideoURL": ".video_url",
    "WebSearchFilters": ".web_search_filters",
    "WebSearchOptions": ".web_search_options",
    "WebSearchOptionsSearchContextSize": ".web_search_options_search_context_size",
    "WebSearchOptionsSearchTypeType0": ".web_search_options_search_type_type_0",
    "WebSearchTool": ".web_search_tool",
    "WebSearchToolSearchContextSize": ".web_search_tool_search_context_size",
    "WebSearchToolSearchType": ".web_search_tool_search_type",
    "WebSearchToolType": ".web_search_tool_type",
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
    "AgentImageResult",
    "Annotation",
    "ApiChatCompletionsRequest",
    "ApiChatCompletionsRequestReasoningEffortType0",
    "ApiChatCompletionsRequestSearchModeType0",
    "ApiChatCompletionsRequestSearchRecencyFilterType0",
    "ApiChatCompletionsRequestStreamMode",
    "ApiError",
    "ApiErrorDetail",
    "ApiPublicSearchResult",
    "ApiPublicSearchResultSource",
    "ApprovalFilter",
    "ApprovalFilters",
    "AsyncApiChatCompletionsRequest",
    "AsyncApiChatCompletionsResponse",
    "AsyncApiChatCompletionsResponseSummary",
    "AsyncProcessingStatus",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchErrorsObject",
    "BatchFile",
    "BatchFileDeleted",
    "BatchFileDeletedObject",
    "BatchFileObject",
    "BatchList",
    "BatchListObject",
    "BatchMetadataType0",
    "BatchObject",
    "BatchRequestCounts",
    "BatchRequestLine",
    "BatchRequestLineBody",
    "BatchRequestLineMethod",
    "BatchResultLine",
    "BatchResultLineErrorType0",
    "BatchResultLineResponseType0",
    "BatchResultLineResponseType0Body",
    "BatchStatus",
    "BatchUsage",
    "BatchUsageInputTokensDetails",
    "BatchUsageOutputTokensDetails",
    "BuiltinSkill",
    "BuiltinSkillName",
    "BuiltinSkillType",
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
    "ConnectorTool",
    "ConnectorToolType",
    "ContentPart",
    "ContentPartType",
    "Cost",
    "CreateBatchRequest",
    "CreateBatchRequestCompletionWindow",
    "CreateBatchRequestEndpoint",
    "CreateBatchRequestMetadataType0",
    "Currency",
    "CustomSkill",
    "CustomSkillType",
    "DateFilters",
    "ErrorInfo",
    "FetchUrlResultsOutputItem",
    "FetchUrlResultsOutputItemType",
    "FetchUrlTool",
    "FetchUrlToolType",
    "FileObjectList",
    "FileObjectListObject",
    "FilePurpose",
    "FileUpload",
    "FileUploadPurpose",
    "FinanceSearchTool",
    "FinanceSearchToolType",
    "FunctionCallInput",
    "FunctionCallInputType",
    "FunctionCallOutputImagePart",
    "FunctionCallOutputImagePartDetail",
    "FunctionCallOutputImagePartType",
    "FunctionCallOutputInput",
    "FunctionCallOutputInputStatus",
    "FunctionCallOutputInputType",
    "FunctionCallOutputItem",
    "FunctionCallOutputItemType",
    "FunctionCallOutputTextPart",
    "FunctionCallOutputTextPartType",
    "FunctionTool",
    "FunctionToolParameters",
    "FunctionToolType",
    "GetAgentResponseFormat",
    "HTTPValidationError",
    "ImageResult",
    "ImageSearchFilters",
    "ImageSearchFiltersFormatFilterItem",
    "ImageSearchResultsOutputItem",
    "ImageSearchResultsOutputItemType",
    "ImageSearchTool",
    "ImageSearchToolType",
    "InlineSkill",
    "InlineSkillType",
    "InputContentPart",
    "InputContentPartType",
    "InputMessage",
    "InputMessageRole",
    "InputMessageType",
    "InputTokensDetails",
    "JSONSchema",
    "JSONSchemaFormat",
    "JSONSchemaFormatSchema",
    "JSONSchemaSchema",
    "ListAsyncApiChatCompletionsResponse",
    "ListFilesOrder",
    "McpApprovalRequestInput",
    "McpApprovalRequestInputType",
    "McpApprovalRequestOutputItem",
    "McpApprovalRequestOutputItemType",
    "McpApprovalResponseInput",
    "McpApprovalResponseInputType",
    "McpCallInput",
    "McpCallInputType",
    "McpCallOutputItem",
    "McpCallOutputItemType",
    "McpListToolsInput",
    "McpListToolsInputType",
    "McpListToolsOutputItem",
    "McpListToolsOutputItemType",
    "McpTool",
    "McpToolDef",
    "McpToolDefAnnotations",
    "McpToolDefInputSchema",
    "McpToolHeaders",
    "McpToolType",
    "MessageOutputItem",
    "MessageOutputItemType",
    "NamespaceTool",
    "NamespaceToolDef",
    "NamespaceToolDefParameters",
    "NamespaceToolDefType",
    "NamespaceToolType",
    "OutputTokensDetails",
    "PeopleSearchTool",
    "PeopleSearchToolType",
    "ProfileReference",
    "ProfileReferenceType",
    "ReasoningConfig",
    "ReasoningConfigEffort",
    "ReasoningInputItem",
    "ReasoningInputItemStatus",
    "ReasoningInputItemType",
    "ReasoningSummaryInput",
    "ReasoningSummaryInputType",
    "ReasoningTextInput",
    "ReasoningTextInputType",
    "RequireApprovalType0",
    "ResponseCancelResponse",
    "ResponseCancelResponseStatus",
    "ResponseFormat",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponseFormatType",
    "ResponsesCost",
    "ResponsesObjectType",
    "ResponsesRequest",
    "ResponsesRequestServiceTier",
    "ResponsesResponse",
    "ResponsesUsage",
    "ResponsesUsageInputTokensDetails",
    "ResponsesUsageToolCallsDetails",
    "RoleType",
    "SandboxApplyPatchOutputItem",
    "SandboxApplyPatchOutputItemType",
    "SandboxEditFileOutputItem",
    "SandboxEditFileOutputItemType",
    "SandboxGlobOutputItem",
    "SandboxGlobOutputItemType",
    "SandboxGrepOutputItem",
    "SandboxGrepOutputItemType",
    "SandboxReadFileOutputItem",
    "SandboxReadFileOutputItemType",
    "SandboxResult",
    "SandboxResultStatus",
    "SandboxResultsOutputItem",
    "SandboxResultsOutputItemLanguage",
    "SandboxResultsOutputItemStatus",
    "SandboxResultsOutputItemType",
    "SandboxTool",
    "SandboxToolType",
    "SandboxWriteFileOutputItem",
    "SandboxWriteFileOutputItemType",
    "SearchDomainFilter",
    "SearchRecencyFilter",
    "SearchResult",
    "SearchResultsOutputItem",
    "SearchResultsOutputItemType",
    "SearchSource",
    "ShareFileOutputItem",
    "ShareFileOutputItemType",
    "SkillLoadedOutputItem",
    "SkillLoadedOutputItemType",
    "Status",
    "ToolCallDetails",
    "ToolCallTokenUsage",
    "ToolChoiceType0",
    "ToolChoiceType1",
    "ToolSearchOutputItem",
    "ToolSearchOutputItemType",
    "ToolUserLocation",
    "UnknownOutputItem",
    "UnknownOutputItemPayload",
    "UnknownOutputItemType",
    "UnlistedOutputItem",
    "UrlContent",
    "UsageInfo",
    "UserLocation",
    "ValidationError",
    "VideoURL",
    "WebSearchFilters",
    "WebSearchOptions",
    "WebSearchOptionsSearchContextSize",
    "WebSearchOptionsSearchTypeType0",
    "WebSearchTool",
    "WebSearchToolSearchContextSize",
    "WebSearchToolSearchType",
    "WebSearchToolType",
)
