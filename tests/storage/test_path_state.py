"""The path state lives in the vault (settings table) and survives locking."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from securebase.domain import path as p
from securebase.domain.clock import FakeClock
from securebase.storage.path_state import SETTING_KEY, PathStateRepository, from_json, to_json
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 2, 21, 0, tzinfo=LONDON))


@pytest.fixture
def repo(vault, clock):
    return PathStateRepository(vault.sessions, clock.now)


def test_a_new_vault_has_not_started(repo):
    state = repo.load()
    assert not state.started and state.day_end_hour == 4 and state.reminder is None


def test_vault_builds_the_repository(vault):
    assert isinstance(vault.path_state, PathStateRepository)


def test_everything_survives_closing_the_vault(data_dir, make_vault, clock):
    vault = Vault.open(data_dir, PASSPHRASE, clock=clock)
    repo = vault.path_state
    repo.start()
    clock.advance(3 * 86400)
    repo.pause()
    clock.advance(4 * 86400)
    repo.resume()
    repo.set_day_end_hour(5)
    repo.set_focus(p.Action.BODY_SCAN)
    repo.set_reminder(time(19, 30))
    expected = repo.load()
    vault.close()

    vault = Vault.open(data_dir, PASSPHRASE, clock=clock)
    try:
        state = vault.path_state.load()
    finally:
        vault.close()
    assert state == expected
    assert state.start == date(2026, 3, 2)
    assert state.pauses == (p.Pause(date(2026, 3, 5), date(2026, 3, 9)),)
    assert state.day_end_hour == 5 and state.reminder == time(19, 30)
    assert state.focus == p.Focus(date(2026, 3, 9), p.Action.BODY_SCAN)
    assert p.progress(state, date(2026, 3, 9)).day == 5


def test_today_follows_the_day_end_hour(repo, clock):
    clock.set(datetime(2026, 3, 3, 2, 30, tzinfo=LONDON))  # a late night
    state = repo.start()
    assert state.start == date(2026, 3, 2)
    repo.set_day_end_hour(0)
    assert repo.today() == date(2026, 3, 3)


def test_restart_is_recorded(repo, clock):
    repo.start()
    clock.advance(10 * 86400)
    state = repo.restart()
    assert state.start == date(2026, 3, 12)
    assert state.restarts == (p.Restart(date(2026, 3, 12), date(2026, 3, 2), 11),)


def test_refused_changes_leave_the_state_alone(repo):
    repo.start()
    before = repo.load()
    with pytest.raises(p.PathError):
        repo.resume()
    with pytest.raises(p.PathError):
        repo.set_day_end_hour(20)
    assert repo.load() == before


def test_state_is_json_in_the_settings_table(vault, repo):
    repo.start(date(2026, 3, 1))
    stored = vault.settings.get(SETTING_KEY)
    assert stored["start"] == "2026-03-01" and stored["version"] == 1


def test_an_unreadable_stored_value_shows_a_fresh_path_and_is_kept(vault, repo):
    vault.settings.set(SETTING_KEY, {"start": "not a date"})
    assert repo.load() == p.PathState()
    assert vault.settings.get(SETTING_KEY) == {"start": "not a date"}


def test_json_round_trip_of_a_full_state():
    state = p.PathState(
        start=date(2026, 1, 1),
        pauses=(p.Pause(date(2026, 1, 5), date(2026, 1, 9)), p.Pause(date(2026, 1, 20))),
        restarts=(p.Restart(date(2025, 12, 1), date(2025, 11, 1), 30),),
        day_end_hour=3, focus=p.Focus(date(2026, 1, 21), p.Action.NARRATIVE),
        reminder=time(8, 5))
    assert from_json(json.loads(json.dumps(to_json(state)))) == state
