from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_file_object import BatchFileObject
from ..models.file_purpose import FilePurpose
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
    union_fallback,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "bytes",
        "created_at",
        "filename",
        "id",
        "object",
        "purpose",
        "expires_at",
    )
)


T = TypeVar("T", bound="BatchFile")


@_attrs_define
class BatchFile:
    """
    Attributes:
        bytes_ (int):
        created_at (int):
        filename (str):
        id (str):
        object_ (BatchFileObject):
        purpose (FilePurpose): `batch` for uploads, `batch_output` for the output and error files batches write.
        expires_at (int | None | Unset):
    """

    bytes_: int
    created_at: int
    filename: str
    id: str
    object_: BatchFileObject
    purpose: FilePurpose
    expires_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        id = self.id

        object_ = self.object_.value

        purpose = self.purpose.value

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "created_at": created_at,
                "filename": filename,
                "id": id,
                "object": object_,
                "purpose": purpose,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            bytes_ = src_dict["bytes"]
            if type(bytes_) is not int and (
                not isinstance(bytes_, int) or isinstance(bytes_, bool)
            ):
                raise mismatch("integer", bytes_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("bytes", e)

        try:
            created_at = src_dict["created_at"]
            if type(created_at) is not int and (
                not isinstance(created_at, int) or isinstance(created_at, bool)
            ):
                raise mismatch("integer", created_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("created_at", e)

        try:
            filename = src_dict["filename"]
            if type(filename) is not str and not isinstance(filename, str):
                raise mismatch("string", filename)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("filename", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            _object_ = src_dict["object"]
            _object__member = (
                BatchFileObject._by_value.get(_object_)
                if type(_object_) is str
                else None
            )
            object_: BatchFileObject
            if _object__member is not None:
                object_ = _object__member
            else:
                object_ = BatchFileObject(_object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        try:
            _purpose = src_dict["purpose"]
            _purpose_member = (
                FilePurpose._by_value.get(_purpose) if type(_purpose) is str else None
            )
            purpose: FilePurpose
            if _purpose_member is not None:
                purpose = _purpose_member
            else:
                purpose = FilePurpose(_purpose)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("purpose", e)

        try:
            expires_at = src_dict.get("expires_at", UNSET)
            if not (
                type(expires_at) is int or expires_at is None or expires_at is UNSET
            ):

                def _parse_expires_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                expires_at = _parse_expires_at(expires_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("expires_at", e)

        batch_file = cls(
            bytes_,
            created_at,
            filename,
            id,
            object_,
            purpose,
            expires_at,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_file.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_file

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
