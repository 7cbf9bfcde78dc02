from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_cancel_response_status import ResponseCancelResponseStatus
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "response_id",
        "status",
    )
)


T = TypeVar("T", bound="ResponseCancelResponse")


@_attrs_define
class ResponseCancelResponse:
    """
    Attributes:
        response_id (str): The response id (resp_...).
        status (ResponseCancelResponseStatus): Always `cancelling`: the cancel was accepted and the run stops
            asynchronously. An already terminal run returns 400 instead, so no terminal status appears here.
    """

    response_id: str
    status: ResponseCancelResponseStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_id = self.response_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response_id": response_id,
                "status": status,
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
            response_id = src_dict["response_id"]
            if type(response_id) is not str and not isinstance(response_id, str):
                raise mismatch("string", response_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("response_id", e)

        try:
            _status = src_dict["status"]
            _status_member = (
                ResponseCancelResponseStatus._by_value.get(_status)
                if type(_status) is str
                else None
            )
            status: ResponseCancelResponseStatus
            if _status_member is not None:
                status = _status_member
            else:
                status = ResponseCancelResponseStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        response_cancel_response = cls(
            response_id,
            status,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            response_cancel_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return response_cancel_response

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
