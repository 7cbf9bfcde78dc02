"""Checks on parsed jobs, shared by the test modules that parse many of them."""

from __future__ import annotations

from typing import Any

import attrs

import perplexity_async as pa

__all__ = ["assert_no_raw_dicts", "touch_every_accessor"]


def assert_no_raw_dicts(model: Any, where: str = "raw") -> None:
    """Only additional_properties may hold plain JSON; every typed field holds models or values."""
    if isinstance(model, list):
        for index, item in enumerate(model):
            assert_no_raw_dicts(item, f"{where}[{index}]")
        return
    assert not isinstance(model, dict), f"{where} is a raw dict"
    if attrs.has(type(model)):
        for field in attrs.fields(type(model)):
            if field.name != "additional_properties":
                assert_no_raw_dicts(getattr(model, field.name), f"{where}.{field.name}")


def touch_every_accessor(job: pa.Job) -> None:
    """Read every property of ``job``: the conveniences never raise; its repr stays short."""
    for name in (
        "id",
        "model",
        "status",
        "created_at",
        "started_at",
        "completed_at",
        "failed_at",
        "error_message",
        "is_done",
        "response",
        "text",
        "citations",
        "search_results",
        "images",
        "related_questions",
        "usage",
        "cost",
        "raw",
    ):
        getattr(job, name)
    assert len(repr(job)) < 200
