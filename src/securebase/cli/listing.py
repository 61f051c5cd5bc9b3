"""Entries of every kind as rows for ``list``: one source per journal kind.

A feature that stores a new kind of entry adds its source to ``SOURCES`` (a
function ``(vault, since) -> list[Listed]``); until then the kind lists nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from securebase.cli.output import iso

if TYPE_CHECKING:
    from securebase.domain.entries import TriggerMoment
    from securebase.storage.vault import Vault

KINDS = ("trigger", "experiment", "narrative")


@dataclass(frozen=True)
class Listed:
    """One entry as the command line shows it."""

    kind: str
    id: int
    occurred_at: datetime
    intensity: int | None
    summary: str  # the entry's first line
    fields: dict[str, Any] = field(default_factory=dict)  # every field, JSON-ready

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "occurred_at": iso(self.occurred_at),
                **self.fields}


Source = Callable[["Vault", "datetime | None"], list[Listed]]


def json_value(value: Any) -> Any:
    """A field value as JSON: ISO-8601 times, enum values, lists for tuples."""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def entry_fields(entry: Any, *, skip: tuple[str, ...] = ("id", "occurred_at")) -> dict[str, Any]:
    """Every field of a journal dataclass, JSON-ready (new fields appear by themselves)."""
    return {f.name: json_value(getattr(entry, f.name)) for f in dataclasses.fields(entry)
            if f.name not in skip}


def trigger_fields(moment: TriggerMoment) -> dict[str, Any]:
    fields = entry_fields(moment)
    if not fields.get("extra"):
        fields.pop("extra", None)
    return fields


def _triggers(vault: Vault, since: datetime | None) -> list[Listed]:
    return [Listed("trigger", m.id or 0, m.occurred_at, m.intensity, m.first_line,
                   trigger_fields(m))
            for m in vault.triggers.list(since=since)]


SOURCES: dict[str, Source | None] = {
    "trigger": _triggers,
    "experiment": None,  # not stored yet
    "narrative": None,  # not stored yet
}


def collect(vault: Vault, *, kinds: tuple[str, ...] = KINDS, since: datetime | None = None,
            limit: int | None = None) -> list[Listed]:
    """Entries of the given kinds, newest first."""
    rows: list[Listed] = []
    for kind in kinds:
        source = SOURCES.get(kind)
        if source is not None:
            rows.extend(source(vault, since))
    rows.sort(key=lambda r: (r.occurred_at, r.kind, r.id), reverse=True)
    return rows[:limit] if limit is not None else rows
