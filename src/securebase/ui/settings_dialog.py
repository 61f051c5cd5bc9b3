"""Settings: the auto-lock delay (stored inside the vault, never in QSettings) and the
interface language (stored in ui.ini: it is needed before the vault is unlocked, and
says nothing private). A new language is used from the next start."""

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

from securebase.ui import i18n, style
from securebase.ui.autolock import CHOICES, normalize_minutes
from securebase.ui.passphrase_widgets import heading
from securebase.ui.ui_settings import UiSettings


class SettingsDialog(QDialog):
    """Choose how long SecureBase waits without input before it locks itself, and the
    language of the interface."""

    def __init__(self, minutes: int | None, parent: QWidget | None = None, *,
                 ui_settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(500)
        self.ui_settings = ui_settings if ui_settings is not None else UiSettings()

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
        self._build_language(layout)

        layout.addSpacing(8)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accepted.connect(self.save_language)

    def _build_language(self, layout: QVBoxLayout) -> None:
        layout.addWidget(heading(self.tr("Language"), self))
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of SecureBase"))
        system = i18n.LANGUAGES[i18n.resolve(i18n.SYSTEM)]
        self.language_combo.addItem(self.tr("Same as the system (%1)").replace("%1", system),
                                    i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        stored = self.ui_settings.language()
        self._stored_language = stored if stored in i18n.LANGUAGES else i18n.SYSTEM
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._stored_language))
        label = QLabel(self.tr("La&nguage"))
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        layout.addLayout(form)
        note = QLabel(self.tr("A new language is used from the next time SecureBase starts."))
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        style.set_muted(note)
        layout.addWidget(note)

    def language(self) -> str:
        """The chosen language code, or "" to follow the system."""
        return self.language_combo.currentData()

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))

    def save_language(self) -> None:
        """Remember the chosen language in ui.ini (only when it changed)."""
        if self.language() != self._stored_language:
            self.ui_settings.set_language(self.language())
            self._stored_language = self.language()

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
