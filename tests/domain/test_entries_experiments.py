"""Corrective experiments and the journal filter, as plain data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from securebase.domain.entries import EntryError
from securebase.domain.experiments import (
    Experiment,
    ExperimentStatus,
    belief_change,
    validate_experiment,
)
from securebase.domain.journal import EntryKind, JournalFilter

AT = datetime(2026, 3, 1, 21, 15, tzinfo=UTC)


def exp(**kw) -> Experiment:
    return Experiment(**{"plan": "Wait five minutes before texting", "planned_for": AT, **kw})


def test_a_plan_alone_is_a_valid_experiment():
    validate_experiment(exp())
    assert exp().status is ExperimentStatus.PLANNED


def test_an_experiment_needs_a_plan():
    with pytest.raises(EntryError, match="Describe the experiment"):
        validate_experiment(exp(plan="   "))


@pytest.mark.parametrize("field", ["belief_before", "belief_after"])
def test_belief_is_a_percentage(field):
    validate_experiment(exp(**{field: 100}))
    with pytest.raises(EntryError, match="0 to 100"):
        validate_experiment(exp(**{field: 101}))


@pytest.mark.parametrize("field", ["anxiety_before", "anxiety_after"])
def test_anxiety_is_zero_to_ten(field):
    with pytest.raises(EntryError, match="0 to 10"):
        validate_experiment(exp(**{field: 11}))


def test_text_over_one_megabyte_is_refused():
    with pytest.raises(EntryError, match="1 MB"):
        validate_experiment(exp(outcome="x" * 1_000_001))


def test_belief_change_needs_both_ratings():
    assert belief_change(exp(belief_before=80, belief_after=35)) == -45
    assert belief_change(exp(belief_before=80)) is None


def test_filter_allows_kinds_that_can_match():
    assert JournalFilter().allows(EntryKind.NARRATIVE)
    assert not JournalFilter(kinds=frozenset({EntryKind.TRIGGER})).allows(EntryKind.EXPERIMENT)
    # a category or tag only exists on some kinds
    assert not JournalFilter(category="conflict").allows(EntryKind.EXPERIMENT)
    assert JournalFilter(tag="work").allows(EntryKind.EXPERIMENT)
    assert not JournalFilter(tag="work").allows(EntryKind.NARRATIVE)
    assert not JournalFilter(intensity_min=3).allows(EntryKind.NARRATIVE)
    assert JournalFilter(intensity_min=3).allows(EntryKind.EXPERIMENT)
    assert JournalFilter().is_empty and not JournalFilter(query="x").is_empty
