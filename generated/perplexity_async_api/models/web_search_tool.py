from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_search_context_size import WebSearchToolSearchContextSize
from ..models.web_search_tool_search_type import WebSearchToolSearchType
from ..models.web_search_tool_type import WebSearchToolType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.tool_user_location import ToolUserLocation
    from ..models.web_search_filters import WebSearchFilters

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.tool_user_location import ToolUserLocation  # noqa: F401
    from ..models.web_search_filters import WebSearchFilters  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "filters",
        "max_tokens",
        "max_tokens_per_page",
        "search_context_size",
        "search_type",
        "user_location",
    )
)


T = TypeVar("T", bound="WebSearchTool")


@_attrs_define
class WebSearchTool:
    """
    Attributes:
        type_ (WebSearchToolType):
        filters (WebSearchFilters | Unset):
        max_tokens (int | Unset):
        max_tokens_per_page (int | Unset):
        search_context_size (WebSearchToolSearchContextSize | Unset): Search context size (low, medium, high). Omit when
            supplying explicit max_tokens / max_tokens_per_page.
        search_type (WebSearchToolSearchType | Unset):
        user_location (ToolUserLocation | Unset): User's geographic location for search personalization
    """

    type_: WebSearchToolType
    filters: WebSearchFilters | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_tokens_per_page: int | Unset = UNSET
    search_context_size: WebSearchToolSearchContextSize | Unset = UNSET
    search_type: WebSearchToolSearchType | Unset = UNSET
    user_location: ToolUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        type_ = self.type_.value

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        max_tokens = self.max_tokens

        max_tokens_per_page = self.max_tokens_per_page

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size.value

        search_type: str | Unset = UNSET
        if not isinstance(self.search_type, Unset):
            search_type = self.search_type.value

        user_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_location, Unset):
            user_location = self.user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_tokens_per_page is not UNSET:
            field_dict["max_tokens_per_page"] = max_tokens_per_page
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if search_type is not UNSET:
            field_dict["search_type"] = search_type
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

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
                WebSearchToolType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: WebSearchToolType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = WebSearchToolType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            _filters = src_dict.get("filters", UNSET)
            filters: WebSearchFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = WebSearchFilters.from_dict(_filters)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("filters", e)

        try:
            max_tokens = src_dict.get("max_tokens", UNSET)
            if (
                type(max_tokens) is not int
                and (not isinstance(max_tokens, int) or isinstance(max_tokens, bool))
            ) and not isinstance(max_tokens, Unset):
                raise mismatch("integer", max_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("max_tokens", e)

        try:
            max_tokens_per_page = src_dict.get("max_tokens_per_page", UNSET)
            if (
                type(max_tokens_per_page) is not int
                and (
                    not isinstance(max_tokens_per_page, int)
                    or isinstance(max_tokens_per_page, bool)
                )
            ) and not isinstance(max_tokens_per_page, Unset):
                raise mismatch("integer", max_tokens_per_page)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("max_tokens_per_page", e)

        try:
            _search_context_size = src_dict.get("search_context_size", UNSET)
            _search_context_size_member = (
                WebSearchToolSearchContextSize._by_value.get(_search_context_size)
                if type(_search_context_size) is str
                else None
            )
            search_context_size: WebSearchToolSearchContextSize | Unset
            if _search_context_size_member is not None:
                search_context_size = _search_context_size_member
            elif isinstance(_search_context_size, Unset):
                search_context_size = UNSET
            else:
                search_context_size = WebSearchToolSearchContextSize(
                    _search_context_size
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_context_size", e)

        try:
            _search_type = src_dict.get("search_type", UNSET)
            _search_type_member = (
                WebSearchToolSearchType._by_value.get(_search_type)
                if type(_search_type) is str
                else None
            )
            search_type: WebSearchToolSearchType | Unset
            if _search_type_member is not None:
                search_type = _search_type_member
            elif isinstance(_search_type, Unset):
                search_type = UNSET
            else:
                search_type = WebSearchToolSearchType(_search_type)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_type", e)

        try:
            _user_location = src_dict.get("user_location", UNSET)
            user_location: ToolUserLocation | Unset
            if isinstance(_user_location, Unset):
                user_location = UNSET
            else:
                user_location = ToolUserLocation.from_dict(_user_location)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("user_location", e)

        web_search_tool = cls(
            type_,
            filters,
            max_tokens,
            max_tokens_per_page,
            search_context_size,
            search_type,
            user_location,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            web_search_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return web_search_tool

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
