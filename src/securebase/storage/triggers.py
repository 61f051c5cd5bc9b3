"""Trigger moments: save, read, change, list and search inside the vault.

The repository also answers journal-wide questions (every kind of entry) through
``JournalQueries``: ``list_entries``, ``count_entries``, ``search_all``,
``delete_entry``/``restore_entry`` and ``purge_deleted``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.entries import (
    TriggerMoment,
    Urge,
    check_label,
    clean_labels,
    validate_trigger,
)
from securebase.storage.errors import InvalidInput
from securebase.storage.journal_search import JournalQueries
from securebase.storage.models import TriggerMomentRow
from securebase.storage.models.journal import TriggerCategoryRow
from securebase.storage.write_errors import translate_write_errors


def local_tz(offset_min: int) -> timezone:
    return timezone(timedelta(minutes=offset_min))


def offset_minutes(when: datetime) -> int:
    offset = when.utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def _to_domain(row: TriggerMomentRow) -> TriggerMoment:
    return TriggerMoment(
        id=row.id, uid=row.uid, intensity=row.intensity,
        intensity_after=row.intensity_after,
        occurred_at=row.occurred_at.astimezone(local_tz(row.tz_offset_min)),
        situation=row.situation, body=row.body, thoughts=row.thoughts,
        urge=Urge(row.urge) if row.urge else None,
        created_at=row.created_at, updated_at=row.updated_at,
        who=row.who or "", category=row.category or "",
        emotions=tuple(row.emotions or ()), sensations=tuple(row.sensations or ()),
        regions=tuple(row.regions or ()), what_i_did=row.what_i_did or "",
        regulation=tuple(row.regulation or ()), tags=tuple(row.tags or ()),
    )


def _fill(row: TriggerMomentRow, moment: TriggerMoment) -> None:
    row.occurred_at = moment.occurred_at
    row.tz_offset_min = offset_minutes(moment.occurred_at)
    row.intensity = moment.intensity
    row.intensity_after = moment.intensity_after
    row.situation, row.body, row.thoughts = moment.situation, moment.body, moment.thoughts
    row.urge = moment.urge.value if moment.urge else None
    row.who, row.category, row.what_i_did = moment.who, moment.category, moment.what_i_did
    row.emotions, row.sensations = moment.emotions, moment.sensations
    row.regions, row.regulation, row.tags = moment.regions, moment.regulation, moment.tags



class TriggerRepository(JournalQueries):
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    def add(self, moment: TriggerMoment) -> TriggerMoment:
        validate_trigger(moment)
        now = self._now()
        row = TriggerMomentRow(uid=moment.uid or str(uuid.uuid4()),
                               created_at=moment.created_at or now,
                               updated_at=moment.updated_at or now)
        _fill(row, moment)
        with translate_write_errors(), self._sessions.begin() as s:
            s.add(row)
            s.flush()
            return _to_domain(row)

    def update(self, moment: TriggerMoment) -> TriggerMoment:
        """Save changes to an existing moment (found by ``moment.id``)."""
        validate_trigger(moment)
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(TriggerMomentRow, moment.id) if moment.id is not None else None
            if row is None or row.deleted_at is not None:
                raise InvalidInput("That moment no longer exists; it may have been deleted.")
            _fill(row, moment)
            row.updated_at = self._now()
            s.flush()
            return _to_domain(row)

    def get(self, entry_id: int) -> TriggerMoment | None:
        with self._sessions() as s:
            row = s.get(TriggerMomentRow, entry_id)
            return _to_domain(row) if row and row.deleted_at is None else None

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(TriggerMomentRow)
                            .where(TriggerMomentRow.deleted_at.is_(None))) or 0

    def list(self, since: datetime | None = None, limit: int | None = None,
             offset: int = 0, until: datetime | None = None) -> list[TriggerMoment]:
        """Newest first."""
        stmt = (select(TriggerMomentRow).where(TriggerMomentRow.deleted_at.is_(None))
                .order_by(TriggerMomentRow.occurred_at.desc(), TriggerMomentRow.id.desc()))
        if since is not None:
            stmt = stmt.where(TriggerMomentRow.occurred_at >= since)
        if until is not None:
            stmt = stmt.where(TriggerMomentRow.occurred_at <= until)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        with self._sessions() as s:
            return [_to_domain(r) for r in s.scalars(stmt)]

    def delete(self, entry_id: int) -> None:
        """Soft delete: kept 30 days so it can be undone."""
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(TriggerMomentRow, entry_id)
            if row is not None and row.deleted_at is None:
                row.deleted_at = self._now()

    def restore(self, entry_id: int) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(TriggerMomentRow, entry_id)
            if row is not None:
                row.deleted_at = None

    # ------------------------------------------------------------------ suggestions
    def known_people(self, prefix: str = "", limit: int = 50) -> list[str]:
        """Who earlier moments were with, most recent first (for completion)."""
        with self._sessions() as s:
            rows = s.execute(text(
                "SELECT who FROM trigger_moments WHERE deleted_at IS NULL AND who != '' "
                "GROUP BY who ORDER BY max(occurred_at) DESC LIMIT :limit"),
                {"limit": limit * 4 if prefix else limit}).scalars()
            people = [p for p in rows if p.casefold().startswith(prefix.casefold())]
        return people[:limit]

    def custom_categories(self) -> list[str]:
        """Categories the user added, in the order they were added."""
        with self._sessions() as s:
            return list(s.scalars(select(TriggerCategoryRow.label)
                                  .order_by(TriggerCategoryRow.id)))

    def add_category(self, label: str) -> str:
        """Add a category of the user's own; returns it cleaned (adding twice is harmless)."""
        cleaned = clean_labels([label])
        check_label(cleaned[0] if cleaned else "", "The category")
        label = cleaned[0]
        existing = {c.casefold(): c for c in self.custom_categories()}
        if label.casefold() in existing:
            return existing[label.casefold()]
        try:
            with translate_write_errors(), self._sessions.begin() as s:
                s.add(TriggerCategoryRow(label=label, created_at=self._now()))
        except IntegrityError:
            pass
        return label


