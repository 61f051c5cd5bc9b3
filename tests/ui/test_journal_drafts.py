"""Unsaved journal work survives a crash and a lock, and comes back when asked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from securebase.domain.entries import TriggerMoment
from securebase.domain.experiments import Experiment
from tests.ui import journal_support
from tests.ui.journal_support import START, make_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# fixtures shared with the other journal tests
asked, clock, ctx, jv, tab = journal_support.asked, journal_support.clock, journal_support.ctx, journal_support.jv, journal_support.tab


def crash(tab) -> None:
    """The process dies: no prepare_lock, no clear; the widgets simply vanish."""
    tab.keeper.timer.stop()
    if tab.quick_dialog is not None:
        tab.quick_dialog.hide()
    tab.hide()
    tab.deleteLater()


def test_quick_capture_draft_is_offered_back_after_a_crash(qtbot, ctx, jv, asked):
    first = make_tab(qtbot, ctx)
    first.open_quick_capture()
    form = first.quick_dialog.form
    form.intensity.set_value(9)
    qtbot.keyClicks(form.situation, "Standing at the station, he is late again")
    qtbot.waitUntil(lambda: jv.drafts.get("quick-capture") is not None
                    and "station" in jv.drafts.get("quick-capture").payload["situation"])
    crash(first)

    second = make_tab(qtbot, ctx)
    assert second.draft_bar.isVisible()
    assert "not saved" in second.draft_bar.label.text()
    qtbot.mouseClick(second.draft_bar.restore, Qt.MouseButton.LeftButton)
    dialog = second.quick_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.situation.toPlainText() == "Standing at the station, he is late again"
    assert dialog.form.intensity.value() == 9
    dialog.try_save()
    assert [m.intensity for m in jv.triggers.list()] == [9]
    assert jv.drafts.all() == []  # saved, so the draft is gone
    second.clear()


def test_an_edit_in_progress_comes_back_into_its_entry(qtbot, ctx, jv, asked):
    saved = jv.triggers.add(TriggerMoment(intensity=5, occurred_at=START, situation="original"))
    first = make_tab(qtbot, ctx)
    first.view.selectRow(0)
    first.pane.trigger_form.thoughts.setPlainText("I am too much for people")
    qtbot.waitUntil(lambda: jv.drafts.get(f"trigger:{saved.id}") is not None)
    crash(first)

    second = make_tab(qtbot, ctx)
    second.restore_drafts()
    form = second.pane.trigger_form
    assert form.loaded.id == saved.id
    assert form.thoughts.toPlainText() == "I am too much for people"
    assert form.property("restoredNote").isVisible()
    assert jv.triggers.get(saved.id).thoughts == ""  # nothing saved behind the user's back
    second.clear()


def test_reopening_an_entry_brings_its_draft_back_even_without_the_offer(qtbot, ctx, jv, asked):
    saved = jv.experiments.add(Experiment(plan="Reach out first", planned_for=START))
    first = make_tab(qtbot, ctx)
    first.view.selectRow(0)
    first.pane.experiment_form.outcome.setPlainText("She smiled")
    first.prepare_lock()
    first.clear()
    first.bind(ctx)
    first.view.selectRow(0)
    assert first.pane.experiment_form.outcome.toPlainText() == "She smiled"
    qtbot.mouseClick(first.pane.experiment_save, Qt.MouseButton.LeftButton)
    assert jv.experiments.get(saved.id).outcome == "She smiled"
    assert jv.drafts.all() == []


def test_prepare_lock_writes_drafts_at_once(qtbot, ctx, jv, asked):
    slow = make_tab(qtbot, ctx, draft_interval_ms=60_000)
    slow.open_narrative()
    slow.pane.narrative.edit.setPlainText("## How my pattern formed\nNot yet saved")
    assert jv.drafts.get("narrative") is None
    slow.prepare_lock()
    assert jv.drafts.get("narrative").payload["text"].endswith("Not yet saved")
    slow.clear()
    slow.bind(ctx)
    assert slow.draft_bar.isVisible()
    slow.open_narrative()
    assert slow.pane.narrative.edit.toPlainText().endswith("Not yet saved")
    slow.pane.narrative.save()
    assert jv.narrative.latest().text.endswith("Not yet saved")
    assert jv.drafts.all() == []
    slow.clear()


def test_discarding_the_offer_removes_the_drafts(qtbot, ctx, jv, asked):
    jv.drafts.save("quick-capture", {"situation": "old"})
    page = make_tab(qtbot, ctx)
    qtbot.mouseClick(page.draft_bar.discard, Qt.MouseButton.LeftButton)
    assert jv.drafts.all() == [] and not page.draft_bar.isVisible()
    page.clear()


def test_a_draft_for_an_entry_deleted_meanwhile_is_dropped(qtbot, ctx, jv, asked):
    saved = jv.triggers.add(TriggerMoment(intensity=5, occurred_at=START))
    jv.drafts.save(f"trigger:{saved.id}", {"situation": "edit"})
    jv.triggers.delete(saved.id)
    page = make_tab(qtbot, ctx)
    page.restore_drafts()
    assert page.pane.currentIndex() == 0
    assert jv.drafts.all() == []
    page.clear()


def test_a_clean_form_writes_no_draft(tab, jv, qtbot):
    tab.open_quick_capture()
    qtbot.wait(80)  # several draft intervals
    assert jv.drafts.all() == []
    moment = jv.triggers.add(TriggerMoment(intensity=2, occurred_at=START))
    tab.refresh()
    tab.view.selectRow(0)
    qtbot.wait(80)
    assert jv.drafts.all() == []
    tab.pane.trigger_form.load(replace(moment))
    assert not tab.pane.is_dirty()
