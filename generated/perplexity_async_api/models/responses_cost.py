from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
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
        "currency",
        "input_cost",
        "output_cost",
        "total_cost",
        "cache_creation_cost",
        "cache_read_cost",
        "tool_calls_cost",
    )
)


T = TypeVar("T", bound="ResponsesCost")


@_attrs_define
class ResponsesCost:
    """
    Attributes:
        currency (Currency): Currency code for cost values
        input_cost (float):
        output_cost (float):
        total_cost (float):
        cache_creation_cost (float | Unset):
        cache_read_cost (float | Unset):
        tool_calls_cost (float | Unset):
    """

    currency: Currency
    input_cost: float
    output_cost: float
    total_cost: float
    cache_creation_cost: float | Unset = UNSET
    cache_read_cost: float | Unset = UNSET
    tool_calls_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency.value

        input_cost = self.input_cost

        output_cost = self.output_cost

        total_cost = self.total_cost

        cache_creation_cost = self.cache_creation_cost

        cache_read_cost = self.cache_read_cost

        tool_calls_cost = self.tool_calls_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "input_cost": input_cost,
                "output_cost": output_cost,
                "total_cost": total_cost,
            }
        )
        if cache_creation_cost is not UNSET:
            field_dict["cache_creation_cost"] = cache_creation_cost
        if cache_read_cost is not UNSET:
            field_dict["cache_read_cost"] = cache_read_cost
        if tool_calls_cost is not UNSET:
            field_dict["tool_calls_cost"] = tool_calls_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            _currency = src_dict["currency"]
            _currency_member = (
                Currency._by_value.get(_currency) if type(_currency) is str else None
            )
            currency: Currency
            if _currency_member is not None:
                currency = _currency_member
            else:
                currency = Currency(_currency)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("currency", e)

        try:
            input_cost = src_dict["input_cost"]
            if type(input_cost) is not float and (
                not isinstance(input_cost, (int, float)) or isinstance(input_cost, bool)
            ):
                raise mismatch("number", input_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_cost", e)

        try:
            output_cost = src_dict["output_cost"]
            if type(output_cost) is not float and (
                not isinstance(output_cost, (int, float))
                or isinstance(output_cost, bool)
            ):
                raise mismatch("number", output_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_cost", e)

        try:
            total_cost = src_dict["total_cost"]
            if type(total_cost) is not float and (
                not isinstance(total_cost, (int, float)) or isinstance(total_cost, bool)
            ):
                raise mismatch("number", total_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total_cost", e)

        try:
            cache_creation_cost = src_dict.get("cache_creation_cost", UNSET)
            if (
                type(cache_creation_cost) is not float
                and (
                    not isinstance(cache_creation_cost, (int, float))
                    or isinstance(cache_creation_cost, bool)
                )
            ) and not isinstance(cache_creation_cost, Unset):
                raise mismatch("number", cache_creation_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cache_creation_cost", e)

        try:
            cache_read_cost = src_dict.get("cache_read_cost", UNSET)
            if (
                type(cache_read_cost) is not float
                and (
                    not isinstance(cache_read_cost, (int, float))
                    or isinstance(cache_read_cost, bool)
                )
            ) and not isinstance(cache_read_cost, Unset):
                raise mismatch("number", cache_read_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cache_read_cost", e)

        try:
            tool_calls_cost = src_dict.get("tool_calls_cost", UNSET)
            if (
                type(tool_calls_cost) is not float
                and (
                    not isinstance(tool_calls_cost, (int, float))
                    or isinstance(tool_calls_cost, bool)
                )
            ) and not isinstance(tool_calls_cost, Unset):
                raise mismatch("number", tool_calls_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tool_calls_cost", e)

        responses_cost = cls(
            currency,
            input_cost,
            output_cost,
            total_cost,
            cache_creation_cost,
            cache_read_cost,
            tool_calls_cost,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            responses_cost.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return responses_cost

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
