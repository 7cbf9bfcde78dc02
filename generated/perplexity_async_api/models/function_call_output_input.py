from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_output_input_status import FunctionCallOutputInputStatus
from ..models.function_call_output_input_type import FunctionCallOutputInputType
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
    from ..models.function_call_output_image_part import FunctionCallOutputImagePart
    from ..models.function_call_output_text_part import FunctionCallOutputTextPart

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.function_call_output_image_part import FunctionCallOutputImagePart  # noqa: F401
    from ..models.function_call_output_text_part import FunctionCallOutputTextPart  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "call_id",
        "output",
        "type",
        "id",
        "name",
        "status",
        "thought_signature",
    )
)


T = TypeVar("T", bound="FunctionCallOutputInput")


@_attrs_define
class FunctionCallOutputInput:
    """
    Attributes:
        call_id (str): The call_id from function_call output
        output (list[FunctionCallOutputImagePart | FunctionCallOutputTextPart] | str): Function result: a JSON string,
            or an array of `input_text` / `input_image` parts.
        type_ (FunctionCallOutputInputType):
        id (str | Unset):
        name (str | Unset): Function name (required by some providers)
        status (FunctionCallOutputInputStatus | Unset):
        thought_signature (str | Unset): Base64-encoded signature from function_call
    """

    call_id: str
    output: list[FunctionCallOutputImagePart | FunctionCallOutputTextPart] | str
    type_: FunctionCallOutputInputType
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: FunctionCallOutputInputStatus | Unset = UNSET
    thought_signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, FunctionCallOutputTextPart):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        type_ = self.type_.value

        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        thought_signature = self.thought_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if thought_signature is not UNSET:
            field_dict["thought_signature"] = thought_signature

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
            output = src_dict["output"]
            if not (type(output) is str):

                def _parse_output(
                    data: object,
                ) -> (
                    list[FunctionCallOutputImagePart | FunctionCallOutputTextPart] | str
                ):
                    if isinstance(data, str):  # the common case, decided inline
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _output_type_1 = data
                            if not isinstance(_output_type_1, list):
                                raise mismatch("array", _output_type_1)
                            output_type_1 = []
                            for index, output_type_1_item_data in enumerate(
                                _output_type_1
                            ):
                                try:

                                    def _parse_output_type_1_item(
                                        data: object,
                                    ) -> (
                                        FunctionCallOutputImagePart
                                        | FunctionCallOutputTextPart
                                    ):
                                        errors: list[Exception] = []
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_function_call_output_part_type_0 = FunctionCallOutputTextPart.from_dict(
                                                    data
                                                )

                                                return componentsschemas_function_call_output_part_type_0
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        if isinstance(data, dict):
                                            try:
                                                componentsschemas_function_call_output_part_type_1 = FunctionCallOutputImagePart.from_dict(
                                                    data
                                                )

                                                return componentsschemas_function_call_output_part_type_1
                                            except (
                                                TypeError,
                                                ValueError,
                                                AttributeError,
                                                KeyError,
                                            ) as e:
                                                errors.append(e)
                                        return cast(
                                            FunctionCallOutputImagePart
                                            | FunctionCallOutputTextPart,
                                            union_fallback(
                                                data,
                                                (),
                                                "FunctionCallOutputImagePart | FunctionCallOutputTextPart",
                                                errors,
                                            ),
                                        )

                                    output_type_1_item = _parse_output_type_1_item(
                                        output_type_1_item_data
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                output_type_1.append(output_type_1_item)

                            return output_type_1
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[FunctionCallOutputImagePart | FunctionCallOutputTextPart]
                        | str,
                        union_fallback(
                            data,
                            (str,),
                            "list[FunctionCallOutputImagePart | FunctionCallOutputTextPart] | str",
                            errors,
                        ),
                    )

                output = _parse_output(output)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("output", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                FunctionCallOutputInputType._by_value.get(_type_)
                if type(_type_) is str
                else None
            )
            type_: FunctionCallOutputInputType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = FunctionCallOutputInputType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            id = src_dict.get("id", UNSET)
            if (type(id) is not str and not isinstance(id, str)) and not isinstance(
                id, Unset
            ):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            name = src_dict.get("name", UNSET)
            if (type(name) is not str and not isinstance(name, str)) and not isinstance(
                name, Unset
            ):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            _status = src_dict.get("status", UNSET)
            _status_member = (
                FunctionCallOutputInputStatus._by_value.get(_status)
                if type(_status) is str
                else None
            )
            status: FunctionCallOutputInputStatus | Unset
            if _status_member is not None:
                status = _status_member
            elif isinstance(_status, Unset):
                status = UNSET
            else:
                status = FunctionCallOutputInputStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            thought_signature = src_dict.get("thought_signature", UNSET)
            if (
                type(thought_signature) is not str
                and not isinstance(thought_signature, str)
            ) and not isinstance(thought_signature, Unset):
                raise mismatch("string", thought_signature)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("thought_signature", e)

        function_call_output_input = cls(
            call_id,
            output,
            type_,
            id,
            name,
            status,
            thought_signature,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            function_call_output_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return function_call_output_input

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
