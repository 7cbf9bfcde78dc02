"""The batch's sans-I/O decisions on their own (no sockets, no clock): what a failed submit means
for an idempotent create (Sonar) and one that is not (Agent API runs), the 429 floor, the budget."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import perplexity_async as pa
from perplexity_async._batch._run import CostBudget
from perplexity_async._core._pacing import MIN_PAUSE, SubmitPacer
from perplexity_async._core._retry import nothing_sent, submit_verdict
from perplexity_async._transports._response import transport_error


def status(code: int, **headers: str) -> pa.APIStatusError:
    classes: dict[int, type[pa.APIStatusError]] = {
        401: pa.AuthenticationError,
        403: pa.PermissionDeniedError,
        404: pa.NotFoundError,
        422: pa.UnprocessableEntityError,
        500: pa.InternalServerError,
    }
    options: dict[str, Any] = {"status_code": code, "body": None, "headers": headers}
    if code == 429:
        return pa.RateLimitError("slow down", retry_after=None, **options)
    if code == 422:
        return pa.UnprocessableEntityError("HTTP 422", detail=[], **options)
    return classes.get(code, pa.APIStatusError)(f"HTTP {code}", **options)


def connection(cause: httpx.HTTPError) -> pa.APIConnectionError:
    """The error the SDK makes of ``cause`` (it knows whether the request was sent)."""
    error = transport_error(cause, None)
    assert isinstance(error, pa.APIConnectionError)
    error.__cause__ = cause
    return error


def malformed() -> pa.ResponseValidationError:
    return pa.ResponseValidationError(
        "not JSON", body=b"{", path=None, status_code=200, job_id=None
    )


# (error, verdict for an idempotent submit, verdict for one that is not)
TABLE = [
    (lambda: status(429), "pause", "pause"),
    (lambda: status(401), "stop", "stop"),
    (lambda: status(403), "stop", "stop"),
    (lambda: status(400), "rejected", "rejected"),
    (lambda: status(402), "rejected", "rejected"),
    (lambda: status(404), "stop", "stop"),  # the create's URL itself: not the API's?
    (lambda: status(405), "stop", "stop"),
    (lambda: status(413), "rejected", "rejected"),
    (lambda: status(422), "rejected", "rejected"),
    (lambda: status(408), "retry", "unknown"),
    (lambda: status(500), "retry", "unknown"),
    (lambda: status(502), "retry", "unknown"),
    (lambda: status(503), "retry", "unknown"),
    (lambda: status(504), "retry", "unknown"),
    (lambda: connection(httpx.ConnectError("refused")), "retry", "retry"),
    (lambda: connection(httpx.ConnectTimeout("no SYN-ACK")), "retry", "retry"),
    (lambda: connection(httpx.PoolTimeout("no free connection")), "retry", "retry"),
    (lambda: connection(httpx.ReadTimeout("sent, no answer")), "retry", "unknown"),
    (lambda: connection(httpx.RemoteProtocolError("closed mid-answer")), "retry", "unknown"),
    (lambda: connection(httpx.WriteError("cut mid-request")), "retry", "unknown"),
    (lambda: pa.APIConnectionError("no cause known"), "retry", "unknown"),
    (malformed, "stop", "unknown"),
]


@pytest.mark.parametrize(("make", "idempotent", "not_idempotent"), TABLE)
def test_the_submit_decision_table(make: Any, idempotent: str, not_idempotent: str) -> None:
    error = make()
    assert submit_verdict(error, idempotent=True) == idempotent
    assert submit_verdict(error, idempotent=False) == not_idempotent


def test_only_a_connection_never_made_certainly_sent_nothing() -> None:
    assert nothing_sent(connection(httpx.ConnectError("refused")))
    assert not nothing_sent(connection(httpx.ReadError("reset")))
    assert not nothing_sent(status(503))


def test_a_429_without_a_usable_delay_waits_at_least_half_a_second_doubling() -> None:
    for unusable in (0.0, None):
        pacer, now, pauses = SubmitPacer(), 0.0, []
        for _ in range(4):
            pacer.on_submitted(now)
            resume = pacer.on_rate_limited(now, unusable)
            pauses.append(resume - now)
            now = resume
        assert pauses == [1, 2, 4, 8]
    pacer, now, pauses = SubmitPacer(), 0.0, []
    for _ in range(4):  # a tiny Retry-After (retry-after-ms: 1) is floored, doubling too
        pacer.on_submitted(now)
        resume = pacer.on_rate_limited(now, 0.001)
        pauses.append(resume - now)
        now = resume
    assert pauses == [MIN_PAUSE, 1, 2, 4]


def test_a_transient_submit_failure_backs_off_capped_and_an_answer_resets_it() -> None:
    pacer, now, delays = SubmitPacer(), 0.0, []
    for _ in range(7):
        at = pacer.on_failed(now, None)
        assert pacer.next_submit_at(now) == at
        delays.append(at - now)
        now = at
    assert delays == [0.5, 1, 2, 4, 8, 8, 8]
    assert pacer.on_failed(now, 30.0) == now + 30.0  # the server's word, up to 60 s
    pacer.on_accepted()
    assert pacer.next_submit_at(now) == now
    assert pacer.on_failed(now, None) == now + 0.5


def test_a_transient_submit_failure_asking_no_delay_is_floored_doubling() -> None:
    for unusable in (0.0, 0.001):  # Retry-After: 0 or a date already past (clamped to 0)
        pacer, now, delays = SubmitPacer(), 0.0, []
        for _ in range(6):
            at = pacer.on_failed(now, unusable, jitter=0.99)
            delays.append(at - now)
            now = at
        assert delays == [MIN_PAUSE, 1, 2, 4, 8, 8]


def test_the_budget_counts_in_flight_items_at_the_dearest_seen_or_the_estimate() -> None:
    assert CostBudget(None).allows(in_flight=10**6)
    unknown = CostBudget(1.0)
    assert unknown.allows(0) and not unknown.allows(1)  # one at a time until a cost is known
    unknown.spent = 1.0
    assert not unknown.allows(0)
    budget = CostBudget(1.0, spent=0.5, highest=0.2)
    assert budget.allows(1) and not budget.allows(2)  # 0.5 + 2 x 0.2 fits; 3 x 0.2 does not
    estimated = CostBudget(1.0, spent=0.5, highest=0.05, estimate=0.25)
    assert estimated.allows(0) and estimated.allows(1) and not estimated.allows(2)
    budget.on_cost(0.3)
    assert budget.spent == pytest.approx(0.8) and budget.highest == 0.3
    assert budget.remaining == pytest.approx(0.2)
    budget.on_cost(None)  # a failed job reports no cost: nothing learned
    assert budget.highest == 0.3


def test_the_budget_counts_unknown_and_lost_items_at_the_dearest_seen_or_the_estimate() -> None:
    budget = CostBudget(1.0, spent=0.4, highest=0.2)
    assert budget.allows(in_flight=1)  # 0.4 + 2 x 0.2
    budget.on_cost(None, maybe_paid=True)  # an UNKNOWN or LOST item: no cost, maybe paid
    assert budget.counted == pytest.approx(0.6) and budget.remaining == pytest.approx(0.4)
    assert budget.allows(in_flight=1) and not budget.allows(in_flight=2)
    budget.on_cost(None)  # a FAILED or REJECTED one without a cost: nothing counted
    assert budget.counted == pytest.approx(0.6)
    estimated = CostBudget(1.0, estimate=0.5, unpriced=2)
    assert estimated.counted == 1.0 and not estimated.allows(in_flight=0)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"max_cost": -1}, ValueError),
        ({"max_cost": float("nan")}, ValueError),
        ({"max_cost": "5"}, TypeError),
        ({"max_cost": True}, TypeError),
        ({"max_cost": 1, "estimate": float("inf")}, ValueError),
    ],
)
def test_a_bad_budget_is_refused(options: dict[str, Any], error: type[Exception]) -> None:
    max_cost = options.pop("max_cost")
    with pytest.raises(error):
        CostBudget(max_cost, **options)
