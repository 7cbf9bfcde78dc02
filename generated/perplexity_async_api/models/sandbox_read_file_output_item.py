from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_read_file_output_item_type import SandboxReadFileOutputItemType
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
        "call_id",
        "file_path",
        "type",
        "content",
        "error",
        "start_line",
        "total_lines",
    )
)


T = TypeVar("T", bound="SandboxReadFileOutputItem")


@_attrs_define
class SandboxReadFileOutputItem:
    """Per-invocation result of the `read` tool inside the sandbox.

    Attributes:
        call_id (str):
        file_path (str):
        type_ (SandboxReadFileOutputItemType):
        content (str | Unset):
        error (str | Unset):
        start_line (int | Unset):
        total_lines (int | Unset):
    """

    call_id: str
    file_path: str
    type_: SandboxReadFileOutputItemType
    content: str | Unset = UNSET
    error: str | Unset = UNSET
    start_line: int | Unset = UNSET
    total_lines: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        file_path = self.file_path

        type_ = self.type_.value

        content = self.content

        error = self.error

        start_line = self.start_line

        total_lines = self.total_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "file_path": file_path,
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if error is not UNSET:
            field_dict["error"] = error
        if start_line is not UNSET:
            field_dict["start_line"] = start_line
        if total_lines is not UNSET:
            field_dict["total_lines"] = total_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            call_id = src_dict["call_id"]
            if type(call_id) is not str and not isinstance(call_id, str):
                raise mismatch("string", call_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("call_id", e)

        try:
            file_path = src_dict["file_path"]
            if type(file_path) is not str and not isinstance(file_path, str):
                raise mismatch("string", file_path)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_path", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                SandboxReadFileOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: SandboxReadFileOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = SandboxReadFileOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            content = src_dict.get("content", UNSET)
            if (
                type(content) is not str and not isinstance(content, str)
            ) and not isinstance(content, Unset):
                raise mismatch("string", content)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("content", e)

        try:
            error = src_dict.get("error", UNSET)
            if (
                type(error) is not str and not isinstance(error, str)
            ) and not isinstance(error, Unset):
                raise mismatch("string", error)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error", e)

        try:
            start_line = src_dict.get("start_line", UNSET)
            if (
                type(start_line) is not int
                and (not isinstance(start_line, int) or isinstance(start_line, bool))
            ) and not isinstance(start_line, Unset):
                raise mismatch("integer", start_line)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("start_line", e)

        try:
            total_lines = src_dict.get("total_lines", UNSET)
            if (
                type(total_lines) is not int
                and (not isinstance(total_lines, int) or isinstance(total_lines, bool))
            ) and not isinstance(total_lines, Unset):
                raise mismatch("integer", total_lines)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total_lines", e)

        sandbox_read_file_output_item = cls(
            call_id,
            file_path,
            type_,
            content,
            error,
            start_line,
            total_lines,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            sandbox_read_file_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_read_file_output_item

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
