"""The narrative editor: prompts, word count, versions and what changed between them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from securebase.domain.journal import EntryKind
from tests.ui import journal_support

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# fixtures shared with the other journal tests
asked, clock, ctx, jv, tab = journal_support.asked, journal_support.clock, journal_support.ctx, journal_support.jv, journal_support.tab


@pytest.fixture
def editor(tab):
    tab.open_narrative()
    return tab.pane.narrative


def test_prompts_become_headings_once(editor, qtbot):
    editor.prompts.setCurrentRow(0)
    assert "looked after you" in editor.question.text()
    qtbot.mouseClick(editor.add_prompt, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.edit, "My mother worked nights.")
    editor.prompts.setCurrentRow(5)
    editor.insert_prompt()
    editor.prompts.setCurrentRow(0)
    editor.insert_prompt()  # already there: the cursor goes to it instead
    text = editor.edit.toPlainText()
    assert text == ("## How my pattern formed\nMy mother worked nights.\n\n"
                    "## A letter to my younger self\n")
    assert editor.words.text() == "14 words"


def test_every_save_is_a_version_with_a_view_of_what_changed(tab, editor, jv, clock, qtbot):
    editor.edit.setPlainText("My father left when I was six. I learned to need no one.")
    assert "Not saved yet" in editor.state.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    clock.advance(3600)
    editor.edit.setPlainText("My father left when I was six. I learned to need no one, "
                             "and I am learning to let people in.")
    editor.note.setText("added the ending")
    editor.save()
    assert jv.narrative.count() == 2
    assert editor.note.text() == ""
    assert editor.pages.tabText(1) == "Versions (2)"
    assert editor.versions.item(0).text().endswith("· added the ending")
    editor.pages.setCurrentIndex(1)
    assert editor.diff_summary.text() == "8 words added, 0 words taken out."
    assert "learning to let people in" in editor.diff.toPlainText()
    # the list shows the narrative once, with the newest word count
    narrative_rows = [r for r in range(tab.model.rowCount())
                      if tab.model.summary(r).kind is EntryKind.NARRATIVE]
    assert len(narrative_rows) == 1
    assert tab.model.index(narrative_rows[0], tab.model.INTENSITY).data() == "21 words"


def test_an_older_version_can_be_brought_back_and_saved_again(editor, jv, clock):
    editor.edit.setPlainText("first telling")
    editor.save()
    clock.advance(60)
    editor.edit.setPlainText("second telling")
    editor.save()
    editor.pages.setCurrentIndex(1)
    editor.bring_back.click()
    assert editor.edit.toPlainText() == "first telling"
    assert editor.pages.currentIndex() == 0 and editor.is_dirty
    editor.save()
    assert [v.word_count for v in jv.narrative.versions()] == [2, 2, 2]
    assert jv.narrative.latest().text == "first telling"


def test_saving_unchanged_text_adds_no_version(editor, jv):
    editor.edit.setPlainText("same")
    editor.save()
    editor.save()
    assert jv.narrative.count() == 1
    assert editor.state.text().startswith("Saved")


def test_a_narrative_over_one_megabyte_is_refused(editor, jv):
    editor.edit.setPlainText("word " * 200_001)
    assert editor.save() is None
    assert editor.error.isVisible() and "1 MB" in editor.error.text()
    assert jv.narrative.count() == 0


def test_search_marks_matches_in_the_narrative(tab, jv, qtbot):
    jv.narrative.save("I waited by the window every evening.")
    tab.bind(tab.ctx)
    tab.filter_bar.search.setText("window")
    tab.filter_bar.apply_now()
    tab.view.selectRow(0)
    assert tab.pane.current_kind() is EntryKind.NARRATIVE
    assert len(tab.pane.narrative.edit.extraSelections()) == 1


def test_deleting_the_narrative_can_be_undone(tab, jv):
    jv.narrative.save("kept words")
    tab.bind(tab.ctx)
    tab.view.selectRow(0)
    tab.delete_selected()
    assert jv.narrative.latest() is None and tab.model.rowCount() == 0
    assert "all its versions" in tab.message.label.text()
    tab.undo()
    assert jv.narrative.latest().text == "kept words"
    assert tab.pane.narrative.edit.toPlainText() == "kept words"
