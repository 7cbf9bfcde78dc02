from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    json_type,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.mcp_tool_def_annotations import McpToolDefAnnotations
    from ..models.mcp_tool_def_input_schema import McpToolDefInputSchema

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.mcp_tool_def_annotations import McpToolDefAnnotations  # noqa: F401
    from ..models.mcp_tool_def_input_schema import McpToolDefInputSchema  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "input_schema",
        "name",
        "annotations",
        "description",
    )
)


T = TypeVar("T", bound="McpToolDef")


@_attrs_define
class McpToolDef:
    """One tool discovered on a remote MCP server.

    Attributes:
        input_schema (McpToolDefInputSchema): The server's JSON Schema for the tool, passed through unmodified.
        name (str):
        annotations (McpToolDefAnnotations | Unset):
        description (str | Unset):
    """

    input_schema: McpToolDefInputSchema
    name: str
    annotations: McpToolDefAnnotations | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        input_schema = self.input_schema.to_dict()

        name = self.name

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
                "name": name,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if description is not UNSET:
            field_dict["description"] = description

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
            input_schema = McpToolDefInputSchema.from_dict(src_dict["input_schema"])

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("input_schema", e)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise mismatch("string", name)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("name", e)

        try:
            _annotations = src_dict.get("annotations", UNSET)
            annotations: McpToolDefAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = McpToolDefAnnotations.from_dict(_annotations)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("annotations", e)

        try:
            description = src_dict.get("description", UNSET)
            if (
                type(description) is not str and not isinstance(description, str)
            ) and not isinstance(description, Unset):
                raise mismatch("string", description)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("description", e)

        mcp_tool_def = cls(
            input_schema,
            name,
            annotations,
            description,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            mcp_tool_def.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return mcp_tool_def

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
