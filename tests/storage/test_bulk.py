"""Bulk inserts: same values as the repositories, full-text index kept, all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from securebase.domain.entries import TriggerMoment
from securebase.storage.bulk import bulk_insert, next_ids
from securebase.storage.models.journal import ExperimentRow, TriggerMomentRow
from securebase.storage.models.practice import PracticeSessionRow

AT = datetime(2026, 3, 1, 21, 15, tzinfo=UTC)


def _trigger(i: int, **extra) -> dict:
    row = dict(id=i, uid=f"bulk-{i}", occurred_at=AT + timedelta(minutes=i), tz_offset_min=60,
               created_at=AT, updated_at=AT, intensity=i % 11, situation=f"lantern moment {i}",
               emotions=("anxious", "sad"), tags=("évening",))
    row.update(extra)
    return row


def test_rows_read_back_exactly_like_repository_rows(vault):
    saved = vault.triggers.add(TriggerMoment(intensity=4, occurred_at=AT, situation="typed",
                                             emotions=("hurt",)))
    first = next_ids(vault.sessions, [TriggerMomentRow])["trigger_moments"]
    assert first == saved.id + 1
    written = bulk_insert(vault.sessions, [(TriggerMomentRow, [_trigger(first), _trigger(first + 1)])])
    assert written == {"trigger_moments": 2}
    got = vault.triggers.get(first)
    assert got.situation == f"lantern moment {first}"
    assert got.emotions == ("anxious", "sad") and got.tags == ("évening",)
    assert got.occurred_at == AT + timedelta(minutes=first)
    assert got.occurred_at.utcoffset() == timedelta(minutes=60)
    with vault.sessions() as s:
        raw = s.execute(text("SELECT occurred_at, tags FROM trigger_moments WHERE id = :i"),
                        {"i": first}).one()
        typed = s.execute(text("SELECT occurred_at FROM trigger_moments WHERE id = :i"),
                          {"i": saved.id}).scalar()
    assert len(raw.occurred_at) == len(typed)  # the same text format as the ORM writes
    assert raw.tags == '["évening"]'


def test_the_full_text_index_follows_bulk_rows(vault):
    bulk_insert(vault.sessions, [(TriggerMomentRow, [_trigger(i) for i in range(1, 301)])])
    hits = vault.triggers.search_all("lantern moment 27")
    assert {h.id for h in hits} >= {27}
    assert vault.triggers.count_entries() == 300
    vault.triggers.delete(27)
    assert 27 not in {h.id for h in vault.triggers.search_all("lantern moment 27")}


def test_one_bad_row_writes_nothing_at_all(vault):
    good = [_trigger(i) for i in range(1, 50)]
    bad = [dict(id=1, uid="exp", planned_for=AT, tz_offset_min=0, created_at=AT, updated_at=AT,
                plan="p", status="no such status")]
    with pytest.raises(IntegrityError):  # the database refuses the status
        bulk_insert(vault.sessions, [(TriggerMomentRow, good), (ExperimentRow, bad)])
    assert vault.triggers.count() == 0
    assert vault.triggers.search_all("lantern") == []


def test_booleans_and_progress(vault):
    rows = [dict(id=i, uid=f"p{i}", kind="bodyscan", started_at=AT, tz_offset_min=0,
                 created_at=AT, updated_at=AT, planned_seconds=600, completed_seconds=600,
                 finished=bool(i % 2), details="{}") for i in range(1, 11)]
    seen: list[int] = []
    bulk_insert(vault.sessions, [(PracticeSessionRow, rows)], chunk=4, progress=seen.append)
    assert seen == [4, 8, 10]
    assert [s.finished for s in sorted(vault.practice.list(), key=lambda s: s.id)] == [
        bool(i % 2) for i in range(1, 11)]


def test_unknown_columns_are_refused_before_anything_is_written(vault):
    with pytest.raises(ValueError, match="no column"):
        bulk_insert(vault.sessions, [(TriggerMomentRow, [_trigger(1, mood="x")])])
    assert vault.triggers.count() == 0
