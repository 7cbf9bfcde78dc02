"""Submit pacing (_pacing.SubmitPacer), in virtual time against simulated rate-limited servers."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from perplexity_async._core import _pacing
from perplexity_async._core._pacing import MIN_RATE, PROBE_AFTER, SubmitPacer


def submit_all(
    pacer: SubmitPacer,
    n: int,
    server: Callable[[float], float | None],
    *,
    rtt: float = 0.05,
    until: float = 1e6,
) -> tuple[list[float], int]:
    """One submit at a time (the sync runner): the accept times, and how many 429s came.
    ``server(now)`` is None when it accepts, else the Retry-After it sends (NaN: none)."""
    accepted, refused, now = [], 0, 0.0
    while len(accepted) < n and now < until:
        now = max(now, pacer.next_submit_at(now))
        pacer.on_submitted(now)
        answer = server(now)
        now += rtt
        if answer is None:
            accepted.append(now - rtt)
        else:
            refused += 1
            pacer.on_rate_limited(now, None if math.isnan(answer) else answer)
    return accepted, refused


def fixed_window(limit: int, window: float = 60.0) -> Callable[[float], float | None]:
    """``limit`` submits per calendar window; a 429 says how long until the next one."""
    counts: dict[int, int] = {}

    def server(now: float) -> float | None:
        slot = int(now // window)
        if counts.get(slot, 0) >= limit:
            return (slot + 1) * window - now
        counts[slot] = counts.get(slot, 0) + 1
        return None

    return server


def token_bucket(per_minute: float, burst: int) -> Callable[[float], float | None]:
    state = {"tokens": float(burst), "at": 0.0}

    def server(now: float) -> float | None:
        state["tokens"] = min(burst, state["tokens"] + (now - state["at"]) * per_minute / 60)
        state["at"] = now
        if state["tokens"] < 1:
            return (1 - state["tokens"]) * 60 / per_minute
        state["tokens"] -= 1
        return None

    return server


def max_in_any_window(times: list[float], window: float = 60.0) -> int:
    return max(sum(1 for u in times if t <= u < t + window) for t in times)


# -- adaptive (the default) ---------------------------------------------------------------------


def test_no_limit_before_the_first_429() -> None:
    pacer = SubmitPacer()
    for t in (0.0, 0.0, 0.001, 0.002):
        assert pacer.next_submit_at(t) == t
        pacer.on_submitted(t)
    assert pacer.rate is None


def test_the_first_429_pauses_as_told_then_holds_the_rate_the_server_allowed() -> None:
    pacer = SubmitPacer()
    for t in (0.0, 0.1, 0.2, 0.3, 0.4):
        pacer.on_submitted(t)
    pacer.on_submitted(0.5)
    assert pacer.on_rate_limited(0.55, 59.45) == 60.0  # the refused item goes again at 60
    assert pacer.rate == pytest.approx(5.0)  # 5 accepted over 60 s: 5 a minute
    assert pacer.next_submit_at(1.0) == 60.0
    pacer.on_submitted(60.0)
    assert pacer.next_submit_at(60.1) == pytest.approx(72.0)  # evenly spaced


def test_against_a_tier0_server_few_429s_and_never_over_its_limit() -> None:
    accepted, refused = submit_all(SubmitPacer(), 100, fixed_window(5))
    assert len(accepted) == 100
    # Measured: 4 refused POSTs, the last accepted at 19.8 min (the 20th calendar minute: as
    # soon as the server allows), at most 6 in any sliding minute.
    assert accepted[-1] < 20 * 60
    assert refused <= 1 + 100 // PROBE_AFTER
    assert max_in_any_window(accepted) <= 6


def test_against_a_bursty_token_bucket_the_rate_converges() -> None:
    accepted, refused = submit_all(SubmitPacer(), 60, token_bucket(per_minute=10, burst=5))
    assert len(accepted) == 60
    # 5 at once, then 10 a minute: 55 more need 5.5 minutes
    assert accepted[-1] < 7 * 60
    assert refused <= 8


def test_concurrent_429s_in_one_pause_extend_it_but_learn_once() -> None:
    pacer = SubmitPacer()
    for t in (0.0, 0.0, 0.0, 0.0):
        pacer.on_submitted(t)
    pacer.on_rate_limited(0.1, 10.0)
    rate = pacer.rate
    assert pacer.on_rate_limited(0.2, 20.0) == 20.2
    assert pacer.on_rate_limited(0.3, None) == 20.2  # no word: nothing changes
    assert pacer.on_rate_limited(0.3, 1.0) == 20.2  # a shorter word never shortens it
    assert pacer.rate == rate


def test_a_429_with_no_submit_accepted_halves_the_rate_down_to_a_floor() -> None:
    pacer = SubmitPacer()
    for t in (0.0, 1.0, 2.0):
        pacer.on_submitted(t)
    now = pacer.on_rate_limited(2.5, 57.5)  # 2 accepted in 60 s: 2 a minute
    assert pacer.rate == pytest.approx(2.0)
    pacer.on_submitted(now)
    now = pacer.on_rate_limited(now, 30.0)  # refused again: another client on the account?
    assert pacer.rate == pytest.approx(1.0)
    pacer.on_submitted(now)
    pacer.on_rate_limited(now, 30.0)
    assert pacer.rate == MIN_RATE  # never slower than one a minute


def test_a_429_without_retry_after_backs_off_doubling_to_a_minute() -> None:
    pacer, now, pauses = SubmitPacer(), 0.0, []
    for _ in range(8):
        now = pacer.next_submit_at(now)
        pacer.on_submitted(now)
        resume = pacer.on_rate_limited(now, None)
        pauses.append(resume - now)
        now = resume
    assert pauses == [1, 2, 4, 8, 16, 32, 60, 60]
    assert pacer.rate is None  # nothing was ever accepted: nothing to learn


def test_an_accepted_submit_restarts_the_backoff() -> None:
    pacer = SubmitPacer()
    pacer.on_submitted(0.0)
    assert pacer.on_rate_limited(0.0, None) == 1.0
    pacer.on_submitted(1.0)
    assert pacer.on_rate_limited(1.0, None) == 3.0
    pacer.on_submitted(3.0)
    pacer.on_submitted(3.5)  # accepted
    assert pacer.on_rate_limited(4.0, None) == 5.0  # 1 s again


def test_retry_after_is_capped_at_a_minute() -> None:
    pacer = SubmitPacer()
    pacer.on_submitted(0.0)
    assert pacer.on_rate_limited(0.0, 86400.0) == 60.0


def test_the_held_rate_probes_upward_slowly() -> None:
    pacer = SubmitPacer()
    pacer.on_submitted(0.0)
    pacer.on_submitted(0.0)
    now = pacer.on_rate_limited(0.0, 60.0)
    assert pacer.rate == pytest.approx(1.0)
    for _ in range(PROBE_AFTER - 1):
        pacer.on_submitted(now)
        now = pacer.next_submit_at(now)
    assert pacer.rate == pytest.approx(1.0)
    pacer.on_submitted(now)
    assert pacer.rate == pytest.approx(1.1)


# -- the fixed ceiling ------------------------------------------------------------------------


def test_submit_rate_spaces_submits_evenly() -> None:
    pacer = SubmitPacer(submit_rate=30)
    assert pacer.next_submit_at(5.0) == 5.0
    pacer.on_submitted(5.0)
    assert pacer.next_submit_at(5.5) == 7.0
    pacer.on_submitted(9.0)  # late: the next is 2 s after it, no burst to catch up
    assert pacer.next_submit_at(9.0) == 11.0


def test_a_ceiling_at_the_servers_limit_never_meets_a_429() -> None:
    accepted, refused = submit_all(SubmitPacer(submit_rate=5), 30, fixed_window(5))
    assert refused == 0 and len(accepted) == 30
    assert max_in_any_window(accepted) == 5


def test_a_ceiling_above_the_servers_limit_still_obeys_its_429s_and_caps_probing() -> None:
    accepted, refused = submit_all(SubmitPacer(submit_rate=6), 40, fixed_window(5))
    assert len(accepted) == 40 and refused >= 1
    pacer = SubmitPacer(submit_rate=2)
    pacer.on_submitted(0.0)
    pacer.on_submitted(0.0)
    now = pacer.on_rate_limited(0.0, 30.0)  # learned 4 a minute: the ceiling still rules
    assert pacer.rate == 2.0
    for _ in range(3 * PROBE_AFTER):
        pacer.on_submitted(now)
        now = pacer.next_submit_at(now)
    assert pacer.rate == 2.0


@pytest.mark.parametrize(
    ("rate", "error", "match"),
    [
        (0, ValueError, "> 0"),
        (-1, ValueError, "> 0"),
        (math.inf, ValueError, "finite"),
        (math.nan, ValueError, "finite"),
        ("5", TypeError, "number per minute"),
        (True, TypeError, "number per minute"),
    ],
)
def test_a_bad_submit_rate_fails_clearly(rate: object, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        SubmitPacer(submit_rate=rate)  # type: ignore[arg-type]


def test_the_module_documents_its_api() -> None:
    assert "SubmitPacer" in _pacing.__all__ and "Example" in (SubmitPacer.__doc__ or "")
