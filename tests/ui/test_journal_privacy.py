"""After locking, no widget of the Journal tab holds private text; every control is named."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from securebase.domain.entries import TriggerMoment
from securebase.domain.experiments import Experiment
from tests.ui import journal_support
from tests.ui.journal_support import START, interactive_widgets, texts_in

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# fixtures shared with the other journal tests
asked, clock, ctx, jv, tab = journal_support.asked, journal_support.clock, journal_support.ctx, journal_support.jv, journal_support.tab

SECRET = "Quillon"  # a word that appears nowhere in the app's own texts


def fill_everything(tab, jv, clock) -> None:
    t = jv.triggers.add(TriggerMoment(
        intensity=6, occurred_at=START, situation=f"{SECRET} left early", who=f"{SECRET} B",
        category=f"{SECRET} cat", emotions=(f"{SECRET}-ish",), tags=(f"{SECRET}tag",),
        thoughts=f"thoughts about {SECRET}"))
    jv.triggers.add_category(f"{SECRET} cat")
    jv.experiments.add(Experiment(plan=f"Call {SECRET}", planned_for=START, trigger_id=t.id))
    jv.narrative.save(f"## How my pattern formed\n{SECRET} was there")
    clock.advance(60)
    jv.narrative.save(f"## How my pattern formed\n{SECRET} was there, always")
    tab.bind(tab.ctx)
    tab.filter_bar.search.setText(SECRET)
    tab.filter_bar.apply_now()
    tab.filter_bar.more.setChecked(True)
    tab.view.selectRow(tab.model.rowCount() - 1)  # the trigger moment, matches marked
    tab.pane.trigger_form.emotions.add_edit.setText(f"{SECRET} typed")
    tab.new_experiment(trigger_id=t.id)
    tab.pane.experiment_form.outcome.setPlainText(f"{SECRET} outcome")
    tab.open_narrative()
    tab.pane.narrative.edit.appendPlainText(f"{SECRET} more, not saved yet")
    tab.pane.narrative.note.setText(f"{SECRET} note")
    tab.pane.narrative.pages.setCurrentIndex(1)
    tab.pane.narrative.compare()
    tab.open_quick_capture()
    tab.quick_dialog.form.situation.setPlainText(f"{SECRET} quick")
    tab.quick_dialog.form.set_people(jv.triggers.known_people())
    tab.message.show_message(f"{SECRET}")
    assert any(SECRET in text for text in texts_in(tab) + texts_in(tab.quick_dialog))


def test_clear_wipes_every_widget(tab, jv, clock):
    fill_everything(tab, jv, clock)
    dialog = tab.quick_dialog
    tab.prepare_lock()
    tab.clear()
    leftovers = [t for t in texts_in(tab) + texts_in(dialog) if SECRET in t]
    assert leftovers == []
    assert tab.model.rowCount() == 0
    assert tab.filter_bar.search.text() == "" and not tab.filter_bar.search.isUndoAvailable()
    assert tab.pane.narrative.edit.toPlainText() == ""
    assert not tab.pane.narrative.edit.document().isUndoAvailable()
    assert tab.pane.trigger_form.who.completer().model().rowCount() == 0
    for edit in tab.findChildren(QLineEdit) + dialog.findChildren(QLineEdit):
        assert not edit.isUndoAvailable(), edit.accessibleName()
    for edit in tab.findChildren(QPlainTextEdit) + dialog.findChildren(QPlainTextEdit):
        assert edit.extraSelections() == []
    assert not dialog.isVisible()
    assert tab.ctx is None


def test_drafts_written_before_clear_keep_the_work(tab, jv, clock):
    fill_everything(tab, jv, clock)
    tab.prepare_lock()
    tab.clear()
    keys = {d.key for d in jv.drafts.all()}
    assert {"quick-capture", "narrative", "experiment:new"} <= keys
    assert jv.drafts.get("narrative").payload["text"].endswith("not saved yet")


def test_every_interactive_widget_has_an_accessible_name(tab, jv, clock):
    fill_everything(tab, jv, clock)
    tab.quick_dialog.form.set_expanded(True)
    unnamed = [f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
               for root in (tab, tab.quick_dialog) for w in interactive_widgets(root)
               if not w.accessibleName()]
    assert unnamed == []


def test_the_accessibility_check_sees_the_controls(tab):
    tab.open_quick_capture()
    names = {w.accessibleName() for w in interactive_widgets(tab)}
    assert {"Search the journal", "Journal entries, newest first", "anxious",
            "My attachment narrative", "Save this version of the narrative"} <= names
    assert len(interactive_widgets(tab.quick_dialog)) > 30
