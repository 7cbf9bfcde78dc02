from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "completed",
        "failed",
        "total",
    )
)


T = TypeVar("T", bound="BatchRequestCounts")


@_attrs_define
class BatchRequestCounts:
    """
    Attributes:
        completed (int):
        failed (int):
        total (int):
    """

    completed: int
    failed: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        failed = self.failed

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
                "failed": failed,
                "total": total,
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
            completed = src_dict["completed"]
            if type(completed) is not int and (
                not isinstance(completed, int) or isinstance(completed, bool)
            ):
                raise mismatch("integer", completed)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("completed", e)

        try:
            failed = src_dict["failed"]
            if type(failed) is not int and (
                not isinstance(failed, int) or isinstance(failed, bool)
            ):
                raise mismatch("integer", failed)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("failed", e)

        try:
            total = src_dict["total"]
            if type(total) is not int and (
                not isinstance(total, int) or isinstance(total, bool)
            ):
                raise mismatch("integer", total)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total", e)

        batch_request_counts = cls(
            completed,
            failed,
            total,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_request_counts.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_request_counts

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
