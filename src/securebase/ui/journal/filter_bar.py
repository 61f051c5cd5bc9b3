"""Search box and filters above the journal list."""

from __future__ import annotations

from datetime import datetime, time, tzinfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.journal import EntryKind, JournalFilter

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    """Emits ``filterChanged(JournalFilter)`` a moment after the user stops typing."""

    filterChanged = Signal(object)
    #: The extra filters were opened: time to read the tag list (it scans the journal).
    detailsOpened = Signal()

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("journalFilterBar")
        self._tz: tzinfo | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._emit)

        self.search = QLineEdit()
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search your journal"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._emit)

        self.kind = QComboBox()
        self.kind.setObjectName("journalKindFilter")
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        self.kind.addItem(self.tr("All entries"), None)
        self.kind.addItem(self.tr("Trigger moments"), EntryKind.TRIGGER.value)
        self.kind.addItem(self.tr("Experiments"), EntryKind.EXPERIMENT.value)
        self.kind.addItem(self.tr("Narrative"), EntryKind.NARRATIVE.value)

        self.more = QToolButton()
        self.more.setText(self.tr("Filters"))
        self.more.setCheckable(True)
        self.more.setAccessibleName(self.tr("Show more filters"))
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.DownArrow)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.more)

        self.details = QWidget()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 4, 0, 0)
        self.use_since = QCheckBox(self.tr("From"))
        self.use_since.setAccessibleName(self.tr("Only entries from a date"))
        self.since = self._date_edit(self.tr("From date"))
        self.use_until = QCheckBox(self.tr("To"))
        self.use_until.setAccessibleName(self.tr("Only entries up to a date"))
        self.until = self._date_edit(self.tr("To date"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.imin = self._spin(self.tr("Lowest intensity"), 0)
        self.imax = self._spin(self.tr("Highest intensity"), 10)
        self.reset = QPushButton(self.tr("Reset filters"))
        self.reset.setAccessibleName(self.tr("Reset filters"))
        self.reset.clicked.connect(self.reset_filters)
        grid.addWidget(self.use_since, 0, 0)
        grid.addWidget(self.since, 0, 1)
        grid.addWidget(self.use_until, 0, 2)
        grid.addWidget(self.until, 0, 3)
        grid.addWidget(QLabel(self.tr("Category")), 1, 0)
        grid.addWidget(self.category, 1, 1)
        grid.addWidget(QLabel(self.tr("Tag")), 1, 2)
        grid.addWidget(self.tag, 1, 3)
        intensity = QHBoxLayout()
        intensity.addWidget(self.imin)
        intensity.addWidget(QLabel("–"))
        intensity.addWidget(self.imax)
        intensity.addStretch(1)
        grid.addWidget(QLabel(self.tr("Intensity")), 2, 0)
        grid.addLayout(intensity, 2, 1)
        grid.addWidget(self.reset, 2, 3, Qt.AlignmentFlag.AlignRight)
        self.details.setVisible(False)
        self.more.toggled.connect(self._toggle_details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.details)

        self.set_categories([])
        self.set_tags([])
        for signal in (self.kind.currentIndexChanged, self.use_since.toggled,
                       self.use_until.toggled, self.since.dateChanged, self.until.dateChanged,
                       self.category.currentIndexChanged, self.tag.currentIndexChanged,
                       self.imin.valueChanged, self.imax.valueChanged):
            signal.connect(lambda *_a: self._timer.start())
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_until.toggled.connect(self.until.setEnabled)
        self.since.setEnabled(False)
        self.until.setEnabled(False)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 10)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        if on:
            self.detailsOpened.emit()
        self.more.setArrowType(Qt.ArrowType.UpArrow if on else Qt.ArrowType.DownArrow)

    # ------------------------------------------------------------------ choices
    def set_timezone(self, tz: tzinfo | None) -> None:
        self._tz = tz

    def set_categories(self, items: list[tuple[str, str]]) -> None:
        """(key, label) pairs; the first choice is always 'any'."""
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Any category"), "")
        for key, label in items:
            self.category.addItem(label, key)
        found = self.category.findData(current)
        self.category.setCurrentIndex(max(found, 0))
        self.category.blockSignals(False)

    def set_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        for tag in tags:
            self.tag.addItem(tag, tag)
        found = self.tag.findData(current)
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)

    # ------------------------------------------------------------------ value
    def _moment(self, day: QDate, end: bool) -> datetime:
        clock = time(23, 59, 59, 999999) if end else time(0, 0)
        naive = datetime(day.year(), day.month(), day.day(), clock.hour, clock.minute,
                         clock.second, clock.microsecond)
        return naive.replace(tzinfo=self._tz) if self._tz else naive.astimezone()

    def filter(self) -> JournalFilter:
        kind = self.kind.currentData()
        low, high = sorted((self.imin.value(), self.imax.value()))
        return JournalFilter(
            kinds=frozenset({EntryKind(kind)}) if kind else frozenset(),
            since=self._moment(self.since.date(), False) if self.use_since.isChecked() else None,
            until=self._moment(self.until.date(), True) if self.use_until.isChecked() else None,
            category=self.category.currentData() or "",
            intensity_min=low, intensity_max=high,
            tag=self.tag.currentData() or "",
            query=self.search.text().strip(),
        )

    def _emit(self) -> None:
        self._timer.stop()
        self.filterChanged.emit(self.filter())

    def apply_now(self) -> None:
        """Emit the filter at once (tests, Enter in the search box)."""
        self._emit()

    def reset_filters(self) -> None:
        for widget in (self.kind, self.category, self.tag):
            widget.setCurrentIndex(0)
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)
        self.imin.setValue(0)
        self.imax.setValue(10)
        self._emit()

    def clear(self) -> None:
        """Empty the search box and every choice that came from the vault."""
        self._timer.stop()
        for widget in self.findChildren(QWidget):
            widget.blockSignals(True)
        self.search.setText("")  # unlike clear(), leaves nothing in the undo history
        self.set_categories([])
        self.set_tags([])
        self.kind.setCurrentIndex(0)
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.imin.setValue(0)
        self.imax.setValue(10)
        for widget in self.findChildren(QWidget):
            widget.blockSignals(False)
