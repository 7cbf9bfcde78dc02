from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_response_status import CompletionResponseStatus
from ..models.completion_response_type import CompletionResponseType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    check_list,
    json_type,
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.api_public_search_result import ApiPublicSearchResult
    from ..models.choice import Choice
    from ..models.usage_info import UsageInfo

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.api_public_search_result import ApiPublicSearchResult  # noqa: F401
    from ..models.choice import Choice  # noqa: F401
    from ..models.usage_info import UsageInfo  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "model",
        "created",
        "choices",
        "usage",
        "object",
        "citations",
        "search_results",
        "type",
        "status",
    )
)


T = TypeVar("T", bound="CompletionResponse")


@_attrs_define
class CompletionResponse:
    """
    Attributes:
        id (str):
        model (str):
        created (int):
        choices (list[Choice]):
        usage (None | Unset | UsageInfo):
        object_ (str | Unset):  Default: 'chat.completion'.
        citations (list[str] | None | Unset):
        search_results (list[ApiPublicSearchResult] | None | Unset):
        type_ (CompletionResponseType | None | Unset):
        status (CompletionResponseStatus | None | Unset):
    """

    id: str
    model: str
    created: int
    choices: list[Choice]
    usage: None | Unset | UsageInfo = UNSET
    object_: str | Unset = "chat.completion"
    citations: list[str] | None | Unset = UNSET
    search_results: list[ApiPublicSearchResult] | None | Unset = UNSET
    type_: CompletionResponseType | None | Unset = UNSET
    status: CompletionResponseStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        id = self.id

        model = self.model

        created = self.created

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, UsageInfo):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        object_ = self.object_

        citations: list[str] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = self.citations

        else:
            citations = self.citations

        search_results: list[dict[str, Any]] | None | Unset
        if isinstance(self.search_results, Unset):
            search_results = UNSET
        elif isinstance(self.search_results, list):
            search_results = []
            for search_results_type_0_item_data in self.search_results:
                search_results_type_0_item = search_results_type_0_item_data.to_dict()
                search_results.append(search_results_type_0_item)

        else:
            search_results = self.search_results

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CompletionResponseType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CompletionResponseStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "created": created,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if object_ is not UNSET:
            field_dict["object"] = object_
        if citations is not UNSET:
            field_dict["citations"] = citations
        if search_results is not UNSET:
            field_dict["search_results"] = search_results
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

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
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            model = src_dict["model"]
            if type(model) is not str and not isinstance(model, str):
                raise mismatch("string", model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("model", e)

        try:
            created = src_dict["created"]
            if type(created) is not int and (
                not isinstance(created, int) or isinstance(created, bool)
            ):
                raise mismatch("integer", created)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("created", e)

        try:
            _choices = src_dict["choices"]
            if not isinstance(_choices, list):
                raise mismatch("array", _choices)
            choices = []
            for index, choices_item_data in enumerate(_choices):
                try:
                    choices_item = Choice.from_dict(choices_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                choices.append(choices_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("choices", e)

        try:
            usage = src_dict.get("usage", UNSET)
            if not (usage is None or usage is UNSET):

                def _parse_usage(data: object) -> None | Unset | UsageInfo:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            usage_type_0 = UsageInfo.from_dict(data)

                            return usage_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        None | Unset | UsageInfo,
                        union_fallback(
                            data,
                            (),
                            "None | UsageInfo",
                            errors,
                        ),
                    )

                usage = _parse_usage(usage)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("usage", e)

        try:
            object_ = src_dict.get("object", UNSET)
            if (
                type(object_) is not str and not isinstance(object_, str)
            ) and not isinstance(object_, Unset):
                raise mismatch("string", object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        try:
            citations = src_dict.get("citations", UNSET)
            if not (citations is None or citations is UNSET):

                def _parse_citations(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            citations_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return citations_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                citations = _parse_citations(citations)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("citations", e)

        try:
            search_results = src_dict.get("search_results", UNSET)
            if not (search_results is None or search_results is UNSET):

                def _parse_search_results(
                    data: object,
                ) -> list[ApiPublicSearchResult] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _search_results_type_0 = data
                            if not isinstance(_search_results_type_0, list):
                                raise mismatch("array", _search_results_type_0)
                            search_results_type_0 = []
                            for index, search_results_type_0_item_data in enumerate(
                                _search_results_type_0
                            ):
                                try:
                                    search_results_type_0_item = (
                                        ApiPublicSearchResult.from_dict(
                                            search_results_type_0_item_data
                                        )
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                search_results_type_0.append(search_results_type_0_item)

                            return search_results_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[ApiPublicSearchResult] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[ApiPublicSearchResult] | None",
                            errors,
                        ),
                    )

                search_results = _parse_search_results(search_results)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_results", e)

        try:
            type_ = src_dict.get("type", UNSET)
            if not (type_ is None or type_ is UNSET):

                def _parse_type_(data: object) -> CompletionResponseType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _type_type_0 = data
                            _type_type_0_member = (
                                CompletionResponseType._by_value.get(_type_type_0)
                                if type(_type_type_0) is str
                                else None
                            )
                            type_type_0: CompletionResponseType
                            if _type_type_0_member is not None:
                                type_type_0 = _type_type_0_member
                            else:
                                type_type_0 = CompletionResponseType(_type_type_0)

                            return type_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        CompletionResponseType | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "CompletionResponseType | None",
                            errors,
                        ),
                    )

                type_ = _parse_type_(type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            status = src_dict.get("status", UNSET)
            if not (status is None or status is UNSET):

                def _parse_status(
                    data: object,
                ) -> CompletionResponseStatus | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _status_type_0 = data
                            _status_type_0_member = (
                                CompletionResponseStatus._by_value.get(_status_type_0)
                                if type(_status_type_0) is str
                                else None
                            )
                            status_type_0: CompletionResponseStatus
                            if _status_type_0_member is not None:
                                status_type_0 = _status_type_0_member
                            else:
                                status_type_0 = CompletionResponseStatus(_status_type_0)

                            return status_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        CompletionResponseStatus | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "CompletionResponseStatus | None",
                            errors,
                        ),
                    )

                status = _parse_status(status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        completion_response = cls(
            id,
            model,
            created,
            choices,
            usage,
            object_,
            citations,
            search_results,
            type_,
            status,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            completion_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return completion_response

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
