"""Declarative base and shared column types."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator):
    """Aware datetimes stored as sortable UTC ISO-8601 text ('2026-11-24T17:30:00.000000Z')."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect):
        if value is None:
            return None
        return datetime.fromisoformat(value)  # reads the trailing "Z"; ~10x faster than strptime


def utc_text(value: datetime) -> str:
    return UtcDateTime().process_bind_param(value, None)


class Base(DeclarativeBase):
    pass
