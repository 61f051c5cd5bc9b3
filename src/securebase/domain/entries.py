"""Journal entries as plain data, and the rules every entry must meet."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

MAX_TEXT_BYTES = 1_000_000  # a single text field over 1 MB is refused
INTENSITY_MIN = 0
INTENSITY_MAX = 10


class Urge(StrEnum):
    REACH_OUT = "reach-out"
    WITHDRAW = "withdraw"
    FREEZE = "freeze"
    OTHER = "other"


class EntryError(ValueError):
    """An entry that breaks a rule; ``str(err)`` is one sentence for the user."""


@dataclass(frozen=True)
class TriggerMoment:
    """An attachment trigger moment. Only ``intensity`` is required."""

    intensity: int
    occurred_at: datetime
    situation: str = ""
    body: str = ""
    thoughts: str = ""
    urge: Urge | None = None
    intensity_after: int | None = None
    id: int | None = None
    uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    extra: dict = field(default_factory=dict, compare=False)

    def with_id(self, id_: int, uid: str) -> TriggerMoment:
        return replace(self, id=id_, uid=uid)

    @property
    def first_line(self) -> str:
        for text in (self.situation, self.thoughts, self.body):
            line = text.strip().splitlines()[0] if text.strip() else ""
            if line:
                return line
        return ""


def check_intensity(value: int | None, what: str = "Intensity") -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise EntryError(f"{what} must be a whole number from 0 to 10.")
    if not INTENSITY_MIN <= value <= INTENSITY_MAX:
        raise EntryError(f"{what} must be from 0 to 10; {value} is outside that range.")


def check_text(value: str, what: str) -> None:
    if not isinstance(value, str):
        raise EntryError(f"{what} must be text.")
    try:
        encoded = value.encode("utf-8")
    except UnicodeEncodeError:
        raise EntryError(f"{what} contains broken characters that cannot be saved.") from None
    if len(encoded) > MAX_TEXT_BYTES:
        raise EntryError(f"{what} is longer than 1 MB; please shorten it before saving.")
    if "\x00" in value:
        raise EntryError(f"{what} contains a null character, which cannot be saved.")


def validate_trigger(moment: TriggerMoment) -> None:
    """Raise EntryError with one clear sentence if the moment cannot be saved."""
    check_intensity(moment.intensity)
    check_intensity(moment.intensity_after, "Intensity after")
    for name, label in (("situation", "The situation"), ("body", "Body sensations"),
                        ("thoughts", "Automatic thoughts")):
        check_text(getattr(moment, name), label)
    if moment.occurred_at.tzinfo is None:
        raise EntryError("The time of the moment needs a time zone.")
    if moment.urge is not None and not isinstance(moment.urge, Urge):
        raise EntryError("The urge must be one of: reach out, withdraw, freeze, other.")
