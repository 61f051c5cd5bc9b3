"""Trend maths on hand-made series: daily and rolling means, ranges, the path's steps in
the calendar, daylight-saving days, and empty input."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from securebase.domain import trend_regions as rg
from securebase.domain import trends as t
from securebase.domain.path import PathState, Pause

LONDON = ZoneInfo("Europe/London")
UTC_PLUS_2 = timezone(timedelta(hours=2))


def m(day: date, intensity: int, hour: int = 12, tz=LONDON, **kw) -> t.Moment:
    return t.Moment(datetime(day.year, day.month, day.day, hour, 0, tzinfo=tz), intensity, **kw)


D = date(2026, 3, 2)  # a Monday


# ---------------------------------------------------------------------- daily and rolling
def test_daily_means_group_moments_by_their_local_day():
    moments = [m(D, 4, 9), m(D, 8, 21), m(D + timedelta(days=2), 5)]
    daily = t.daily_means(moments)
    assert [(d.day, d.mean, d.count) for d in daily] == [(D, 6.0, 2), (D + timedelta(days=2),
                                                                       5.0, 1)]


def test_rolling_mean_averages_every_moment_of_the_last_seven_days():
    # day 0: 2 and 4; day 3: 9; day 8: 1 (day 0 has left the window by then)
    moments = [m(D, 2), m(D, 4), m(D + timedelta(days=3), 9), m(D + timedelta(days=8), 1)]
    rolling = dict(t.rolling_means(t.daily_means(moments)))
    assert rolling[D] == pytest.approx(3.0)
    assert rolling[D + timedelta(days=3)] == pytest.approx(5.0)  # (2 + 4 + 9) / 3
    assert rolling[D + timedelta(days=6)] == pytest.approx(5.0)  # day 0 still inside
    assert rolling[D + timedelta(days=7)] == pytest.approx(9.0)  # day 0 left
    assert rolling[D + timedelta(days=8)] == pytest.approx(5.0)  # 9 and 1
    assert len(rolling) == 9  # one value for every calendar day


def test_rolling_mean_breaks_over_a_long_gap_and_honours_the_bounds():
    moments = [m(D, 6), m(D + timedelta(days=20), 2)]
    rolling = t.rolling_means(t.daily_means(moments), D - timedelta(days=2),
                              D + timedelta(days=21))
    values = dict(rolling)
    assert values[D - timedelta(days=2)] is None
    assert values[D + timedelta(days=6)] == 6.0
    assert values[D + timedelta(days=7)] is None  # nothing in the window: the line breaks
    assert values[D + timedelta(days=21)] == 2.0
    assert rolling[0][0] == D - timedelta(days=2) and rolling[-1][0] == D + timedelta(days=21)


def test_rolling_mean_of_a_shorter_window():
    daily = t.daily_means([m(D, 2), m(D + timedelta(days=1), 6)])
    assert dict(t.rolling_means(daily, window=1))[D + timedelta(days=1)] == 6.0
    with pytest.raises(ValueError):
        t.rolling_means(daily, window=0)


def test_empty_input_gives_empty_series():
    assert t.daily_means([]) == []
    assert t.rolling_means([]) == []
    assert t.before_after([]) == []
    assert t.regulation_effects([]) == []
    assert t.overall_effect([]) is None
    assert t.by_category([]) == []
    assert t.hour_weekday([]) == [[0] * 24 for _ in range(7)]
    assert rg.region_counts([]) == []
    assert set(rg.area_counts([]).values()) == {0}
    assert t.calm_buckets([]) == []
    assert t.calm_overall([]) is None
    assert t.step_means([], []) == []
    assert t.filter_moments([], t.Period(D, D)) == []


# ---------------------------------------------------------------------- daylight saving
def test_daylight_saving_days_are_still_single_days():
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)  # 23 and 25 hours in London
    moments = []
    for day in (spring, autumn):
        moments.append(t.Moment(datetime(day.year, day.month, day.day, 0, 30, tzinfo=LONDON), 2))
        moments.append(t.Moment(datetime(day.year, day.month, day.day, 23, 30, tzinfo=LONDON), 6))
    daily = {d.day: (d.mean, d.count) for d in t.daily_means(moments)}
    assert daily == {spring: (4.0, 2), autumn: (4.0, 2)}


def test_both_one_thirties_of_the_autumn_switch_count_in_the_one_oclock_hour():
    early = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)  # BST
    late = datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=LONDON)  # GMT, an hour later
    assert early.utcoffset() != late.utcoffset()
    grid = t.hour_weekday([t.Moment(early, 5), t.Moment(late, 5)])
    assert grid[6][1] == 2  # Sunday, 01:00-02:00


def test_a_seven_day_window_across_a_switch_is_seven_calendar_days():
    first = date(2026, 3, 26)  # the window 26 March - 1 April holds the 23-hour day
    moments = [m(first + timedelta(days=i), 7 if i == 0 else 1) for i in range(8)]
    rolling = dict(t.rolling_means(t.daily_means(moments)))
    assert rolling[first + timedelta(days=6)] == pytest.approx((7 + 6) / 7)
    assert rolling[first + timedelta(days=7)] == pytest.approx(1.0)


def test_weeks_start_on_monday_across_a_switch():
    sunday_after_switch = date(2026, 3, 29)
    assert t.bucket_start(sunday_after_switch) == date(2026, 3, 23)
    assert t.bucket_start(date(2026, 3, 30)) == date(2026, 3, 30)
    assert t.bucket_start(date(2026, 3, 30), t.Bucket.MONTH) == date(2026, 3, 1)


def test_wall_days_read_the_local_clock():
    here = datetime(1970, 1, 2, 6, 0, tzinfo=UTC_PLUS_2)
    assert t.wall_days(here) == pytest.approx(1.25)
    assert t.wall_days(date(1970, 1, 11)) == 10.0


# ---------------------------------------------------------------------- ranges
@pytest.mark.parametrize(("range_", "first"), [
    (t.Range.TWO_WEEKS, date(2026, 3, 18)),
    (t.Range.THREE_MONTHS, date(2026, 1, 1)),
    (t.Range.YEAR, date(2025, 4, 1)),
])
def test_ranges_end_today(range_, first):
    period = t.period_for(range_, date(2026, 3, 31))
    assert (period.first, period.last) == (first, date(2026, 3, 31))


def test_three_months_before_the_end_of_may_clamps_to_february():
    assert t.add_months(date(2026, 5, 31), -3) == date(2026, 2, 28)
    assert t.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert t.add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_all_time_starts_at_the_earliest_entry_and_reaches_an_entry_ahead():
    period = t.period_for(t.Range.ALL, date(2026, 3, 31), earliest=date(2019, 6, 1),
                          latest=date(2026, 4, 1))
    assert (period.first, period.last) == (date(2019, 6, 1), date(2026, 4, 1))
    assert t.period_for(t.Range.ALL, date(2026, 3, 31)).days == 1


def test_the_path_range_covers_the_six_steps_or_the_last_fifty_days():
    today = date(2026, 3, 20)
    started = PathState(start=date(2026, 3, 10))
    period = t.period_for(t.Range.PATH, today, started)
    assert (period.first, period.last) == (date(2026, 3, 10), date(2026, 4, 28))
    not_started = t.period_for(t.Range.PATH, today, PathState())
    assert (not_started.first, not_started.days) == (date(2026, 1, 30), 50)


def test_filter_by_period_and_category():
    moments = [m(D, 1, category="conflict"), m(D + timedelta(days=1), 2),
               m(D + timedelta(days=5), 3, category="conflict")]
    period = t.Period(D, D + timedelta(days=1))
    assert [x.intensity for x in t.filter_moments(moments, period)] == [1, 2]
    assert [x.intensity for x in t.filter_moments(moments, period, "conflict")] == [1]
    assert [x.intensity for x in t.filter_moments(moments, period, "")] == [2]


def test_long_periods_are_grouped_by_month():
    assert t.bucket_for(t.Period(D, D + timedelta(days=364))) is t.Bucket.WEEK
    assert t.bucket_for(t.Period(D, D + timedelta(days=800))) is t.Bucket.MONTH
    months = t.bucket_starts(t.Period(date(2025, 11, 20), date(2026, 2, 3)), t.Bucket.MONTH)
    assert months == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]


# ---------------------------------------------------------------------- the path's steps
def test_steps_lie_in_the_calendar_from_the_start():
    start = date(2026, 3, 1)
    spans = t.step_spans(PathState(start=start), today=date(2026, 3, 5))
    assert [(s.number, s.first, s.last) for s in spans] == [
        (1, start, date(2026, 3, 3)),  # days 1-3
        (2, date(2026, 3, 4), date(2026, 3, 10)),  # days 4-10
        (3, date(2026, 3, 11), date(2026, 3, 17)),
        (4, date(2026, 3, 18), date(2026, 3, 25)),
        (5, date(2026, 3, 26), date(2026, 4, 4)),
        (6, date(2026, 4, 5), date(2026, 4, 19)),  # day 50
    ]
    assert [s.projected for s in spans] == [False, True, True, True, True, True]
    assert [s.key for s in spans][:2] == ["assessment", "awareness"]


def test_a_pause_moves_the_later_steps():
    start = date(2026, 3, 1)
    # paused on day 2 (which still counts); days 3-7 March do not count; resumed 8 March
    state = PathState(start=start, pauses=(Pause(date(2026, 3, 2), date(2026, 3, 8)),))
    spans = t.step_spans(state, today=date(2026, 3, 20))
    assert (spans[0].first, spans[0].last) == (start, date(2026, 3, 8))  # day 3 is 8 March
    assert spans[1].first == date(2026, 3, 9)
    assert spans[-1].last == date(2026, 4, 24)  # five days later than without the pause


def test_while_paused_nothing_is_projected():
    start = date(2026, 3, 1)
    state = PathState(start=start, pauses=(Pause(date(2026, 3, 5)),))
    spans = t.step_spans(state, today=date(2026, 3, 9))
    assert [s.number for s in spans] == [1, 2]
    assert spans[1].last == date(2026, 3, 5)  # day 5, the last counted day so far


def test_no_steps_before_the_path_starts():
    assert t.step_spans(PathState(), date(2026, 3, 1)) == []


def test_step_means_average_the_moments_inside_each_step():
    spans = t.step_spans(PathState(start=D), D)
    moments = [m(D, 8), m(D + timedelta(days=2), 6), m(D + timedelta(days=4), 3)]
    means = t.step_means(moments, spans)
    assert [(s.span.number, s.mean, s.count) for s in means] == [(1, 7.0, 2), (2, 3.0, 1)]


# ---------------------------------------------------------------------- before and after
def test_before_after_pairs_by_week_and_regulation():
    tuesday, next_monday = D + timedelta(days=1), D + timedelta(days=7)
    moments = [
        m(D, 8, after=4, regulation=("breathing",)),
        m(tuesday, 6, after=4, regulation=("breathing", "pause")),
        m(tuesday, 7, after=6),  # re-rated, nothing named
        m(tuesday, 9),  # never re-rated: not a pair
        m(next_monday, 5, after=1, regulation=("breathing",)),
    ]
    pairs = [(p.start, p.regulation, p.before, p.after, p.count)
             for p in t.before_after(moments)]
    assert pairs == [
        (D, "breathing", 7.0, 4.0, 2),
        (D, "none", 7.0, 6.0, 1),
        (D, "pause", 6.0, 4.0, 1),
        (next_monday, "breathing", 5.0, 1.0, 1),
    ]
    effects = {e.regulation: (e.count, e.drop) for e in t.regulation_effects(moments)}
    assert effects == {"breathing": (3, pytest.approx(10 / 3)), "pause": (1, 2.0), "none": (1, 1.0)}
    overall = t.overall_effect(moments)
    assert (overall.count, overall.before, overall.after) == (4, 6.5, 3.75)


def test_before_after_by_month():
    moments = [m(date(2026, 1, 5), 8, after=2), m(date(2026, 1, 28), 6, after=4)]
    [pair] = t.before_after(moments, t.Bucket.MONTH)
    assert (pair.start, pair.before, pair.after, pair.count) == (date(2026, 1, 1), 7.0, 3.0, 2)


# ---------------------------------------------------------------------- categories and times
def test_categories_most_frequent_first_with_their_mean():
    moments = [m(D, 8, category="conflict"), m(D, 4, category="slow-reply"),
               m(D, 2, category="slow-reply"), m(D, 5)]
    stats = [(s.category, s.count, s.mean) for s in t.by_category(moments)]
    assert stats == [("slow-reply", 2, 3.0), ("conflict", 1, 8.0), ("", 1, 5.0)]


def test_hour_weekday_grid():
    grid = t.hour_weekday([m(D, 3, 18), m(D, 3, 18), m(D + timedelta(days=6), 3, 7)])
    assert grid[0][18] == 2 and grid[6][7] == 1
    assert sum(map(sum, grid)) == 3


# ---------------------------------------------------------------------- body regions
def test_regions_map_to_the_drawn_body():
    assert rg.areas_for("chest") == ("chest",)
    assert rg.areas_for("Arms and hands") == ("arms", "hands")
    assert rg.areas_for("Shoulders") == ("shoulders",)
    assert rg.areas_for("  jaw ") == ("face",)
    assert rg.areas_for("back") == ()
    assert len(rg.areas_for("whole body")) == 13


def test_region_and_area_counts():
    moments = [m(D, 5, regions=("chest", "throat")), m(D, 5, regions=("chest", "whole body")),
               m(D, 5, regions=("back",)), m(D, 5)]
    assert rg.region_counts(moments) == [("chest", 2), ("back", 1), ("throat", 1),
                                        ("whole body", 1)]
    areas = rg.area_counts(moments)
    assert areas["chest"] == 2  # the second moment touches the chest once, not twice
    assert areas["neck"] == 2 and areas["feet"] == 1 and areas["belly"] == 1


# ---------------------------------------------------------------------- practice
def p(day: date, kind: str, minutes: int, before=None, after=None) -> t.Practice:
    return t.Practice(datetime(day.year, day.month, day.day, 8, 0, tzinfo=LONDON), kind,
                      minutes * 60, before, after)


def test_practice_minutes_per_week_with_empty_weeks():
    period = t.Period(D, D + timedelta(days=20))
    sessions = [p(D, "bodyscan", 10), p(D + timedelta(days=2), "breathing", 5),
                p(D + timedelta(days=15), "bodyscan", 20), p(D, "pause", 5)]
    weeks = t.practice_buckets(sessions, period)
    assert [(w.start, w.minutes, w.sessions) for w in weeks] == [
        (D, {"bodyscan": 10.0, "breathing": 5.0}, 2),
        (D + timedelta(days=7), {"bodyscan": 0.0, "breathing": 0.0}, 0),
        (D + timedelta(days=14), {"bodyscan": 20.0, "breathing": 0.0}, 1),
    ]
    assert weeks[0].total == 15.0


def test_calm_before_and_after():
    sessions = [p(D, "bodyscan", 10, 3, 7), p(D + timedelta(days=1), "bodyscan", 10, 5, 6),
                p(D + timedelta(days=8), "breathing", 5, 4, None)]
    [week] = t.calm_buckets(sessions)
    assert (week.start, week.before, week.after, week.count) == (D, 4.0, 6.5, 2)
    overall = t.calm_overall(sessions)
    assert (overall.before, overall.after, overall.count) == (4.0, 6.5, 2)
