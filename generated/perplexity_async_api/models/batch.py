from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_object import BatchObject
from ..models.batch_status import BatchStatus
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
    from ..models.batch_errors import BatchErrors
    from ..models.batch_metadata_type_0 import BatchMetadataType0
    from ..models.batch_request_counts import BatchRequestCounts
    from ..models.batch_usage import BatchUsage

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.batch_errors import BatchErrors  # noqa: F401
    from ..models.batch_metadata_type_0 import BatchMetadataType0  # noqa: F401
    from ..models.batch_request_counts import BatchRequestCounts  # noqa: F401
    from ..models.batch_usage import BatchUsage  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "completion_window",
        "created_at",
        "endpoint",
        "id",
        "input_file_id",
        "object",
        "request_counts",
        "status",
        "usage",
        "cancelled_at",
        "cancelling_at",
        "completed_at",
        "error_file_id",
        "errors",
        "expired_at",
        "expires_at",
        "failed_at",
        "finalizing_at",
        "in_progress_at",
        "metadata",
        "output_file_id",
    )
)


T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """
    Attributes:
        completion_window (str):
        created_at (int):
        endpoint (str):
        id (str):
        input_file_id (str):
        object_ (BatchObject):
        request_counts (BatchRequestCounts):
        status (BatchStatus): A new batch starts in `validating`.
        usage (BatchUsage):
        cancelled_at (int | None | Unset):
        cancelling_at (int | None | Unset):
        completed_at (int | None | Unset):
        error_file_id (None | str | Unset):
        errors (BatchErrors | None | Unset):
        expired_at (int | None | Unset):
        expires_at (int | None | Unset):
        failed_at (int | None | Unset):
        finalizing_at (int | None | Unset):
        in_progress_at (int | None | Unset):
        metadata (BatchMetadataType0 | None | Unset):
        output_file_id (None | str | Unset):
    """

    completion_window: str
    created_at: int
    endpoint: str
    id: str
    input_file_id: str
    object_: BatchObject
    request_counts: BatchRequestCounts
    status: BatchStatus
    usage: BatchUsage
    cancelled_at: int | None | Unset = UNSET
    cancelling_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    error_file_id: None | str | Unset = UNSET
    errors: BatchErrors | None | Unset = UNSET
    expired_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    finalizing_at: int | None | Unset = UNSET
    in_progress_at: int | None | Unset = UNSET
    metadata: BatchMetadataType0 | None | Unset = UNSET
    output_file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        completion_window = self.completion_window

        created_at = self.created_at

        endpoint = self.endpoint

        id = self.id

        input_file_id = self.input_file_id

        object_ = self.object_.value

        request_counts = self.request_counts.to_dict()

        status = self.status.value

        usage = self.usage.to_dict()

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        cancelling_at: int | None | Unset
        if isinstance(self.cancelling_at, Unset):
            cancelling_at = UNSET
        else:
            cancelling_at = self.cancelling_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        error_file_id: None | str | Unset
        if isinstance(self.error_file_id, Unset):
            error_file_id = UNSET
        else:
            error_file_id = self.error_file_id

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, BatchErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        expired_at: int | None | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        finalizing_at: int | None | Unset
        if isinstance(self.finalizing_at, Unset):
            finalizing_at = UNSET
        else:
            finalizing_at = self.finalizing_at

        in_progress_at: int | None | Unset
        if isinstance(self.in_progress_at, Unset):
            in_progress_at = UNSET
        else:
            in_progress_at = self.in_progress_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BatchMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        output_file_id: None | str | Unset
        if isinstance(self.output_file_id, Unset):
            output_file_id = UNSET
        else:
            output_file_id = self.output_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_window": completion_window,
                "created_at": created_at,
                "endpoint": endpoint,
                "id": id,
                "input_file_id": input_file_id,
                "object": object_,
                "request_counts": request_counts,
                "status": status,
                "usage": usage,
            }
        )
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if cancelling_at is not UNSET:
            field_dict["cancelling_at"] = cancelling_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_file_id is not UNSET:
            field_dict["error_file_id"] = error_file_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if finalizing_at is not UNSET:
            field_dict["finalizing_at"] = finalizing_at
        if in_progress_at is not UNSET:
            field_dict["in_progress_at"] = in_progress_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_file_id is not UNSET:
            field_dict["output_file_id"] = output_file_id

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
            completion_window = src_dict["completion_window"]
            if type(completion_window) is not str and not isinstance(
                completion_window, str
            ):
                raise mismatch("string", completion_window)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("completion_window", e)

        try:
            created_at = src_dict["created_at"]
            if type(created_at) is not int and (
                not isinstance(created_at, int) or isinstance(created_at, bool)
            ):
                raise mismatch("integer", created_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("created_at", e)

        try:
            endpoint = src_dict["endpoint"]
            if type(endpoint) is not str and not isinstance(endpoint, str):
                raise mismatch("string", endpoint)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("endpoint", e)

        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            input_file_id = src_dict["input_file_id"]
            if type(input_file_id) is not str and not isinstance(input_file_id, str):
                raise mismatch("string", input_file_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_file_id", e)

        try:
            _object_ = src_dict["object"]
            _object__member = (
                BatchObject._by_value.get(_object_) if type(_object_) is str else None
            )
            object_: BatchObject
            if _object__member is not None:
                object_ = _object__member
            else:
                object_ = BatchObject(_object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        try:
            request_counts = BatchRequestCounts.from_dict(src_dict["request_counts"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("request_counts", e)

        try:
            _status = src_dict["status"]
            _status_member = (
                BatchStatus._by_value.get(_status) if type(_status) is str else None
            )
            status: BatchStatus
            if _status_member is not None:
                status = _status_member
            else:
                status = BatchStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            usage = BatchUsage.from_dict(src_dict["usage"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("usage", e)

        try:
            cancelled_at = src_dict.get("cancelled_at", UNSET)
            if not (
                type(cancelled_at) is int
                or cancelled_at is None
                or cancelled_at is UNSET
            ):

                def _parse_cancelled_at(data: object) -> int | None | Unset:
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

                cancelled_at = _parse_cancelled_at(cancelled_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cancelled_at", e)

        try:
            cancelling_at = src_dict.get("cancelling_at", UNSET)
            if not (
                type(cancelling_at) is int
                or cancelling_at is None
                or cancelling_at is UNSET
            ):

                def _parse_cancelling_at(data: object) -> int | None | Unset:
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

                cancelling_at = _parse_cancelling_at(cancelling_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("cancelling_at", e)

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
            error_file_id = src_dict.get("error_file_id", UNSET)
            if not (
                type(error_file_id) is str
                or error_file_id is None
                or error_file_id is UNSET
            ):

                def _parse_error_file_id(data: object) -> None | str | Unset:
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

                error_file_id = _parse_error_file_id(error_file_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("error_file_id", e)

        try:
            errors = src_dict.get("errors", UNSET)
            if not (errors is None or errors is UNSET):

                def _parse_errors(data: object) -> BatchErrors | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            errors_type_0 = BatchErrors.from_dict(data)

                            return errors_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        BatchErrors | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "BatchErrors | None",
                            errors,
                        ),
                    )

                errors = _parse_errors(errors)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("errors", e)

        try:
            expired_at = src_dict.get("expired_at", UNSET)
            if not (
                type(expired_at) is int or expired_at is None or expired_at is UNSET
            ):

                def _parse_expired_at(data: object) -> int | None | Unset:
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

                expired_at = _parse_expired_at(expired_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("expired_at", e)

        try:
            expires_at = src_dict.get("expires_at", UNSET)
            if not (
                type(expires_at) is int or expires_at is None or expires_at is UNSET
            ):

                def _parse_expires_at(data: object) -> int | None | Unset:
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

                expires_at = _parse_expires_at(expires_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("expires_at", e)

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

        try:
            finalizing_at = src_dict.get("finalizing_at", UNSET)
            if not (
                type(finalizing_at) is int
                or finalizing_at is None
                or finalizing_at is UNSET
            ):

                def _parse_finalizing_at(data: object) -> int | None | Unset:
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

                finalizing_at = _parse_finalizing_at(finalizing_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("finalizing_at", e)

        try:
            in_progress_at = src_dict.get("in_progress_at", UNSET)
            if not (
                type(in_progress_at) is int
                or in_progress_at is None
                or in_progress_at is UNSET
            ):

                def _parse_in_progress_at(data: object) -> int | None | Unset:
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

                in_progress_at = _parse_in_progress_at(in_progress_at)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("in_progress_at", e)

        try:
            metadata = src_dict.get("metadata", UNSET)
            if not (metadata is None or metadata is UNSET):

                def _parse_metadata(data: object) -> BatchMetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            metadata_type_0 = BatchMetadataType0.from_dict(data)

                            return metadata_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        BatchMetadataType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "BatchMetadataType0 | None",
                            errors,
                        ),
                    )

                metadata = _parse_metadata(metadata)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("metadata", e)

        try:
            output_file_id = src_dict.get("output_file_id", UNSET)
            if not (
                type(output_file_id) is str
                or output_file_id is None
                or output_file_id is UNSET
            ):

                def _parse_output_file_id(data: object) -> None | str | Unset:
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

                output_file_id = _parse_output_file_id(output_file_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output_file_id", e)

        batch = cls(
            completion_window,
            created_at,
            endpoint,
            id,
            input_file_id,
            object_,
            request_counts,
            status,
            usage,
            cancelled_at,
            cancelling_at,
            completed_at,
            error_file_id,
            errors,
            expired_at,
            expires_at,
            failed_at,
            finalizing_at,
            in_progress_at,
            metadata,
            output_file_id,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            batch.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return batch

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
