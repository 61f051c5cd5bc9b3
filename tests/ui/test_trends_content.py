"""The words of the Trends tab: every takeaway the data can choose has a sentence, with
its numbers, dates and labels filled in the way people read them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from securebase.domain.trend_takeaways import Takeaway
from securebase.ui.trends.content import Formatter, TrendTexts

KEYS = {
    "intensity.step_fell": {"first": 6.84, "first_step": 1, "last": 4.9, "last_step": 5},
    "intensity.step_rose": {"first": 4.0, "first_step": 2, "last": 5.0, "last_step": 3},
    "intensity.step_same": {"first": 4.0, "first_step": 2, "last": 4.1, "last_step": 3},
    "intensity.half_fell": {"first": 6.0, "last": 4.0},
    "intensity.half_rose": {"first": 4.0, "last": 6.0},
    "intensity.half_same": {"first": 4.0, "last": 4.1},
    "intensity.few": {"count": 2, "mean": 5.0},
    "regulation.best": {"regulation": "breathing", "drop": 2.3, "count": 48},
    "regulation.overall_fell": {"before": 6.0, "after": 4.0, "count": 3},
    "regulation.overall_same": {"before": 6.0, "after": 6.1, "count": 3},
    "regulation.overall_rose": {"before": 5.0, "after": 6.0, "count": 3},
    "categories.top": {"top": "slow-reply", "count": 4, "intense": "conflict", "mean": 8.0},
    "categories.top_same": {"top": "conflict", "count": 4, "mean": 8.0},
    "categories.single": {"top": "", "count": 4, "mean": 8.0},
    "times.peak": {"weekday": 6, "hour": 18, "count": 40},
    "regions.top": {"region": "chest", "count": 5, "total": 9},
    "regions.only": {"region": "throat", "count": 2},
    "practice.calm_rose": {"before": 3.0, "after": 6.5, "count": 4},
    "practice.calm_same": {"before": 5.0, "after": 5.1, "count": 4},
    "practice.calm_lower": {"before": 6.0, "after": 5.0, "count": 4},
    "practice.minutes_week": {"minutes": 22.5, "count": 4, "sessions": 6},
    "practice.minutes_month": {"minutes": 80.0, "count": 3, "sessions": 12},
    "assessment.moved": {"first_date": date(2026, 1, 5), "anxiety_first": 5.5,
                         "avoidance_first": 3.0, "last_date": date(2026, 3, 5),
                         "anxiety_last": 4.25, "avoidance_last": 2.5, "count": 2},
    "assessment.single": {"first_date": date(2026, 1, 5), "anxiety_first": 5.5,
                          "avoidance_first": 3.0, "count": 1},
}


@pytest.fixture
def fmt():
    return Formatter(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.mark.parametrize("key", sorted(KEYS))
def test_every_takeaway_has_a_complete_sentence(key, fmt):
    text = TrendTexts("en").takeaway(Takeaway(key, KEYS[key]), fmt)
    assert text and (text[0].isupper() or text[0] == "“") and text.endswith(".")
    assert "{" not in text and "}" not in text


def test_numbers_dates_and_labels_read_naturally(fmt):
    texts = TrendTexts("en")
    assert texts.takeaway(Takeaway("intensity.step_fell", KEYS["intensity.step_fell"]), fmt) \
        == "Average intensity fell from 6.8 in step 1 to 4.9 in step 5."
    assert texts.takeaway(Takeaway("regulation.best", KEYS["regulation.best"]), fmt) \
        == "After slow breathing, intensity fell by 2.3 points on average (48 moments)."
    assert "5 Jan 2026" in texts.takeaway(Takeaway("assessment.moved",
                                                   KEYS["assessment.moved"]), fmt)
    assert texts.takeaway(Takeaway("times.peak", KEYS["times.peak"]), fmt) == (
        "Most moments came on a Sunday; the busiest hour of the day began at 18:00.")
    assert texts.takeaway(Takeaway("categories.single", KEYS["categories.single"]), fmt) \
        == "All 4 of these moments are in “No category”, at 8.0 on average."


def test_a_single_entry_gets_its_own_wording(fmt):
    one = TrendTexts("en").takeaway(Takeaway("intensity.few", {"count": 1, "mean": 7.0}), fmt)
    assert one == "One moment so far, at intensity 7.0; a few more days will show how it moves."


def test_unknown_keys_and_missing_takeaways_give_no_text(fmt):
    texts = TrendTexts("en")
    assert texts.takeaway(None, fmt) == ""
    assert texts.takeaway(Takeaway("intensity.nothing_like_this"), fmt) == ""


def test_every_chart_has_an_empty_state(fmt):
    texts = TrendTexts("en")
    for chart in ("intensity", "regulation", "triggers", "body", "practice", "assessment"):
        heading, body = texts.empty(chart, "nothing")
        assert heading and len(body) > 80
    assert texts.empty("intensity", "range")[1].startswith("Nothing logged")
