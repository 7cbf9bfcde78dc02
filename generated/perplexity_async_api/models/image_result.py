from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

T = TypeVar("T", bound="ImageResult")


@_attrs_define
class ImageResult:
    """
    Attributes:
        image_url (str): URL of the image
        origin_url (str): Original URL where the image was found
        title (str): Title or description of the image
        width (int): Width of the image in pixels
        height (int): Height of the image in pixels
    """

    image_url: str
    origin_url: str
    title: str
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        origin_url = self.origin_url

        title = self.title

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "origin_url": origin_url,
                "title": title,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        d = dict(src_dict)
        try:
            image_url = d.pop("image_url")
            if not isinstance(image_url, str):
                raise mismatch("string", image_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_url", e)

        try:
            origin_url = d.pop("origin_url")
            if not isinstance(origin_url, str):
                raise mismatch("string", origin_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("origin_url", e)

        try:
            title = d.pop("title")
            if not isinstance(title, str):
                raise mismatch("string", title)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("title", e)

        try:
            width = d.pop("width")
            if not isinstance(width, int) or isinstance(width, bool):
                raise mismatch("integer", width)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("width", e)

        try:
            height = d.pop("height")
            if not isinstance(height, int) or isinstance(height, bool):
                raise mismatch("integer", height)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("height", e)

        image_result = cls(
            image_url=image_url,
            origin_url=origin_url,
            title=title,
            width=width,
            height=height,
        )

        image_result.additional_properties = d
        return image_result

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
