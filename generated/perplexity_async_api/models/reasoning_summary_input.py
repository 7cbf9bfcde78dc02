from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_summary_input_type import ReasoningSummaryInputType
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "text",
        "type",
    )
)


T = TypeVar("T", bound="ReasoningSummaryInput")


@_attrs_define
class ReasoningSummaryInput:
    """
    Attributes:
        text (str):
        type_ (ReasoningSummaryInputType):
    """

    text: str
    type_: ReasoningSummaryInputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
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
            text = src_dict["text"]
            if type(text) is not str and not isinstance(text, str):
                raise mismatch("string", text)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("text", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                ReasoningSummaryInputType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: ReasoningSummaryInputType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ReasoningSummaryInputType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        reasoning_summary_input = cls(
            text,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            reasoning_summary_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return reasoning_summary_input

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
