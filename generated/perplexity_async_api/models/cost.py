from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="Cost")


@_attrs_define
class Cost:
    """Cost breakdown for a chat completion request

    Attributes:
        input_tokens_cost (float): Cost for input tokens in USD
        output_tokens_cost (float): Cost for output tokens in USD
        total_cost (float): Total cost for the request in USD
        reasoning_tokens_cost (float | None | Unset): Cost for reasoning tokens in USD
        request_cost (float | None | Unset): Cost for web search requests in USD (includes pro search cost if
            applicable)
        citation_tokens_cost (float | None | Unset): Cost for citation tokens in USD
        search_queries_cost (float | None | Unset): Cost for search queries in USD
    """

    input_tokens_cost: float
    output_tokens_cost: float
    total_cost: float
    reasoning_tokens_cost: float | None | Unset = UNSET
    request_cost: float | None | Unset = UNSET
    citation_tokens_cost: float | None | Unset = UNSET
    search_queries_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens_cost = self.input_tokens_cost

        output_tokens_cost = self.output_tokens_cost

        total_cost = self.total_cost

        reasoning_tokens_cost: float | None | Unset
        if isinstance(self.reasoning_tokens_cost, Unset):
            reasoning_tokens_cost = UNSET
        else:
            reasoning_tokens_cost = self.reasoning_tokens_cost

        request_cost: float | None | Unset
        if isinstance(self.request_cost, Unset):
            request_cost = UNSET
        else:
            request_cost = self.request_cost

        citation_tokens_cost: float | None | Unset
        if isinstance(self.citation_tokens_cost, Unset):
            citation_tokens_cost = UNSET
        else:
            citation_tokens_cost = self.citation_tokens_cost

        search_queries_cost: float | None | Unset
        if isinstance(self.search_queries_cost, Unset):
            search_queries_cost = UNSET
        else:
            search_queries_cost = self.search_queries_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens_cost": input_tokens_cost,
                "output_tokens_cost": output_tokens_cost,
                "total_cost": total_cost,
            }
        )
        if reasoning_tokens_cost is not UNSET:
            field_dict["reasoning_tokens_cost"] = reasoning_tokens_cost
        if request_cost is not UNSET:
            field_dict["request_cost"] = request_cost
        if citation_tokens_cost is not UNSET:
            field_dict["citation_tokens_cost"] = citation_tokens_cost
        if search_queries_cost is not UNSET:
            field_dict["search_queries_cost"] = search_queries_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        d = dict(src_dict)
        try:
            input_tokens_cost = d.pop("input_tokens_cost")
            if not isinstance(input_tokens_cost, (int, float)) or isinstance(
                input_tokens_cost, bool
            ):
                raise mismatch("number", input_tokens_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_tokens_cost", e)

        try:
            output_tokens_cost = d.pop("output_tokens_cost")
            if not isinstance(output_tokens_cost, (int, float)) or isinstance(
                output_tokens_cost, bool
            ):
                raise mismatch("number", output_tokens_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_tokens_cost", e)

        try:
            total_cost = d.pop("total_cost")
            if not isinstance(total_cost, (int, float)) or isinstance(total_cost, bool):
                raise mismatch("number", total_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total_cost", e)

        try:

            def _parse_reasoning_tokens_cost(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float):  # the common case, decided inline
                    return data
                return cast(
                    float | None | Unset,
                    union_fallback(
                        data,
                        (float,),
                        "float | None",
                        [],
                    ),
                )

            reasoning_tokens_cost = _parse_reasoning_tokens_cost(
                d.pop("reasoning_tokens_cost", UNSET)
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("reasoning_tokens_cost", e)

        try:

            def _parse_request_cost(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float):  # the common case, decided inline
                    return data
                return cast(
                    float | None | Unset,
                    union_fallback(
                        data,
                        (float,),
                        "float | None",
                        [],
                    ),
                )

            request_cost = _parse_request_cost(d.pop("request_cost", UNSET))

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("request_cost", e)

        try:

            def _parse_citation_tokens_cost(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float):  # the common case, decided inline
                    return data
                return cast(
                    float | None | Unset,
                    union_fallback(
                        data,
                        (float,),
                        "float | None",
                        [],
                    ),
                )

            citation_tokens_cost = _parse_citation_tokens_cost(
                d.pop("citation_tokens_cost", UNSET)
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("citation_tokens_cost", e)

        try:

            def _parse_search_queries_cost(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float):  # the common case, decided inline
                    return data
                return cast(
                    float | None | Unset,
                    union_fallback(
                        data,
                        (float,),
                        "float | None",
                        [],
                    ),
                )

            search_queries_cost = _parse_search_queries_cost(
                d.pop("search_queries_cost", UNSET)
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_queries_cost", e)

        cost = cls(
            input_tokens_cost=input_tokens_cost,
            output_tokens_cost=output_tokens_cost,
            total_cost=total_cost,
            reasoning_tokens_cost=reasoning_tokens_cost,
            request_cost=request_cost,
            citation_tokens_cost=citation_tokens_cost,
            search_queries_cost=search_queries_cost,
        )

        cost.additional_properties = d
        return cost

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
