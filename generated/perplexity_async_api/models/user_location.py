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
    union_fallback,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "latitude",
        "longitude",
        "country",
        "city",
        "region",
    )
)


T = TypeVar("T", bound="UserLocation")


@_attrs_define
class UserLocation:
    """User's geographic location for search personalization

    Attributes:
        latitude (float | None | Unset): Latitude coordinate
        longitude (float | None | Unset): Longitude coordinate
        country (None | str | Unset): ISO 3166-1 alpha-2 country code
        city (None | str | Unset): City name
        region (None | str | Unset): State or region name
    """

    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    country: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
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
            latitude = src_dict.get("latitude", UNSET)
            if not (type(latitude) is float or latitude is None or latitude is UNSET):

                def _parse_latitude(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, float):  # the common case, decided inline
                        return data
                    return cast(
                        float | None | Unset,
                        union_fallback(
                            data,
                            (float,),
                            "float | None",
                            [],
                        ),
                    )

                latitude = _parse_latitude(latitude)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("latitude", e)

        try:
            longitude = src_dict.get("longitude", UNSET)
            if not (
                type(longitude) is float or longitude is None or longitude is UNSET
            ):

                def _parse_longitude(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, float):  # the common case, decided inline
                        return data
                    return cast(
                        float | None | Unset,
                        union_fallback(
                            data,
                            (float,),
                            "float | None",
                            [],
                        ),
                    )

                longitude = _parse_longitude(longitude)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("longitude", e)

        try:
            country = src_dict.get("country", UNSET)
            if not (type(country) is str or country is None or country is UNSET):

                def _parse_country(data: object) -> None | str | Unset:
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

                country = _parse_country(country)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("country", e)

        try:
            city = src_dict.get("city", UNSET)
            if not (type(city) is str or city is None or city is UNSET):

                def _parse_city(data: object) -> None | str | Unset:
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

                city = _parse_city(city)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("city", e)

        try:
            region = src_dict.get("region", UNSET)
            if not (type(region) is str or region is None or region is UNSET):

                def _parse_region(data: object) -> None | str | Unset:
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

                region = _parse_region(region)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("region", e)

        user_location = cls(
            latitude,
            longitude,
            country,
            city,
            region,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            user_location.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return user_location

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
