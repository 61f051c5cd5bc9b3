"""AutoLock: idle time against an injected clock, input resets it, waits while told to."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from securebase.domain.clock import FakeClock
from securebase.ui.autolock import (
    CHOICES,
    DEFAULT_MINUTES,
    SETTING_KEY,
    AutoLock,
    load_minutes,
    normalize_minutes,
    save_minutes,
)


class Locks:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def locks():
    return Locks()


@pytest.fixture
def make_autolock(qtbot, clock, locks):
    made = []

    def make(minutes=5, should_wait=None, clock_source=None, interval=10):
        auto = AutoLock(clock_source or clock, minutes, locks, should_wait, None,
                        check_interval_ms=interval)
        made.append(auto)
        auto.start()
        return auto

    yield make
    for auto in made:
        auto.stop()


def test_locks_after_the_delay_and_not_before(qtbot, clock, locks, make_autolock):
    auto = make_autolock(5)
    clock.advance(5 * 60 - 1)
    assert auto.check() is False
    assert locks.count == 0
    clock.advance(1)
    with qtbot.waitSignal(auto.fired, timeout=5_000):
        pass  # the check timer notices by itself
    assert locks.count == 1
    assert not auto.active
    clock.advance(3600)
    assert auto.check() is False  # it fires once, then waits for start() after the unlock
    assert locks.count == 1


@pytest.mark.parametrize("minutes", [1, 2, 10, 15, 30])
def test_each_choice_is_honoured(clock, locks, make_autolock, minutes):
    auto = make_autolock(minutes, interval=60_000)
    clock.advance(minutes * 60 - 1)
    assert auto.check() is False
    clock.advance(1)
    assert auto.check() is True
    assert locks.count == 1


def test_keyboard_and_mouse_input_reset_the_idle_time(qtbot, clock, locks, make_autolock):
    auto = make_autolock(5, interval=60_000)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    clock.advance(4 * 60)
    qtbot.keyClick(edit, Qt.Key.Key_A)
    clock.advance(4 * 60)
    assert auto.check() is False
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    clock.advance(4 * 60)
    assert auto.check() is False
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(edit, wheel)
    clock.advance(4 * 60)
    assert auto.check() is False
    clock.advance(61)
    assert auto.check() is True
    assert locks.count == 1


def test_a_stopped_auto_lock_does_nothing_until_started_again(clock, locks, make_autolock):
    auto = make_autolock(1, interval=60_000)
    auto.stop()
    clock.advance(120)
    assert auto.check() is False
    assert locks.count == 0
    auto.start()  # idle time starts again at the unlock
    clock.advance(59)
    assert auto.check() is False
    clock.advance(1)
    assert auto.check() is True


def test_waits_while_should_wait_and_counts_from_the_end_of_the_wait(
        clock, locks, make_autolock):
    busy = {"scan": True}
    auto = make_autolock(5, should_wait=lambda: busy["scan"], interval=60_000)
    clock.advance(3600)
    assert auto.check() is False
    busy["scan"] = False
    clock.advance(4 * 60)
    assert auto.check() is False
    clock.advance(60)
    assert auto.check() is True


def test_never_never_locks(qtbot, clock, locks, make_autolock):
    auto = make_autolock(None)
    clock.advance(365 * 24 * 3600)
    assert auto.check() is False
    assert locks.count == 0
    assert not auto._timer.isActive()


def test_changing_the_delay_takes_effect_at_once(clock, locks, make_autolock):
    auto = make_autolock(30, interval=60_000)
    clock.advance(90)
    auto.set_timeout(1)
    clock.advance(59)
    assert auto.check() is False  # a new delay counts from the change
    clock.advance(1)
    assert auto.check() is True


def test_a_wall_clock_jump_after_sleep_locks(clock, locks, make_autolock):
    auto = make_autolock(5, interval=60_000)
    # The laptop slept for an hour: wall time moved, monotonic time did not.
    clock.set(clock.now() + timedelta(hours=1))
    assert auto.check() is True


def test_a_millisecond_function_works_as_the_clock(locks, make_autolock):
    now = {"ms": 0.0}
    auto = make_autolock(2, clock_source=lambda: now["ms"], interval=60_000)
    now["ms"] += 2 * 60_000 - 1
    assert auto.check() is False
    now["ms"] += 1
    assert auto.check() is True


@pytest.mark.parametrize(("stored", "expected"), [
    (None, None), (1, 1), (30, 30), (7, DEFAULT_MINUTES), ("5", DEFAULT_MINUTES),
    (True, DEFAULT_MINUTES), (15.0, 15), (-1, DEFAULT_MINUTES),
])
def test_stored_values_are_normalised(stored, expected):
    assert normalize_minutes(stored) == expected


def test_delay_round_trips_through_the_vault(vault):
    assert load_minutes(vault.settings) == DEFAULT_MINUTES
    for choice in CHOICES:
        save_minutes(vault.settings, choice)
        assert vault.settings.get(SETTING_KEY) == choice
        assert load_minutes(vault.settings) == choice
