from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_tool_type import ConnectorToolType
from ..models.require_approval_type_0 import RequireApprovalType0
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
    from ..models.approval_filters import ApprovalFilters

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.approval_filters import ApprovalFilters  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "server_label",
        "type",
        "allowed_tools",
        "require_approval",
        "server_description",
    )
)


T = TypeVar("T", bound="ConnectorTool")


@_attrs_define
class ConnectorTool:
    """
    Attributes:
        id (str):
        server_label (str):
        type_ (ConnectorToolType):
        allowed_tools (list[str] | Unset):
        require_approval (ApprovalFilters | RequireApprovalType0 | Unset): `always`, `never`, or per-filter approval
            rules.
        server_description (str | Unset):
    """

    id: str
    server_label: str
    type_: ConnectorToolType
    allowed_tools: list[str] | Unset = UNSET
    require_approval: ApprovalFilters | RequireApprovalType0 | Unset = UNSET
    server_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        id = self.id

        server_label = self.server_label

        type_ = self.type_.value

        allowed_tools: list[str] | Unset = UNSET
        if not isinstance(self.allowed_tools, Unset):
            allowed_tools = self.allowed_tools

        require_approval: dict[str, Any] | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, RequireApprovalType0):
            require_approval = self.require_approval.value
        else:
            require_approval = self.require_approval.to_dict()

        server_description = self.server_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server_label": server_label,
                "type": type_,
            }
        )
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if server_description is not UNSET:
            field_dict["server_description"] = server_description

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
            server_label = src_dict["server_label"]
            if type(server_label) is not str and not isinstance(server_label, str):
                raise mismatch("string", server_label)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("server_label", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                ConnectorToolType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: ConnectorToolType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = ConnectorToolType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("type", e)

        try:
            allowed_tools = cast(
                list[str] | Unset,
                check_list(src_dict.get("allowed_tools", UNSET), (str,), "string"),
            )

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("allowed_tools", e)

        try:
            require_approval = src_dict.get("require_approval", UNSET)
            if not (require_approval is UNSET):

                def _parse_require_approval(
                    data: object,
                ) -> ApprovalFilters | RequireApprovalType0 | Unset:
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, str):
                        try:
                            _componentsschemas_require_approval_type_0 = data
                            _componentsschemas_require_approval_type_0_member = (
                                RequireApprovalType0._by_value.get(
                                    _componentsschemas_require_approval_type_0
                                )
                                if type(_componentsschemas_require_approval_type_0)
                                is str
                                else None
                            )
                            componentsschemas_require_approval_type_0: (
                                RequireApprovalType0
                            )
                            if (
                                _componentsschemas_require_approval_type_0_member
                                is not None
                            ):
                                componentsschemas_require_approval_type_0 = (
                                    _componentsschemas_require_approval_type_0_member
                                )
                            else:
                                componentsschemas_require_approval_type_0 = (
                                    RequireApprovalType0(
                                        _componentsschemas_require_approval_type_0
                                    )
                                )

                            return componentsschemas_require_approval_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    if isinstance(data, dict):
                        try:
                            componentsschemas_require_approval_type_1 = (
                                ApprovalFilters.from_dict(data)
                            )

                            return componentsschemas_require_approval_type_1
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        ApprovalFilters | RequireApprovalType0 | Unset,
                        union_fallback(
                            data,
                            (),
                            "ApprovalFilters | RequireApprovalType0",
                            errors,
                        ),
                    )

                require_approval = _parse_require_approval(require_approval)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("require_approval", e)

        try:
            server_description = src_dict.get("server_description", UNSET)
            if (
                type(server_description) is not str
                and not isinstance(server_description, str)
            ) and not isinstance(server_description, Unset):
                raise mismatch("string", server_description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("server_description", e)

        connector_tool = cls(
            id,
            server_label,
            type_,
            allowed_tools,
            require_approval,
            server_description,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            connector_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return connector_tool

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
