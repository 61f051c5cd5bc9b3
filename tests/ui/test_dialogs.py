"""The modal gateway (dialogs.py), the off-thread worker and the strength meter."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from securebase.domain.passphrase import assess
from securebase.storage.errors import StorageFull, WrongPassphrase
from securebase.ui import dialogs
from securebase.ui.strength_meter import SEGMENTS, StrengthMeter
from securebase.ui.workers import BlockingCall, explain
from tests.conftest import PASSPHRASE


# ---------------------------------------------------------------- dialogs.py
def test_get_save_path_adds_the_suffix_and_none_on_cancel(qtbot, monkeypatch, tmp_path):
    answers = iter([(str(tmp_path / "key"), ""), (str(tmp_path / "key.TXT"), ""), ("", "")])
    seen = []

    def fake(parent, title, start, flt):
        seen.append((title, Path(start).name, flt))
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert dialogs.get_save_path(None, "Save", "a.txt", "Text files (*.txt)") == tmp_path / "key.txt"
    assert dialogs.get_save_path(None, "Save", "a.txt", "Text files (*.txt)") == tmp_path / "key.TXT"
    assert dialogs.get_save_path(None, "Save", "a.txt", "Text files (*.txt)") is None
    assert seen[0] == ("Save", "a.txt", "Text files (*.txt)")


def test_get_open_path_and_dir(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(tmp_path / "x.json"), ""))
    assert dialogs.get_open_path(None, "Open", "JSON (*.json)") == tmp_path / "x.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert dialogs.get_open_path(None, "Open") is None
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    assert dialogs.get_existing_dir(None, "Folder") == tmp_path
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: "")
    assert dialogs.get_existing_dir(None, "Folder") is None


@pytest.mark.parametrize(("press", "expected"), [("Restore", True), ("Not now", False)])
def test_question_returns_the_choice(qtbot, monkeypatch, press, expected):
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == press).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    answer = dialogs.question(None, "Restore?", "Restore it?", yes_text="Restore",
                              no_text="Not now")
    assert answer is expected
    assert shown[0][:2] == ("Restore?", "Restore it?")
    assert sorted(shown[0][2]) == ["Not now", "Restore"]


def test_question_escape_means_no(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.escapeButton().click())
    assert dialogs.question(None, "Leave?", "Leave now?") is False


def test_information_and_warning_show_plain_text(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.icon(), box.text(), box.textFormat())))
    dialogs.information(None, "Title", "<b>calm</b>")
    dialogs.warning(None, "Title", "one sentence")
    assert shown[0][0] == QMessageBox.Icon.Information and shown[0][1] == "<b>calm</b>"
    assert shown[1][0] == QMessageBox.Icon.Warning
    assert all(fmt.name == "PlainText" for _, _, fmt in shown)


def test_print_document_prints_only_when_confirmed(qtbot, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"

    class FakePrintDialog:
        answer = QDialog.DialogCode.Rejected

        def __init__(self, printer, parent=None):
            self.printer = printer

        def setWindowTitle(self, title):  # noqa: N802 - Qt name
            pass

        def exec(self):
            self.printer.setOutputFormat(self.printer.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return self.answer

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    document = QTextDocument()
    document.setPlainText("ABCD-EFGH")
    assert dialogs.print_document(None, "Print", document) is False
    assert not target.exists()
    FakePrintDialog.answer = QDialog.DialogCode.Accepted
    assert dialogs.print_document(None, "Print", document) is True
    assert target.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- workers.py
def test_blocking_call_runs_off_the_ui_thread_and_delivers_on_it(qtbot):
    call = BlockingCall()
    threads = {}

    def work():
        threads["work"] = threading.current_thread()
        return 42

    results = []
    call.succeeded.connect(lambda value: results.append((value, threading.current_thread())))
    with qtbot.waitSignal(call.finished, timeout=5000):
        call.start(work)
    assert results == [(42, threading.main_thread())]
    assert threads["work"] is not threading.main_thread()
    assert not call.running


def test_exceptions_cross_as_objects_without_their_traceback(qtbot):
    call = BlockingCall()

    def work():
        secret = PASSPHRASE  # noqa: F841 - a local the traceback would keep alive
        raise WrongPassphrase()

    with qtbot.waitSignal(call.failed, timeout=5000) as blocker:
        call.start(work)
    (exc,) = blocker.args
    assert isinstance(exc, WrongPassphrase) and exc.user_message == WrongPassphrase().user_message
    assert exc.__traceback__ is None


def test_one_call_at_a_time_and_wait_delivers_now(qtbot):
    call = BlockingCall()
    gate = threading.Event()
    got = []
    call.succeeded.connect(got.append)
    call.start(lambda: gate.wait(5) and "done")
    with pytest.raises(RuntimeError):
        call.start(lambda: None)
    threading.Timer(0.1, gate.set).start()
    assert call.wait(5) is True
    assert got == ["done"] and not call.running
    qtbot.wait(20)  # the queued notice arrives later and must not deliver twice
    assert got == ["done"]


def test_abandon_waits_and_discards_the_result(qtbot):
    call = BlockingCall()
    gate = threading.Event()
    got, discarded = [], []
    call.succeeded.connect(got.append)
    call.start(lambda: gate.wait(5) and "vault", discard=discarded.append)
    threading.Timer(0.1, gate.set).start()
    call.abandon()
    qtbot.wait(20)
    assert discarded == ["vault"] and got == [] and not call.running


def test_explain_gives_one_sentence():
    assert explain(WrongPassphrase(), "fallback") == WrongPassphrase().user_message
    assert explain(OSError(errno.ENOSPC, "full"), "fallback") == StorageFull.default_message
    assert "permissions" in explain(PermissionError(13, "denied"), "fallback")
    assert explain(ValueError("x\nTraceback"), "fallback") == "fallback"


# ---------------------------------------------------------------- strength meter
def test_strength_meter_words_and_bar(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    assert meter.strength is None and meter.bar.filled == 0
    weak = meter.update_for("password123")
    assert not weak.acceptable and meter.reason.text() == assess("password123").reason
    assert "Not strong enough" in meter.label.text()
    assert meter.bar.filled == weak.score + 1
    strong = meter.update_for(PASSPHRASE)
    assert strong.acceptable and "Good to use" in meter.label.text()
    assert meter.bar.filled == strong.score + 1 <= SEGMENTS
    assert meter.bar.accessibleDescription() == meter.label.text()
    too_short = meter.update_for("Zq7#")
    assert not too_short.acceptable and "at least" in meter.reason.text()
