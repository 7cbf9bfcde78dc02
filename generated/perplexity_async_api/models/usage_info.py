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
    from ..models.cost import Cost

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.cost import Cost  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "cost",
        "search_context_size",
        "citation_tokens",
        "num_search_queries",
        "reasoning_tokens",
    )
)


T = TypeVar("T", bound="UsageInfo")


@_attrs_define
class UsageInfo:
    """Token usage and cost information for a request

    Attributes:
        prompt_tokens (int): Number of tokens in the prompt/input
        completion_tokens (int): Number of tokens in the completion/output
        total_tokens (int): Total tokens used (prompt + completion)
        cost (Cost): Cost breakdown for a chat completion request
        search_context_size (None | str | Unset): Size of search context used
        citation_tokens (int | None | Unset): Number of tokens used for citations
        num_search_queries (int | None | Unset): Number of search queries executed
        reasoning_tokens (int | None | Unset): Number of tokens used for reasoning
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cost: Cost
    search_context_size: None | str | Unset = UNSET
    citation_tokens: int | None | Unset = UNSET
    num_search_queries: int | None | Unset = UNSET
    reasoning_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        cost = self.cost.to_dict()

        search_context_size: None | str | Unset
        if isinstance(self.search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = self.search_context_size

        citation_tokens: int | None | Unset
        if isinstance(self.citation_tokens, Unset):
            citation_tokens = UNSET
        else:
            citation_tokens = self.citation_tokens

        num_search_queries: int | None | Unset
        if isinstance(self.num_search_queries, Unset):
            num_search_queries = UNSET
        else:
            num_search_queries = self.num_search_queries

        reasoning_tokens: int | None | Unset
        if isinstance(self.reasoning_tokens, Unset):
            reasoning_tokens = UNSET
        else:
            reasoning_tokens = self.reasoning_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
                "cost": cost,
            }
        )
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if citation_tokens is not UNSET:
            field_dict["citation_tokens"] = citation_tokens
        if num_search_queries is not UNSET:
            field_dict["num_search_queries"] = num_search_queries
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens

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
            prompt_tokens = src_dict["prompt_tokens"]
            if type(prompt_tokens) is not int and (
                not isinstance(prompt_tokens, int) or isinstance(prompt_tokens, bool)
            ):
                raise mismatch("integer", prompt_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("prompt_tokens", e)

        try:
            completion_tokens = src_dict["completion_tokens"]
            if type(completion_tokens) is not int and (
                not isinstance(completion_tokens, int)
                or isinstance(completion_tokens, bool)
            ):
                raise mismatch("integer", completion_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("completion_tokens", e)

        try:
            total_tokens = src_dict["total_tokens"]
            if type(total_tokens) is not int and (
                not isinstance(total_tokens, int) or isinstance(total_tokens, bool)
            ):
                raise mismatch("integer", total_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("total_tokens", e)

        try:
            cost = Cost.from_dict(src_dict["cost"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cost", e)

        try:
            search_context_size = src_dict.get("search_context_size", UNSET)
            if not (
                type(search_context_size) is str
                or search_context_size is None
                or search_context_size is UNSET
            ):

                def _parse_search_context_size(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    return cast(
                        None | str | Unset,
                        union_fallback(
                            data,
                            (str,),
                            "None | str",
                            [],
                        ),
                    )

                search_context_size = _parse_search_context_size(search_context_size)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_context_size", e)

        try:
            citation_tokens = src_dict.get("citation_tokens", UNSET)
            if not (
                type(citation_tokens) is int
                or citation_tokens is None
                or citation_tokens is UNSET
            ):

                def _parse_citation_tokens(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                citation_tokens = _parse_citation_tokens(citation_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("citation_tokens", e)

        try:
            num_search_queries = src_dict.get("num_search_queries", UNSET)
            if not (
                type(num_search_queries) is int
                or num_search_queries is None
                or num_search_queries is UNSET
            ):

                def _parse_num_search_queries(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                num_search_queries = _parse_num_search_queries(num_search_queries)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("num_search_queries", e)

        try:
            reasoning_tokens = src_dict.get("reasoning_tokens", UNSET)
            if not (
                type(reasoning_tokens) is int
                or reasoning_tokens is None
                or reasoning_tokens is UNSET
            ):

                def _parse_reasoning_tokens(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, int) and not isinstance(
                        data, bool
                    ):  # the common case, decided inline
                        return data
                    return cast(
                        int | None | Unset,
                        union_fallback(
                            data,
                            (int,),
                            "int | None",
                            [],
                        ),
                    )

                reasoning_tokens = _parse_reasoning_tokens(reasoning_tokens)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("reasoning_tokens", e)

        usage_info = cls(
            prompt_tokens,
            completion_tokens,
            total_tokens,
            cost,
            search_context_size,
            citation_tokens,
            num_search_queries,
            reasoning_tokens,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            usage_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return usage_info

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
