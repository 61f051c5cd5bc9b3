"""Days practised and the gentle streak: one missed day in any seven does not break it."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from securebase.domain import path as p
from securebase.domain.path import PathState

D0 = date(2026, 3, 2)
DAY = timedelta(days=1)


def days(*offsets: int) -> set[date]:
    return {D0 + k * DAY for k in offsets}


def started() -> PathState:
    return p.start_path(PathState(), D0)


def test_every_day_practised():
    s = p.summarise(started(), days(*range(10)), D0 + 9 * DAY)
    assert (s.days_practised, s.streak, s.rest_days_used, s.practised_today) == (10, 10, 0, True)


def test_today_not_yet_practised_is_not_a_miss():
    s = p.summarise(started(), days(*range(9)), D0 + 9 * DAY)
    assert (s.streak, s.rest_days_used, s.practised_today) == (9, 0, False)


def test_one_missed_day_in_a_week_keeps_the_streak():
    practised = days(*range(10)) - days(4)
    s = p.summarise(started(), practised, D0 + 9 * DAY)
    assert (s.streak, s.rest_days_used) == (9, 1)


def test_yesterday_missed_and_today_still_open_keeps_the_streak():
    s = p.summarise(started(), days(*range(8)), D0 + 9 * DAY)
    assert (s.streak, s.rest_days_used) == (8, 1)


def test_two_misses_within_seven_days_end_the_run():
    practised = days(*range(12)) - days(3, 8)  # misses 5 days apart
    s = p.summarise(started(), practised, D0 + 11 * DAY)
    assert s.streak == 7  # days 4..11 except 8
    assert s.rest_days_used == 1
    assert s.days_practised == 10


def test_misses_a_week_apart_are_both_forgiven():
    practised = days(*range(16)) - days(1, 8)  # exactly seven days apart
    s = p.summarise(started(), practised, D0 + 15 * DAY)
    assert (s.streak, s.rest_days_used) == (14, 2)


def test_nothing_practised():
    s = p.summarise(started(), set(), D0 + 5 * DAY)
    assert (s.days_practised, s.streak, s.rest_days_used) == (0, 0, 0)


def test_days_before_the_start_and_paused_days_are_ignored():
    state = p.pause_path(started(), D0 + 2 * DAY)  # days 3..5 paused
    state = p.resume_path(state, D0 + 6 * DAY)
    practised = days(-3, -2, -1, 0, 1, 2, 4, 6, 7)  # 4 is a paused day
    s = p.summarise(state, practised, D0 + 7 * DAY)
    assert s.days_practised == 5  # 0, 1, 2, 6, 7
    assert (s.streak, s.rest_days_used) == (5, 0)  # the pause is not a gap


def _windows_ok(counted: list[date], practised: set[date], first: int, last: int) -> bool:
    misses = [i for i in range(first, last + 1) if counted[i] not in practised]
    return all(b - a >= p.GRACE_WINDOW for a, b in zip(misses, misses[1:], strict=False))


history = st.lists(st.booleans(), min_size=1, max_size=60)


@given(history)
def test_streak_is_the_longest_forgiving_run_ending_now(flags):
    """Brute force: the streak counts the practised days of the longest stretch that
    ends today (or yesterday when today is still open) with at most one missed day in
    any seven counted days."""
    today = D0 + (len(flags) - 1) * DAY
    practised = {D0 + i * DAY for i, f in enumerate(flags) if f}
    s = p.summarise(started(), practised, today)
    counted = started().counted_days(today)
    last = len(counted) - 1 if flags[-1] else len(counted) - 2
    best = 0
    for first in range(last, -1, -1):
        if not _windows_ok(counted, practised, first, last):
            break
        best = max(best, sum(1 for d in counted[first:last + 1] if d in practised))
    assert s.streak == best
    assert s.days_practised == sum(flags)
    assert s.streak <= s.days_practised


@given(history, st.integers(min_value=0, max_value=59))
def test_practising_more_never_shortens_the_streak(flags, extra):
    today = D0 + (len(flags) - 1) * DAY
    practised = {D0 + i * DAY for i, f in enumerate(flags) if f}
    before = p.summarise(started(), practised, today).streak
    more = practised | {D0 + (extra % len(flags)) * DAY}
    assert p.summarise(started(), more, today).streak >= before


@given(st.integers(min_value=7, max_value=60))
def test_one_rest_day_a_week_never_breaks_the_streak(length):
    practised = {D0 + i * DAY for i in range(length) if i % 7 != 3}
    today = D0 + (length - 1) * DAY
    s = p.summarise(started(), practised, today)
    assert s.streak == len(practised)
