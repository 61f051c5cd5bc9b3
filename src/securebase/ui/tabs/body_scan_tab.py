"""The Body scan tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from securebase.ui.tabs.base import EmptyState, TabPage


class BodyScanTab(TabPage):
    title = "Body scan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyScanTab")
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Guided body scan and breathing"),
            self.tr("A calm, guided body scan and a breathing pacer will be here, so you can settle your nervous system in a few minutes."),
        )
        layout.addWidget(self.empty)
