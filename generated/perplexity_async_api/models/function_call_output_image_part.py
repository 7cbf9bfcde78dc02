from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_output_image_part_detail import (
    FunctionCallOutputImagePartDetail,
)
from ..models.function_call_output_image_part_type import (
    FunctionCallOutputImagePartType,
)
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
        "image_url",
        "type",
        "detail",
    )
)


T = TypeVar("T", bound="FunctionCallOutputImagePart")


@_attrs_define
class FunctionCallOutputImagePart:
    """
    Attributes:
        image_url (str):
        type_ (FunctionCallOutputImagePartType):
        detail (FunctionCallOutputImagePartDetail | Unset):
    """

    image_url: str
    type_: FunctionCallOutputImagePartType
    detail: FunctionCallOutputImagePartDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        type_ = self.type_.value

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            image_url = src_dict["image_url"]
            if type(image_url) is not str and not isinstance(image_url, str):
                raise mismatch("string", image_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_url", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                FunctionCallOutputImagePartType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: FunctionCallOutputImagePartType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = FunctionCallOutputImagePartType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            _detail = src_dict.get("detail", UNSET)
            _detail_member = (
                FunctionCallOutputImagePartDetail._by_value.get(_detail)
                if type(_detail) is str
                else None
            )
            detail: FunctionCallOutputImagePartDetail | Unset
            if _detail_member is not None:
                detail = _detail_member
            elif isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = FunctionCallOutputImagePartDetail(_detail)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("detail", e)

        function_call_output_image_part = cls(
            image_url,
            type_,
            detail,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            function_call_output_image_part.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return function_call_output_image_part

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
