from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_content_part_type import InputContentPartType
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
        "type",
        "file_data",
        "file_url",
        "filename",
        "image_url",
        "text",
    )
)


T = TypeVar("T", bound="InputContentPart")


@_attrs_define
class InputContentPart:
    """
    Attributes:
        type_ (InputContentPartType):
        file_data (str | Unset):
        file_url (str | Unset):
        filename (str | Unset):
        image_url (str | Unset): Data URI or HTTPS URL (for `input_image`).
        text (str | Unset):
    """

    type_: InputContentPartType
    file_data: str | Unset = UNSET
    file_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    image_url: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        file_data = self.file_data

        file_url = self.file_url

        filename = self.filename

        image_url = self.image_url

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            _type_ = src_dict["type"]
            _type__member = (
                InputContentPartType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: InputContentPartType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = InputContentPartType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            file_data = src_dict.get("file_data", UNSET)
            if (
                type(file_data) is not str and not isinstance(file_data, str)
            ) and not isinstance(file_data, Unset):
                raise mismatch("string", file_data)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_data", e)

        try:
            file_url = src_dict.get("file_url", UNSET)
            if (
                type(file_url) is not str and not isinstance(file_url, str)
            ) and not isinstance(file_url, Unset):
                raise mismatch("string", file_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_url", e)

        try:
            filename = src_dict.get("filename", UNSET)
            if (
                type(filename) is not str and not isinstance(filename, str)
            ) and not isinstance(filename, Unset):
                raise mismatch("string", filename)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("filename", e)

        try:
            image_url = src_dict.get("image_url", UNSET)
            if (
                type(image_url) is not str and not isinstance(image_url, str)
            ) and not isinstance(image_url, Unset):
                raise mismatch("string", image_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_url", e)

        try:
            text = src_dict.get("text", UNSET)
            if (type(text) is not str and not isinstance(text, str)) and not isinstance(
                text, Unset
            ):
                raise mismatch("string", text)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("text", e)

        input_content_part = cls(
            type_,
            file_data,
            file_url,
            filename,
            image_url,
            text,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            input_content_part.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return input_content_part

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
