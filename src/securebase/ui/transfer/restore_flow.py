"""Restoring a backup over the open vault (Settings → Backups → Restore).

The application controller closes the vault first (drafts saved, window cleared),
then shows this dialog while it is locked. The dialog restores off the UI thread —
the current vault is kept as a "pre-restore" backup before anything is replaced —
and opens the restored vault with the passphrase that opened the backup. After
``accept()``, ``dialog.vault`` is the open vault, as with the unlock dialog. If
anything fails, the dialog says so in one sentence and its button leads to the
unlock window (``reject()``); the vault files are then as they were.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from securebase.storage.restore import restore_backup
from securebase.storage.vault import Vault
from securebase.ui.transfer.common import TransferDialog
from securebase.ui.unlock_dialog import restore_and_open
from securebase.ui.workers import explain


class RestoreDialog(TransferDialog):
    def __init__(self, data_dir: Path, backup: Path, passphrase: str, *, lock=None,
                 clock=None, parent: QWidget | None = None, restore=None,
                 open_vault=None) -> None:
        super().__init__("restoreDialog", self.tr("Restoring a backup"), self.tr(
            "Your vault as it was is kept as a backup first. When the restore is done, "
            "SecureBase opens the restored vault."), parent)
        self.data_dir = Path(data_dir)
        self.backup = Path(backup)
        self._passphrase: str | None = passphrase
        self._lock = lock
        self._clock = clock
        self._restore = restore if restore is not None else restore_backup
        self._open_vault = open_vault if open_vault is not None else Vault.open
        self.summary = ""
        buttons = QDialogButtonBox(self)
        self.continue_button = buttons.addButton(self.tr("&Go to the unlock window"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.hide()
        buttons.rejected.connect(self.reject)
        self.add_buttons(buttons)

    def start(self) -> None:
        job = partial(restore_and_open, self.data_dir, self.backup, self._passphrase or "",
                      lock=self._lock, clock=self._clock, restore=self._restore,
                      open_vault=self._open_vault)
        self.start_work(self.tr("Restoring “%1”…").replace("%1", self.backup.name), job,
                        self._restored, self._failed, discard=lambda result: result[0].close())

    def _restored(self, result: tuple[Vault, Path]) -> None:
        self.vault = result[0]
        self.summary = self.tr("Restored the backup “%1”. Your vault as it was before is kept "
                               "as a backup.").replace("%1", self.backup.name)
        self.forget_secrets()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.forget_secrets()
        self.say(explain(exc, self.tr("The backup could not be restored; your vault files "
                                      "are unchanged.")))
        self.continue_button.show()
        self.continue_button.setFocus()

    def forget_secrets(self) -> None:
        self._passphrase = None
