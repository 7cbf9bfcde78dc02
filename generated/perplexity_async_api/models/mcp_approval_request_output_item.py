from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_request_output_item_type import (
    McpApprovalRequestOutputItemType,
)
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
        "arguments",
        "id",
        "name",
        "server_label",
        "type",
        "connector_id",
        "thought_signature",
    )
)


T = TypeVar("T", bound="McpApprovalRequestOutputItem")


@_attrs_define
class McpApprovalRequestOutputItem:
    """
    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type_ (McpApprovalRequestOutputItemType):
        connector_id (str | Unset):
        thought_signature (str | Unset):
    """

    arguments: str
    id: str
    name: str
    server_label: str
    type_: McpApprovalRequestOutputItemType
    connector_id: str | Unset = UNSET
    thought_signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        id = self.id

        name = self.name

        server_label = self.server_label

        type_ = self.type_.value

        connector_id = self.connector_id

        thought_signature = self.thought_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "id": id,
                "name": name,
                "server_label": server_label,
                "type": type_,
            }
        )
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if thought_signature is not UNSET:
            field_dict["thought_signature"] = thought_signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            arguments = src_dict["arguments"]
            if type(arguments) is not str and not isinstance(arguments, str):
                raise mismatch("string", arguments)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("arguments", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            server_label = src_dict["server_label"]
            if type(server_label) is not str and not isinstance(server_label, str):
                raise mismatch("string", server_label)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("server_label", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                McpApprovalRequestOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: McpApprovalRequestOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = McpApprovalRequestOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            connector_id = src_dict.get("connector_id", UNSET)
            if (
                type(connector_id) is not str and not isinstance(connector_id, str)
            ) and not isinstance(connector_id, Unset):
                raise mismatch("string", connector_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("connector_id", e)

        try:
            thought_signature = src_dict.get("thought_signature", UNSET)
            if (
                type(thought_signature) is not str
                and not isinstance(thought_signature, str)
            ) and not isinstance(thought_signature, Unset):
                raise mismatch("string", thought_signature)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("thought_signature", e)

        mcp_approval_request_output_item = cls(
            arguments,
            id,
            name,
            server_label,
            type_,
            connector_id,
            thought_signature,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            mcp_approval_request_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return mcp_approval_request_output_item

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
