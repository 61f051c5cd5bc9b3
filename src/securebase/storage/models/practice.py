"""Practice sessions: body scans, breathing, and the two corrective timers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from securebase.storage.models.base import Base, UtcDateTime


def _rating(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {column} BETWEEN 0 AND 10",
                           name=f"ck_practice_{column}")


class PracticeSessionRow(Base):
    __tablename__ = "practice_sessions"
    __table_args__ = (
        CheckConstraint("kind IN ('bodyscan', 'breathing', 'pause', 'stay')",
                        name="ck_practice_kind"),
        CheckConstraint("planned_seconds > 0", name="ck_practice_planned"),
        CheckConstraint("completed_seconds BETWEEN 0 AND planned_seconds",
                        name="ck_practice_completed"),
        CheckConstraint("choice IS NULL OR choice IN ('reach-out-now', 'wait')",
                        name="ck_practice_choice"),
        _rating("calm_before"), _rating("calm_after"),
        _rating("urge_before"), _rating("urge_after"),
        Index("ix_practice_started", "started_at"),
        Index("ix_practice_kind_started", "kind", "started_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    tz_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    planned_seconds: Mapped[int] = mapped_column(Integer)
    completed_seconds: Mapped[int] = mapped_column(Integer)
    finished: Mapped[bool] = mapped_column(Boolean, default=False)
    calm_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    calm_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    urge_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    urge_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    choice: Mapped[str | None] = mapped_column(String(16), nullable=True)
    felt: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    trigger_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("trigger_moments.id", ondelete="SET NULL"), nullable=True)
    experiment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
