"""The Today tab: starting the path, cards that tick from the log, the starred focus,
pause/restart, and a tab that forgets everything when the vault locks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from securebase.app import AppContext
from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.path import Action
from securebase.storage.vault import Vault
from securebase.ui import dialogs
from securebase.ui.tabs.today_tab import TodayTab
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 14, 10, 0, tzinfo=LONDON))


@pytest.fixture
def told(monkeypatch):
    said = []
    monkeypatch.setattr(dialogs, "information", lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def vault(data_dir, make_vault, clock):
    v = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    yield v
    v.close()


@pytest.fixture
def tab(qtbot, vault, clock, data_dir, told):
    page = TodayTab()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.bind(AppContext(vault=vault, clock=clock, data_dir=data_dir))
    return page


@pytest.fixture
def started(tab, vault):
    vault.path_state.start(date(2026, 3, 3))  # today, 14 March, is day 12 (step 3)
    tab.refresh()
    return tab


def card(tab, action):
    return tab.path_page.cards.card(action)


def log_trigger(vault, at, logged_at=None):
    """A moment that happened at ``at`` and was logged then (or at ``logged_at``)."""
    vault.triggers.add(TriggerMoment(intensity=6, occurred_at=at, created_at=logged_at or at))


# ---------------------------------------------------------------------- starting
def test_starting_the_path_from_the_start_panel(tab, vault, qtbot):
    assert tab.stack.currentWidget() is tab.start_panel
    assert tab.start_panel.date_edit.date().toPython() == date(2026, 3, 14)
    qtbot.mouseClick(tab.start_panel.start_button, Qt.MouseButton.LeftButton)
    assert vault.path_state.load().start == date(2026, 3, 14)
    assert tab.stack.currentWidget() is tab.path_page
    assert tab.path_page.day_label.text() == "Day 1 of 50"
    assert tab.path_page.cards.order[0] is Action.ASSESSMENT
    first = card(tab, Action.ASSESSMENT)
    assert first.eyebrow.isVisibleTo(tab) and first.eyebrow.text() == "Suggested for this step"
    assert not card(tab, Action.TRIGGER).eyebrow.isVisibleTo(tab)
    assert first.title.text() == "Take the assessment"


def test_day_and_step_follow_the_start_date(started):
    page = started.path_page
    assert page.day_label.text() == "Day 12 of 50"
    assert page.step_label.text() == "Step 3 of 6 · Corrective experience design"
    assert page.focus_label.text() == "Small, safe new experiences"
    assert page.cards.order[0] is Action.EXPERIMENT
    assert page.timeline.current_step() == 3


def test_a_later_start_date_is_upcoming(tab, vault):
    tab.start_panel.date_edit.setDate(date(2026, 3, 17))
    tab.start_panel.start_button.click()
    assert vault.path_state.load().start == date(2026, 3, 17)
    assert tab.path_page.day_label.text() == "Your path begins in 3 days"
    assert "nothing is expected of you" in tab.path_page.status_note.text()
    assert "{date}" not in tab.path_page.status_note.text()


# ---------------------------------------------------------------------- cards tick
def test_cards_tick_after_a_trigger_moment_is_logged(started, vault, clock, qtbot):
    trigger = card(started, Action.TRIGGER)
    assert not trigger.done and trigger.status.text() == ""
    log_trigger(vault, clock.now() - timedelta(minutes=5))
    with qtbot.waitSignal(started.refreshed):
        started.refresh()
    assert trigger.done
    assert "Done today" in trigger.status.text()
    assert not card(started, Action.BODY_SCAN).done


def test_cards_tick_after_a_body_scan_session(started, vault, clock, qtbot):
    practice = pytest.importorskip("securebase.storage.practice")
    from securebase.domain.practice import PracticeKind, PracticeSession

    assert practice.PracticeRepository  # the real repository is there
    vault.practice.add(PracticeSession(kind=PracticeKind.BODYSCAN,
                                       started_at=clock.now() - timedelta(minutes=12),
                                       planned_seconds=600, completed_seconds=600,
                                       finished=True, calm_before=4, calm_after=7))
    with qtbot.waitSignal(started.refreshed):
        started.refresh()
    assert card(started, Action.BODY_SCAN).done
    assert card(started, Action.REFLECT).done  # calm rated afterwards
    assert not card(started, Action.TRIGGER).done


def test_showing_the_tab_refreshes_it(started, vault, clock, qtbot):
    log_trigger(vault, clock.now())
    assert not card(started, Action.TRIGGER).done
    with qtbot.waitSignal(started.refreshed):
        started.show()
    assert card(started, Action.TRIGGER).done


def test_a_late_night_counts_for_the_evening_before(started, vault, clock):
    clock.set(datetime(2026, 3, 15, 1, 30, tzinfo=LONDON))  # still "14 March" until 04:00
    log_trigger(vault, datetime(2026, 3, 14, 23, 50, tzinfo=LONDON), logged_at=clock.now())
    started.refresh()
    assert card(started, Action.TRIGGER).done
    assert started.path_page.day_label.text() == "Day 12 of 50"
    clock.set(datetime(2026, 3, 15, 4, 0, tzinfo=LONDON))
    started.refresh()
    assert started.path_page.day_label.text() == "Day 13 of 50"
    assert not card(started, Action.TRIGGER).done


def test_yesterdays_moment_does_not_tick_today(started, vault, clock):
    log_trigger(vault, datetime(2026, 3, 13, 21, 0, tzinfo=LONDON))
    started.refresh()
    assert not card(started, Action.TRIGGER).done
    assert started.view.summary.days_practised == 1


def test_progress_without_guilt(started, vault):
    for day in (4, 5, 6, 8, 9, 10, 11, 12, 13):  # 7 March missed, today still open
        log_trigger(vault, datetime(2026, 3, day, 20, 0, tzinfo=LONDON))
    started.refresh()
    footer = started.path_page.summary
    assert footer.practised.text() == "Practised on 9 days so far"
    assert footer.streak.text() == "Gentle streak: 9 days"
    assert footer.grace.text() == "With 1 rest day: one in any seven is fine."


# ---------------------------------------------------------------------- signals
@pytest.mark.parametrize(("action", "signal", "args"), [
    (Action.ASSESSMENT, "assessmentRequested", []),
    (Action.TRIGGER, "quickCaptureRequested", []),
    (Action.BODY_SCAN, "bodyScanRequested", [10]),
    (Action.EXPERIMENT, "experimentRequested", []),
    (Action.NARRATIVE, "narrativeRequested", []),
    (Action.REFLECT, "reflectRequested", []),
])
def test_each_card_is_one_click_away(started, qtbot, action, signal, args):
    heard = []
    for name in ("assessmentRequested", "quickCaptureRequested", "bodyScanRequested",
                 "experimentRequested", "narrativeRequested", "reflectRequested"):
        getattr(started, name).connect(lambda *a, n=name: heard.append((n, list(a))))
    with qtbot.waitSignal(started.actionRequested) as blocker:
        qtbot.mouseClick(card(started, action).button, Qt.MouseButton.LeftButton)
    assert blocker.args == [action.value]
    assert heard == [(signal, args)]


# ---------------------------------------------------------------------- the one that feels safest
def test_star_one_card_as_todays_focus(started, vault, clock, qtbot):
    body = card(started, Action.BODY_SCAN)
    qtbot.mouseClick(body.star, Qt.MouseButton.LeftButton)
    assert vault.path_state.load().focus_for(date(2026, 3, 14)) is Action.BODY_SCAN
    assert body.focused and body.status.text() == "Today's focus"
    narrative = card(started, Action.NARRATIVE)
    qtbot.mouseClick(narrative.star, Qt.MouseButton.LeftButton)
    assert narrative.focused and not body.focused  # only one focus
    qtbot.mouseClick(narrative.star, Qt.MouseButton.LeftButton)
    assert vault.path_state.load().focus is None
    assert not any(c.focused for c in started.path_page.cards.cards.values())


def test_the_focus_is_for_today_only(started, vault, clock):
    card(started, Action.TRIGGER).star.click()
    clock.advance(24 * 3600)
    started.refresh()
    assert not card(started, Action.TRIGGER).focused


# ---------------------------------------------------------------------- pause, restart, settings
def test_pause_and_resume(started, vault, clock, qtbot):
    footer = started.path_page.footer
    qtbot.mouseClick(footer.pause_button, Qt.MouseButton.LeftButton)
    assert vault.path_state.load().paused
    assert started.path_page.day_label.text() == "Day 12 of 50 · paused"
    assert started.path_page.status_note.isVisibleTo(started)
    assert started.path_page.resume_button.isVisibleTo(started)
    clock.advance(5 * 24 * 3600)
    started.refresh()
    assert started.path_page.day_label.text() == "Day 12 of 50 · paused"
    qtbot.mouseClick(started.path_page.resume_button, Qt.MouseButton.LeftButton)
    assert not vault.path_state.load().paused
    assert started.path_page.day_label.text() == "Day 13 of 50"
    assert not started.path_page.resume_button.isVisibleTo(started)
    qtbot.mouseClick(footer.pause_button, Qt.MouseButton.LeftButton)  # the footer pauses too
    assert vault.path_state.load().paused
    qtbot.mouseClick(footer.pause_button, Qt.MouseButton.LeftButton)  # ...and resumes
    assert not vault.path_state.load().paused


@pytest.mark.parametrize("confirm", [True, False])
def test_restart_asks_first(started, vault, monkeypatch, confirm):
    asked = []
    monkeypatch.setattr(dialogs, "question",
                        lambda parent, title, text, **kw: asked.append(text) or confirm)
    started.path_page.footer.restart_button.click()
    assert asked and "Everything you logged stays" in asked[0]
    state = vault.path_state.load()
    if confirm:
        assert state.start == date(2026, 3, 14) and len(state.restarts) == 1
        assert started.path_page.day_label.text() == "Day 1 of 50"
    else:
        assert state.start == date(2026, 3, 3) and state.restarts == ()


def test_day_end_hour_and_reminder_are_saved(started, vault):
    footer = started.path_page.footer
    footer.day_end.setCurrentIndex(footer.day_end.findData(2))
    footer.day_end.activated.emit(footer.day_end.currentIndex())
    assert vault.path_state.load().day_end_hour == 2
    footer.remind.setChecked(True)
    assert vault.path_state.load().reminder == time(19, 0)
    assert started.tray.reminder == time(19, 0)
    footer.remind.setChecked(False)
    assert vault.path_state.load().reminder is None


def test_a_refused_change_is_explained_in_one_sentence(started, vault, told):
    vault.path_state.pause()
    started.path_page.footer.pauseRequested.emit()  # stale button: already paused
    assert told == ["The path is already paused."]


# ---------------------------------------------------------------------- locking, looks
def test_clear_forgets_everything(started, vault, clock):
    card(started, Action.TRIGGER).star.click()
    started.clear()
    assert started.ctx is None
    assert started.stack.currentWidget() is started.locked_page
    texts = [label.text() for label in started.findChildren(QLabel)
             if label.window() is started and not started.locked_page.isAncestorOf(label)
             and label.objectName() != "startPoint"]
    private = [t for t in texts if "Day " in t or "Practised" in t or "streak" in t
               or "Step " in t or "focus" in t]
    assert private == []
    assert not started.timer.isActive()
    assert started.tray.locked


def test_no_red_anywhere(started, vault, clock):
    log_trigger(vault, clock.now())
    card(started, Action.NARRATIVE).star.click()
    image = started.grab().toImage()
    reddish = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            hue = c.hsvHue()
            if c.hsvSaturationF() > 0.45 and c.valueF() > 0.35 and (hue < 12 or hue > 340):
                reddish += 1
    assert reddish == 0
