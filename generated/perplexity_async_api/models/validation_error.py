from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
    union_fallback,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "loc",
        "msg",
        "type",
    )
)


T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """
    Attributes:
        loc (list[int | str]):
        msg (str):
        type_ (str):
    """

    loc: list[int | str]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            _loc = src_dict["loc"]
            if not isinstance(_loc, list):
                raise mismatch("array", _loc)
            loc = []
            for index, loc_item_data in enumerate(_loc):
                try:
                    loc_item = loc_item_data
                    if not (type(loc_item) is str or type(loc_item) is int):

                        def _parse_loc_item(data: object) -> int | str:
                            if isinstance(data, str):  # the common case, decided inline
                                return data
                            if isinstance(data, int) and not isinstance(
                                data, bool
                            ):  # the common case, decided inline
                                return data
                            return cast(
                                int | str,
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

                        loc_item = _parse_loc_item(loc_item)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                loc.append(loc_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("loc", e)

        try:
            msg = src_dict["msg"]
            if type(msg) is not str and not isinstance(msg, str):
                raise mismatch("string", msg)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("msg", e)

        try:
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise mismatch("string", type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        validation_error = cls(
            loc,
            msg,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            validation_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return validation_error

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
