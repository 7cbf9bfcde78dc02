from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_search_results_output_item_type import (
    ImageSearchResultsOutputItemType,
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

if TYPE_CHECKING:
    from ..models.agent_image_result import AgentImageResult

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.agent_image_result import AgentImageResult  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "results",
        "type",
        "error",
        "queries",
    )
)


T = TypeVar("T", bound="ImageSearchResultsOutputItem")


@_attrs_define
class ImageSearchResultsOutputItem:
    """
    Attributes:
        results (list[AgentImageResult]):
        type_ (ImageSearchResultsOutputItemType):
        error (str | Unset):
        queries (list[str] | Unset):
    """

    results: list[AgentImageResult]
    type_: ImageSearchResultsOutputItemType
    error: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        type_ = self.type_.value

        error = self.error

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if queries is not UNSET:
            field_dict["queries"] = queries

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
            _results = src_dict["results"]
            if not isinstance(_results, list):
                raise mismatch("array", _results)
            results = []
            for index, results_item_data in enumerate(_results):
                try:
                    results_item = AgentImageResult.from_dict(results_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                results.append(results_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("results", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                ImageSearchResultsOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: ImageSearchResultsOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ImageSearchResultsOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            error = src_dict.get("error", UNSET)
            if (
                type(error) is not str and not isinstance(error, str)
            ) and not isinstance(error, Unset):
                raise mismatch("string", error)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error", e)

        try:
            queries = cast(
                list[str] | Unset,
                check_list(src_dict.get("queries", UNSET), (str,), "string"),
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("queries", e)

        image_search_results_output_item = cls(
            results,
            type_,
            error,
            queries,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            image_search_results_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return image_search_results_output_item

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
