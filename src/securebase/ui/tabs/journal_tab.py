"""The Journal tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from securebase.ui.tabs.base import EmptyState, TabPage


class JournalTab(TabPage):
    title = "Journal"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalTab")
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Your journal is empty for now"),
            self.tr("When something in a close relationship stirs you up, this is where you can note what happened, what your body felt and what went through your mind."),
        )
        layout.addWidget(self.empty)
