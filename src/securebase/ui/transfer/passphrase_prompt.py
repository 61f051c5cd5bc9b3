"""A small modal that asks for one passphrase (to verify or restore backups).

Like everything modal, it is reached through one module-level function,
``ask_passphrase``, so tests replace it instead of driving a blocking ``exec()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from securebase.ui import style
from securebase.ui.passphrase_widgets import DIALOG_WIDTH, PassphraseEdit, paragraph, show_toggle


class PassphrasePrompt(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrasePrompt")
        self.setWindowTitle(title)
        self.setMinimumWidth(DIALOG_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.DIALOG_MARGINS)
        layout.setSpacing(10)
        layout.addWidget(paragraph(text, self))
        label = QLabel(self.tr("&Passphrase"), self)
        self.edit = PassphraseEdit("promptPassphraseEdit", self.tr("Passphrase"), self)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        self.show_box = show_toggle(self.tr("S&how passphrase"), self.edit, parent=self)
        layout.addWidget(self.show_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("promptOkButton")
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.edit.setFocus()

    def wipe(self) -> None:
        self.show_box.setChecked(False)
        self.edit.wipe()


def ask_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    """The passphrase typed, or None when the user cancelled."""
    dialog = PassphrasePrompt(title, text, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.text() or None
    finally:
        dialog.wipe()
        dialog.deleteLater()
