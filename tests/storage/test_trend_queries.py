"""The Trends tab's queries: the few columns the charts need, on the wall clock the entry
was logged on, never any text the user wrote."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event

from securebase.domain import trends as t
from securebase.domain.assessment import Score
from securebase.domain.entries import TriggerMoment
from securebase.domain.practice import PracticeKind, PracticeSession
from securebase.services.trends import load_snapshot, trend_queries
from securebase.storage.trend_queries import TrendQueries

TOKYO = timezone(timedelta(hours=9))
NEW_YORK = timezone(timedelta(hours=-5))


@pytest.fixture
def queries(vault):
    return TrendQueries(vault.sessions, vault.clock.now)


def moment(at, intensity=5, **kw) -> TriggerMoment:
    return TriggerMoment(intensity=intensity, occurred_at=at, **kw)


def test_moments_keep_the_local_time_and_the_labels(vault, queries):
    vault.triggers.add(moment(datetime(2026, 3, 4, 23, 30, tzinfo=TOKYO), 7, intensity_after=3,
                              category="conflict", regulation=("breathing", "pause"),
                              regions=("chest",), situation="a private sentence"))
    [got] = queries.moments()
    assert got.at == datetime(2026, 3, 4, 23, 30, tzinfo=TOKYO)
    assert got.at.utcoffset() == timedelta(hours=9)
    assert got.day == date(2026, 3, 4)  # Tokyo's day, although it was 14:30 UTC
    assert (got.intensity, got.after, got.category) == (7, 3, "conflict")
    assert got.regulation == ("breathing", "pause") and got.regions == ("chest",)
    assert not hasattr(got, "situation")


def test_moments_skip_deleted_ones_and_come_in_wall_clock_order(vault, queries):
    # 10:00 in Tokyo on the 5th (01:00 UTC) is earlier in UTC than 21:00 in New York on
    # the 4th (02:00 UTC), but later on the wall clock; the charts go by the wall clock.
    tokyo = vault.triggers.add(moment(datetime(2026, 3, 5, 10, 0, tzinfo=TOKYO), 1))
    vault.triggers.add(moment(datetime(2026, 3, 4, 21, 0, tzinfo=NEW_YORK), 2))
    gone = vault.triggers.add(moment(datetime(2026, 3, 4, 12, 0, tzinfo=UTC), 3))
    vault.triggers.delete(gone.id)
    got = queries.moments()
    assert [x.intensity for x in got] == [2, 1]
    assert got[0].at > tokyo.occurred_at  # New York's is later in UTC, yet shown first
    since = queries.moments(since=datetime(2026, 3, 5, 1, 30, tzinfo=UTC))
    assert [x.intensity for x in since] == [2]


def test_only_chart_columns_are_read(vault, queries):
    vault.triggers.add(moment(datetime(2026, 3, 4, 9, 0, tzinfo=UTC), situation="secret"))
    vault.practice.add(PracticeSession(PracticeKind.BODYSCAN,
                                       datetime(2026, 3, 4, 9, 0, tzinfo=UTC), 600, 600,
                                       note="private note"))
    statements = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(vault.engine, "before_cursor_execute", seen)
    try:
        queries.moments()
        queries.practice()
        queries.takes()
    finally:
        event.remove(vault.engine, "before_cursor_execute", seen)
    joined = " ".join(statements).lower()
    for column in ("situation", "thoughts", "body,", "what_i_did", "who", "note", "felt", "*"):
        assert column not in joined


def test_practice_sessions_with_calm_ratings_and_kinds(vault, queries):
    base = datetime(2026, 3, 2, 8, 0, tzinfo=TOKYO)
    vault.practice.add(PracticeSession(PracticeKind.BODYSCAN, base, 600, 540, calm_before=3,
                                       calm_after=7))
    vault.practice.add(PracticeSession(PracticeKind.PAUSE, base + timedelta(hours=1), 300, 300))
    vault.practice.add(PracticeSession(PracticeKind.BREATHING, base + timedelta(days=1), 300,
                                       300))
    every = queries.practice()
    assert [p.kind for p in every] == ["bodyscan", "pause", "breathing"]
    first = every[0]
    assert (first.at, first.seconds, first.calm_before, first.calm_after) == (base, 540, 3, 7)
    assert [p.kind for p in queries.practice(kinds=t.PRACTICE_KINDS)] == ["bodyscan",
                                                                          "breathing"]


def test_weekly_practice_minutes_agree_with_the_practice_repository(vault, queries):
    start = datetime(2026, 3, 2, 23, 30, tzinfo=TOKYO)  # a Monday night in Tokyo
    for i, (kind, seconds) in enumerate([(PracticeKind.BODYSCAN, 600),
                                         (PracticeKind.BREATHING, 300),
                                         (PracticeKind.PAUSE, 300),
                                         (PracticeKind.BODYSCAN, 1200)]):
        vault.practice.add(PracticeSession(kind, start + timedelta(days=4 * i), seconds,
                                           seconds))
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    ours = t.practice_buckets(queries.practice(), t.Period(first, last))
    theirs = vault.practice.weekly_minutes(first, last)
    assert [(b.start, b.total, b.sessions) for b in ours] == \
        [(w.week_start, w.minutes, w.sessions) for w in theirs]


def _complete(vault, instrument: str, anxiety: float, avoidance: float, when: datetime):
    from securebase.storage.assessments import AssessmentRepository

    repo = AssessmentRepository(vault.sessions, lambda: when)
    take = repo.start(instrument, "1")
    return repo.complete(take.id, Score(anxiety, avoidance, {}))


def test_takes_of_the_latest_instrument_oldest_first(vault, queries):
    _complete(vault, "old-instrument", 6.0, 6.0, datetime(2025, 12, 1, 9, tzinfo=UTC))
    _complete(vault, "securebase-attachment", 5.0, 3.0, datetime(2026, 1, 1, 9, tzinfo=UTC))
    _complete(vault, "securebase-attachment", 4.0, 2.5, datetime(2026, 3, 1, 9, tzinfo=UTC))
    vault.assessments.start("securebase-attachment", "1")  # unfinished: not a point
    takes = queries.takes()
    assert [(x.anxiety, x.avoidance) for x in takes] == [(5.0, 3.0), (4.0, 2.5)]
    assert [x.day for x in takes] == [date(2026, 1, 1), date(2026, 3, 1)]
    assert [x.anxiety for x in queries.takes("old-instrument")] == [6.0]


def test_an_empty_vault_gives_empty_lists(queries):
    assert queries.moments() == [] and queries.practice() == [] and queries.takes() == []


def test_the_snapshot_holds_everything_the_charts_need(vault):
    vault.triggers.add(moment(datetime(2026, 3, 4, 9, 0, tzinfo=UTC), 6, category="conflict"))
    vault.triggers.add(moment(datetime(2026, 3, 5, 9, 0, tzinfo=UTC), 4))
    vault.triggers.add(moment(datetime(2026, 3, 6, 9, 0, tzinfo=UTC), 4, category="conflict"))
    vault.path_state.start(vault.clock.now().date())
    snapshot = load_snapshot(vault)
    assert len(snapshot.moments) == 3 and snapshot.practice == () and snapshot.takes == ()
    assert snapshot.categories == ["conflict", ""]
    assert snapshot.path.start == vault.clock.now().date()
    assert snapshot.today == vault.clock.now().date()
    assert isinstance(trend_queries(vault), TrendQueries)


def test_the_fingerprint_changes_with_everything_the_charts_show(vault, queries):
    seen = [queries.fingerprint()]

    def changed() -> bool:
        seen.append(queries.fingerprint())
        return seen[-1] != seen[-2]

    saved = vault.triggers.add(moment(datetime(2026, 3, 4, 9, 0, tzinfo=UTC), 5))
    assert changed()
    assert not changed()  # asking again changes nothing
    vault.triggers.update(replace(saved, intensity=6))
    assert changed()
    vault.triggers.delete(saved.id)
    assert changed()
    vault.practice.add(PracticeSession(PracticeKind.BREATHING,
                                       datetime(2026, 3, 4, 9, 0, tzinfo=UTC), 300, 300))
    assert changed()
    _complete(vault, "securebase-attachment", 4.0, 3.0, datetime(2026, 3, 4, 9, tzinfo=UTC))
    assert changed()
    vault.path_state.start(vault.clock.now().date())
    assert changed()
