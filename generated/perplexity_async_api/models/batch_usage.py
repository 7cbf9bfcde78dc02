from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.batch_usage_input_tokens_details import BatchUsageInputTokensDetails
    from ..models.batch_usage_output_tokens_details import BatchUsageOutputTokensDetails

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.batch_usage_input_tokens_details import BatchUsageInputTokensDetails  # noqa: F401
    from ..models.batch_usage_output_tokens_details import BatchUsageOutputTokensDetails  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
    )
)


T = TypeVar("T", bound="BatchUsage")


@_attrs_define
class BatchUsage:
    """
    Attributes:
        input_tokens (int):
        input_tokens_details (BatchUsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (BatchUsageOutputTokensDetails):
        total_tokens (int):
    """

    input_tokens: int
    input_tokens_details: BatchUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: BatchUsageOutputTokensDetails
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        input_tokens = self.input_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens = self.output_tokens

        output_tokens_details = self.output_tokens_details.to_dict()

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "input_tokens_details": input_tokens_details,
                "output_tokens": output_tokens,
                "output_tokens_details": output_tokens_details,
                "total_tokens": total_tokens,
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
            input_tokens = src_dict["input_tokens"]
            if type(input_tokens) is not int and (
                not isinstance(input_tokens, int) or isinstance(input_tokens, bool)
            ):
                raise mismatch("integer", input_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_tokens", e)

        try:
            input_tokens_details = BatchUsageInputTokensDetails.from_dict(
                src_dict["input_tokens_details"]
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_tokens_details", e)

        try:
            output_tokens = src_dict["output_tokens"]
            if type(output_tokens) is not int and (
                not isinstance(output_tokens, int) or isinstance(output_tokens, bool)
            ):
                raise mismatch("integer", output_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_tokens", e)

        try:
            output_tokens_details = BatchUsageOutputTokensDetails.from_dict(
                src_dict["output_tokens_details"]
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_tokens_details", e)

        try:
            total_tokens = src_dict["total_tokens"]
            if type(total_tokens) is not int and (
                not isinstance(total_tokens, int) or isinstance(total_tokens, bool)
            ):
                raise mismatch("integer", total_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total_tokens", e)

        batch_usage = cls(
            input_tokens,
            input_tokens_details,
            output_tokens,
            output_tokens_details,
            total_tokens,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch_usage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch_usage

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
