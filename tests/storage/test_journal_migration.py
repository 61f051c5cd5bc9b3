"""A vault written by the first schema (0001) upgrades to the journal schema without loss."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.experiments import Experiment
from securebase.storage import migrate
from securebase.storage.engine import create_database, make_engine
from securebase.storage.experiments import ExperimentRepository
from securebase.storage.narrative import NarrativeRepository
from securebase.storage.triggers import TriggerRepository

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
OLD_ROWS = [
    # id, uid, occurred_at, situation, body, thoughts, urge, intensity, after, deleted_at
    (1, "00000000-0000-0000-0000-000000000001", "2026-04-01T20:00:00.000000Z",
     "He didn't reply 你好 🙂", "tight chest", "I am too much", "reach-out", 8, 3, None),
    (2, "00000000-0000-0000-0000-000000000002", "2026-04-02T20:00:00.000000Z",
     "", "", "", None, 2, None, None),
    (3, "00000000-0000-0000-0000-000000000003", "2026-04-03T20:00:00.000000Z",
     "deleted one with lighthouse", "", "", "freeze", 5, None, "2026-04-04T20:00:00.000000Z"),
]


def _engine_at_0001(tmp_path):
    key = os.urandom(32)
    db = tmp_path / "old.db"
    create_database(db, key)
    engine = make_engine(db, key)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        for row in OLD_ROWS:
            conn.execute(text(
                "INSERT INTO trigger_moments (id, uid, occurred_at, tz_offset_min, created_at, "
                "updated_at, situation, body, thoughts, urge, intensity, intensity_after, "
                "deleted_at) VALUES (:id, :uid, :at, 60, :at, :at, :s, :b, :t, :u, :i, :a, :d)"),
                dict(zip(("id", "uid", "at", "s", "b", "t", "u", "i", "a", "d"), row,
                         strict=True)))
    return engine


def test_upgrade_from_0001_keeps_every_moment_and_its_search(tmp_path):
    engine = _engine_at_0001(tmp_path)
    assert migrate.current_revision(engine) == "0001"
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    sessions = sessionmaker(engine, expire_on_commit=False)
    clock = FakeClock(NOW)
    triggers = TriggerRepository(sessions, clock.now)

    first = triggers.get(1)
    assert (first.situation, first.body, first.thoughts, first.urge.value,
            first.intensity, first.intensity_after) == (
        "He didn't reply 你好 🙂", "tight chest", "I am too much", "reach-out", 8, 3)
    assert first.occurred_at.utcoffset().total_seconds() == 3600
    assert (first.who, first.category, first.emotions, first.tags) == ("", "", (), ())
    assert triggers.get(2).intensity == 2
    assert triggers.get(3) is None  # still deleted
    assert triggers.count() == 2

    # the rebuilt index finds the old text, and not the deleted moment
    assert [e.id for e in triggers.search_all("reply")] == [1]
    assert [e.id for e in triggers.search_all("你好")] == [1]
    assert triggers.search_all("lighthouse") == []
    triggers.restore(3)
    assert [e.id for e in triggers.search_all("lighthouse")] == [3]

    # and the new tables and index triggers work on the upgraded file
    t = triggers.add(TriggerMoment(intensity=4, occurred_at=NOW, who="Ana", tags=("new",)))
    ExperimentRepository(sessions, clock.now).add(
        Experiment(plan="stay one more minute", planned_for=NOW, trigger_id=1))
    NarrativeRepository(sessions, clock.now).save("my story begins")
    assert [e.id for e in triggers.search_all("Ana")] == [t.id]
    assert [e.kind.value for e in triggers.search_all("minute")] == ["experiment"]
    assert [e.kind.value for e in triggers.search_all("story")] == ["narrative"]
    engine.dispose()


def test_upgrade_replaces_the_old_index_triggers(tmp_path):
    engine = _engine_at_0001(tmp_path)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        names = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        rows = conn.execute(text("SELECT count(*) FROM search_index")).scalar()
    assert {"trigger_moments_ai", "trigger_moments_au", "trigger_moments_ad",
            "experiments_ai", "experiments_au", "experiments_ad",
            "narrative_versions_ai", "narrative_versions_au", "narrative_versions_ad"} <= names
    assert rows == 2  # two live moments, each indexed once
    engine.dispose()
