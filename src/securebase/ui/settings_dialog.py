"""Settings: the auto-lock delay (stored inside the vault, never in QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from securebase.ui import style
from securebase.ui.autolock import CHOICES, normalize_minutes
from securebase.ui.passphrase_widgets import heading


class SettingsDialog(QDialog):
    """Choose how long SecureBase waits without input before it locks itself."""

    def __init__(self, minutes: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Auto-lock"))
        self.setMinimumWidth(500)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.DIALOG_MARGINS)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Auto-lock"), self))

        intro = QLabel(self.tr(
            "When you step away, SecureBase locks the vault and clears the window, "
            "so nobody else can read your entries. It never locks in the middle of a "
            "body scan."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.combo = QComboBox()
        self.combo.setObjectName("autolockCombo")
        self.combo.setAccessibleName(self.tr("Auto-lock delay"))
        for choice in CHOICES:
            self.combo.addItem(self.label_for(choice), choice)
        current = normalize_minutes(minutes)
        self.combo.setCurrentIndex(CHOICES.index(current))
        label = QLabel(self.tr("&Lock after no activity for"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        layout.addLayout(form)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        style.set_muted(self.hint)
        layout.addWidget(self.hint)
        self.combo.currentIndexChanged.connect(self._update_hint)
        self._update_hint()

        layout.addSpacing(8)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def label_for(self, minutes: int | None) -> str:
        if minutes is None:
            return self.tr("Never")
        if minutes == 1:
            return self.tr("1 minute")
        return self.tr("%n minutes", "", minutes)

    def minutes(self) -> int | None:
        return self.combo.currentData()

    def set_minutes(self, minutes: int | None) -> None:
        self.combo.setCurrentIndex(CHOICES.index(normalize_minutes(minutes)))

    def _update_hint(self) -> None:
        if self.minutes() is None:
            text = self.tr("You can still lock at any time with Ctrl+L. Without auto-lock, "
                           "anyone at this computer can read your entries while the window "
                           "is open.")
        else:
            text = self.tr("You can also lock at any time with Ctrl+L.")
        self.hint.setText(text)
