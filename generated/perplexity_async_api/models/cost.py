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

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "input_tokens_cost",
        "output_tokens_cost",
        "total_cost",
        "reasoning_tokens_cost",
        "request_cost",
        "citation_tokens_cost",
        "search_queries_cost",
    )
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
        try:
            input_tokens_cost = src_dict["input_tokens_cost"]
            if type(input_tokens_cost) is not float and (
                not isinstance(input_tokens_cost, (int, float))
                or isinstance(input_tokens_cost, bool)
            ):
                raise mismatch("number", input_tokens_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_tokens_cost", e)

        try:
            output_tokens_cost = src_dict["output_tokens_cost"]
            if type(output_tokens_cost) is not float and (
                not isinstance(output_tokens_cost, (int, float))
                or isinstance(output_tokens_cost, bool)
            ):
                raise mismatch("number", output_tokens_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_tokens_cost", e)

        try:
            total_cost = src_dict["total_cost"]
            if type(total_cost) is not float and (
                not isinstance(total_cost, (int, float)) or isinstance(total_cost, bool)
            ):
                raise mismatch("number", total_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total_cost", e)

        try:
            reasoning_tokens_cost = src_dict.get("reasoning_tokens_cost", UNSET)
            if not (
                type(reasoning_tokens_cost) is float
                or reasoning_tokens_cost is None
                or reasoning_tokens_cost is UNSET
            ):

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
                    reasoning_tokens_cost
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("reasoning_tokens_cost", e)

        try:
            request_cost = src_dict.get("request_cost", UNSET)
            if not (
                type(request_cost) is float
                or request_cost is None
                or request_cost is UNSET
            ):

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

                request_cost = _parse_request_cost(request_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("request_cost", e)

        try:
            citation_tokens_cost = src_dict.get("citation_tokens_cost", UNSET)
            if not (
                type(citation_tokens_cost) is float
                or citation_tokens_cost is None
                or citation_tokens_cost is UNSET
            ):

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

                citation_tokens_cost = _parse_citation_tokens_cost(citation_tokens_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("citation_tokens_cost", e)

        try:
            search_queries_cost = src_dict.get("search_queries_cost", UNSET)
            if not (
                type(search_queries_cost) is float
                or search_queries_cost is None
                or search_queries_cost is UNSET
            ):

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

                search_queries_cost = _parse_search_queries_cost(search_queries_cost)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_queries_cost", e)

        cost = cls(
            input_tokens_cost,
            output_tokens_cost,
            total_cost,
            reasoning_tokens_cost,
            request_cost,
            citation_tokens_cost,
            search_queries_cost,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            cost.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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
