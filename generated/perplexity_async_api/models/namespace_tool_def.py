from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_tool_def_type import NamespaceToolDefType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.namespace_tool_def_parameters import NamespaceToolDefParameters

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.namespace_tool_def_parameters import NamespaceToolDefParameters  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "type",
        "description",
        "parameters",
    )
)


T = TypeVar("T", bound="NamespaceToolDef")


@_attrs_define
class NamespaceToolDef:
    """
    Attributes:
        name (str):
        type_ (NamespaceToolDefType):
        description (str | Unset):
        parameters (NamespaceToolDefParameters | Unset):
    """

    name: str
    type_: NamespaceToolDefType
    description: str | Unset = UNSET
    parameters: NamespaceToolDefParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        name = self.name

        type_ = self.type_.value

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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
            _type_ = src_dict["type"]
            _type__member = (
                NamespaceToolDefType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: NamespaceToolDefType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = NamespaceToolDefType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            description = src_dict.get("description", UNSET)
            if (
                type(description) is not str and not isinstance(description, str)
            ) and not isinstance(description, Unset):
                raise mismatch("string", description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("description", e)

        try:
            _parameters = src_dict.get("parameters", UNSET)
            parameters: NamespaceToolDefParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = NamespaceToolDefParameters.from_dict(_parameters)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("parameters", e)

        namespace_tool_def = cls(
            name,
            type_,
            description,
            parameters,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            namespace_tool_def.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return namespace_tool_def

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
