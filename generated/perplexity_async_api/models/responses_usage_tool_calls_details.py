from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    json_type,
)

if TYPE_CHECKING:
    from ..models.tool_call_details import ToolCallDetails

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.tool_call_details import ToolCallDetails  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(())


T = TypeVar("T", bound="ResponsesUsageToolCallsDetails")


@_attrs_define
class ResponsesUsageToolCallsDetails:
    """Keyed by billing tool name (`search_web`, `search_people`, `fetch_url`, `finance_search`, `sandbox`), which differ
    from the request-side tool types.

    """

    additional_properties: dict[str, ToolCallDetails] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_models()
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        responses_usage_tool_calls_details = cls()

        extra_properties = {}
        for prop_name, prop_dict in src_dict.items():
            if prop_name in _KNOWN_KEYS:
                continue
            additional_property = ToolCallDetails.from_dict(prop_dict)

            extra_properties[prop_name] = additional_property

        responses_usage_tool_calls_details.additional_properties = extra_properties
        return responses_usage_tool_calls_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ToolCallDetails:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ToolCallDetails) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
