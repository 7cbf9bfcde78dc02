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
    UNSET,
    ParseError,
    Unset,
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
        "file_url",
        "file_name",
    )
)


T = TypeVar("T", bound="ChatMessageContentFileChunk")


@_attrs_define
class ChatMessageContentFileChunk:
    """
    Attributes:
        type_ (Literal['file_url']):
        file_url (str | URL):
        file_name (None | str | Unset):
    """

    type_: Literal["file_url"]
    file_url: str | URL
    file_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        type_ = self.type_

        file_url: dict[str, Any] | str
        if isinstance(self.file_url, URL):
            file_url = self.file_url.to_dict()
        else:
            file_url = self.file_url

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file_url": file_url,
            }
        )
        if file_name is not UNSET:
            field_dict["file_name"] = file_name

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
            type_ = cast(Literal["file_url"], src_dict["type"])
            if type_ != "file_url":
                raise ParseError(
                    f"expected 'file_url', got {type_!r}", discriminator=True
                )
        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            file_url = src_dict["file_url"]
            if not (type(file_url) is str):

                def _parse_file_url(data: object) -> str | URL:
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            file_url_type_0 = URL.from_dict(data)

                            return file_url_type_0
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

                file_url = _parse_file_url(file_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_url", e)

        try:
            file_name = src_dict.get("file_name", UNSET)
            if not (type(file_name) is str or file_name is None or file_name is UNSET):

                def _parse_file_name(data: object) -> None | str | Unset:
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

                file_name = _parse_file_name(file_name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("file_name", e)

        chat_message_content_file_chunk = cls(
            type_,
            file_url,
            file_name,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            chat_message_content_file_chunk.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_message_content_file_chunk

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
