from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_processing_status import AsyncProcessingStatus
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
        "id",
        "created_at",
        "model",
        "status",
        "started_at",
        "completed_at",
        "failed_at",
    )
)


T = TypeVar("T", bound="AsyncApiChatCompletionsResponseSummary")


@_attrs_define
class AsyncApiChatCompletionsResponseSummary:
    """
    Attributes:
        id (str):
        created_at (int):
        model (str):
        status (AsyncProcessingStatus): Status enum for async processing.
        started_at (int | None | Unset):
        completed_at (int | None | Unset):
        failed_at (int | None | Unset):
    """

    id: str
    created_at: int
    model: str
    status: AsyncProcessingStatus
    started_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        model = self.model

        status = self.status.value

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "model": model,
                "status": status,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
            created_at = src_dict["created_at"]
            if type(created_at) is not int and (
                not isinstance(created_at, int) or isinstance(created_at, bool)
            ):
                raise mismatch("integer", created_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("created_at", e)

        try:
            model = src_dict["model"]
            if type(model) is not str and not isinstance(model, str):
                raise mismatch("string", model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("model", e)

        try:
            _status = src_dict["status"]
            _status_member = (
                AsyncProcessingStatus._by_value.get(_status)
                if type(_status) is str
                else None
            )
            status: AsyncProcessingStatus
            if _status_member is not None:
                status = _status_member
            else:
                status = AsyncProcessingStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            started_at = src_dict.get("started_at", UNSET)
            if not (
                type(started_at) is int or started_at is None or started_at is UNSET
            ):

                def _parse_started_at(data: object) -> int | None | Unset:
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

                started_at = _parse_started_at(started_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("started_at", e)

        try:
            completed_at = src_dict.get("completed_at", UNSET)
            if not (
                type(completed_at) is int
                or completed_at is None
                or completed_at is UNSET
            ):

                def _parse_completed_at(data: object) -> int | None | Unset:
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

                completed_at = _parse_completed_at(completed_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("completed_at", e)

        try:
            failed_at = src_dict.get("failed_at", UNSET)
            if not (type(failed_at) is int or failed_at is None or failed_at is UNSET):

                def _parse_failed_at(data: object) -> int | None | Unset:
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

                failed_at = _parse_failed_at(failed_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("failed_at", e)

        async_api_chat_completions_response_summary = cls(
            id,
            created_at,
            model,
            status,
            started_at,
            completed_at,
            failed_at,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            async_api_chat_completions_response_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return async_api_chat_completions_response_summary

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
