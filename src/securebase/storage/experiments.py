"""Corrective experiments inside the vault (``vault.experiments``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.experiments import Experiment, ExperimentStatus, validate_experiment
from securebase.storage.errors import InvalidInput
from securebase.storage.models.journal import ExperimentRow, TriggerMomentRow
from securebase.storage.triggers import local_tz, offset_minutes
from securebase.storage.write_errors import translate_write_errors


def _to_domain(row: ExperimentRow) -> Experiment:
    return Experiment(
        id=row.id, uid=row.uid,
        plan=row.plan, planned_for=row.planned_for.astimezone(local_tz(row.tz_offset_min)),
        idea_key=row.idea_key, prediction=row.prediction, belief_before=row.belief_before,
        status=ExperimentStatus(row.status), outcome=row.outcome,
        feelings_after=row.feelings_after, anxiety_before=row.anxiety_before,
        anxiety_after=row.anxiety_after, belief_after=row.belief_after,
        trigger_id=row.trigger_id, tags=tuple(row.tags or ()),
        created_at=row.created_at, updated_at=row.updated_at,
    )


def _fill(row: ExperimentRow, exp: Experiment) -> None:
    row.planned_for = exp.planned_for
    row.tz_offset_min = offset_minutes(exp.planned_for)
    row.idea_key = exp.idea_key
    row.plan, row.prediction = exp.plan, exp.prediction
    row.belief_before, row.belief_after = exp.belief_before, exp.belief_after
    row.status = exp.status.value
    row.outcome, row.feelings_after = exp.outcome, exp.feelings_after
    row.anxiety_before, row.anxiety_after = exp.anxiety_before, exp.anxiety_after
    row.trigger_id = exp.trigger_id
    row.tags = exp.tags


class ExperimentRepository:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    def _check_link(self, s: Session, exp: Experiment) -> None:
        if exp.trigger_id is not None and s.get(TriggerMomentRow, exp.trigger_id) is None:
            raise InvalidInput("The trigger moment this experiment links to no longer exists.")

    def add(self, exp: Experiment) -> Experiment:
        validate_experiment(exp)
        now = self._now()
        row = ExperimentRow(uid=exp.uid or str(uuid.uuid4()),
                            created_at=exp.created_at or now, updated_at=exp.updated_at or now)
        _fill(row, exp)
        with translate_write_errors(), self._sessions.begin() as s:
            self._check_link(s, exp)
            s.add(row)
            s.flush()
            return _to_domain(row)

    def update(self, exp: Experiment) -> Experiment:
        validate_experiment(exp)
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(ExperimentRow, exp.id) if exp.id is not None else None
            if row is None or row.deleted_at is not None:
                raise InvalidInput("That experiment no longer exists; it may have been deleted.")
            self._check_link(s, exp)
            _fill(row, exp)
            row.updated_at = self._now()
            s.flush()
            return _to_domain(row)

    def get(self, entry_id: int) -> Experiment | None:
        with self._sessions() as s:
            row = s.get(ExperimentRow, entry_id)
            return _to_domain(row) if row and row.deleted_at is None else None

    def count(self, status: ExperimentStatus | None = None) -> int:
        stmt = select(func.count()).select_from(ExperimentRow).where(
            ExperimentRow.deleted_at.is_(None))
        if status is not None:
            stmt = stmt.where(ExperimentRow.status == status.value)
        with self._sessions() as s:
            return s.scalar(stmt) or 0

    def list(self, since: datetime | None = None, until: datetime | None = None,
             status: ExperimentStatus | None = None, limit: int | None = None,
             offset: int = 0) -> list[Experiment]:
        """Newest planned time first."""
        stmt = (select(ExperimentRow).where(ExperimentRow.deleted_at.is_(None))
                .order_by(ExperimentRow.planned_for.desc(), ExperimentRow.id.desc()))
        if since is not None:
            stmt = stmt.where(ExperimentRow.planned_for >= since)
        if until is not None:
            stmt = stmt.where(ExperimentRow.planned_for <= until)
        if status is not None:
            stmt = stmt.where(ExperimentRow.status == status.value)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        with self._sessions() as s:
            return [_to_domain(r) for r in s.scalars(stmt)]

    def for_trigger(self, trigger_id: int) -> list[Experiment]:
        """Experiments that a trigger moment prompted."""
        stmt = (select(ExperimentRow).where(ExperimentRow.deleted_at.is_(None),
                                            ExperimentRow.trigger_id == trigger_id)
                .order_by(ExperimentRow.planned_for.desc()))
        with self._sessions() as s:
            return [_to_domain(r) for r in s.scalars(stmt)]

    def delete(self, entry_id: int) -> None:
        """Soft delete: kept 30 days so it can be undone."""
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(ExperimentRow, entry_id)
            if row is not None and row.deleted_at is None:
                row.deleted_at = self._now()

    def restore(self, entry_id: int) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            row = s.get(ExperimentRow, entry_id)
            if row is not None:
                row.deleted_at = None
