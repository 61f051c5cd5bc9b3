"""The unlock dialog: the passphrase opens the vault off the UI thread.

A wrong passphrase, a damaged vault and a vault open elsewhere each get their own
sentence. For a damaged vault the dialog offers the newest backup that really
opens with the passphrase, restores it (the damaged files are kept as a
'pre-restore' backup) and opens it. "Forgot your passphrase?" leads to the
recovery-key dialog.

After ``accept()``, ``dialog.vault`` is the open Vault (and ``restored_from`` the
backup it came from, if one was restored). After ``reject()`` nothing is open.

The vault code (SQLAlchemy, SQLCipher, Argon2) is imported where it is used, not
at the top: the dialog must paint before those imports have run (see app.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from securebase.paths import VaultPaths
from securebase.storage.errors import (
    BackupNotFound,
    VaultDamaged,
    VaultInUse,
    WrongPassphrase,
)
from securebase.ui import dialogs
from securebase.ui.i18n import error_text
from securebase.ui.passphrase_widgets import (
    DIALOG_WIDTH,
    BusyIndicator,
    MessageLine,
    PassphraseEdit,
    heading,
    paragraph,
    show_toggle,
)
from securebase.ui.recovery_dialog import RecoveryDialog
from securebase.ui.workers import TaskDialog, close_vault, explain

if TYPE_CHECKING:
    from securebase.storage.backups import BackupInfo
    from securebase.storage.vault import Vault

PRE_RESTORE = "pre-restore"


def find_good_backup(data_dir: Path, passphrase: str) -> BackupInfo | None:
    """The newest backup that opens with ``passphrase`` and passes both integrity checks.

    Copies kept by an earlier restore ('pre-restore') are skipped: they hold the very
    files that were replaced, damage included. Raises WrongPassphrase when backups
    exist but none accepts the passphrase.
    """
    from securebase.storage.backups import list_backups
    from securebase.storage.restore import verify_backup

    paths = VaultPaths(Path(data_dir))
    refused = False
    for info in list_backups(paths.backups):
        if info.reason == PRE_RESTORE:
            continue
        try:
            if not verify_backup(info.path, passphrase, current=paths):
                return info
        except WrongPassphrase:
            refused = True
        except (VaultDamaged, BackupNotFound, OSError):
            continue
    if refused:
        raise WrongPassphrase("That passphrase does not open any of the backups. "
                              "Please check it and try again.")
    return None


def restore_and_open(data_dir: Path, backup: Path, passphrase: str, *, lock, clock,
                     restore: Callable[..., object], open_vault: Callable[..., Vault]
                     ) -> tuple[Vault, Path]:
    """Restore ``backup`` over the damaged vault, then open it. Runs off the UI thread."""
    held = lock is not None and lock.held
    if held:  # restore takes the vault's lock itself
        lock.release()
    try:
        restore(data_dir, backup, passphrase, clock=clock)
    finally:
        if held:
            lock.acquire()
    return open_vault(data_dir, passphrase, lock=lock, clock=clock), Path(backup)


def _call_open_vault(open_vault: Callable[..., Vault] | None, data_dir: Path,
                     passphrase: str, **kwargs) -> Vault:
    """``open_vault(...)``, or ``Vault.open`` (imported here, off the UI thread). The
    default leaves the daily backup to the app, which makes it in the background."""
    if open_vault is None:
        from securebase.storage.vault import Vault

        return Vault.open(data_dir, passphrase, auto_backup=False, **kwargs)
    return open_vault(data_dir, passphrase, **kwargs)


def _restore_and_open_default(data_dir: Path, backup: Path, passphrase: str, *, lock, clock,
                              restore: Callable[..., object] | None,
                              open_vault: Callable[..., Vault] | None) -> tuple[Vault, Path]:
    """``restore_and_open`` with the storage defaults resolved on the worker thread."""
    if restore is None:
        from securebase.storage.restore import restore_backup as restore
    if open_vault is None:
        from securebase.storage.vault import Vault

        open_vault = Vault.open
    return restore_and_open(data_dir, backup, passphrase, lock=lock, clock=clock,
                            restore=restore, open_vault=open_vault)


class UnlockDialog(TaskDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, lock=None,
                 clock=None, demo: bool = False, demo_passphrase: str | None = None,
                 open_vault: Callable[..., Vault] | None = None,
                 open_recovery: Callable[..., Vault] | None = None,
                 restore: Callable[..., object] | None = None,
                 newest_backup: Callable[[Path, str], BackupInfo | None] = find_good_backup
                 ) -> None:
        """``open_vault``, ``open_recovery`` and ``restore`` default to ``Vault.open``,
        ``Vault.open_with_recovery`` and ``restore_backup``, looked up when first used."""
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.restored_from: Path | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self._lock = lock
        self._clock = clock
        self._open_vault = open_vault
        self._open_recovery = open_recovery
        self._restore = restore
        self._newest_backup = newest_backup
        self.setObjectName("unlockDialog")
        title = self.tr("SecureBase — Unlock")
        self.setWindowTitle(self.tr("{title} [DEMO]").format(title=title) if demo else title)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.setMinimumHeight(300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Welcome back"), self))
        layout.addWidget(paragraph(self.tr("Enter your passphrase to open your vault."), self))
        if demo:
            demo_text = self.tr("DEMO: this vault holds made-up entries for trying SecureBase out.")
            if demo_passphrase:
                demo_text = self.tr(
                    "DEMO: this vault holds made-up entries for trying SecureBase out. "
                    "Its passphrase is: {passphrase}").format(passphrase=demo_passphrase)
            demo_label = paragraph(demo_text, self, small=True)
            demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            demo_label.setObjectName("demoLabel")
            layout.addWidget(demo_label)

        label = QLabel(self.tr("&Passphrase"), self)
        self.passphrase_edit = PassphraseEdit("passphraseEdit", self.tr("Passphrase"), self)
        label.setBuddy(self.passphrase_edit)
        self.show_box = show_toggle(self.tr("S&how passphrase"), self.passphrase_edit,
                                    parent=self)
        field = QVBoxLayout()
        field.setSpacing(6)
        field.addWidget(label)
        field.addWidget(self.passphrase_edit)
        field.addWidget(self.show_box)
        layout.addLayout(field)

        self.message = MessageLine("messageLabel", self)
        layout.addWidget(self.message)
        self.busy_indicator = BusyIndicator(self)
        layout.addWidget(self.busy_indicator)
        self.restore_button = QPushButton(self.tr("&Restore the newest good backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the newest good backup"))
        self.restore_button.hide()
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.forgot_button = QPushButton(self.tr("&Forgot your passphrase?"), self)
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setAccessibleName(self.tr("Forgot your passphrase?"))
        self.forgot_button.setFlat(True)
        link = self.forgot_button.palette()  # looks like a link, in the system's link colour
        link.setColor(QPalette.ColorRole.ButtonText, link.color(QPalette.ColorRole.Link))
        self.forgot_button.setPalette(link)
        font = self.forgot_button.font()
        font.setUnderline(True)
        self.forgot_button.setFont(font)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)

        order = (self.passphrase_edit, self.show_box, self.restore_button, self.forgot_button,
                 self.cancel_button, self.unlock_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.passphrase_edit.textChanged.connect(self._update_button)
        self.unlock_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self._offer_restore)
        self.forgot_button.clicked.connect(self._open_recovery_dialog)
        self._update_button()
        self.passphrase_edit.setFocus()
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.fit_to_contents()

    # ------------------------------------------------------------------ state
    def _update_button(self) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase_edit.text()) and not self.busy)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase_edit, self.show_box, self.restore_button,
                       self.forgot_button, self.cancel_button):
            widget.setEnabled(not busy)
        if not busy:
            self.busy_indicator.stop()
        self._update_button()

    def _work(self, text: str, job: Callable[[], object], on_success, on_failure,
              discard=None) -> None:
        self.message.clear_message()
        self.busy_indicator.start(text)
        self.run(job, on_success=on_success, on_failure=on_failure, discard=discard)

    def _refocus(self) -> None:
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase_edit.selectAll()

    def _say(self, text: str) -> None:
        self.message.say(text)
        self.passphrase_edit.setAccessibleDescription(text)

    # ------------------------------------------------------------------ unlocking
    def _submit(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self.busy or not passphrase:
            return
        self.restore_button.hide()
        job = partial(_call_open_vault, self._open_vault, self.data_dir, passphrase,
                      lock=self._lock, clock=self._clock)
        self._work(self.tr("Unlocking…"), job, self._opened, self._open_failed,
                   discard=close_vault)

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.forget_secrets()
        self.accept()

    def _open_failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultDamaged):
            self._say(error_text(exc))
            self._offer_restore()
            return
        if isinstance(exc, VaultInUse):
            self._say(self.tr("This vault is already open in another SecureBase window or "
                              "command. Close it there, then try again."))
        else:
            self._say(explain(exc, self.tr(
                "The vault could not be opened; nothing was changed. Please try again.")))
        self._refocus()

    # ------------------------------------------------------------------ restoring a backup
    def _offer_restore(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self.busy:
            return
        if not passphrase:
            self._say(self.tr("Type your passphrase first, so the backups can be checked."))
            self._refocus()
            return
        job = partial(self._newest_backup, self.data_dir, passphrase)
        self._work(self.tr("Looking for the newest good backup…"), job, self._backup_found,
                   self._restore_failed)

    def _backup_found(self, info: BackupInfo | None) -> None:
        if info is None:
            self.restore_button.hide()
            self._say(self.tr(
                "The vault file is damaged and there is no good backup to restore, so it "
                "cannot be opened. Nothing has been changed or deleted."))
            self._refocus()
            return
        self.restore_button.show()
        locale = QLocale()
        when = self.tr("{date} at {time}").format(
            date=locale.toString(info.created.date(), QLocale.FormatType.LongFormat),
            time=locale.toString(info.created.time(), QLocale.FormatType.ShortFormat))
        self._say(self.tr("The vault file is damaged. The newest good backup is from {when}.")
                  .format(when=when))
        restore = dialogs.question(
            self, self.tr("Restore a backup?"),
            self.tr("The newest good backup is from {when}. Restore it and open it? The "
                    "damaged vault is kept as a separate backup, so nothing is deleted; "
                    "anything written after the backup was made is not in it.").format(when=when),
            yes_text=self.tr("Restore and open"), no_text=self.tr("Not now"))
        if not restore:
            self.restore_button.setFocus()
            return
        job = partial(_restore_and_open_default, self.data_dir, info.path,
                      self.passphrase_edit.text(), lock=self._lock, clock=self._clock,
                      restore=self._restore, open_vault=self._open_vault)
        self._work(self.tr("Restoring the backup and opening it…"), job, self._restored,
                   self._restore_failed, discard=lambda result: result[0].close())

    def _restored(self, result: tuple[Vault, Path]) -> None:
        self.vault, self.restored_from = result
        self.forget_secrets()
        self.accept()

    def _restore_failed(self, exc: BaseException) -> None:
        self._say(explain(exc, self.tr(
            "The backup could not be restored; your vault files are unchanged.")))
        self.restore_button.setVisible(not isinstance(exc, VaultInUse))
        self._refocus()

    # ------------------------------------------------------------------ recovery key
    def _open_recovery_dialog(self) -> None:
        if self.busy:
            return
        dialog = RecoveryDialog(self.data_dir, self, lock=self._lock, clock=self._clock,
                                open_recovery=self._open_recovery)
        self.recovery_dialog = dialog
        dialog.accepted.connect(self._recovered)
        dialog.finished.connect(self._recovery_closed)
        dialog.open()

    def _recovery_closed(self) -> None:
        dialog, self.recovery_dialog = self.recovery_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _recovered(self) -> None:
        dialog = self.recovery_dialog
        if dialog is None or dialog.vault is None:
            return
        self.vault, dialog.vault = dialog.vault, None
        self.forget_secrets()
        self.accept()

    def forget_secrets(self) -> None:
        self.show_box.setChecked(False)
        self.passphrase_edit.wipe()
