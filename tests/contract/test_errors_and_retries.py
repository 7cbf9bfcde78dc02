"""Status codes become typed errors; transient failures are retried within the policy."""

from __future__ import annotations

import email.utils
import time

import pytest

import perplexity_async as pa
from perplexity_async.testing import Fault, MockServer

from .helpers import Facade, VirtualTime, raises


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, pa.BadRequestError),
        (403, pa.PermissionDeniedError),
        (409, pa.APIStatusError),
        (422, pa.UnprocessableEntityError),
        (429, pa.RateLimitError),
        (500, pa.InternalServerError),
        (503, pa.InternalServerError),
    ],
)
def test_each_status_becomes_its_error(
    kind: str, server: MockServer, status: int, error_type: type[Exception]
) -> None:
    server.add_job("e")
    server.inject(Fault.status(status, retry_after=3))
    api = Facade(kind, server, max_retries=0)
    error = raises(lambda: api.get("e"), error_type)
    assert isinstance(error, pa.APIStatusError)
    assert error.status_code == status and error.job_id == "e"
    assert isinstance(error.body, dict)
    assert error.headers["retry-after"] == "3"
    assert str(status) in str(error)
    if isinstance(error, pa.RateLimitError):
        assert error.retry_after == 3.0
    if isinstance(error, pa.UnprocessableEntityError):
        assert [d.msg for d in error.detail] == ["invalid request id"]


def test_a_wrong_key_is_an_authentication_error_without_retry(
    kind: str, server: MockServer
) -> None:
    server.add_job("a")
    api = Facade(kind, server, api_key="pplx-wrong")
    error = raises(lambda: api.get("a"), pa.AuthenticationError)
    assert "Invalid API key" in str(error)
    assert len(server.requests) == 1 and not server.requests[0].authorized


def test_an_unknown_id_is_not_found_without_retry(kind: str, server: MockServer) -> None:
    raises(lambda: Facade(kind, server).get("missing"), pa.NotFoundError)
    assert len(server.requests) == 1


def test_a_refused_connection_is_an_api_connection_error(kind: str) -> None:
    with MockServer() as gone:
        dead = gone.base_url
    api = Facade(kind, gone, base_url=dead, max_retries=1, vt=VirtualTime())
    error = raises(lambda: api.get("x"), pa.APIConnectionError)
    assert isinstance(error.__cause__, Exception)  # the httpx error is chained


def test_a_stall_longer_than_the_read_timeout_is_a_timeout(kind: str, server: MockServer) -> None:
    server.add_job("s")
    server.inject(Fault.stall(5))
    api = Facade(kind, server, timeout=0.2, max_retries=0)
    error = raises(lambda: api.get("s"), pa.APITimeoutError)
    assert isinstance(error, pa.APIConnectionError)


@pytest.mark.parametrize(
    "fault",
    [
        Fault.status(500),
        Fault.status(502),
        Fault.status(503),
        Fault.status(504),
        Fault.status(408),
        Fault.status(429),
        Fault.disconnect(),
        Fault.truncated(),
    ],
    ids=lambda f: f"{f.kind}-{f.status_code}",
)
def test_transient_failures_are_retried(kind: str, server: MockServer, fault: Fault) -> None:
    server.add_job("t", answer="fine")
    server.inject(fault, fault)
    vt = VirtualTime()
    job = Facade(kind, server, vt=vt).get("t")
    assert job.text == "fine"
    assert len(server.requests) == 3
    assert len(vt.sleeps) == 2
    assert 0.375 <= vt.sleeps[0] <= 0.5 and 0.75 <= vt.sleeps[1] <= 1.0  # 0.5 s doubling, jitter


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_statuses_are_not_retried(kind: str, server: MockServer, status: int) -> None:
    server.add_job("n")
    server.inject(Fault.status(status))
    with pytest.raises(pa.APIStatusError):
        Facade(kind, server, vt=VirtualTime()).get("n")
    assert len(server.requests) == 1


def test_retries_stop_after_max_retries(kind: str, server: MockServer) -> None:
    server.add_job("m")
    server.inject(*[Fault.status(503)] * 5)
    vt = VirtualTime()
    raises(lambda: Facade(kind, server, max_retries=3, vt=vt).get("m"), pa.InternalServerError)
    assert len(server.requests) == 4 and len(vt.sleeps) == 3


@pytest.mark.parametrize(
    ("headers_fault", "expected"),
    [
        (Fault("status", 429, {"Retry-After": "7"}, {"error": {}}), 7.0),
        (Fault("status", 503, {"retry-after-ms": "1500"}, {"error": {}}), 1.5),
        (Fault("status", 429, {"Retry-After": "3600"}, {"error": {}}), 60.0),  # honoured to 60 s
    ],
)
def test_the_servers_retry_after_sets_the_retry_delay(
    kind: str, server: MockServer, headers_fault: Fault, expected: float
) -> None:
    server.add_job("r")
    server.inject(headers_fault)
    vt = VirtualTime()
    Facade(kind, server, vt=vt).get("r")
    assert vt.sleeps == [expected]


def test_retry_after_as_an_http_date(kind: str, server: MockServer) -> None:
    server.add_job("d")
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.inject(Fault("status", 429, {"Retry-After": when}, {"error": {}}))
    vt = VirtualTime()
    Facade(kind, server, vt=vt).get("d")
    assert len(vt.sleeps) == 1 and 25 <= vt.sleeps[0] <= 31


def test_retries_are_logged_at_debug(server: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    server.add_job("l")
    server.inject(Fault.status(502))
    with caplog.at_level("DEBUG", logger="perplexity_async"):
        Facade("sync", server, vt=VirtualTime()).get("l")
    retries = [r for r in caplog.records if r.getMessage().startswith("retry 1 of 2")]
    assert len(retries) == 1 and retries[0].levelname == "DEBUG"
    assert "502" in retries[0].getMessage()
