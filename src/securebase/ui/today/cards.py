"""Today's action cards: one click to begin, a star for "the one that feels safest",
and a quiet tick when something was logged for it today. Nothing is ever marked
as missed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.path import Action
from securebase.ui import style
from securebase.ui.today.theme import repolish

STAR_OFF = "☆"
STAR_ON = "★"
TICK = "✓"


class ActionCard(QFrame):
    """One daily action."""

    opened = Signal(str)  # the Action value
    starToggled = Signal(str, bool)

    def __init__(self, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setObjectName(f"card_{action.value}")
        self.setProperty("todayCard", True)
        self.setProperty("focused", False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(128)

        self.eyebrow = QLabel()
        self.eyebrow.setProperty("role", "eyebrow")
        self.eyebrow.setObjectName("cardEyebrow")
        self.eyebrow.setVisible(False)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setFont(style.scaled_font(self.title, 1.12, bold=True))
        self.title.setWordWrap(True)
        self.star = QToolButton()
        self.star.setObjectName("cardStar")
        self.star.setProperty("role", "star")
        self.star.setCheckable(True)
        self.star.setText(STAR_OFF)
        self.star.setCursor(Qt.CursorShape.PointingHandCursor)
        self.star.toggled.connect(self._star_toggled)
        self.text = QLabel()
        self.text.setObjectName("cardText")
        self.text.setWordWrap(True)
        self.text.setProperty("role", "muted")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.button = QPushButton()
        self.button.setObjectName("cardButton")
        self.button.setProperty("role", "card")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(lambda: self.opened.emit(self.action.value))

        top = QHBoxLayout()
        top.setSpacing(6)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.eyebrow)
        heading.addWidget(self.title)
        top.addLayout(heading, 1)
        top.addWidget(self.star, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.button, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        self.done = False

    # ------------------------------------------------------------------ state
    def set_words(self, title: str, text: str, button: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
        self.button.setAccessibleName(title)
        self.button.setAccessibleDescription(text)
        self.star.setAccessibleName(self.tr("Make “%1” today's focus").replace("%1", title))
        self.setAccessibleName(title)

    def set_suggested(self, suggested: bool) -> None:
        self.eyebrow.setText(self.tr("Suggested for this step") if suggested else "")
        self.eyebrow.setVisible(suggested)

    def set_done(self, done: bool) -> None:
        self.done = done
        self._update_status()

    def set_focused(self, focused: bool) -> None:
        blocked = self.star.blockSignals(True)
        self.star.setChecked(focused)
        self.star.blockSignals(blocked)
        self.star.setText(STAR_ON if focused else STAR_OFF)
        self.star.setToolTip(self.tr("Today's focus; click to clear") if focused
                             else self.tr("Star this as the one that feels safest today"))
        self.setProperty("focused", focused)
        repolish(self)
        self._update_status()

    @property
    def focused(self) -> bool:
        return bool(self.property("focused"))

    def _update_status(self) -> None:
        if self.done:
            text, role = f"{TICK}  " + self.tr("Done today"), "done"
        elif self.focused:
            text, role = self.tr("Today's focus"), "focus"
        else:
            text, role = "", "muted"
        self.status.setText(text)
        self.status.setProperty("role", role)
        repolish(self.status)
        self.setAccessibleDescription(text)

    def _star_toggled(self, checked: bool) -> None:
        self.starToggled.emit(self.action.value, checked)

    def clear(self) -> None:
        self.set_words("", "", "")
        self.set_done(False)
        self.set_focused(False)
        self.set_suggested(False)


class CardGrid(QWidget):
    """The six cards in the order the current step puts them, three to a row."""

    opened = Signal(str)
    starToggled = Signal(str, bool)
    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayCards")
        self.cards: dict[Action, ActionCard] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(14)
        for action in Action:
            card = ActionCard(action, self)
            card.opened.connect(self.opened)
            card.starToggled.connect(self.starToggled)
            self.cards[action] = card
        self._order: tuple[Action, ...] = ()

    def arrange(self, order: tuple[Action, ...]) -> None:
        if order == self._order:
            return
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for index, action in enumerate(order):
            self._grid.addWidget(self.cards[action], index // self.COLUMNS,
                                 index % self.COLUMNS)
        for column in range(self.COLUMNS):
            self._grid.setColumnStretch(column, 1)
        previous = None
        for action in order:  # keyboard order follows reading order
            if previous is not None:
                QWidget.setTabOrder(previous.button, self.cards[action].star)
            QWidget.setTabOrder(self.cards[action].star, self.cards[action].button)
            previous = self.cards[action]
        self._order = order

    @property
    def order(self) -> tuple[Action, ...]:
        return self._order

    def card(self, action: Action | str) -> ActionCard:
        return self.cards[Action(action)]

    def clear(self) -> None:
        for card in self.cards.values():
            card.clear()
