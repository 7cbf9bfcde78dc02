from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_output_item_type import FunctionCallOutputItemType
from ..models.status import Status
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "arguments",
        "call_id",
        "id",
        "name",
        "status",
        "type",
        "thought_signature",
    )
)


T = TypeVar("T", bound="FunctionCallOutputItem")


@_attrs_define
class FunctionCallOutputItem:
    """A custom function call for the client to execute.

    Attributes:
        arguments (str): JSON string of arguments
        call_id (str): Correlates with function_call_output input
        id (str):
        name (str):
        status (Status): Status of a response or output item. For background runs, `queued` and `in_progress` are non-
            terminal; `completed`, `failed` and `cancelled` are terminal. The meaning of `requires_action` is not
            documented.
        type_ (FunctionCallOutputItemType):
        thought_signature (str | Unset): Base64-encoded opaque signature for thinking models
    """

    arguments: str
    call_id: str
    id: str
    name: str
    status: Status
    type_: FunctionCallOutputItemType
    thought_signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        call_id = self.call_id

        id = self.id

        name = self.name

        status = self.status.value

        type_ = self.type_.value

        thought_signature = self.thought_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "call_id": call_id,
                "id": id,
                "name": name,
                "status": status,
                "type": type_,
            }
        )
        if thought_signature is not UNSET:
            field_dict["thought_signature"] = thought_signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            arguments = src_dict["arguments"]
            if type(arguments) is not str and not isinstance(arguments, str):
                raise mismatch("string", arguments)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("arguments", e)

        try:
            call_id = src_dict["call_id"]
            if type(call_id) is not str and not isinstance(call_id, str):
                raise mismatch("string", call_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("call_id", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

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
            _type_ = src_dict["type"]
            _type__member = (
                FunctionCallOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: FunctionCallOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = FunctionCallOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            thought_signature = src_dict.get("thought_signature", UNSET)
            if (
                type(thought_signature) is not str
                and not isinstance(thought_signature, str)
            ) and not isinstance(thought_signature, Unset):
                raise mismatch("string", thought_signature)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("thought_signature", e)

        function_call_output_item = cls(
            arguments,
            call_id,
            id,
            name,
            status,
            type_,
            thought_signature,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            function_call_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return function_call_output_item

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
