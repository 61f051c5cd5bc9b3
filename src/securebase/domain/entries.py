"""Journal entries as plain data, and the rules every entry must meet."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

MAX_TEXT_BYTES = 1_000_000  # a single text field over 1 MB is refused
MAX_LABEL_CHARS = 200  # one emotion, sensation, tag, category or person
MAX_LIST_ITEMS = 100
INTENSITY_MIN = 0
INTENSITY_MAX = 10
#: A moment later than now by more than this asks the user to confirm.
FUTURE_TOLERANCE = timedelta(minutes=2)


class Urge(StrEnum):
    REACH_OUT = "reach-out"
    WITHDRAW = "withdraw"
    FREEZE = "freeze"
    OTHER = "other"


class Regulation(StrEnum):
    """What helped (or was tried) to settle the moment."""

    NONE = "none"
    BREATHING = "breathing"
    BODY_SCAN = "body-scan"
    SELF_SOOTHING = "self-soothing"
    PAUSE = "pause"
    OTHER = "other"


class EntryError(ValueError):
    """An entry that breaks a rule; ``str(err)`` is one sentence for the user."""


@dataclass(frozen=True)
class TriggerMoment:
    """An attachment trigger moment. Only ``intensity`` is required.

    ``body`` is free text about body sensations; ``sensations`` holds the words
    picked from the list (or typed), ``regions`` where in the body they were felt.
    Lists are tuples of short labels: built-in ones are stored by their English
    key (``"racing heart"``), anything the user typed is kept exactly as typed.
    """

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
    who: str = ""
    category: str = ""
    emotions: tuple[str, ...] = ()
    sensations: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    what_i_did: str = ""
    regulation: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def with_id(self, id_: int, uid: str) -> TriggerMoment:
        return replace(self, id=id_, uid=uid)

    @property
    def first_line(self) -> str:
        for text in (self.situation, self.thoughts, self.body, self.what_i_did):
            line = first_line_of(text)
            if line:
                return line
        return ""

    def text_fields(self) -> dict[str, str]:
        return {"situation": self.situation, "who": self.who, "body": self.body,
                "thoughts": self.thoughts, "what_i_did": self.what_i_did}


TEXT_LABELS = {
    "situation": "The situation",
    "who": "Who it was with",
    "body": "Body sensations",
    "thoughts": "Automatic thoughts",
    "what_i_did": "What you did",
    "category": "The category",
}
LIST_LABELS = {
    "emotions": "An emotion",
    "sensations": "A body sensation",
    "regions": "A body region",
    "regulation": "A way of settling",
    "tags": "A tag",
}


def first_line_of(text: str) -> str:
    stripped = text.strip()
    return stripped.splitlines()[0].strip() if stripped else ""


def check_intensity(value: int | None, what: str = "Intensity") -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise EntryError(f"{what} must be a whole number from 0 to 10.")
    if not INTENSITY_MIN <= value <= INTENSITY_MAX:
        raise EntryError(f"{what} must be from 0 to 10; {value} is outside that range.")


def check_percent(value: int | None, what: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise EntryError(f"{what} must be a whole number from 0 to 100.")
    if not 0 <= value <= 100:
        raise EntryError(f"{what} must be from 0 to 100; {value} is outside that range.")


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


def check_label(value: str, what: str) -> None:
    check_text(value, what)
    if not value.strip():
        raise EntryError(f"{what} cannot be blank.")
    if len(value) > MAX_LABEL_CHARS:
        raise EntryError(f"{what} is longer than {MAX_LABEL_CHARS} characters; "
                         "please keep it short.")
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
        raise EntryError(f"{what} must fit on one line, without control characters.")


def check_labels(values: tuple[str, ...], what: str) -> None:
    if not isinstance(values, tuple):
        raise EntryError(f"{what} list must be a list of words.")
    if len(values) > MAX_LIST_ITEMS:
        raise EntryError(f"Please keep each list to {MAX_LIST_ITEMS} items or fewer.")
    for value in values:
        check_label(value, what)


def clean_labels(values) -> tuple[str, ...]:
    """Strip each label, drop blanks and case-insensitive duplicates, keep the order."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        label = " ".join(str(value).split())
        key = label.casefold()
        if label and key not in seen:
            seen.add(key)
            out.append(label)
    return tuple(out)


def clean_tags(values) -> tuple[str, ...]:
    """Tags as typed, without a leading '#', without blanks or duplicates."""
    return clean_labels(str(v).strip().lstrip("#") for v in values)


def parse_tags(text: str) -> tuple[str, ...]:
    """'work, #family  evening' -> ('work', 'family', 'evening'): commas or spaces."""
    parts = text.replace(",", " ").split()
    return clean_tags(parts)


def is_future(when: datetime, now: datetime, tolerance: timedelta = FUTURE_TOLERANCE) -> bool:
    """True when ``when`` lies noticeably after ``now`` (the user should confirm)."""
    return when - now > tolerance


def validate_trigger(moment: TriggerMoment) -> None:
    """Raise EntryError with one clear sentence if the moment cannot be saved."""
    check_intensity(moment.intensity)
    check_intensity(moment.intensity_after, "Intensity after")
    for name, text in moment.text_fields().items():
        check_text(text, TEXT_LABELS[name])
    if "\n" in moment.who or "\r" in moment.who:
        raise EntryError("Who it was with must fit on one line.")
    if moment.category:
        check_label(moment.category, TEXT_LABELS["category"])
    for name, what in LIST_LABELS.items():
        check_labels(getattr(moment, name), what)
    if not isinstance(moment.occurred_at, datetime):
        raise EntryError("The time of the moment is missing.")
    if moment.occurred_at.tzinfo is None:
        raise EntryError("The time of the moment needs a time zone.")
    if moment.urge is not None and not isinstance(moment.urge, Urge):
        raise EntryError("The urge must be one of: reach out, withdraw, freeze, other.")
