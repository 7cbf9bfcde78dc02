"""Argument checks shared by both clients: wrong arguments fail before any request."""

from __future__ import annotations

import math

__all__ = ["check_request_id", "check_seconds"]


def check_request_id(request_id: object) -> str:
    """The id, if it can travel as one path segment (``.`` and ``..`` would be resolved away)."""
    if not isinstance(request_id, str):
        raise TypeError(f"request_id must be a str, got {type(request_id).__name__}")
    if request_id in ("", ".", ".."):
        raise ValueError(f"request_id must be a job id, got {request_id!r}")
    return request_id


def check_seconds(name: str, value: object, *, positive: bool = False) -> float:
    """A finite, non-negative (or positive) number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if math.isnan(value) or math.isinf(value) or value < 0 or (positive and value == 0):
        bound = "> 0" if positive else ">= 0"
        raise ValueError(f"{name} must be a finite number {bound}, got {value!r}")
    return float(value)
