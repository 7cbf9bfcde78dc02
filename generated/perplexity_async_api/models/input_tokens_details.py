from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        "cached_tokens",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
    )
)


T = TypeVar("T", bound="InputTokensDetails")


@_attrs_define
class InputTokensDetails:
    """
    Attributes:
        cached_tokens (int):
        cache_creation_input_tokens (int | Unset):
        cache_read_input_tokens (int | Unset):
    """

    cached_tokens: int
    cache_creation_input_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cached_tokens = self.cached_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cached_tokens": cached_tokens,
            }
        )
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            cached_tokens = src_dict["cached_tokens"]
            if type(cached_tokens) is not int and (
                not isinstance(cached_tokens, int) or isinstance(cached_tokens, bool)
            ):
                raise mismatch("integer", cached_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cached_tokens", e)

        try:
            cache_creation_input_tokens = src_dict.get(
                "cache_creation_input_tokens", UNSET
            )
            if (
                type(cache_creation_input_tokens) is not int
                and (
                    not isinstance(cache_creation_input_tokens, int)
                    or isinstance(cache_creation_input_tokens, bool)
                )
            ) and not isinstance(cache_creation_input_tokens, Unset):
                raise mismatch("integer", cache_creation_input_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cache_creation_input_tokens", e)

        try:
            cache_read_input_tokens = src_dict.get("cache_read_input_tokens", UNSET)
            if (
                type(cache_read_input_tokens) is not int
                and (
                    not isinstance(cache_read_input_tokens, int)
                    or isinstance(cache_read_input_tokens, bool)
                )
            ) and not isinstance(cache_read_input_tokens, Unset):
                raise mismatch("integer", cache_read_input_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cache_read_input_tokens", e)

        input_tokens_details = cls(
            cached_tokens,
            cache_creation_input_tokens,
            cache_read_input_tokens,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            input_tokens_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return input_tokens_details

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
