"""The export format shared by export and import: its name and version, the kinds of
content it holds, how times are written, and the one sentence every refusal uses.

JSON export, format version 1::

    {
      "format": "securebase-export",
      "format_version": 1,
      "app_version": "0.1.0",
      "exported_at": "2026-11-24T17:30:00.000000+00:00",
      "trigger_moments": [...], "trigger_categories": [...], "experiments": [...],
      "narrative_versions": [...], "practice_sessions": [...],
      "assessment_takes": [... each with its "answers" ...],
      "path_state": {...} or null,
      "settings": {"autolock_minutes": 5, ...}
    }

Times are ISO-8601 with their offset: entry times keep the offset they were
written in (the local time of that day), bookkeeping times are in UTC. Links
between entries use uids. Entries deleted in the app, drafts and settings about
this computer (the backup folder) are not exported.
"""

from __future__ import annotations

from datetime import UTC, datetime

from securebase.storage.errors import ImportRejected

FORMAT_NAME = "securebase-export"
FORMAT_VERSION = 1
MB = 1_000_000

#: Top-level lists of the JSON format, in the order they are written and imported.
LIST_KINDS = ("trigger_moments", "trigger_categories", "experiments", "narrative_versions",
              "practice_sessions", "assessment_takes")
HEADER_KEYS = ("format", "format_version", "app_version", "exported_at")
TOP_KEYS = (*HEADER_KEYS, *LIST_KINDS, "path_state", "settings")

#: How each kind is named in sentences: (one, many).
KIND_NAMES = {
    "trigger_moments": ("trigger moment", "trigger moments"),
    "trigger_categories": ("category", "categories"),
    "experiments": ("experiment", "experiments"),
    "narrative_versions": ("narrative version", "narrative versions"),
    "practice_sessions": ("practice session", "practice sessions"),
    "assessment_takes": ("assessment take", "assessment takes"),
    "settings": ("setting", "settings"),
    "path_state": ("path state", "path state"),
}
#: Every kind a report counts, in order.
REPORT_KINDS = (*LIST_KINDS, "path_state", "settings")

#: Entry times outside these years are refused as mistakes.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def counted(n: int, kind: str) -> str:
    if kind == "path_state":
        return "the path state"
    one, many = KIND_NAMES[kind]
    return f"{n} {one if n == 1 else many}"


def time_text(when: datetime | None) -> str | None:
    """An aware datetime as ISO-8601 with microseconds and its offset."""
    return when.isoformat(timespec="microseconds") if when is not None else None


def utc_text(when: datetime | None) -> str | None:
    return time_text(when.astimezone(UTC)) if when is not None else None


def rejected(clause: str) -> ImportRejected:
    """The one sentence of every refusal: 'Nothing was imported because …; your vault
    is unchanged.'"""
    clause = clause.strip().rstrip(".")
    return ImportRejected(f"Nothing was imported because {clause}; your vault is unchanged.")


def lower_first(sentence: str) -> str:
    """'The situation is too long.' -> 'the situation is too long' (for joining)."""
    sentence = sentence.strip().rstrip(".")
    if sentence[:2].isupper():  # an acronym such as 'UTF-8' stays as it is
        return sentence
    return sentence[:1].lower() + sentence[1:]
