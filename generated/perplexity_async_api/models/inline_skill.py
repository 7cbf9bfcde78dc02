from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inline_skill_type import InlineSkillType
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "description",
        "instructions",
        "name",
        "type",
    )
)


T = TypeVar("T", bound="InlineSkill")


@_attrs_define
class InlineSkill:
    """Request-scoped skill defined inline. Inline skills have no files or sandbox mounts and are never echoed back in the
    response.

        Attributes:
            description (str): Short discovery description, limited to 1,024 UTF-8 bytes.
            instructions (str): Instructions returned by `load_skill`, limited to 65,536 UTF-8 bytes per skill and 262,144
                bytes across the request.
            name (str): Request-scoped lowercase ASCII name separated by single hyphens.
            type_ (InlineSkillType):
    """

    description: str
    instructions: str
    name: str
    type_: InlineSkillType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        instructions = self.instructions

        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "instructions": instructions,
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
            description = src_dict["description"]
            if type(description) is not str and not isinstance(description, str):
                raise mismatch("string", description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("description", e)

        try:
            instructions = src_dict["instructions"]
            if type(instructions) is not str and not isinstance(instructions, str):
                raise mismatch("string", instructions)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("instructions", e)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                InlineSkillType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: InlineSkillType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = InlineSkillType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        inline_skill = cls(
            description,
            instructions,
            name,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            inline_skill.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return inline_skill

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
