"""The demo generator on its own (no vault): realistic shape, same seed same content."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from securebase.domain.entries import TriggerMoment, Urge, validate_trigger
from securebase.domain.experiments import Experiment, ExperimentStatus, validate_experiment
from securebase.domain.practice import (
    PracticeKind,
    PracticeSession,
    ReachOutChoice,
    validate_practice,
)
from securebase.services import demo_phrases as ph
from securebase.services.demo import _ideas, _instrument
from securebase.services.demo_data import FirstIds, generate, make_persona

NOW = datetime(2026, 11, 24, 20, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(scope="module")
def ideas():
    return _ideas()


@pytest.fixture(scope="module")
def instrument():
    return _instrument()


@pytest.fixture(scope="module")
def fifty(ideas, instrument):
    return generate(50, 2027, NOW, ideas=ideas, instrument=instrument)


@pytest.fixture(scope="module")
def two_years(ideas, instrument):
    return generate(730, 11, NOW, ideas=ideas, instrument=instrument)


def test_same_seed_same_content_and_another_seed_differs(ideas, instrument, fifty):
    again = generate(50, 2027, NOW, ideas=ideas, instrument=instrument)
    assert again.triggers == fifty.triggers
    assert (again.experiments, again.narrative, again.practice, again.answers) == (
        fifty.experiments, fifty.narrative, fifty.practice, fifty.answers)
    other = generate(50, 2028, NOW, ideas=ideas, instrument=instrument)
    assert [t["situation"] for t in other.triggers] != [t["situation"] for t in fifty.triggers]
    assert {t["uid"] for t in other.triggers}.isdisjoint(t["uid"] for t in fifty.triggers)


def test_the_span_ends_today_and_nothing_lies_in_the_future(fifty):
    assert fifty.today == NOW.date()
    assert fifty.start == NOW.date() - timedelta(days=49)
    for t in fifty.triggers:
        assert t["occurred_at"] <= t["created_at"] <= t["updated_at"] <= NOW
        assert t["created_at"] - t["occurred_at"] <= timedelta(minutes=40)
    for p in fifty.practice:
        assert p["created_at"] <= NOW
    assert all(n["saved_at"] <= NOW for n in fifty.narrative)
    done = [e for e in fifty.experiments if e["status"] != "planned"]
    assert done and all(e["updated_at"] <= NOW for e in done)


def test_two_to_eight_moments_a_day_mostly_in_the_evening(two_years):
    per_day = Counter((t["occurred_at"] - timedelta(hours=4)).date() for t in two_years.triggers)
    full_days = [n for day, n in per_day.items() if day < two_years.today]
    assert min(full_days) >= 2 and max(full_days) <= 9  # 8, plus one on some Sundays
    assert 4.5 <= statistics.mean(full_days) <= 6
    late = sum(1 for t in two_years.triggers if t["occurred_at"].hour >= 18
               or t["occurred_at"].hour < 2)
    assert late / len(two_years.triggers) > 0.5


def test_intensity_eases_across_the_path_with_a_weekly_rhythm(fifty, two_years):
    def mean_between(content, first, last):
        return statistics.mean(t["intensity"] for t in content.triggers
                               if first <= (t["occurred_at"].date() - content.start).days <= last)

    assert mean_between(fifty, 0, 9) - mean_between(fifty, 40, 49) >= 1.2
    assert mean_between(two_years, 400, 729) < mean_between(two_years, 40, 49)
    by_weekday = {d: statistics.mean(t["intensity"] for t in two_years.triggers
                                     if t["occurred_at"].weekday() == d) for d in range(7)}
    assert by_weekday[6] > by_weekday[2] + 0.5  # Sunday evenings are harder than Wednesdays
    rerated = [t for t in two_years.triggers if t["intensity_after"] is not None]
    assert len(rerated) > len(two_years.triggers) / 2
    assert all(t["intensity_after"] <= t["intensity"] for t in rerated)
    assert statistics.mean(t["intensity"] - t["intensity_after"] for t in rerated) > 1


def test_rows_pass_the_same_rules_as_entries_typed_in_the_app(fifty):
    for t in fifty.triggers:
        validate_trigger(TriggerMoment(
            intensity=t["intensity"], intensity_after=t["intensity_after"],
            occurred_at=t["occurred_at"], situation=t["situation"], body=t["body"],
            thoughts=t["thoughts"], urge=Urge(t["urge"]) if t["urge"] else None, who=t["who"],
            category=t["category"], emotions=t["emotions"], sensations=t["sensations"],
            regions=t["regions"], what_i_did=t["what_i_did"], regulation=t["regulation"],
            tags=t["tags"]))
    for e in fifty.experiments:
        validate_experiment(Experiment(
            plan=e["plan"], planned_for=e["planned_for"], idea_key=e["idea_key"],
            prediction=e["prediction"], belief_before=e["belief_before"],
            status=ExperimentStatus(e["status"]), outcome=e["outcome"],
            feelings_after=e["feelings_after"], anxiety_before=e["anxiety_before"],
            anxiety_after=e["anxiety_after"], belief_after=e["belief_after"]))
    for p in fifty.practice:
        validate_practice(PracticeSession(
            kind=PracticeKind(p["kind"]), started_at=p["started_at"],
            planned_seconds=p["planned_seconds"], completed_seconds=p["completed_seconds"],
            finished=p["finished"], calm_before=p["calm_before"], calm_after=p["calm_after"],
            urge_before=p["urge_before"], urge_after=p["urge_after"],
            choice=ReachOutChoice(p["choice"]) if p["choice"] else None, felt=p["felt"]))


def test_texts_use_the_invented_names_and_no_placeholder_is_left(fifty):
    names = make_persona(2027).names
    every_text = [t[k] for t in fifty.triggers for k in ("situation", "thoughts", "what_i_did")]
    every_text += [e[k] for e in fifty.experiments for k in ("plan", "prediction", "outcome")]
    every_text += [n["text"] for n in fifty.narrative]
    assert not any("{" in text or "}" in text for text in every_text)
    assert any(names["partner"] in text for text in every_text)
    assert {t["who"] for t in fifty.triggers} <= {"", *names.values()}
    assert {t["category"] for t in fifty.triggers} <= set(ph.CATEGORY_WEIGHTS)


def test_experiments_compare_a_prediction_with_what_happened(fifty, ideas):
    assert fifty.experiments
    assert min((e["planned_for"].date() - fifty.start).days for e in fifty.experiments) >= 10
    assert {e["idea_key"] for e in fifty.experiments} <= set(ideas)
    done = [e for e in fifty.experiments if e["status"] == "done"]
    assert len(done) >= len(fifty.experiments) / 2
    for e in done:
        assert e["prediction"] and e["outcome"] and e["feelings_after"]
        assert e["belief_after"] < e["belief_before"]
        assert e["anxiety_after"] <= e["anxiety_before"]
    trigger_ids = {t["id"] for t in fifty.triggers}
    links = [e["trigger_id"] for e in fifty.experiments if e["trigger_id"] is not None]
    assert links and set(links) <= trigger_ids


def test_every_experiment_idea_written_here_exists_in_the_journal_content(ideas):
    assert set(ph.EXPERIMENTS) <= set(ideas)


def test_the_narrative_grows_version_by_version(fifty):
    counts = [n["word_count"] for n in fifty.narrative]
    assert len(counts) >= 8
    assert counts == sorted(counts) and counts[-1] > 3 * counts[0]
    step5 = [n for n in fifty.narrative if 25 <= (n["saved_at"].date() - fifty.start).days <= 34]
    assert len(step5) >= 5  # most days of the narrative step
    assert fifty.narrative[-1]["text"].startswith("## How my pattern formed")


def test_practice_several_times_a_week_and_calmer_afterwards(fifty):
    scans = [p for p in fifty.practice if p["kind"] == "bodyscan"]
    assert len(scans) / 7 >= 2.5  # body scans a week, on average
    assert any(p["kind"] == "breathing" for p in fifty.practice)
    rated = [p for p in fifty.practice if p["calm_before"] is not None]
    assert all(p["calm_after"] >= p["calm_before"] for p in rated)
    assert statistics.mean(p["calm_after"] - p["calm_before"] for p in rated) >= 1
    assert [p["id"] for p in fifty.practice] == list(range(1, len(fifty.practice) + 1))


def test_assessments_on_days_1_25_48_then_about_every_60_days(fifty, two_years):
    days = [(t["started_at"].date() - fifty.start).days + 1 for t in fifty.takes]
    assert days == [1, 25, 48]
    long_days = [(t["started_at"].date() - two_years.start).days + 1 for t in two_years.takes]
    gaps = [b - a for a, b in zip(long_days[2:], long_days[3:], strict=False)]
    assert long_days[:3] == [1, 25, 48] and gaps and all(50 <= g <= 70 for g in gaps)


def test_first_ids_are_respected(ideas, instrument):
    content = generate(20, 5, NOW, ideas=ideas, instrument=instrument,
                       first_ids=FirstIds(trigger=100, experiment=7, narrative=3, practice=9,
                                          take=4))
    assert content.triggers[0]["id"] == 100
    assert content.takes[0]["id"] == 4 and content.answers[0]["take_id"] == 4
    assert content.practice[0]["id"] == 9 and content.narrative[0]["id"] == 3
    assert content.experiments[0]["id"] == 7
    linked = [p["trigger_id"] for p in content.practice if p["trigger_id"]]
    assert all(i >= 100 for i in linked)


def test_zero_days_or_a_naive_time_is_refused(ideas, instrument):
    with pytest.raises(ValueError):
        generate(0, 1, NOW, ideas=ideas, instrument=instrument)
    with pytest.raises(ValueError):
        generate(5, 1, NOW.replace(tzinfo=None), ideas=ideas, instrument=instrument)


def test_targets_drift_slowly_toward_the_secure_corner():
    from securebase.services.demo_takes import SECURE_GOAL, target_scores

    first = (5.4, 3.1)
    path = [target_scores(first, day) for day in (1, 25, 48, 400, 3650)]
    assert path[0] == first
    anxieties = [a for a, _ in path]
    assert anxieties == sorted(anxieties, reverse=True)
    assert first[0] - path[2][0] < 1.2  # within the reliable-change wobble by day 48
    assert abs(path[-1][0] - SECURE_GOAL[0]) < 0.3


def test_answers_skip_at_most_one_item_per_dimension(instrument):
    import random

    from securebase.domain.assessment import score
    from securebase.services.demo_takes import answers

    for seed in range(60):
        given = dict(answers(instrument, (5.0, 3.0), {}, random.Random(seed)))
        assert list(given) == [i.id for i in instrument.items]
        skipped = [i.dimension for i in instrument.items if given[i.id] is None]
        assert len(skipped) == len(set(skipped))
        result = score(instrument, given)  # always scorable
        assert abs(result.anxiety - 5.0) < 1.2 and abs(result.avoidance - 3.0) < 1.2
