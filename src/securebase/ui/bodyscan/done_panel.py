"""The screen after a body scan or a breathing session: a kind word, how calm you feel
now (optional, one click, saved at once) and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from securebase.ui import style
from securebase.ui.bodyscan.controls import RatingRow, heading, muted, paragraph


class DonePanel(QWidget):
    calmChanged = Signal(object)
    doneClicked = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setSpacing(style.SPACING)
        self.heading = heading("")
        self.heading.setObjectName(f"{prefix}DoneHeading")
        col.addWidget(self.heading)
        self.text = paragraph()
        col.addWidget(self.text)
        self.summary = muted()
        self.summary.setObjectName(f"{prefix}Summary")
        col.addWidget(self.summary)
        col.addSpacing(4)
        self.calm_after = RatingRow(self.tr("How calm do you feel now? (optional)"),
                                    self.tr("0 = not calm at all"), self.tr("10 = very calm"),
                                    name=f"{prefix}CalmAfter")
        self.calm_after.changed.connect(self.calmChanged)
        col.addWidget(self.calm_after)
        self.note = QPlainTextEdit()
        self.note.setObjectName(f"{prefix}Note")
        self.note.setPlaceholderText(self.tr("A note for yourself, if you like"))
        self.note.setAccessibleName(self.tr("Note about this practice"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.setMaximumWidth(620)
        col.addWidget(self.note)
        self.status = muted()
        self.status.setObjectName(f"{prefix}Status")
        col.addWidget(self.status)
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName(f"{prefix}DoneButton")
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.clicked.connect(self.doneClicked)
        row.addWidget(self.done_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(1)

    def show_result(self, title: str, text: str, summary: str) -> None:
        self.heading.setText(title)
        self.text.setText(text)
        self.summary.setText(summary)
        self.calm_after.clear()
        self.note.clear()

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def wipe(self) -> None:
        self.note.clear()
        self.calm_after.clear()
        self.status.clear()
        self.summary.clear()


def practised_summary(widget: QWidget, completed_seconds: int, planned_minutes: float) -> str:
    """'You practised for 7:30 of the 10 minutes you planned.'"""
    return QCoreApplication.translate(
        "DonePanel", "You practised for %1:%2 of the %3 minutes you planned.") \
        .replace("%1", str(completed_seconds // 60)) \
        .replace("%2", f"{completed_seconds % 60:02d}") \
        .replace("%3", f"{planned_minutes:g}")
