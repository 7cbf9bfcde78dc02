"""Shared fixtures: one embedded server per test, on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from perplexity_async.testing import MockServer

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "pplx-test-secret-key-0123456789"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(api_key=API_KEY) as running:
        yield running
