"""Scoring a take: means, reverse keying, facets, the skip rule, the plane and change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from securebase.domain.assessment import (
    RELIABLE_CHANGE,
    NotScorable,
    Region,
    Strength,
    Take,
    change_since_first,
    keyed,
    lean_of,
    missing_by_dimension,
    next_unanswered,
    one_decimal,
    ranked_facets,
    region_of,
    score,
    secondary_areas,
    time_estimate,
)
from securebase.domain.instrument import DIMENSIONS, Facet, Instrument, Item

LABELS = tuple(f"label {n}" for n in range(1, 8))


def make_instrument(per_facet: int = 3, reversed_every: int = 3) -> Instrument:
    """Two dimensions, two facets each, every ``reversed_every``-th item reversed."""
    facets = (Facet("fa", "anxiety", "A1"), Facet("fb", "anxiety", "A2"),
              Facet("fc", "avoidance", "V1"), Facet("fd", "avoidance", "V2"))
    items = []
    n = 0
    for f in facets:
        for _ in range(per_facet):
            n += 1
            items.append(Item(f"i{n}", f"sentence {n}", f.dimension, f.id,
                              reversed=n % reversed_every == 0))
    return Instrument("test", "1", "Test", tuple(items), LABELS, facets)


INS = make_instrument()
answer = st.integers(min_value=1, max_value=7)
full_answers = st.fixed_dictionaries({i.id: answer for i in INS.items})


def test_reversed_items_count_as_eight_minus_the_answer():
    item = Item("x", "t", "anxiety", None, reversed=True)
    assert [keyed(item, v) for v in range(1, 8)] == [7, 6, 5, 4, 3, 2, 1]
    plain = Item("y", "t", "anxiety", None, reversed=False)
    assert [keyed(plain, v) for v in range(1, 8)] == list(range(1, 8))


def test_a_worked_example():
    ins = make_instrument(per_facet=3, reversed_every=100)  # nothing reversed
    answers = {i.id: (6 if i.dimension == "anxiety" else 2) for i in ins.items}
    answers["i1"] = 3  # facet fa: 3, 6, 6 -> 5.0; anxiety: (3 + 5*6) / 6 = 5.5
    s = score(ins, answers)
    assert s.anxiety == pytest.approx(5.5)
    assert s.avoidance == pytest.approx(2.0)
    assert s.facets == pytest.approx({"fa": 5.0, "fb": 6.0, "fc": 2.0, "fd": 2.0})


@given(full_answers)
def test_dimension_score_is_the_mean_of_keyed_answers(answers):
    s = score(INS, answers)
    for dim in DIMENSIONS:
        items = INS.items_of(dim)
        expected = sum(8 - answers[i.id] if i.reversed else answers[i.id] for i in items) / len(items)
        assert s.dimension(dim) == pytest.approx(expected)
        assert 1.0 <= s.dimension(dim) <= 7.0


@given(full_answers)
def test_flipping_every_answer_mirrors_the_scores(answers):
    flipped = {k: 8 - v for k, v in answers.items()}
    a, b = score(INS, answers), score(INS, flipped)
    assert a.anxiety + b.anxiety == pytest.approx(8.0)
    assert a.avoidance + b.avoidance == pytest.approx(8.0)
    for fid in a.facets:
        assert a.facets[fid] + b.facets[fid] == pytest.approx(8.0)


@given(full_answers)
def test_facet_means_average_back_to_the_dimension_when_facets_are_equal_sized(answers):
    s = score(INS, answers)
    for dim in DIMENSIONS:
        means = [s.facets[f.id] for f in INS.facets_of(dim)]
        assert sum(means) / len(means) == pytest.approx(s.dimension(dim))


@given(full_answers, st.data())
def test_up_to_two_skips_per_dimension_score_from_the_rest(answers, data):
    skipped = {}
    for dim in DIMENSIONS:
        ids = [i.id for i in INS.items_of(dim)]
        skipped[dim] = data.draw(st.lists(st.sampled_from(ids), max_size=2, unique=True))
    given_answers = dict(answers)
    for ids in skipped.values():
        for iid in ids:
            given_answers[iid] = None  # skipped on purpose
    s = score(INS, given_answers)
    for dim in DIMENSIONS:
        rest = [i for i in INS.items_of(dim) if i.id not in skipped[dim]]
        expected = sum(keyed(i, answers[i.id]) for i in rest) / len(rest)
        assert s.dimension(dim) == pytest.approx(expected)
        assert s.skipped[dim] == len(skipped[dim])
        assert s.answered[dim] == len(rest)


@given(full_answers, st.sampled_from(DIMENSIONS), st.integers(min_value=3, max_value=6))
def test_more_than_two_missing_gives_no_result_and_says_why(answers, dim, missing):
    ids = [i.id for i in INS.items_of(dim)][:missing]
    partial = {k: v for k, v in answers.items() if k not in ids}
    with pytest.raises(NotScorable) as err:
        score(INS, partial)
    assert err.value.missing == {dim: (missing, 2)}
    text = str(err.value)
    assert f"{missing} of the {dim} sentences" in text and "at most 2" in text


def test_never_reached_and_skipped_both_count_as_missing():
    answers = {i.id: 4 for i in INS.items}
    answers["i1"] = None
    del answers["i2"]
    assert missing_by_dimension(INS, answers) == {"anxiety": 2, "avoidance": 0}


def test_a_facet_with_every_item_skipped_has_no_mean():
    ins = make_instrument(per_facet=2)  # facet fa = i1, i2
    answers = {i.id: 5 for i in ins.items}
    answers["i1"] = answers["i2"] = None
    s = score(ins, answers)
    assert "fa" not in s.facets
    assert set(s.facets) == {"fb", "fc", "fd"}


@pytest.mark.parametrize("bad", [0, 8, -1, 2.5, True, "4"])
def test_answers_outside_one_to_seven_are_refused(bad):
    answers = {i.id: 4 for i in INS.items}
    answers["i1"] = bad
    with pytest.raises(ValueError, match="1 to 7"):
        score(INS, answers)


def test_next_unanswered_skips_over_deliberate_skips():
    answers = {"i1": 3, "i2": None}
    assert next_unanswered(INS, answers) == 2
    assert next_unanswered(INS, {i.id: 1 for i in INS.items}) is None


def test_time_estimate_is_an_honest_range():
    ins = make_instrument(per_facet=6)  # 24 items, 6-12 s each by default
    assert time_estimate(ins) == (2, 5)
    assert time_estimate(ins, 1) == (1, 1)
    assert time_estimate(ins, 0) == (0, 0)


# ---------------------------------------------------------------------------- the plane
@pytest.mark.parametrize(("anx", "avo", "region"), [
    (2.0, 2.0, Region.SECURE), (6.0, 2.0, Region.ANXIOUS), (2.0, 6.0, Region.AVOIDANT),
    (6.0, 6.0, Region.FEARFUL), (4.0, 4.0, Region.SECURE), (4.01, 3.99, Region.ANXIOUS),
])
def test_regions_split_at_the_midpoint(anx, avo, region):
    assert region_of(anx, avo) is region


@given(st.floats(1, 7), st.floats(1, 7))
def test_lean_strength_follows_the_distance_from_the_boundaries(anx, avo):
    lean = lean_of(anx, avo)
    depth = min(abs(anx - 4), abs(avo - 4))
    assert lean.depth == pytest.approx(depth)
    if depth < 0.5:
        assert lean.strength is Strength.SLIGHT and lean.neighbours
    elif depth >= 1.5:
        assert lean.strength is Strength.STRONG and not lean.neighbours
    else:
        assert lean.strength is Strength.CLEAR and not lean.neighbours
    assert lean.region not in lean.neighbours


def test_near_both_boundaries_every_other_region_is_a_neighbour():
    lean = lean_of(4.2, 3.9)
    assert lean.region is Region.ANXIOUS
    assert set(lean.neighbours) == {Region.SECURE, Region.FEARFUL, Region.AVOIDANT}


def test_secondary_areas_are_the_highest_facets_above_the_midpoint():
    answers = {i.id: 4 for i in INS.items}
    s = score(INS, answers)
    s = type(s)(s.anxiety, s.avoidance, {"fa": 5.5, "fb": 3.0, "fc": 6.0, "fd": 4.5})
    assert [f.id for f, _ in ranked_facets(INS, s)] == ["fc", "fa", "fd", "fb"]
    assert [f.id for f, _ in secondary_areas(INS, s)] == ["fc", "fa"]
    low = type(s)(2.0, 2.0, {"fa": 2.0, "fb": 3.9, "fc": 1.0, "fd": 4.0})
    assert secondary_areas(INS, low) == []


def test_one_decimal_rounds_halves_up():
    assert [one_decimal(x) for x in (4.25, 2.25, 4.75, 3.0, 6.96)] == ["4.3", "2.3", "4.8",
                                                                       "3.0", "7.0"]


# ---------------------------------------------------------------------------- change
def _take(n: int, anx: float, avo: float, day: int, complete: bool = True) -> Take:
    at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=day)
    return Take(n, f"u{n}", "test", "1", at, at, at if complete else None, {},
                anx if complete else None, avo if complete else None)


def test_change_is_measured_against_the_first_completed_take():
    takes = [_take(1, 5.5, 2.0, 0), _take(2, 9, 9, 3, complete=False), _take(3, 5.0, 2.4, 20),
             _take(4, 4.1, 2.2, 45)]
    change = change_since_first(takes)
    assert change.anxiety == pytest.approx(-1.4)
    assert change.avoidance == pytest.approx(0.2)
    assert change.days == 45
    assert change.anxiety_beyond_wobble and not change.avoidance_beyond_wobble
    assert change_since_first(takes[:2]) is None


def test_small_changes_are_wobble():
    change = change_since_first([_take(1, 4.0, 4.0, 0), _take(2, 4.9, 3.2, 7)])
    assert change.within_wobble
    assert RELIABLE_CHANGE == pytest.approx(1.2, abs=0.05)


@settings(max_examples=50)
@given(st.floats(1, 7), st.floats(1, 7), st.floats(1, 7), st.floats(1, 7))
def test_wobble_threshold_is_the_reliable_change_index(a1, v1, a2, v2):
    change = change_since_first([_take(1, a1, v1, 0), _take(2, a2, v2, 30)])
    assert change.anxiety_beyond_wobble == (abs(round(a2 - a1, 2)) >= RELIABLE_CHANGE)
