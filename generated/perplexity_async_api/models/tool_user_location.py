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
        "city",
        "country",
        "latitude",
        "longitude",
        "region",
    )
)


T = TypeVar("T", bound="ToolUserLocation")


@_attrs_define
class ToolUserLocation:
    """User's geographic location for search personalization

    Attributes:
        city (str | Unset):
        country (str | Unset): ISO 3166-1 alpha-2 country code
        latitude (float | Unset):
        longitude (float | Unset):
        region (str | Unset):
    """

    city: str | Unset = UNSET
    country: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        latitude = self.latitude

        longitude = self.longitude

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            city = src_dict.get("city", UNSET)
            if (type(city) is not str and not isinstance(city, str)) and not isinstance(
                city, Unset
            ):
                raise mismatch("string", city)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("city", e)

        try:
            country = src_dict.get("country", UNSET)
            if (
                type(country) is not str and not isinstance(country, str)
            ) and not isinstance(country, Unset):
                raise mismatch("string", country)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("country", e)

        try:
            latitude = src_dict.get("latitude", UNSET)
            if (
                type(latitude) is not float
                and (
                    not isinstance(latitude, (int, float)) or isinstance(latitude, bool)
                )
            ) and not isinstance(latitude, Unset):
                raise mismatch("number", latitude)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("latitude", e)

        try:
            longitude = src_dict.get("longitude", UNSET)
            if (
                type(longitude) is not float
                and (
                    not isinstance(longitude, (int, float))
                    or isinstance(longitude, bool)
                )
            ) and not isinstance(longitude, Unset):
                raise mismatch("number", longitude)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("longitude", e)

        try:
            region = src_dict.get("region", UNSET)
            if (
                type(region) is not str and not isinstance(region, str)
            ) and not isinstance(region, Unset):
                raise mismatch("string", region)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("region", e)

        tool_user_location = cls(
            city,
            country,
            latitude,
            longitude,
            region,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            tool_user_location.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_user_location

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
