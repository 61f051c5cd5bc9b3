"""Entries of every kind as rows for ``list``: one source per journal kind.

Each kind has a source in ``SOURCES``, a function ``(vault, since, limit) ->
list[Listed]`` returning at most ``limit`` entries, newest first. Trigger moments
and experiments list every entry; the narrative is one living document, listed
once as its newest version (with its word count and how many versions are kept).
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
    from securebase.domain.experiments import Experiment
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
    detail: str = ""  # short extra words for people: an experiment's status, a word count

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "occurred_at": iso(self.occurred_at),
                **self.fields}


Source = Callable[["Vault", "datetime | None", "int | None"], list[Listed]]


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


def _triggers(vault: Vault, since: datetime | None, limit: int | None) -> list[Listed]:
    return [Listed("trigger", m.id or 0, m.occurred_at, m.intensity, m.first_line,
                   trigger_fields(m))
            for m in vault.triggers.list(since=since, limit=limit)]


def experiment_detail(exp: Experiment) -> str:
    """'planned', 'done, anxiety 6 → 3' or 'skipped'."""
    detail = exp.status.value
    if exp.anxiety_before is not None and exp.anxiety_after is not None:
        detail += f", anxiety {exp.anxiety_before} → {exp.anxiety_after}"
    return detail


def _experiments(vault: Vault, since: datetime | None, limit: int | None) -> list[Listed]:
    return [Listed("experiment", e.id or 0, e.planned_for, e.anxiety_before, e.first_line,
                   entry_fields(e, skip=("id",)), experiment_detail(e))
            for e in vault.experiments.list(since=since, limit=limit)]


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _narrative(vault: Vault, since: datetime | None, limit: int | None) -> list[Listed]:
    latest = vault.narrative.latest()
    if latest is None or (since is not None and latest.saved_at < since) or limit == 0:
        return []
    versions = vault.narrative.count()
    fields = entry_fields(latest, skip=("id",))
    fields["version_count"] = versions
    detail = (f"{_plural(latest.word_count, 'word', 'words')}, "
              f"{_plural(versions, 'version', 'versions')}")
    return [Listed("narrative", latest.id or 0, latest.saved_at, None, latest.first_line,
                   fields, detail)]


SOURCES: dict[str, Source | None] = {
    "trigger": _triggers,
    "experiment": _experiments,
    "narrative": _narrative,
}


def collect(vault: Vault, *, kinds: tuple[str, ...] = KINDS, since: datetime | None = None,
            limit: int | None = None) -> list[Listed]:
    """Entries of the given kinds, newest first (each source reads at most ``limit``)."""
    rows: list[Listed] = []
    for kind in kinds:
        source = SOURCES.get(kind)
        if source is not None:
            rows.extend(source(vault, since, limit))
    rows.sort(key=lambda r: (r.occurred_at, r.kind, r.id), reverse=True)
    return rows[:limit] if limit is not None else rows
