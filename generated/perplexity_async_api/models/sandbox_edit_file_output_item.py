from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_edit_file_output_item_type import SandboxEditFileOutputItemType
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
        "call_id",
        "type",
        "error",
        "file_path",
        "message",
    )
)


T = TypeVar("T", bound="SandboxEditFileOutputItem")


@_attrs_define
class SandboxEditFileOutputItem:
    """Per-invocation result of the `edit` tool inside the sandbox.

    Attributes:
        call_id (str):
        type_ (SandboxEditFileOutputItemType):
        error (str | Unset):
        file_path (str | Unset):
        message (str | Unset):
    """

    call_id: str
    type_: SandboxEditFileOutputItemType
    error: str | Unset = UNSET
    file_path: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_.value

        error = self.error

        file_path = self.file_path

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if file_path is not UNSET:
            field_dict["file_path"] = file_path
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            call_id = src_dict["call_id"]
            if type(call_id) is not str and not isinstance(call_id, str):
                raise mismatch("string", call_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("call_id", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                SandboxEditFileOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: SandboxEditFileOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = SandboxEditFileOutputItemType(_type_)

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
            file_path = src_dict.get("file_path", UNSET)
            if (
                type(file_path) is not str and not isinstance(file_path, str)
            ) and not isinstance(file_path, Unset):
                raise mismatch("string", file_path)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_path", e)

        try:
            message = src_dict.get("message", UNSET)
            if (
                type(message) is not str and not isinstance(message, str)
            ) and not isinstance(message, Unset):
                raise mismatch("string", message)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("message", e)

        sandbox_edit_file_output_item = cls(
            call_id,
            type_,
            error,
            file_path,
            message,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            sandbox_edit_file_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_edit_file_output_item

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
