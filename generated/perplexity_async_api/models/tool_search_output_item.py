from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_search_output_item_type import ToolSearchOutputItemType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.namespace_tool import NamespaceTool

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.namespace_tool import NamespaceTool  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "execution",
        "id",
        "status",
        "tools",
        "type",
        "arguments",
        "call_id",
    )
)


T = TypeVar("T", bound="ToolSearchOutputItem")


@_attrs_define
class ToolSearchOutputItem:
    """
    Attributes:
        execution (str):
        id (str):
        status (str): Free string in the SDK (not the `Status` enum).
        tools (list[NamespaceTool]):
        type_ (ToolSearchOutputItemType):
        arguments (str | Unset):
        call_id (None | str | Unset):
    """

    execution: str
    id: str
    status: str
    tools: list[NamespaceTool]
    type_: ToolSearchOutputItemType
    arguments: str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        execution = self.execution

        id = self.id

        status = self.status

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = self.type_.value

        arguments = self.arguments

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution": execution,
                "id": id,
                "status": status,
                "tools": tools,
                "type": type_,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if call_id is not UNSET:
            field_dict["call_id"] = call_id

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
            execution = src_dict["execution"]
            if type(execution) is not str and not isinstance(execution, str):
                raise mismatch("string", execution)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("execution", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise mismatch("string", status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            _tools = src_dict["tools"]
            if not isinstance(_tools, list):
                raise mismatch("array", _tools)
            tools = []
            for index, tools_item_data in enumerate(_tools):
                try:
                    tools_item = NamespaceTool.from_dict(tools_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                tools.append(tools_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tools", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                ToolSearchOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: ToolSearchOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ToolSearchOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            arguments = src_dict.get("arguments", UNSET)
            if (
                type(arguments) is not str and not isinstance(arguments, str)
            ) and not isinstance(arguments, Unset):
                raise mismatch("string", arguments)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("arguments", e)

        try:
            call_id = src_dict.get("call_id", UNSET)
            if not (type(call_id) is str or call_id is None or call_id is UNSET):

                def _parse_call_id(data: object) -> None | str | Unset:
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

                call_id = _parse_call_id(call_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("call_id", e)

        tool_search_output_item = cls(
            execution,
            id,
            status,
            tools,
            type_,
            arguments,
            call_id,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            tool_search_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_search_output_item

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
