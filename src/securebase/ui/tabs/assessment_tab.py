"""The Assessment tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from securebase.ui.tabs.base import EmptyState, TabPage


class AssessmentTab(TabPage):
    title = "Assessment"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTab")
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("The self-assessment is on its way"),
            self.tr("Here you will be able to explore how closeness and distance tend to feel for you, and see how that changes over the weeks."),
        )
        layout.addWidget(self.empty)
