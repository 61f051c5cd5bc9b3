"""First run: "Explore with sample data" opens a demo vault in its own folder, marked
DEMO, without creating or touching the real vault."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from securebase.app import AppController
from securebase.domain.clock import FakeClock
from securebase.paths import VaultPaths
from securebase.services.demo import DEMO_PASSPHRASE, demo_folder, is_demo_folder
from securebase.storage.errors import VaultInUse
from securebase.storage.lockfile import InstanceLock
from securebase.storage.vault import Vault
from securebase.ui import dialogs
from securebase.ui import main_window as main_window_module
from securebase.ui.create_vault_dialog import CreateVaultDialog
from securebase.ui.unlock_dialog import UnlockDialog
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.shell_support import body_scan_marker_tab, journal_marker_tab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def is_locked(folder) -> bool:
    probe = InstanceLock(VaultPaths(folder).lock)
    try:
        probe.acquire()
    except VaultInUse:
        return True
    probe.release()
    return False


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def controller(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr(main_window_module, "JournalTab", journal_marker_tab)
    monkeypatch.setattr(main_window_module, "BodyScanTab", body_scan_marker_tab)
    ctl = AppController(data_dir, clock=FakeClock(), autolock_check_ms=60_000, warm_up=())
    assert ctl.start() is None
    yield ctl
    ctl.quit()
    if ctl.window is not None:
        ctl.window.deleteLater()


def test_explore_opens_a_demo_vault_beside_the_real_folder(qtbot, controller, data_dir):
    dialog = controller.dialog
    assert isinstance(dialog, CreateVaultDialog)
    explore = dialog.findChild(QPushButton, "exploreButton")
    assert explore is not None and explore.isVisible() and explore.accessibleName()
    with qtbot.waitSignal(controller.unlocked, timeout=30_000):
        explore.click()
    sample = demo_folder(data_dir)
    assert controller.data_dir == sample and controller.ctx.data_dir == sample
    assert controller.ctx.demo and controller.window.windowTitle() == "SecureBase — DEMO"
    assert controller.ctx.vault.triggers.count() > 50
    assert dialog.busy_indicator.bar.value() == 100
    # the real folder holds no vault and is let go; the sample folder is held
    assert not VaultPaths(data_dir).exists()
    assert not is_locked(data_dir) and is_locked(sample)
    assert is_demo_folder(sample)


def test_locking_the_demo_asks_for_the_demo_passphrase_then_quits_cleanly(
        qtbot, controller, data_dir):
    with qtbot.waitSignal(controller.unlocked, timeout=30_000):
        controller.dialog.explore_sample()
    sample = demo_folder(data_dir)
    with qtbot.waitSignal(controller.locked):
        controller.window.lock_action.trigger()
    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog) and "DEMO" in unlock.windowTitle()
    assert is_locked(sample)
    unlock.findChild(QLineEdit, "passphraseEdit").setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=30_000):
        unlock.unlock_button.click()
    assert controller.window.windowTitle() == "SecureBase — DEMO"
    controller.quit()
    assert not is_locked(sample) and not is_locked(data_dir)
    assert not VaultPaths(data_dir).exists()


def test_a_real_vault_where_the_sample_would_go_is_never_opened(
        qtbot, data_dir, warnings_shown):
    sample = demo_folder(data_dir)
    Vault.create(sample, PASSPHRASE, _unsafe_kdf_params=CHEAP_KDF)[0].close()
    dialog = CreateVaultDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        dialog.explore_sample()
    assert dialog.vault is None and dialog.sample_dir is None
    assert dialog.page == dialog.WELCOME and dialog.isVisible()
    assert len(warnings_shown) == 1 and "not a sample vault" in warnings_shown[0]
    assert not VaultPaths(data_dir).exists() and not is_demo_folder(sample)
    # the normal path still works afterwards
    assert "Creating your vault" in dialog.working_heading.text()
    dialog.done(QDialog.DialogCode.Rejected)


def test_closing_the_dialog_while_the_sample_is_built_leaves_nothing_open(
        qtbot, data_dir):
    dialog = CreateVaultDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.explore_sample()
    assert dialog.busy and dialog.page == dialog.WORKING
    dialog.done(QDialog.DialogCode.Rejected)  # waits, then closes what was opened
    assert dialog.vault is None
    assert not is_locked(demo_folder(data_dir))
