from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        "url",
        "frame_interval",
    )
)


T = TypeVar("T", bound="VideoURL")


@_attrs_define
class VideoURL:
    """
    Attributes:
        url (str):
        frame_interval (int | str | Unset):  Default: '25'.
    """

    url: str
    frame_interval: int | str | Unset = "25"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        frame_interval: int | str | Unset
        if isinstance(self.frame_interval, Unset):
            frame_interval = UNSET
        else:
            frame_interval = self.frame_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if frame_interval is not UNSET:
            field_dict["frame_interval"] = frame_interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            url = src_dict["url"]
            if type(url) is not str and not isinstance(url, str):
                raise mismatch("string", url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("url", e)

        try:
            frame_interval = src_dict.get("frame_interval", UNSET)
            if not (
                type(frame_interval) is str
                or type(frame_interval) is int
                or frame_interval is UNSET
            ):

                def _parse_frame_interval(data: object) -> int | str | Unset:
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | str | Unset,
                        union_fallback(
                            data,
                            (
                                str,
                                int,
                            ),
                            "int | str",
                            [],
                        ),
                    )

                frame_interval = _parse_frame_interval(frame_interval)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("frame_interval", e)

        video_url = cls(
            url,
            frame_interval,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            video_url.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return video_url

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
