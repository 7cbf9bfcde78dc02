from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_object_type import ResponsesObjectType
from ..models.status import Status
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    discriminator_value,
    json_type,
    mismatch,
    union_fallback,
    warn_unlisted,
)

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo
    from ..models.fetch_url_results_output_item import FetchUrlResultsOutputItem
    from ..models.function_call_output_item import FunctionCallOutputItem
    from ..models.image_search_results_output_item import ImageSearchResultsOutputItem
    from ..models.mcp_approval_request_output_item import McpApprovalRequestOutputItem
    from ..models.mcp_call_output_item import McpCallOutputItem
    from ..models.mcp_list_tools_output_item import McpListToolsOutputItem
    from ..models.message_output_item import MessageOutputItem
    from ..models.responses_usage import ResponsesUsage
    from ..models.sandbox_apply_patch_output_item import SandboxApplyPatchOutputItem
    from ..models.sandbox_edit_file_output_item import SandboxEditFileOutputItem
    from ..models.sandbox_glob_output_item import SandboxGlobOutputItem
    from ..models.sandbox_grep_output_item import SandboxGrepOutputItem
    from ..models.sandbox_read_file_output_item import SandboxReadFileOutputItem
    from ..models.sandbox_results_output_item import SandboxResultsOutputItem
    from ..models.sandbox_write_file_output_item import SandboxWriteFileOutputItem
    from ..models.search_results_output_item import SearchResultsOutputItem
    from ..models.share_file_output_item import ShareFileOutputItem
    from ..models.skill_loaded_output_item import SkillLoadedOutputItem
    from ..models.tool_search_output_item import ToolSearchOutputItem
    from ..models.unknown_output_item import UnknownOutputItem
    from ..models.unlisted_output_item import UnlistedOutputItem

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.error_info import ErrorInfo  # noqa: F401
    from ..models.fetch_url_results_output_item import FetchUrlResultsOutputItem  # noqa: F401
    from ..models.function_call_output_item import FunctionCallOutputItem  # noqa: F401
    from ..models.image_search_results_output_item import ImageSearchResultsOutputItem  # noqa: F401
    from ..models.mcp_approval_request_output_item import McpApprovalRequestOutputItem  # noqa: F401
    from ..models.mcp_call_output_item import McpCallOutputItem  # noqa: F401
    from ..models.mcp_list_tools_output_item import McpListToolsOutputItem  # noqa: F401
    from ..models.message_output_item import MessageOutputItem  # noqa: F401
    from ..models.responses_usage import ResponsesUsage  # noqa: F401
    from ..models.sandbox_apply_patch_output_item import SandboxApplyPatchOutputItem  # noqa: F401
    from ..models.sandbox_edit_file_output_item import SandboxEditFileOutputItem  # noqa: F401
    from ..models.sandbox_glob_output_item import SandboxGlobOutputItem  # noqa: F401
    from ..models.sandbox_grep_output_item import SandboxGrepOutputItem  # noqa: F401
    from ..models.sandbox_read_file_output_item import SandboxReadFileOutputItem  # noqa: F401
    from ..models.sandbox_results_output_item import SandboxResultsOutputItem  # noqa: F401
    from ..models.sandbox_write_file_output_item import SandboxWriteFileOutputItem  # noqa: F401
    from ..models.search_results_output_item import SearchResultsOutputItem  # noqa: F401
    from ..models.share_file_output_item import ShareFileOutputItem  # noqa: F401
    from ..models.skill_loaded_output_item import SkillLoadedOutputItem  # noqa: F401
    from ..models.tool_search_output_item import ToolSearchOutputItem  # noqa: F401
    from ..models.unknown_output_item import UnknownOutputItem  # noqa: F401
    from ..models.unlisted_output_item import UnlistedOutputItem  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "created_at",
        "id",
        "model",
        "object",
        "output",
        "status",
        "background",
        "effort",
        "error",
        "preset",
        "previous_response_id",
        "prompt_cache_key",
        "service_tier",
        "store",
        "usage",
    )
)


T = TypeVar("T", bound="ResponsesResponse")


@_attrs_define
class ResponsesResponse:
    """Response object returned by create and retrieve (`ResponsesResponseOutput` in the Python SDK 0.46.1 and the Node
    SDK). Failed and cancelled runs come back with HTTP 200, `status` `failed`/`cancelled` and `error` set.

        Attributes:
            created_at (int): Unix timestamp when the response was created
            id (str): Unique identifier for the response (`resp_...`)
            model (str): Model used for generation
            object_ (ResponsesObjectType): Object type in API responses
            output (list[FetchUrlResultsOutputItem | FunctionCallOutputItem | ImageSearchResultsOutputItem |
                McpApprovalRequestOutputItem | McpCallOutputItem | McpListToolsOutputItem | MessageOutputItem |
                SandboxApplyPatchOutputItem | SandboxEditFileOutputItem | SandboxGlobOutputItem | SandboxGrepOutputItem |
                SandboxReadFileOutputItem | SandboxResultsOutputItem | SandboxWriteFileOutputItem | SearchResultsOutputItem |
                ShareFileOutputItem | SkillLoadedOutputItem | ToolSearchOutputItem | UnknownOutputItem | UnlistedOutputItem]):
                Output items. A GET of an `in_progress` run returns `output: []`.
            status (Status): Status of a response or output item. For background runs, `queued` and `in_progress` are non-
                terminal; `completed`, `failed` and `cancelled` are terminal. The meaning of `requires_action` is not
                documented.
            background (bool | Unset): Whether the response was created in background mode.
            effort (str | Unset):
            error (ErrorInfo | Unset): Error carried inside a Response object (`status` `failed` or `cancelled`). Not the
                HTTP error envelope; see `ApiError`.
            preset (str | Unset): Deprecated: Use effort instead. Contains the same configuration and version.
            previous_response_id (None | str | Unset): ID of the previous response in the chain, when the response was
                created with previous_response_id.
            prompt_cache_key (None | str | Unset):
            service_tier (str | Unset): Free string on the response (the request field is an enum: `auto`, `default`,
                `flex`, `priority`, `fast`).
            store (bool | Unset): Whether the response is stored and visible to later retrieve calls. A response created
                with store=false can still be used as a previous_response_id continuation source.
            usage (ResponsesUsage | Unset):
    """

    created_at: int
    id: str
    model: str
    object_: ResponsesObjectType
    output: list[
        FetchUrlResultsOutputItem
        | FunctionCallOutputItem
        | ImageSearchResultsOutputItem
        | McpApprovalRequestOutputItem
        | McpCallOutputItem
        | McpListToolsOutputItem
        | MessageOutputItem
        | SandboxApplyPatchOutputItem
        | SandboxEditFileOutputItem
        | SandboxGlobOutputItem
        | SandboxGrepOutputItem
        | SandboxReadFileOutputItem
        | SandboxResultsOutputItem
        | SandboxWriteFileOutputItem
        | SearchResultsOutputItem
        | ShareFileOutputItem
        | SkillLoadedOutputItem
        | ToolSearchOutputItem
        | UnknownOutputItem
        | UnlistedOutputItem
    ]
    status: Status
    background: bool | Unset = UNSET
    effort: str | Unset = UNSET
    error: ErrorInfo | Unset = UNSET
    preset: str | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    service_tier: str | Unset = UNSET
    store: bool | Unset = UNSET
    usage: ResponsesUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        created_at = self.created_at

        id = self.id

        model = self.model

        object_ = self.object_.value

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if (
                isinstance(output_item_data, MessageOutputItem)
                or isinstance(output_item_data, SearchResultsOutputItem)
                or isinstance(output_item_data, ImageSearchResultsOutputItem)
                or isinstance(output_item_data, FetchUrlResultsOutputItem)
                or isinstance(output_item_data, FunctionCallOutputItem)
                or isinstance(output_item_data, McpListToolsOutputItem)
                or isinstance(output_item_data, McpCallOutputItem)
                or isinstance(output_item_data, McpApprovalRequestOutputItem)
                or isinstance(output_item_data, ToolSearchOutputItem)
                or isinstance(output_item_data, SkillLoadedOutputItem)
                or isinstance(output_item_data, SandboxResultsOutputItem)
                or isinstance(output_item_data, SandboxWriteFileOutputItem)
                or isinstance(output_item_data, SandboxReadFileOutputItem)
                or isinstance(output_item_data, SandboxEditFileOutputItem)
                or isinstance(output_item_data, SandboxGrepOutputItem)
                or isinstance(output_item_data, SandboxGlobOutputItem)
                or isinstance(output_item_data, SandboxApplyPatchOutputItem)
                or isinstance(output_item_data, ShareFileOutputItem)
                or isinstance(output_item_data, UnknownOutputItem)
            ):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        status = self.status.value

        background = self.background

        effort = self.effort

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        preset = self.preset

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        service_tier = self.service_tier

        store = self.store

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "model": model,
                "object": object_,
                "output": output,
                "status": status,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if effort is not UNSET:
            field_dict["effort"] = effort
        if error is not UNSET:
            field_dict["error"] = error
        if preset is not UNSET:
            field_dict["preset"] = preset
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store
        if usage is not UNSET:
            field_dict["usage"] = usage

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
            created_at = src_dict["created_at"]
            if type(created_at) is not int and (
                not isinstance(created_at, int) or isinstance(created_at, bool)
            ):
                raise mismatch("integer", created_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("created_at", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            model = src_dict["model"]
            if type(model) is not str and not isinstance(model, str):
                raise mismatch("string", model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("model", e)

        try:
            _object_ = src_dict["object"]
            _object__member = (
                ResponsesObjectType._by_value.get(_object_)
                if type(_object_) is str
                else None
            )
            object_: ResponsesObjectType
            if _object__member is not None:
                object_ = _object__member
            else:
                object_ = ResponsesObjectType(_object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        try:
            _output = src_dict["output"]
            if not isinstance(_output, list):
                raise mismatch("array", _output)
            output = []
            for index, output_item_data in enumerate(_output):
                try:

                    def _parse_output_item(
                        data: object,
                    ) -> (
                        FetchUrlResultsOutputItem
                        | FunctionCallOutputItem
                        | ImageSearchResultsOutputItem
                        | McpApprovalRequestOutputItem
                        | McpCallOutputItem
                        | McpListToolsOutputItem
                        | MessageOutputItem
                        | SandboxApplyPatchOutputItem
                        | SandboxEditFileOutputItem
                        | SandboxGlobOutputItem
                        | SandboxGrepOutputItem
                        | SandboxReadFileOutputItem
                        | SandboxResultsOutputItem
                        | SandboxWriteFileOutputItem
                        | SearchResultsOutputItem
                        | ShareFileOutputItem
                        | SkillLoadedOutputItem
                        | ToolSearchOutputItem
                        | UnknownOutputItem
                        | UnlistedOutputItem
                    ):
                        if isinstance(data, dict):
                            tag = discriminator_value(data, "type")
                            if tag == "message":
                                componentsschemas_output_item_type_0 = (
                                    MessageOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_0
                            if tag == "search_results":
                                componentsschemas_output_item_type_1 = (
                                    SearchResultsOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_1
                            if tag == "image_search_results":
                                componentsschemas_output_item_type_2 = (
                                    ImageSearchResultsOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_2
                            if tag == "fetch_url_results":
                                componentsschemas_output_item_type_3 = (
                                    FetchUrlResultsOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_3
                            if tag == "function_call":
                                componentsschemas_output_item_type_4 = (
                                    FunctionCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_4
                            if tag == "mcp_list_tools":
                                componentsschemas_output_item_type_5 = (
                                    McpListToolsOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_5
                            if tag == "mcp_call":
                                componentsschemas_output_item_type_6 = (
                                    McpCallOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_6
                            if tag == "mcp_approval_request":
                                componentsschemas_output_item_type_7 = (
                                    McpApprovalRequestOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_7
                            if tag == "tool_search_output":
                                componentsschemas_output_item_type_8 = (
                                    ToolSearchOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_8
                            if tag == "skill_loaded":
                                componentsschemas_output_item_type_9 = (
                                    SkillLoadedOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_9
                            if tag == "sandbox_results":
                                componentsschemas_output_item_type_10 = (
                                    SandboxResultsOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_10
                            if tag == "sandbox_write_file":
                                componentsschemas_output_item_type_11 = (
                                    SandboxWriteFileOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_11
                            if tag == "sandbox_read_file":
                                componentsschemas_output_item_type_12 = (
                                    SandboxReadFileOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_12
                            if tag == "sandbox_edit_file":
                                componentsschemas_output_item_type_13 = (
                                    SandboxEditFileOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_13
                            if tag == "sandbox_grep":
                                componentsschemas_output_item_type_14 = (
                                    SandboxGrepOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_14
                            if tag == "sandbox_glob":
                                componentsschemas_output_item_type_15 = (
                                    SandboxGlobOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_15
                            if tag == "sandbox_apply_patch":
                                componentsschemas_output_item_type_16 = (
                                    SandboxApplyPatchOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_16
                            if tag == "share_file":
                                componentsschemas_output_item_type_17 = (
                                    ShareFileOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_17
                            if tag == "unknown":
                                componentsschemas_output_item_type_18 = (
                                    UnknownOutputItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_18
                            warn_unlisted(
                                "OutputItem", "type", tag, "UnlistedOutputItem"
                            )
                            componentsschemas_output_item_type_19 = (
                                UnlistedOutputItem.from_dict(data)
                            )

                            return componentsschemas_output_item_type_19
                        return cast(
                            FetchUrlResultsOutputItem
                            | FunctionCallOutputItem
                            | ImageSearchResultsOutputItem
                            | McpApprovalRequestOutputItem
                            | McpCallOutputItem
                            | McpListToolsOutputItem
                            | MessageOutputItem
                            | SandboxApplyPatchOutputItem
                            | SandboxEditFileOutputItem
                            | SandboxGlobOutputItem
                            | SandboxGrepOutputItem
                            | SandboxReadFileOutputItem
                            | SandboxResultsOutputItem
                            | SandboxWriteFileOutputItem
                            | SearchResultsOutputItem
                            | ShareFileOutputItem
                            | SkillLoadedOutputItem
                            | ToolSearchOutputItem
                            | UnknownOutputItem
                            | UnlistedOutputItem,
                            union_fallback(
                                data,
                                (),
                                "FetchUrlResultsOutputItem | FunctionCallOutputItem | ImageSearchResultsOutputItem | McpApprovalRequestOutputItem | McpCallOutputItem | McpListToolsOutputItem | MessageOutputItem | SandboxApplyPatchOutputItem | SandboxEditFileOutputItem | SandboxGlobOutputItem | SandboxGrepOutputItem | SandboxReadFileOutputItem | SandboxResultsOutputItem | SandboxWriteFileOutputItem | SearchResultsOutputItem | ShareFileOutputItem | SkillLoadedOutputItem | ToolSearchOutputItem | UnknownOutputItem | UnlistedOutputItem",
                                [],
                            ),
                        )

                    output_item = _parse_output_item(output_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                output.append(output_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output", e)

        try:
            _status = src_dict["status"]
            _status_member = (
                Status._by_value.get(_status) if type(_status) is str else None
            )
            status: Status
            if _status_member is not None:
                status = _status_member
            else:
                status = Status(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            background = src_dict.get("background", UNSET)
            if (type(background) is not bool) and not isinstance(background, Unset):
                raise mismatch("boolean", background)

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
            _error = src_dict.get("error", UNSET)
            error: ErrorInfo | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ErrorInfo.from_dict(_error)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error", e)

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
            if not (
                type(previous_response_id) is str
                or previous_response_id is None
                or previous_response_id is UNSET
            ):

                def _parse_previous_response_id(data: object) -> None | str | Unset:
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

                previous_response_id = _parse_previous_response_id(previous_response_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("previous_response_id", e)

        try:
            prompt_cache_key = src_dict.get("prompt_cache_key", UNSET)
            if not (
                type(prompt_cache_key) is str
                or prompt_cache_key is None
                or prompt_cache_key is UNSET
            ):

                def _parse_prompt_cache_key(data: object) -> None | str | Unset:
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

                prompt_cache_key = _parse_prompt_cache_key(prompt_cache_key)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("prompt_cache_key", e)

        try:
            service_tier = src_dict.get("service_tier", UNSET)
            if (
                type(service_tier) is not str and not isinstance(service_tier, str)
            ) and not isinstance(service_tier, Unset):
                raise mismatch("string", service_tier)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("service_tier", e)

        try:
            store = src_dict.get("store", UNSET)
            if (type(store) is not bool) and not isinstance(store, Unset):
                raise mismatch("boolean", store)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("store", e)

        try:
            _usage = src_dict.get("usage", UNSET)
            usage: ResponsesUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = ResponsesUsage.from_dict(_usage)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("usage", e)

        responses_response = cls(
            created_at,
            id,
            model,
            object_,
            output,
            status,
            background,
            effort,
            error,
            preset,
            previous_response_id,
            prompt_cache_key,
            service_tier,
            store,
            usage,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            responses_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return responses_response

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
