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
    from ..models.chat_message_input import ChatMessageInput
    from ..models.response_format_json_schema import ResponseFormatJSONSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.web_search_options import WebSearchOptions

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.chat_message_input import ChatMessageInput  # noqa: F401
    from ..models.response_format_json_schema import ResponseFormatJSONSchema  # noqa: F401
    from ..models.response_format_text import ResponseFormatText  # noqa: F401
    from ..models.web_search_options import WebSearchOptions  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "model",
        "messages",
        "max_tokens",
        "stream",
        "stop",
        "temperature",
        "top_p",
        "response_format",
        "web_search_options",
        "search_mode",
        "return_images",
        "return_related_questions",
        "enable_search_classifier",
        "disable_search",
        "search_domain_filter",
        "search_language_filter",
        "search_recency_filter",
        "search_after_date_filter",
        "search_before_date_filter",
        "last_updated_before_filter",
        "last_updated_after_filter",
        "image_format_filter",
        "image_domain_filter",
        "stream_mode",
        "reasoning_effort",
        "language_preference",
    )
)


T = TypeVar("T", bound="ApiChatCompletionsRequest")


@_attrs_define
class ApiChatCompletionsRequest:
    """
    Attributes:
        model (str): Model to use, for example, sonar-pro
        messages (list[ChatMessageInput]): Array of messages forming the conversation history
        max_tokens (int | None | Unset): Maximum number of completion tokens to generate
        stream (bool | None | Unset): If true, returns streaming SSE response Default: False.
        stop (list[str] | None | str | Unset): Stop sequences. Generation stops when one of these strings is produced
        temperature (float | None | Unset): Controls randomness in the response. Higher values make output more random.
            Range: 0-2
        top_p (float | None | Unset): Nucleus sampling parameter. Controls diversity via nucleus sampling
        response_format (None | ResponseFormatJSONSchema | ResponseFormatText | Unset): Optional. Controls the output
            format. Omit for default text output. Set `type` to `json_schema` for structured output.
        web_search_options (WebSearchOptions | Unset): Configuration options for web search behavior
        search_mode (ApiChatCompletionsRequestSearchModeType0 | None | Unset): Source of search results (web, academic,
            or sec)
        return_images (bool | None | Unset): When true, include image results in the response
        return_related_questions (bool | None | Unset): When true, generates suggested follow-up queries based on the
            search results
        enable_search_classifier (bool | None | Unset): When true, uses a classifier to determine if web search is
            needed for the query
        disable_search (bool | None | Unset): When true, disables all web search capabilities. The model responds based
            solely on its training data
        search_domain_filter (list[str] | None | Unset): Limit search results to specific domains (e.g. github.com,
            wikipedia.org)
        search_language_filter (list[str] | None | Unset): Filter results by language using ISO 639-1 codes (e.g. en,
            fr, de)
        search_recency_filter (ApiChatCompletionsRequestSearchRecencyFilterType0 | None | Unset): Filter by publication
            recency (hour, day, week, month, or year)
        search_after_date_filter (None | str | Unset): Return results published after this date (MM/DD/YYYY)
        search_before_date_filter (None | str | Unset): Return results published before this date (MM/DD/YYYY)
        last_updated_before_filter (None | str | Unset): Return results last updated before this date (MM/DD/YYYY)
        last_updated_after_filter (None | str | Unset): Return results last updated after this date (MM/DD/YYYY)
        image_format_filter (list[str] | None | Unset): Filter image results by format (e.g. png, jpg)
        image_domain_filter (list[str] | None | Unset): Limit image results to specific domains
        stream_mode (ApiChatCompletionsRequestStreamMode | Unset): Controls the format of streaming events. 'full'
            suppresses reasoning events and includes metadata inline; 'concise' emits reasoning events separately Default:
            ApiChatCompletionsRequestStreamMode.FULL.
        reasoning_effort (ApiChatCompletionsRequestReasoningEffortType0 | None | Unset): Controls how much effort the
            model spends on reasoning
        language_preference (None | str | Unset): ISO 639-1 language code for preferred response language
    """

    model: str
    messages: list[ChatMessageInput]
    max_tokens: int | None | Unset = UNSET
    stream: bool | None | Unset = False
    stop: list[str] | None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    response_format: None | ResponseFormatJSONSchema | ResponseFormatText | Unset = (
        UNSET
    )
    web_search_options: WebSearchOptions | Unset = UNSET
    search_mode: ApiChatCompletionsRequestSearchModeType0 | None | Unset = UNSET
    return_images: bool | None | Unset = UNSET
    return_related_questions: bool | None | Unset = UNSET
    enable_search_classifier: bool | None | Unset = UNSET
    disable_search: bool | None | Unset = UNSET
    search_domain_filter: list[str] | None | Unset = UNSET
    search_language_filter: list[str] | None | Unset = UNSET
    search_recency_filter: (
        ApiChatCompletionsRequestSearchRecencyFilterType0 | None | Unset
    ) = UNSET
    search_after_date_filter: None | str | Unset = UNSET
    search_before_date_filter: None | str | Unset = UNSET
    last_updated_before_filter: None | str | Unset = UNSET
    last_updated_after_filter: None | str | Unset = UNSET
    image_format_filter: list[str] | None | Unset = UNSET
    image_domain_filter: list[str] | None | Unset = UNSET
    stream_mode: ApiChatCompletionsRequestStreamMode | Unset = (
        ApiChatCompletionsRequestStreamMode.FULL
    )
    reasoning_effort: ApiChatCompletionsRequestReasoningEffortType0 | None | Unset = (
        UNSET
    )
    language_preference: None | str | Unset = UNSET
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

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText) or isinstance(
            self.response_format, ResponseFormatJSONSchema
        ):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

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

        stream_mode: str | Unset = UNSET
        if not isinstance(self.stream_mode, Unset):
            stream_mode = self.stream_mode.value

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
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if search_mode is not UNSET:
            field_dict["search_mode"] = search_mode
        if return_images is not UNSET:
            field_dict["return_images"] = return_images
        if return_related_questions is not UNSET:
            field_dict["return_related_questions"] = return_related_questions
        if enable_search_classifier is not UNSET:
            field_dict["enable_search_classifier"] = enable_search_classifier
        if disable_search is not UNSET:
            field_dict["disable_search"] = disable_search
        if search_domain_filter is not UNSET:
            field_dict["search_domain_filter"] = search_domain_filter
        if search_language_filter is not UNSET:
            field_dict["search_language_filter"] = search_language_filter
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
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if language_preference is not UNSET:
            field_dict["language_preference"] = language_preference

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
            temperature = src_dict.get("temperature", UNSET)
            if not (
                type(temperature) is float
                or temperature is None
                or temperature is UNSET
            ):

                def _parse_temperature(data: object) -> float | None | Unset:
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

                temperature = _parse_temperature(temperature)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("temperature", e)

        try:
            top_p = src_dict.get("top_p", UNSET)
            if not (type(top_p) is float or top_p is None or top_p is UNSET):

                def _parse_top_p(data: object) -> float | None | Unset:
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

                top_p = _parse_top_p(top_p)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("top_p", e)

        try:
            response_format = src_dict.get("response_format", UNSET)
            if not (response_format is None or response_format is UNSET):

                def _parse_response_format(
                    data: object,
                ) -> None | ResponseFormatJSONSchema | ResponseFormatText | Unset:
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
                    return cast(
                        None | ResponseFormatJSONSchema | ResponseFormatText | Unset,
                        union_fallback(
                            data,
                            (),
                            "None | ResponseFormatJSONSchema | ResponseFormatText",
                            errors,
                        ),
                    )

                response_format = _parse_response_format(response_format)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("response_format", e)

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

        api_chat_completions_request = cls(
            model,
            messages,
            max_tokens,
            stream,
            stop,
            temperature,
            top_p,
            response_format,
            web_search_options,
            search_mode,
            return_images,
            return_related_questions,
            enable_search_classifier,
            disable_search,
            search_domain_filter,
            search_language_filter,
            search_recency_filter,
            search_after_date_filter,
            search_before_date_filter,
            last_updated_before_filter,
            last_updated_after_filter,
            image_format_filter,
            image_domain_filter,
            stream_mode,
            reasoning_effort,
            language_preference,
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
