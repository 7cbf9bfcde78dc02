from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_glob_output_item_type import SandboxGlobOutputItemType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    check_list,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "call_id",
        "type",
        "count",
        "error",
        "files",
        "truncated",
    )
)


T = TypeVar("T", bound="SandboxGlobOutputItem")


@_attrs_define
class SandboxGlobOutputItem:
    """Per-invocation result of the `glob` tool inside the sandbox.

    Attributes:
        call_id (str):
        type_ (SandboxGlobOutputItemType):
        count (int | Unset):
        error (str | Unset):
        files (list[str] | Unset):
        truncated (bool | Unset):
    """

    call_id: str
    type_: SandboxGlobOutputItemType
    count: int | Unset = UNSET
    error: str | Unset = UNSET
    files: list[str] | Unset = UNSET
    truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_.value

        count = self.count

        error = self.error

        files: list[str] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "type": type_,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if error is not UNSET:
            field_dict["error"] = error
        if files is not UNSET:
            field_dict["files"] = files
        if truncated is not UNSET:
            field_dict["truncated"] = truncated

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
                SandboxGlobOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: SandboxGlobOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = SandboxGlobOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            count = src_dict.get("count", UNSET)
            if (
                type(count) is not int
                and (not isinstance(count, int) or isinstance(count, bool))
            ) and not isinstance(count, Unset):
                raise mismatch("integer", count)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("count", e)

        try:
            error = src_dict.get("error", UNSET)
            if (
                type(error) is not str and not isinstance(error, str)
            ) and not isinstance(error, Unset):
                raise mismatch("string", error)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error", e)

        try:
            files = cast(
                list[str] | Unset,
                check_list(src_dict.get("files", UNSET), (str,), "string"),
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("files", e)

        try:
            truncated = src_dict.get("truncated", UNSET)
            if (type(truncated) is not bool) and not isinstance(truncated, Unset):
                raise mismatch("boolean", truncated)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("truncated", e)

        sandbox_glob_output_item = cls(
            call_id,
            type_,
            count,
            error,
            files,
            truncated,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            sandbox_glob_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_glob_output_item

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
