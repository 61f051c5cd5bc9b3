"""The tray helper: "Log a trigger moment" asks to unlock first when locked, and the
daily reminder is shown once, at its time, and not after the user already practised."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from securebase.domain.clock import FakeClock
from securebase.ui.tray import PathTray

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def tray(qtbot):
    clock = FakeClock(datetime(2026, 3, 14, 18, 0, tzinfo=LONDON))
    t = PathTray(clock=clock)
    yield t
    t.shutdown()


def test_offscreen_there_is_no_icon_and_no_error(tray):
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    tray.set_reminder(time(19, 0))
    assert tray.icon is None
    assert not tray.timer.isActive()


def test_log_while_locked_asks_to_unlock_then_opens_capture(tray, qtbot):
    assert tray.locked
    heard = []
    tray.logTriggerRequested.connect(lambda: heard.append("log"))
    with qtbot.waitSignal(tray.unlockRequested):
        tray.log_action.trigger()
    assert heard == []
    with qtbot.waitSignal(tray.logTriggerRequested):
        tray.set_locked(False)
    assert heard == ["log"]
    tray.set_locked(True)
    tray.set_locked(False)
    assert heard == ["log"]  # the request was answered once


def test_log_while_unlocked_opens_capture_at_once(tray, qtbot):
    tray.set_locked(False)
    with qtbot.assertNotEmitted(tray.unlockRequested):
        with qtbot.waitSignal(tray.logTriggerRequested):
            tray.log_action.trigger()


def test_reminder_once_a_day_at_its_time(tray, qtbot):
    tray.set_reminder(time(19, 0))
    with qtbot.assertNotEmitted(tray.reminded):
        assert not tray.check_reminder()
    tray.clock.advance(3600)
    with qtbot.waitSignal(tray.reminded) as blocker:
        assert tray.check_reminder()
    assert "small" in blocker.args[0]
    tray.clock.advance(600)
    assert not tray.check_reminder()
    tray.clock.advance(24 * 3600)
    assert tray.check_reminder()


def test_no_reminder_after_practising_or_when_off(tray):
    tray.set_reminder(time(19, 0))
    tray.mark_practised(date(2026, 3, 14))
    tray.clock.advance(3600)
    assert not tray.check_reminder()
    tray.set_reminder(None)
    tray.clock.advance(24 * 3600)
    assert not tray.check_reminder()
