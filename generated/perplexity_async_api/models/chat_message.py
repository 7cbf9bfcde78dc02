from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_role import ChatMessageRole
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.chat_message_content_file_chunk import ChatMessageContentFileChunk
    from ..models.chat_message_content_image_chunk import ChatMessageContentImageChunk
    from ..models.chat_message_content_pdf_chunk import ChatMessageContentPDFChunk
    from ..models.chat_message_content_text_chunk import ChatMessageContentTextChunk
    from ..models.chat_message_content_video_chunk import ChatMessageContentVideoChunk

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.chat_message_content_file_chunk import ChatMessageContentFileChunk  # noqa: F401
    from ..models.chat_message_content_image_chunk import ChatMessageContentImageChunk  # noqa: F401
    from ..models.chat_message_content_pdf_chunk import ChatMessageContentPDFChunk  # noqa: F401
    from ..models.chat_message_content_text_chunk import ChatMessageContentTextChunk  # noqa: F401
    from ..models.chat_message_content_video_chunk import ChatMessageContentVideoChunk  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "role",
        "content",
    )
)


T = TypeVar("T", bound="ChatMessage")


@_attrs_define
class ChatMessage:
    """
    Attributes:
        role (ChatMessageRole): Chat roles enum
        content (list[ChatMessageContentFileChunk | ChatMessageContentImageChunk | ChatMessageContentPDFChunk |
            ChatMessageContentTextChunk | ChatMessageContentVideoChunk] | None | str):
    """

    role: ChatMessageRole
    content: (
        list[
            ChatMessageContentFileChunk
            | ChatMessageContentImageChunk
            | ChatMessageContentPDFChunk
            | ChatMessageContentTextChunk
            | ChatMessageContentVideoChunk
        ]
        | None
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        role = self.role.value

        content: list[dict[str, Any]] | None | str
        if isinstance(self.content, list):
            content = []
            for content_structured_content_item_data in self.content:
                content_structured_content_item: dict[str, Any]
                if (
                    isinstance(
                        content_structured_content_item_data,
                        ChatMessageContentTextChunk,
                    )
                    or isinstance(
                        content_structured_content_item_data,
                        ChatMessageContentImageChunk,
                    )
                    or isinstance(
                        content_structured_content_item_data,
                        ChatMessageContentFileChunk,
                    )
                    or isinstance(
                        content_structured_content_item_data, ChatMessageContentPDFChunk
                    )
                ):
                    content_structured_content_item = (
                        content_structured_content_item_data.to_dict()
                    )
                else:
                    content_structured_content_item = (
                        content_structured_content_item_data.to_dict()
                    )

                content.append(content_structured_content_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
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
            _role = src_dict["role"]
            _role_member = (
                ChatMessageRole._by_value.get(_role) if type(_role) is str else None
            )
            role: ChatMessageRole
            if _role_member is not None:
                role = _role_member
            else:
                role = ChatMessageRole(_role)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("role", e)

        try:
            content = src_dict["content"]
            if not (type(content) is str or content is None):

                def _parse_content(
                    data: object,
                ) -> (
                    list[
                        ChatMessageContentFileChunk
                        | ChatMessageContentImageChunk
                        | ChatMessageContentPDFChunk
                        | ChatMessageContentTextChunk
                        | ChatMessageContentVideoChunk
                    ]
                    | None
                    | str
                ):
                    if data is None:
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _content_structured_content = data
                            if not isinstance(_content_structured_content, list):
                                raise mismatch("array", _content_structured_content)
                            content_structured_content = []
                            for (
                                index,
                                content_structured_content_item_data,
                            ) in enumerate(_content_structured_content):
                                try:

                                    def _parse_content_structured_content_item(
                                        data: object,
                                    ) -> (
                                        ChatMessageContentFileChunk
                                        | ChatMessageContentImageChunk
                                        | ChatMessageContentPDFChunk
                                        | ChatMessageContentTextChunk
                                        | ChatMessageContentVideoChunk
                                    ):
                                        errors: list[Exception] = []
                                        if isinstance(data, dict):
                                            try:
                                                content_structured_content_item_type_0 = ChatMessageContentTextChunk.from_dict(
                                                    data
                                                )

                                                return content_structured_content_item_type_0
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                content_structured_content_item_type_1 = ChatMessageContentImageChunk.from_dict(
                                                    data
                                                )

                                                return content_structured_content_item_type_1
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                content_structured_content_item_type_2 = ChatMessageContentFileChunk.from_dict(
                                                    data
                                                )

                                                return content_structured_content_item_type_2
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                content_structured_content_item_type_3 = ChatMessageContentPDFChunk.from_dict(
                                                    data
                                                )

                                                return content_structured_content_item_type_3
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                content_structured_content_item_type_4 = ChatMessageContentVideoChunk.from_dict(
                                                    data
                                                )

                                                return content_structured_content_item_type_4
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        return cast(
                                            ChatMessageContentFileChunk
                                            | ChatMessageContentImageChunk
                                            | ChatMessageContentPDFChunk
                                            | ChatMessageContentTextChunk
                                            | ChatMessageContentVideoChunk,
                                            union_fallback(
                                                data,
                                                (),
                                                "ChatMessageContentFileChunk | ChatMessageContentImageChunk | ChatMessageContentPDFChunk | ChatMessageContentTextChunk | ChatMessageContentVideoChunk",
                                                errors,
                                            ),
                                        )

                                    content_structured_content_item = (
                                        _parse_content_structured_content_item(
                                            content_structured_content_item_data
                                        )
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                content_structured_content.append(
                                    content_structured_content_item
                                )

                            return content_structured_content
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[
                            ChatMessageContentFileChunk
                            | ChatMessageContentImageChunk
                            | ChatMessageContentPDFChunk
                            | ChatMessageContentTextChunk
                            | ChatMessageContentVideoChunk
                        ]
                        | None
                        | str,
                        union_fallback(
                            data,
                            (str,),
                            "list[ChatMessageContentFileChunk | ChatMessageContentImageChunk | ChatMessageContentPDFChunk | ChatMessageContentTextChunk | ChatMessageContentVideoChunk] | None | str",
                            errors,
                        ),
                    )

                content = _parse_content(content)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("content", e)

        chat_message = cls(
            role,
            content,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            chat_message.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_message

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
