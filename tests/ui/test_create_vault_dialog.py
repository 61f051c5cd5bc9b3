"""The first-run dialog: welcome, passphrase (refused when weak or mismatched), the vault
created off the UI thread, and the recovery key shown once."""

from __future__ import annotations

import functools
import os
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QPushButton

from securebase.domain.entries import TriggerMoment
from securebase.domain.passphrase import assess
from securebase.paths import VaultPaths
from securebase.storage.errors import StorageFull, VaultExists
from securebase.storage.lockfile import InstanceLock
from securebase.storage.vault import Vault
from securebase.ui import dialogs
from securebase.ui.create_vault_dialog import CreateVaultDialog
from tests.conftest import CHEAP_KDF, PASSPHRASE

cheap_create = functools.partial(Vault.create, _unsafe_kdf_params=CHEAP_KDF)
WEAK = "password123"


@pytest.fixture
def make_dialog(qtbot, data_dir):
    """Shows a dialog; afterwards closes it without the "leave without your key?" question
    (``done`` rather than ``close``) and closes any vault it opened."""
    made: list[CreateVaultDialog] = []

    def make(create=cheap_create) -> CreateVaultDialog:
        dialog = CreateVaultDialog(data_dir, create=create)
        made.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.isVisible():
            dialog.done(QDialog.DialogCode.Rejected)
        if dialog.vault is not None:
            dialog.vault.close()
        dialog.deleteLater()


@pytest.fixture
def dialog(make_dialog):
    return make_dialog()


def folder_is_free(data_dir) -> bool:
    try:
        InstanceLock(VaultPaths(data_dir).lock).acquire().release()
    except Exception:
        return False
    return True


def to_passphrase_page(qtbot, dialog) -> tuple[QLineEdit, QLineEdit, QPushButton]:
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)
    assert dialog.page == dialog.PASSPHRASE
    return (dialog.findChild(QLineEdit, "passphraseEdit"),
            dialog.findChild(QLineEdit, "confirmPassphraseEdit"),
            dialog.findChild(QPushButton, "unlockButton"))


def create_with(qtbot, dialog, passphrase=PASSPHRASE) -> None:
    edit, confirm, _ = to_passphrase_page(qtbot, dialog)
    qtbot.keyClicks(edit, passphrase)
    qtbot.keyClicks(confirm, passphrase)
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        qtbot.keyClick(confirm, Qt.Key.Key_Return)


def test_names_title_and_welcome(dialog):
    assert dialog.objectName() == "unlockDialog"
    assert dialog.windowTitle() == "SecureBase — Create your vault"
    assert dialog.page == dialog.WELCOME
    text = dialog.welcome_text.text()
    assert "not therapy" in text and "this computer" in text
    assert dialog.width() >= 440


def test_create_flow_by_keyboard(qtbot, dialog, data_dir):
    edit, confirm, create = to_passphrase_page(qtbot, dialog)
    assert create.isEnabled() is False

    # A weak passphrase is refused and the reason is on screen.
    qtbot.keyClicks(edit, WEAK)
    qtbot.keyClicks(confirm, WEAK)
    reason = assess(WEAK).reason
    assert reason and dialog.form.meter.reason.text() == reason
    assert dialog.form.meter.reason.isVisible()
    assert "Not strong enough" in dialog.form.meter.label.text()
    assert not create.isEnabled()
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert dialog.page == dialog.PASSPHRASE and not dialog.busy and dialog.vault is None

    # A strong passphrase with a confirmation that differs is refused too.
    edit.clear()
    confirm.clear()
    qtbot.keyClicks(edit, PASSPHRASE)
    qtbot.keyClicks(confirm, PASSPHRASE + "x")
    assert "Good to use" in dialog.form.meter.label.text()
    assert "do not match" in dialog.form.mismatch.text()
    assert not create.isEnabled()
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert dialog.page == dialog.PASSPHRASE and dialog.vault is None

    # Fixed: Enter creates the vault (off the UI thread) and shows the recovery key.
    qtbot.keyClick(confirm, Qt.Key.Key_Backspace)
    assert dialog.form.mismatch.text() == "" and create.isEnabled()
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert dialog.page == dialog.RECOVERY
    key = dialog.recovery_key
    assert key and dialog.key_label.text().replace("\n", "-") == key
    assert edit.text() == "" and confirm.text() == ""  # the passphrase left the widgets

    # Continue stays disabled until the user says the key is stored.
    check = dialog.findChild(QCheckBox, "storedCheck")
    assert not dialog.continue_button.isEnabled()
    qtbot.keyClick(check, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked() and dialog.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(check, Qt.Key.Key_Return)

    assert dialog.recovery_key is None and dialog.key_label.text() == ""
    vault = dialog.vault
    assert vault.is_open
    saved = vault.triggers.add(TriggerMoment(intensity=6, occurred_at=datetime.now(UTC)))
    assert vault.triggers.get(saved.id).intensity == 6
    vault.close()
    dialog.vault = None
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as again:
        assert again.triggers.count() == 1
    with Vault.open_with_recovery(data_dir, key, PASSPHRASE) as again:  # the key shown works
        assert again.triggers.count() == 1


def test_back_returns_to_the_welcome_page(qtbot, dialog):
    to_passphrase_page(qtbot, dialog)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.page == dialog.WELCOME


def test_an_existing_vault_is_one_sentence_on_the_page(qtbot, make_dialog, make_vault):
    dialog = make_dialog()
    create_with(qtbot, dialog)
    assert dialog.page == dialog.PASSPHRASE
    assert dialog.message.text() == VaultExists().user_message
    assert dialog.message.isVisible() and dialog.vault is None
    assert dialog.passphrase_edit.isEnabled()


@pytest.mark.parametrize(("error", "expected"), [
    (RuntimeError("disk said: /secret/path line 3"),
     "The vault could not be created, and nothing was saved. Please try again."),
    (OSError(28, "No space left on device"), StorageFull.default_message),
])
def test_unexpected_failures_are_one_calm_sentence(qtbot, make_dialog, error, expected):
    def failing_create(*args, **kwargs):
        raise error

    dialog = make_dialog(create=failing_create)
    create_with(qtbot, dialog)
    assert dialog.message.text() == expected
    assert "Traceback" not in dialog.message.text() and "secret" not in dialog.message.text()
    assert dialog.vault is None


def test_escape_waits_while_creating_and_a_forced_close_leaves_nothing_open(qtbot, make_dialog,
                                                                           data_dir):
    release = threading.Event()

    def slow_create(*args, **kwargs):
        release.wait(10)
        return cheap_create(*args, **kwargs)

    dialog = make_dialog(create=slow_create)
    edit, confirm, _ = to_passphrase_page(qtbot, dialog)
    qtbot.keyClicks(edit, PASSPHRASE)
    qtbot.keyClicks(confirm, PASSPHRASE)
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert dialog.busy and dialog.page == dialog.WORKING
    assert dialog.busy_indicator.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.busy

    threading.Timer(0.2, release.set).start()
    dialog.done(QDialog.DialogCode.Rejected)  # closed from code: waits, then closes the vault
    assert not dialog.busy and not dialog.isVisible()
    assert dialog.vault is None and dialog.recovery_key is None
    assert folder_is_free(data_dir)


def test_copy_puts_the_key_on_the_clipboard_and_closing_removes_it(qtbot, dialog):
    create_with(qtbot, dialog)
    key = dialog.recovery_key
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == key
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    assert "clipboard" in dialog.key_status.text()
    dialog.stored_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.continue_button.click()
    assert clipboard.text() == ""


def test_closing_leaves_other_clipboard_text_alone(qtbot, dialog):
    create_with(qtbot, dialog)
    dialog.copy_button.click()
    QGuiApplication.clipboard().setText("something the user copied later")
    dialog.stored_check.setChecked(True)
    dialog.continue_button.click()
    assert QGuiApplication.clipboard().text() == "something the user copied later"


def test_save_writes_a_private_text_file(qtbot, dialog, tmp_path, monkeypatch):
    create_with(qtbot, dialog)
    target = tmp_path / "my-key.txt"
    asked = []
    monkeypatch.setattr(dialogs, "get_save_path",
                        lambda parent, title, name, flt: asked.append(name) or target)
    dialog.save_button.click()
    text = target.read_text(encoding="utf-8")
    assert dialog.recovery_key in text and "forget your passphrase" in text
    assert asked == ["securebase-recovery-key.txt"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert dialog.key_status.text() == "Saved to my-key.txt."


def test_save_failure_and_cancel(qtbot, dialog, tmp_path, monkeypatch):
    create_with(qtbot, dialog)
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: None)
    dialog.save_button.click()
    assert dialog.key_status.text() == ""
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: tmp_path / "missing" / "k.txt")
    dialog.save_button.click()
    assert dialog.key_status.text() == "The key could not be saved there; please choose another place."


def test_print_goes_through_the_dialogs_module(qtbot, dialog, monkeypatch):
    create_with(qtbot, dialog)
    printed = []

    def fake_print(parent, title, document):
        printed.append(document.toPlainText())
        return True

    monkeypatch.setattr(dialogs, "print_document", fake_print)
    dialog.print_button.click()
    assert len(printed) == 1 and dialog.recovery_key in printed[0]
    assert dialog.key_status.text() == "Sent to the printer."


def test_leaving_the_key_page_asks_and_closes_the_vault(qtbot, dialog, data_dir, monkeypatch):
    create_with(qtbot, dialog)
    answers = iter([False, True])
    questions = []

    def answer(parent, title, text, **kwargs):
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(dialogs, "question", answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.vault is not None  # "Stay"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions) == 2 and "not be shown again" in questions[0]
    assert dialog.vault is None and dialog.recovery_key is None
    assert folder_is_free(data_dir)


def test_every_interactive_widget_has_an_accessible_name(dialog):
    for kind in (QLineEdit, QPushButton, QCheckBox):
        for widget in dialog.findChildren(kind):
            assert widget.accessibleName(), widget.objectName() or widget.text()
