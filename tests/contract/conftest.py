"""The fixtures every contract module shares: each test runs once per client kind."""

from __future__ import annotations

import pytest

from perplexity_async.testing import MockServer

from .helpers import KINDS, Facade, VirtualTime


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    """``"sync"`` (Client) or ``"async"`` (AsyncClient)."""
    return str(request.param)


@pytest.fixture
def api(kind: str, server: MockServer) -> Facade:
    """Calls through a fresh client of ``kind`` on ``server``, in virtual time (a retry or poll
    sleep takes none)."""
    return Facade(kind, server, vt=VirtualTime())
