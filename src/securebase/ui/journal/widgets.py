"""Small input widgets of the journal forms: word chips, the 0-10 scale, auto-sizing text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.entries import clean_labels
from securebase.ui import style

SAGE, SAND, CLAY = style.SAGE, style.SAND, style.CLAY  # the app's accents; never alarm red


def intensity_color(value: int, palette: QPalette) -> QColor:
    """Sage at 0, sand in the middle, clay at 10, softened toward the background so
    it never shouts (works in light and dark themes)."""
    t = max(0, min(10, value)) / 10
    strong = style.blend(SAGE, SAND, t * 2) if t <= 0.5 else style.blend(SAND, CLAY, t * 2 - 1)
    base = palette.color(QPalette.ColorRole.Base)
    return style.blend(strong, base, 0.45 if style.is_dark(palette) else 0.30)


class FlowLayout(QLayout):
    """Lays children out left to right, wrapping onto new lines (Qt's flow example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class ChipPicker(QWidget):
    """Checkable word chips, with an optional box to add words of one's own.

    ``values()`` gives the checked keys in the order of the chips; words the user
    added are kept exactly as typed.
    """

    changed = Signal()

    def __init__(self, name: str, *, allow_custom: bool = True,
                 add_placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._name = name
        self._chips: dict[str, QToolButton] = {}
        self._builtin: list[str] = []
        self._style = self._chip_style()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        holder = QWidget()
        self._flow = FlowLayout(holder)
        outer.addWidget(holder)
        self.add_edit: QLineEdit | None = None
        if allow_custom:
            self.add_edit = QLineEdit()
            self.add_edit.setPlaceholderText(add_placeholder)
            self.add_edit.setAccessibleName(self.tr("Add your own word to %1").replace("%1", name))
            self.add_edit.setMaximumWidth(280)
            self.add_edit.returnPressed.connect(self._add_typed)
            outer.addWidget(self.add_edit)

    def set_options(self, keys: tuple[str, ...] | list[str], labels: dict[str, str]) -> None:
        checked = self.values()
        for chip in list(self._chips.values()):
            chip.deleteLater()
            self._flow.removeWidget(chip)
        self._chips.clear()
        self._builtin = list(keys)
        for key in keys:
            self._chip(key, labels.get(key, key))
        self.set_values(checked)

    def _chip_style(self) -> str:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        border = style.blend(base, text, 0.25)
        checked = style.blend(base, SAGE, 0.45 if style.is_dark(pal) else 0.35)
        focus = pal.color(QPalette.ColorRole.Highlight)
        return (f"QToolButton {{ border: 1px solid {border.name()}; border-radius: 10px; "
                f"padding: 2px 9px; background: {base.name()}; color: {text.name()}; }}"
                f"QToolButton:checked {{ background: {checked.name()}; "
                f"border-color: {SAGE.name()}; }}"
                f"QToolButton:focus {{ border: 2px solid {focus.name()}; }}")

    def _chip(self, key: str, label: str) -> QToolButton:
        chip = QToolButton()
        chip.setStyleSheet(self._style)
        chip.setText(label)
        chip.setCheckable(True)
        chip.setAutoRaise(False)
        chip.setAccessibleName(label)
        chip.setAccessibleDescription(self._name)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        chip.toggled.connect(self.changed)
        self._flow.addWidget(chip)
        self._chips[key] = chip
        return chip

    def _add_typed(self) -> None:
        if self.add_edit is None:
            return
        for word in clean_labels(self.add_edit.text().split(",")):
            existing = next((k for k in self._chips if k.casefold() == word.casefold()), None)
            (self._chips[existing] if existing else self._chip(word, word)).setChecked(True)
        self.add_edit.setText("")

    def values(self) -> tuple[str, ...]:
        if self.add_edit is not None and self.add_edit.text().strip():
            self._add_typed()
        return tuple(k for k, chip in self._chips.items() if chip.isChecked())

    def set_values(self, values) -> None:
        for key in [k for k in self._chips if k not in self._builtin]:
            self._flow.removeWidget(self._chips[key])
            self._chips.pop(key).deleteLater()
        for chip in self._chips.values():
            chip.setChecked(False)
        for value in values:
            chip = self._chips.get(value) or self._chip(value, value)
            chip.setChecked(True)

    def clear(self) -> None:
        self.set_values(())
        if self.add_edit is not None:
            self.add_edit.setText("")  # unlike clear(), keeps no undo history

    def chip(self, key: str) -> QToolButton | None:
        return self._chips.get(key)


class IntensityInput(QWidget):
    """The 0-10 scale as a slider; values outside it cannot be chosen.

    When ``optional``, a check box says whether it was rated at all.
    """

    changed = Signal()

    def __init__(self, name: str, *, optional: bool = False, low: str = "", high: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rated: QCheckBox | None = None
        if optional:
            self.rated = QCheckBox(self.tr("Rate it"))
            self.rated.setAccessibleName(self.tr("Rate %1").replace("%1", name))
            self.rated.toggled.connect(self._sync)
            layout.addWidget(self.rated)
        self.low = QLabel(low)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickInterval(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(name)
        self.slider.setMinimumWidth(160)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.high = QLabel(high)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("10 ") + 8)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setFont(style.scaled_font(self.value_label, 1.25, bold=True))
        for label in (self.low, self.high):
            style.set_muted(label)
        layout.addWidget(self.low)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.high)
        layout.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._sync)
        self.slider.installEventFilter(self)
        self.set_value(None if optional else 0)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        """Typing a digit on the slider sets it at once (0-9; End for 10)."""
        if obj is self.slider and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if len(text) == 1 and text.isdigit() and text.isascii():
                self.slider.setValue(int(text))
                return True
        return False

    def _sync(self, *_args) -> None:
        on = self.rated is None or self.rated.isChecked()
        self.slider.setEnabled(on)
        self.value_label.setText(str(self.slider.value()) if on else "–")
        self.slider.setAccessibleDescription(self.value_label.text())
        self.changed.emit()

    def value(self) -> int | None:
        if self.rated is not None and not self.rated.isChecked():
            return None
        return self.slider.value()

    def set_value(self, value: int | None) -> None:
        if self.rated is not None:
            self.rated.setChecked(value is not None)
        self.slider.setValue(0 if value is None else value)
        self._sync()


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box for a few lines that grows with its text up to a limit."""

    def __init__(self, name: str, placeholder: str = "", *, lines: int = 3,
                 max_lines: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._lines, self._max = lines, max_lines
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        blocks = max(self._lines, min(self._max, self.document().lineCount() + 1))
        self.setFixedHeight(blocks * line + 2 * self.frameWidth() + 12)
