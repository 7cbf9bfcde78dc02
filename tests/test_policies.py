"""The sans-I/O policies on their own: no sockets, no clock."""

from __future__ import annotations

import email.utils

import pytest

from perplexity_async._core._retry import RetryPolicy, retry_after_seconds
from perplexity_async._core._wait import PollSchedule


def test_backoff_doubles_from_half_a_second_to_eight_with_jitter_below() -> None:
    policy = RetryPolicy(max_retries=10)
    assert [policy.delay(n, None, 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [policy.delay(n, None, 0.999) for n in range(2)] == pytest.approx([0.375, 0.75], 0.01)


def test_the_servers_wait_wins_up_to_sixty_seconds() -> None:
    policy = RetryPolicy()
    assert policy.delay(0, 12.0, 0.5) == 12.0
    assert policy.delay(3, 0.0, 0.5) == 0.0
    assert policy.delay(0, 600.0, 0.5) == 60.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "5"}, 5.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),  # unreadable ms: the seconds
        ({"retry-after": email.utils.formatdate(1_000_020, usegmt=True)}, 20.0),
        ({"retry-after": email.utils.formatdate(999_000, usegmt=True)}, 0.0),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_forms(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(headers, now=1_000_000.0) == expected


def test_the_schedule_grows_caps_and_lands_on_the_deadline() -> None:
    schedule = PollSchedule(timeout=20, poll_interval=2, max_poll_interval=5, start=100.0)
    now, sleeps = 100.0, []
    while (delay := schedule.next_sleep(now)) is not None:
        sleeps.append(delay)
        now += delay
    assert sleeps == [2.0, 3.0, 4.5, 5.0, 5.0, 0.5]
    assert now == 120.0


def test_no_timeout_never_ends_and_retry_after_replaces_one_sleep() -> None:
    schedule = PollSchedule(timeout=None, poll_interval=1, max_poll_interval=2, start=0.0)
    assert schedule.deadline is None
    assert [schedule.next_sleep(1e9), schedule.next_sleep(1e9, 30.0), schedule.next_sleep(2e9)] == [
        1.0,
        30.0,
        1.5,
    ]


def test_a_zero_timeout_polls_once() -> None:
    schedule = PollSchedule(timeout=0, poll_interval=1, max_poll_interval=1, start=5.0)
    assert schedule.next_sleep(5.0) is None
