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
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.parameter_spec import ParameterSpec

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.parameter_spec import ParameterSpec  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "parameters",
        "strict",
    )
)


T = TypeVar("T", bound="FunctionSpec")


@_attrs_define
class FunctionSpec:
    """
    Attributes:
        name (str):
        description (str):
        parameters (ParameterSpec):
        strict (bool | None | Unset):
    """

    name: str
    description: str
    parameters: ParameterSpec
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        name = self.name

        description = self.description

        parameters = self.parameters.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "parameters": parameters,
            }
        )
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
            description = src_dict["description"]
            if type(description) is not str and not isinstance(description, str):
                raise mismatch("string", description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("description", e)

        try:
            parameters = ParameterSpec.from_dict(src_dict["parameters"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("parameters", e)

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

        function_spec = cls(
            name,
            description,
            parameters,
            strict,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            function_spec.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return function_spec

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
