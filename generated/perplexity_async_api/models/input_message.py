from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_message_role import InputMessageRole
from ..models.input_message_type import InputMessageType
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
    from ..models.input_content_part import InputContentPart

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.input_content_part import InputContentPart  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "content",
        "role",
        "type",
    )
)


T = TypeVar("T", bound="InputMessage")


@_attrs_define
class InputMessage:
    """
    Attributes:
        content (list[InputContentPart] | str): Message content - either a string or array of content parts
        role (InputMessageRole):
        type_ (InputMessageType | Unset):
    """

    content: list[InputContentPart] | str
    role: InputMessageRole
    type_: InputMessageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for componentsschemas_input_content_type_1_item_data in self.content:
                componentsschemas_input_content_type_1_item = (
                    componentsschemas_input_content_type_1_item_data.to_dict()
                )
                content.append(componentsschemas_input_content_type_1_item)

        else:
            content = self.content

        role = self.role.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            content = src_dict["content"]
            if not (type(content) is str):

                def _parse_content(data: object) -> list[InputContentPart] | str:
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _componentsschemas_input_content_type_1 = data
                            if not isinstance(
                                _componentsschemas_input_content_type_1, list
                            ):
                                raise mismatch(
                                    "array", _componentsschemas_input_content_type_1
                                )
                            componentsschemas_input_content_type_1 = []
                            for (
                                index,
                                componentsschemas_input_content_type_1_item_data,
                            ) in enumerate(_componentsschemas_input_content_type_1):
                                try:
                                    componentsschemas_input_content_type_1_item = InputContentPart.from_dict(
                                        componentsschemas_input_content_type_1_item_data
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                componentsschemas_input_content_type_1.append(
                                    componentsschemas_input_content_type_1_item
                                )

                            return componentsschemas_input_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[InputContentPart] | str,
                        union_fallback(
                            data,
                            (str,),
                            "list[InputContentPart] | str",
                            errors,
                        ),
                    )

                content = _parse_content(content)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("content", e)

        try:
            _role = src_dict["role"]
            _role_member = (
                InputMessageRole._by_value.get(_role) if type(_role) is str else None
            )
            role: InputMessageRole
            if _role_member is not None:
                role = _role_member
            else:
                role = InputMessageRole(_role)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("role", e)

        try:
            _type_ = src_dict.get("type", UNSET)
            _type__member = (
                InputMessageType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: InputMessageType | Unset
            if _type__member is not None:
                type_ = _type__member
            elif isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = InputMessageType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        input_message = cls(
            content,
            role,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            input_message.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return input_message

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
