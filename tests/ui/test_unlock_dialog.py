"""The unlock dialog: wrong passphrase, success, a vault open elsewhere, busy state."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from securebase.paths import VaultPaths
from securebase.storage.errors import WrongPassphrase
from securebase.storage.lockfile import InstanceLock
from securebase.storage.vault import Vault
from securebase.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def make_dialog(qtbot, data_dir, make_vault):
    made: list[UnlockDialog] = []

    def make(**kwargs) -> UnlockDialog:
        dialog = UnlockDialog(data_dir, **kwargs)
        made.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.vault is not None:
            dialog.vault.close()


@pytest.fixture
def dialog(make_dialog):
    return make_dialog()


def folder_is_free(data_dir) -> bool:
    try:
        InstanceLock(VaultPaths(data_dir).lock).acquire().release()
    except Exception:
        return False
    return True


def attempt(qtbot, dialog, passphrase: str) -> None:
    edit = dialog.findChild(QLineEdit, "passphraseEdit")
    edit.clear()
    qtbot.keyClicks(edit, passphrase)
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_names_and_title(dialog, make_dialog):
    assert dialog.objectName() == "unlockDialog"
    assert dialog.windowTitle() == "SecureBase — Unlock"
    assert dialog.findChild(QPushButton, "unlockButton") is dialog.unlock_button
    assert "DEMO" in make_dialog(demo=True).windowTitle()
    assert "DEMO" not in dialog.windowTitle()


def test_wrong_passphrase_says_so_and_keeps_focus_with_the_text_selected(qtbot, dialog):
    attempt(qtbot, dialog, "not the right passphrase")
    edit = dialog.passphrase_edit
    assert dialog.message.text() == WrongPassphrase().user_message
    assert dialog.message.isVisible()
    assert dialog.isVisible() and dialog.vault is None
    qtbot.waitUntil(edit.hasFocus)
    assert edit.selectedText() == "not the right passphrase"
    assert edit.isEnabled() and dialog.unlock_button.isEnabled()


def test_right_passphrase_accepts_with_the_open_vault_and_clears_the_field(qtbot, dialog):
    attempt(qtbot, dialog, "not the right passphrase")
    edit = dialog.passphrase_edit
    edit.clear()
    qtbot.keyClicks(edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.vault is not None and dialog.vault.is_open
    assert dialog.vault.triggers.count() == 0
    assert edit.text() == ""


def test_cancel_leaves_nothing_open(qtbot, dialog, data_dir):
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Escape)
    assert dialog.vault is None
    assert dialog.passphrase_edit.text() == ""  # cleared when hidden
    assert folder_is_free(data_dir)


def test_empty_field_cannot_be_submitted(qtbot, dialog):
    assert not dialog.unlock_button.isEnabled()
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert not dialog.busy and dialog.message.text() == ""


def test_show_passphrase_toggles_the_echo(qtbot, dialog):
    edit = dialog.passphrase_edit
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(dialog.show_box, Qt.Key.Key_Space)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.hide()
    assert edit.echoMode() == QLineEdit.EchoMode.Password and not dialog.show_box.isChecked()


def test_busy_while_unlocking_inputs_disabled_and_escape_waits(qtbot, make_dialog, data_dir):
    release = threading.Event()
    started = threading.Event()

    def slow_open(*args, **kwargs):
        started.set()
        release.wait(10)
        return Vault.open(*args, **kwargs)

    dialog = make_dialog(open_vault=slow_open)
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(started.is_set)
    assert dialog.busy and dialog.busy_indicator.isVisible()
    assert "Unlocking" in dialog.busy_indicator.label.text()
    for widget in (dialog.passphrase_edit, dialog.unlock_button, dialog.cancel_button,
                   dialog.forgot_button):
        assert not widget.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        release.set()
    assert dialog.vault.is_open and not dialog.busy_indicator.isVisible()


def test_closing_from_code_while_unlocking_waits_and_closes_the_vault(qtbot, make_dialog,
                                                                      data_dir):
    release = threading.Event()

    def slow_open(*args, **kwargs):
        release.wait(10)
        return Vault.open(*args, **kwargs)

    dialog = make_dialog(open_vault=slow_open)
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    dialog.unlock_button.click()
    assert dialog.busy
    threading.Timer(0.2, release.set).start()
    dialog.done(0)
    assert not dialog.busy and dialog.vault is None
    assert folder_is_free(data_dir)


def test_vault_in_use_says_it_is_open_elsewhere(qtbot, dialog, data_dir):
    other = InstanceLock(VaultPaths(data_dir).lock).acquire()
    try:
        attempt(qtbot, dialog, PASSPHRASE)
        text = dialog.message.text()
        assert "open in another SecureBase window" in text
        assert text != WrongPassphrase().user_message and dialog.vault is None
    finally:
        other.release()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.unlock_button.click()  # the field kept the passphrase; now it works


def test_the_app_lock_is_passed_to_the_vault(qtbot, make_dialog, data_dir):
    lock = InstanceLock(VaultPaths(data_dir).lock).acquire()
    seen = []

    def open_vault(*args, **kwargs):
        seen.append(kwargs["lock"])
        return Vault.open(*args, **kwargs)

    dialog = make_dialog(lock=lock, open_vault=open_vault)
    attempt(qtbot, dialog, PASSPHRASE)
    assert seen == [lock] and dialog.vault.is_open
    dialog.vault.close()
    dialog.vault = None
    lock.release()


def test_every_interactive_widget_has_an_accessible_name_and_tab_order_is_visual(dialog):
    for kind in (QLineEdit, QPushButton, QCheckBox):
        for widget in dialog.findChildren(kind):
            assert widget.accessibleName(), widget.objectName()
    order = []
    widget = dialog.passphrase_edit
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [dialog.show_box, dialog.forgot_button, dialog.cancel_button,
                     dialog.unlock_button, dialog.passphrase_edit]


def test_a_demo_vault_tells_its_passphrase(qtbot, data_dir, make_vault):
    dialog = UnlockDialog(data_dir, demo=True, demo_passphrase="demo vault passphrase 2026")
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "demoLabel")
    assert "demo vault passphrase 2026" in label.text()
    assert "[DEMO]" in dialog.windowTitle()
