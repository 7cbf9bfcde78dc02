from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_public_search_result_source import ApiPublicSearchResultSource
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
    union_fallback,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "url",
        "date",
        "last_updated",
        "snippet",
        "source",
    )
)


T = TypeVar("T", bound="ApiPublicSearchResult")


@_attrs_define
class ApiPublicSearchResult:
    """A single search result from the web

    Attributes:
        title (str): Title of the search result page
        url (str): URL of the search result page
        date (None | str | Unset): Publication date of the result
        last_updated (None | str | Unset): Date the result was last updated
        snippet (str | Unset): Text snippet from the search result Default: ''.
        source (ApiPublicSearchResultSource | Unset): Source type of the result (web or attachment) Default:
            ApiPublicSearchResultSource.WEB.
    """

    title: str
    url: str
    date: None | str | Unset = UNSET
    last_updated: None | str | Unset = UNSET
    snippet: str | Unset = ""
    source: ApiPublicSearchResultSource | Unset = ApiPublicSearchResultSource.WEB
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = self.last_updated

        snippet = self.snippet

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "url": url,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if snippet is not UNSET:
            field_dict["snippet"] = snippet
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            title = src_dict["title"]
            if type(title) is not str and not isinstance(title, str):
                raise mismatch("string", title)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("title", e)

        try:
            url = src_dict["url"]
            if type(url) is not str and not isinstance(url, str):
                raise mismatch("string", url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("url", e)

        try:
            date = src_dict.get("date", UNSET)
            if not (type(date) is str or date is None or date is UNSET):

                def _parse_date(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                date = _parse_date(date)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("date", e)

        try:
            last_updated = src_dict.get("last_updated", UNSET)
            if not (
                type(last_updated) is str
                or last_updated is None
                or last_updated is UNSET
            ):

                def _parse_last_updated(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                last_updated = _parse_last_updated(last_updated)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("last_updated", e)

        try:
            snippet = src_dict.get("snippet", UNSET)
            if (
                type(snippet) is not str and not isinstance(snippet, str)
            ) and not isinstance(snippet, Unset):
                raise mismatch("string", snippet)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("snippet", e)

        try:
            _source = src_dict.get("source", UNSET)
            _source_member = (
                ApiPublicSearchResultSource._by_value.get(_source)
                if type(_source) is str
                else None
            )
            source: ApiPublicSearchResultSource | Unset
            if _source_member is not None:
                source = _source_member
            elif isinstance(_source, Unset):
                source = UNSET
            else:
                source = ApiPublicSearchResultSource(_source)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("source", e)

        api_public_search_result = cls(
            title,
            url,
            date,
            last_updated,
            snippet,
            source,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            api_public_search_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_public_search_result

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
