"""The journal as a whole: its kinds of entry, one-line summaries, filters and drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

#: Deleted entries stay recoverable this long, then they are removed for good.
KEEP_DELETED = timedelta(days=30)


class EntryKind(StrEnum):
    TRIGGER = "trigger"
    EXPERIMENT = "experiment"
    NARRATIVE = "narrative"

    @property
    def code(self) -> int:
        """The kind's code in the full-text index (rowid = id * 8 + code)."""
        return _CODES[self]


_CODES = {EntryKind.TRIGGER: 1, EntryKind.EXPERIMENT: 2, EntryKind.NARRATIVE: 3}


def cursor_text(at: datetime) -> str:
    """A time as the vault stores it: sortable UTC text."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class EntrySummary:
    """One row of the journal list.

    ``intensity`` is the trigger's intensity or the experiment's anxiety before;
    ``intensity_after`` its counterpart afterwards. ``detail`` is short extra
    information for the kind: an experiment's status, a narrative's word count.
    ``snippet`` is set when the list was searched: the matching words are
    wrapped in ``[[`` and ``]]``.
    """

    kind: EntryKind
    id: int
    at: datetime
    first_line: str
    intensity: int | None = None
    intensity_after: int | None = None
    category: str = ""
    detail: str = ""
    snippet: str = ""

    @property
    def key(self) -> tuple[str, str, int]:
        """The sort key of the list (newest first), used to fetch the next page."""
        return (cursor_text(self.at), self.kind.value, self.id)


@dataclass(frozen=True)
class JournalFilter:
    """What the list shows. Empty fields mean 'any'. Dates are inclusive bounds."""

    kinds: frozenset[EntryKind] = field(default_factory=frozenset)
    since: datetime | None = None
    until: datetime | None = None
    category: str = ""
    intensity_min: int = 0
    intensity_max: int = 10
    tag: str = ""
    query: str = ""

    @property
    def narrows_intensity(self) -> bool:
        return self.intensity_min > 0 or self.intensity_max < 10

    def allows(self, kind: EntryKind) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        if kind is EntryKind.NARRATIVE and (self.category or self.tag or self.narrows_intensity):
            return False
        return not (kind is EntryKind.EXPERIMENT and self.category)

    @property
    def is_empty(self) -> bool:
        return self == JournalFilter()


@dataclass(frozen=True)
class Draft:
    """Unsaved work kept in the vault so a crash or a lock loses nothing."""

    key: str  # e.g. "quick-capture", "trigger:12", "experiment:new", "narrative"
    payload: dict[str, Any]
    saved_at: datetime
