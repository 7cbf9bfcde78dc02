from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_object_list_object import FileObjectListObject
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
    from ..models.batch_file import BatchFile

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.batch_file import BatchFile  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "data",
        "has_more",
        "object",
        "first_id",
        "last_id",
    )
)


T = TypeVar("T", bound="FileObjectList")


@_attrs_define
class FileObjectList:
    """
    Attributes:
        data (list[BatchFile]):
        has_more (bool):
        object_ (FileObjectListObject):
        first_id (None | str | Unset):
        last_id (None | str | Unset):
    """

    data: list[BatchFile]
    has_more: bool
    object_: FileObjectListObject
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        object_ = self.object_.value

        first_id: None | str | Unset
        if isinstance(self.first_id, Unset):
            first_id = UNSET
        else:
            first_id = self.first_id

        last_id: None | str | Unset
        if isinstance(self.last_id, Unset):
            last_id = UNSET
        else:
            last_id = self.last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
                "object": object_,
            }
        )
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id

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
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise mismatch("array", _data)
            data = []
            for index, data_item_data in enumerate(_data):
                try:
                    data_item = BatchFile.from_dict(data_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                data.append(data_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("data", e)

        try:
            has_more = src_dict["has_more"]
            if type(has_more) is not bool:
                raise mismatch("boolean", has_more)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("has_more", e)

        try:
            _object_ = src_dict["object"]
            _object__member = (
                FileObjectListObject._by_value.get(_object_)
                if type(_object_) is str
                else None
            )
            object_: FileObjectListObject
            if _object__member is not None:
                object_ = _object__member
            else:
                object_ = FileObjectListObject(_object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        try:
            first_id = src_dict.get("first_id", UNSET)
            if not (type(first_id) is str or first_id is None or first_id is UNSET):

                def _parse_first_id(data: object) -> None | str | Unset:
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

                first_id = _parse_first_id(first_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("first_id", e)

        try:
            last_id = src_dict.get("last_id", UNSET)
            if not (type(last_id) is str or last_id is None or last_id is UNSET):

                def _parse_last_id(data: object) -> None | str | Unset:
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

                last_id = _parse_last_id(last_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("last_id", e)

        file_object_list = cls(
            data,
            has_more,
            object_,
            first_id,
            last_id,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            file_object_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return file_object_list

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
