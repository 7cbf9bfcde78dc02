from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.json_schema_schema import JSONSchemaSchema

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.json_schema_schema import JSONSchemaSchema  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "schema",
        "name",
        "description",
        "strict",
    )
)


T = TypeVar("T", bound="JSONSchema")


@_attrs_define
class JSONSchema:
    """
    Attributes:
        schema (JSONSchemaSchema):
        name (None | str | Unset):  Default: 'schema'.
        description (None | str | Unset):
        strict (bool | None | Unset):  Default: True.
    """

    schema: JSONSchemaSchema
    name: None | str | Unset = "schema"
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        schema = self.schema.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
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
            schema = JSONSchemaSchema.from_dict(src_dict["schema"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("schema", e)

        try:
            name = src_dict.get("name", UNSET)
            if not (type(name) is str or name is None or name is UNSET):

                def _parse_name(data: object) -> None | str | Unset:
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

                name = _parse_name(name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            description = src_dict.get("description", UNSET)
            if not (
                type(description) is str or description is None or description is UNSET
            ):

                def _parse_description(data: object) -> None | str | Unset:
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

                description = _parse_description(description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("description", e)

        try:
            strict = src_dict.get("strict", UNSET)
            if not (type(strict) is bool or strict is None or strict is UNSET):

                def _parse_strict(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, bool):  # the common case, decided inline
                        return data
                    return cast(
                        bool | None | Unset,
                        union_fallback(
                            data,
                            (bool,),
                            "bool | None",
                            [],
                        ),
                    )

                strict = _parse_strict(strict)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("strict", e)

        json_schema = cls(
            schema,
            name,
            description,
            strict,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            json_schema.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return json_schema

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
