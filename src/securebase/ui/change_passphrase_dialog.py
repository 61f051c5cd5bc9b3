"""Change the vault passphrase: current, new and confirmation, with live strength.

Only the key file changes (the data key is re-wrapped), so it is quick and safe,
but key derivation still takes about a second: it runs off the UI thread
(``workers.TaskDialog``) and the dialog stays responsive. Built from the same
widgets as the create and unlock dialogs, so all three look and behave alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from securebase.storage.errors import WrongPassphrase
from securebase.ui.passphrase_widgets import (
    DIALOG_WIDTH,
    BusyIndicator,
    MessageLine,
    NewPassphraseForm,
    PassphraseEdit,
    heading,
    paragraph,
)
from securebase.ui.workers import TaskDialog, explain


class ChangePassphraseDialog(TaskDialog):
    """Calls ``change(old, new)`` off the UI thread; accepts when it succeeded."""

    busyChanged = Signal(bool)

    def __init__(self, change: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change = change
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(DIALOG_WIDTH + 40)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Change your passphrase"), self))
        layout.addWidget(paragraph(self.tr(
            "Your entries stay exactly as they are; only the passphrase that opens them "
            "changes. Your recovery key keeps working, and backups made before now still "
            "open with the current passphrase."), self, small=True))

        old_label = QLabel(self.tr("C&urrent passphrase"), self)
        self.old_edit = PassphraseEdit("oldPassphraseEdit", self.tr("Current passphrase"), self)
        old_label.setBuddy(self.old_edit)
        layout.addWidget(old_label)
        layout.addWidget(self.old_edit)
        layout.addSpacing(4)

        self.form = NewPassphraseForm(edit_name="newPassphraseEdit",
                                      confirm_name="confirmNewPassphraseEdit",
                                      label=self.tr("&New passphrase"),
                                      confirm_label=self.tr("&Type the new one again"),
                                      parent=self)
        self.new_edit = self.form.edit
        self.confirm_edit = self.form.confirm
        layout.addWidget(self.form)

        self.message = MessageLine("changePassphraseMessage", self)
        layout.addWidget(self.message)
        self.busy_indicator = BusyIndicator(self)
        layout.addWidget(self.busy_indicator)
        layout.addStretch(1)

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.change_button = QPushButton(self.tr("&Change passphrase"), self)
        self.change_button.setObjectName("changePassphraseButton")
        self.change_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.change_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.change_button)
        layout.addLayout(row)

        self.old_edit.textChanged.connect(self.message.clear_message)
        self.form.changed.connect(self.message.clear_message)
        self.old_edit.returnPressed.connect(
            lambda: self.new_edit.setFocus(Qt.FocusReason.TabFocusReason))
        self.confirm_edit.returnPressed.connect(self.submit)
        QWidget.setTabOrder(self.old_edit, self.new_edit)
        QWidget.setTabOrder(self.form.show_box, self.change_button)
        self.old_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ checking
    def problem(self) -> str | None:
        """Why the form cannot be submitted yet, as one sentence (None when fine)."""
        if not self.old_edit.text():
            return self.tr("Please enter your current passphrase.")
        problem = self.form.problem()
        if problem is not None:
            return problem
        if self.form.passphrase() == self.old_edit.text():
            return self.tr("The new passphrase is the same as the current one.")
        return None

    def submit(self) -> None:
        if self.busy:
            return
        problem = self.problem()
        if problem is not None:
            self.message.say(problem)
            return
        self.message.clear_message()
        old, new, change = self.old_edit.text(), self.form.passphrase(), self._change
        self.run(lambda: change(old, new), on_success=self._changed, on_failure=self._failed)

    # ------------------------------------------------------------------ outcome
    def set_busy(self, busy: bool) -> None:
        for widget in (self.old_edit, self.change_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.form.set_enabled(not busy)
        if busy:
            self.busy_indicator.start(self.tr("Changing the passphrase; this takes a moment…"))
        else:
            self.busy_indicator.stop()
        self.busyChanged.emit(busy)

    def _changed(self, _result: object) -> None:
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            self.old_edit.wipe()  # before the message: editing the field clears it
            self.old_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.message.say(self.tr("That is not the current passphrase, so nothing was "
                                     "changed. Please try again."))
            return
        self.message.say(explain(exc, self.tr(
            "The passphrase could not be changed, so the old one still works. "
            "Please try again.")))

    def forget_secrets(self) -> None:
        self.old_edit.wipe()
        self.form.wipe()

    def wipe(self) -> None:
        """Remove every passphrase from the widgets (used when the app locks)."""
        self.forget_secrets()
        self.message.clear_message()
