from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_role import ChatMessageRole
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
    from ..models.chat_message_content_file_chunk import ChatMessageContentFileChunk
    from ..models.chat_message_content_image_chunk import ChatMessageContentImageChunk
    from ..models.chat_message_content_pdf_chunk import ChatMessageContentPDFChunk
    from ..models.chat_message_content_text_chunk import ChatMessageContentTextChunk
    from ..models.chat_message_content_video_chunk import ChatMessageContentVideoChunk
    from ..models.reasoning_step_input import ReasoningStepInput
    from ..models.tool_call import ToolCall

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.chat_message_content_file_chunk import ChatMessageContentFileChunk  # noqa: F401
    from ..models.chat_message_content_image_chunk import ChatMessageContentImageChunk  # noqa: F401
    from ..models.chat_message_content_pdf_chunk import ChatMessageContentPDFChunk  # noqa: F401
    from ..models.chat_message_content_text_chunk import ChatMessageContentTextChunk  # noqa: F401
    from ..models.chat_message_content_video_chunk import ChatMessageContentVideoChunk  # noqa: F401
    from ..models.reasoning_step_input import ReasoningStepInput  # noqa: F401
    from ..models.tool_call import ToolCall  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "role",
        "content",
        "reasoning_steps",
        "tool_calls",
        "tool_call_id",
    )
)


T = TypeVar("T", bound="ChatMessageInput")


@_attrs_define
class ChatMessageInput:
    """
    Attributes:
        role (ChatMessageRole): Chat roles enum
        content (list[ChatMessageContentFileChunk | ChatMessageContentImageChunk | ChatMessageContentPDFChunk |
            ChatMessageContentTextChunk | ChatMessageContentVideoChunk] | None | str):
        reasoning_steps (list[ReasoningStepInput] | None | Unset):
        tool_calls (list[ToolCall] | None | Unset):
        tool_call_id (None | str | Unset):
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
    reasoning_steps: list[ReasoningStepInput] | None | Unset = UNSET
    tool_calls: list[ToolCall] | None | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
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

        reasoning_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.reasoning_steps, Unset):
            reasoning_steps = UNSET
        elif isinstance(self.reasoning_steps, list):
            reasoning_steps = []
            for reasoning_steps_type_0_item_data in self.reasoning_steps:
                reasoning_steps_type_0_item = reasoning_steps_type_0_item_data.to_dict()
                reasoning_steps.append(reasoning_steps_type_0_item)

        else:
            reasoning_steps = self.reasoning_steps

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if reasoning_steps is not UNSET:
            field_dict["reasoning_steps"] = reasoning_steps
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

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

        try:
            reasoning_steps = src_dict.get("reasoning_steps", UNSET)
            if not (reasoning_steps is None or reasoning_steps is UNSET):

                def _parse_reasoning_steps(
                    data: object,
                ) -> list[ReasoningStepInput] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _reasoning_steps_type_0 = data
                            if not isinstance(_reasoning_steps_type_0, list):
                                raise mismatch("array", _reasoning_steps_type_0)
                            reasoning_steps_type_0 = []
                            for index, reasoning_steps_type_0_item_data in enumerate(
                                _reasoning_steps_type_0
                            ):
                                try:
                                    reasoning_steps_type_0_item = (
                                        ReasoningStepInput.from_dict(
                                            reasoning_steps_type_0_item_data
                                        )
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                reasoning_steps_type_0.append(
                                    reasoning_steps_type_0_item
                                )

                            return reasoning_steps_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[ReasoningStepInput] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[ReasoningStepInput] | None",
                            errors,
                        ),
                    )

                reasoning_steps = _parse_reasoning_steps(reasoning_steps)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("reasoning_steps", e)

        try:
            tool_calls = src_dict.get("tool_calls", UNSET)
            if not (tool_calls is None or tool_calls is UNSET):

                def _parse_tool_calls(data: object) -> list[ToolCall] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _tool_calls_type_0 = data
                            if not isinstance(_tool_calls_type_0, list):
                                raise mismatch("array", _tool_calls_type_0)
                            tool_calls_type_0 = []
                            for index, tool_calls_type_0_item_data in enumerate(
                                _tool_calls_type_0
                            ):
                                try:
                                    tool_calls_type_0_item = ToolCall.from_dict(
                                        tool_calls_type_0_item_data
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                tool_calls_type_0.append(tool_calls_type_0_item)

                            return tool_calls_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[ToolCall] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[ToolCall] | None",
                            errors,
                        ),
                    )

                tool_calls = _parse_tool_calls(tool_calls)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tool_calls", e)

        try:
            tool_call_id = src_dict.get("tool_call_id", UNSET)
            if not (
                type(tool_call_id) is str
                or tool_call_id is None
                or tool_call_id is UNSET
            ):

                def _parse_tool_call_id(data: object) -> None | str | Unset:
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

                tool_call_id = _parse_tool_call_id(tool_call_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tool_call_id", e)

        chat_message_input = cls(
            role,
            content,
            reasoning_steps,
            tool_calls,
            tool_call_id,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            chat_message_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_message_input

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
