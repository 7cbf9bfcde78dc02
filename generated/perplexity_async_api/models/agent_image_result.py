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
        "height",
        "image_url",
        "origin_url",
        "width",
        "title",
    )
)


T = TypeVar("T", bound="AgentImageResult")


@_attrs_define
class AgentImageResult:
    """
    Attributes:
        height (int):
        image_url (str):
        origin_url (str):
        width (int):
        title (str | Unset):
    """

    height: int
    image_url: str
    origin_url: str
    width: int
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        image_url = self.image_url

        origin_url = self.origin_url

        width = self.width

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "image_url": image_url,
                "origin_url": origin_url,
                "width": width,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            height = src_dict["height"]
            if type(height) is not int and (
                not isinstance(height, int) or isinstance(height, bool)
            ):
                raise mismatch("integer", height)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("height", e)

        try:
            image_url = src_dict["image_url"]
            if type(image_url) is not str and not isinstance(image_url, str):
                raise mismatch("string", image_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_url", e)

        try:
            origin_url = src_dict["origin_url"]
            if type(origin_url) is not str and not isinstance(origin_url, str):
                raise mismatch("string", origin_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("origin_url", e)

        try:
            width = src_dict["width"]
            if type(width) is not int and (
                not isinstance(width, int) or isinstance(width, bool)
            ):
                raise mismatch("integer", width)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("width", e)

        try:
            title = src_dict.get("title", UNSET)
            if (
                type(title) is not str and not isinstance(title, str)
            ) and not isinstance(title, Unset):
                raise mismatch("string", title)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("title", e)

        agent_image_result = cls(
            height,
            image_url,
            origin_url,
            width,
            title,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            agent_image_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_image_result

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
