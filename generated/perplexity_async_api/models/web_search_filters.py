from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_recency_filter import SearchRecencyFilter
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
        "search_domain_filter",
        "last_updated_after_filter",
        "last_updated_before_filter",
        "search_after_date_filter",
        "search_before_date_filter",
        "search_recency_filter",
    )
)


T = TypeVar("T", bound="WebSearchFilters")


@_attrs_define
class WebSearchFilters:
    """
    Attributes:
        search_domain_filter (list[str] | Unset): Scheme-less domains (`example.com`, not `https://example.com`); a `-`
            prefix denies a domain.
        last_updated_after_filter (str | Unset): Input: MM/DD/YYYY, Output: YYYY-MM-DD
        last_updated_before_filter (str | Unset): Input: MM/DD/YYYY, Output: YYYY-MM-DD
        search_after_date_filter (str | Unset): Input: MM/DD/YYYY, Output: YYYY-MM-DD
        search_before_date_filter (str | Unset): Input: MM/DD/YYYY, Output: YYYY-MM-DD
        search_recency_filter (SearchRecencyFilter | Unset): Mutually exclusive with the after/before date filters.
    """

    search_domain_filter: list[str] | Unset = UNSET
    last_updated_after_filter: str | Unset = UNSET
    last_updated_before_filter: str | Unset = UNSET
    search_after_date_filter: str | Unset = UNSET
    search_before_date_filter: str | Unset = UNSET
    search_recency_filter: SearchRecencyFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_domain_filter: list[str] | Unset = UNSET
        if not isinstance(self.search_domain_filter, Unset):
            search_domain_filter = self.search_domain_filter

        last_updated_after_filter = self.last_updated_after_filter

        last_updated_before_filter = self.last_updated_before_filter

        search_after_date_filter = self.search_after_date_filter

        search_before_date_filter = self.search_before_date_filter

        search_recency_filter: str | Unset = UNSET
        if not isinstance(self.search_recency_filter, Unset):
            search_recency_filter = self.search_recency_filter.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_domain_filter is not UNSET:
            field_dict["search_domain_filter"] = search_domain_filter
        if last_updated_after_filter is not UNSET:
            field_dict["last_updated_after_filter"] = last_updated_after_filter
        if last_updated_before_filter is not UNSET:
            field_dict["last_updated_before_filter"] = last_updated_before_filter
        if search_after_date_filter is not UNSET:
            field_dict["search_after_date_filter"] = search_after_date_filter
        if search_before_date_filter is not UNSET:
            field_dict["search_before_date_filter"] = search_before_date_filter
        if search_recency_filter is not UNSET:
            field_dict["search_recency_filter"] = search_recency_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            search_domain_filter = cast(
                list[str] | Unset,
                check_list(
                    src_dict.get("search_domain_filter", UNSET), (str,), "string"
                ),
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_domain_filter", e)

        try:
            last_updated_after_filter = src_dict.get("last_updated_after_filter", UNSET)
            if (
                type(last_updated_after_filter) is not str
                and not isinstance(last_updated_after_filter, str)
            ) and not isinstance(last_updated_after_filter, Unset):
                raise mismatch("string", last_updated_after_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("last_updated_after_filter", e)

        try:
            last_updated_before_filter = src_dict.get(
                "last_updated_before_filter", UNSET
            )
            if (
                type(last_updated_before_filter) is not str
                and not isinstance(last_updated_before_filter, str)
            ) and not isinstance(last_updated_before_filter, Unset):
                raise mismatch("string", last_updated_before_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("last_updated_before_filter", e)

        try:
            search_after_date_filter = src_dict.get("search_after_date_filter", UNSET)
            if (
                type(search_after_date_filter) is not str
                and not isinstance(search_after_date_filter, str)
            ) and not isinstance(search_after_date_filter, Unset):
                raise mismatch("string", search_after_date_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_after_date_filter", e)

        try:
            search_before_date_filter = src_dict.get("search_before_date_filter", UNSET)
            if (
                type(search_before_date_filter) is not str
                and not isinstance(search_before_date_filter, str)
            ) and not isinstance(search_before_date_filter, Unset):
                raise mismatch("string", search_before_date_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_before_date_filter", e)

        try:
            _search_recency_filter = src_dict.get("search_recency_filter", UNSET)
            _search_recency_filter_member = (
                SearchRecencyFilter._by_value.get(_search_recency_filter)
                if type(_search_recency_filter) is str
                else None
            )
            search_recency_filter: SearchRecencyFilter | Unset
            if _search_recency_filter_member is not None:
                search_recency_filter = _search_recency_filter_member
            elif isinstance(_search_recency_filter, Unset):
                search_recency_filter = UNSET
            else:
                search_recency_filter = SearchRecencyFilter(_search_recency_filter)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_recency_filter", e)

        web_search_filters = cls(
            search_domain_filter,
            last_updated_after_filter,
            last_updated_before_filter,
            search_after_date_filter,
            search_before_date_filter,
            search_recency_filter,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            web_search_filters.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return web_search_filters

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
