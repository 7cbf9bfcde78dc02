from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        "code",
        "message",
    )
)


T = TypeVar("T", bound="BatchResultLineErrorType0")


@_attrs_define
class BatchResultLineErrorType0:
    """
    Attributes:
        code (str | Unset):
        message (str | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
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
            code = src_dict.get("code", UNSET)
            if (type(code) is not str and not isinstance(code, str)) and not isinstance(
                code, Unset
            ):
                raise mismatch("string", code)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("code", e)

        try:
            message = src_dict.get("message", UNSET)
            if (
                type(message) is not str and not isinstance(message, str)
            ) and not isinstance(message, Unset):
                raise mismatch("string", message)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("message", e)

        batch_result_line_error_type_0 = cls(
            code,
            message,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_result_line_error_type_0.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_result_line_error_type_0

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
