from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_config_effort import ReasoningConfigEffort
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(("effort",))


T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define
class ReasoningConfig:
    """
    Attributes:
        effort (ReasoningConfigEffort | Unset): How much effort the model should spend on reasoning
    """

    effort: ReasoningConfigEffort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            _effort = src_dict.get("effort", UNSET)
            _effort_member = (
                ReasoningConfigEffort._by_value.get(_effort)
                if type(_effort) is str
                else None
            )
            effort: ReasoningConfigEffort | Unset
            if _effort_member is not None:
                effort = _effort_member
            elif isinstance(_effort, Unset):
                effort = UNSET
            else:
                effort = ReasoningConfigEffort(_effort)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("effort", e)

        reasoning_config = cls(
            effort,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            reasoning_config.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return reasoning_config

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
