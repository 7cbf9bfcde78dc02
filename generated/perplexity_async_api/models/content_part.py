from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_type import ContentPartType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.annotation import Annotation

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.annotation import Annotation  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "text",
        "type",
        "annotations",
    )
)


T = TypeVar("T", bound="ContentPart")


@_attrs_define
class ContentPart:
    """
    Attributes:
        text (str):
        type_ (ContentPartType): Type of a content part
        annotations (list[Annotation] | Unset):
    """

    text: str
    type_: ContentPartType
    annotations: list[Annotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        text = self.text

        type_ = self.type_.value

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

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
            text = src_dict["text"]
            if type(text) is not str and not isinstance(text, str):
                raise mismatch("string", text)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("text", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                ContentPartType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: ContentPartType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ContentPartType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            _annotations = src_dict.get("annotations", UNSET)
            annotations: list[Annotation] | Unset = UNSET
            if _annotations is not UNSET:
                if not isinstance(_annotations, list):
                    raise mismatch("array", _annotations)
                annotations = []
                for index, annotations_item_data in enumerate(_annotations):
                    try:
                        annotations_item = Annotation.from_dict(annotations_item_data)

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    annotations.append(annotations_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("annotations", e)

        content_part = cls(
            text,
            type_,
            annotations,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            content_part.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return content_part

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
