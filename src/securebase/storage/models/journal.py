"""Journal tables: trigger moments (more kinds arrive with their migrations)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from securebase.storage.models.base import Base, UtcDateTime


class TriggerMomentRow(Base):
    __tablename__ = "trigger_moments"
    __table_args__ = (
        CheckConstraint("intensity BETWEEN 0 AND 10", name="ck_trigger_intensity"),
        CheckConstraint("intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10",
                        name="ck_trigger_intensity_after"),
        Index("ix_trigger_occurred", "occurred_at"),
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
