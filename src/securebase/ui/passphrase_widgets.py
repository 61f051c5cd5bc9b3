"""Widgets shared by the create, unlock and recovery dialogs: a passphrase field, the
new-passphrase form (with confirmation and strength meter), a message line, a busy
indicator and a heading."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.passphrase import MAX_LENGTH
from securebase.ui.strength_meter import StrengthMeter

DIALOG_WIDTH = 460


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None, *, small: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if small:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class PassphraseEdit(QLineEdit):
    """A password field that keeps its text out of input-method history."""

    def __init__(self, object_name: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(MAX_LENGTH + 1)  # one over, so "too long" can be explained
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhNoAutoUppercase
                                 | Qt.InputMethodHint.ImhHiddenText)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMinimumHeight(self.sizeHint().height() + 6)

    def reveal(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def wipe(self) -> None:
        """Empty the field, hide it again and drop its undo history."""
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.clear()
        self.setModified(False)
        self.setAccessibleDescription("")


def show_toggle(text: str, *edits: PassphraseEdit, parent: QWidget | None = None) -> QCheckBox:
    box = QCheckBox(text, parent)
    box.setAccessibleName(text.replace("&", ""))

    def toggled(shown: bool) -> None:
        for edit in edits:
            edit.reveal(shown)

    box.toggled.connect(toggled)
    return box


class MessageLine(QLabel):
    """One sentence that tells the user what happened; announced to screen readers."""

    def __init__(self, object_name: str = "messageLabel", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
        if text and self.isVisible():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_message(self) -> None:
        self.say("")


class BusyIndicator(QWidget):
    """An indeterminate progress bar with one line saying what is happening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Working"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class NewPassphraseForm(QWidget):
    """Passphrase, confirmation, show toggle and live strength meter.

    ``problem()`` is None when the passphrase may be used; otherwise it is the one
    sentence that says why not. ``changed`` fires on every edit.
    """

    changed = Signal()

    def __init__(self, *, edit_name: str, confirm_name: str, label: str, confirm_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = PassphraseEdit(edit_name, label.replace("&", ""), self)
        self.confirm = PassphraseEdit(confirm_name, confirm_label.replace("&", ""), self)
        self.show_box = show_toggle(self.tr("S&how passphrase"), self.edit, self.confirm,
                                    parent=self)
        self.meter = StrengthMeter(self)
        self.mismatch = QLabel(self)
        self.mismatch.setObjectName("mismatchLabel")
        self.mismatch.setWordWrap(True)
        self.mismatch.setMinimumHeight(self.mismatch.fontMetrics().lineSpacing())

        edit_label = QLabel(label, self)
        edit_label.setBuddy(self.edit)
        confirm_label_w = QLabel(confirm_label, self)
        confirm_label_w.setBuddy(self.confirm)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(edit_label)
        layout.addWidget(self.edit)
        layout.addWidget(self.meter)
        layout.addSpacing(4)
        layout.addWidget(confirm_label_w)
        layout.addWidget(self.confirm)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.show_box)
        QWidget.setTabOrder(self.edit, self.confirm)
        QWidget.setTabOrder(self.confirm, self.show_box)

        self.edit.textChanged.connect(self._edited)
        self.confirm.textChanged.connect(self._edited)
        self.edit.returnPressed.connect(self._next_field)

    def passphrase(self) -> str:
        return self.edit.text()

    def problem(self) -> str | None:
        strength = self.meter.strength
        if strength is None:
            return self.tr("Please choose a passphrase.")
        if not strength.acceptable:
            return strength.reason or self.tr("That passphrase is too easy to guess.")
        if self.confirm.text() != self.edit.text():
            return self.tr("The two passphrases do not match yet.")
        return None

    def _edited(self) -> None:
        text, again = self.edit.text(), self.confirm.text()
        self.meter.update_for(text)
        # Only complain about a mismatch once it cannot be a confirmation still being typed.
        typing = text.startswith(again) and len(again) < len(text)
        wrong = bool(again) and again != text and not typing
        self.mismatch.setText(self.tr("The two passphrases do not match yet.") if wrong else "")
        self.confirm.setAccessibleDescription(self.mismatch.text())
        self.edit.setAccessibleDescription(self.meter.label.text())
        self.changed.emit()

    def _next_field(self) -> None:
        if not self.confirm.text():
            self.confirm.setFocus(Qt.FocusReason.TabFocusReason)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.edit, self.confirm, self.show_box):
            widget.setEnabled(enabled)

    def wipe(self) -> None:
        self.show_box.setChecked(False)
        self.edit.wipe()
        self.confirm.wipe()
        self.meter.update_for("")
        self.mismatch.setText("")
