from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_request_line_method import BatchRequestLineMethod
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.batch_request_line_body import BatchRequestLineBody

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.batch_request_line_body import BatchRequestLineBody  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "custom_id",
        "method",
        "url",
        "body",
    )
)


T = TypeVar("T", bound="BatchRequestLine")


@_attrs_define
class BatchRequestLine:
    """ASSUMPTION. One line of a batch input JSONL file (one JSON object per line, no surrounding array, no blank lines).
    Neither the SDK nor the retrievable Perplexity docs state the line shape; Perplexity's guide says the Batch and
    Files endpoints follow the shape of OpenAI's Batch API, so this is OpenAI's documented request-input line.

        Attributes:
            custom_id (str): Caller-chosen id used to match outputs to inputs; unique within the file.
            method (BatchRequestLineMethod):
            url (str): Relative URL of the request; presumably the batch `endpoint` (`/v1/responses`).
            body (BatchRequestLineBody): The Agent API (`/v1/responses`) request body.
    """

    custom_id: str
    method: BatchRequestLineMethod
    url: str
    body: BatchRequestLineBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        custom_id = self.custom_id

        method = self.method.value

        url = self.url

        body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "method": method,
                "url": url,
                "body": body,
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
            custom_id = src_dict["custom_id"]
            if type(custom_id) is not str and not isinstance(custom_id, str):
                raise mismatch("string", custom_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("custom_id", e)

        try:
            _method = src_dict["method"]
            _method_member = (
                BatchRequestLineMethod._by_value.get(_method)
                if type(_method) is str
                else None
            )
            method: BatchRequestLineMethod
            if _method_member is not None:
                method = _method_member
            else:
                method = BatchRequestLineMethod(_method)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("method", e)

        try:
            url = src_dict["url"]
            if type(url) is not str and not isinstance(url, str):
                raise mismatch("string", url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("url", e)

        try:
            body = BatchRequestLineBody.from_dict(src_dict["body"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("body", e)

        batch_request_line = cls(
            custom_id,
            method,
            url,
            body,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_request_line.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_request_line

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
