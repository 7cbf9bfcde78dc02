from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        "read_only",
        "tool_names",
    )
)


T = TypeVar("T", bound="ApprovalFilter")


@_attrs_define
class ApprovalFilter:
    """
    Attributes:
        read_only (bool | Unset):
        tool_names (list[str] | Unset):
    """

    read_only: bool | Unset = UNSET
    tool_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_only = self.read_only

        tool_names: list[str] | Unset = UNSET
        if not isinstance(self.tool_names, Unset):
            tool_names = self.tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            read_only = src_dict.get("read_only", UNSET)
            if (type(read_only) is not bool) and not isinstance(read_only, Unset):
                raise mismatch("boolean", read_only)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("read_only", e)

        try:
            tool_names = cast(
                list[str] | Unset,
                check_list(src_dict.get("tool_names", UNSET), (str,), "string"),
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tool_names", e)

        approval_filter = cls(
            read_only,
            tool_names,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            approval_filter.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return approval_filter

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
