"""Journal tables: trigger moments, corrective experiments, narrative versions,
the user's own trigger categories and drafts of unsaved work."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from securebase.storage.models.base import Base, UtcDateTime


class JsonList(TypeDecorator):
    """A tuple of strings stored as JSON text (non-ASCII kept as is)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(list(value or ()), ensure_ascii=False)

    def process_result_value(self, value, dialect):
        return tuple(json.loads(value)) if value else ()


class TriggerMomentRow(Base):
    __tablename__ = "trigger_moments"
    __table_args__ = (
        CheckConstraint("intensity BETWEEN 0 AND 10", name="ck_trigger_intensity"),
        CheckConstraint("intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10",
                        name="ck_trigger_intensity_after"),
        Index("ix_trigger_occurred", "occurred_at"),
        Index("ix_trigger_live", "deleted_at", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    tz_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    intensity: Mapped[int] = mapped_column(Integer)
    intensity_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    situation: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    thoughts: Mapped[str] = mapped_column(Text, default="")
    urge: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # added in 0002
    who: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text, default="")
    emotions: Mapped[tuple[str, ...]] = mapped_column(JsonList, default=())
    sensations: Mapped[tuple[str, ...]] = mapped_column(JsonList, default=())
    regions: Mapped[tuple[str, ...]] = mapped_column(JsonList, default=())
    what_i_did: Mapped[str] = mapped_column(Text, default="")
    regulation: Mapped[tuple[str, ...]] = mapped_column(JsonList, default=())
    tags: Mapped[tuple[str, ...]] = mapped_column(JsonList, default=())


class TriggerCategoryRow(Base):
    """Categories the user added to the built-in list."""

    __tablename__ = "trigger_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text, unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ExperimentRow(Base):
    __tablename__ = "experiments"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'done', 'skipped')", name="ck_experiment_status"),
        CheckConstraint("belief_before IS NULL OR belief_before BETWEEN 0 AND 100",
                        name="ck_experiment_belief_before"),
        CheckConstraint("belief_after IS NULL OR belief_after BETWEEN 0 AND 100",
                        name="ck_experiment_belief_after"),
        CheckConstraint("anxiety_before IS NULL OR anxiety_before BETWEEN 0 AND 10",
                        name="ck_experiment_anxiety_before"),
        CheckConstraint("anxiety_after IS NULL OR anxiety_after BETWEEN 0 AND 10",
                        name="ck_experiment_anxiety_after"),
        Index("ix_experiment_live", "deleted_at", "planned_for"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    planned_for: Mapped[datetime] = mapped_column(UtcDateTime)
    tz_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    idea_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    plan: Mapped[str] = mapped_column(Text, default="")
    prediction: Mapped[str] = mapped_column(Text, default="")
    belief_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    outcome: Mapped[str] = mapped_column(Text, default="")
    feelings_after: Mapped[str] = mapped_column(Text, default="")
    anxiety_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    anxiety_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    belief_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    trigger_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("trigger_moments.id", ondelete="SET NULL"), nullable=True)
    tags: Mapped[tuple[str, ...]] = mapped_column(JsonList, default=())


class NarrativeVersionRow(Base):
    __tablename__ = "narrative_versions"
    __table_args__ = (Index("ix_narrative_live", "deleted_at", "saved_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)
    tz_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class DraftRow(Base):
    __tablename__ = "journal_drafts"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)  # JSON object
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)
