from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    at,
    check_list,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.api_public_search_result import ApiPublicSearchResult

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.api_public_search_result import ApiPublicSearchResult  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "search_results",
        "search_keywords",
    )
)


T = TypeVar("T", bound="WebSearchStepDetails")


@_attrs_define
class WebSearchStepDetails:
    """Web search step details wrapper class

    Attributes:
        search_results (list[ApiPublicSearchResult]):
        search_keywords (list[str]):
    """

    search_results: list[ApiPublicSearchResult]
    search_keywords: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        search_results = []
        for search_results_item_data in self.search_results:
            search_results_item = search_results_item_data.to_dict()
            search_results.append(search_results_item)

        search_keywords = self.search_keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search_results": search_results,
                "search_keywords": search_keywords,
            }
        )

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
            _search_results = src_dict["search_results"]
            if not isinstance(_search_results, list):
                raise mismatch("array", _search_results)
            search_results = []
            for index, search_results_item_data in enumerate(_search_results):
                try:
                    search_results_item = ApiPublicSearchResult.from_dict(
                        search_results_item_data
                    )

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                search_results.append(search_results_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_results", e)

        try:
            search_keywords = cast(
                list[str], check_list(src_dict["search_keywords"], (str,), "string")
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_keywords", e)

        web_search_step_details = cls(
            search_results,
            search_keywords,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            web_search_step_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return web_search_step_details

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
