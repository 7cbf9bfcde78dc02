from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_input_item_status import ReasoningInputItemStatus
from ..models.reasoning_input_item_type import ReasoningInputItemType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.reasoning_summary_input import ReasoningSummaryInput
    from ..models.reasoning_text_input import ReasoningTextInput

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.reasoning_summary_input import ReasoningSummaryInput  # noqa: F401
    from ..models.reasoning_text_input import ReasoningTextInput  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "summary",
        "type",
        "content",
        "encrypted_content",
        "id",
        "status",
    )
)


T = TypeVar("T", bound="ReasoningInputItem")


@_attrs_define
class ReasoningInputItem:
    """
    Attributes:
        summary (list[ReasoningSummaryInput]):
        type_ (ReasoningInputItemType):
        content (list[ReasoningTextInput] | Unset):
        encrypted_content (str | Unset):
        id (str | Unset):
        status (ReasoningInputItemStatus | Unset):
    """

    summary: list[ReasoningSummaryInput]
    type_: ReasoningInputItemType
    content: list[ReasoningTextInput] | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    id: str | Unset = UNSET
    status: ReasoningInputItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        type_ = self.type_.value

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        encrypted_content = self.encrypted_content

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

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
            _summary = src_dict["summary"]
            if not isinstance(_summary, list):
                raise mismatch("array", _summary)
            summary = []
            for index, summary_item_data in enumerate(_summary):
                try:
                    summary_item = ReasoningSummaryInput.from_dict(summary_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                summary.append(summary_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("summary", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                ReasoningInputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: ReasoningInputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ReasoningInputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            _content = src_dict.get("content", UNSET)
            content: list[ReasoningTextInput] | Unset = UNSET
            if _content is not UNSET:
                if not isinstance(_content, list):
                    raise mismatch("array", _content)
                content = []
                for index, content_item_data in enumerate(_content):
                    try:
                        content_item = ReasoningTextInput.from_dict(content_item_data)

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    content.append(content_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("content", e)

        try:
            encrypted_content = src_dict.get("encrypted_content", UNSET)
            if (
                type(encrypted_content) is not str
                and not isinstance(encrypted_content, str)
            ) and not isinstance(encrypted_content, Unset):
                raise mismatch("string", encrypted_content)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("encrypted_content", e)

        try:
            id = src_dict.get("id", UNSET)
            if (type(id) is not str and not isinstance(id, str)) and not isinstance(
                id, Unset
            ):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            _status = src_dict.get("status", UNSET)
            _status_member = (
                ReasoningInputItemStatus._by_value.get(_status)
                if type(_status) is str
                else None
            )
            status: ReasoningInputItemStatus | Unset
            if _status_member is not None:
                status = _status_member
            elif isinstance(_status, Unset):
                status = UNSET
            else:
                status = ReasoningInputItemStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        reasoning_input_item = cls(
            summary,
            type_,
            content,
            encrypted_content,
            id,
            status,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            reasoning_input_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return reasoning_input_item

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
