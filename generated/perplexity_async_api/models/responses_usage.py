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
    from ..models.responses_cost import ResponsesCost
    from ..models.responses_usage_input_tokens_details import (
        ResponsesUsageInputTokensDetails,
    )
    from ..models.responses_usage_tool_calls_details import (
        ResponsesUsageToolCallsDetails,
    )

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.responses_cost import ResponsesCost  # noqa: F401
    from ..models.responses_usage_input_tokens_details import (
        ResponsesUsageInputTokensDetails,  # noqa: F401
    )
    from ..models.responses_usage_tool_calls_details import (
        ResponsesUsageToolCallsDetails,  # noqa: F401
    )

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "cost",
        "input_tokens_details",
        "tool_calls_details",
    )
)


T = TypeVar("T", bound="ResponsesUsage")


@_attrs_define
class ResponsesUsage:
    """
    Attributes:
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        cost (ResponsesCost | Unset):
        input_tokens_details (ResponsesUsageInputTokensDetails | Unset):
        tool_calls_details (ResponsesUsageToolCallsDetails | Unset): Keyed by billing tool name (`search_web`,
            `search_people`, `fetch_url`, `finance_search`, `sandbox`), which differ from the request-side tool types.
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    cost: ResponsesCost | Unset = UNSET
    input_tokens_details: ResponsesUsageInputTokensDetails | Unset = UNSET
    tool_calls_details: ResponsesUsageToolCallsDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        input_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_tokens_details, Unset):
            input_tokens_details = self.input_tokens_details.to_dict()

        tool_calls_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_calls_details, Unset):
            tool_calls_details = self.tool_calls_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if tool_calls_details is not UNSET:
            field_dict["tool_calls_details"] = tool_calls_details

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
            output_tokens = src_dict["output_tokens"]
            if type(output_tokens) is not int and (
                not isinstance(output_tokens, int) or isinstance(output_tokens, bool)
            ):
                raise mismatch("integer", output_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_tokens", e)

        try:
            total_tokens = src_dict["total_tokens"]
            if type(total_tokens) is not int and (
                not isinstance(total_tokens, int) or isinstance(total_tokens, bool)
            ):
                raise mismatch("integer", total_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total_tokens", e)

        try:
            _cost = src_dict.get("cost", UNSET)
            cost: ResponsesCost | Unset
            if isinstance(_cost, Unset):
                cost = UNSET
            else:
                cost = ResponsesCost.from_dict(_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cost", e)

        try:
            _input_tokens_details = src_dict.get("input_tokens_details", UNSET)
            input_tokens_details: ResponsesUsageInputTokensDetails | Unset
            if isinstance(_input_tokens_details, Unset):
                input_tokens_details = UNSET
            else:
                input_tokens_details = ResponsesUsageInputTokensDetails.from_dict(
                    _input_tokens_details
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_tokens_details", e)

        try:
            _tool_calls_details = src_dict.get("tool_calls_details", UNSET)
            tool_calls_details: ResponsesUsageToolCallsDetails | Unset
            if isinstance(_tool_calls_details, Unset):
                tool_calls_details = UNSET
            else:
                tool_calls_details = ResponsesUsageToolCallsDetails.from_dict(
                    _tool_calls_details
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("tool_calls_details", e)

        responses_usage = cls(
            input_tokens,
            output_tokens,
            total_tokens,
            cost,
            input_tokens_details,
            tool_calls_details,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            responses_usage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return responses_usage

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
