"""Corrective experiments: a small new experience, planned, tried, and looked back on.

The point is to gather experience, not to pass or fail: a skipped experiment is
kept like any other, and the prediction is compared with what happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from securebase.domain.entries import (
    EntryError,
    check_intensity,
    check_labels,
    check_percent,
    check_text,
    first_line_of,
)


class ExperimentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Experiment:
    """One corrective experiment. Only ``plan`` (what I will try) is required."""

    plan: str
    planned_for: datetime
    idea_key: str | None = None
    prediction: str = ""
    belief_before: int | None = None  # 0-100: how strongly I believe the feared outcome
    status: ExperimentStatus = ExperimentStatus.PLANNED
    outcome: str = ""
    feelings_after: str = ""
    anxiety_before: int | None = None  # 0-10
    anxiety_after: int | None = None  # 0-10
    belief_after: int | None = None  # 0-100
    trigger_id: int | None = None  # the trigger moment that prompted it
    tags: tuple[str, ...] = ()
    id: int | None = None
    uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def first_line(self) -> str:
        return first_line_of(self.plan)

    def text_fields(self) -> dict[str, str]:
        return {"plan": self.plan, "prediction": self.prediction, "outcome": self.outcome,
                "feelings_after": self.feelings_after}


EXPERIMENT_LABELS = {
    "plan": "The experiment",
    "prediction": "The prediction",
    "outcome": "What happened",
    "feelings_after": "Feelings afterwards",
}


def validate_experiment(exp: Experiment) -> None:
    """Raise EntryError with one clear sentence if the experiment cannot be saved."""
    for name, text in exp.text_fields().items():
        check_text(text, EXPERIMENT_LABELS[name])
    if not exp.plan.strip():
        raise EntryError("Describe the experiment in a few words, or pick an idea from the list.")
    check_percent(exp.belief_before, "Belief before")
    check_percent(exp.belief_after, "Belief after")
    check_intensity(exp.anxiety_before, "Anxiety before")
    check_intensity(exp.anxiety_after, "Anxiety after")
    if not isinstance(exp.status, ExperimentStatus):
        raise EntryError("The status must be planned, done or skipped.")
    if not isinstance(exp.planned_for, datetime) or exp.planned_for.tzinfo is None:
        raise EntryError("The planned time needs a date, a time and a time zone.")
    if exp.idea_key is not None:
        check_text(exp.idea_key, "The idea")
    check_labels(exp.tags, "A tag")


def belief_change(exp: Experiment) -> int | None:
    """How many points the feared prediction's belief moved (negative = weaker)."""
    if exp.belief_before is None or exp.belief_after is None:
        return None
    return exp.belief_after - exp.belief_before
