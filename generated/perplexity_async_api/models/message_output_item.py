from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_output_item_type import MessageOutputItemType
from ..models.role_type import RoleType
from ..models.status import Status
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.content_part import ContentPart

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.content_part import ContentPart  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "content",
        "id",
        "role",
        "status",
        "type",
    )
)


T = TypeVar("T", bound="MessageOutputItem")


@_attrs_define
class MessageOutputItem:
    """
    Attributes:
        content (list[ContentPart]):
        id (str):
        role (RoleType): Role in a message
        status (Status): Status of a response or output item. For background runs, `queued` and `in_progress` are non-
            terminal; `completed`, `failed` and `cancelled` are terminal. The meaning of `requires_action` is not
            documented.
        type_ (MessageOutputItemType):
    """

    content: list[ContentPart]
    id: str
    role: RoleType
    status: Status
    type_: MessageOutputItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        id = self.id

        role = self.role.value

        status = self.status.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "id": id,
                "role": role,
                "status": status,
                "type": type_,
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
            _content = src_dict["content"]
            if not isinstance(_content, list):
                raise mismatch("array", _content)
            content = []
            for index, content_item_data in enumerate(_content):
                try:
                    content_item = ContentPart.from_dict(content_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                content.append(content_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("content", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            _role = src_dict["role"]
            _role_member = RoleType._by_value.get(_role) if type(_role) is str else None
            role: RoleType
            if _role_member is not None:
                role = _role_member
            else:
                role = RoleType(_role)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("role", e)

        try:
            _status = src_dict["status"]
            _status_member = (
                Status._by_value.get(_status) if type(_status) is str else None
            )
            status: Status
            if _status_member is not None:
                status = _status_member
            else:
                status = Status(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                MessageOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: MessageOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = MessageOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        message_output_item = cls(
            content,
            id,
            role,
            status,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            message_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return message_output_item

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
