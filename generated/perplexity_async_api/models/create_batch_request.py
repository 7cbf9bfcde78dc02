from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_batch_request_completion_window import (
    CreateBatchRequestCompletionWindow,
)
from ..models.create_batch_request_endpoint import CreateBatchRequestEndpoint
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
    from ..models.create_batch_request_metadata_type_0 import (
        CreateBatchRequestMetadataType0,
    )

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.create_batch_request_metadata_type_0 import (
        CreateBatchRequestMetadataType0,  # noqa: F401
    )

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "endpoint",
        "input_file_id",
        "completion_window",
        "metadata",
    )
)


T = TypeVar("T", bound="CreateBatchRequest")


@_attrs_define
class CreateBatchRequest:
    """Body of createBatch. `output_expires_after` is not supported and is rejected with a 400.

    Attributes:
        endpoint (CreateBatchRequestEndpoint):
        input_file_id (str):
        completion_window (CreateBatchRequestCompletionWindow | Unset):
        metadata (CreateBatchRequestMetadataType0 | None | Unset):
    """

    endpoint: CreateBatchRequestEndpoint
    input_file_id: str
    completion_window: CreateBatchRequestCompletionWindow | Unset = UNSET
    metadata: CreateBatchRequestMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        endpoint = self.endpoint.value

        input_file_id = self.input_file_id

        completion_window: str | Unset = UNSET
        if not isinstance(self.completion_window, Unset):
            completion_window = self.completion_window.value

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateBatchRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "input_file_id": input_file_id,
            }
        )
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
            _endpoint = src_dict["endpoint"]
            _endpoint_member = (
                CreateBatchRequestEndpoint._by_value.get(_endpoint)
                if type(_endpoint) is str
                else None
            )
            endpoint: CreateBatchRequestEndpoint
            if _endpoint_member is not None:
                endpoint = _endpoint_member
            else:
                endpoint = CreateBatchRequestEndpoint(_endpoint)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("endpoint", e)

        try:
            input_file_id = src_dict["input_file_id"]
            if type(input_file_id) is not str and not isinstance(input_file_id, str):
                raise mismatch("string", input_file_id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_file_id", e)

        try:
            _completion_window = src_dict.get("completion_window", UNSET)
            _completion_window_member = (
                CreateBatchRequestCompletionWindow._by_value.get(_completion_window)
                if type(_completion_window) is str
                else None
            )
            completion_window: CreateBatchRequestCompletionWindow | Unset
            if _completion_window_member is not None:
                completion_window = _completion_window_member
            elif isinstance(_completion_window, Unset):
                completion_window = UNSET
            else:
                completion_window = CreateBatchRequestCompletionWindow(
                    _completion_window
                )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("completion_window", e)

        try:
            metadata = src_dict.get("metadata", UNSET)
            if not (metadata is None or metadata is UNSET):

                def _parse_metadata(
                    data: object,
                ) -> CreateBatchRequestMetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            metadata_type_0 = CreateBatchRequestMetadataType0.from_dict(
                                data
                            )

                            return metadata_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        CreateBatchRequestMetadataType0 | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "CreateBatchRequestMetadataType0 | None",
                            errors,
                        ),
                    )

                metadata = _parse_metadata(metadata)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("metadata", e)

        create_batch_request = cls(
            endpoint,
            input_file_id,
            completion_window,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            create_batch_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_batch_request

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
