from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_options_search_context_size import (
    WebSearchOptionsSearchContextSize,
)
from ..models.web_search_options_search_type_type_0 import (
    WebSearchOptionsSearchTypeType0,
)
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.user_location import UserLocation

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.user_location import UserLocation  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "search_context_size",
        "search_type",
        "user_location",
        "image_results_enhanced_relevance",
    )
)


T = TypeVar("T", bound="WebSearchOptions")


@_attrs_define
class WebSearchOptions:
    """Configuration options for web search behavior

    Attributes:
        search_context_size (WebSearchOptionsSearchContextSize | Unset): Amount of search context to include (low,
            medium, or high) Default: WebSearchOptionsSearchContextSize.LOW.
        search_type (None | Unset | WebSearchOptionsSearchTypeType0): Search type (fast for speed, pro for quality, auto
            to let the model decide)
        user_location (None | Unset | UserLocation):
        image_results_enhanced_relevance (bool | Unset): When true, applies enhanced relevance filtering to image
            results Default: False.
    """

    search_context_size: WebSearchOptionsSearchContextSize | Unset = (
        WebSearchOptionsSearchContextSize.LOW
    )
    search_type: None | Unset | WebSearchOptionsSearchTypeType0 = UNSET
    user_location: None | Unset | UserLocation = UNSET
    image_results_enhanced_relevance: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size.value

        search_type: None | str | Unset
        if isinstance(self.search_type, Unset):
            search_type = UNSET
        elif isinstance(self.search_type, WebSearchOptionsSearchTypeType0):
            search_type = self.search_type.value
        else:
            search_type = self.search_type

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, UserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        image_results_enhanced_relevance = self.image_results_enhanced_relevance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if search_type is not UNSET:
            field_dict["search_type"] = search_type
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if image_results_enhanced_relevance is not UNSET:
            field_dict["image_results_enhanced_relevance"] = (
                image_results_enhanced_relevance
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
            _search_context_size = src_dict.get("search_context_size", UNSET)
            _search_context_size_member = (
                WebSearchOptionsSearchContextSize._by_value.get(_search_context_size)
                if type(_search_context_size) is str
                else None
            )
            search_context_size: WebSearchOptionsSearchContextSize | Unset
            if _search_context_size_member is not None:
                search_context_size = _search_context_size_member
            elif isinstance(_search_context_size, Unset):
                search_context_size = UNSET
            else:
                search_context_size = WebSearchOptionsSearchContextSize(
                    _search_context_size
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_context_size", e)

        try:
            search_type = src_dict.get("search_type", UNSET)
            if not (search_type is None or search_type is UNSET):

                def _parse_search_type(
                    data: object,
                ) -> None | Unset | WebSearchOptionsSearchTypeType0:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _search_type_type_0 = data
                            _search_type_type_0_member = (
                                WebSearchOptionsSearchTypeType0._by_value.get(
                                    _search_type_type_0
                                )
                                if type(_search_type_type_0) is str
                                else None
                            )
                            search_type_type_0: WebSearchOptionsSearchTypeType0
                            if _search_type_type_0_member is not None:
                                search_type_type_0 = _search_type_type_0_member
                            else:
                                search_type_type_0 = WebSearchOptionsSearchTypeType0(
                                    _search_type_type_0
                                )

                            return search_type_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        None | Unset | WebSearchOptionsSearchTypeType0,
                        union_fallback(
                            data,
                            (),
                            "None | WebSearchOptionsSearchTypeType0",
                            errors,
                        ),
                    )

                search_type = _parse_search_type(search_type)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_type", e)

        try:
            user_location = src_dict.get("user_location", UNSET)
            if not (user_location is None or user_location is UNSET):

                def _parse_user_location(data: object) -> None | Unset | UserLocation:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            user_location_type_0 = UserLocation.from_dict(data)

                            return user_location_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        None | Unset | UserLocation,
                        union_fallback(
                            data,
                            (),
                            "None | UserLocation",
                            errors,
                        ),
                    )

                user_location = _parse_user_location(user_location)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("user_location", e)

        try:
            image_results_enhanced_relevance = src_dict.get(
                "image_results_enhanced_relevance", UNSET
            )
            if (type(image_results_enhanced_relevance) is not bool) and not isinstance(
                image_results_enhanced_relevance, Unset
            ):
                raise mismatch("boolean", image_results_enhanced_relevance)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_results_enhanced_relevance", e)

        web_search_options = cls(
            search_context_size,
            search_type,
            user_location,
            image_results_enhanced_relevance,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            web_search_options.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return web_search_options

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
