from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    at,
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
_KNOWN_KEYS: frozenset[str] = frozenset(("contents",))


T = TypeVar("T", bound="FetchUrlContentStepDetails")


@_attrs_define
class FetchUrlContentStepDetails:
    """Fetch url content step details wrapper class

    Attributes:
        contents (list[ApiPublicSearchResult]):
    """

    contents: list[ApiPublicSearchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        contents = []
        for contents_item_data in self.contents:
            contents_item = contents_item_data.to_dict()
            contents.append(contents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contents": contents,
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
                    contents_item = ApiPublicSearchResult.from_dict(contents_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                contents.append(contents_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("contents", e)

        fetch_url_content_step_details = cls(
            contents,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            fetch_url_content_step_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return fetch_url_content_step_details

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
