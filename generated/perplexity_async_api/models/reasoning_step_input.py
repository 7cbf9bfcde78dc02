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
    from ..models.execute_python_step_details import ExecutePythonStepDetails
    from ..models.fetch_url_content_step_details import FetchUrlContentStepDetails
    from ..models.web_search_step_details import WebSearchStepDetails

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.execute_python_step_details import ExecutePythonStepDetails  # noqa: F401
    from ..models.fetch_url_content_step_details import FetchUrlContentStepDetails  # noqa: F401
    from ..models.web_search_step_details import WebSearchStepDetails  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "thought",
        "type",
        "web_search",
        "fetch_url_content",
        "execute_python",
    )
)


T = TypeVar("T", bound="ReasoningStepInput")


@_attrs_define
class ReasoningStepInput:
    """Reasoning step wrapper class

    Attributes:
        thought (str):
        type_ (None | str | Unset):
        web_search (None | Unset | WebSearchStepDetails):
        fetch_url_content (FetchUrlContentStepDetails | None | Unset):
        execute_python (ExecutePythonStepDetails | None | Unset):
    """

    thought: str
    type_: None | str | Unset = UNSET
    web_search: None | Unset | WebSearchStepDetails = UNSET
    fetch_url_content: FetchUrlContentStepDetails | None | Unset = UNSET
    execute_python: ExecutePythonStepDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        thought = self.thought

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        web_search: dict[str, Any] | None | Unset
        if isinstance(self.web_search, Unset):
            web_search = UNSET
        elif isinstance(self.web_search, WebSearchStepDetails):
            web_search = self.web_search.to_dict()
        else:
            web_search = self.web_search

        fetch_url_content: dict[str, Any] | None | Unset
        if isinstance(self.fetch_url_content, Unset):
            fetch_url_content = UNSET
        elif isinstance(self.fetch_url_content, FetchUrlContentStepDetails):
            fetch_url_content = self.fetch_url_content.to_dict()
        else:
            fetch_url_content = self.fetch_url_content

        execute_python: dict[str, Any] | None | Unset
        if isinstance(self.execute_python, Unset):
            execute_python = UNSET
        elif isinstance(self.execute_python, ExecutePythonStepDetails):
            execute_python = self.execute_python.to_dict()
        else:
            execute_python = self.execute_python

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thought": thought,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if fetch_url_content is not UNSET:
            field_dict["fetch_url_content"] = fetch_url_content
        if execute_python is not UNSET:
            field_dict["execute_python"] = execute_python

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
            thought = src_dict["thought"]
            if type(thought) is not str and not isinstance(thought, str):
                raise mismatch("string", thought)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("thought", e)

        try:
            type_ = src_dict.get("type", UNSET)
            if not (type(type_) is str or type_ is None or type_ is UNSET):

                def _parse_type_(data: object) -> None | str | Unset:
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

                type_ = _parse_type_(type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            web_search = src_dict.get("web_search", UNSET)
            if not (web_search is None or web_search is UNSET):

                def _parse_web_search(
                    data: object,
                ) -> None | Unset | WebSearchStepDetails:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            web_search_type_0 = WebSearchStepDetails.from_dict(data)

                            return web_search_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        None | Unset | WebSearchStepDetails,
                        union_fallback(
                            data,
                            (),
                            "None | WebSearchStepDetails",
                            errors,
                        ),
                    )

                web_search = _parse_web_search(web_search)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("web_search", e)

        try:
            fetch_url_content = src_dict.get("fetch_url_content", UNSET)
            if not (fetch_url_content is None or fetch_url_content is UNSET):

                def _parse_fetch_url_content(
                    data: object,
                ) -> FetchUrlContentStepDetails | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            fetch_url_content_type_0 = (
                                FetchUrlContentStepDetails.from_dict(data)
                            )

                            return fetch_url_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        FetchUrlContentStepDetails | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "FetchUrlContentStepDetails | None",
                            errors,
                        ),
                    )

                fetch_url_content = _parse_fetch_url_content(fetch_url_content)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("fetch_url_content", e)

        try:
            execute_python = src_dict.get("execute_python", UNSET)
            if not (execute_python is None or execute_python is UNSET):

                def _parse_execute_python(
                    data: object,
                ) -> ExecutePythonStepDetails | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            execute_python_type_0 = ExecutePythonStepDetails.from_dict(
                                data
                            )

                            return execute_python_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ExecutePythonStepDetails | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "ExecutePythonStepDetails | None",
                            errors,
                        ),
                    )

                execute_python = _parse_execute_python(execute_python)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("execute_python", e)

        reasoning_step_input = cls(
            thought,
            type_,
            web_search,
            fetch_url_content,
            execute_python,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            reasoning_step_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return reasoning_step_input

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
