"""Assessment takes: answers saved one by one (so a take can be resumed), completed
takes kept forever (the database refuses to delete them), the list of takes for the
trajectory."""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.assessment import Score, Take
from securebase.storage.errors import InvalidInput
from securebase.storage.models.assessment import AssessmentAnswerRow, AssessmentTakeRow
from securebase.storage.write_errors import translate_write_errors

_FINISHED = "This take is already finished; start a new take to answer again."
_GONE = "That assessment take no longer exists."


def _to_domain(row: AssessmentTakeRow, answers: list[AssessmentAnswerRow]) -> Take:
    return Take(
        id=row.id, uid=row.uid, instrument_id=row.instrument_id,
        instrument_version=row.instrument_version, started_at=row.started_at,
        updated_at=row.updated_at, completed_at=row.completed_at,
        answers={a.item_id: a.value for a in answers},
        anxiety=row.anxiety, avoidance=row.avoidance,
        facets=json.loads(row.facets or "{}"),
    )


def _check_score(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) \
            or not 1.0 <= float(value) <= 7.0:
        raise InvalidInput(f"The {what} score must be a number from 1 to 7.")
    return float(value)


class AssessmentRepository:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    # ------------------------------------------------------------------ reading
    def _load(self, s: Session, row: AssessmentTakeRow) -> Take:
        return self._load_many(s, [row])[0]

    def _load_many(self, s: Session, rows: list[AssessmentTakeRow]) -> list[Take]:
        """The takes with their answers, in two queries however many takes there are."""
        by_take: dict[int, list[AssessmentAnswerRow]] = {row.id: [] for row in rows}
        if rows:
            for answer in s.scalars(select(AssessmentAnswerRow)
                                    .where(AssessmentAnswerRow.take_id.in_(list(by_take)))):
                by_take[answer.take_id].append(answer)
        return [_to_domain(row, by_take[row.id]) for row in rows]

    def get(self, take_id: int) -> Take | None:
        with self._sessions() as s:
            row = s.get(AssessmentTakeRow, take_id)
            return self._load(s, row) if row is not None else None

    def in_progress(self, instrument_id: str | None = None) -> Take | None:
        """The newest unfinished take (of that instrument), or None."""
        stmt = select(AssessmentTakeRow).where(AssessmentTakeRow.completed_at.is_(None))
        if instrument_id is not None:
            stmt = stmt.where(AssessmentTakeRow.instrument_id == instrument_id)
        stmt = stmt.order_by(AssessmentTakeRow.updated_at.desc(), AssessmentTakeRow.id.desc())
        with self._sessions() as s:
            row = s.scalars(stmt.limit(1)).first()
            return self._load(s, row) if row is not None else None

    def completed(self, instrument_id: str | None = None) -> list[Take]:
        """Completed takes, oldest first: the trajectory."""
        stmt = select(AssessmentTakeRow).where(AssessmentTakeRow.completed_at.is_not(None))
        if instrument_id is not None:
            stmt = stmt.where(AssessmentTakeRow.instrument_id == instrument_id)
        stmt = stmt.order_by(AssessmentTakeRow.completed_at, AssessmentTakeRow.id)
        with self._sessions() as s:
            return self._load_many(s, list(s.scalars(stmt)))

    def list_takes(self) -> list[Take]:
        """Every take, finished or not, oldest first."""
        stmt = select(AssessmentTakeRow).order_by(AssessmentTakeRow.started_at,
                                                  AssessmentTakeRow.id)
        with self._sessions() as s:
            return self._load_many(s, list(s.scalars(stmt)))

    def latest_completed(self, instrument_id: str | None = None) -> Take | None:
        done = self.completed(instrument_id)
        return done[-1] if done else None

    def count_completed(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(AssessmentTakeRow)
                            .where(AssessmentTakeRow.completed_at.is_not(None))) or 0

    # ------------------------------------------------------------------ writing
    def start(self, instrument_id: str, instrument_version: str) -> Take:
        """Begin a new take. An unfinished take of the same instrument is kept for resuming
        unless the caller discards it first."""
        if not instrument_id or not instrument_version:
            raise InvalidInput("A take needs the instrument's id and version.")
        now = self._now()
        row = AssessmentTakeRow(uid=str(uuid.uuid4()), instrument_id=instrument_id,
                                instrument_version=instrument_version, started_at=now,
                                updated_at=now, facets="{}")
        with translate_write_errors(), self._sessions.begin() as s:
            s.add(row)
            s.flush()
            return _to_domain(row, [])

    def _open_row(self, s: Session, take_id: int) -> AssessmentTakeRow:
        row = s.get(AssessmentTakeRow, take_id)
        if row is None:
            raise InvalidInput(_GONE)
        if row.completed_at is not None:
            raise InvalidInput(_FINISHED)
        return row

    def save_answer(self, take_id: int, item_id: str, value: int | None) -> None:
        """Save (or change) one answer at once; ``None`` records a deliberate skip."""
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not 1 <= value <= 7):
            raise InvalidInput("An answer must be a whole number from 1 to 7.")
        if not item_id:
            raise InvalidInput("An answer needs the item it belongs to.")
        now = self._now()
        with translate_write_errors(), self._sessions.begin() as s:
            row = self._open_row(s, take_id)
            s.merge(AssessmentAnswerRow(take_id=take_id, item_id=item_id, value=value,
                                        answered_at=now))
            row.updated_at = now

    def forget_answer(self, take_id: int, item_id: str) -> None:
        """Make an item unanswered again (never reached)."""
        with translate_write_errors(), self._sessions.begin() as s:
            self._open_row(s, take_id)
            answer = s.get(AssessmentAnswerRow, (take_id, item_id))
            if answer is not None:
                s.delete(answer)

    def complete(self, take_id: int, score: Score) -> Take:
        """Finish a take with its scores (computed by the domain). From now on it is
        kept forever and its answers can no longer change."""
        anxiety = _check_score(score.anxiety, "anxiety")
        avoidance = _check_score(score.avoidance, "avoidance")
        clean = {str(k): _check_score(v, f"'{k}' facet") for k, v in score.facets.items()}
        now = self._now()
        with translate_write_errors(), self._sessions.begin() as s:
            row = self._open_row(s, take_id)
            row.anxiety, row.avoidance = anxiety, avoidance
            row.facets = json.dumps(clean, sort_keys=True)
            row.completed_at = now
            row.updated_at = now
            s.flush()
            return self._load(s, row)

    def discard(self, take_id: int) -> None:
        """Throw away an unfinished take and its answers. Completed takes are kept."""
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(AssessmentTakeRow, take_id)
            if row is None:
                return
            if row.completed_at is not None:
                raise InvalidInput("Completed takes are kept; they cannot be deleted.")
            for answer in s.scalars(select(AssessmentAnswerRow)
                                    .where(AssessmentAnswerRow.take_id == take_id)):
                s.delete(answer)
            s.delete(row)
