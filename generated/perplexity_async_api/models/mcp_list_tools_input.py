from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_list_tools_input_type import McpListToolsInputType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.mcp_tool_def import McpToolDef

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.mcp_tool_def import McpToolDef  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "error",
        "id",
        "server_label",
        "tools",
    )
)


T = TypeVar("T", bound="McpListToolsInput")


@_attrs_define
class McpListToolsInput:
    """
    Attributes:
        type_ (McpListToolsInputType):
        error (str | Unset):
        id (str | Unset):
        server_label (str | Unset):
        tools (list[McpToolDef] | Unset):
    """

    type_: McpListToolsInputType
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    server_label: str | Unset = UNSET
    tools: list[McpToolDef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        type_ = self.type_.value

        error = self.error

        id = self.id

        server_label = self.server_label

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if tools is not UNSET:
            field_dict["tools"] = tools

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
            _type_ = src_dict["type"]
            _type__member = (
                McpListToolsInputType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: McpListToolsInputType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = McpListToolsInputType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            error = src_dict.get("error", UNSET)
            if (
                type(error) is not str and not isinstance(error, str)
            ) and not isinstance(error, Unset):
                raise mismatch("string", error)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error", e)

        try:
            id = src_dict.get("id", UNSET)
            if (type(id) is not str and not isinstance(id, str)) and not isinstance(
                id, Unset
            ):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            server_label = src_dict.get("server_label", UNSET)
            if (
                type(server_label) is not str and not isinstance(server_label, str)
            ) and not isinstance(server_label, Unset):
                raise mismatch("string", server_label)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("server_label", e)

        try:
            _tools = src_dict.get("tools", UNSET)
            tools: list[McpToolDef] | Unset = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise mismatch("array", _tools)
                tools = []
                for index, tools_item_data in enumerate(_tools):
                    try:
                        tools_item = McpToolDef.from_dict(tools_item_data)

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    tools.append(tools_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tools", e)

        mcp_list_tools_input = cls(
            type_,
            error,
            id,
            server_label,
            tools,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            mcp_list_tools_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return mcp_list_tools_input

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
