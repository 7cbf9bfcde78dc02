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
    from ..models.batch_result_line_error_type_0 import BatchResultLineErrorType0
    from ..models.batch_result_line_response_type_0 import BatchResultLineResponseType0

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.batch_result_line_error_type_0 import BatchResultLineErrorType0  # noqa: F401
    from ..models.batch_result_line_response_type_0 import BatchResultLineResponseType0  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "custom_id",
        "response",
        "error",
    )
)


T = TypeVar("T", bound="BatchResultLine")


@_attrs_define
class BatchResultLine:
    """ASSUMPTION. One line of a batch output or error JSONL file, per OpenAI's documented request-output line. Match lines
    to inputs by `custom_id`.

        Attributes:
            id (str | Unset):
            custom_id (str | Unset):
            response (BatchResultLineResponseType0 | None | Unset):
            error (BatchResultLineErrorType0 | None | Unset):
    """

    id: str | Unset = UNSET
    custom_id: str | Unset = UNSET
    response: BatchResultLineResponseType0 | None | Unset = UNSET
    error: BatchResultLineErrorType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        id = self.id

        custom_id = self.custom_id

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, BatchResultLineResponseType0):
            response = self.response.to_dict()
        else:
            response = self.response

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BatchResultLineErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if response is not UNSET:
            field_dict["response"] = response
        if error is not UNSET:
            field_dict["error"] = error

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
            id = src_dict.get("id", UNSET)
            if (type(id) is not str and not isinstance(id, str)) and not isinstance(
                id, Unset
            ):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            custom_id = src_dict.get("custom_id", UNSET)
            if (
                type(custom_id) is not str and not isinstance(custom_id, str)
            ) and not isinstance(custom_id, Unset):
                raise mismatch("string", custom_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("custom_id", e)

        try:
            response = src_dict.get("response", UNSET)
            if not (response is None or response is UNSET):

                def _parse_response(
                    data: object,
                ) -> BatchResultLineResponseType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            response_type_0 = BatchResultLineResponseType0.from_dict(
                                data
                            )

                            return response_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        BatchResultLineResponseType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "BatchResultLineResponseType0 | None",
                            errors,
                        ),
                    )

                response = _parse_response(response)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("response", e)

        try:
            error = src_dict.get("error", UNSET)
            if not (error is None or error is UNSET):

                def _parse_error(
                    data: object,
                ) -> BatchResultLineErrorType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            error_type_0 = BatchResultLineErrorType0.from_dict(data)

                            return error_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        BatchResultLineErrorType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "BatchResultLineErrorType0 | None",
                            errors,
                        ),
                    )

                error = _parse_error(error)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error", e)

        batch_result_line = cls(
            id,
            custom_id,
            response,
            error,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_result_line.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_result_line

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
