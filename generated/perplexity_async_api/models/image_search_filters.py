from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_search_filters_format_filter_item import (
    ImageSearchFiltersFormatFilterItem,
)
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
        "domain_filter",
        "format_filter",
        "safe_search",
    )
)


T = TypeVar("T", bound="ImageSearchFilters")


@_attrs_define
class ImageSearchFilters:
    """
    Attributes:
        domain_filter (list[str] | Unset):
        format_filter (list[ImageSearchFiltersFormatFilterItem] | Unset):
        safe_search (bool | Unset):
    """

    domain_filter: list[str] | Unset = UNSET
    format_filter: list[ImageSearchFiltersFormatFilterItem] | Unset = UNSET
    safe_search: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_filter: list[str] | Unset = UNSET
        if not isinstance(self.domain_filter, Unset):
            domain_filter = self.domain_filter

        format_filter: list[str] | Unset = UNSET
        if not isinstance(self.format_filter, Unset):
            format_filter = []
            for format_filter_item_data in self.format_filter:
                format_filter_item = format_filter_item_data.value
                format_filter.append(format_filter_item)

        safe_search = self.safe_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_filter is not UNSET:
            field_dict["domain_filter"] = domain_filter
        if format_filter is not UNSET:
            field_dict["format_filter"] = format_filter
        if safe_search is not UNSET:
            field_dict["safe_search"] = safe_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            domain_filter = cast(
                list[str] | Unset,
                check_list(src_dict.get("domain_filter", UNSET), (str,), "string"),
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("domain_filter", e)

        try:
            _format_filter = src_dict.get("format_filter", UNSET)
            format_filter: list[ImageSearchFiltersFormatFilterItem] | Unset = UNSET
            if _format_filter is not UNSET:
                if not isinstance(_format_filter, list):
                    raise mismatch("array", _format_filter)
                format_filter = []
                for index, format_filter_item_data in enumerate(_format_filter):
                    try:
                        _format_filter_item = format_filter_item_data
                        _format_filter_item_member = (
                            ImageSearchFiltersFormatFilterItem._by_value.get(
                                _format_filter_item
                            )
                            if type(_format_filter_item) is str
                            else None
                        )
                        format_filter_item: ImageSearchFiltersFormatFilterItem
                        if _format_filter_item_member is not None:
                            format_filter_item = _format_filter_item_member
                        else:
                            format_filter_item = ImageSearchFiltersFormatFilterItem(
                                _format_filter_item
                            )

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    format_filter.append(format_filter_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("format_filter", e)

        try:
            safe_search = src_dict.get("safe_search", UNSET)
            if (type(safe_search) is not bool) and not isinstance(safe_search, Unset):
                raise mismatch("boolean", safe_search)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("safe_search", e)

        image_search_filters = cls(
            domain_filter,
            format_filter,
            safe_search,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            image_search_filters.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return image_search_filters

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
