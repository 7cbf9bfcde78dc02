"""Helpers shared by test modules: checks on parsed jobs, and the CLI run as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import attrs

import perplexity_async as pa
from perplexity_async.testing import MockServer

from .conftest import API_KEY

__all__ = ["assert_no_raw_dicts", "cli", "touch_every_accessor"]


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


def cli(
    server: MockServer, *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """``python -m perplexity_async ARGS`` against ``server`` (its key and URL in the env)."""
    full_env = {
        **os.environ,
        "PERPLEXITY_API_KEY": API_KEY,
        "PERPLEXITY_BASE_URL": server.base_url,
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "perplexity_async", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
