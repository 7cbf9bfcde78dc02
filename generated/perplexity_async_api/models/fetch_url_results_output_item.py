from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_url_results_output_item_type import FetchUrlResultsOutputItemType
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.url_content import UrlContent

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.url_content import UrlContent  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "contents",
        "type",
    )
)


T = TypeVar("T", bound="FetchUrlResultsOutputItem")


@_attrs_define
class FetchUrlResultsOutputItem:
    """
    Attributes:
        contents (list[UrlContent]):
        type_ (FetchUrlResultsOutputItemType):
    """

    contents: list[UrlContent]
    type_: FetchUrlResultsOutputItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        contents = []
        for contents_item_data in self.contents:
            contents_item = contents_item_data.to_dict()
            contents.append(contents_item)

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contents": contents,
                "type": type_,
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
            _contents = src_dict["contents"]
            if not isinstance(_contents, list):
                raise mismatch("array", _contents)
            contents = []
            for index, contents_item_data in enumerate(_contents):
                try:
                    contents_item = UrlContent.from_dict(contents_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                contents.append(contents_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("contents", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                FetchUrlResultsOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: FetchUrlResultsOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = FetchUrlResultsOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        fetch_url_results_output_item = cls(
            contents,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            fetch_url_results_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return fetch_url_results_output_item

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
