from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_search_tool_type import ImageSearchToolType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.image_search_filters import ImageSearchFilters

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.image_search_filters import ImageSearchFilters  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "filters",
        "max_results",
    )
)


T = TypeVar("T", bound="ImageSearchTool")


@_attrs_define
class ImageSearchTool:
    """
    Attributes:
        type_ (ImageSearchToolType):
        filters (ImageSearchFilters | Unset):
        max_results (int | Unset):
    """

    type_: ImageSearchToolType
    filters: ImageSearchFilters | Unset = UNSET
    max_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        type_ = self.type_.value

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        max_results = self.max_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_results is not UNSET:
            field_dict["max_results"] = max_results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_models()
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            _type_ = src_dict["type"]
            _type__member = (
                ImageSearchToolType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: ImageSearchToolType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ImageSearchToolType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            _filters = src_dict.get("filters", UNSET)
            filters: ImageSearchFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = ImageSearchFilters.from_dict(_filters)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("filters", e)

        try:
            max_results = src_dict.get("max_results", UNSET)
            if (
                type(max_results) is not int
                and (not isinstance(max_results, int) or isinstance(max_results, bool))
            ) and not isinstance(max_results, Unset):
                raise mismatch("integer", max_results)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("max_results", e)

        image_search_tool = cls(
            type_,
            filters,
            max_results,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            image_search_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return image_search_tool

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
