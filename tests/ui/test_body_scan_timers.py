"""The two corrective timers on the Body scan tab record their outcomes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from securebase.app import AppContext
from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.experiments import ExperimentStatus
from securebase.domain.practice import PracticeKind, ReachOutChoice
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
    page.bind(AppContext(vault=open_vault, clock=clock, data_dir=data_dir))
    return page


def advance(tab, clock, seconds):
    clock.advance(seconds)
    tab.tick()


def test_pause_before_reaching_out_records_urgency_and_the_choice(tab, clock, open_vault, qtbot):
    moment = open_vault.triggers.add(TriggerMoment(intensity=9, occurred_at=clock.now()))
    assert tab.open_pause_timer(trigger_id=moment.id)
    page = tab.pause_page
    page.urge_before.buttons[8].click()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert tab.blocks_autolock()
    advance(tab, clock, 1)
    assert page.circle.label == "Breathe in"
    first_prompt = page.prompt.text()
    assert first_prompt == page.prompts[0]
    advance(tab, clock, 60)
    assert page.prompt.text() != first_prompt  # prompts take turns
    assert page.remaining.text() == "3:59 left"
    advance(tab, clock, 240)
    assert page.stack.currentWidget() is page.asking
    assert page.stopped_note.isHidden()  # the full five minutes: no "stopped early" line
    assert not tab.blocks_autolock()
    page.urge_after.buttons[3].click()
    with qtbot.waitSignal(tab.sessionSaved):
        qtbot.mouseClick(page.wait_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.after
    assert "more room" in page.after_text.text()

    (record,) = open_vault.practice.list()
    assert record.kind is PracticeKind.PAUSE
    assert (record.urge_before, record.urge_after, record.choice) == (8, 3, ReachOutChoice.WAIT)
    assert record.finished and record.completed_seconds == 300
    assert record.trigger_id == moment.id

    # also a done corrective experiment in the journal, linked both ways
    (experiment,) = open_vault.experiments.list()
    assert record.experiment_id == experiment.id
    assert experiment.status is ExperimentStatus.DONE
    assert experiment.idea_key == "soothe-before-contact"
    assert experiment.trigger_id == moment.id
    assert "8 before, 3 after" in experiment.outcome
    assert "wait" in experiment.outcome


def test_ending_the_pause_early_and_reaching_out_is_recorded_kindly(tab, clock, open_vault):
    tab.open_pause_timer()
    page = tab.pause_page
    page.start()
    advance(tab, clock, 90)
    page.stop()
    assert not page.stopped_note.isHidden()
    page.choose(ReachOutChoice.REACH_OUT_NOW)
    (record,) = open_vault.practice.list()
    assert not record.finished and record.completed_seconds == 90
    assert record.choice is ReachOutChoice.REACH_OUT_NOW
    assert record.urge_before is None and record.urge_after is None
    assert "steadier minutes" in page.after_text.text()
    page.reset()
    assert page.stack.currentWidget() is page.intro


def test_space_pauses_the_breathing_of_the_pause_timer(tab, clock, qtbot):
    tab.open_pause_timer()
    tab.pause_page.start()
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    advance(tab, clock, 100)
    assert tab.pause_page.remaining.text() == "5:00 left"
    assert tab.pause_page.circle.label == "Paused"


def test_stay_one_more_minute_asks_what_staying_felt_like(tab, clock, open_vault, qtbot):
    assert tab.open_stay_timer()
    page = tab.stay_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    advance(tab, clock, 15)
    assert page.ring.text == "0:45"
    assert page.grounding.text() in page.grounding_lines
    advance(tab, clock, 46)
    assert page.stack.currentWidget() is page.asking
    page.felt.setPlainText("My chest was tight, then it eased a little.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (record,) = open_vault.practice.list()
    assert record.kind is PracticeKind.STAY
    assert record.felt == "My chest was tight, then it eased a little."
    assert record.finished and record.completed_seconds == 60
    (experiment,) = open_vault.experiments.list()
    assert experiment.idea_key == "stay-one-more-minute"
    assert experiment.feelings_after == record.felt
    assert page.felt.toPlainText() == ""


def test_the_grounding_line_changes_from_one_session_to_the_next(tab, clock):
    lines = []
    for _ in range(2):
        tab.open_stay_timer()
        tab.stay_page.start()
        lines.append(tab.stay_page.grounding.text())
        tab.stay_page.stop()
        tab.stay_page.save_answer()
        tab.stay_page.reset()
    assert lines[0] != lines[1]


def test_locking_during_a_corrective_timer_saves_what_there_is(tab, clock, open_vault):
    tab.open_stay_timer()
    tab.stay_page.start()
    advance(tab, clock, 25)
    tab.prepare_lock()
    (record,) = open_vault.practice.list()
    assert not record.finished and record.completed_seconds == 25
    open_vault.close()
    tab.clear()
    assert tab.stay_page.stack.currentWidget() is tab.stay_page.intro
    assert tab.stay_page.felt.toPlainText() == ""


def test_locking_while_the_pause_asks_keeps_the_answer_given(tab, clock, open_vault):
    tab.open_pause_timer()
    tab.pause_page.start()
    advance(tab, clock, 301)
    tab.pause_page.urge_after.buttons[2].click()
    tab.prepare_lock()
    (record,) = open_vault.practice.list()
    assert record.urge_after == 2 and record.choice is None and record.finished


def test_timers_are_still_recorded_where_the_journal_has_no_experiments(
        qtbot, open_vault, clock, data_dir, monkeypatch):
    class NoExperiments:
        def __init__(self, vault):
            self._vault = vault

        def __getattr__(self, name):
            if name == "experiments":
                raise ModuleNotFoundError("securebase.storage.experiments")
            return getattr(self._vault, name)

    tab = BodyScanTab()
    qtbot.addWidget(tab)
    tab.bind(AppContext(vault=NoExperiments(open_vault), clock=clock, data_dir=data_dir))
    tab.open_stay_timer()
    tab.stay_page.start()
    advance(tab, clock, 61)
    tab.stay_page.save_answer()
    (record,) = open_vault.practice.list()
    assert record.experiment_id is None
    assert record.felt == ""


def test_opening_a_timer_again_never_throws_away_an_unanswered_question(tab, clock, open_vault):
    tab.open_pause_timer()
    tab.pause_page.start()
    advance(tab, clock, 301)
    tab.show_page(0)  # wander off to the body scan, then come back through Today
    assert tab.open_pause_timer()
    assert tab.pause_page.stack.currentWidget() is tab.pause_page.asking
    tab.pause_page.choose(ReachOutChoice.WAIT)
    assert tab.open_pause_timer()  # answered: a fresh start
    assert tab.pause_page.stack.currentWidget() is tab.pause_page.intro
    assert open_vault.practice.count() == 1
