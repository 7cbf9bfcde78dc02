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
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.async_api_chat_completions_response_summary import (
        AsyncApiChatCompletionsResponseSummary,
    )

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.async_api_chat_completions_response_summary import (
        AsyncApiChatCompletionsResponseSummary,  # noqa: F401
    )

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "requests",
        "next_token",
    )
)


T = TypeVar("T", bound="ListAsyncApiChatCompletionsResponse")


@_attrs_define
class ListAsyncApiChatCompletionsResponse:
    """
    Attributes:
        requests (list[AsyncApiChatCompletionsResponseSummary]):
        next_token (None | str | Unset):
    """

    requests: list[AsyncApiChatCompletionsResponseSummary]
    next_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests": requests,
            }
        )
        if next_token is not UNSET:
            field_dict["next_token"] = next_token

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
            _requests = src_dict["requests"]
            if not isinstance(_requests, list):
                raise mismatch("array", _requests)
            requests = []
            for index, requests_item_data in enumerate(_requests):
                try:
                    requests_item = AsyncApiChatCompletionsResponseSummary.from_dict(
                        requests_item_data
                    )

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                requests.append(requests_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("requests", e)

        try:
            next_token = src_dict.get("next_token", UNSET)
            if not (
                type(next_token) is str or next_token is None or next_token is UNSET
            ):

                def _parse_next_token(data: object) -> None | str | Unset:
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

                next_token = _parse_next_token(next_token)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("next_token", e)

        list_async_api_chat_completions_response = cls(
            requests,
            next_token,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            list_async_api_chat_completions_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return list_async_api_chat_completions_response

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
