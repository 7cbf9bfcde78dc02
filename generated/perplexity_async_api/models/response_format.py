from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_type import ResponseFormatType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
)

if TYPE_CHECKING:
    from ..models.json_schema_format import JSONSchemaFormat

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.json_schema_format import JSONSchemaFormat  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "json_schema",
    )
)


T = TypeVar("T", bound="ResponseFormat")


@_attrs_define
class ResponseFormat:
    """Specifies the desired output format for the model response

    Attributes:
        type_ (ResponseFormatType): The type of response format
        json_schema (JSONSchemaFormat | Unset): Defines a JSON schema for structured output validation
    """

    type_: ResponseFormatType
    json_schema: JSONSchemaFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        type_ = self.type_.value

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

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
            _type_ = src_dict["type"]
            _type__member = (
                ResponseFormatType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: ResponseFormatType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ResponseFormatType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            _json_schema = src_dict.get("json_schema", UNSET)
            json_schema: JSONSchemaFormat | Unset
            if isinstance(_json_schema, Unset):
                json_schema = UNSET
            else:
                json_schema = JSONSchemaFormat.from_dict(_json_schema)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("json_schema", e)

        response_format = cls(
            type_,
            json_schema,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            response_format.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return response_format

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
