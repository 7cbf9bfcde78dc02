from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_write_file_output_item_type import SandboxWriteFileOutputItemType
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
        "file_path",
        "type",
        "error",
        "size_bytes",
    )
)


T = TypeVar("T", bound="SandboxWriteFileOutputItem")


@_attrs_define
class SandboxWriteFileOutputItem:
    """Per-invocation result of the `write` tool inside the sandbox.

    Attributes:
        call_id (str):
        file_path (str):
        type_ (SandboxWriteFileOutputItemType):
        error (str | Unset):
        size_bytes (int | Unset):
    """

    call_id: str
    file_path: str
    type_: SandboxWriteFileOutputItemType
    error: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        file_path = self.file_path

        type_ = self.type_.value

        error = self.error

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "file_path": file_path,
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes

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
            file_path = src_dict["file_path"]
            if type(file_path) is not str and not isinstance(file_path, str):
                raise mismatch("string", file_path)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_path", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                SandboxWriteFileOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: SandboxWriteFileOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = SandboxWriteFileOutputItemType(_type_)

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
            size_bytes = src_dict.get("size_bytes", UNSET)
            if (
                type(size_bytes) is not int
                and (not isinstance(size_bytes, int) or isinstance(size_bytes, bool))
            ) and not isinstance(size_bytes, Unset):
                raise mismatch("integer", size_bytes)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("size_bytes", e)

        sandbox_write_file_output_item = cls(
            call_id,
            file_path,
            type_,
            error,
            size_bytes,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            sandbox_write_file_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_write_file_output_item

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
