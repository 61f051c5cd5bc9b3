"""Each chart's takeaway is chosen from the data: the case and the numbers it states."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from securebase.domain import trend_takeaways as tk
from securebase.domain import trends as t
from securebase.domain.path import PathState

D = date(2026, 3, 2)


def m(day_offset: int, intensity: int, **kw) -> t.Moment:
    day = D + timedelta(days=day_offset)
    return t.Moment(datetime(day.year, day.month, day.day, 12, tzinfo=UTC), intensity, **kw)


def test_intensity_compares_the_first_and_last_steps_with_enough_moments():
    spans = t.step_spans(PathState(start=D), D + timedelta(days=49))
    moments = [m(0, 8), m(1, 7), m(2, 6),  # step 1: 7.0
               m(5, 9),  # step 2 has one moment only: not enough to compare
               m(40, 5), m(41, 4), m(42, 6)]  # step 6: 5.0
    result = tk.intensity(moments, t.step_means(moments, spans))
    assert result.key == "intensity.step_fell"
    assert result.values == {"first": 7.0, "first_step": 1, "last": 5.0, "last_step": 6}


@pytest.mark.parametrize(("late", "case"), [(2, "fell"), (8, "rose"), (5, "same")])
def test_intensity_compares_halves_without_steps(late, case):
    moments = [m(0, 5), m(1, 5), m(2, 5), m(10, late), m(11, late), m(12, late)]
    result = tk.intensity(moments)
    assert result.key == f"intensity.half_{case}"
    assert result.values == {"first": 5.0, "last": float(late)}


def test_intensity_with_few_moments_only_counts():
    result = tk.intensity([m(0, 4), m(1, 6)])
    assert result == tk.Takeaway("intensity.few", {"count": 2, "mean": 5.0})
    assert tk.intensity([]) is None


def test_regulation_names_the_way_of_settling_that_helped_most():
    moments = ([m(0, 8, after=3, regulation=("breathing",))] * 3
               + [m(0, 8, after=7, regulation=("pause",))] * 3
               + [m(0, 8, after=0, regulation=("other",))] * 2)  # too few to single out
    result = tk.regulation(moments)
    assert result.key == "regulation.best"
    assert result.values == {"regulation": "breathing", "drop": 5.0, "count": 3}


def test_regulation_falls_back_to_the_overall_change():
    fell = [m(0, 6, after=4), m(1, 6, after=4)]
    assert tk.regulation(fell) == tk.Takeaway("regulation.overall_fell",
                                              {"before": 6.0, "after": 4.0, "count": 2})
    same = [m(0, 6, after=6, regulation=("breathing",))] * 4
    assert tk.regulation(same).key == "regulation.overall_same"
    assert tk.regulation([m(0, 6)]) is None


def test_categories_top_and_most_intense():
    stats = t.by_category([m(0, 3, category="slow-reply")] * 4
                          + [m(0, 8, category="conflict")] * 3
                          + [m(0, 10, category="criticism")])  # one moment: not "most intense"
    result = tk.categories(stats)
    assert result.key == "categories.top"
    assert result.values == {"top": "slow-reply", "count": 4, "intense": "conflict", "mean": 8.0}
    only = tk.categories(t.by_category([m(0, 5, category="conflict")]))
    assert only.key == "categories.single"
    assert tk.categories([]) is None


def test_times_find_the_busiest_weekday_and_hour():
    moments = [t.Moment(datetime(2026, 3, 7, 21, tzinfo=UTC), 5)] * 3 + [
        t.Moment(datetime(2026, 3, 2, 9, tzinfo=UTC), 5)]
    result = tk.times(t.hour_weekday(moments))
    assert result.values == {"weekday": 5, "hour": 21, "count": 4}  # Saturday, 21:00
    assert tk.times(t.hour_weekday([])) is None


def test_regions_top_and_only():
    assert tk.regions([("chest", 5), ("throat", 2)], 6) == tk.Takeaway(
        "regions.top", {"region": "chest", "count": 5, "total": 6})
    assert tk.regions([("chest", 1)], 1).key == "regions.only"
    assert tk.regions([], 0) is None


def test_practice_prefers_calm_and_otherwise_counts_minutes():
    calm = t.CalmBucket(D, 3.0, 6.5, 4)
    assert tk.practice([], calm) == tk.Takeaway("practice.calm_rose",
                                                {"before": 3.0, "after": 6.5, "count": 4})
    assert tk.practice([], t.CalmBucket(D, 6.0, 5.0, 2)).key == "practice.calm_lower"
    weeks = [t.PracticeBucket(D, {"bodyscan": 20.0, "breathing": 10.0}, 3),
             t.PracticeBucket(D + timedelta(days=7), {"bodyscan": 0.0, "breathing": 0.0}, 0)]
    assert tk.practice(weeks, None) == tk.Takeaway("practice.minutes_week",
                                                   {"minutes": 15.0, "count": 2, "sessions": 3})
    assert tk.practice(weeks[1:], None) is None


def test_assessment_states_where_the_takes_moved():
    takes = [t.TakePoint(datetime(2026, 1, 5, tzinfo=UTC), 5.5, 2.0),
             t.TakePoint(datetime(2026, 3, 5, tzinfo=UTC), 4.25, 2.5)]
    result = tk.assessment(takes)
    assert result.key == "assessment.moved"
    assert result.values["first_date"] == date(2026, 1, 5)
    assert (result.values["anxiety_first"], result.values["anxiety_last"]) == (5.5, 4.25)
    assert tk.assessment(takes[:1]).key == "assessment.single"
    assert tk.assessment([]) is None
