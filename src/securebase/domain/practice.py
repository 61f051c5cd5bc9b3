"""A logged practice session (body scan, breathing, or one of the two corrective timers)
as plain data, and the rules a session must meet before it is saved."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from securebase.domain.entries import EntryError, check_intensity, check_text

MAX_SESSION_SECONDS = 4 * 3600


class PracticeKind(StrEnum):
    BODYSCAN = "bodyscan"
    BREATHING = "breathing"
    PAUSE = "pause"  # pause before reaching out (5 minutes)
    STAY = "stay"  # stay one more minute (60 seconds)


class ReachOutChoice(StrEnum):
    """What the user chose at the end of "pause before reaching out"."""

    REACH_OUT_NOW = "reach-out-now"
    WAIT = "wait"


#: The two timers that are small corrective experiments.
CORRECTIVE_KINDS = (PracticeKind.PAUSE, PracticeKind.STAY)


@dataclass(frozen=True)
class PracticeSession:
    kind: PracticeKind
    started_at: datetime
    planned_seconds: int
    completed_seconds: int
    finished: bool = False  # ran to the end (False: stopped early, which is fine)
    calm_before: int | None = None  # 0 (not calm at all) .. 10 (very calm)
    calm_after: int | None = None
    urge_before: int | None = None  # corrective timers: how urgent the pull feels, 0..10
    urge_after: int | None = None
    choice: ReachOutChoice | None = None
    felt: str = ""  # "what did staying feel like?"
    note: str = ""
    trigger_id: int | None = None  # the trigger moment this practice answered
    experiment_id: int | None = None  # the corrective experiment it was also logged as
    details: dict = field(default_factory=dict, compare=False)  # pace, skipped regions…
    id: int | None = None
    uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def minutes(self) -> float:
        return self.completed_seconds / 60.0

    @property
    def calm_change(self) -> int | None:
        if self.calm_before is None or self.calm_after is None:
            return None
        return self.calm_after - self.calm_before


def _whole(value, what: str, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise EntryError(f"{what} must be a whole number of seconds.")
    if not low <= value <= high:
        raise EntryError(f"{what} must be from {low} to {high} seconds.")


def validate_practice(session: PracticeSession) -> None:
    """Raise EntryError with one clear sentence if the session cannot be saved."""
    if not isinstance(session.kind, PracticeKind):
        raise EntryError("The kind of practice must be body scan, breathing, pause or stay.")
    if session.started_at.tzinfo is None:
        raise EntryError("The start of a practice session needs a time zone.")
    _whole(session.planned_seconds, "The planned length", 1, MAX_SESSION_SECONDS)
    _whole(session.completed_seconds, "The completed time", 0, session.planned_seconds)
    check_intensity(session.calm_before, "Calm before")
    check_intensity(session.calm_after, "Calm after")
    check_intensity(session.urge_before, "Urgency before")
    check_intensity(session.urge_after, "Urgency after")
    if session.choice is not None:
        if not isinstance(session.choice, ReachOutChoice):
            raise EntryError("The choice must be to reach out now or to wait.")
        if session.kind is not PracticeKind.PAUSE:
            raise EntryError("Only a pause before reaching out ends with that choice.")
    check_text(session.felt, "What staying felt like")
    check_text(session.note, "The note")
    for name in ("trigger_id", "experiment_id"):
        value = getattr(session, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise EntryError("A linked entry must be named by its number.")
    try:
        if not isinstance(session.details, dict):
            raise TypeError
        json.dumps(session.details)
    except (TypeError, ValueError):
        raise EntryError("Session details must be a table of plain values.") from None
