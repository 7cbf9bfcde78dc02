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
    from ..models.tool_call_token_usage import ToolCallTokenUsage

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.tool_call_token_usage import ToolCallTokenUsage  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "cost_usd",
        "invocation",
        "token_usage",
    )
)


T = TypeVar("T", bound="ToolCallDetails")


@_attrs_define
class ToolCallDetails:
    """
    Attributes:
        cost_usd (float | Unset):
        invocation (int | Unset): Number of times this tool was invoked
        token_usage (list[ToolCallTokenUsage] | Unset):
    """

    cost_usd: float | Unset = UNSET
    invocation: int | Unset = UNSET
    token_usage: list[ToolCallTokenUsage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        cost_usd = self.cost_usd

        invocation = self.invocation

        token_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.token_usage, Unset):
            token_usage = []
            for token_usage_item_data in self.token_usage:
                token_usage_item = token_usage_item_data.to_dict()
                token_usage.append(token_usage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if invocation is not UNSET:
            field_dict["invocation"] = invocation
        if token_usage is not UNSET:
            field_dict["token_usage"] = token_usage

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
            cost_usd = src_dict.get("cost_usd", UNSET)
            if (
                type(cost_usd) is not float
                and (
                    not isinstance(cost_usd, (int, float)) or isinstance(cost_usd, bool)
                )
            ) and not isinstance(cost_usd, Unset):
                raise mismatch("number", cost_usd)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cost_usd", e)

        try:
            invocation = src_dict.get("invocation", UNSET)
            if (
                type(invocation) is not int
                and (not isinstance(invocation, int) or isinstance(invocation, bool))
            ) and not isinstance(invocation, Unset):
                raise mismatch("integer", invocation)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("invocation", e)

        try:
            _token_usage = src_dict.get("token_usage", UNSET)
            token_usage: list[ToolCallTokenUsage] | Unset = UNSET
            if _token_usage is not UNSET:
                if not isinstance(_token_usage, list):
                    raise mismatch("array", _token_usage)
                token_usage = []
                for index, token_usage_item_data in enumerate(_token_usage):
                    try:
                        token_usage_item = ToolCallTokenUsage.from_dict(
                            token_usage_item_data
                        )

                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        raise at(index, e)
                    token_usage.append(token_usage_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("token_usage", e)

        tool_call_details = cls(
            cost_usd,
            invocation,
            token_usage,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            tool_call_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_call_details

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
