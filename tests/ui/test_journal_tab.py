"""The Journal tab as a user meets it: quick capture, the list, search, edit, delete, undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from securebase.domain.entries import TriggerMoment, Urge
from securebase.domain.journal import EntryKind
from securebase.ui.journal.list_model import SUMMARY_ROLE
from tests.ui import journal_support
from tests.ui.journal_support import START, make_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# fixtures shared with the other journal tests
asked, clock, ctx, jv, tab = journal_support.asked, journal_support.clock, journal_support.ctx, journal_support.jv, journal_support.tab


def rows(tab) -> list[str]:
    model = tab.model
    return [model.index(r, model.TEXT).data() for r in range(model.rowCount())]


def open_quick(tab, qtbot):
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.quick_dialog is not None and tab.quick_dialog.isVisible())
    tab.quick_dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab.quick_dialog)
    return tab.quick_dialog


def test_quick_capture_list_search_edit_delete_undo(tab, jv, qtbot, clock):
    # quick capture: Ctrl+N, a digit for the intensity, a few words, Ctrl+Enter
    dialog = open_quick(tab, qtbot)
    qtbot.keyClick(dialog.form.intensity.slider, Qt.Key.Key_7)
    qtbot.keyClicks(dialog.form.situation, "She left the chat without a word")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = jv.triggers.list()
    assert [(m.intensity, m.situation) for m in saved] == [(7, "She left the chat without a word")]

    # the list shows it with its intensity chip, then an older one beside it
    jv.triggers.add(TriggerMoment(intensity=3, occurred_at=START - timedelta(days=1),
                                  situation="Calm evening, a small worry about the trip"))
    tab.refresh()
    assert rows(tab) == ["She left the chat without a word",
                         "Calm evening, a small worry about the trip"]
    assert tab.model.index(0, tab.model.INTENSITY).data() == "7"
    assert tab.count_label.text() == "2 entries"

    # search: matches are highlighted in the snippet
    qtbot.keyClicks(tab.filter_bar.search, "trip")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    entry = tab.model.index(0, 0).data(SUMMARY_ROLE)
    assert "[[trip]]" in entry.snippet
    assert tab.count_label.text() == "1 matching"

    # open it (matches marked in the form too), edit and save
    tab.view.selectRow(0)
    form = tab.pane.trigger_form
    assert form.situation.toPlainText() == "Calm evening, a small worry about the trip"
    assert len(form.situation.extraSelections()) == 1
    form.situation.selectAll()
    qtbot.keyClicks(form.situation, "Calm evening, a worry about the trip to Lisbon")
    qtbot.mouseClick(tab.pane.trigger_save, Qt.MouseButton.LeftButton)
    assert rows(tab) == ["Calm evening, a worry about the trip to Lisbon"]
    assert jv.triggers.search_all("Lisbon")[0].id == entry.id

    # delete, with an Undo in the status line
    tab.filter_bar.search.setText("")
    tab.filter_bar.apply_now()
    tab.view.selectRow(1)
    qtbot.mouseClick(tab.pane.trigger_delete, Qt.MouseButton.LeftButton)
    assert rows(tab) == ["She left the chat without a word"]
    assert tab.message.isVisible() and tab.message.undo.isVisible()
    assert "kept for 30 days" in tab.message.label.text()
    assert tab.pane.currentIndex() == 0  # nothing open any more
    qtbot.mouseClick(tab.message.undo, Qt.MouseButton.LeftButton)
    assert rows(tab) == ["She left the chat without a word",
                         "Calm evening, a worry about the trip to Lisbon"]
    assert tab.pane.trigger_form.loaded.id == entry.id


def test_intensity_alone_is_enough_to_save(tab, jv, qtbot):
    dialog = open_quick(tab, qtbot)
    qtbot.keyClick(dialog.form.intensity.slider, Qt.Key.Key_4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(m.intensity, m.situation) for m in jv.triggers.list()] == [(4, "")]
    assert rows(tab) == ["(intensity only)"]
    assert "saved" in tab.message.label.text().lower()


def test_intensity_cannot_leave_zero_to_ten(tab, qtbot):
    dialog = open_quick(tab, qtbot)
    slider = dialog.form.intensity.slider
    slider.setValue(15)
    assert slider.value() == 10
    slider.setValue(-3)
    assert slider.value() == 0
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert dialog.form.intensity.value() == 10
    after = dialog.form.intensity_after
    assert after.value() is None  # not rated unless asked
    after.rated.setChecked(True)
    after.slider.setValue(99)
    assert after.value() == 10


def test_more_detail_saves_every_field(tab, jv, qtbot, clock):
    dialog = open_quick(tab, qtbot)
    form = dialog.form
    assert form.details.isHidden()
    qtbot.mouseClick(form.more, Qt.MouseButton.LeftButton)
    assert not form.details.isHidden()
    form.intensity.set_value(8)
    form.who.setText("Sam")
    form.category.setEditText("Money worries")
    form.emotions.chip("anxious").setChecked(True)
    form.emotions.add_edit.setText("unmoored")
    form.sensations.chip("racing heart").setChecked(True)
    form.regions.chip("chest").setChecked(True)
    form.body.setPlainText("jaw clenched")
    form.thoughts.setPlainText("They will leave")
    form.urge.setCurrentIndex(form.urge.findData("withdraw"))
    form.what_i_did.setPlainText("Went for a walk")
    form.intensity_after.set_value(3)
    form.regulation.chip("breathing").setChecked(True)
    form.tags.setText("evening, #family")
    dialog.try_save()
    m = jv.triggers.list()[0]
    assert (m.who, m.category, m.emotions, m.sensations, m.regions, m.body, m.thoughts,
            m.urge, m.what_i_did, m.intensity_after, m.regulation, m.tags) == (
        "Sam", "Money worries", ("anxious", "unmoored"), ("racing heart",), ("chest",),
        "jaw clenched", "They will leave", Urge.WITHDRAW, "Went for a walk", 3,
        ("breathing",), ("evening", "family"))
    assert jv.triggers.custom_categories() == ["Money worries"]
    assert "Money worries" in [tab.filter_bar.category.itemText(i)
                               for i in range(tab.filter_bar.category.count())]


def test_a_future_time_asks_first(tab, jv, qtbot, asked, clock):
    dialog = open_quick(tab, qtbot)
    dialog.form.set_expanded(True)
    later = clock.now() + timedelta(days=1)
    from securebase.ui.journal.form_helpers import set_edit_time

    set_edit_time(dialog.form.when, later)
    asked.answer = False
    dialog.try_save()
    assert len(asked.questions) == 1 and "later than now" in asked.questions[0]
    assert jv.triggers.count() == 0 and dialog.isVisible()
    asked.answer = True
    dialog.try_save()
    assert jv.triggers.count() == 1 and not dialog.isVisible()


def test_a_text_over_one_megabyte_is_refused_with_a_clear_message(tab, jv, qtbot):
    dialog = open_quick(tab, qtbot)
    dialog.form.situation.setPlainText("word " * 200_001)  # just over 1 MB
    dialog.try_save()
    assert dialog.isVisible() and jv.triggers.count() == 0
    assert dialog.form.error.isVisible()
    assert dialog.form.error.text() == (
        "The situation is longer than 1 MB; please shorten it before saving.")


def test_cancel_asks_before_throwing_away_what_was_typed(tab, jv, qtbot, asked):
    dialog = open_quick(tab, qtbot)
    qtbot.keyClicks(dialog.form.situation, "half a thought")
    asked.answer = False  # keep writing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked.questions
    asked.answer = True
    dialog.reject()
    assert not dialog.isVisible()
    tab.keeper.flush()
    assert jv.drafts.all() == []
    assert dialog.form.situation.toPlainText() == ""


def test_ctrl_n_is_an_application_wide_action_only_while_unlocked(qtbot, ctx, asked):
    tab = make_tab(qtbot)
    action = tab.global_actions()[0]
    assert action.objectName() == "quickCaptureAction"
    assert action.shortcut() == QKeySequence("Ctrl+N")
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert not action.isEnabled()
    tab.bind(ctx)
    assert action.isEnabled()
    tab.clear()
    assert not action.isEnabled()
    tab.open_quick_capture()
    assert tab.quick_dialog is None


def test_experiment_from_a_moment_and_from_an_idea(tab, jv, qtbot):
    t = jv.triggers.add(TriggerMoment(intensity=6, occurred_at=START,
                                      situation="He cancelled our plans"))
    tab.refresh()
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.pane.plan_button, Qt.MouseButton.LeftButton)
    form = tab.pane.experiment_form
    assert tab.pane.current_kind() is EntryKind.EXPERIMENT
    assert "He cancelled our plans" in form.link.text()
    assert form.select_idea("soothe-before-contact")
    qtbot.mouseClick(form.use_idea, Qt.MouseButton.LeftButton)
    assert form.plan.toPlainText() == (
        "Soothe yourself for 5 minutes before contacting your partner")
    form.prediction.setPlainText("He will think I am cold")
    form.belief_before.setValue(70)
    qtbot.mouseClick(tab.pane.experiment_save, Qt.MouseButton.LeftButton)
    exp = jv.experiments.list()[0]
    assert (exp.trigger_id, exp.idea_key, exp.belief_before) == (
        t.id, "soothe-before-contact", 70)
    row = rows(tab).index("Soothe yourself for 5 minutes before contacting your partner")
    assert tab.model.index(row, tab.model.INTENSITY).data() == "Planned"
    assert tab.view.currentIndex().row() == row  # the saved experiment stays selected


def test_ideas_fit_the_latest_assessment(tab):
    form = tab.pane.experiment_form
    form.set_leaning("avoidant")
    first_idea = form.idea.itemData(2, Qt.ItemDataRole.UserRole)  # 0 = prompt, 1 = heading
    assert first_idea in ("stay-one-more-minute", "name-one-feeling", "accept-small-help",
                          "reach-first", "three-breaths-closer")
    form.set_leaning("anxious")
    assert form.idea.itemData(2, Qt.ItemDataRole.UserRole) == "soothe-before-contact"


def test_filters_narrow_the_list(tab, jv, qtbot):
    jv.triggers.add(TriggerMoment(intensity=9, occurred_at=START, situation="loud one",
                                  category="conflict", tags=("home",)))
    jv.triggers.add(TriggerMoment(intensity=2, occurred_at=START - timedelta(hours=1),
                                  situation="quiet one"))
    tab.bind(tab.ctx)  # choices come from the vault at bind
    bar = tab.filter_bar
    assert bar.tag.count() == 1  # tags are read only once the filters are opened
    bar.more.setChecked(True)
    assert bar.tag.findData("home") > 0
    bar.imin.setValue(5)
    bar.apply_now()
    assert rows(tab) == ["loud one"]
    bar.reset_filters()
    assert len(rows(tab)) == 2
    bar.category.setCurrentIndex(bar.category.findData("conflict"))
    bar.apply_now()
    assert rows(tab) == ["loud one"]
    bar.reset_filters()
    bar.tag.setCurrentIndex(bar.tag.findData("home"))
    bar.apply_now()
    assert rows(tab) == ["loud one"]
    bar.reset_filters()
    bar.kind.setCurrentIndex(bar.kind.findData("experiment"))
    bar.apply_now()
    assert rows(tab) == [] and tab.list_stack.currentWidget() is tab.no_match


def test_an_empty_journal_says_what_to_do(tab):
    assert tab.list_stack.currentWidget() is tab.empty
    assert "Ctrl+N" in tab.empty.body.text()


def test_purges_entries_deleted_over_thirty_days_ago_at_bind(qtbot, ctx, jv, clock, asked):
    old = jv.triggers.add(TriggerMoment(intensity=1, occurred_at=START))
    jv.triggers.delete(old.id)
    clock.advance(86400 * 31)
    make_tab(qtbot, ctx)
    assert jv.triggers.deleted_count() == 0


def test_leaning_comes_from_the_latest_assessment_and_never_blocks():
    from types import SimpleNamespace

    from securebase.ui.journal.experiment_form import leaning_of

    def vault(anxiety, avoidance):
        take = SimpleNamespace(anxiety=anxiety, avoidance=avoidance)
        return SimpleNamespace(assessments=SimpleNamespace(latest_completed=lambda: take))

    assert leaning_of(vault(5.5, 2.0)) == "anxious"
    assert leaning_of(vault(2.0, 5.5)) == "avoidant"
    assert leaning_of(vault(5.5, 5.5)) is None  # both pulls: every idea, in the usual order
    assert leaning_of(SimpleNamespace()) is None  # no assessments yet
