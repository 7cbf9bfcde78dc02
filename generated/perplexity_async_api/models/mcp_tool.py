from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_tool_type import McpToolType
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
    from ..models.mcp_tool_headers import McpToolHeaders

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.approval_filters import ApprovalFilters  # noqa: F401
    from ..models.mcp_tool_headers import McpToolHeaders  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "server_label",
        "server_url",
        "type",
        "allowed_tools",
        "authorization",
        "defer_loading",
        "headers",
        "require_approval",
    )
)


T = TypeVar("T", bound="McpTool")


@_attrs_define
class McpTool:
    """Connects a user-supplied remote MCP server. The worker discovers the server's tools at boot and calls them like
    native tools. Matches OpenAI's mcp tool. (The legacy 0.46.1 `types/` docstring adds that `require_approval`,
    `connector_id` and `defer_loading` "are not supported in v1 and are ignored if sent"; the generated 0.46.1 model
    nevertheless has `require_approval` and `defer_loading`.)

        Attributes:
            server_label (str): Unique per request, ^[a-zA-Z0-9_-]{1,64}$. Namespaces the server's tools.
            server_url (str): HTTPS URL of the remote MCP server.
            type_ (McpToolType):
            allowed_tools (list[str] | Unset): Optional allowlist of tool names. Empty exposes all discovered tools.
            authorization (str | Unset): An OAuth access token that can be used with a remote MCP server, with a custom MCP
                server URL. Never logged or echoed.
            defer_loading (bool | Unset):
            headers (McpToolHeaders | Unset): Extra request headers. Never logged or echoed.
            require_approval (ApprovalFilters | RequireApprovalType0 | Unset): `always`, `never`, or per-filter approval
                rules.
    """

    server_label: str
    server_url: str
    type_: McpToolType
    allowed_tools: list[str] | Unset = UNSET
    authorization: str | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    headers: McpToolHeaders | Unset = UNSET
    require_approval: ApprovalFilters | RequireApprovalType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        server_label = self.server_label

        server_url = self.server_url

        type_ = self.type_.value

        allowed_tools: list[str] | Unset = UNSET
        if not isinstance(self.allowed_tools, Unset):
            allowed_tools = self.allowed_tools

        authorization = self.authorization

        defer_loading = self.defer_loading

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        require_approval: dict[str, Any] | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, RequireApprovalType0):
            require_approval = self.require_approval.value
        else:
            require_approval = self.require_approval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_label": server_label,
                "server_url": server_url,
                "type": type_,
            }
        )
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if headers is not UNSET:
            field_dict["headers"] = headers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval

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
            server_label = src_dict["server_label"]
            if type(server_label) is not str and not isinstance(server_label, str):
                raise mismatch("string", server_label)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("server_label", e)

        try:
            server_url = src_dict["server_url"]
            if type(server_url) is not str and not isinstance(server_url, str):
                raise mismatch("string", server_url)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("server_url", e)

        try:
            _type_ = src_dict["type"]
            _type__member = (
                McpToolType._by_value.get(_type_) if type(_type_) is str else None
            )
            type_: McpToolType
            if _type__member is not None:
                type_ = _type__member
            else:
                type_ = McpToolType(_type_)

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
            authorization = src_dict.get("authorization", UNSET)
            if (
                type(authorization) is not str and not isinstance(authorization, str)
            ) and not isinstance(authorization, Unset):
                raise mismatch("string", authorization)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("authorization", e)

        try:
            defer_loading = src_dict.get("defer_loading", UNSET)
            if (type(defer_loading) is not bool) and not isinstance(
                defer_loading, Unset
            ):
                raise mismatch("boolean", defer_loading)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("defer_loading", e)

        try:
            _headers = src_dict.get("headers", UNSET)
            headers: McpToolHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = McpToolHeaders.from_dict(_headers)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("headers", e)

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

        mcp_tool = cls(
            server_label,
            server_url,
            type_,
            allowed_tools,
            authorization,
            defer_loading,
            headers,
            require_approval,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            mcp_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return mcp_tool

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
