from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.json_schema_format_schema import JSONSchemaFormatSchema

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.json_schema_format_schema import JSONSchemaFormatSchema  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "schema",
        "description",
        "strict",
    )
)


T = TypeVar("T", bound="JSONSchemaFormat")


@_attrs_define
class JSONSchemaFormat:
    """Defines a JSON schema for structured output validation

    Attributes:
        name (str): Name of the schema (1-64 alphanumeric chars)
        schema (JSONSchemaFormatSchema): The JSON schema object
        description (str | Unset): Optional description of the schema
        strict (bool | Unset): Whether to enforce strict schema validation
    """

    name: str
    schema: JSONSchemaFormatSchema
    description: str | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        name = self.name

        schema = self.schema.to_dict()

        description = self.description

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_models()
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            schema = JSONSchemaFormatSchema.from_dict(src_dict["schema"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("schema", e)

        try:
            description = src_dict.get("description", UNSET)
            if (
                type(description) is not str and not isinstance(description, str)
            ) and not isinstance(description, Unset):
                raise mismatch("string", description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("description", e)

        try:
            strict = src_dict.get("strict", UNSET)
            if (type(strict) is not bool) and not isinstance(strict, Unset):
                raise mismatch("boolean", strict)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("strict", e)

        json_schema_format = cls(
            name,
            schema,
            description,
            strict,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            json_schema_format.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return json_schema_format

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
