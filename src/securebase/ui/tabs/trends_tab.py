"""The Trends tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from securebase.ui.tabs.base import EmptyState, TabPage


class TrendsTab(TabPage):
    title = "Trends"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsTab")
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Nothing to chart yet"),
            self.tr("As you log moments and practise, gentle charts here will show how things shift over the weeks."),
        )
        layout.addWidget(self.empty)
