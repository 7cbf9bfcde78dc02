from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_source import SearchSource
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "snippet",
        "title",
        "url",
        "date",
        "last_updated",
        "source",
    )
)


T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
    """A single search result used in LLM responses

    Attributes:
        id (int):
        snippet (str):
        title (str):
        url (str):
        date (str | Unset):
        last_updated (str | Unset):
        source (SearchSource | Unset): Source of search results
    """

    id: int
    snippet: str
    title: str
    url: str
    date: str | Unset = UNSET
    last_updated: str | Unset = UNSET
    source: SearchSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        snippet = self.snippet

        title = self.title

        url = self.url

        date = self.date

        last_updated = self.last_updated

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "snippet": snippet,
                "title": title,
                "url": url,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
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
            id = src_dict["id"]
            if type(id) is not int and (
                not isinstance(id, int) or isinstance(id, bool)
            ):
                raise mismatch("integer", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            snippet = src_dict["snippet"]
            if type(snippet) is not str and not isinstance(snippet, str):
                raise mismatch("string", snippet)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("snippet", e)

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
            if (type(date) is not str and not isinstance(date, str)) and not isinstance(
                date, Unset
            ):
                raise mismatch("string", date)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("date", e)

        try:
            last_updated = src_dict.get("last_updated", UNSET)
            if (
                type(last_updated) is not str and not isinstance(last_updated, str)
            ) and not isinstance(last_updated, Unset):
                raise mismatch("string", last_updated)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("last_updated", e)

        try:
            _source = src_dict.get("source", UNSET)
            _source_member = (
                SearchSource._by_value.get(_source) if type(_source) is str else None
            )
            source: SearchSource | Unset
            if _source_member is not None:
                source = _source_member
            elif isinstance(_source, Unset):
                source = UNSET
            else:
                source = SearchSource(_source)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("source", e)

        search_result = cls(
            id,
            snippet,
            title,
            url,
            date,
            last_updated,
            source,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            search_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return search_result

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
