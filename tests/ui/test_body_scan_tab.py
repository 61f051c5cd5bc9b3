"""The Body scan tab driven by a fake clock: sessions run, pause, finish and are saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from securebase.app import AppContext
from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.practice import PracticeKind
from securebase.storage.vault import Vault
from securebase.ui.tabs.body_scan_tab import BodyScanTab
from tests.conftest import PASSPHRASE


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def open_vault(data_dir, make_vault, clock):
    v = Vault.open(data_dir, PASSPHRASE, clock=clock)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def tab(qtbot, open_vault, clock, data_dir):
    page = BodyScanTab()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.bind(AppContext(vault=open_vault, clock=clock, data_dir=data_dir))
    return page


def advance(tab, clock, seconds):
    clock.advance(seconds)
    tab.tick()


def test_the_tab_keeps_its_contract_names(tab):
    assert tab.objectName() == "bodyScanTab"
    assert BodyScanTab.title == "Body scan"
    assert [a.objectName() for a in tab.global_actions()] == [
        "startBodyScanAction", "pauseTimerAction", "stayTimerAction"]


def test_start_pause_resume_finish_rate_and_the_session_is_saved(tab, clock, open_vault, qtbot):
    page = tab.scan_page
    page.calm_before.buttons[3].click()
    page.length.buttons[5].click()
    with qtbot.waitSignal(tab.runningChanged) as started:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [True]
    assert page.stack.currentWidget() is page.session
    assert tab.blocks_autolock()

    advance(tab, clock, 100)
    assert page.ring.text == "3:20"
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert page.pause_button.text() == "Resume"
    assert not tab.blocks_autolock()  # a paused session may lock after the idle delay
    advance(tab, clock, 600)  # a long pause does not count
    assert page.ring.text == "3:20"
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert tab.blocks_autolock()
    advance(tab, clock, 150)
    assert page.ring.text == "0:50"
    with qtbot.waitSignal(tab.sessionSaved) as saved:
        advance(tab, clock, 60)
    assert page.stack.currentWidget() is page.done
    assert page.done_panel.heading.text() == "You gave yourself this time"
    assert not tab.blocks_autolock()

    record = saved.args[0]
    assert (record.kind, record.planned_seconds, record.completed_seconds) == (
        PracticeKind.BODYSCAN, 300, 300)
    assert record.finished and record.calm_before == 3 and record.calm_after is None

    page.done_panel.calm_after.buttons[7].click()  # one click saves the rating
    assert open_vault.practice.get(record.id).calm_after == 7
    page.done_panel.note.setPlainText("Shoulders dropped.")
    qtbot.mouseClick(page.done_panel.done_button, Qt.MouseButton.LeftButton)
    stored = open_vault.practice.list()
    assert len(stored) == 1
    assert (stored[0].calm_before, stored[0].calm_after, stored[0].note) == (
        3, 7, "Shoulders dropped.")
    assert page.stack.currentWidget() is page.setup
    assert page.calm_before.value() is None and page.done_panel.note_text() == ""


def test_clicking_a_rating_twice_clears_it(tab):
    row = tab.scan_page.calm_before
    row.buttons[6].click()
    assert row.value() == 6
    row.buttons[6].click()
    assert row.value() is None


def test_space_pauses_and_resumes(tab, clock, qtbot):
    tab.start_body_scan(3)
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    assert tab.scan_page.pause_button.text() == "Resume"
    advance(tab, clock, 50)
    assert tab.scan_page.ring.text == "3:00"
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    advance(tab, clock, 50)
    assert tab.scan_page.ring.text == "2:10"


def test_the_figure_lights_the_current_region_and_skip_moves_on(tab, clock, qtbot):
    tab.start_body_scan(10)
    page = tab.scan_page
    assert page.figure.lit == frozenset()  # arriving: nothing lit
    feet = page.scan.schedule[1]
    advance(tab, clock, feet.start + 2)
    assert page.figure.lit == {"feet"}
    assert page.next_label.text() == "Next: Lower legs"
    assert page.instruction.text().startswith("Bring your attention to your feet")
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert page.figure.lit == {"lower_legs"}
    assert page.step_label.text() == "Lower legs · 3 of 16"
    page.stop()
    record = tab.scan_page.record
    assert record.details["skipped"] == ["feet"]
    assert record.completed_seconds == feet.start + 2


def test_stopping_early_gets_a_kind_word_and_is_saved_as_partial(tab, clock, open_vault, qtbot):
    tab.start_body_scan(10)
    advance(tab, clock, 95)
    qtbot.mouseClick(tab.scan_page.stop_button, Qt.MouseButton.LeftButton)
    panel = tab.scan_page.done_panel
    assert panel.heading.text() == "Stopping is fine"
    assert "1:35" in panel.summary.text()
    (record,) = open_vault.practice.list()
    assert not record.finished and record.completed_seconds == 95


def test_the_scan_keeps_running_while_another_tab_is_shown(tab, clock, open_vault, qtbot):
    """Only the real QTimer drives it here: the page is hidden and nobody calls tick()."""
    tab.start_body_scan(3)
    tab.hide()
    assert tab.ticker.isActive()
    clock.advance(181)
    qtbot.waitUntil(lambda: open_vault.practice.count() == 1, timeout=3000)
    assert open_vault.practice.list()[0].completed_seconds == 180
    assert not tab.ticker.isActive()  # nothing left to drive


def test_the_breathing_circle_animates_faster_than_the_scan(tab, clock):
    tab.start_body_scan(3)
    assert tab.ticker.interval() == 200
    tab.scan_page.stop()
    tab.scan_page.close_done()
    tab.open_breathing(1)
    tab.breathing_page.start()
    assert tab.ticker.interval() == 40


def test_only_one_practice_runs_at_a_time(tab, qtbot):
    assert tab.start_body_scan(5)
    with qtbot.waitSignal(tab.showRequested):
        assert not tab.open_pause_timer()
    assert tab.current_page() is tab.scan_page  # shows what runs, never interrupts it
    assert tab.scan_page.is_active()
    assert not tab.nav_buttons[2].isEnabled()
    assert not tab.start_body_scan(3)
    tab.scan_page.stop()
    assert tab.nav_buttons[2].isEnabled()
    assert tab.open_pause_timer()
    assert tab.current_page() is tab.pause_page


def test_prepare_shows_the_scan_ready_with_the_length_chosen(tab):
    tab.show_page(3)
    assert tab.prepare(minutes=20)
    assert tab.current_page() is tab.scan_page
    assert tab.scan_page.length.minutes() == 20
    assert not tab.scan_page.is_active()
    assert tab.prepare(minutes=7)
    assert tab.scan_page.length.minutes() == 7  # custom length
    assert tab.scan_page.length.custom_button.isChecked()


def test_a_scan_started_from_a_trigger_moment_links_to_it(tab, clock, open_vault):
    moment = open_vault.triggers.add(TriggerMoment(intensity=8, occurred_at=clock.now()))
    tab.start_body_scan(1, trigger_id=moment.id)
    advance(tab, clock, 61)
    assert open_vault.practice.list()[0].trigger_id == moment.id


def test_locking_mid_session_saves_it_and_clear_wipes_everything(tab, clock, open_vault):
    tab.start_body_scan(10)
    advance(tab, clock, 42)
    assert tab.blocks_autolock()
    tab.prepare_lock()
    (record,) = open_vault.practice.list()
    assert record.completed_seconds == 42 and record.details["ended_by"] == "lock"
    tab.scan_page.done_panel.note.setPlainText("private words")
    tab.prepare_lock()  # a note typed on the closing screen is kept too
    assert open_vault.practice.get(record.id).note == "private words"
    open_vault.close()
    tab.clear()
    assert tab.ctx is None
    assert tab.scan_page.done_panel.note_text() == ""
    assert tab.scan_page.stack.currentWidget() is tab.scan_page.setup
    assert not tab.blocks_autolock() and not tab.ticker.isActive()
    assert not tab.scan_page.start()  # no vault, no clock: nothing starts


def test_preferences_are_remembered_in_the_vault(tab, clock, open_vault, data_dir, qtbot):
    tab.scan_page.length.buttons[20].click()
    tab.scan_page.chime_regions.setChecked(True)
    tab.scan_page.start()
    tab.scan_page.stop()
    assert open_vault.settings.get("practice.bodyscan")["minutes"] == 20
    fresh = BodyScanTab()
    qtbot.addWidget(fresh)
    fresh.bind(AppContext(vault=open_vault, clock=clock, data_dir=data_dir))
    assert fresh.scan_page.length.minutes() == 20
    assert fresh.scan_page.chime_regions.isChecked()


def test_a_machine_without_sound_runs_silently(tab, clock, monkeypatch):
    """This machine has neither QtMultimedia nor an audio device: no error, no chime."""
    real_play = tab.chime.play
    played = []
    monkeypatch.setattr(tab.chime, "play", lambda: played.append(real_play()))
    tab.scan_page.chime_regions.setChecked(True)
    tab.start_body_scan(1)
    for _ in range(61):
        advance(tab, clock, 1)
    # asked to chime at the start, at each of the 15 new steps and at the end; all silent
    assert played == [False] * 17
    assert tab.scan_page.record.finished
    assert not tab.chime.available and not tab.speaker.available
    assert not tab.scan_page.sound_note.isHidden()  # the user is told the scan is silent
    assert not tab.scan_page.chime_ends.isEnabled()
    assert tab.scan_page.speak.isHidden()  # no speech engine: the option is not offered


def test_breathing_follows_the_pattern_and_is_logged(tab, clock, open_vault):
    assert tab.open_breathing(1)
    page = tab.breathing_page
    page.pace.setValue(5)
    page.ratio.setValue(2.0)
    assert page.timing.text() == "In 4.0 s, out 8.0 s"
    page.calm_before.buttons[2].click()
    page.start()
    advance(tab, clock, 1)
    assert page.circle.label == "Breathe in"
    advance(tab, clock, 4)
    assert page.circle.label == "Breathe out"
    assert page.remaining.text() == "0:55 left"
    advance(tab, clock, 60)
    (record,) = open_vault.practice.list()
    assert record.kind is PracticeKind.BREATHING and record.finished
    assert record.details == {"breaths_per_minute": 5.0, "exhale_ratio": 2.0}
    assert record.calm_before == 2
    page.done_panel.calm_after.buttons[5].click()
    assert open_vault.practice.get(record.id).calm_after == 5


@pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen show()
def test_render_mid_session(tab, clock, tmp_path, qtbot):
    tab.show()
    qtbot.waitExposed(tab)
    tab.start_body_scan(10)
    chest = next(p for p in tab.scan_page.scan.schedule if p.step.key == "chest")
    advance(tab, clock, chest.start + 20)
    image = tab.grab()
    path = tmp_path / "bodyscan.png"
    assert image.save(str(path))
    assert path.stat().st_size > 5000
    assert tab.scan_page.figure.lit == {"chest"}
    # the lit chest is drawn in the accent colour, the belly below it in the plain fill
    figure = tab.scan_page.figure.grab().toImage()
    scale = min(figure.width() / 100, figure.height() / 240) * 0.94
    left = (figure.width() - 100 * scale) / 2
    top = (figure.height() - 240 * scale) / 2

    def at(x, y):
        return figure.pixelColor(int(left + x * scale), int(top + y * scale))

    assert at(50, 72) != at(50, 100)
    assert at(50, 100) == at(50, 118)  # belly and hips: both unlit


def test_preparing_a_new_scan_keeps_the_note_from_the_last_one(tab, clock, open_vault):
    tab.start_body_scan(1)
    advance(tab, clock, 61)
    tab.scan_page.done_panel.note.setPlainText("Warm hands.")
    assert tab.prepare(minutes=5)
    assert open_vault.practice.list()[0].note == "Warm hands."
    assert tab.scan_page.stack.currentWidget() is tab.scan_page.setup
