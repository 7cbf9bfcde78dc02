from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.responses_request_service_tier import ResponsesRequestServiceTier
from ..models.tool_choice_type_0 import ToolChoiceType0
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
    from ..models.builtin_skill import BuiltinSkill
    from ..models.connector_tool import ConnectorTool
    from ..models.custom_skill import CustomSkill
    from ..models.fetch_url_tool import FetchUrlTool
    from ..models.finance_search_tool import FinanceSearchTool
    from ..models.function_call_input import FunctionCallInput
    from ..models.function_call_output_input import FunctionCallOutputInput
    from ..models.function_tool import FunctionTool
    from ..models.image_search_tool import ImageSearchTool
    from ..models.inline_skill import InlineSkill
    from ..models.input_message import InputMessage
    from ..models.mcp_approval_request_input import McpApprovalRequestInput
    from ..models.mcp_approval_response_input import McpApprovalResponseInput
    from ..models.mcp_call_input import McpCallInput
    from ..models.mcp_list_tools_input import McpListToolsInput
    from ..models.mcp_tool import McpTool
    from ..models.people_search_tool import PeopleSearchTool
    from ..models.profile_reference import ProfileReference
    from ..models.reasoning_config import ReasoningConfig
    from ..models.reasoning_input_item import ReasoningInputItem
    from ..models.response_format import ResponseFormat
    from ..models.sandbox_tool import SandboxTool
    from ..models.tool_choice_type_1 import ToolChoiceType1
    from ..models.web_search_tool import WebSearchTool

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.builtin_skill import BuiltinSkill  # noqa: F401
    from ..models.connector_tool import ConnectorTool  # noqa: F401
    from ..models.custom_skill import CustomSkill  # noqa: F401
    from ..models.fetch_url_tool import FetchUrlTool  # noqa: F401
    from ..models.finance_search_tool import FinanceSearchTool  # noqa: F401
    from ..models.function_call_input import FunctionCallInput  # noqa: F401
    from ..models.function_call_output_input import FunctionCallOutputInput  # noqa: F401
    from ..models.function_tool import FunctionTool  # noqa: F401
    from ..models.image_search_tool import ImageSearchTool  # noqa: F401
    from ..models.inline_skill import InlineSkill  # noqa: F401
    from ..models.input_message import InputMessage  # noqa: F401
    from ..models.mcp_approval_request_input import McpApprovalRequestInput  # noqa: F401
    from ..models.mcp_approval_response_input import McpApprovalResponseInput  # noqa: F401
    from ..models.mcp_call_input import McpCallInput  # noqa: F401
    from ..models.mcp_list_tools_input import McpListToolsInput  # noqa: F401
    from ..models.mcp_tool import McpTool  # noqa: F401
    from ..models.people_search_tool import PeopleSearchTool  # noqa: F401
    from ..models.profile_reference import ProfileReference  # noqa: F401
    from ..models.reasoning_config import ReasoningConfig  # noqa: F401
    from ..models.reasoning_input_item import ReasoningInputItem  # noqa: F401
    from ..models.response_format import ResponseFormat  # noqa: F401
    from ..models.sandbox_tool import SandboxTool  # noqa: F401
    from ..models.tool_choice_type_1 import ToolChoiceType1  # noqa: F401
    from ..models.web_search_tool import WebSearchTool  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest:
    """Request body for POST /v1/agent (`ResponsesRequestInput` in the Python SDK 0.46.1 and the Node SDK). The server
    rejects unknown fields with 400; this schema does not set `additionalProperties: false` because the migration skill
    documents further accepted fields absent from the SDK types (see SOURCES.md).

        Attributes:
            input_ (list[FunctionCallInput | FunctionCallOutputInput | InputMessage | McpApprovalRequestInput |
                McpApprovalResponseInput | McpCallInput | McpListToolsInput | ReasoningInputItem] | str): Input content - either
                a string or array of input items
            background (bool | None | Unset): Run the response asynchronously. When true, the request is queued and the
                response object's `status` will be `queued` or `in_progress`. Poll GET /v1/responses/{response_id} to retrieve
                the final result.
            effort (str | Unset): Replaces the deprecated `preset`; if both are supplied, `effort` takes precedence when
                non-null. The SDK types it as a free string and lists no values.
            instructions (str | Unset): System instructions for the model. With a preset, `instructions` replaces the
                preset's system prompt; `""` clears it.
            language_preference (str | Unset): ISO 639-1 language code for response language
            max_output_tokens (int | Unset): Maximum tokens to generate. Values under 16 are floored to 16; required when
                the model is `anthropic/*`.
            max_steps (int | Unset): Maximum number of research loop steps. If provided, overrides the preset's max_steps
                value. Must be >= 1 if specified. The upper bound is documented inconsistently (10 in the Python SDK 0.38.0 and
                the API reference; 100 in the migration skill and in the legacy `types/response_create_params.py` docstring
                shipped in 0.46.1) and is left out here.
            model (str | Unset): Model ID in provider/model format (e.g., "xai/grok-4-1", "openai/gpt-4o"). If models is
                also provided, models takes precedence. Required if neither models nor preset is provided.
            models (list[str] | Unset): Model fallback chain. Each model is in provider/model format. Models are tried in
                order until one succeeds. Max 5 models allowed. If set, takes precedence over single model field. The
                response.model will reflect the model that actually succeeded.
            preset (str | Unset): Deprecated: Use effort instead. If both are supplied, effort takes precedence when non-
                null. Preset configuration name. Pre-configured model with system prompt and search parameters. Required if
                model is not provided. Canonical names are `fast`, `low`, `medium`, `high`, `xhigh`; `fast-search`, `pro-
                search`, `deep-research` and `advanced-deep-research` are accepted as previous names for the first four.
            previous_response_id (str | Unset): Chains turns. The prior response must have `status: completed` and belong to
                the same account; works even if it was created with `store: false`.
            profile (ProfileReference | Unset): A custom profile referenced by `id` (and optionally `version`).
            prompt_cache_key (str | Unset):
            reasoning (ReasoningConfig | Unset):
            response_format (ResponseFormat | Unset): Specifies the desired output format for the model response
            service_tier (ResponsesRequestServiceTier | Unset):
            skills (list[BuiltinSkill | CustomSkill | InlineSkill] | Unset): Skills available to the model: a built-in
                selection from the catalog, a request-scoped inline skill, or a custom skill referenced by `id`. Skill metadata
                is disclosed to the model up front; full instructions are loaded on demand through the `load_skill` tool.
                Selecting any skill enables the sandbox tool for the request. Requests with skills run on the durable backend
                and skills are not echoed back on Response objects.
            step_budget_reminder (bool | Unset):
            store (bool | Unset): `false` hides the response from GET (which then returns 404) while it remains valid as
                `previous_response_id`. How `store: false` interacts with `background: true` is not documented.
            stream (bool | Unset): If true, returns SSE stream instead of JSON. The SSE form is not described in this
                document; leave unset or false to poll.
            temperature (float | Unset):
            tool_choice (ToolChoiceType0 | ToolChoiceType1 | Unset): `none`, `auto` or `required`, or an object. The SDK
                types the object form as a free-form mapping and does not describe its keys.
            tools (list[ConnectorTool | FetchUrlTool | FinanceSearchTool | FunctionTool | ImageSearchTool | McpTool |
                PeopleSearchTool | SandboxTool | WebSearchTool] | Unset): Tools available to the model
            top_p (float | Unset):
    """

    input_: (
        list[
            FunctionCallInput
            | FunctionCallOutputInput
            | InputMessage
            | McpApprovalRequestInput
            | McpApprovalResponseInput
            | McpCallInput
            | McpListToolsInput
            | ReasoningInputItem
        ]
        | str
    )
    background: bool | None | Unset = UNSET
    effort: str | Unset = UNSET
    instructions: str | Unset = UNSET
    language_preference: str | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    max_steps: int | Unset = UNSET
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    preset: str | Unset = UNSET
    previous_response_id: str | Unset = UNSET
    profile: ProfileReference | Unset = UNSET
    prompt_cache_key: str | Unset = UNSET
    reasoning: ReasoningConfig | Unset = UNSET
    response_format: ResponseFormat | Unset = UNSET
    service_tier: ResponsesRequestServiceTier | Unset = UNSET
    skills: list[BuiltinSkill | CustomSkill | InlineSkill] | Unset = UNSET
    step_budget_reminder: bool | Unset = UNSET
    store: bool | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    tool_choice: ToolChoiceType0 | ToolChoiceType1 | Unset = UNSET
    tools: (
        list[
            ConnectorTool
            | FetchUrlTool
            | FinanceSearchTool
            | FunctionTool
            | ImageSearchTool
            | McpTool
            | PeopleSearchTool
            | SandboxTool
            | WebSearchTool
        ]
        | Unset
    ) = UNSET
    top_p: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for componentsschemas_input_type_1_item_data in self.input_:
                componentsschemas_input_type_1_item: dict[str, Any]
                if (
                    isinstance(componentsschemas_input_type_1_item_data, InputMessage)
                    or isinstance(
                        componentsschemas_input_type_1_item_data,
                        FunctionCallOutputInput,
                    )
                    or isinstance(
                        componentsschemas_input_type_1_item_data, FunctionCallInput
                    )
                    or isinstance(
                        componentsschemas_input_type_1_item_data, ReasoningInputItem
                    )
                    or isinstance(
                        componentsschemas_input_type_1_item_data,
                        McpApprovalResponseInput,
                    )
                    or isinstance(
                        componentsschemas_input_type_1_item_data,
                        McpApprovalRequestInput,
                    )
                    or isinstance(
                        componentsschemas_input_type_1_item_data, McpCallInput
                    )
                ):
                    componentsschemas_input_type_1_item = (
                        componentsschemas_input_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_input_type_1_item = (
                        componentsschemas_input_type_1_item_data.to_dict()
                    )

                input_.append(componentsschemas_input_type_1_item)

        else:
            input_ = self.input_

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        effort = self.effort

        instructions = self.instructions

        language_preference = self.language_preference

        max_output_tokens = self.max_output_tokens

        max_steps = self.max_steps

        model = self.model

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        preset = self.preset

        previous_response_id = self.previous_response_id

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        prompt_cache_key = self.prompt_cache_key

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier.value

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item: dict[str, Any]
                if isinstance(skills_item_data, BuiltinSkill) or isinstance(
                    skills_item_data, InlineSkill
                ):
                    skills_item = skills_item_data.to_dict()
                else:
                    skills_item = skills_item_data.to_dict()

                skills.append(skills_item)

        step_budget_reminder = self.step_budget_reminder

        store = self.store

        stream = self.stream

        temperature = self.temperature

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceType0):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, WebSearchTool)
                    or isinstance(tools_item_data, ImageSearchTool)
                    or isinstance(tools_item_data, FetchUrlTool)
                    or isinstance(tools_item_data, PeopleSearchTool)
                    or isinstance(tools_item_data, FunctionTool)
                    or isinstance(tools_item_data, FinanceSearchTool)
                    or isinstance(tools_item_data, SandboxTool)
                    or isinstance(tools_item_data, McpTool)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input": input_,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if effort is not UNSET:
            field_dict["effort"] = effort
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if language_preference is not UNSET:
            field_dict["language_preference"] = language_preference
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_steps is not UNSET:
            field_dict["max_steps"] = max_steps
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if preset is not UNSET:
            field_dict["preset"] = preset
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if profile is not UNSET:
            field_dict["profile"] = profile
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if skills is not UNSET:
            field_dict["skills"] = skills
        if step_budget_reminder is not UNSET:
            field_dict["step_budget_reminder"] = step_budget_reminder
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

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
            input_ = src_dict["input"]
            if not (type(input_) is str):

                def _parse_input_(
                    data: object,
                ) -> (
                    list[
                        FunctionCallInput
                        | FunctionCallOutputInput
                        | InputMessage
                        | McpApprovalRequestInput
                        | McpApprovalResponseInput
                        | McpCallInput
                        | McpListToolsInput
                        | ReasoningInputItem
                    ]
                    | str
                ):
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _componentsschemas_input_type_1 = data
                            if not isinstance(_componentsschemas_input_type_1, list):
                                raise mismatch("array", _componentsschemas_input_type_1)
                            componentsschemas_input_type_1 = []
                            for (
                                index,
                                componentsschemas_input_type_1_item_data,
                            ) in enumerate(_componentsschemas_input_type_1):
                                try:

                                    def _parse_componentsschemas_input_type_1_item(
                                        data: object,
                                    ) -> (
                                        FunctionCallInput
                                        | FunctionCallOutputInput
                                        | InputMessage
                                        | McpApprovalRequestInput
                                        | McpApprovalResponseInput
                                        | McpCallInput
                                        | McpListToolsInput
                                        | ReasoningInputItem
                                    ):
                                        errors: list[Exception] = []
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_0 = (
                                                    InputMessage.from_dict(data)
                                                )

                                                return (
                                                    componentsschemas_input_item_type_0
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_1 = (
                                                    FunctionCallOutputInput.from_dict(
                                                        data
                                                    )
                                                )

                                                return (
                                                    componentsschemas_input_item_type_1
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_2 = (
                                                    FunctionCallInput.from_dict(data)
                                                )

                                                return (
                                                    componentsschemas_input_item_type_2
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_3 = (
                                                    ReasoningInputItem.from_dict(data)
                                                )

                                                return (
                                                    componentsschemas_input_item_type_3
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_4 = (
                                                    McpApprovalResponseInput.from_dict(
                                                        data
                                                    )
                                                )

                                                return (
                                                    componentsschemas_input_item_type_4
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_5 = (
                                                    McpApprovalRequestInput.from_dict(
                                                        data
                                                    )
                                                )

                                                return (
                                                    componentsschemas_input_item_type_5
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_6 = (
                                                    McpCallInput.from_dict(data)
                                                )

                                                return (
                                                    componentsschemas_input_item_type_6
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_input_item_type_7 = (
                                                    McpListToolsInput.from_dict(data)
                                                )

                                                return (
                                                    componentsschemas_input_item_type_7
                                                )
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        return cast(
                                            FunctionCallInput
                                            | FunctionCallOutputInput
                                            | InputMessage
                                            | McpApprovalRequestInput
                                            | McpApprovalResponseInput
                                            | McpCallInput
                                            | McpListToolsInput
                                            | ReasoningInputItem,
                                            union_fallback(
                                                data,
                                                (),
                                                "FunctionCallInput | FunctionCallOutputInput | InputMessage | McpApprovalRequestInput | McpApprovalResponseInput | McpCallInput | McpListToolsInput | ReasoningInputItem",
                                                errors,
                                            ),
                                        )

                                    componentsschemas_input_type_1_item = (
                                        _parse_componentsschemas_input_type_1_item(
                                            componentsschemas_input_type_1_item_data
                                        )
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                componentsschemas_input_type_1.append(
                                    componentsschemas_input_type_1_item
                                )

                            return componentsschemas_input_type_1
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[
                            FunctionCallInput
                            | FunctionCallOutputInput
                            | InputMessage
                            | McpApprovalRequestInput
                            | McpApprovalResponseInput
                            | McpCallInput
                            | McpListToolsInput
                            | ReasoningInputItem
                        ]
                        | str,
                        union_fallback(
                            data,
                            (str,),
                            "list[FunctionCallInput | FunctionCallOutputInput | InputMessage | McpApprovalRequestInput | McpApprovalResponseInput | McpCallInput | McpListToolsInput | ReasoningInputItem] | str",
                            errors,
                        ),
                    )

                input_ = _parse_input_(input_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input", e)

        try:
            background = src_dict.get("background", UNSET)
            if not (
                type(background) is bool or background is None or background is UNSET
            ):

                def _parse_background(data: object) -> bool | None | Unset:
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

                background = _parse_background(background)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("background", e)

        try:
            effort = src_dict.get("effort", UNSET)
            if (
                type(effort) is not str and not isinstance(effort, str)
            ) and not isinstance(effort, Unset):
                raise mismatch("string", effort)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("effort", e)

        try:
            instructions = src_dict.get("instructions", UNSET)
            if (
                type(instructions) is not str and not isinstance(instructions, str)
            ) and not isinstance(instructions, Unset):
                raise mismatch("string", instructions)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("instructions", e)

        try:
            language_preference = src_dict.get("language_preference", UNSET)
            if (
                type(language_preference) is not str
                and not isinstance(language_preference, str)
            ) and not isinstance(language_preference, Unset):
                raise mismatch("string", language_preference)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("language_preference", e)

        try:
            max_output_tokens = src_dict.get("max_output_tokens", UNSET)
            if (
                type(max_output_tokens) is not int
                and (
                    not isinstance(max_output_tokens, int)
                    or isinstance(max_output_tokens, bool)
                )
            ) and not isinstance(max_output_tokens, Unset):
                raise mismatch("integer", max_output_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("max_output_tokens", e)

        try:
            max_steps = src_dict.get("max_steps", UNSET)
            if (
                type(max_steps) is not int
                and (not isinstance(max_steps, int) or isinstance(max_steps, bool))
            ) and not isinstance(max_steps, Unset):
                raise mismatch("integer", max_steps)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("max_steps", e)

        try:
            model = src_dict.get("model", UNSET)
            if (
                type(model) is not str and not isinstance(model, str)
            ) and not isinstance(model, Unset):
                raise mismatch("string", model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("model", e)

        try:
            models = cast(
                list[str] | Unset,
                check_list(src_dict.get("models", UNSET), (str,), "string"),
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("models", e)

        try:
            preset = src_dict.get("preset", UNSET)
            if (
                type(preset) is not str and not isinstance(preset, str)
            ) and not isinstance(preset, Unset):
                raise mismatch("string", preset)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("preset", e)

        try:
            previous_response_id = src_dict.get("previous_response_id", UNSET)
            if (
                type(previous_response_id) is not str
                and not isinstance(previous_response_id, str)
            ) and not isinstance(previous_response_id, Unset):
                raise mismatch("string", previous_response_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("previous_response_id", e)

        try:
            _profile = src_dict.get("profile", UNSET)
            profile: ProfileReference | Unset
            if isinstance(_profile, Unset):
                profile = UNSET
            else:
                profile = ProfileReference.from_dict(_profile)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("profile", e)

        try:
            prompt_cache_key = src_dict.get("prompt_cache_key", UNSET)
            if (
                type(prompt_cache_key) is not str
                and not isinstance(prompt_cache_key, str)
            ) and not isinstance(prompt_cache_key, Unset):
                raise mismatch("string", prompt_cache_key)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("prompt_cache_key", e)

        try:
            _reasoning = src_dict.get("reasoning", UNSET)
            reasoning: ReasoningConfig | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = ReasoningConfig.from_dict(_reasoning)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("reasoning", e)

        try:
            _response_format = src_dict.get("response_format", UNSET)
            response_format: ResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = ResponseFormat.from_dict(_response_format)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("response_format", e)

        try:
            _service_tier = src_dict.get("service_tier", UNSET)
            _service_tier_member = (
                ResponsesRequestServiceTier._by_value.get(_service_tier)
                if type(_service_tier) is str
                else None
            )
            service_tier: ResponsesRequestServiceTier | Unset
            if _service_tier_member is not None:
                service_tier = _service_tier_member
            elif isinstance(_service_tier, Unset):
                service_tier = UNSET
            else:
                service_tier = ResponsesRequestServiceTier(_service_tier)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("service_tier", e)

        try:
            _skills = src_dict.get("skills", UNSET)
            skills: list[BuiltinSkill | CustomSkill | InlineSkill] | Unset = UNSET
            if _skills is not UNSET:
                if not isinstance(_skills, list):
                    raise mismatch("array", _skills)
                skills = []
                for index, skills_item_data in enumerate(_skills):
                    try:

                        def _parse_skills_item(
                            data: object,
                        ) -> BuiltinSkill | CustomSkill | InlineSkill:
                            errors: list[Exception] = []
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_skill_type_0 = (
                                        BuiltinSkill.from_dict(data)
                                    )

                                    return componentsschemas_skill_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_skill_type_1 = (
                                        InlineSkill.from_dict(data)
                                    )

                                    return componentsschemas_skill_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_skill_type_2 = (
                                        CustomSkill.from_dict(data)
                                    )

                                    return componentsschemas_skill_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            return cast(
                                BuiltinSkill | CustomSkill | InlineSkill,
                                union_fallback(
                                    data,
                                    (),
                                    "BuiltinSkill | CustomSkill | InlineSkill",
                                    errors,
                                ),
                            )

                        skills_item = _parse_skills_item(skills_item_data)

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    skills.append(skills_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("skills", e)

        try:
            step_budget_reminder = src_dict.get("step_budget_reminder", UNSET)
            if (type(step_budget_reminder) is not bool) and not isinstance(
                step_budget_reminder, Unset
            ):
                raise mismatch("boolean", step_budget_reminder)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("step_budget_reminder", e)

        try:
            store = src_dict.get("store", UNSET)
            if (type(store) is not bool) and not isinstance(store, Unset):
                raise mismatch("boolean", store)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("store", e)

        try:
            stream = src_dict.get("stream", UNSET)
            if (type(stream) is not bool) and not isinstance(stream, Unset):
                raise mismatch("boolean", stream)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("stream", e)

        try:
            temperature = src_dict.get("temperature", UNSET)
            if (
                type(temperature) is not float
                and (
                    not isinstance(temperature, (int, float))
                    or isinstance(temperature, bool)
                )
            ) and not isinstance(temperature, Unset):
                raise mismatch("number", temperature)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("temperature", e)

        try:
            tool_choice = src_dict.get("tool_choice", UNSET)
            if not (tool_choice is UNSET):

                def _parse_tool_choice(
                    data: object,
                ) -> ToolChoiceType0 | ToolChoiceType1 | Unset:
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _componentsschemas_tool_choice_type_0 = data
                            _componentsschemas_tool_choice_type_0_member = (
                                ToolChoiceType0._by_value.get(
                                    _componentsschemas_tool_choice_type_0
                                )
                                if type(_componentsschemas_tool_choice_type_0) is str
                                else None
                            )
                            componentsschemas_tool_choice_type_0: ToolChoiceType0
                            if _componentsschemas_tool_choice_type_0_member is not None:
                                componentsschemas_tool_choice_type_0 = (
                                    _componentsschemas_tool_choice_type_0_member
                                )
                            else:
                                componentsschemas_tool_choice_type_0 = ToolChoiceType0(
                                    _componentsschemas_tool_choice_type_0
                                )

                            return componentsschemas_tool_choice_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    if isinstance(data, dict):
                        try:
                            componentsschemas_tool_choice_type_1 = (
                                ToolChoiceType1.from_dict(data)
                            )

                            return componentsschemas_tool_choice_type_1
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ToolChoiceType0 | ToolChoiceType1 | Unset,
                        union_fallback(
                            data,
                            (),
                            "ToolChoiceType0 | ToolChoiceType1",
                            errors,
                        ),
                    )

                tool_choice = _parse_tool_choice(tool_choice)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tool_choice", e)

        try:
            _tools = src_dict.get("tools", UNSET)
            tools: (
                list[
                    ConnectorTool
                    | FetchUrlTool
                    | FinanceSearchTool
                    | FunctionTool
                    | ImageSearchTool
                    | McpTool
                    | PeopleSearchTool
                    | SandboxTool
                    | WebSearchTool
                ]
                | Unset
            ) = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise mismatch("array", _tools)
                tools = []
                for index, tools_item_data in enumerate(_tools):
                    try:

                        def _parse_tools_item(
                            data: object,
                        ) -> (
                            ConnectorTool
                            | FetchUrlTool
                            | FinanceSearchTool
                            | FunctionTool
                            | ImageSearchTool
                            | McpTool
                            | PeopleSearchTool
                            | SandboxTool
                            | WebSearchTool
                        ):
                            errors: list[Exception] = []
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_0 = (
                                        WebSearchTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_1 = (
                                        ImageSearchTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_2 = (
                                        FetchUrlTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_3 = (
                                        PeopleSearchTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_4 = (
                                        FunctionTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_5 = (
                                        FinanceSearchTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_6 = (
                                        SandboxTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_7 = McpTool.from_dict(
                                        data
                                    )

                                    return componentsschemas_tool_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_tool_type_8 = (
                                        ConnectorTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    errors.append(e)
                            return cast(
                                ConnectorTool
                                | FetchUrlTool
                                | FinanceSearchTool
                                | FunctionTool
                                | ImageSearchTool
                                | McpTool
                                | PeopleSearchTool
                                | SandboxTool
                                | WebSearchTool,
                                union_fallback(
                                    data,
                                    (),
                                    "ConnectorTool | FetchUrlTool | FinanceSearchTool | FunctionTool | ImageSearchTool | McpTool | PeopleSearchTool | SandboxTool | WebSearchTool",
                                    errors,
                                ),
                            )

                        tools_item = _parse_tools_item(tools_item_data)

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    tools.append(tools_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tools", e)

        try:
            top_p = src_dict.get("top_p", UNSET)
            if (
                type(top_p) is not float
                and (not isinstance(top_p, (int, float)) or isinstance(top_p, bool))
            ) and not isinstance(top_p, Unset):
                raise mismatch("number", top_p)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("top_p", e)

        responses_request = cls(
            input_,
            background,
            effort,
            instructions,
            language_preference,
            max_output_tokens,
            max_steps,
            model,
            models,
            preset,
            previous_response_id,
            profile,
            prompt_cache_key,
            reasoning,
            response_format,
            service_tier,
            skills,
            step_budget_reminder,
            store,
            stream,
            temperature,
            tool_choice,
            tools,
            top_p,
        )

        return responses_request
