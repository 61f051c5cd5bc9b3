"""Forgot the passphrase: the recovery key and a new passphrase open the vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from securebase.storage.errors import WrongPassphrase, WrongRecoveryKey
from securebase.storage.vault import Vault
from securebase.ui.recovery_dialog import RecoveryDialog
from securebase.ui.unlock_dialog import UnlockDialog
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


@pytest.fixture
def dialog(qtbot, data_dir, make_vault):
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.vault is not None:
        dialog.vault.close()


def open_recovery(qtbot, dialog) -> RecoveryDialog:
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    recovery = dialog.recovery_dialog
    assert isinstance(recovery, RecoveryDialog) and recovery.isVisible()
    qtbot.waitExposed(recovery)
    return recovery


def fill(qtbot, recovery, key: str, new: str, confirm: str | None = None) -> None:
    qtbot.keyClicks(recovery.findChild(QLineEdit, "recoveryKeyEdit"), key)
    qtbot.keyClicks(recovery.findChild(QLineEdit, "newPassphraseEdit"), new)
    qtbot.keyClicks(recovery.findChild(QLineEdit, "confirmNewPassphraseEdit"),
                    new if confirm is None else confirm)


def test_recovery_sets_a_new_passphrase_and_the_old_one_fails(qtbot, dialog, data_dir,
                                                              make_vault):
    recovery = open_recovery(qtbot, dialog)
    fill(qtbot, recovery, make_vault.lower().replace("-", " "), OTHER_PASSPHRASE)
    assert recovery.recover_button.isEnabled()
    confirm = recovery.findChild(QLineEdit, "confirmNewPassphraseEdit")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert dialog.vault is not None and dialog.vault.is_open
    assert not recovery.isVisible()
    dialog.vault.close()
    dialog.vault = None
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE, auto_backup=False)
    Vault.open(data_dir, OTHER_PASSPHRASE, auto_backup=False).close()


def test_weak_or_mismatched_new_passphrase_is_refused(qtbot, dialog, make_vault):
    recovery = open_recovery(qtbot, dialog)
    fill(qtbot, recovery, make_vault, "password123")
    assert not recovery.recover_button.isEnabled()
    assert recovery.form.meter.reason.text()
    recovery.form.edit.clear()
    recovery.form.confirm.clear()
    fill(qtbot, recovery, "", OTHER_PASSPHRASE, OTHER_PASSPHRASE + "!")
    assert not recovery.recover_button.isEnabled()
    assert "do not match" in recovery.form.mismatch.text()
    qtbot.keyClick(recovery.form.confirm, Qt.Key.Key_Return)
    assert not recovery.busy and recovery.isVisible()


def test_wrong_recovery_key_says_so_and_refocuses_the_key(qtbot, dialog, data_dir):
    recovery = open_recovery(qtbot, dialog)
    wrong = "-".join(["ABCD"] * 8)
    fill(qtbot, recovery, wrong, OTHER_PASSPHRASE)
    with qtbot.waitSignal(recovery.task.finished, timeout=20_000):
        recovery.recover_button.click()
    assert recovery.message.text() == WrongRecoveryKey().user_message
    assert recovery.isVisible() and recovery.vault is None and dialog.vault is None
    qtbot.waitUntil(recovery.key_edit.hasFocus)
    assert recovery.key_edit.selectedText() == wrong
    Vault.open(data_dir, PASSPHRASE, auto_backup=False).close()  # nothing changed


def test_cancelling_recovery_returns_to_the_unlock_dialog(qtbot, dialog, make_vault):
    recovery = open_recovery(qtbot, dialog)
    fill(qtbot, recovery, make_vault, OTHER_PASSPHRASE)
    with qtbot.waitSignal(recovery.rejected):
        qtbot.keyClick(recovery, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.vault is None
    assert recovery.key_edit.text() == "" and recovery.form.edit.text() == ""
