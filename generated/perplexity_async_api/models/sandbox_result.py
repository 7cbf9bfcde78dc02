from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_result_status import SandboxResultStatus
from ..types import (
    ParseError,
    at,
    json_type,
    mismatch,
)

# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "duration_ms",
        "exit_code",
        "status",
        "stderr",
        "stdout",
    )
)


T = TypeVar("T", bound="SandboxResult")


@_attrs_define
class SandboxResult:
    """One sandbox execution result. `status` describes whether the sandbox runner completed, failed, or timed out.
    `exit_code` is the program exit code, so `status: completed` can still have a non-zero `exit_code`.

        Attributes:
            duration_ms (int):
            exit_code (int):
            status (SandboxResultStatus):
            stderr (str):
            stdout (str):
    """

    duration_ms: int
    exit_code: int
    status: SandboxResultStatus
    stderr: str
    stdout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_ms = self.duration_ms

        exit_code = self.exit_code

        status = self.status.value

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration_ms": duration_ms,
                "exit_code": exit_code,
                "status": status,
                "stderr": stderr,
                "stdout": stdout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            duration_ms = src_dict["duration_ms"]
            if type(duration_ms) is not int and (
                not isinstance(duration_ms, int) or isinstance(duration_ms, bool)
            ):
                raise mismatch("integer", duration_ms)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("duration_ms", e)

        try:
            exit_code = src_dict["exit_code"]
            if type(exit_code) is not int and (
                not isinstance(exit_code, int) or isinstance(exit_code, bool)
            ):
                raise mismatch("integer", exit_code)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("exit_code", e)

        try:
            _status = src_dict["status"]
            _status_member = (
                SandboxResultStatus._by_value.get(_status)
                if type(_status) is str
                else None
            )
            status: SandboxResultStatus
            if _status_member is not None:
                status = _status_member
            else:
                status = SandboxResultStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("status", e)

        try:
            stderr = src_dict["stderr"]
            if type(stderr) is not str and not isinstance(stderr, str):
                raise mismatch("string", stderr)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("stderr", e)

        try:
            stdout = src_dict["stdout"]
            if type(stdout) is not str and not isinstance(stdout, str):
                raise mismatch("string", stdout)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("stdout", e)

        sandbox_result = cls(
            duration_ms,
            exit_code,
            status,
            stderr,
            stdout,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            sandbox_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sandbox_result

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
