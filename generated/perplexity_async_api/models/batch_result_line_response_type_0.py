from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.batch_result_line_response_type_0_body import (
        BatchResultLineResponseType0Body,
    )

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.batch_result_line_response_type_0_body import (
        BatchResultLineResponseType0Body,  # noqa: F401
    )

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status_code",
        "request_id",
        "body",
    )
)


T = TypeVar("T", bound="BatchResultLineResponseType0")


@_attrs_define
class BatchResultLineResponseType0:
    """
    Attributes:
        status_code (int | Unset):
        request_id (str | Unset):
        body (BatchResultLineResponseType0Body | Unset): The JSON body of the response (an Agent API response).
    """

    status_code: int | Unset = UNSET
    request_id: str | Unset = UNSET
    body: BatchResultLineResponseType0Body | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        status_code = self.status_code

        request_id = self.request_id

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if body is not UNSET:
            field_dict["body"] = body

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
            status_code = src_dict.get("status_code", UNSET)
            if (
                type(status_code) is not int
                and (not isinstance(status_code, int) or isinstance(status_code, bool))
            ) and not isinstance(status_code, Unset):
                raise mismatch("integer", status_code)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status_code", e)

        try:
            request_id = src_dict.get("request_id", UNSET)
            if (
                type(request_id) is not str and not isinstance(request_id, str)
            ) and not isinstance(request_id, Unset):
                raise mismatch("string", request_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("request_id", e)

        try:
            _body = src_dict.get("body", UNSET)
            body: BatchResultLineResponseType0Body | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = BatchResultLineResponseType0Body.from_dict(_body)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("body", e)

        batch_result_line_response_type_0 = cls(
            status_code,
            request_id,
            body,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_result_line_response_type_0.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_result_line_response_type_0

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
