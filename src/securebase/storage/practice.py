"""Practice sessions in the vault: body scans, breathing, and the two corrective timers."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.entries import EntryError
from securebase.domain.practice import (
    PracticeKind,
    PracticeSession,
    ReachOutChoice,
    validate_practice,
)
from securebase.storage.models import TriggerMomentRow
from securebase.storage.models.practice import PracticeSessionRow
from securebase.storage.write_errors import translate_write_errors

#: What counts toward "minutes of practice a week" unless asked otherwise.
REGULATION_KINDS = (PracticeKind.BODYSCAN, PracticeKind.BREATHING)
# A local day can start up to 14 hours before or after the same UTC date.
_TZ_SLACK = timedelta(hours=14)


@dataclass(frozen=True)
class WeekMinutes:
    week_start: date  # a Monday, in the user's local calendar
    minutes: float
    sessions: int


def _local(row: PracticeSessionRow) -> datetime:
    return row.started_at.astimezone(timezone(timedelta(minutes=row.tz_offset_min)))


def _to_domain(row: PracticeSessionRow) -> PracticeSession:
    return PracticeSession(
        id=row.id, uid=row.uid, kind=PracticeKind(row.kind), started_at=_local(row),
        planned_seconds=row.planned_seconds, completed_seconds=row.completed_seconds,
        finished=bool(row.finished), calm_before=row.calm_before, calm_after=row.calm_after,
        urge_before=row.urge_before, urge_after=row.urge_after,
        choice=ReachOutChoice(row.choice) if row.choice else None,
        felt=row.felt, note=row.note, trigger_id=row.trigger_id,
        experiment_id=row.experiment_id, details=json.loads(row.details or "{}"),
        created_at=row.created_at, updated_at=row.updated_at,
    )


def _fill(row: PracticeSessionRow, session: PracticeSession) -> None:
    offset = session.started_at.utcoffset()
    row.kind = session.kind.value
    row.started_at = session.started_at
    row.tz_offset_min = int(offset.total_seconds() // 60) if offset else 0
    row.planned_seconds = session.planned_seconds
    row.completed_seconds = session.completed_seconds
    row.finished = bool(session.finished)
    row.calm_before, row.calm_after = session.calm_before, session.calm_after
    row.urge_before, row.urge_after = session.urge_before, session.urge_after
    row.choice = session.choice.value if session.choice else None
    row.felt, row.note = session.felt, session.note
    row.trigger_id, row.experiment_id = session.trigger_id, session.experiment_id
    row.details = json.dumps(session.details, sort_keys=True)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class PracticeRepository:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    # ------------------------------------------------------------------ writing
    def add(self, session: PracticeSession) -> PracticeSession:
        """Save a new session (an import may bring its own uid and timestamps)."""
        validate_practice(session)
        now = self._now()
        row = PracticeSessionRow(uid=session.uid or str(uuid.uuid4()),
                                 created_at=session.created_at or now,
                                 updated_at=session.updated_at or now)
        _fill(row, session)
        with translate_write_errors(), self._sessions.begin() as s:
            self._check_trigger(s, session.trigger_id)
            s.add(row)
            s.flush()
            return _to_domain(row)

    def update(self, session: PracticeSession) -> PracticeSession:
        """Replace a saved session's fields (e.g. the calm rating given after it ended)."""
        if session.id is None:
            raise EntryError("Only a saved practice session can be updated.")
        validate_practice(session)
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(PracticeSessionRow, session.id)
            if row is None:
                raise EntryError("That practice session no longer exists.")
            self._check_trigger(s, session.trigger_id)
            _fill(row, session)
            row.updated_at = self._now()
            s.flush()
            return _to_domain(row)

    def delete(self, session_id: int) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(PracticeSessionRow, session_id)
            if row is not None:
                s.delete(row)

    # ------------------------------------------------------------------ reading
    def get(self, session_id: int) -> PracticeSession | None:
        with self._sessions() as s:
            row = s.get(PracticeSessionRow, session_id)
            return _to_domain(row) if row else None

    def get_by_uid(self, uid: str) -> PracticeSession | None:
        with self._sessions() as s:
            row = s.scalars(select(PracticeSessionRow).where(PracticeSessionRow.uid == uid)).first()
            return _to_domain(row) if row else None

    def count(self, kind: PracticeKind | None = None) -> int:
        stmt = select(func.count()).select_from(PracticeSessionRow)
        if kind is not None:
            stmt = stmt.where(PracticeSessionRow.kind == PracticeKind(kind).value)
        with self._sessions() as s:
            return s.scalar(stmt) or 0

    def list(self, start: datetime | None = None, end: datetime | None = None,
             kinds: Iterable[PracticeKind] | None = None, limit: int | None = None,
             offset: int = 0) -> list[PracticeSession]:
        """Sessions that started in ``[start, end)``, newest first."""
        stmt = select(PracticeSessionRow).order_by(PracticeSessionRow.started_at.desc(),
                                                   PracticeSessionRow.id.desc())
        if start is not None:
            stmt = stmt.where(PracticeSessionRow.started_at >= start)
        if end is not None:
            stmt = stmt.where(PracticeSessionRow.started_at < end)
        if kinds is not None:
            stmt = stmt.where(PracticeSessionRow.kind.in_([PracticeKind(k).value for k in kinds]))
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        with self._sessions() as s:
            return [_to_domain(r) for r in s.scalars(stmt)]

    def list_days(self, first: date, last: date,
                  kinds: Iterable[PracticeKind] | None = None) -> list[PracticeSession]:
        """Sessions on the local calendar days ``first`` to ``last`` (both included),
        each day as the user lived it (the time zone it was recorded in)."""
        lo = datetime.combine(first, time.min, UTC) - _TZ_SLACK
        hi = datetime.combine(last + timedelta(days=1), time.min, UTC) + _TZ_SLACK
        return [p for p in self.list(lo, hi, kinds) if first <= p.started_at.date() <= last]

    def days_practised(self, first: date, last: date,
                       kinds: Iterable[PracticeKind] | None = None) -> set[date]:
        return {p.started_at.date() for p in self.list_days(first, last, kinds)}

    def weekly_minutes(self, first: date, last: date,
                       kinds: Iterable[PracticeKind] | None = REGULATION_KINDS) -> list[WeekMinutes]:
        """Minutes practised in each week (Monday to Sunday) touching ``first``..``last``,
        weeks without practice included as zero, oldest first."""
        if last < first:
            return []
        totals: dict[date, list] = {}
        week = _week_start(first)
        while week <= last:
            totals[week] = [0, 0]
            week += timedelta(days=7)
        for p in self.list_days(first, last, kinds):
            bucket = totals[_week_start(p.started_at.date())]
            bucket[0] += p.completed_seconds
            bucket[1] += 1
        return [WeekMinutes(w, secs / 60.0, n) for w, (secs, n) in totals.items()]

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _check_trigger(s: Session, trigger_id: int | None) -> None:
        if trigger_id is not None and s.get(TriggerMomentRow, trigger_id) is None:
            raise EntryError("The trigger moment this practice was linked to no longer exists.")


__all__ = ["PracticeRepository", "WeekMinutes", "REGULATION_KINDS"]
