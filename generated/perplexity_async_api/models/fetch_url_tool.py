from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_url_tool_type import FetchUrlToolType
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
        "type",
        "max_urls",
    )
)


T = TypeVar("T", bound="FetchUrlTool")


@_attrs_define
class FetchUrlTool:
    """
    Attributes:
        type_ (FetchUrlToolType):
        max_urls (int | Unset): Maximum number of URLs to fetch per tool call
    """

    type_: FetchUrlToolType
    max_urls: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        max_urls = self.max_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if max_urls is not UNSET:
            field_dict["max_urls"] = max_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            _type_ = src_dict["type"]
            _type__member = (
                FetchUrlToolType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: FetchUrlToolType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = FetchUrlToolType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            max_urls = src_dict.get("max_urls", UNSET)
            if (
                type(max_urls) is not int
                and (not isinstance(max_urls, int) or isinstance(max_urls, bool))
            ) and not isinstance(max_urls, Unset):
                raise mismatch("integer", max_urls)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("max_urls", e)

        fetch_url_tool = cls(
            type_,
            max_urls,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            fetch_url_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return fetch_url_tool

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
