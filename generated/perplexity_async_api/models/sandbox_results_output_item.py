from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_results_output_item_language import (
    SandboxResultsOutputItemLanguage,
)
from ..models.sandbox_results_output_item_status import SandboxResultsOutputItemStatus
from ..models.sandbox_results_output_item_type import SandboxResultsOutputItemType
from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.sandbox_result import SandboxResult

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.sandbox_result import SandboxResult  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "call_id",
        "code",
        "language",
        "results",
        "status",
        "type",
        "container_id",
    )
)


T = TypeVar("T", bound="SandboxResultsOutputItem")


@_attrs_define
class SandboxResultsOutputItem:
    """Sandbox tool results emitted in `response.output[]`. Cost is aggregated into
    `Usage.tool_calls_details.sandbox.cost_usd`; this item does not carry per-execution cost.

        Attributes:
            call_id (str):
            code (str):
            language (SandboxResultsOutputItemLanguage):
            results (list[SandboxResult]):
            status (SandboxResultsOutputItemStatus):
            type_ (SandboxResultsOutputItemType):
            container_id (str | Unset):
    """

    call_id: str
    code: str
    language: SandboxResultsOutputItemLanguage
    results: list[SandboxResult]
    status: SandboxResultsOutputItemStatus
    type_: SandboxResultsOutputItemType
    container_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        call_id = self.call_id

        code = self.code

        language = self.language.value

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        status = self.status.value

        type_ = self.type_.value

        container_id = self.container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "code": code,
                "language": language,
                "results": results,
                "status": status,
                "type": type_,
            }
        )
        if container_id is not UNSET:
            field_dict["container_id"] = container_id

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
            call_id = src_dict["call_id"]
            if type(call_id) is not str and not isinstance(call_id, str):
                raise mismatch("string", call_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("call_id", e)

        try:
            code = src_dict["code"]
            if type(code) is not str and not isinstance(code, str):
                raise mismatch("string", code)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("code", e)

        try:
            _language = src_dict["language"]
            _language_member = (
                SandboxResultsOutputItemLanguage._by_value.get(_language)
                if type(_language) is str
                else None
            )
            language: SandboxResultsOutputItemLanguage
            if _language_member is not None:
                language = _language_member
            else:
                language = SandboxResultsOutputItemLanguage(_language)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("language", e)

        try:
            _results = src_dict["results"]
            if not isinstance(_results, list):
                raise mismatch("array", _results)
            results = []
            for index, results_item_data in enumerate(_results):
                try:
                    results_item = SandboxResult.from_dict(results_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                results.append(results_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("results", e)

        try:
            _status = src_dict["status"]
            _status_member = (
                SandboxResultsOutputItemStatus._by_value.get(_status)
                if type(_status) is str
                else None
            )
            status: SandboxResultsOutputItemStatus
            if _status_member is not None:
                status = _status_member
            else:
                status = SandboxResultsOutputItemStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                SandboxResultsOutputItemType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: SandboxResultsOutputItemType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = SandboxResultsOutputItemType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            container_id = src_dict.get("container_id", UNSET)
            if (
                type(container_id) is not str and not isinstance(container_id, str)
            ) and not isinstance(container_id, Unset):
                raise mismatch("string", container_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("container_id", e)

        sandbox_results_output_item = cls(
            call_id,
            code,
            language,
            results,
            status,
            type_,
            container_id,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            sandbox_results_output_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_results_output_item

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
