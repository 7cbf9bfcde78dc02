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
    from ..models.validation_error import ValidationError

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.validation_error import ValidationError  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(("detail",))


T = TypeVar("T", bound="HTTPValidationError")


@_attrs_define
class HTTPValidationError:
    """
    Attributes:
        detail (list[ValidationError] | Unset):
    """

    detail: list[ValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

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
            _detail = src_dict.get("detail", UNSET)
            detail: list[ValidationError] | Unset = UNSET
            if _detail is not UNSET:
                if not isinstance(_detail, list):
                    raise mismatch("array", _detail)
                detail = []
                for index, detail_item_data in enumerate(_detail):
                    try:
                        detail_item = ValidationError.from_dict(detail_item_data)

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    detail.append(detail_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("detail", e)

        http_validation_error = cls(
            detail,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            http_validation_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return http_validation_error

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
