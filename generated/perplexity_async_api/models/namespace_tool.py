from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_tool_type import NamespaceToolType
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.namespace_tool_def import NamespaceToolDef

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.namespace_tool_def import NamespaceToolDef  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "description",
        "name",
        "tools",
        "type",
    )
)


T = TypeVar("T", bound="NamespaceTool")


@_attrs_define
class NamespaceTool:
    """
    Attributes:
        description (str):
        name (str):
        tools (list[NamespaceToolDef]):
        type_ (NamespaceToolType):
    """

    description: str
    name: str
    tools: list[NamespaceToolDef]
    type_: NamespaceToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        description = self.description

        name = self.name

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "tools": tools,
                "type": type_,
            }
        )

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
            description = src_dict["description"]
            if type(description) is not str and not isinstance(description, str):
                raise mismatch("string", description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("description", e)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            _tools = src_dict["tools"]
            if not isinstance(_tools, list):
                raise mismatch("array", _tools)
            tools = []
            for index, tools_item_data in enumerate(_tools):
                try:
                    tools_item = NamespaceToolDef.from_dict(tools_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                tools.append(tools_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tools", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                NamespaceToolType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: NamespaceToolType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = NamespaceToolType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        namespace_tool = cls(
            description,
            name,
            tools,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            namespace_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return namespace_tool

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
