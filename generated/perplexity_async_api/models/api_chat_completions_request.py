from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_chat_completions_request_reasoning_effort_type_0 import (
    ApiChatCompletionsRequestReasoningEffortType0,
)
from ..models.api_chat_completions_request_search_mode_type_0 import (
    ApiChatCompletionsRequestSearchModeType0,
)
from ..models.api_chat_completions_request_search_recency_filter_type_0 import (
    ApiChatCompletionsRequestSearchRecencyFilterType0,
)
from ..models.api_chat_completions_request_stream_mode import (
    ApiChatCompletionsRequestStreamMode,
)
from ..models.api_chat_completions_request_tool_choice_type_0 import (
    ApiChatCompletionsRequestToolChoiceType0,
)
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    check_list,
    json_type,
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.api_chat_completions_request_response_metadata_type_0 import (
        ApiChatCompletionsRequestResponseMetadataType0,
    )
    from ..models.api_chat_completions_request_search_internal_properties_type_0 import (
        ApiChatCompletionsRequestSearchInternalPropertiesType0,
    )
    from ..models.chat_message_input import ChatMessageInput
    from ..models.response_format_json_schema import ResponseFormatJSONSchema
    from ..models.response_format_regex import ResponseFormatRegex
    from ..models.response_format_text import ResponseFormatText
    from ..models.tool_spec import ToolSpec
    from ..models.web_search_options import WebSearchOptions

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.api_chat_completions_request_response_metadata_type_0 import (
        ApiChatCompletionsRequestResponseMetadataType0,  # noqa: F401
    )
    from ..models.api_chat_completions_request_search_internal_properties_type_0 import (
        ApiChatCompletionsRequestSearchInternalPropertiesType0,  # noqa: F401
    )
    from ..models.chat_message_input import ChatMessageInput  # noqa: F401
    from ..models.response_format_json_schema import ResponseFormatJSONSchema  # noqa: F401
    from ..models.response_format_regex import ResponseFormatRegex  # noqa: F401
    from ..models.response_format_text import ResponseFormatText  # noqa: F401
    from ..models.tool_spec import ToolSpec  # noqa: F401
    from ..models.web_search_options import WebSearchOptions  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "model",
        "messages",
        "max_tokens",
        "n",
        "stream",
        "stop",
        "cum_logprobs",
        "logprobs",
        "top_logprobs",
        "best_of",
        "response_metadata",
        "response_format",
        "diverse_first_token",
        "_inputs",
        "_prompt_token_length",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "web_search_options",
        "search_mode",
        "return_images",
        "return_related_questions",
        "num_search_results",
        "num_images",
        "enable_search_classifier",
        "disable_search",
        "search_domain_filter",
        "search_language_filter",
        "search_tenant",
        "ranking_model",
        "latitude",
        "longitude",
        "country",
        "search_recency_filter",
        "search_after_date_filter",
        "search_before_date_filter",
        "last_updated_before_filter",
        "last_updated_after_filter",
        "image_format_filter",
        "image_domain_filter",
        "safe_search",
        "file_workspace_id",
        "updated_before_timestamp",
        "updated_after_timestamp",
        "search_internal_properties",
        "use_threads",
        "thread_id",
        "stream_mode",
        "_debug_pro_search",
        "has_image_url",
        "reasoning_effort",
        "language_preference",
        "user_original_query",
        "_force_new_agent",
    )
)


T = TypeVar("T", bound="ApiChatCompletionsRequest")


@_attrs_define
class ApiChatCompletionsRequest:
    """
    Attributes:
        model (str):
        messages (list[ChatMessageInput]):
        max_tokens (int | None | Unset):
        n (int | None | Unset):
        stream (bool | None | Unset):  Default: False.
        stop (list[str] | None | str | Unset):
        cum_logprobs (bool | None | Unset):
        logprobs (bool | None | Unset):
        top_logprobs (int | None | Unset):
        best_of (int | None | Unset):
        response_metadata (ApiChatCompletionsRequestResponseMetadataType0 | None | Unset):
        response_format (None | ResponseFormatJSONSchema | ResponseFormatRegex | ResponseFormatText | Unset):
        diverse_first_token (bool | None | Unset):
        field_inputs (list[int] | None | Unset):
        field_prompt_token_length (int | None | Unset):
        tools (list[ToolSpec] | None | Unset):
        tool_choice (ApiChatCompletionsRequestToolChoiceType0 | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        web_search_options (WebSearchOptions | Unset):
        search_mode (ApiChatCompletionsRequestSearchModeType0 | None | Unset):
        return_images (bool | None | Unset):
        return_related_questions (bool | None | Unset):
        num_search_results (int | Unset):  Default: 10.
        num_images (int | Unset):  Default: 5.
        enable_search_classifier (bool | None | Unset):
        disable_search (bool | None | Unset):
        search_domain_filter (list[str] | None | Unset):
        search_language_filter (list[str] | None | Unset):
        search_tenant (None | str | Unset):
        ranking_model (None | str | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        country (None | str | Unset):
        search_recency_filter (ApiChatCompletionsRequestSearchRecencyFilterType0 | None | Unset):
        search_after_date_filter (None | str | Unset):
        search_before_date_filter (None | str | Unset):
        last_updated_before_filter (None | str | Unset):
        last_updated_after_filter (None | str | Unset):
        image_format_filter (list[str] | None | Unset):
        image_domain_filter (list[str] | None | Unset):
        safe_search (bool | None | Unset):  Default: True.
        file_workspace_id (None | str | Unset):
        updated_before_timestamp (int | None | Unset):
        updated_after_timestamp (int | None | Unset):
        search_internal_properties (ApiChatCompletionsRequestSearchInternalPropertiesType0 | None | Unset):
        use_threads (bool | None | Unset):
        thread_id (None | str | Unset):
        stream_mode (ApiChatCompletionsRequestStreamMode | Unset):  Default: ApiChatCompletionsRequestStreamMode.FULL.
        field_debug_pro_search (bool | Unset):  Default: False.
        has_image_url (bool | Unset):  Default: False.
        reasoning_effort (ApiChatCompletionsRequestReasoningEffortType0 | None | Unset):
        language_preference (None | str | Unset):
        user_original_query (None | str | Unset):
        field_force_new_agent (bool | None | Unset):
    """

    model: str
    messages: list[ChatMessageInput]
    max_tokens: int | None | Unset = UNSET
    n: int | None | Unset = UNSET
    stream: bool | None | Unset = False
    stop: list[str] | None | str | Unset = UNSET
    cum_logprobs: bool | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    best_of: int | None | Unset = UNSET
    response_metadata: ApiChatCompletionsRequestResponseMetadataType0 | None | Unset = (
        UNSET
    )
    response_format: (
        None
        | ResponseFormatJSONSchema
        | ResponseFormatRegex
        | ResponseFormatText
        | Unset
    ) = UNSET
    diverse_first_token: bool | None | Unset = UNSET
    field_inputs: list[int] | None | Unset = UNSET
    field_prompt_token_length: int | None | Unset = UNSET
    tools: list[ToolSpec] | None | Unset = UNSET
    tool_choice: ApiChatCompletionsRequestToolChoiceType0 | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    web_search_options: WebSearchOptions | Unset = UNSET
    search_mode: ApiChatCompletionsRequestSearchModeType0 | None | Unset = UNSET
    return_images: bool | None | Unset = UNSET
    return_related_questions: bool | None | Unset = UNSET
    num_search_results: int | Unset = 10
    num_images: int | Unset = 5
    enable_search_classifier: bool | None | Unset = UNSET
    disable_search: bool | None | Unset = UNSET
    search_domain_filter: list[str] | None | Unset = UNSET
    search_language_filter: list[str] | None | Unset = UNSET
    search_tenant: None | str | Unset = UNSET
    ranking_model: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    country: None | str | Unset = UNSET
    search_recency_filter: (
        ApiChatCompletionsRequestSearchRecencyFilterType0 | None | Unset
    ) = UNSET
    search_after_date_filter: None | str | Unset = UNSET
    search_before_date_filter: None | str | Unset = UNSET
    last_updated_before_filter: None | str | Unset = UNSET
    last_updated_after_filter: None | str | Unset = UNSET
    image_format_filter: list[str] | None | Unset = UNSET
    image_domain_filter: list[str] | None | Unset = UNSET
    safe_search: bool | None | Unset = True
    file_workspace_id: None | str | Unset = UNSET
    updated_before_timestamp: int | None | Unset = UNSET
    updated_after_timestamp: int | None | Unset = UNSET
    search_internal_properties: (
        ApiChatCompletionsRequestSearchInternalPropertiesType0 | None | Unset
    ) = UNSET
    use_threads: bool | None | Unset = UNSET
    thread_id: None | str | Unset = UNSET
    stream_mode: ApiChatCompletionsRequestStreamMode | Unset = (
        ApiChatCompletionsRequestStreamMode.FULL
    )
    field_debug_pro_search: bool | Unset = False
    has_image_url: bool | Unset = False
    reasoning_effort: ApiChatCompletionsRequestReasoningEffortType0 | None | Unset = (
        UNSET
    )
    language_preference: None | str | Unset = UNSET
    user_original_query: None | str | Unset = UNSET
    field_force_new_agent: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        cum_logprobs: bool | None | Unset
        if isinstance(self.cum_logprobs, Unset):
            cum_logprobs = UNSET
        else:
            cum_logprobs = self.cum_logprobs

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        best_of: int | None | Unset
        if isinstance(self.best_of, Unset):
            best_of = UNSET
        else:
            best_of = self.best_of

        response_metadata: dict[str, Any] | None | Unset
        if isinstance(self.response_metadata, Unset):
            response_metadata = UNSET
        elif isinstance(
            self.response_metadata, ApiChatCompletionsRequestResponseMetadataType0
        ):
            response_metadata = self.response_metadata.to_dict()
        else:
            response_metadata = self.response_metadata

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif (
            isinstance(self.response_format, ResponseFormatText)
            or isinstance(self.response_format, ResponseFormatJSONSchema)
            or isinstance(self.response_format, ResponseFormatRegex)
        ):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        diverse_first_token: bool | None | Unset
        if isinstance(self.diverse_first_token, Unset):
            diverse_first_token = UNSET
        else:
            diverse_first_token = self.diverse_first_token

        field_inputs: list[int] | None | Unset
        if isinstance(self.field_inputs, Unset):
            field_inputs = UNSET
        elif isinstance(self.field_inputs, list):
            field_inputs = self.field_inputs

        else:
            field_inputs = self.field_inputs

        field_prompt_token_length: int | None | Unset
        if isinstance(self.field_prompt_token_length, Unset):
            field_prompt_token_length = UNSET
        else:
            field_prompt_token_length = self.field_prompt_token_length

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ApiChatCompletionsRequestToolChoiceType0):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        search_mode: None | str | Unset
        if isinstance(self.search_mode, Unset):
            search_mode = UNSET
        elif isinstance(self.search_mode, ApiChatCompletionsRequestSearchModeType0):
            search_mode = self.search_mode.value
        else:
            search_mode = self.search_mode

        return_images: bool | None | Unset
        if isinstance(self.return_images, Unset):
            return_images = UNSET
        else:
            return_images = self.return_images

        return_related_questions: bool | None | Unset
        if isinstance(self.return_related_questions, Unset):
            return_related_questions = UNSET
        else:
            return_related_questions = self.return_related_questions

        num_search_results = self.num_search_results

        num_images = self.num_images

        enable_search_classifier: bool | None | Unset
        if isinstance(self.enable_search_classifier, Unset):
            enable_search_classifier = UNSET
        else:
            enable_search_classifier = self.enable_search_classifier

        disable_search: bool | None | Unset
        if isinstance(self.disable_search, Unset):
            disable_search = UNSET
        else:
            disable_search = self.disable_search

        search_domain_filter: list[str] | None | Unset
        if isinstance(self.search_domain_filter, Unset):
            search_domain_filter = UNSET
        elif isinstance(self.search_domain_filter, list):
            search_domain_filter = self.search_domain_filter

        else:
            search_domain_filter = self.search_domain_filter

        search_language_filter: list[str] | None | Unset
        if isinstance(self.search_language_filter, Unset):
            search_language_filter = UNSET
        elif isinstance(self.search_language_filter, list):
            search_language_filter = self.search_language_filter

        else:
            search_language_filter = self.search_language_filter

        search_tenant: None | str | Unset
        if isinstance(self.search_tenant, Unset):
            search_tenant = UNSET
        else:
            search_tenant = self.search_tenant

        ranking_model: None | str | Unset
        if isinstance(self.ranking_model, Unset):
            ranking_model = UNSET
        else:
            ranking_model = self.ranking_model

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        search_recency_filter: None | str | Unset
        if isinstance(self.search_recency_filter, Unset):
            search_recency_filter = UNSET
        elif isinstance(
            self.search_recency_filter,
            ApiChatCompletionsRequestSearchRecencyFilterType0,
        ):
            search_recency_filter = self.search_recency_filter.value
        else:
            search_recency_filter = self.search_recency_filter

        search_after_date_filter: None | str | Unset
        if isinstance(self.search_after_date_filter, Unset):
            search_after_date_filter = UNSET
        else:
            search_after_date_filter = self.search_after_date_filter

        search_before_date_filter: None | str | Unset
        if isinstance(self.search_before_date_filter, Unset):
            search_before_date_filter = UNSET
        else:
            search_before_date_filter = self.search_before_date_filter

        last_updated_before_filter: None | str | Unset
        if isinstance(self.last_updated_before_filter, Unset):
            last_updated_before_filter = UNSET
        else:
            last_updated_before_filter = self.last_updated_before_filter

        last_updated_after_filter: None | str | Unset
        if isinstance(self.last_updated_after_filter, Unset):
            last_updated_after_filter = UNSET
        else:
            last_updated_after_filter = self.last_updated_after_filter

        image_format_filter: list[str] | None | Unset
        if isinstance(self.image_format_filter, Unset):
            image_format_filter = UNSET
        elif isinstance(self.image_format_filter, list):
            image_format_filter = self.image_format_filter

        else:
            image_format_filter = self.image_format_filter

        image_domain_filter: list[str] | None | Unset
        if isinstance(self.image_domain_filter, Unset):
            image_domain_filter = UNSET
        elif isinstance(self.image_domain_filter, list):
            image_domain_filter = self.image_domain_filter

        else:
            image_domain_filter = self.image_domain_filter

        safe_search: bool | None | Unset
        if isinstance(self.safe_search, Unset):
            safe_search = UNSET
        else:
            safe_search = self.safe_search

        file_workspace_id: None | str | Unset
        if isinstance(self.file_workspace_id, Unset):
            file_workspace_id = UNSET
        else:
            file_workspace_id = self.file_workspace_id

        updated_before_timestamp: int | None | Unset
        if isinstance(self.updated_before_timestamp, Unset):
            updated_before_timestamp = UNSET
        else:
            updated_before_timestamp = self.updated_before_timestamp

        updated_after_timestamp: int | None | Unset
        if isinstance(self.updated_after_timestamp, Unset):
            updated_after_timestamp = UNSET
        else:
            updated_after_timestamp = self.updated_after_timestamp

        search_internal_properties: dict[str, Any] | None | Unset
        if isinstance(self.search_internal_properties, Unset):
            search_internal_properties = UNSET
        elif isinstance(
            self.search_internal_properties,
            ApiChatCompletionsRequestSearchInternalPropertiesType0,
        ):
            search_internal_properties = self.search_internal_properties.to_dict()
        else:
            search_internal_properties = self.search_internal_properties

        use_threads: bool | None | Unset
        if isinstance(self.use_threads, Unset):
            use_threads = UNSET
        else:
            use_threads = self.use_threads

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id

        stream_mode: str | Unset = UNSET
        if not isinstance(self.stream_mode, Unset):
            stream_mode = self.stream_mode.value

        field_debug_pro_search = self.field_debug_pro_search

        has_image_url = self.has_image_url

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(
            self.reasoning_effort, ApiChatCompletionsRequestReasoningEffortType0
        ):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        language_preference: None | str | Unset
        if isinstance(self.language_preference, Unset):
            language_preference = UNSET
        else:
            language_preference = self.language_preference

        user_original_query: None | str | Unset
        if isinstance(self.user_original_query, Unset):
            user_original_query = UNSET
        else:
            user_original_query = self.user_original_query

        field_force_new_agent: bool | None | Unset
        if isinstance(self.field_force_new_agent, Unset):
            field_force_new_agent = UNSET
        else:
            field_force_new_agent = self.field_force_new_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if cum_logprobs is not UNSET:
            field_dict["cum_logprobs"] = cum_logprobs
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if best_of is not UNSET:
            field_dict["best_of"] = best_of
        if response_metadata is not UNSET:
            field_dict["response_metadata"] = response_metadata
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if diverse_first_token is not UNSET:
            field_dict["diverse_first_token"] = diverse_first_token
        if field_inputs is not UNSET:
            field_dict["_inputs"] = field_inputs
        if field_prompt_token_length is not UNSET:
            field_dict["_prompt_token_length"] = field_prompt_token_length
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if search_mode is not UNSET:
            field_dict["search_mode"] = search_mode
        if return_images is not UNSET:
            field_dict["return_images"] = return_images
        if return_related_questions is not UNSET:
            field_dict["return_related_questions"] = return_related_questions
        if num_search_results is not UNSET:
            field_dict["num_search_results"] = num_search_results
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_search_classifier is not UNSET:
            field_dict["enable_search_classifier"] = enable_search_classifier
        if disable_search is not UNSET:
            field_dict["disable_search"] = disable_search
        if search_domain_filter is not UNSET:
            field_dict["search_domain_filter"] = search_domain_filter
        if search_language_filter is not UNSET:
            field_dict["search_language_filter"] = search_language_filter
        if search_tenant is not UNSET:
            field_dict["search_tenant"] = search_tenant
        if ranking_model is not UNSET:
            field_dict["ranking_model"] = ranking_model
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if country is not UNSET:
            field_dict["country"] = country
        if search_recency_filter is not UNSET:
            field_dict["search_recency_filter"] = search_recency_filter
        if search_after_date_filter is not UNSET:
            field_dict["search_after_date_filter"] = search_after_date_filter
        if search_before_date_filter is not UNSET:
            field_dict["search_before_date_filter"] = search_before_date_filter
        if last_updated_before_filter is not UNSET:
            field_dict["last_updated_before_filter"] = last_updated_before_filter
        if last_updated_after_filter is not UNSET:
            field_dict["last_updated_after_filter"] = last_updated_after_filter
        if image_format_filter is not UNSET:
            field_dict["image_format_filter"] = image_format_filter
        if image_domain_filter is not UNSET:
            field_dict["image_domain_filter"] = image_domain_filter
        if safe_search is not UNSET:
            field_dict["safe_search"] = safe_search
        if file_workspace_id is not UNSET:
            field_dict["file_workspace_id"] = file_workspace_id
        if updated_before_timestamp is not UNSET:
            field_dict["updated_before_timestamp"] = updated_before_timestamp
        if updated_after_timestamp is not UNSET:
            field_dict["updated_after_timestamp"] = updated_after_timestamp
        if search_internal_properties is not UNSET:
            field_dict["search_internal_properties"] = search_internal_properties
        if use_threads is not UNSET:
            field_dict["use_threads"] = use_threads
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if field_debug_pro_search is not UNSET:
            field_dict["_debug_pro_search"] = field_debug_pro_search
        if has_image_url is not UNSET:
            field_dict["has_image_url"] = has_image_url
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if language_preference is not UNSET:
            field_dict["language_preference"] = language_preference
        if user_original_query is not UNSET:
            field_dict["user_original_query"] = user_original_query
        if field_force_new_agent is not UNSET:
            field_dict["_force_new_agent"] = field_force_new_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_models()
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            model = src_dict["model"]
            if type(model) is not str and not isinstance(model, str):
                raise mismatch("string", model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("model", e)

        try:
            _messages = src_dict["messages"]
            if not isinstance(_messages, list):
                raise mismatch("array", _messages)
            messages = []
            for index, messages_item_data in enumerate(_messages):
                try:
                    messages_item = ChatMessageInput.from_dict(messages_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                messages.append(messages_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("messages", e)

        try:
            max_tokens = src_dict.get("max_tokens", UNSET)
            if not (
                type(max_tokens) is int or max_tokens is None or max_tokens is UNSET
            ):

                def _parse_max_tokens(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                max_tokens = _parse_max_tokens(max_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("max_tokens", e)

        try:
            n = src_dict.get("n", UNSET)
            if not (type(n) is int or n is None or n is UNSET):

                def _parse_n(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                n = _parse_n(n)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("n", e)

        try:
            stream = src_dict.get("stream", UNSET)
            if not (type(stream) is bool or stream is None or stream is UNSET):

                def _parse_stream(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                stream = _parse_stream(stream)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("stream", e)

        try:
            stop = src_dict.get("stop", UNSET)
            if not (type(stop) is str or stop is None or stop is UNSET):

                def _parse_stop(data: object) -> list[str] | None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            stop_type_1 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return stop_type_1
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "list[str] | None | str",
                            errors,
                        ),
                    )

                stop = _parse_stop(stop)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("stop", e)

        try:
            cum_logprobs = src_dict.get("cum_logprobs", UNSET)
            if not (
                type(cum_logprobs) is bool
                or cum_logprobs is None
                or cum_logprobs is UNSET
            ):

                def _parse_cum_logprobs(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                cum_logprobs = _parse_cum_logprobs(cum_logprobs)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cum_logprobs", e)

        try:
            logprobs = src_dict.get("logprobs", UNSET)
            if not (type(logprobs) is bool or logprobs is None or logprobs is UNSET):

                def _parse_logprobs(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                logprobs = _parse_logprobs(logprobs)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("logprobs", e)

        try:
            top_logprobs = src_dict.get("top_logprobs", UNSET)
            if not (
                type(top_logprobs) is int
                or top_logprobs is None
                or top_logprobs is UNSET
            ):

                def _parse_top_logprobs(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                top_logprobs = _parse_top_logprobs(top_logprobs)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("top_logprobs", e)

        try:
            best_of = src_dict.get("best_of", UNSET)
            if not (type(best_of) is int or best_of is None or best_of is UNSET):

                def _parse_best_of(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                best_of = _parse_best_of(best_of)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("best_of", e)

        try:
            response_metadata = src_dict.get("response_metadata", UNSET)
            if not (response_metadata is None or response_metadata is UNSET):

                def _parse_response_metadata(
                    data: object,
                ) -> ApiChatCompletionsRequestResponseMetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            response_metadata_type_0 = ApiChatCompletionsRequestResponseMetadataType0.from_dict(
                                data
                            )

                            return response_metadata_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ApiChatCompletionsRequestResponseMetadataType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "ApiChatCompletionsRequestResponseMetadataType0 | None",
                            errors,
                        ),
                    )

                response_metadata = _parse_response_metadata(response_metadata)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("response_metadata", e)

        try:
            response_format = src_dict.get("response_format", UNSET)
            if not (response_format is None or response_format is UNSET):

                def _parse_response_format(
                    data: object,
                ) -> (
                    None
                    | ResponseFormatJSONSchema
                    | ResponseFormatRegex
                    | ResponseFormatText
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            response_format_type_0 = ResponseFormatText.from_dict(data)

                            return response_format_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    if isinstance(data, dict):
                        try:
                            response_format_type_1 = ResponseFormatJSONSchema.from_dict(
                                data
                            )

                            return response_format_type_1
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    if isinstance(data, dict):
                        try:
                            response_format_type_2 = ResponseFormatRegex.from_dict(data)

                            return response_format_type_2
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        None
                        | ResponseFormatJSONSchema
                        | ResponseFormatRegex
                        | ResponseFormatText
                        | Unset,
                        union_fallback(
                            data,
                            (),
                            "None | ResponseFormatJSONSchema | ResponseFormatRegex | ResponseFormatText",
                            errors,
                        ),
                    )

                response_format = _parse_response_format(response_format)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("response_format", e)

        try:
            diverse_first_token = src_dict.get("diverse_first_token", UNSET)
            if not (
                type(diverse_first_token) is bool
                or diverse_first_token is None
                or diverse_first_token is UNSET
            ):

                def _parse_diverse_first_token(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                diverse_first_token = _parse_diverse_first_token(diverse_first_token)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("diverse_first_token", e)

        try:
            field_inputs = src_dict.get("_inputs", UNSET)
            if not (field_inputs is None or field_inputs is UNSET):

                def _parse_field_inputs(data: object) -> list[int] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            field_inputs_type_0 = cast(
                                list[int], check_list(data, (int,), "integer")
                            )

                            return field_inputs_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[int] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[int] | None",
                            errors,
                        ),
                    )

                field_inputs = _parse_field_inputs(field_inputs)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("_inputs", e)

        try:
            field_prompt_token_length = src_dict.get("_prompt_token_length", UNSET)
            if not (
                type(field_prompt_token_length) is int
                or field_prompt_token_length is None
                or field_prompt_token_length is UNSET
            ):

                def _parse_field_prompt_token_length(
                    data: object,
                ) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                field_prompt_token_length = _parse_field_prompt_token_length(
                    field_prompt_token_length
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("_prompt_token_length", e)

        try:
            tools = src_dict.get("tools", UNSET)
            if not (tools is None or tools is UNSET):

                def _parse_tools(data: object) -> list[ToolSpec] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _tools_type_0 = data
                            if not isinstance(_tools_type_0, list):
                                raise mismatch("array", _tools_type_0)
                            tools_type_0 = []
                            for index, tools_type_0_item_data in enumerate(
                                _tools_type_0
                            ):
                                try:
                                    tools_type_0_item = ToolSpec.from_dict(
                                        tools_type_0_item_data
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                tools_type_0.append(tools_type_0_item)

                            return tools_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[ToolSpec] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[ToolSpec] | None",
                            errors,
                        ),
                    )

                tools = _parse_tools(tools)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tools", e)

        try:
            tool_choice = src_dict.get("tool_choice", UNSET)
            if not (tool_choice is None or tool_choice is UNSET):

                def _parse_tool_choice(
                    data: object,
                ) -> ApiChatCompletionsRequestToolChoiceType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _tool_choice_type_0 = data
                            _tool_choice_type_0_member = (
                                ApiChatCompletionsRequestToolChoiceType0._by_value.get(
                                    _tool_choice_type_0
                                )
                                if type(_tool_choice_type_0) is str
                                else None
                            )
                            tool_choice_type_0: ApiChatCompletionsRequestToolChoiceType0
                            if _tool_choice_type_0_member is not None:
                                tool_choice_type_0 = _tool_choice_type_0_member
                            else:
                                tool_choice_type_0 = (
                                    ApiChatCompletionsRequestToolChoiceType0(
                                        _tool_choice_type_0
                                    )
                                )

                            return tool_choice_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ApiChatCompletionsRequestToolChoiceType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "ApiChatCompletionsRequestToolChoiceType0 | None",
                            errors,
                        ),
                    )

                tool_choice = _parse_tool_choice(tool_choice)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tool_choice", e)

        try:
            parallel_tool_calls = src_dict.get("parallel_tool_calls", UNSET)
            if not (
                type(parallel_tool_calls) is bool
                or parallel_tool_calls is None
                or parallel_tool_calls is UNSET
            ):

                def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                parallel_tool_calls = _parse_parallel_tool_calls(parallel_tool_calls)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("parallel_tool_calls", e)

        try:
            _web_search_options = src_dict.get("web_search_options", UNSET)
            web_search_options: WebSearchOptions | Unset
            if isinstance(_web_search_options, Unset):
                web_search_options = UNSET
            else:
                web_search_options = WebSearchOptions.from_dict(_web_search_options)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("web_search_options", e)

        try:
            search_mode = src_dict.get("search_mode", UNSET)
            if not (search_mode is None or search_mode is UNSET):

                def _parse_search_mode(
                    data: object,
                ) -> ApiChatCompletionsRequestSearchModeType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _search_mode_type_0 = data
                            _search_mode_type_0_member = (
                                ApiChatCompletionsRequestSearchModeType0._by_value.get(
                                    _search_mode_type_0
                                )
                                if type(_search_mode_type_0) is str
                                else None
                            )
                            search_mode_type_0: ApiChatCompletionsRequestSearchModeType0
                            if _search_mode_type_0_member is not None:
                                search_mode_type_0 = _search_mode_type_0_member
                            else:
                                search_mode_type_0 = (
                                    ApiChatCompletionsRequestSearchModeType0(
                                        _search_mode_type_0
                                    )
                                )

                            return search_mode_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ApiChatCompletionsRequestSearchModeType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "ApiChatCompletionsRequestSearchModeType0 | None",
                            errors,
                        ),
                    )

                search_mode = _parse_search_mode(search_mode)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_mode", e)

        try:
            return_images = src_dict.get("return_images", UNSET)
            if not (
                type(return_images) is bool
                or return_images is None
                or return_images is UNSET
            ):

                def _parse_return_images(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                return_images = _parse_return_images(return_images)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("return_images", e)

        try:
            return_related_questions = src_dict.get("return_related_questions", UNSET)
            if not (
                type(return_related_questions) is bool
                or return_related_questions is None
                or return_related_questions is UNSET
            ):

                def _parse_return_related_questions(
                    data: object,
                ) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                return_related_questions = _parse_return_related_questions(
                    return_related_questions
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("return_related_questions", e)

        try:
            num_search_results = src_dict.get("num_search_results", UNSET)
            if (
                type(num_search_results) is not int
                and (
                    not isinstance(num_search_results, int)
                    or isinstance(num_search_results, bool)
                )
            ) and not isinstance(num_search_results, Unset):
                raise mismatch("integer", num_search_results)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("num_search_results", e)

        try:
            num_images = src_dict.get("num_images", UNSET)
            if (
                type(num_images) is not int
                and (not isinstance(num_images, int) or isinstance(num_images, bool))
            ) and not isinstance(num_images, Unset):
                raise mismatch("integer", num_images)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("num_images", e)

        try:
            enable_search_classifier = src_dict.get("enable_search_classifier", UNSET)
            if not (
                type(enable_search_classifier) is bool
                or enable_search_classifier is None
                or enable_search_classifier is UNSET
            ):

                def _parse_enable_search_classifier(
                    data: object,
                ) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                enable_search_classifier = _parse_enable_search_classifier(
                    enable_search_classifier
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("enable_search_classifier", e)

        try:
            disable_search = src_dict.get("disable_search", UNSET)
            if not (
                type(disable_search) is bool
                or disable_search is None
                or disable_search is UNSET
            ):

                def _parse_disable_search(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                disable_search = _parse_disable_search(disable_search)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("disable_search", e)

        try:
            search_domain_filter = src_dict.get("search_domain_filter", UNSET)
            if not (search_domain_filter is None or search_domain_filter is UNSET):

                def _parse_search_domain_filter(
                    data: object,
                ) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            search_domain_filter_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return search_domain_filter_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                search_domain_filter = _parse_search_domain_filter(search_domain_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_domain_filter", e)

        try:
            search_language_filter = src_dict.get("search_language_filter", UNSET)
            if not (search_language_filter is None or search_language_filter is UNSET):

                def _parse_search_language_filter(
                    data: object,
                ) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            search_language_filter_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return search_language_filter_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                search_language_filter = _parse_search_language_filter(
                    search_language_filter
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_language_filter", e)

        try:
            search_tenant = src_dict.get("search_tenant", UNSET)
            if not (
                type(search_tenant) is str
                or search_tenant is None
                or search_tenant is UNSET
            ):

                def _parse_search_tenant(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                search_tenant = _parse_search_tenant(search_tenant)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_tenant", e)

        try:
            ranking_model = src_dict.get("ranking_model", UNSET)
            if not (
                type(ranking_model) is str
                or ranking_model is None
                or ranking_model is UNSET
            ):

                def _parse_ranking_model(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                ranking_model = _parse_ranking_model(ranking_model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("ranking_model", e)

        try:
            latitude = src_dict.get("latitude", UNSET)
            if not (type(latitude) is float or latitude is None or latitude is UNSET):

                def _parse_latitude(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, float):  # the common case, decided inline
                        return data
                    return cast(
                        float | None | Unset,
                        union_fallback(
                            data,
                            (float,),
                            "float | None",
                            [],
                        ),
                    )

                latitude = _parse_latitude(latitude)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("latitude", e)

        try:
            longitude = src_dict.get("longitude", UNSET)
            if not (
                type(longitude) is float or longitude is None or longitude is UNSET
            ):

                def _parse_longitude(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, float):  # the common case, decided inline
                        return data
                    return cast(
                        float | None | Unset,
                        union_fallback(
                            data,
                            (float,),
                            "float | None",
                            [],
                        ),
                    )

                longitude = _parse_longitude(longitude)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("longitude", e)

        try:
            country = src_dict.get("country", UNSET)
            if not (type(country) is str or country is None or country is UNSET):

                def _parse_country(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                country = _parse_country(country)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("country", e)

        try:
            search_recency_filter = src_dict.get("search_recency_filter", UNSET)
            if not (search_recency_filter is None or search_recency_filter is UNSET):

                def _parse_search_recency_filter(
                    data: object,
                ) -> ApiChatCompletionsRequestSearchRecencyFilterType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _search_recency_filter_type_0 = data
                            _search_recency_filter_type_0_member = (
                                ApiChatCompletionsRequestSearchRecencyFilterType0._by_value.get(
                                    _search_recency_filter_type_0
                                )
                                if type(_search_recency_filter_type_0) is str
                                else None
                            )
                            search_recency_filter_type_0: (
                                ApiChatCompletionsRequestSearchRecencyFilterType0
                            )
                            if _search_recency_filter_type_0_member is not None:
                                search_recency_filter_type_0 = (
                                    _search_recency_filter_type_0_member
                                )
                            else:
                                search_recency_filter_type_0 = (
                                    ApiChatCompletionsRequestSearchRecencyFilterType0(
                                        _search_recency_filter_type_0
                                    )
                                )

                            return search_recency_filter_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ApiChatCompletionsRequestSearchRecencyFilterType0
                        | None
                        | Unset,
                        union_fallback(
                            data,
                            (),
                            "ApiChatCompletionsRequestSearchRecencyFilterType0 | None",
                            errors,
                        ),
                    )

                search_recency_filter = _parse_search_recency_filter(
                    search_recency_filter
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_recency_filter", e)

        try:
            search_after_date_filter = src_dict.get("search_after_date_filter", UNSET)
            if not (
                type(search_after_date_filter) is str
                or search_after_date_filter is None
                or search_after_date_filter is UNSET
            ):

                def _parse_search_after_date_filter(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                search_after_date_filter = _parse_search_after_date_filter(
                    search_after_date_filter
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_after_date_filter", e)

        try:
            search_before_date_filter = src_dict.get("search_before_date_filter", UNSET)
            if not (
                type(search_before_date_filter) is str
                or search_before_date_filter is None
                or search_before_date_filter is UNSET
            ):

                def _parse_search_before_date_filter(
                    data: object,
                ) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                search_before_date_filter = _parse_search_before_date_filter(
                    search_before_date_filter
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_before_date_filter", e)

        try:
            last_updated_before_filter = src_dict.get(
                "last_updated_before_filter", UNSET
            )
            if not (
                type(last_updated_before_filter) is str
                or last_updated_before_filter is None
                or last_updated_before_filter is UNSET
            ):

                def _parse_last_updated_before_filter(
                    data: object,
                ) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                last_updated_before_filter = _parse_last_updated_before_filter(
                    last_updated_before_filter
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("last_updated_before_filter", e)

        try:
            last_updated_after_filter = src_dict.get("last_updated_after_filter", UNSET)
            if not (
                type(last_updated_after_filter) is str
                or last_updated_after_filter is None
                or last_updated_after_filter is UNSET
            ):

                def _parse_last_updated_after_filter(
                    data: object,
                ) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                last_updated_after_filter = _parse_last_updated_after_filter(
                    last_updated_after_filter
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("last_updated_after_filter", e)

        try:
            image_format_filter = src_dict.get("image_format_filter", UNSET)
            if not (image_format_filter is None or image_format_filter is UNSET):

                def _parse_image_format_filter(
                    data: object,
                ) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            image_format_filter_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return image_format_filter_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                image_format_filter = _parse_image_format_filter(image_format_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_format_filter", e)

        try:
            image_domain_filter = src_dict.get("image_domain_filter", UNSET)
            if not (image_domain_filter is None or image_domain_filter is UNSET):

                def _parse_image_domain_filter(
                    data: object,
                ) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            image_domain_filter_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return image_domain_filter_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                image_domain_filter = _parse_image_domain_filter(image_domain_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_domain_filter", e)

        try:
            safe_search = src_dict.get("safe_search", UNSET)
            if not (
                type(safe_search) is bool or safe_search is None or safe_search is UNSET
            ):

                def _parse_safe_search(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                safe_search = _parse_safe_search(safe_search)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("safe_search", e)

        try:
            file_workspace_id = src_dict.get("file_workspace_id", UNSET)
            if not (
                type(file_workspace_id) is str
                or file_workspace_id is None
                or file_workspace_id is UNSET
            ):

                def _parse_file_workspace_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                file_workspace_id = _parse_file_workspace_id(file_workspace_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_workspace_id", e)

        try:
            updated_before_timestamp = src_dict.get("updated_before_timestamp", UNSET)
            if not (
                type(updated_before_timestamp) is int
                or updated_before_timestamp is None
                or updated_before_timestamp is UNSET
            ):

                def _parse_updated_before_timestamp(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                updated_before_timestamp = _parse_updated_before_timestamp(
                    updated_before_timestamp
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("updated_before_timestamp", e)

        try:
            updated_after_timestamp = src_dict.get("updated_after_timestamp", UNSET)
            if not (
                type(updated_after_timestamp) is int
                or updated_after_timestamp is None
                or updated_after_timestamp is UNSET
            ):

                def _parse_updated_after_timestamp(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                updated_after_timestamp = _parse_updated_after_timestamp(
                    updated_after_timestamp
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("updated_after_timestamp", e)

        try:
            search_internal_properties = src_dict.get(
                "search_internal_properties", UNSET
            )
            if not (
                search_internal_properties is None
                or search_internal_properties is UNSET
            ):

                def _parse_search_internal_properties(
                    data: object,
                ) -> (
                    ApiChatCompletionsRequestSearchInternalPropertiesType0
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            search_internal_properties_type_0 = ApiChatCompletionsRequestSearchInternalPropertiesType0.from_dict(
                                data
                            )

                            return search_internal_properties_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ApiChatCompletionsRequestSearchInternalPropertiesType0
                        | None
                        | Unset,
                        union_fallback(
                            data,
                            (),
                            "ApiChatCompletionsRequestSearchInternalPropertiesType0 | None",
                            errors,
                        ),
                    )

                search_internal_properties = _parse_search_internal_properties(
                    search_internal_properties
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_internal_properties", e)

        try:
            use_threads = src_dict.get("use_threads", UNSET)
            if not (
                type(use_threads) is bool or use_threads is None or use_threads is UNSET
            ):

                def _parse_use_threads(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                use_threads = _parse_use_threads(use_threads)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("use_threads", e)

        try:
            thread_id = src_dict.get("thread_id", UNSET)
            if not (type(thread_id) is str or thread_id is None or thread_id is UNSET):

                def _parse_thread_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                thread_id = _parse_thread_id(thread_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("thread_id", e)

        try:
            _stream_mode = src_dict.get("stream_mode", UNSET)
            _stream_mode_member = (
                ApiChatCompletionsRequestStreamMode._by_value.get(_stream_mode)
                if type(_stream_mode) is str
                else None
            )
            stream_mode: ApiChatCompletionsRequestStreamMode | Unset
            if _stream_mode_member is not None:
                stream_mode = _stream_mode_member
            elif isinstance(_stream_mode, Unset):
                stream_mode = UNSET
            else:
                stream_mode = ApiChatCompletionsRequestStreamMode(_stream_mode)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("stream_mode", e)

        try:
            field_debug_pro_search = src_dict.get("_debug_pro_search", UNSET)
            if (type(field_debug_pro_search) is not bool) and not isinstance(
                field_debug_pro_search, Unset
            ):
                raise mismatch("boolean", field_debug_pro_search)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("_debug_pro_search", e)

        try:
            has_image_url = src_dict.get("has_image_url", UNSET)
            if (type(has_image_url) is not bool) and not isinstance(
                has_image_url, Unset
            ):
                raise mismatch("boolean", has_image_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("has_image_url", e)

        try:
            reasoning_effort = src_dict.get("reasoning_effort", UNSET)
            if not (reasoning_effort is None or reasoning_effort is UNSET):

                def _parse_reasoning_effort(
                    data: object,
                ) -> ApiChatCompletionsRequestReasoningEffortType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _reasoning_effort_type_0 = data
                            _reasoning_effort_type_0_member = (
                                ApiChatCompletionsRequestReasoningEffortType0._by_value.get(
                                    _reasoning_effort_type_0
                                )
                                if type(_reasoning_effort_type_0) is str
                                else None
                            )
                            reasoning_effort_type_0: (
                                ApiChatCompletionsRequestReasoningEffortType0
                            )
                            if _reasoning_effort_type_0_member is not None:
                                reasoning_effort_type_0 = (
                                    _reasoning_effort_type_0_member
                                )
                            else:
                                reasoning_effort_type_0 = (
                                    ApiChatCompletionsRequestReasoningEffortType0(
                                        _reasoning_effort_type_0
                                    )
                                )

                            return reasoning_effort_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ApiChatCompletionsRequestReasoningEffortType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "ApiChatCompletionsRequestReasoningEffortType0 | None",
                            errors,
                        ),
                    )

                reasoning_effort = _parse_reasoning_effort(reasoning_effort)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("reasoning_effort", e)

        try:
            language_preference = src_dict.get("language_preference", UNSET)
            if not (
                type(language_preference) is str
                or language_preference is None
                or language_preference is UNSET
            ):

                def _parse_language_preference(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                language_preference = _parse_language_preference(language_preference)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("language_preference", e)

        try:
            user_original_query = src_dict.get("user_original_query", UNSET)
            if not (
                type(user_original_query) is str
                or user_original_query is None
                or user_original_query is UNSET
            ):

                def _parse_user_original_query(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                user_original_query = _parse_user_original_query(user_original_query)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("user_original_query", e)

        try:
            field_force_new_agent = src_dict.get("_force_new_agent", UNSET)
            if not (
                type(field_force_new_agent) is bool
                or field_force_new_agent is None
                or field_force_new_agent is UNSET
            ):

                def _parse_field_force_new_agent(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                field_force_new_agent = _parse_field_force_new_agent(
                    field_force_new_agent
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("_force_new_agent", e)

        api_chat_completions_request = cls(
            model,
            messages,
            max_tokens,
            n,
            stream,
            stop,
            cum_logprobs,
            logprobs,
            top_logprobs,
            best_of,
            response_metadata,
            response_format,
            diverse_first_token,
            field_inputs,
            field_prompt_token_length,
            tools,
            tool_choice,
            parallel_tool_calls,
            web_search_options,
            search_mode,
            return_images,
            return_related_questions,
            num_search_results,
            num_images,
            enable_search_classifier,
            disable_search,
            search_domain_filter,
            search_language_filter,
            search_tenant,
            ranking_model,
            latitude,
            longitude,
            country,
            search_recency_filter,
            search_after_date_filter,
            search_before_date_filter,
            last_updated_before_filter,
            last_updated_after_filter,
            image_format_filter,
            image_domain_filter,
            safe_search,
            file_workspace_id,
            updated_before_timestamp,
            updated_after_timestamp,
            search_internal_properties,
            use_threads,
            thread_id,
            stream_mode,
            field_debug_pro_search,
            has_image_url,
            reasoning_effort,
            language_preference,
            user_original_query,
            field_force_new_agent,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            api_chat_completions_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_chat_completions_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
