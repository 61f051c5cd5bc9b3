"""File → Export…: the formats, the plain-text note said once, the file written only
where the user chose, the encrypted copy with its own passphrase."""

from __future__ import annotations

import json

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from securebase.ui.transfer.export_dialog import NOTE_SEEN_KEY, ExportDialog
from tests.services.transfer_support import fill
from tests.ui import transfer_support
from tests.ui.transfer_support import finish

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
modals = transfer_support.modals  # fixtures
window = transfer_support.window
EXPORT_PASSPHRASE = "copper kettle meadow ninety-one"


def open_export(window) -> ExportDialog:
    window.findChild(QAction, "exportAction").trigger()
    dialog = window.transfer.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def test_file_menu_offers_export_and_import_with_shortcuts(window):
    export = window.findChild(QAction, "exportAction")
    assert export.shortcut().toString() == "Ctrl+Shift+E"
    assert window.findChild(QAction, "importAction").shortcut().toString() == "Ctrl+Shift+I"
    assert export in window.menu_for("File").actions()


def test_json_export_is_written_where_chosen_and_the_note_is_said_once(
        qtbot, window, vault, modals, tmp_path):
    fill(vault)
    dialog = open_export(window)
    assert dialog.plaintext_note.isVisible() and not dialog.passphrase_form.isVisible()
    modals.save_path = tmp_path / "mine.json"
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    doc = json.loads(modals.save_path.read_text(encoding="utf-8"))
    assert len(doc["trigger_moments"]) == 2
    assert len(modals.informed) == 1 and "not be" in modals.informed[0]
    assert vault.settings.get(NOTE_SEEN_KEY) is True
    assert "mine.json" in dialog.message.text()
    assert "deleted entry was left out" in dialog.message.text()
    assert "mine.json" in window.statusBar().currentMessage()

    dialog.choose("md")
    modals.save_path = tmp_path / "journal.md"
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    assert modals.save_path.read_text(encoding="utf-8").startswith("# My SecureBase journal")
    assert len(modals.informed) == 1  # said once, not every time
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["journal.md",
                                                                         "mine.json"]


def test_cancelling_the_file_chooser_writes_nothing(qtbot, window, modals, tmp_path):
    dialog = open_export(window)
    modals.save_path = None
    dialog.export_button.click()
    assert not dialog.busy and dialog.message.text() == ""
    assert dialog.isVisible()


def test_the_encrypted_copy_needs_a_good_passphrase_and_opens_with_it(
        qtbot, window, vault, modals, tmp_path):
    fill(vault)
    dialog = open_export(window)
    dialog.choose("sqlcipher")
    assert dialog.passphrase_form.isVisible() and not dialog.plaintext_note.isVisible()
    assert not dialog.export_button.isEnabled()
    dialog.passphrase_form.edit.setText("short")
    dialog.passphrase_form.confirm.setText("short")
    assert not dialog.export_button.isEnabled()
    dialog.passphrase_form.edit.setText(EXPORT_PASSPHRASE)
    dialog.passphrase_form.confirm.setText(EXPORT_PASSPHRASE)
    assert dialog.export_button.isEnabled()
    modals.save_path = tmp_path / "copy.db"
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_button.click()
    assert modals.informed == []  # the encrypted copy is not plain text
    assert dialog.passphrase_form.edit.text() == ""  # forgotten once used
    conn = sqlcipher3.connect(str(modals.save_path))
    try:
        conn.execute(f"PRAGMA key = '{EXPORT_PASSPHRASE}'")
        assert conn.execute("SELECT count(*) FROM trigger_moments").fetchone() == (2,)
    finally:
        conn.close()


def test_a_folder_that_cannot_be_written_is_one_sentence(qtbot, window, modals, tmp_path):
    dialog = open_export(window)
    modals.save_path = tmp_path / "no-such-folder" / "x.json"
    dialog.export_button.click()
    finish(qtbot, dialog)
    text = dialog.message.text()
    assert text and "\n" not in text and "Traceback" not in text
    assert "folder" in text
    assert not (tmp_path / "no-such-folder").exists()


def test_locking_closes_the_dialog_and_forgets_the_passphrase(qtbot, window, modals):
    dialog = open_export(window)
    dialog.choose("sqlcipher")
    dialog.passphrase_form.edit.setText(EXPORT_PASSPHRASE)
    window.prepare_lock()
    window.clear()
    assert not dialog.isVisible()
    assert dialog.passphrase_form.edit.text() == ""
    assert window.transfer.dialog is None
    assert not window.findChild(QAction, "exportAction").isEnabled()
