"""The Today tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from securebase.ui.tabs.base import EmptyState, TabPage


class TodayTab(TabPage):
    title = "Today"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayTab")
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Your fifty-day path will live here"),
            self.tr("Soon this page will show where you are on the path and a few small things you could try today. Nothing is expected of you yet."),
        )
        layout.addWidget(self.empty)
