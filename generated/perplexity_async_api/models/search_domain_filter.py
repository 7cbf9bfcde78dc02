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
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(("search_domain_filter",))


T = TypeVar("T", bound="SearchDomainFilter")


@_attrs_define
class SearchDomainFilter:
    """
    Attributes:
        search_domain_filter (list[str] | Unset): Scheme-less domains (`example.com`, not `https://example.com`); a `-`
            prefix denies a domain.
    """

    search_domain_filter: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_domain_filter: list[str] | Unset = UNSET
        if not isinstance(self.search_domain_filter, Unset):
            search_domain_filter = self.search_domain_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_domain_filter is not UNSET:
            field_dict["search_domain_filter"] = search_domain_filter

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

        search_domain_filter_ = cls(
            search_domain_filter,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            search_domain_filter_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return search_domain_filter_

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
