"""Small controls shared by the practice pages: a one-click 0–10 rating row and a row
of preset lengths with a custom choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.ui import style


class RatingRow(QWidget):
    """Eleven buttons, 0 to 10; one click chooses, a second click on the same one clears.

    ``changed`` carries the value or None. The rating is always optional.
    """

    changed = Signal(object)

    def __init__(self, question: str, low: str, high: str, parent: QWidget | None = None,
                 *, name: str = "") -> None:
        super().__init__(parent)
        self._value: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        outer.addWidget(self.question)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QToolButton] = []
        for value in range(11):
            button = QToolButton()
            button.setText(str(value))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumSize(30, 30)
            button.setObjectName(f"{name}{value}" if name else "")
            button.setAccessibleName(self.tr("%1: %2 of 10").replace("%1", question)
                                     .replace("%2", str(value)))
            self.group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        ends = QHBoxLayout()
        self.low = QLabel(low)
        self.high = QLabel(high)
        for label in (self.low, self.high):
            style.set_muted(label)
        ends.addWidget(self.low)
        ends.addSpacing(12)
        ends.addWidget(self.high)
        ends.addStretch(1)
        outer.addLayout(ends)
        self.group.idClicked.connect(self._clicked)
        self.setAccessibleName(question)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for i, button in enumerate(self.buttons):
            button.setChecked(i == value)

    def clear(self) -> None:
        self.set_value(None)

    def _clicked(self, value: int) -> None:
        self.set_value(None if value == self._value else value)
        self.changed.emit(self._value)


class LengthChoice(QWidget):
    """Preset lengths in minutes as one-click buttons, plus "Custom" with a spin box."""

    changed = Signal(int)

    def __init__(self, presets: tuple[int, ...], default: int, *, custom_range: tuple[int, int]
                 | None = None, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._presets = presets
        self.buttons: dict[int, QToolButton] = {}
        for minutes in presets:
            button = QToolButton()
            button.setText(self.tr("%n min", "", minutes))
            button.setCheckable(True)
            button.setMinimumHeight(30)
            button.setObjectName(f"{name}{minutes}" if name else "")
            button.setAccessibleName(self.tr("%n minutes", "", minutes))
            self.group.addButton(button, minutes)
            self.buttons[minutes] = button
            row.addWidget(button)
        self.custom_button: QToolButton | None = None
        self.spin: QSpinBox | None = None
        if custom_range is not None:
            self.custom_button = QToolButton()
            self.custom_button.setText(self.tr("Custom"))
            self.custom_button.setCheckable(True)
            self.custom_button.setMinimumHeight(30)
            self.custom_button.setAccessibleName(self.tr("Custom length"))
            self.group.addButton(self.custom_button, 0)
            self.spin = QSpinBox()
            self.spin.setRange(*custom_range)
            self.spin.setSuffix(self.tr(" min"))
            self.spin.setValue(default)
            self.spin.setAccessibleName(self.tr("Custom length in minutes"))
            self.spin.setEnabled(False)
            self.spin.valueChanged.connect(lambda _v: self.changed.emit(self.minutes()))
            row.addWidget(self.custom_button)
            row.addWidget(self.spin)
        row.addStretch(1)
        self.group.idToggled.connect(self._toggled)
        self.set_minutes(default)

    def minutes(self) -> int:
        checked = self.group.checkedId()
        if checked == 0 and self.spin is not None:
            return self.spin.value()
        return checked if checked > 0 else self._presets[0]

    def set_minutes(self, minutes: int) -> None:
        if minutes in self.buttons:
            self.buttons[minutes].setChecked(True)
        elif self.custom_button is not None and self.spin is not None:
            self.spin.setValue(max(self.spin.minimum(), min(self.spin.maximum(), minutes)))
            self.custom_button.setChecked(True)
        else:
            self.buttons[self._presets[0]].setChecked(True)

    def _toggled(self, button_id: int, checked: bool) -> None:
        if self.spin is not None:
            self.spin.setEnabled(self.group.checkedId() == 0)
        if checked:
            self.changed.emit(self.minutes())


def heading(text: str, factor: float = 1.45) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    style.make_heading(label, factor)
    return label


def muted(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    style.set_muted(label)
    return label


def paragraph(text: str = "", *, width: int = 720) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMaximumWidth(width)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def centred(widget: QWidget, max_width: int) -> QHBoxLayout:
    """A row holding ``widget`` centred and at most ``max_width`` wide.

    Side stretches, not an alignment flag, so word-wrapped labels inside still get the
    height they need for the width they are given.
    """
    widget.setMaximumWidth(max_width)
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    widget.setSizePolicy(policy)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    return row


def scrolled(body: QWidget, *, width: int = 720) -> QScrollArea:
    """``body`` in a frameless scroll area, at most ``width`` wide, centred."""
    holder = QWidget()
    col = QVBoxLayout(holder)
    col.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN, style.PAGE_MARGIN,
                           style.PAGE_MARGIN)
    col.addLayout(centred(body, width))
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(holder)
    return area
