from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    at,
    json_type,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.url import URL

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.url import URL  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "image_url",
    )
)


T = TypeVar("T", bound="ChatMessageContentImageChunk")


@_attrs_define
class ChatMessageContentImageChunk:
    """
    Attributes:
        type_ (Literal['image_url']):
        image_url (str | URL):
    """

    type_: Literal["image_url"]
    image_url: str | URL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        type_ = self.type_

        image_url: dict[str, Any] | str
        if isinstance(self.image_url, URL):
            image_url = self.image_url.to_dict()
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
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
            type_ = cast(Literal["image_url"], src_dict["type"])
            if type_ != "image_url":
                raise ParseError(
                    f"expected 'image_url', got {type_!r}", discriminator=True
                )
        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            image_url = src_dict["image_url"]
            if not (type(image_url) is str):

                def _parse_image_url(data: object) -> str | URL:
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            image_url_type_0 = URL.from_dict(data)

                            return image_url_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        str | URL,
                        union_fallback(
                            data,
                            (str,),
                            "str | URL",
                            errors,
                        ),
                    )

                image_url = _parse_image_url(image_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("image_url", e)

        chat_message_content_image_chunk = cls(
            type_,
            image_url,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            chat_message_content_image_chunk.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_message_content_image_chunk

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
