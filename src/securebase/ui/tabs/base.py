"""What every tab page offers the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from securebase.app import AppContext


class TabPage(QWidget):
    """A main-window tab.

    Life cycle: ``bind(ctx)`` after each unlock; ``prepare_lock()`` just before the
    vault closes (save drafts now); ``clear()`` after it closed (drop every piece of
    private text from every widget and forget ``ctx``).
    """

    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None

    def bind(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def prepare_lock(self) -> None:
        """Save anything unsaved (drafts) into the vault while it is still open."""

    def clear(self) -> None:
        self.ctx = None

    def blocks_autolock(self) -> bool:
        """True while something must not be interrupted (a running body scan)."""
        return False

    def global_actions(self) -> list[QAction]:
        """Actions the main window adds to its menus with application-wide shortcuts."""
        return []


class EmptyState(QWidget):
    """A friendly placeholder: a heading and one or two calm sentences."""

    def __init__(self, heading: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel(heading)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setMinimumWidth(360)
        self.body.setMaximumWidth(560)
        layout.addWidget(self.heading)
        # Centred by stretches rather than an alignment flag: an aligned label gets
        # narrower than the width its height was measured at, and then wrapped text
        # (long Chinese lines especially) was cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.body, 100)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
