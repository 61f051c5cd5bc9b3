"""Forgot the passphrase: the recovery key plus a new passphrase opens the vault.

After ``accept()``, ``dialog.vault`` is the open Vault, already re-wrapped under the
new passphrase (the old one no longer opens it). The vault module is imported only
when the recovery key is used, so this module is cheap to import.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from securebase.storage.errors import WrongPassphrase
from securebase.ui.passphrase_widgets import (
    DIALOG_WIDTH,
    BusyIndicator,
    MessageLine,
    NewPassphraseForm,
    heading,
    paragraph,
)
from securebase.ui.workers import TaskDialog, close_vault, explain

if TYPE_CHECKING:
    from securebase.storage.vault import Vault


def _open_with_recovery(open_recovery: Callable[..., Vault] | None, *args, **kwargs) -> Vault:
    """``open_recovery(...)``, or ``Vault.open_with_recovery`` imported here (off the UI thread)."""
    if open_recovery is None:
        from securebase.storage.vault import Vault

        open_recovery = Vault.open_with_recovery
    return open_recovery(*args, **kwargs)


class RecoveryDialog(TaskDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, lock=None, clock=None,
                 open_recovery: Callable[..., Vault] | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = lock
        self._clock = clock
        self._open_recovery = open_recovery
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("SecureBase — Recover your vault"))
        self.setMinimumWidth(DIALOG_WIDTH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Choose a new passphrase"), self))
        layout.addWidget(paragraph(self.tr(
            "Enter the recovery key you stored when you created the vault, then choose a new "
            "passphrase. Your entries stay exactly as they are."), self))

        key_label = QLabel(self.tr("&Recovery key"), self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                          | Qt.InputMethodHint.ImhNoPredictiveText
                                          | Qt.InputMethodHint.ImhPreferUppercase)
        self.key_edit.setMaxLength(200)
        self.key_edit.setMinimumHeight(self.key_edit.sizeHint().height() + 6)
        key_label.setBuddy(self.key_edit)
        layout.addWidget(key_label)
        layout.addWidget(self.key_edit)

        self.form = NewPassphraseForm(edit_name="newPassphraseEdit",
                                      confirm_name="confirmNewPassphraseEdit",
                                      label=self.tr("&New passphrase"),
                                      confirm_label=self.tr("&Type it again"), parent=self)
        layout.addWidget(self.form)
        self.message = MessageLine("messageLabel", self)
        layout.addWidget(self.message)
        self.busy_indicator = BusyIndicator(self)
        layout.addWidget(self.busy_indicator)
        layout.addStretch(1)

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.recover_button = QPushButton(self.tr("&Unlock with new passphrase"), self)
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setAccessibleName(self.tr("Unlock with the new passphrase"))
        self.recover_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.recover_button)
        layout.addLayout(row)

        QWidget.setTabOrder(self.key_edit, self.form.edit)
        QWidget.setTabOrder(self.form.show_box, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.recover_button)

        self.cancel_button.clicked.connect(self.reject)
        self.recover_button.clicked.connect(self._submit)
        self.key_edit.textChanged.connect(self._update_button)
        self.form.changed.connect(self._update_button)
        self._update_button()
        self.key_edit.setFocus()
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.fit_to_contents()

    def problem(self) -> str | None:
        if not self.key_edit.text().strip():
            return self.tr("Please enter your recovery key.")
        return self.form.problem()

    def _update_button(self) -> None:
        problem = self.problem()
        self.recover_button.setEnabled(problem is None and not self.busy)
        self.recover_button.setToolTip(problem or "")

    def _submit(self) -> None:
        if self.busy:
            return
        problem = self.problem()
        if problem is not None:
            self.message.say(problem)
            return
        self.message.clear_message()
        job = partial(_open_with_recovery, self._open_recovery, self.data_dir,
                      self.key_edit.text(), self.form.passphrase(), lock=self._lock,
                      clock=self._clock)
        self.run(job, on_success=self._opened, on_failure=self._failed, discard=close_vault)

    def set_busy(self, busy: bool) -> None:
        self.key_edit.setEnabled(not busy)
        self.form.set_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy_indicator.start(self.tr("Opening your vault and setting the new passphrase…"))
        else:
            self.busy_indicator.stop()
        self._update_button()

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.forget_secrets()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.say(explain(exc, self.tr(
            "The vault could not be opened with the recovery key; nothing was changed.")))
        if isinstance(exc, WrongPassphrase):  # includes WrongRecoveryKey
            self.key_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.key_edit.selectAll()
        else:
            self.form.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_secrets(self) -> None:
        self.key_edit.clear()
        self.form.wipe()
