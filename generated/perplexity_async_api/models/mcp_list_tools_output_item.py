from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_list_tools_output_item_type import McpListToolsOutputItemType
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
        "id",
        "server_label",
        "tools",
        "type",
        "connector_id",
        "error",
    )
)


T = TypeVar("T", bound="McpListToolsOutputItem")


@_attrs_define
class McpListToolsOutputItem:
    """Tools discovered on one external MCP server at boot. Matches OpenAI's mcp_list_tools item.

    Attributes:
        id (str):
        server_label (str):
        tools (list[McpToolDef]):
        type_ (McpListToolsOutputItemType):
        connector_id (str | Unset):
        error (str | Unset):
    """

    id: str
    server_label: str
    tools: list[McpToolDef]
    type_: McpListToolsOutputItemType
    connector_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        id = self.id

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = self.type_.value

        connector_id = self.connector_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server_label": server_label,
                "tools": tools,
                "type": type_,
            }
        )
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if error is not UNSET:
            field_dict["error"] = error

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
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            server_label = src_dict["server_label"]
            if type(server_label) is not str and not isinstance(server_label, str):
                raise mismatch("string", server_label)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("server_label", e)

        try:
            _tools = src_dict["tools"]
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

        try:
            _type_ = src_dict["type"]
            _type__member = (
                McpListToolsOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: McpListToolsOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = McpListToolsOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            connector_id = src_dict.get("connector_id", UNSET)
            if (
                type(connector_id) is not str and not isinstance(connector_id, str)
            ) and not isinstance(connector_id, Unset):
                raise mismatch("string", connector_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("connector_id", e)

        try:
            error = src_dict.get("error", UNSET)
            if (
                type(error) is not str and not isinstance(error, str)
            ) and not isinstance(error, Unset):
                raise mismatch("string", error)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error", e)

        mcp_list_tools_output_item = cls(
            id,
            server_label,
            tools,
            type_,
            connector_id,
            error,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            mcp_list_tools_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return mcp_list_tools_output_item

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
