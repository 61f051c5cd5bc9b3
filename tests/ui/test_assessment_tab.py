"""The Assessment tab: a keyboard walk through the inventory to a result, a retake that
draws a trajectory, resuming after a lock, the skip rule, sharing and forgetting."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QLineEdit

from securebase.app import AppContext
from securebase.domain.clock import FakeClock
from securebase.storage.vault import Vault
from securebase.ui import dialogs
from securebase.ui.tabs.assessment_tab import AssessmentTab
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

ITEMS = 24


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 9, 1, 20, 0, tzinfo=UTC))


@pytest.fixture
def vault(data_dir, make_vault, clock):
    v = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    yield v
    v.close()


@pytest.fixture
def warnings(monkeypatch):
    said = []
    monkeypatch.setattr(dialogs, "warning", lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def tab(qtbot, vault, clock, data_dir, warnings):
    page = AssessmentTab()
    qtbot.addWidget(page)
    page.resize(1180, 800)
    page.show()
    page.bind(AppContext(vault=vault, clock=clock, data_dir=data_dir))
    return page


def key(qtbot, widget, k):
    qtbot.keyClick(widget, k)


def answer_all(qtbot, tab, pick):
    """Answer every sentence with the keys 1-7; ``pick(item)`` chooses the number."""
    q = tab.questionnaire
    for _ in range(ITEMS):
        item = q.instrument.items[q.index]
        key(qtbot, q, getattr(Qt.Key, f"Key_{pick(item)}"))
    assert q.on_review


def lean_high_anxiety(item) -> int:
    level = 6 if item.dimension == "anxiety" else 2
    return 8 - level if item.reversed else level


def lean_lower(item) -> int:
    level = 4 if item.dimension == "anxiety" else 2
    return 8 - level if item.reversed else level


def test_keyboard_walk_to_a_result_then_a_retake_draws_a_trajectory(qtbot, tab, vault, clock):
    assert tab.stack.currentWidget() is tab.intro
    assert "minutes" in tab.intro.time_label.text()
    qtbot.mouseClick(tab.intro.start_button, Qt.MouseButton.LeftButton)
    q = tab.questionnaire
    assert tab.stack.currentWidget() is q
    assert q.progress_label.text() == "Sentence 1 of 24"
    answer_all(qtbot, tab, lean_high_anxiety)
    assert "You answered all 24 sentences." in q.review_text.text()
    with qtbot.waitSignal(tab.resultSaved):
        key(qtbot, q, Qt.Key.Key_Return)

    page = tab.result_page
    assert tab.stack.currentWidget() is page
    assert page.lean_label.text() == ("Your answers lean strongly toward the "
                                      "anxious-preoccupied region.")
    assert page.scores_label.text().startswith("Anxiety 6.0 · Avoidance 2.0")
    qtbot.waitUntil(lambda: page.charts_drawn)
    assert not page.map_label.pixmap().isNull()
    assert len(page.result.trajectory) == 1
    assert "first take" in page.change_label.text()

    clock.advance(40 * 86400)
    qtbot.mouseClick(page.retake_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.intro
    assert tab.intro.start_button.text() == "&Retake"
    qtbot.mouseClick(tab.intro.start_button, Qt.MouseButton.LeftButton)
    answer_all(qtbot, tab, lean_lower)
    with qtbot.waitSignal(tab.resultSaved):
        key(qtbot, q, Qt.Key.Key_Enter)

    assert tab.stack.currentWidget() is page
    trajectory = page.result.trajectory
    assert [(t.anxiety, t.avoidance) for t in trajectory] == [(6.0, 2.0), (4.0, 2.0)]
    assert page.takes_label.text().splitlines() == [
        "Your takes", "1 Sep 2026: anxiety 6.0, avoidance 2.0",
        "11 Oct 2026: anxiety 4.0, avoidance 2.0"]
    assert "40 days ago" in page.change_label.text() and "anxiety −2.0" in page.change_label.text()
    assert "wobble" in page.wobble_label.text()
    assert [t.id for t in vault.assessments.completed()] == [t.id for t in trajectory]


def test_arrows_move_back_and_forward_wherever_the_focus_is(qtbot, tab):
    tab.start(0)
    q = tab.questionnaire
    key(qtbot, q, Qt.Key.Key_5)
    key(qtbot, q, Qt.Key.Key_3)
    assert q.index == 2
    assert not q.forward_button.isEnabled()  # not answered yet
    key(qtbot, q.answer_buttons[0], Qt.Key.Key_Right)  # nothing to move on to yet
    assert q.index == 2
    key(qtbot, q.answer_buttons[0], Qt.Key.Key_Left)
    assert q.index == 1 and q.answer_buttons[2].isChecked()
    key(qtbot, q.back_button, Qt.Key.Key_Left)
    assert q.index == 0 and q.answer_buttons[4].isChecked()
    key(qtbot, q, Qt.Key.Key_Right)
    assert q.index == 1
    key(qtbot, q, Qt.Key.Key_7)  # changes the answer and moves on
    assert q.index == 2 and q.answers[q.instrument.items[1].id] == 7
    key(qtbot, q, Qt.Key.Key_9)  # not on the scale: ignored
    key(qtbot, q, Qt.Key.Key_0)
    assert q.index == 2 and len(q.answers) == 2


def test_answers_are_saved_as_you_go_and_resume_after_a_lock(qtbot, tab, vault, clock, data_dir):
    tab.start(0)
    for k in (Qt.Key.Key_2, Qt.Key.Key_6, Qt.Key.Key_S, Qt.Key.Key_4, Qt.Key.Key_1):
        key(qtbot, tab.questionnaire, k)
    saved = vault.assessments.in_progress()
    first_five = [i.id for i in tab.questionnaire.instrument.items[:5]]
    assert saved.answers == dict(zip(first_five, [2, 6, None, 4, 1], strict=True))

    tab.clear()  # the vault locks
    assert tab.stack.currentWidget() is tab.locked_page
    tab.bind(AppContext(vault=vault, clock=clock, data_dir=data_dir))
    assert tab.stack.currentWidget() is tab.intro
    assert tab.intro.resume_button.isVisible()
    assert "5 of 24" in tab.intro.resume_note.text()
    qtbot.mouseClick(tab.intro.resume_button, Qt.MouseButton.LeftButton)
    q = tab.questionnaire
    assert q.index == 5 and q.progress_label.text() == "Sentence 6 of 24"
    key(qtbot, q, Qt.Key.Key_Left)
    key(qtbot, q, Qt.Key.Key_Left)
    key(qtbot, q, Qt.Key.Key_Left)
    assert "skipped" in q.state_note.text()


def test_too_many_skips_give_no_result_and_say_why(qtbot, tab, vault):
    tab.start(0)
    q = tab.questionnaire
    for _ in range(ITEMS):
        item = q.instrument.items[q.index]
        key(qtbot, q, Qt.Key.Key_S if item.dimension == "anxiety" and item.facet != "reassurance"
            else Qt.Key.Key_4)
    assert q.on_review
    assert "8 of the sentences about worry in closeness have no answer" in q.review_problem.text()
    assert not q.finish_button.isEnabled()
    key(qtbot, q, Qt.Key.Key_Return)  # takes you to the first open sentence instead
    assert not q.on_review and q.index == 0
    assert vault.assessments.count_completed() == 0


def test_start_over_discards_only_the_unfinished_take(qtbot, tab, vault, monkeypatch):
    tab.start(0)
    key(qtbot, tab.questionnaire, Qt.Key.Key_3)
    qtbot.mouseClick(tab.questionnaire.later_button, Qt.MouseButton.LeftButton)
    assert "saved" in tab.status.text()
    old = vault.assessments.in_progress().uid
    monkeypatch.setattr(dialogs, "question", lambda *a, **k: True)
    qtbot.mouseClick(tab.intro.over_button, Qt.MouseButton.LeftButton)
    fresh = vault.assessments.in_progress()
    assert fresh.uid != old and fresh.answers == {}
    assert tab.questionnaire.index == 0


def finished(qtbot, tab):
    tab.start(0)
    answer_all(qtbot, tab, lean_high_anxiety)
    key(qtbot, tab.questionnaire, Qt.Key.Key_Return)
    assert tab.stack.currentWidget() is tab.result_page


def test_save_and_copy_the_card(qtbot, tab, tmp_path, monkeypatch):
    finished(qtbot, tab)
    target = tmp_path / "my card.png"
    asked = []
    monkeypatch.setattr(dialogs, "get_save_path",
                        lambda parent, title, name, flt: asked.append(name) or target)
    tab.result_page.size_combo.setCurrentIndex(1)
    qtbot.mouseClick(tab.result_page.save_card_button, Qt.MouseButton.LeftButton)
    assert asked == ["securebase-card-2026-09-01.png"]
    assert QImage(str(target)).size().toTuple() == (1080, 1080)
    assert "Card saved" in tab.status.text()
    qtbot.mouseClick(tab.result_page.copy_card_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().image()
    assert copied.size().toTuple() == (1080, 1080)
    QGuiApplication.clipboard().clear()


def test_save_the_action_report(qtbot, tab, tmp_path, monkeypatch):
    finished(qtbot, tab)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: target)
    tab.result_page.journal_check.setChecked(True)
    qtbot.mouseClick(tab.result_page.report_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Action report saved" in tab.status.text()


def test_cancelled_save_dialogs_write_nothing(qtbot, tab, tmp_path, monkeypatch):
    finished(qtbot, tab)
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: None)
    qtbot.mouseClick(tab.result_page.save_card_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.result_page.report_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == ""


def test_a_failed_save_is_one_clear_sentence(qtbot, tab, tmp_path, monkeypatch, warnings):
    finished(qtbot, tab)
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: tmp_path / "gone" / "card.png")
    qtbot.mouseClick(tab.result_page.save_card_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "\n" not in warnings[0] and "Traceback" not in warnings[0]
    assert warnings[0].startswith("It could not be written to ") and "card.png" in warnings[0]


def test_locking_forgets_every_result_on_screen(qtbot, tab):
    finished(qtbot, tab)
    page = tab.result_page
    page.name_edit.setText("Alex")
    qtbot.waitUntil(lambda: page.charts_drawn)
    lean = page.lean_label.text()
    tab.clear()
    texts = [label.text() for label in tab.findChildren(QLabel)]
    assert not any(lean in t or "Anxiety 6.0" in t or "1 Sep 2026" in t for t in texts)
    assert all(e.text() == "" for e in tab.findChildren(QLineEdit))
    assert page.map_label.pixmap().isNull() and page.result is None
    assert tab.questionnaire.instrument is None and tab.ctx is None


def test_today_can_ask_for_the_assessment(qtbot, tab, vault):
    tab.handle_action("assessment")
    assert tab.stack.currentWidget() is tab.intro
    tab.start(0)
    key(qtbot, tab.questionnaire, Qt.Key.Key_4)
    qtbot.mouseClick(tab.questionnaire.later_button, Qt.MouseButton.LeftButton)
    tab.handle_action("assessment")
    assert tab.stack.currentWidget() is tab.questionnaire and tab.questionnaire.index == 1


def test_the_tab_does_not_import_matplotlib_until_a_result_is_shown():
    code = ("import sys; import securebase.ui.tabs.assessment_tab; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(("low", "high", "text"), [
    (0, 0, "About a minute"), (1, 1, "About a minute"), (3, 3, "About 3 minutes"),
    (2, 4, "About 2–4 minutes")])
def test_time_left_reads_naturally(qtbot, low, high, text):
    from PySide6.QtWidgets import QWidget

    from securebase.ui.assessment.intro_page import minutes_text

    widget = QWidget()
    qtbot.addWidget(widget)
    assert minutes_text(widget, low, high) == text
