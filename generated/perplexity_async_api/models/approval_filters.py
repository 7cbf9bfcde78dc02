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
)

if TYPE_CHECKING:
    from ..models.approval_filter import ApprovalFilter

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.approval_filter import ApprovalFilter  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "always",
        "never",
    )
)


T = TypeVar("T", bound="ApprovalFilters")


@_attrs_define
class ApprovalFilters:
    """
    Attributes:
        always (ApprovalFilter | Unset):
        never (ApprovalFilter | Unset):
    """

    always: ApprovalFilter | Unset = UNSET
    never: ApprovalFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        always: dict[str, Any] | Unset = UNSET
        if not isinstance(self.always, Unset):
            always = self.always.to_dict()

        never: dict[str, Any] | Unset = UNSET
        if not isinstance(self.never, Unset):
            never = self.never.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

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
            _always = src_dict.get("always", UNSET)
            always: ApprovalFilter | Unset
            if isinstance(_always, Unset):
                always = UNSET
            else:
                always = ApprovalFilter.from_dict(_always)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("always", e)

        try:
            _never = src_dict.get("never", UNSET)
            never: ApprovalFilter | Unset
            if isinstance(_never, Unset):
                never = UNSET
            else:
                never = ApprovalFilter.from_dict(_never)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("never", e)

        approval_filters = cls(
            always,
            never,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            approval_filters.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return approval_filters

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
