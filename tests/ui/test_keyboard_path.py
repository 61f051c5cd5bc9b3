"""A keyboard-only path through SecureBase: create a vault, answer the assessment,
capture a trigger moment and start a body scan, with key presses alone (QTest key
events sent to whichever widget has the focus, as a keyboard would)."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from securebase.app import AppContext
from securebase.storage.vault import Vault
from securebase.ui.create_vault_dialog import CreateVaultDialog
from securebase.ui.main_window import MainWindow
from tests.conftest import CHEAP_KDF, PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
MAX_TABS = 25  # a control further than this many Tab presses away is not reachable


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab_to(name: str) -> QWidget:
    """Press Tab until the control named ``name`` has the focus."""
    for _ in range(MAX_TABS):
        if focused().objectName() == name:
            return focused()
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"{name} cannot be reached with Tab")


def activate(qtbot, window: QWidget) -> None:
    """What the window manager does when a window appears or a dialog closes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def created_vault():
    opened: list[Vault] = []
    yield opened
    for vault in opened:
        vault.close()


def test_create_assess_capture_and_scan_with_the_keyboard_alone(qtbot, data_dir, created_vault):
    # --- create the vault
    dialog = CreateVaultDialog(
        data_dir, create=functools.partial(Vault.create, _unsafe_kdf_params=CHEAP_KDF))
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert focused().objectName() == "startButton"
    press(Qt.Key.Key_Return)
    assert focused().objectName() == "passphraseEdit"  # the page opens where you type
    QTest.keyClicks(focused(), PASSPHRASE)
    press(Qt.Key.Key_Tab)
    assert focused().objectName() == "confirmPassphraseEdit"
    QTest.keyClicks(focused(), PASSPHRASE)
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        press(Qt.Key.Key_Return)
    assert dialog.page == dialog.RECOVERY
    tab_to("storedCheck")
    press(Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    vault = dialog.vault
    created_vault.append(vault)

    window = MainWindow(AppContext(vault=vault, clock=vault.clock, data_dir=data_dir))
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)

    # --- the assessment: Ctrl+2, Tab to Start, Return, then 1-7 for each sentence
    press(Qt.Key.Key_2, CTRL)
    assert window.tabs.currentWidget().objectName() == "assessmentTab"
    tab_to("assessmentStartButton")
    press(Qt.Key.Key_Return)
    take = vault.assessments.in_progress()
    assert take is not None
    keys = [Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_2]
    from securebase.services.assessment import load_content

    items = load_content().default_instrument().items
    for n in range(len(items)):
        press(keys[n % len(keys)])
    press(Qt.Key.Key_Return)  # "See my result" is the default button of the review
    done = vault.assessments.latest_completed()
    assert done is not None and vault.assessments.in_progress() is None
    assert [done.answers[i.id] for i in items] == [(3, 5, 6, 2)[n % 4] for n in range(len(items))]

    # --- quick capture: Ctrl+N, a digit, Ctrl+Enter
    press(Qt.Key.Key_N, CTRL)
    capture = window.findChild(QDialog, "quickCaptureDialog")
    assert capture is not None and capture.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is capture)  # it asks to be active
    assert focused().window() is capture
    press(Qt.Key.Key_6)
    press(Qt.Key.Key_Return, CTRL)
    assert [m.intensity for m in vault.triggers.list()] == [6]
    qtbot.waitUntil(lambda: not capture.isVisible())
    activate(qtbot, window)

    # --- the body scan: Ctrl+4, Tab to Start, Space
    press(Qt.Key.Key_4, CTRL)
    body = window.tabs.currentWidget()
    assert body.objectName() == "bodyScanTab"
    tab_to("startScanButton")
    press(Qt.Key.Key_Space)
    assert body.active_page() is body.current_page() and body.blocks_autolock()
    assert focused().objectName() == "pauseScanButton"  # the next thing you may want
    press(Qt.Key.Key_Space)
    assert focused().text().replace("&", "") == "Resume"

    for page in window.pages:
        page.prepare_lock()
        page.clear()
