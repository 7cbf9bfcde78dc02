from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_response_input_type import McpApprovalResponseInputType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "approval_request_id",
        "approve",
        "type",
        "id",
        "reason",
    )
)


T = TypeVar("T", bound="McpApprovalResponseInput")


@_attrs_define
class McpApprovalResponseInput:
    """
    Attributes:
        approval_request_id (str):
        approve (bool):
        type_ (McpApprovalResponseInputType):
        id (str | Unset):
        reason (str | Unset):
    """

    approval_request_id: str
    approve: bool
    type_: McpApprovalResponseInputType
    id: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_request_id = self.approval_request_id

        approve = self.approve

        type_ = self.type_.value

        id = self.id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_request_id": approval_request_id,
                "approve": approve,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            approval_request_id = src_dict["approval_request_id"]
            if type(approval_request_id) is not str and not isinstance(
                approval_request_id, str
            ):
                raise mismatch("string", approval_request_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("approval_request_id", e)

        try:
            approve = src_dict["approve"]
            if type(approve) is not bool:
                raise mismatch("boolean", approve)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("approve", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                McpApprovalResponseInputType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: McpApprovalResponseInputType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = McpApprovalResponseInputType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            id = src_dict.get("id", UNSET)
            if (type(id) is not str and not isinstance(id, str)) and not isinstance(
                id, Unset
            ):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            reason = src_dict.get("reason", UNSET)
            if (
                type(reason) is not str and not isinstance(reason, str)
            ) and not isinstance(reason, Unset):
                raise mismatch("string", reason)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("reason", e)

        mcp_approval_response_input = cls(
            approval_request_id,
            approve,
            type_,
            id,
            reason,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            mcp_approval_response_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return mcp_approval_response_input

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
