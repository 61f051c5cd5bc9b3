"""The application controller: one instance per vault, the lock/unlock cycle, quitting."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from securebase import app as app_module
from securebase.app import AppController, KeptLock, run_gui
from securebase.domain.clock import FakeClock
from securebase.paths import VaultPaths
from securebase.storage.errors import VaultInUse
from securebase.storage.lockfile import InstanceLock
from securebase.ui import dialogs
from securebase.ui import main_window as main_window_module
from tests.conftest import PASSPHRASE
from tests.ui.shell_support import (
    MARKER,
    body_scan_marker_tab,
    journal_marker_tab,
    stub_unlock_factory,
    unlock,
)

# The offscreen platform cannot raise windows or pass size hints; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def folder_is_locked(data_dir) -> bool:
    probe = InstanceLock(VaultPaths(data_dir).lock)
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
def marker_tabs(monkeypatch):
    monkeypatch.setattr(main_window_module, "JournalTab", journal_marker_tab)
    monkeypatch.setattr(main_window_module, "BodyScanTab", body_scan_marker_tab)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def controller(qtbot, data_dir, make_vault, marker_tabs, clock):
    ctl = AppController(data_dir, clock=clock, unlock_dialog=stub_unlock_factory,
                        autolock_check_ms=10, warm_up=())
    assert ctl.start() is None
    unlock(qtbot, ctl)
    yield ctl
    ctl.quit()
    if ctl.window is not None:
        ctl.window.deleteLater()


def journal(ctl):
    return ctl.window.findChild(main_window_module.QWidget, "journalTab")


def test_unlock_shows_the_bound_main_window_and_holds_the_folder(controller, data_dir):
    window = controller.window
    assert window.isVisible()
    assert controller.ctx.vault.is_open
    assert journal(controller).label.text() == MARKER
    assert folder_is_locked(data_dir)


def test_lock_closes_vault_clears_tabs_and_asks_again_while_keeping_the_folder(
        qtbot, controller, data_dir):
    vault = controller.ctx.vault
    tab = journal(controller)
    with qtbot.waitSignal(controller.locked):
        controller.window.lock_action.trigger()
    assert tab.vault_open_when_prepared is True  # drafts are saved before the vault closes
    assert not vault.is_open
    assert tab.label.text() == "" and tab.edit.text() == ""
    assert tab.cleared == 1
    assert not controller.window.isVisible()
    assert controller.dialog is not None and controller.dialog.isVisible()
    assert controller.dialog.objectName() == "unlockDialog"
    assert folder_is_locked(data_dir)  # nobody else can open the vault while locked

    unlock(qtbot, controller)
    assert controller.window.isVisible()
    assert controller.ctx.vault.is_open and controller.ctx.vault is not vault
    assert tab.label.text() == MARKER


def test_wrong_passphrase_after_lock_keeps_the_folder_locked(qtbot, controller, data_dir):
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    dialog = controller.dialog
    dialog.findChild(QLineEdit, "passphraseEdit").setText("not the passphrase at all")
    dialog.button.click()
    qtbot.waitUntil(lambda: dialog.attempts == 1)
    assert "does not open" in dialog.message.text()
    assert folder_is_locked(data_dir)
    unlock(qtbot, controller)
    assert controller.is_unlocked


def test_lock_clears_text_copied_from_the_app(qtbot, controller):
    controller.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
    edit = journal(controller).edit
    edit.selectAll()
    edit.copy()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == MARKER
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    assert clipboard.text() == ""


def test_auto_lock_fires_after_the_delay_from_the_vault_setting(qtbot, controller, clock):
    assert controller.autolock.timeout_minutes == 5  # the default
    clock.advance(4 * 60 + 59)
    assert controller.autolock.check() is False
    assert controller.is_unlocked
    clock.advance(2)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass  # the auto-lock timer notices on its own
    assert not controller.is_unlocked
    assert journal(controller).label.text() == ""


def test_auto_lock_waits_while_a_tab_blocks_it(qtbot, controller, clock):
    scan = controller.window.findChild(main_window_module.QWidget, "bodyScanTab")
    scan.blocking = True
    clock.advance(60 * 60)
    assert controller.autolock.check() is False
    assert controller.is_unlocked
    scan.blocking = False
    clock.advance(4 * 60)
    assert controller.autolock.check() is False  # idle counts from the end of the scan
    clock.advance(61)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass


def test_auto_lock_delay_is_read_from_the_vault_after_unlock(qtbot, controller, clock):
    controller.ctx.vault.settings.set("autolock_minutes", 1)
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    unlock(qtbot, controller)
    assert controller.autolock.timeout_minutes == 1
    clock.advance(61)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass


def test_never_means_no_auto_lock(qtbot, controller, clock):
    controller.window._apply_autolock(None)
    assert controller.ctx.vault.settings.get("autolock_minutes") is None
    assert controller.autolock.timeout_minutes is None
    clock.advance(10 * 24 * 3600)
    assert controller.autolock.check() is False
    assert controller.is_unlocked


def test_quit_locks_first_and_releases_the_folder(qtbot, controller, data_dir):
    vault = controller.ctx.vault
    tab = journal(controller)
    with qtbot.waitSignal(controller.finished) as blocker:
        controller.window.quit_action.trigger()
    assert blocker.args == [0]
    assert tab.prepared == 1 and tab.cleared == 1
    assert not vault.is_open
    assert not folder_is_locked(data_dir)


def test_closing_the_unlock_dialog_quits(qtbot, controller, data_dir):
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    with qtbot.waitSignal(controller.finished):
        controller.dialog.reject()
    assert not folder_is_locked(data_dir)


def test_a_second_controller_on_the_same_folder_reports_in_use(
        qtbot, controller, data_dir, warnings_shown):
    second = AppController(data_dir, unlock_dialog=stub_unlock_factory, warm_up=())
    assert second.start() == 5
    assert warnings_shown == [VaultInUse().user_message]
    assert second.dialog is None
    assert controller.ctx.vault.is_open  # the first window is unaffected


def test_an_unusable_folder_is_one_sentence_and_exit_1(qtbot, tmp_path, warnings_shown):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    ctl = AppController(blocker / "data", unlock_dialog=stub_unlock_factory, warm_up=())
    assert ctl.start() == 1
    assert len(warnings_shown) == 1 and "cannot use the folder" in warnings_shown[0]
    assert "Traceback" not in warnings_shown[0] and str(blocker / "data") in warnings_shown[0]


def test_run_gui_exits_5_when_the_vault_is_in_use(qtbot, data_dir, make_vault, warnings_shown):
    holder = InstanceLock(VaultPaths(data_dir).lock).acquire()
    try:
        assert run_gui(["--data-dir", str(data_dir)]) == 5
    finally:
        holder.release()
    assert warnings_shown == [VaultInUse().user_message]


def test_run_gui_without_a_vault_offers_to_create_one_and_quits_when_cancelled(
        qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "fresh"
    shown = []

    def fake_create(data_dir, parent, lock, clock):
        dialog = stub_unlock_factory(data_dir, parent, lock, clock)
        dialog.setObjectName("createDialog")
        shown.append((data_dir, lock))
        QTimer.singleShot(0, dialog.reject)  # the user closes it
        return dialog

    monkeypatch.setattr(app_module, "default_create_dialog", fake_create)
    assert run_gui(["--data-dir", str(folder)]) == 0
    assert shown and shown[0][0] == folder.resolve()
    assert isinstance(shown[0][1], KeptLock)
    assert not folder_is_locked(folder)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_run_gui_unlocks_and_a_terminate_signal_locks_and_quits(
        qtbot, data_dir, make_vault, marker_tabs, monkeypatch):
    monkeypatch.setattr(app_module, "default_unlock_dialog", stub_unlock_factory)
    seen = {}

    def visible(name):
        return next(w for w in QApplication.topLevelWidgets()
                    if w.objectName() == name and w.isVisible())

    def drive():
        dialog = visible("unlockDialog")
        dialog.edit.setText(PASSPHRASE)
        dialog.button.click()
        window = visible("mainWindow")
        seen["tab"] = window.findChild(main_window_module.QWidget, "journalTab")
        seen["text"] = seen["tab"].label.text()
        os.kill(os.getpid(), signal.SIGTERM)

    QTimer.singleShot(0, drive)
    assert run_gui(["--data-dir", str(data_dir)]) == 0
    assert seen["text"] == MARKER
    assert seen["tab"].prepared == 1 and seen["tab"].label.text() == ""
    assert not folder_is_locked(data_dir)


def test_kept_lock_survives_vault_close(data_dir, make_vault):
    from securebase.storage.vault import Vault

    kept = KeptLock(InstanceLock(VaultPaths(data_dir).lock))
    kept.acquire()
    vault = Vault.open(data_dir, PASSPHRASE, lock=kept, auto_backup=False)
    vault.close()
    assert kept.held and folder_is_locked(data_dir)
    kept.release_for_good()
    assert not folder_is_locked(data_dir)


def test_kept_lock_counts_borrows_and_lets_go_only_when_none_are_out(data_dir):
    kept = KeptLock(InstanceLock(VaultPaths(data_dir).lock)).acquire()
    kept.acquire()  # a vault borrows it
    kept.release()  # ... and gives it back
    assert folder_is_locked(data_dir)
    kept.release()  # an explicit release with nothing borrowed (before a restore)
    assert not folder_is_locked(data_dir)
    kept.acquire()  # taken back afterwards
    assert folder_is_locked(data_dir)
    kept.release_for_good()
    assert not folder_is_locked(data_dir)


# ---------------------------------------------------------------- with the real unlock dialog
@pytest.fixture
def real(qtbot, data_dir, make_vault, marker_tabs):
    ctl = AppController(data_dir, clock=FakeClock(), autolock_check_ms=60_000, warm_up=())
    assert ctl.start() is None
    yield ctl
    ctl.quit()
    if ctl.window is not None:
        ctl.window.deleteLater()


def test_real_unlock_dialog_opens_the_vault_and_locks_again(qtbot, real, data_dir):
    from securebase.ui.unlock_dialog import UnlockDialog

    assert isinstance(real.dialog, UnlockDialog)
    unlock(qtbot, real)
    assert real.window.isVisible() and real.ctx.vault.is_open
    assert real.ctx.vault.clock is real.clock is real.ctx.clock
    with qtbot.waitSignal(real.locked):
        real.window.lock_action.trigger()
    assert isinstance(real.dialog, UnlockDialog) and real.dialog.isVisible()
    assert folder_is_locked(data_dir)
    unlock(qtbot, real)
    assert journal(real).label.text() == MARKER


def test_real_unlock_dialog_wrong_passphrase_keeps_the_folder_locked(qtbot, real, data_dir):
    dialog = real.dialog
    dialog.findChild(QLineEdit, "passphraseEdit").setText("not the passphrase at all")
    with qtbot.waitSignal(dialog.task.finished, timeout=10_000):
        dialog.unlock_button.click()
    assert "does not open" in dialog.message.text()
    assert folder_is_locked(data_dir)
    unlock(qtbot, real)
    assert real.is_unlocked


def test_restoring_a_damaged_vault_from_the_unlock_dialog_works_while_the_app_holds_the_folder(
        qtbot, real, data_dir, monkeypatch):
    from securebase.storage.vault import Vault

    with Vault.open(data_dir, PASSPHRASE, lock=real.lock_file, auto_backup=False) as vault:
        vault.backup()
    assert folder_is_locked(data_dir)
    db = VaultPaths(data_dir).db
    raw = bytearray(db.read_bytes())
    raw[5000:5400] = b"\x00" * 400  # damage a page
    db.write_bytes(bytes(raw))
    monkeypatch.setattr(dialogs, "question", lambda *a, **k: True)
    unlock(qtbot, real)  # damaged -> newest good backup -> restored and opened
    assert real.dialog is None and real.ctx.vault.is_open
    assert folder_is_locked(data_dir)
    with qtbot.waitSignal(real.locked):
        real.lock()
    assert folder_is_locked(data_dir)


def test_a_lock_during_a_passphrase_change_waits_for_it(qtbot, controller, monkeypatch):
    import threading

    from tests.conftest import OTHER_PASSPHRASE

    vault = controller.ctx.vault
    release = threading.Event()
    started = threading.Event()
    real_change = vault.change_passphrase

    def slow_change(old, new):
        started.set()
        release.wait(10)
        real_change(old, new)

    monkeypatch.setattr(vault, "change_passphrase", slow_change)
    window = controller.window
    window.passphrase_action.trigger()
    dialog = window.passphrase_dialog
    dialog.old_edit.setText(PASSPHRASE)
    dialog.new_edit.setText(OTHER_PASSPHRASE)
    dialog.confirm_edit.setText(OTHER_PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(started.is_set)
    controller.lock()  # Ctrl+L while the key file is being written
    assert controller.is_unlocked and vault.is_open
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        release.set()
    assert not vault.is_open
    unlock(qtbot, controller, OTHER_PASSPHRASE)  # the change went through


def test_the_main_window_is_built_empty_while_the_user_types(qtbot, data_dir, make_vault,
                                                              marker_tabs):
    ctl = AppController(data_dir, clock=FakeClock(), autolock_check_ms=60_000,
                        warm_up=("securebase.ui.main_window",))
    assert ctl.start() is None
    try:
        qtbot.waitUntil(lambda: ctl.window is not None, timeout=15000)
        window = ctl.window
        assert not window.isVisible() and window.ctx is None
        assert not window.lock_action.isEnabled()  # nothing to lock or back up yet
        unlock(qtbot, ctl)
        assert ctl.window is window and window.isVisible()  # the same window, now filled
        assert journal(ctl).label.text() == MARKER
        assert window.lock_action.isEnabled()
    finally:
        ctl.quit()
        if ctl.window is not None:
            ctl.window.deleteLater()
