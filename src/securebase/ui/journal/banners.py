"""Quiet bars above the journal list: a status line with Undo, and the draft offer."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from securebase.ui import style
from securebase.ui.journal.widgets import SAND

MESSAGE_MS = 12_000


class Bar(QFrame):
    """A soft sand-tinted strip with a sentence and up to two buttons."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Window)
        pal.setColor(QPalette.ColorRole.Window, style.blend(base, SAND, 0.30))
        self.setPalette(pal)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(style.SPACING, 4, 4, 4)
        self.layout_.addWidget(self.label, 1)
        self.setVisible(False)

    def button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        self.layout_.addWidget(button)
        return button


class MessageBar(Bar):
    """'Entry deleted. [Undo]' — disappears on its own after a while."""

    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("journalMessage", parent)
        self.label.setAccessibleName(self.tr("Journal status"))
        self.undo = self.button(self.tr("Undo"), "journalUndoButton")
        self.undo.clicked.connect(self.undoRequested)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MESSAGE_MS)
        self.timer.timeout.connect(self.dismiss)

    def show_message(self, text: str, *, undo: bool = False) -> None:
        self.label.setText(text)
        self.undo.setVisible(undo)
        self.setVisible(True)
        self.timer.start()

    def dismiss(self) -> None:
        self.timer.stop()
        self.label.setText("")
        self.setVisible(False)


class DraftBar(Bar):
    """'Some writing from 14:32 was not saved. [Bring it back] [Discard]'."""

    restoreRequested = Signal()
    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("journalDraftOffer", parent)
        self.label.setAccessibleName(self.tr("Unsaved writing"))
        self.restore = self.button(self.tr("Bring it back"), "restoreDraftButton")
        self.discard = self.button(self.tr("Discard"), "discardDraftButton")
        self.restore.clicked.connect(self.restoreRequested)
        self.discard.clicked.connect(self.discardRequested)

    def offer(self, when_text: str, count: int) -> None:
        if count == 1:
            text = self.tr("Some writing from %1 was not saved. Would you like it back?")
        else:
            text = self.tr("%n pieces of writing were not saved (the latest from %1). "
                           "Would you like them back?", "", count)
        self.label.setText(text.replace("%1", when_text))
        self.setVisible(True)

    def dismiss(self) -> None:
        self.label.setText("")
        self.setVisible(False)
