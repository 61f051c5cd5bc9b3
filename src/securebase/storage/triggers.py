"""Trigger moments: save, read, list and search inside the vault."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.entries import TriggerMoment, Urge, validate_trigger
from securebase.storage.models import TriggerMomentRow
from securebase.storage.models.base import utc_text
from securebase.storage.write_errors import translate_write_errors

KIND_TRIGGER = "trigger"


@dataclass(frozen=True)
class SearchHit:
    kind: str
    entry_id: int
    occurred_at: datetime
    snippet: str  # with the match wrapped in [[ and ]]


def _to_domain(row: TriggerMomentRow) -> TriggerMoment:
    from datetime import timedelta, timezone

    tz = timezone(timedelta(minutes=row.tz_offset_min))
    return TriggerMoment(
        id=row.id, uid=row.uid, intensity=row.intensity,
        intensity_after=row.intensity_after,
        occurred_at=row.occurred_at.astimezone(tz),
        situation=row.situation, body=row.body, thoughts=row.thoughts,
        urge=Urge(row.urge) if row.urge else None,
        created_at=row.created_at, updated_at=row.updated_at,
    )


def fts_query(user_text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 query: every word must appear."""
    words = [w for w in user_text.split() if w]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


class TriggerRepository:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    def add(self, moment: TriggerMoment) -> TriggerMoment:
        validate_trigger(moment)
        now = self._now()
        offset = moment.occurred_at.utcoffset()
        row = TriggerMomentRow(
            uid=moment.uid or str(uuid.uuid4()),
            occurred_at=moment.occurred_at,
            tz_offset_min=int(offset.total_seconds() // 60) if offset else 0,
            created_at=moment.created_at or now, updated_at=moment.updated_at or now,
            intensity=moment.intensity, intensity_after=moment.intensity_after,
            situation=moment.situation, body=moment.body, thoughts=moment.thoughts,
            urge=moment.urge.value if moment.urge else None,
        )
        with translate_write_errors(), self._sessions.begin() as s:
            s.add(row)
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
             offset: int = 0) -> list[TriggerMoment]:
        """Newest first."""
        stmt = (select(TriggerMomentRow).where(TriggerMomentRow.deleted_at.is_(None))
                .order_by(TriggerMomentRow.occurred_at.desc(), TriggerMomentRow.id.desc()))
        if since is not None:
            stmt = stmt.where(TriggerMomentRow.occurred_at >= since)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        with self._sessions() as s:
            return [_to_domain(r) for r in s.scalars(stmt)]

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Full-text search, best matches first. Words shorter than three characters
        (common in Chinese) fall back to a substring scan."""
        words = query.split()
        if not words:
            return []
        with self._sessions() as s:
            if all(len(w) >= 3 for w in words):
                rows = s.execute(text(
                    "SELECT si.kind, si.entry_id, t.occurred_at, "
                    "snippet(search_index, 0, '[[', ']]', '…', 12) "
                    "FROM search_index si JOIN trigger_moments t ON t.id = si.entry_id "
                    "WHERE search_index MATCH :q AND si.kind = 'trigger' "
                    "ORDER BY rank LIMIT :limit"), {"q": fts_query(query), "limit": limit})
            else:
                clauses = " AND ".join(f"si.text LIKE :w{i} ESCAPE '\\'" for i in range(len(words)))
                params = {f"w{i}": "%" + w.replace("\\", "\\\\").replace("%", "\\%")
                          .replace("_", "\\_") + "%" for i, w in enumerate(words)}
                rows = s.execute(text(
                    "SELECT si.kind, si.entry_id, t.occurred_at, substr(si.text, 1, 80) "
                    "FROM search_index si JOIN trigger_moments t ON t.id = si.entry_id "
                    f"WHERE {clauses} ORDER BY t.occurred_at DESC LIMIT :limit"),
                    {**params, "limit": limit})
            from securebase.storage.models.base import UtcDateTime

            conv = UtcDateTime().process_result_value
            return [SearchHit(kind, int(eid), conv(at, None), snip) for kind, eid, at, snip in rows]

    def delete(self, entry_id: int) -> None:
        """Soft delete: kept 30 days so it can be undone."""
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(TriggerMomentRow, entry_id)
            if row is not None:
                row.deleted_at = self._now()

    def restore(self, entry_id: int) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(TriggerMomentRow, entry_id)
            if row is not None:
                row.deleted_at = None


__all__ = ["TriggerRepository", "SearchHit", "fts_query", "utc_text", "KIND_TRIGGER"]
