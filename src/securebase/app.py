"""Composition root: builds services and hands them to windows. No module-level singletons.

Start-up is ordered for a fast first paint: only Qt, the paths and the lock file
are imported before the unlock (or create) dialog is on screen. The vault code
(SQLAlchemy, SQLCipher) warms up on a background thread while the user types, and
the main window with its tabs (and matplotlib) is imported after the unlock.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from securebase import APP_NAME
from securebase.domain.clock import SystemClock
from securebase.paths import VaultPaths, resolve_data_dir
from securebase.storage.errors import VaultInUse
from securebase.storage.lockfile import InstanceLock
from securebase.ui.startup import (
    BENCH_REPORT_ENV,
    FirstPaint,
    make_application,
    quit_on_signals,
    warm_up,
    write_bench_report,
)

if TYPE_CHECKING:
    from securebase.domain.clock import Clock
    from securebase.storage.vault import Vault
    from securebase.ui.autolock import AutoLock
    from securebase.ui.main_window import MainWindow

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_IN_USE = VaultInUse.exit_code
BACKUP_DELAY_MS = 5000  # the daily backup starts this long after the window appears

#: Modules imported on a background thread once the first dialog is painted.
#: Imports only: no Qt object is created off the GUI thread.
WARM_UP_MODULES = ("securebase.storage.vault", "securebase.ui.main_window", "matplotlib.figure")

#: A dialog factory: (data_dir, parent, lock, clock) -> a QDialog with ``.vault`` after accept.
DialogFactory = Callable[[Path, "QWidget | None", "KeptLock", "Clock"], QDialog]


@dataclass
class AppContext:
    """What an unlocked window gets: the open vault, the clock and feature services."""

    vault: Vault
    clock: Clock
    data_dir: Path
    demo: bool = False
    services: dict[str, Any] = field(default_factory=dict)


class KeptLock:
    """The app's instance lock on the vault folder, held from start to quit.

    The app lends it to every ``Vault.open``/``Vault.create``. The vault calls
    ``acquire()`` when it opens and ``release()`` when it closes or fails to open;
    those pairs are counted as borrows and leave the folder locked, so it stays
    locked across lock/unlock cycles and wrong passphrases. A ``release()`` with no
    borrow outstanding is a real release: the unlock dialog lets go this way while
    it restores a backup (restoring takes the folder's lock itself) and then calls
    ``acquire()``, which takes the lock back. ``release_for_good()`` ends it at quit.
    """

    def __init__(self, inner: InstanceLock) -> None:
        self.inner = inner
        self._borrows = 0

    @property
    def path(self) -> Path:
        return self.inner.path

    @property
    def held(self) -> bool:
        return self.inner.held

    def acquire(self) -> KeptLock:
        if self.inner.held:
            self._borrows += 1
        else:
            self.inner.acquire()  # raises VaultInUse if another process has it
        return self

    def release(self) -> None:
        if self._borrows > 0:
            self._borrows -= 1
        else:
            self.inner.release()

    def release_for_good(self) -> None:
        self._borrows = 0
        self.inner.release()

    def __enter__(self) -> KeptLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


# ---------------------------------------------------------------------- dialogs
def default_unlock_dialog(data_dir: Path, parent: QWidget | None, lock: KeptLock,
                          clock: Clock) -> QDialog:
    from securebase.services.demo import is_demo_folder, known_passphrase
    from securebase.ui.unlock_dialog import UnlockDialog

    demo = is_demo_folder(data_dir)
    return UnlockDialog(data_dir, parent, lock=lock, clock=clock, demo=demo,
                        demo_passphrase=known_passphrase(data_dir) if demo else None)


def default_create_dialog(data_dir: Path, parent: QWidget | None, lock: KeptLock,
                          clock: Clock) -> QDialog:
    from securebase.services.demo import demo_folder
    from securebase.ui.create_vault_dialog import CreateVaultDialog

    # "Explore with sample data" opens a demo vault in its own folder, under its own lock.
    sample_lock = KeptLock(InstanceLock(VaultPaths(demo_folder(data_dir)).lock))
    return CreateVaultDialog(data_dir, parent, lock=lock, clock=clock, sample_lock=sample_lock)


# ---------------------------------------------------------------------- controller
class AppController(QObject):
    """Owns the instance lock and the lock/unlock cycle of one vault folder.

    ``start()`` locks the folder and shows the create or unlock dialog; each
    unlock binds the main window; ``lock()`` saves drafts, closes the vault,
    clears every tab and asks for the passphrase again; ``quit()`` locks first.
    """

    unlocked = Signal()
    locked = Signal()
    #: Emitted once with the exit code when the app should end.
    finished = Signal(int)
    #: The warm-up thread finished importing (emitted from that thread).
    warmedUp = Signal()

    def __init__(self, data_dir: Path, *, clock: Clock | None = None,
                 unlock_dialog: DialogFactory | None = None,
                 create_dialog: DialogFactory | None = None,
                 autolock_check_ms: int | None = None,
                 warm_up: tuple[str, ...] = WARM_UP_MODULES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.warmedUp.connect(self._prebuild_window)
        self.data_dir = Path(data_dir)
        self.clock: Clock = clock or SystemClock()
        self._unlock_dialog = unlock_dialog
        self._create_dialog = create_dialog
        self._autolock_check_ms = autolock_check_ms
        self._warm_up = warm_up
        self.lock_file = KeptLock(InstanceLock(VaultPaths(self.data_dir).lock))
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.autolock: AutoLock | None = None
        self._lock_pending = False
        self._quitting = False
        self._finished = False

    # ------------------------------------------------------------------ start
    def start(self) -> int | None:
        """Lock the folder and show the first dialog. Returns an exit code if it cannot run."""
        from securebase.ui import dialogs

        try:
            self.lock_file.acquire()
        except VaultInUse as exc:
            from securebase.ui.i18n import error_text

            dialogs.warning(None, APP_NAME, error_text(exc))
            return EXIT_IN_USE
        except OSError:
            dialogs.warning(None, APP_NAME, self.tr(
                "SecureBase cannot use the folder {folder}; please check that it exists and "
                "that you may write to it.").format(folder=self.data_dir))
            return EXIT_FAILURE
        self._show_dialog(first=True)
        return None

    @property
    def is_unlocked(self) -> bool:
        return self.ctx is not None

    def _show_dialog(self, *, first: bool = False) -> None:
        if VaultPaths(self.data_dir).exists():
            factory = self._unlock_dialog or default_unlock_dialog
        else:
            factory = self._create_dialog or default_create_dialog
        dialog = factory(self.data_dir, None, self.lock_file, self.clock)
        dialog.accepted.connect(lambda: self._dialog_accepted(dialog))
        dialog.rejected.connect(lambda: self._dialog_rejected(dialog))
        self.dialog = dialog
        if first and self._warm_up:
            FirstPaint(dialog, self._start_warm_up)
        if first and os.environ.get(BENCH_REPORT_ENV):
            FirstPaint(dialog, lambda: write_bench_report(os.environ[BENCH_REPORT_ENV]))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _make_window(self, window_class, ctx: AppContext | None) -> None:
        self.window = window_class(ctx)
        self.window.lockRequested.connect(self.lock)
        self.window.quitRequested.connect(self.quit)
        self.window.autolockChanged.connect(self._autolock_changed)
        self.window.frontRequested.connect(self.bring_to_front)
        self.window.restoreRequested.connect(self.restore)

    def _start_warm_up(self) -> None:
        def run() -> None:
            warm_up(self._warm_up)
            self.warmedUp.emit()  # queued to the GUI thread

        threading.Thread(target=run, name="securebase-warm-up", daemon=True).start()

    def _prebuild_window(self) -> None:
        """Build the (empty, hidden) main window while the user types the passphrase,
        so unlocking only has to fill it."""

        module = sys.modules.get("securebase.ui.main_window")
        if self.window is None and self.ctx is None and module is not None \
                and not self._finished:
            self._make_window(module.MainWindow, None)

    def _dialog_accepted(self, dialog: QDialog) -> None:
        if dialog is not self.dialog:
            return
        self.dialog = None
        vault = getattr(dialog, "vault", None)
        dialog.deleteLater()
        if vault is None:  # nothing was opened: nothing to show
            self.quit()
            return
        sample_dir = getattr(dialog, "sample_dir", None)
        if sample_dir is not None:
            self._use_sample_folder(Path(sample_dir), getattr(dialog, "sample_lock", None))
        self._enter(vault)

    def _use_sample_folder(self, folder: Path, lock: KeptLock | None) -> None:
        """The first-run dialog opened the sample vault: from now on this controller
        locks, unlocks and quits that folder. The real vault folder is let go untouched."""
        self.lock_file.release_for_good()
        self.data_dir = folder
        self.lock_file = lock if lock is not None else KeptLock(
            InstanceLock(VaultPaths(folder).lock))

    def _dialog_rejected(self, dialog: QDialog) -> None:
        if dialog is not self.dialog:
            return
        self.dialog = None
        dialog.deleteLater()
        self.quit()

    # ------------------------------------------------------------------ unlocked
    def _enter(self, vault: Vault) -> None:
        from securebase.ui.autolock import AutoLock, load_minutes
        from securebase.ui.main_window import MainWindow

        clock = self.clock
        demo = bool(vault.settings.get("demo", False))
        self.ctx = AppContext(vault=vault, clock=clock, data_dir=self.data_dir, demo=demo)
        if self.window is None:
            self._make_window(MainWindow, self.ctx)
        else:
            self.window.bind(self.ctx)
        if self.autolock is None:
            kwargs = {}
            if self._autolock_check_ms is not None:
                kwargs["check_interval_ms"] = self._autolock_check_ms
            self.autolock = AutoLock(clock, load_minutes(vault.settings), self.lock,
                                     self.window.blocks_autolock, self, **kwargs)
        else:
            self.autolock.set_timeout(load_minutes(vault.settings))
        self.autolock.start()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        # At most one backup a day, copied in the background a few seconds after the
        # window appears, so it does not compete with the first paint.
        QTimer.singleShot(BACKUP_DELAY_MS, lambda v=vault: self._start_daily_backup(v))
        self.unlocked.emit()

    def _start_daily_backup(self, vault: Vault) -> None:
        starter = getattr(vault, "daily_backup_in_background", None)
        if callable(starter) and getattr(vault, "is_open", False):
            self._backup_thread = starter()

    def bring_to_front(self) -> None:
        """Raise the main window, or the unlock dialog while locked."""
        target = self.window if self.is_unlocked else self.dialog
        if target is None:
            return
        target.show()
        target.raise_()
        target.activateWindow()

    def _autolock_changed(self, minutes: int | None) -> None:
        if self.autolock is not None:
            self.autolock.set_timeout(minutes)
            if self.is_unlocked:
                self.autolock.start()

    # ------------------------------------------------------------------ locking
    def _close_vault(self) -> None:
        """Save drafts, close the vault (the folder stays locked), clear the window."""
        if self.autolock is not None:
            self.autolock.stop()
        ctx, self.ctx = self.ctx, None
        if ctx is None:
            return
        window = self.window
        if window is not None:
            window.prepare_lock()
            window.save_ui_state()
        try:
            ctx.vault.close()
        finally:
            if window is not None:
                window.clear()

    def lock(self) -> None:
        """Lock now (Ctrl+L, auto-lock). Waits for a passphrase change in progress."""
        if not self.is_unlocked or self._quitting:
            return
        window = self.window
        if window is not None and window.busy():
            if not self._lock_pending:
                self._lock_pending = True
                window.passphrase_dialog.busyChanged.connect(self._busy_changed)
            return
        try:
            self._close_vault()
        finally:  # whatever happened, the window goes and the passphrase is asked for
            if window is not None:
                window.hide()
            self.locked.emit()
            self._show_dialog()

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._lock_pending:
            self._lock_pending = False
            QTimer.singleShot(0, self.lock)

    def restore(self, backup: Path, passphrase: str) -> None:
        """Settings → Backups → Restore: lock, restore the (already checked) backup while
        locked — the current vault is kept as a backup first — and open it again. If the
        restore fails, the unlock window follows, as after any lock."""
        if not self.is_unlocked or self._quitting:
            return
        from securebase.ui.transfer.restore_flow import RestoreDialog

        window = self.window
        try:
            self._close_vault()
        finally:
            if window is not None:
                window.hide()
            self.locked.emit()
        dialog = RestoreDialog(self.data_dir, Path(backup), passphrase, lock=self.lock_file,
                               clock=self.clock)
        dialog.accepted.connect(lambda: self._dialog_accepted(dialog))
        dialog.accepted.connect(lambda: self.window and self.window.show_status(dialog.summary))
        dialog.rejected.connect(lambda: self._restore_abandoned(dialog))
        self.dialog = dialog
        dialog.show()
        dialog.start()

    def _restore_abandoned(self, dialog: QDialog) -> None:
        if dialog is not self.dialog:
            return
        self.dialog = None
        dialog.deleteLater()
        if not self._quitting:
            self._show_dialog()

    def quit(self) -> None:
        """Lock, let go of the folder and end the app."""
        if self._quitting:
            return
        self._quitting = True
        try:
            self._close_vault()
        finally:
            if self.dialog is not None:
                dialog, self.dialog = self.dialog, None
                dialog.hide()
                dialog.deleteLater()
            if self.window is not None:
                self.window.hide()
            self.lock_file.release_for_good()
            if not self._finished:
                self._finished = True
                self.finished.emit(EXIT_OK)


# ---------------------------------------------------------------------- entry point
def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="securebase", add_help=True,
                                     description="SecureBase desktop app.")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="vault folder (default: SECUREBASE_DATA_DIR or the user data folder)")
    return parser.parse_known_args(argv)


def run_gui(argv: list[str]) -> int:
    """Start the desktop app; returns the process exit code."""
    args, qt_args = _parse(list(argv))
    data_dir = resolve_data_dir(args.data_dir)
    app = make_application(qt_args)
    controller = AppController(data_dir)
    result: list[int] = []

    def done(exit_code: int) -> None:
        result.append(exit_code)
        app.exit(exit_code)

    controller.finished.connect(done)
    code = controller.start()
    if code is not None:
        return code
    if result:  # the first dialog was already dismissed
        return result[0]
    app.aboutToQuit.connect(controller.quit)  # the session ends: lock before exit
    restore_signals = quit_on_signals(controller)
    try:
        loop_code = app.exec()
    finally:
        restore_signals()
        app.aboutToQuit.disconnect(controller.quit)
        controller.quit()
    controller.deleteLater()
    return result[0] if result else loop_code

