from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
    from ..models.api_chat_completions_request import ApiChatCompletionsRequest

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.api_chat_completions_request import ApiChatCompletionsRequest  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "request",
        "idempotency_key",
    )
)


T = TypeVar("T", bound="AsyncApiChatCompletionsRequest")


@_attrs_define
class AsyncApiChatCompletionsRequest:
    """Request body for creating an asynchronous chat completion

    Attributes:
        request (ApiChatCompletionsRequest):
        idempotency_key (None | str | Unset): Unique key to prevent duplicate requests
    """

    request: ApiChatCompletionsRequest
    idempotency_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        request = self.request.to_dict()

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
            }
        )
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

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
            request = ApiChatCompletionsRequest.from_dict(src_dict["request"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("request", e)

        try:
            idempotency_key = src_dict.get("idempotency_key", UNSET)
            if not (
                type(idempotency_key) is str
                or idempotency_key is None
                or idempotency_key is UNSET
            ):

                def _parse_idempotency_key(data: object) -> None | str | Unset:
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

                idempotency_key = _parse_idempotency_key(idempotency_key)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("idempotency_key", e)

        async_api_chat_completions_request = cls(
            request,
            idempotency_key,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            async_api_chat_completions_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return async_api_chat_completions_request

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
