"""Local days with a day-end hour, across time zones and daylight-saving switches,
driven by a FakeClock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securebase.domain import path as p
from securebase.domain.clock import FakeClock

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = [ZoneInfo(z) for z in ("Europe/London", "America/New_York", "Asia/Shanghai",
                               "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham",
                               "Asia/Kolkata", "UTC")]


def test_late_night_counts_for_the_evening_before():
    clock = FakeClock(datetime(2026, 6, 10, 23, 30, tzinfo=LONDON))
    assert p.local_day(clock.now()) == date(2026, 6, 10)
    clock.advance(2 * 3600)  # 01:30 the next calendar day
    assert p.local_day(clock.now()) == date(2026, 6, 10)
    clock.advance(2.5 * 3600)  # 04:00: the new day begins
    assert p.local_day(clock.now()) == date(2026, 6, 11)


def test_day_end_hour_is_the_users_choice():
    at = datetime(2026, 6, 11, 2, 0, tzinfo=NEW_YORK)
    assert p.local_day(at, 0) == date(2026, 6, 11)
    assert p.local_day(at, 2) == date(2026, 6, 11)
    assert p.local_day(at, 3) == date(2026, 6, 10)


def test_local_day_uses_the_users_zone_not_utc():
    at = datetime(2026, 6, 11, 3, 0, tzinfo=UTC)  # 23:00 the evening before in New York
    assert p.local_day(at, 4, NEW_YORK) == date(2026, 6, 10)
    assert p.local_day(at, 0, NEW_YORK) == date(2026, 6, 10)
    assert p.local_day(at, 0) == date(2026, 6, 11)


def test_naive_moments_are_refused():
    with pytest.raises(ValueError):
        p.local_day(datetime(2026, 6, 11, 3, 0))


@pytest.mark.parametrize(("zone", "switch", "hours"), [
    (LONDON, date(2026, 3, 29), 23),  # clocks go forward at 01:00
    (LONDON, date(2026, 10, 25), 25),  # back at 02:00
    (NEW_YORK, date(2026, 3, 8), 23),
    (NEW_YORK, date(2026, 11, 1), 25),
])
def test_daylight_saving_days_are_one_day_of_23_or_25_hours(zone, switch, hours):
    # the day that contains the switch night runs from 04:00 the day before
    start, end = p.day_bounds(switch - timedelta(days=1), 4, zone)
    assert (end - start) == timedelta(hours=hours)
    assert start.astimezone(zone).hour == 4 and end.astimezone(zone).hour == 4


@pytest.mark.parametrize(("zone", "switch"), [
    (LONDON, date(2026, 3, 29)), (LONDON, date(2026, 10, 25)),
    (NEW_YORK, date(2026, 3, 8)), (NEW_YORK, date(2026, 11, 1)),
])
def test_path_day_advances_once_per_local_day_across_the_switch(zone, switch):
    """A FakeClock walking in 30-minute steps through a DST night: the path day
    changes exactly at 04:00 local, once, never twice or not at all."""
    state = p.start_path(p.PathState(), switch - timedelta(days=3))
    clock = FakeClock(datetime(switch.year, switch.month, switch.day, 0, 0, tzinfo=zone)
                      - timedelta(days=1))
    seen = []
    for _ in range(2 * 72):
        day = p.local_day(clock.now(), 4, zone)
        number = p.progress(state, day).day
        if not seen or seen[-1][0] != number:
            seen.append((number, clock.now().astimezone(zone).time()))
        clock.advance(1800)
    numbers = [n for n, _ in seen]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert all(at == time(4, 0) for _, at in seen[1:])


aware = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 12, 31),
                     timezones=st.just(UTC))


@given(moment=aware, zone=st.sampled_from(ZONES), hour=st.integers(0, 12))
def test_every_moment_falls_inside_the_bounds_of_its_day(moment, zone, hour):
    day = p.local_day(moment, hour, zone)
    start, end = p.day_bounds(day, hour, zone)
    assert start <= moment < end


@given(moment=aware, zone=st.sampled_from(ZONES), hour=st.integers(0, 12),
       step=st.integers(min_value=1, max_value=3 * 24 * 3600))
def test_local_days_never_go_backwards(moment, zone, hour, step):
    later = moment + timedelta(seconds=step)
    assert p.local_day(later, hour, zone) >= p.local_day(moment, hour, zone)


@given(day=st.dates(min_value=date(2000, 1, 2), max_value=date(2040, 12, 30)),
       zone=st.sampled_from(ZONES), hour=st.integers(0, 12))
def test_consecutive_days_meet_without_gap_or_overlap(day, zone, hour):
    _, end = p.day_bounds(day, hour, zone)
    start_next, _ = p.day_bounds(day + timedelta(days=1), hour, zone)
    assert end == start_next
    assert p.local_day(end, hour, zone) == day + timedelta(days=1)
    assert p.local_day(end - timedelta(microseconds=1), hour, zone) == day


@given(moment=aware, hour=st.integers(0, 12))
def test_a_fixed_offset_and_its_named_zone_agree(moment, hour):
    """SystemClock gives a fixed-offset zone; the day must be the same as in the named zone."""
    local = moment.astimezone(LONDON)
    fixed = local.astimezone(timezone(local.utcoffset()))
    assert p.local_day(fixed, hour) == p.local_day(local, hour)


# ---------------------------------------------------------------------- reminders
def test_reminder_fires_once_a_day_in_its_window():
    clock = FakeClock(datetime(2026, 6, 10, 19, 59, tzinfo=LONDON))
    at = time(20, 0)
    assert not p.reminder_due(at, clock.now(), None)
    clock.advance(60)
    assert p.reminder_due(at, clock.now(), None)
    assert not p.reminder_due(at, clock.now(), date(2026, 6, 10))  # already reminded
    assert not p.reminder_due(at, clock.now(), None, quiet_on=date(2026, 6, 10))  # practised
    clock.advance(2 * 3600)
    assert not p.reminder_due(at, clock.now(), None)  # too late: stay quiet
    assert not p.reminder_due(None, clock.now(), None)
