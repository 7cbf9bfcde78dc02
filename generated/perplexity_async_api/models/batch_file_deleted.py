from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_file_deleted_object import BatchFileDeletedObject
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "deleted",
        "id",
        "object",
    )
)


T = TypeVar("T", bound="BatchFileDeleted")


@_attrs_define
class BatchFileDeleted:
    """
    Attributes:
        deleted (bool):
        id (str):
        object_ (BatchFileDeletedObject):
    """

    deleted: bool
    id: str
    object_: BatchFileDeletedObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        id = self.id

        object_ = self.object_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
                "id": id,
                "object": object_,
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
            deleted = src_dict["deleted"]
            if type(deleted) is not bool:
                raise mismatch("boolean", deleted)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("deleted", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            _object_ = src_dict["object"]
            _object__member = (
                BatchFileDeletedObject._by_value.get(_object_)
                if type(_object_) is str
                else None
            )
            object_: BatchFileDeletedObject
            if _object__member is not None:
                object_ = _object__member
            else:
                object_ = BatchFileDeletedObject(_object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        batch_file_deleted = cls(
            deleted,
            id,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_file_deleted.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_file_deleted

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
