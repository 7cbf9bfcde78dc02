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
    json_type,
    mismatch,
    union_fallback,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "message",
        "type",
        "code",
        "param",
    )
)


T = TypeVar("T", bound="ApiErrorDetail")


@_attrs_define
class ApiErrorDetail:
    """
    Attributes:
        message (str):
        type_ (str | Unset): Error type, e.g. `invalid_request`, `forbidden`, `not_found`, `payload_too_large`,
            `request_rate_limit_exceeded`, `internal_error`.
        code (int | str | Unset): Documented as an integer equal to the HTTP status, but the SDKs' `ErrorInfo.code` is a
            string; both are accepted here (see SOURCES.md).
        param (str | Unset): The offending request field, when there is one (e.g. an unknown field).
    """

    message: str
    type_: str | Unset = UNSET
    code: int | str | Unset = UNSET
    param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param

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
            type_ = src_dict.get("type", UNSET)
            if (
                type(type_) is not str and not isinstance(type_, str)
            ) and not isinstance(type_, Unset):
                raise mismatch("string", type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            code = src_dict.get("code", UNSET)
            if not (type(code) is int or type(code) is str or code is UNSET):

                def _parse_code(data: object) -> int | str | Unset:
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        int | str | Unset,
                        union_fallback(
                            data,
                            (
                                int,
                                str,
                            ),
                            "int | str",
                            [],
                        ),
                    )

                code = _parse_code(code)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("code", e)

        try:
            param = src_dict.get("param", UNSET)
            if (
                type(param) is not str and not isinstance(param, str)
            ) and not isinstance(param, Unset):
                raise mismatch("string", param)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("param", e)

        api_error_detail = cls(
            message,
            type_,
            code,
            param,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            api_error_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_error_detail

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
