from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.builtin_skill_name import BuiltinSkillName
from ..models.builtin_skill_type import BuiltinSkillType
from ..types import (
    ParseError,
    at,
    json_type,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "type",
    )
)


T = TypeVar("T", bound="BuiltinSkill")


@_attrs_define
class BuiltinSkill:
    """Selects a built-in skill from the catalog by name.

    Attributes:
        name (BuiltinSkillName): Built-in skill to make available to the model. office is the full Office bundle
            (enables all four leaves). office/docx, office/pdf, office/pptx, office/xlsx each create polished documents of
            that type from scratch, with structural validation and visual QA.
        type_ (BuiltinSkillType):
    """

    name: BuiltinSkillName
    type_: BuiltinSkillType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
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
            _name = src_dict["name"]
            _name_member = (
                BuiltinSkillName._by_value.get(_name) if type(_name) is str else None
            )
            name: BuiltinSkillName
            if _name_member is not None:
                name = _name_member
            else:
                name = BuiltinSkillName(_name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                BuiltinSkillType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: BuiltinSkillType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = BuiltinSkillType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        builtin_skill = cls(
            name,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            builtin_skill.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return builtin_skill

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
