from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_input_type import FunctionCallInputType
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
        "name",
        "type",
        "thought_signature",
    )
)


T = TypeVar("T", bound="FunctionCallInput")


@_attrs_define
class FunctionCallInput:
    """
    Attributes:
        arguments (str): Function arguments (JSON string)
        call_id (str): The call_id that correlates with function_call_output
        name (str): The function name
        type_ (FunctionCallInputType):
        thought_signature (str | Unset): Base64-encoded signature for thinking models
    """

    arguments: str
    call_id: str
    name: str
    type_: FunctionCallInputType
    thought_signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        call_id = self.call_id

        name = self.name

        type_ = self.type_.value

        thought_signature = self.thought_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "call_id": call_id,
                "name": name,
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
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                FunctionCallInputType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: FunctionCallInputType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = FunctionCallInputType(_type_)

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

        function_call_input = cls(
            arguments,
            call_id,
            name,
            type_,
            thought_signature,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            function_call_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return function_call_input

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
