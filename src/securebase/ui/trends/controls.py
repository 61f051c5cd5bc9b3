"""The Trends tab's controls: the list of charts, the range and category choosers and the
Save button. Plain Qt; every control has an accessible name and a keyboard path."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QWidget,
)

from securebase.domain.trends import Range
from securebase.services.trends import Chart
from securebase.ui import style


class ChartList(QListWidget):
    """The six charts, one per row; arrow keys move between them."""

    def __init__(self, names: dict[Chart, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsChartList")
        self.setAccessibleName(self.tr("Charts"))
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for chart, name in names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, chart.value)
            item.setSizeHint(QSize(0, 34))
            self.addItem(item)
        self.setCurrentRow(0)
        width = max(self.sizeHintForColumn(0), 150) + 28
        self.setFixedWidth(width)

    def chart(self) -> Chart:
        item = self.currentItem()
        return Chart(item.data(Qt.ItemDataRole.UserRole)) if item else Chart.INTENSITY

    def select(self, chart: Chart | str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == Chart(chart).value:
                self.setCurrentRow(row)
                return


class TrendsControls(QWidget):
    """Range, category and Save, in one row above the chart."""

    rangeChanged = Signal()
    categoryChanged = Signal()
    saveRequested = Signal(str)  # "png" or "svg"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(style.SPACING)

        self.range_combo = QComboBox()
        self.range_combo.setObjectName("trendsRangeCombo")
        self.range_combo.setAccessibleName(self.tr("Time range"))
        for key, label in ((Range.TWO_WEEKS, self.tr("Last 2 weeks")),
                           (Range.PATH, self.tr("The 50-day path")),
                           (Range.THREE_MONTHS, self.tr("Last 3 months")),
                           (Range.YEAR, self.tr("Last year")),
                           (Range.ALL, self.tr("All time"))):
            self.range_combo.addItem(label, key.value)
        self.range_combo.setCurrentIndex(2)
        range_label = QLabel(self.tr("&Show:"))
        range_label.setBuddy(self.range_combo)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("trendsCategoryCombo")
        self.category_combo.setAccessibleName(self.tr("Trigger category"))
        self.category_combo.setMinimumContentsLength(14)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_label = QLabel(self.tr("&Category:"))
        self.category_label.setBuddy(self.category_combo)
        self.set_categories([], lambda key: key)

        self.save_png_action = QAction(self.tr("Save as &PNG image…"), self)
        self.save_png_action.setObjectName("trendsSavePngAction")
        self.save_png_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_svg_action = QAction(self.tr("Save as &SVG drawing…"), self)
        self.save_svg_action.setObjectName("trendsSaveSvgAction")
        self.save_svg_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        for action, fmt in ((self.save_png_action, "png"), (self.save_svg_action, "svg")):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, f=fmt: self.saveRequested.emit(f))
        menu = QMenu(self)
        menu.addAction(self.save_png_action)
        menu.addAction(self.save_svg_action)
        self.save_button = QToolButton()
        self.save_button.setObjectName("trendsSaveButton")
        self.save_button.setText(self.tr("Save chart…"))
        self.save_button.setAccessibleName(self.tr("Save chart"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image (Ctrl+S) or an SVG "
                                            "drawing (Ctrl+Shift+S). It is written only where "
                                            "you choose."))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_button.setMenu(menu)

        self.note = QLabel()
        self.note.setObjectName("trendsNote")
        style.set_muted(self.note)

        row.addWidget(range_label)
        row.addWidget(self.range_combo)
        row.addSpacing(style.SPACING)
        row.addWidget(self.category_label)
        row.addWidget(self.category_combo)
        row.addStretch(1)
        row.addWidget(self.note)
        row.addWidget(self.save_button)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.rangeChanged.emit())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.categoryChanged.emit())

    @property
    def actions_for_shortcuts(self) -> list[QAction]:
        return [self.save_png_action, self.save_svg_action]

    # -- range
    def range(self) -> Range:
        return Range(self.range_combo.currentData())

    def set_range(self, value: Range | str) -> None:
        index = self.range_combo.findData(Range(value).value)
        if index >= 0 and index != self.range_combo.currentIndex():
            self.range_combo.blockSignals(True)
            self.range_combo.setCurrentIndex(index)
            self.range_combo.blockSignals(False)

    # -- category
    def category(self) -> str | None:
        """None for every category, "" for moments without one."""
        data = self.category_combo.currentData()
        return None if data is None else str(data)[1:]

    def set_categories(self, keys: list[str], label) -> None:
        """Offer these categories (keeping the current choice when it is still there)."""
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for key in keys:  # stored with a prefix so "" (no category) is not mistaken for None
            self.category_combo.addItem(label(key), f"={key}")
        index = self.category_combo.findData(current) if current is not None else 0
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)
        if current is not None and index < 0:
            self.categoryChanged.emit()

    def set_category_enabled(self, enabled: bool) -> None:
        self.category_combo.setEnabled(enabled)
        self.category_label.setEnabled(enabled)
        self.category_combo.setToolTip("" if enabled else self.tr(
            "This chart is not about trigger moments, so categories do not apply."))

    def set_can_save(self, can: bool) -> None:
        self.save_button.setEnabled(can)
        self.save_png_action.setEnabled(can)
        self.save_svg_action.setEnabled(can)
