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
        "end_index",
        "start_index",
        "title",
        "type",
        "url",
    )
)


T = TypeVar("T", bound="Annotation")


@_attrs_define
class Annotation:
    """Text annotation (e.g., URL citation). Often an empty list; use the `search_results` output item for citations.

    Attributes:
        end_index (int | Unset):
        start_index (int | Unset):
        title (str | Unset):
        type_ (str | Unset):
        url (str | Unset):
    """

    end_index: int | Unset = UNSET
    start_index: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index = self.end_index

        start_index = self.start_index

        title = self.title

        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            end_index = src_dict.get("end_index", UNSET)
            if (
                type(end_index) is not int
                and (not isinstance(end_index, int) or isinstance(end_index, bool))
            ) and not isinstance(end_index, Unset):
                raise mismatch("integer", end_index)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("end_index", e)

        try:
            start_index = src_dict.get("start_index", UNSET)
            if (
                type(start_index) is not int
                and (not isinstance(start_index, int) or isinstance(start_index, bool))
            ) and not isinstance(start_index, Unset):
                raise mismatch("integer", start_index)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("start_index", e)

        try:
            title = src_dict.get("title", UNSET)
            if (
                type(title) is not str and not isinstance(title, str)
            ) and not isinstance(title, Unset):
                raise mismatch("string", title)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("title", e)

        try:
            type_ = src_dict.get("type", UNSET)
            if (
                type(type_) is not str and not isinstance(type_, str)
            ) and not isinstance(type_, Unset):
                raise mismatch("string", type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            url = src_dict.get("url", UNSET)
            if (type(url) is not str and not isinstance(url, str)) and not isinstance(
                url, Unset
            ):
                raise mismatch("string", url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("url", e)

        annotation = cls(
            end_index,
            start_index,
            title,
            type_,
            url,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            annotation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return annotation

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
