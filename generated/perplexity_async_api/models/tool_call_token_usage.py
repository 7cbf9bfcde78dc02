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
    from ..models.input_tokens_details import InputTokensDetails
    from ..models.output_tokens_details import OutputTokensDetails

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.input_tokens_details import InputTokensDetails  # noqa: F401
    from ..models.output_tokens_details import OutputTokensDetails  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "model",
    )
)


T = TypeVar("T", bound="ToolCallTokenUsage")


@_attrs_define
class ToolCallTokenUsage:
    """
    Attributes:
        input_tokens (int):
        input_tokens_details (InputTokensDetails):
        output_tokens (int):
        output_tokens_details (OutputTokensDetails):
        model (str | Unset):
    """

    input_tokens: int
    input_tokens_details: InputTokensDetails
    output_tokens: int
    output_tokens_details: OutputTokensDetails
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        input_tokens = self.input_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens = self.output_tokens

        output_tokens_details = self.output_tokens_details.to_dict()

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "input_tokens_details": input_tokens_details,
                "output_tokens": output_tokens,
                "output_tokens_details": output_tokens_details,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

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
            input_tokens_details = InputTokensDetails.from_dict(
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
            output_tokens_details = OutputTokensDetails.from_dict(
                src_dict["output_tokens_details"]
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_tokens_details", e)

        try:
            model = src_dict.get("model", UNSET)
            if (
                type(model) is not str and not isinstance(model, str)
            ) and not isinstance(model, Unset):
                raise mismatch("string", model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("model", e)

        tool_call_token_usage = cls(
            input_tokens,
            input_tokens_details,
            output_tokens,
            output_tokens_details,
            model,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            tool_call_token_usage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_call_token_usage

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
