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
    check_list,
    json_type,
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.parameter_spec_properties import ParameterSpecProperties

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.parameter_spec_properties import ParameterSpecProperties  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties_`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "properties",
        "required",
        "additional_properties",
    )
)


T = TypeVar("T", bound="ParameterSpec")


@_attrs_define
class ParameterSpec:
    """
    Attributes:
        type_ (str):
        properties (ParameterSpecProperties):
        required (list[str] | None | Unset):
        additional_properties (bool | None | Unset):
    """

    type_: str
    properties: ParameterSpecProperties
    required: list[str] | None | Unset = UNSET
    additional_properties: bool | None | Unset = UNSET
    additional_properties_: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        type_ = self.type_

        properties = self.properties.to_dict()

        required: list[str] | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, list):
            required = self.required

        else:
            required = self.required

        additional_properties: bool | None | Unset
        if isinstance(self.additional_properties, Unset):
            additional_properties = UNSET
        else:
            additional_properties = self.additional_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties_)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties

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
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise mismatch("string", type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            properties = ParameterSpecProperties.from_dict(src_dict["properties"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("properties", e)

        try:
            required = src_dict.get("required", UNSET)
            if not (required is None or required is UNSET):

                def _parse_required(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            required_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return required_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                required = _parse_required(required)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("required", e)

        try:
            additional_properties = src_dict.get("additional_properties", UNSET)
            if not (
                type(additional_properties) is bool
                or additional_properties is None
                or additional_properties is UNSET
            ):

                def _parse_additional_properties(data: object) -> bool | None | Unset:
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

                additional_properties = _parse_additional_properties(
                    additional_properties
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("additional_properties", e)

        parameter_spec = cls(
            type_,
            properties,
            required,
            additional_properties,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            parameter_spec.additional_properties_ = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return parameter_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties_.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties_[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties_[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties_[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties_
