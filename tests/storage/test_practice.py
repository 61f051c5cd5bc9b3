"""Practice sessions in the vault: save, update, list by date, weekly minutes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from securebase.domain.entries import EntryError, TriggerMoment
from securebase.domain.practice import PracticeKind, PracticeSession, ReachOutChoice
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

PARIS = timezone(timedelta(hours=2))


def session(**kw) -> PracticeSession:
    base = dict(kind=PracticeKind.BODYSCAN, started_at=datetime(2026, 3, 4, 8, 0, tzinfo=PARIS),
                planned_seconds=600, completed_seconds=600, finished=True)
    base.update(kw)
    return PracticeSession(**base)


def test_a_session_round_trips_with_every_field(vault):
    trigger = vault.triggers.add(TriggerMoment(intensity=7, occurred_at=datetime(
        2026, 3, 4, 7, 30, tzinfo=PARIS)))
    saved = vault.practice.add(session(
        kind=PracticeKind.PAUSE, planned_seconds=300, completed_seconds=212, finished=False,
        calm_before=3, calm_after=6, urge_before=9, urge_after=4,
        choice=ReachOutChoice.WAIT, note="Felt it in my throat 🌊", trigger_id=trigger.id,
        details={"pace": 6.0}))
    assert saved.id is not None and saved.uid
    got = vault.practice.get(saved.id)
    assert got == saved
    assert got.started_at == datetime(2026, 3, 4, 8, 0, tzinfo=PARIS)
    assert got.started_at.utcoffset() == timedelta(hours=2)  # the time as the user lived it
    assert got.details == {"pace": 6.0}
    assert got.calm_change == 3
    assert got.minutes == pytest.approx(212 / 60)
    assert vault.practice.get_by_uid(saved.uid) == saved


def test_sessions_survive_closing_and_reopening_the_vault(data_dir, make_vault):
    v = Vault.open(data_dir, PASSPHRASE)
    saved = v.practice.add(session(kind=PracticeKind.STAY, planned_seconds=60,
                                   completed_seconds=60, felt="Hard, then softer."))
    v.close()
    v = Vault.open(data_dir, PASSPHRASE)
    try:
        assert v.practice.get(saved.id).felt == "Hard, then softer."
        assert v.practice.count() == 1
    finally:
        v.close()


@pytest.mark.parametrize(("change", "message"), [
    (dict(calm_before=11), "Calm before"),
    (dict(calm_after=-1), "Calm after"),
    (dict(urge_after=True), "Urgency after"),
    (dict(completed_seconds=601), "completed time"),
    (dict(planned_seconds=0), "planned length"),
    (dict(completed_seconds=1.5), "whole number"),
    (dict(choice=ReachOutChoice.WAIT), "Only a pause"),
    (dict(kind="meditation"), "kind of practice"),
    (dict(started_at=datetime(2026, 3, 4, 8, 0)), "time zone"),
    (dict(note="a\x00b"), "null character"),
    (dict(details={"when": datetime(2026, 1, 1, tzinfo=UTC)}), "plain values"),
])
def test_invalid_sessions_are_refused_with_one_sentence(vault, change, message):
    with pytest.raises(EntryError, match=message):
        vault.practice.add(session(**change))
    assert vault.practice.count() == 0


def test_the_database_itself_refuses_out_of_range_values(vault):
    """The CHECK constraints hold even against code that skips validation."""
    with pytest.raises(IntegrityError), vault.sessions.begin() as s:
        s.execute(text(
            "INSERT INTO practice_sessions (uid, kind, started_at, created_at, updated_at, "
            "planned_seconds, completed_seconds, calm_after) VALUES ('u', 'bodyscan', "
            "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', "
            "'2026-01-01T00:00:00.000000Z', 60, 30, 12)"))


def test_a_link_to_a_missing_trigger_moment_is_refused(vault):
    with pytest.raises(EntryError, match="no longer exists"):
        vault.practice.add(session(trigger_id=999))


def test_update_keeps_the_identity_and_moves_updated_at(vault):
    saved = vault.practice.add(session(calm_before=4))
    later = replace(saved, calm_after=8, note="Warm feet.")
    updated = vault.practice.update(later)
    assert updated.id == saved.id and updated.uid == saved.uid
    assert vault.practice.get(saved.id).calm_after == 8
    assert vault.practice.get(saved.id).note == "Warm feet."
    with pytest.raises(EntryError):
        vault.practice.update(replace(saved, id=None))
    vault.practice.delete(saved.id)
    assert vault.practice.get(saved.id) is None
    with pytest.raises(EntryError, match="no longer exists"):
        vault.practice.update(later)


def test_list_by_date_range_newest_first_and_by_kind(vault):
    day = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    for i, kind in enumerate([PracticeKind.BODYSCAN, PracticeKind.BREATHING,
                              PracticeKind.PAUSE, PracticeKind.BODYSCAN]):
        vault.practice.add(session(kind=kind, started_at=day + timedelta(days=i)))
    everything = vault.practice.list()
    assert [s.started_at.day for s in everything] == [5, 4, 3, 2]
    middle = vault.practice.list(day + timedelta(days=1), day + timedelta(days=3))
    assert [s.started_at.day for s in middle] == [4, 3]  # start included, end excluded
    scans = vault.practice.list(kinds=[PracticeKind.BODYSCAN])
    assert [s.started_at.day for s in scans] == [5, 2]
    assert vault.practice.count(PracticeKind.BODYSCAN) == 2
    assert len(vault.practice.list(limit=2, offset=1)) == 2


def test_days_follow_the_users_local_calendar(vault):
    # 23:30 on Sunday in Paris is 21:30 UTC; 00:30 on Monday in Paris is still Sunday in UTC.
    vault.practice.add(session(started_at=datetime(2026, 3, 8, 23, 30, tzinfo=PARIS)))
    vault.practice.add(session(started_at=datetime(2026, 3, 9, 0, 30, tzinfo=PARIS)))
    assert vault.practice.days_practised(date(2026, 3, 8), date(2026, 3, 8)) == {date(2026, 3, 8)}
    assert vault.practice.days_practised(date(2026, 3, 9), date(2026, 3, 9)) == {date(2026, 3, 9)}
    assert len(vault.practice.list_days(date(2026, 3, 8), date(2026, 3, 9))) == 2


def test_weekly_minutes_count_regulation_practice_and_keep_empty_weeks(vault):
    add = vault.practice.add
    add(session(started_at=datetime(2026, 3, 2, 9, 0, tzinfo=PARIS)))  # Mon, week 1: 10 min
    add(session(kind=PracticeKind.BREATHING, planned_seconds=300, completed_seconds=150,
                finished=False, started_at=datetime(2026, 3, 8, 23, 30, tzinfo=PARIS)))  # Sun
    add(session(kind=PracticeKind.STAY, planned_seconds=60, completed_seconds=60,
                started_at=datetime(2026, 3, 4, 9, 0, tzinfo=PARIS)))  # not regulation
    add(session(started_at=datetime(2026, 3, 9, 0, 30, tzinfo=PARIS)))  # Mon, week 2
    add(session(started_at=datetime(2026, 3, 25, 9, 0, tzinfo=PARIS)))  # week 4
    weeks = vault.practice.weekly_minutes(date(2026, 3, 1), date(2026, 3, 31))
    assert [w.week_start for w in weeks] == [date(2026, 2, 23), date(2026, 3, 2),
                                             date(2026, 3, 9), date(2026, 3, 16),
                                             date(2026, 3, 23), date(2026, 3, 30)]
    assert [w.minutes for w in weeks] == [0, 12.5, 10, 0, 10, 0]
    assert [w.sessions for w in weeks] == [0, 2, 1, 0, 1, 0]
    everything = vault.practice.weekly_minutes(date(2026, 3, 2), date(2026, 3, 8), kinds=None)
    assert everything[0].minutes == 13.5
    assert vault.practice.weekly_minutes(date(2026, 3, 9), date(2026, 3, 1)) == []


def test_an_empty_vault_has_no_practice(vault):
    assert vault.practice.list() == []
    assert vault.practice.count() == 0
    assert vault.practice.days_practised(date(2026, 1, 1), date(2026, 12, 31)) == set()
