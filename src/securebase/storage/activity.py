"""When anything was logged: timestamps only, read straight from the tables.

The Today tab counts practised days over the whole path; reading full rows (and
their private text) just to learn their times was the slowest part of unlocking a
large vault. Only timestamp columns are read here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from securebase.storage.models.base import utc_text

# Each source: a timestamp column of a table, with the condition that makes it count.
_SOURCES = (
    "SELECT created_at FROM trigger_moments WHERE deleted_at IS NULL",
    "SELECT updated_at FROM trigger_moments WHERE deleted_at IS NULL "
    "AND intensity_after IS NOT NULL",
    "SELECT started_at FROM practice_sessions WHERE 1",
    "SELECT created_at FROM experiments WHERE deleted_at IS NULL",
    "SELECT updated_at FROM experiments WHERE deleted_at IS NULL",
    "SELECT saved_at FROM narrative_versions WHERE deleted_at IS NULL",
    "SELECT completed_at FROM assessment_takes WHERE completed_at IS NOT NULL",
)


class ActivityTimes:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions

    def times(self, start: datetime, end: datetime) -> list[datetime]:
        """Every moment in ``[start, end)`` at which something was logged (UTC)."""
        column = {0: "created_at", 1: "updated_at", 2: "started_at", 3: "created_at",
                  4: "updated_at", 5: "saved_at", 6: "completed_at"}
        parts = [f"SELECT DISTINCT {column[i]} AS at FROM ({sql}) WHERE {column[i]} >= :start "
                 f"AND {column[i]} < :end" for i, sql in enumerate(_SOURCES)]
        params = {"start": utc_text(start), "end": utc_text(end)}
        with self._sessions() as s:
            rows = s.execute(text(" UNION ".join(parts)), params).scalars()
            return [datetime.fromisoformat(value) for value in rows]
