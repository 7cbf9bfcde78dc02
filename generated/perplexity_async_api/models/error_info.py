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
        "message",
        "code",
        "type",
    )
)


T = TypeVar("T", bound="ErrorInfo")


@_attrs_define
class ErrorInfo:
    """Error carried inside a Response object (`status` `failed` or `cancelled`). Not the HTTP error envelope; see
    `ApiError`.

        Attributes:
            message (str):
            code (str | Unset):
            type_ (str | Unset):
    """

    message: str
    code: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise mismatch("string", message)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("message", e)

        try:
            code = src_dict.get("code", UNSET)
            if (type(code) is not str and not isinstance(code, str)) and not isinstance(
                code, Unset
            ):
                raise mismatch("string", code)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("code", e)

        try:
            type_ = src_dict.get("type", UNSET)
            if (
                type(type_) is not str and not isinstance(type_, str)
            ) and not isinstance(type_, Unset):
                raise mismatch("string", type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        error_info = cls(
            message,
            code,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            error_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return error_info

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
