from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.choice_finish_reason_type_0 import ChoiceFinishReasonType0
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
    from ..models.chat_message import ChatMessage

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.chat_message import ChatMessage  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "index",
        "message",
        "delta",
        "finish_reason",
    )
)


T = TypeVar("T", bound="Choice")


@_attrs_define
class Choice:
    """A single completion choice

    Attributes:
        index (int): Index of the choice in the array
        message (ChatMessage):
        delta (ChatMessage):
        finish_reason (ChoiceFinishReasonType0 | None | Unset): Reason generation stopped (stop or length)
    """

    index: int
    message: ChatMessage
    delta: ChatMessage
    finish_reason: ChoiceFinishReasonType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        index = self.index

        message = self.message.to_dict()

        delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, ChoiceFinishReasonType0):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "delta": delta,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

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
            index = src_dict["index"]
            if type(index) is not int and (
                not isinstance(index, int) or isinstance(index, bool)
            ):
                raise mismatch("integer", index)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("index", e)

        try:
            message = ChatMessage.from_dict(src_dict["message"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("message", e)

        try:
            delta = ChatMessage.from_dict(src_dict["delta"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("delta", e)

        try:
            finish_reason = src_dict.get("finish_reason", UNSET)
            if not (finish_reason is None or finish_reason is UNSET):

                def _parse_finish_reason(
                    data: object,
                ) -> ChoiceFinishReasonType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _finish_reason_type_0 = data
                            _finish_reason_type_0_member = (
                                ChoiceFinishReasonType0._by_value.get(
                                    _finish_reason_type_0
                                )
                                if type(_finish_reason_type_0) is str
                                else None
                            )
                            finish_reason_type_0: ChoiceFinishReasonType0
                            if _finish_reason_type_0_member is not None:
                                finish_reason_type_0 = _finish_reason_type_0_member
                            else:
                                finish_reason_type_0 = ChoiceFinishReasonType0(
                                    _finish_reason_type_0
                                )

                            return finish_reason_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ChoiceFinishReasonType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "ChoiceFinishReasonType0 | None",
                            errors,
                        ),
                    )

                finish_reason = _parse_finish_reason(finish_reason)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("finish_reason", e)

        choice = cls(
            index,
            message,
            delta,
            finish_reason,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            choice.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return choice

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
