"""Assessment tables: takes (kept forever once completed) and their answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from securebase.storage.models.base import Base, UtcDateTime


class AssessmentTakeRow(Base):
    """One run through an instrument. Scores are frozen at completion (``facets`` is
    JSON: facet id -> mean), so editing an instrument file never rewrites history."""

    __tablename__ = "assessment_takes"
    __table_args__ = (
        CheckConstraint("anxiety IS NULL OR anxiety BETWEEN 1 AND 7", name="ck_take_anxiety"),
        CheckConstraint("avoidance IS NULL OR avoidance BETWEEN 1 AND 7", name="ck_take_avoidance"),
        CheckConstraint("completed_at IS NULL OR (anxiety IS NOT NULL AND avoidance IS NOT NULL)",
                        name="ck_take_completed_scored"),
        Index("ix_take_instrument_completed", "instrument_id", "completed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    anxiety: Mapped[float | None] = mapped_column(Float, nullable=True)
    avoidance: Mapped[float | None] = mapped_column(Float, nullable=True)
    facets: Mapped[str] = mapped_column(Text, default="{}")


class AssessmentAnswerRow(Base):
    """One answer; ``value`` NULL means the person chose to skip the item."""

    __tablename__ = "assessment_answers"
    __table_args__ = (
        CheckConstraint("value IS NULL OR value BETWEEN 1 AND 7", name="ck_answer_value"),
    )

    take_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("assessment_takes.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)
