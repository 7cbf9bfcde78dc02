"""The API key never appears in a repr, str, exception, traceback or log line."""

from __future__ import annotations

import logging
import traceback

import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from .conftest import API_KEY


def test_the_key_is_nowhere_in_reprs_errors_tracebacks_or_logs(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.add_job("ok", polls_before_done=1, answer="fine")
    server.add_job("bad", fail="broken")
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):  # every logger, httpx and httpcore included
        client = pa.Client(api_key=API_KEY, base_url=server.base_url, max_retries=1, timeout=0.3)
        texts += [repr(client), str(client), repr(client._core.settings), repr(client._core)]
        texts.append(repr(client.wait_until_done("ok", poll_interval=0.01)))
        server.inject(Fault.status(401), Fault.status(500), Fault.status(500), Fault.malformed())
        server.inject(Fault.stall(2), Fault.stall(2), Fault.status(422), Fault.status(429))
        failures: list[BaseException] = []
        for call in [
            lambda: client.get("ok"),  # 401
            lambda: client.get("ok"),  # 500, retried, 500
            lambda: client.get("ok"),  # malformed
            lambda: client.get("ok"),  # timeouts
            lambda: client.get("ok"),  # 422
            lambda: client.wait_until_done("bad", poll_interval=0.01),  # 429 then FAILED
            lambda: client.get("missing"),
            lambda: pa.Client(api_key=API_KEY + " x"),
        ]:
            try:
                call()
            except Exception as exc:
                failures.append(exc)
        client.close()
    assert [type(e).__name__ for e in failures] == [
        "AuthenticationError",
        "InternalServerError",
        "ResponseValidationError",
        "APITimeoutError",
        "UnprocessableEntityError",
        "JobFailedError",
        "NotFoundError",
        "ValueError",
    ]
    for exc in failures:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
        texts += [repr(vars(exc))]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(r) for r in server.requests]
    assert len(caplog.records) > 10
    leaks = [text for text in texts if API_KEY in text or API_KEY[5:20] in text]
    assert leaks == []
