"""The attachment narrative (``vault.narrative``): one document, every save a version."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.narrative import NarrativeVersion, validate_narrative, word_count
from securebase.storage.models.journal import NarrativeVersionRow
from securebase.storage.triggers import local_tz, offset_minutes
from securebase.storage.write_errors import translate_write_errors


def _to_domain(row: NarrativeVersionRow, with_text: bool = True) -> NarrativeVersion:
    return NarrativeVersion(
        id=row.id, uid=row.uid, text=row.text if with_text else "",
        saved_at=row.saved_at.astimezone(local_tz(row.tz_offset_min)),
        word_count=row.word_count, note=row.note,
    )


def _live():
    return NarrativeVersionRow.deleted_at.is_(None)


_NEWEST = (NarrativeVersionRow.saved_at.desc(), NarrativeVersionRow.id.desc())


class NarrativeRepository:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    def save(self, text: str, note: str = "") -> NarrativeVersion:
        """Keep ``text`` as the newest version. Saving the same text again adds nothing
        and returns the newest version as it is."""
        validate_narrative(text, note)
        with translate_write_errors(), self._sessions.begin() as s:
            latest = s.scalars(select(NarrativeVersionRow).where(_live())
                               .order_by(*_NEWEST).limit(1)).first()
            if latest is not None and latest.text == text and not note:
                return _to_domain(latest)
            now = self._now()
            row = NarrativeVersionRow(uid=str(uuid.uuid4()), saved_at=now,
                                      tz_offset_min=offset_minutes(now), text=text,
                                      word_count=word_count(text), note=note)
            s.add(row)
            s.flush()
            return _to_domain(row)

    def latest(self) -> NarrativeVersion | None:
        with self._sessions() as s:
            row = s.scalars(select(NarrativeVersionRow).where(_live())
                            .order_by(*_NEWEST).limit(1)).first()
            return _to_domain(row) if row else None

    def get(self, version_id: int) -> NarrativeVersion | None:
        with self._sessions() as s:
            row = s.get(NarrativeVersionRow, version_id)
            return _to_domain(row) if row and row.deleted_at is None else None

    def versions(self, limit: int | None = None) -> list[NarrativeVersion]:
        """Every kept version, newest first, without its text (ask ``get`` for that)."""
        stmt = select(NarrativeVersionRow.id, NarrativeVersionRow.uid,
                      NarrativeVersionRow.saved_at, NarrativeVersionRow.tz_offset_min,
                      NarrativeVersionRow.word_count, NarrativeVersionRow.note
                      ).where(_live()).order_by(*_NEWEST)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._sessions() as s:
            return [NarrativeVersion(id=r.id, uid=r.uid, text="",
                                     saved_at=r.saved_at.astimezone(local_tz(r.tz_offset_min)),
                                     word_count=r.word_count, note=r.note)
                    for r in s.execute(stmt)]

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(NarrativeVersionRow)
                            .where(_live())) or 0

    def delete_version(self, version_id: int) -> None:
        """Soft delete one version (kept 30 days); the one before becomes the newest."""
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(NarrativeVersionRow, version_id)
            if row is not None and row.deleted_at is None:
                row.deleted_at = self._now()

    def restore_version(self, version_id: int) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(NarrativeVersionRow, version_id)
            if row is not None:
                row.deleted_at = None
