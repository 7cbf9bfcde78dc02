from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_errors_object import BatchErrorsObject
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.batch_error import BatchError

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.batch_error import BatchError  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "data",
        "object",
    )
)


T = TypeVar("T", bound="BatchErrors")


@_attrs_define
class BatchErrors:
    """
    Attributes:
        data (list[BatchError]):
        object_ (BatchErrorsObject):
    """

    data: list[BatchError]
    object_: BatchErrorsObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        object_ = self.object_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "object": object_,
            }
        )

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
                    data_item = BatchError.from_dict(data_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                data.append(data_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("data", e)

        try:
            _object_ = src_dict["object"]
            _object__member = (
                BatchErrorsObject._by_value.get(_object_)
                if type(_object_) is str
                else None
            )
            object_: BatchErrorsObject
            if _object__member is not None:
                object_ = _object__member
            else:
                object_ = BatchErrorsObject(_object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        batch_errors = cls(
            data,
            object_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_errors.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_errors

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
