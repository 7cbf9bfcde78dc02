from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.tool_call_function import ToolCallFunction

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.tool_call_function import ToolCallFunction  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "function",
    )
)


T = TypeVar("T", bound="ToolCall")


@_attrs_define
class ToolCall:
    """
    Attributes:
        id (None | str | Unset):
        type_ (Literal['function'] | None | Unset):
        function (None | ToolCallFunction | Unset):
    """

    id: None | str | Unset = UNSET
    type_: Literal["function"] | None | Unset = UNSET
    function: None | ToolCallFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: Literal["function"] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, ToolCallFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

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
            id = src_dict.get("id", UNSET)
            if not (type(id) is str or id is None or id is UNSET):

                def _parse_id(data: object) -> None | str | Unset:
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

                id = _parse_id(id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            type_ = src_dict.get("type", UNSET)
            if not (type_ is None or type_ is UNSET):

                def _parse_type_(data: object) -> Literal["function"] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    try:
                        type_type_0 = cast(Literal["function"], data)
                        if type_type_0 != "function":
                            raise ParseError(
                                f"expected 'function', got {type_type_0!r}",
                                discriminator=True,
                            )
                        return type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as e:
                        errors.append(e)
                    return cast(
                        Literal["function"] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "Literal['function'] | None",
                            errors,
                        ),
                    )

                type_ = _parse_type_(type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            function = src_dict.get("function", UNSET)
            if not (function is None or function is UNSET):

                def _parse_function(data: object) -> None | ToolCallFunction | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            function_type_0 = ToolCallFunction.from_dict(data)

                            return function_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        None | ToolCallFunction | Unset,
                        union_fallback(
                            data,
                            (),
                            "None | ToolCallFunction",
                            errors,
                        ),
                    )

                function = _parse_function(function)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("function", e)

        tool_call = cls(
            id,
            type_,
            function,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            tool_call.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tool_call

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
