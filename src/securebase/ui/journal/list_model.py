"""The journal list as a Qt model over the repository, fetched a page at a time.

The view asks ``canFetchMore``/``fetchMore`` as it scrolls, so only the rows the
user reaches are ever read from the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QAbstractTableModel, QDate, QDateTime, QLocale, QModelIndex, Qt, QTime

from securebase.domain.journal import EntryKind, EntrySummary, JournalFilter

PAGE_SIZE = 200
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()

Fetch = Callable[..., list[EntrySummary]]  # (flt, *, limit, after) -> summaries


def to_qdatetime(when: datetime, tz: tzinfo | None = None) -> QDateTime:
    local = when.astimezone(tz) if tz is not None else when
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))


def format_when(when: datetime, tz: tzinfo | None, pattern: str) -> str:
    """``pattern`` is a translatable Qt date pattern such as 'ddd d MMM yyyy, HH:mm'."""
    return QLocale().toString(to_qdatetime(when, tz), pattern)


def strip_marks(snippet: str) -> str:
    return snippet.replace("[[", "").replace("]]", "")


class JournalListModel(QAbstractTableModel):
    KIND, DATE, INTENSITY, TEXT = range(4)

    def __init__(self, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._fetch: Fetch | None = None
        self._filter = JournalFilter()
        self._rows: list[EntrySummary] = []
        self._more = False
        self._page = page_size
        self._tz: tzinfo | None = None
        self._kind_names = {
            EntryKind.TRIGGER: self.tr("Moment"),
            EntryKind.EXPERIMENT: self.tr("Experiment"),
            EntryKind.NARRATIVE: self.tr("Narrative"),
        }
        self._status_names = {"planned": self.tr("Planned"), "done": self.tr("Done"),
                              "skipped": self.tr("Skipped")}
        self._headers = (self.tr("Kind"), self.tr("When"), self.tr("Intensity"),
                         self.tr("What happened"))

    # ------------------------------------------------------------------ source
    def set_source(self, fetch: Fetch | None, tz: tzinfo | None = None) -> None:
        """``fetch`` is ``repository.list_entries``; None empties the model."""
        self._fetch = fetch
        self._tz = tz
        self.reload()

    def set_filter(self, flt: JournalFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def filter(self) -> JournalFilter:
        return self._filter

    def reload(self, keep_loaded: bool = False) -> None:
        """Read the first page again (or as many rows as were loaded)."""
        limit = max(self._page, len(self._rows)) if keep_loaded else self._page
        self.beginResetModel()
        self._rows = []
        self._more = False
        if self._fetch is not None:
            rows = self._fetch(self._filter, limit=limit, after=None)
            self._rows = list(rows)
            self._more = len(rows) == limit
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and the source (after locking)."""
        self.beginResetModel()
        self._fetch = None
        self._filter = JournalFilter()
        self._rows = []
        self._more = False
        self.endResetModel()

    # ------------------------------------------------------------------ lazy fetch
    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        after = self._rows[-1].key if self._rows else None
        rows = self._fetch(self._filter, limit=self._page, after=after)
        self._more = len(rows) == self._page
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # ------------------------------------------------------------------ access
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def summary(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, kind: EntryKind, entry_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows)
                     if r.kind == kind and r.id == entry_id), None)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def kind_name(self, kind: EntryKind) -> str:
        return self._kind_names[kind]

    def date_text(self, entry: EntrySummary) -> str:
        return format_when(entry.at, self._tz, self.tr("ddd d MMM yyyy, HH:mm",
                                                       "date pattern of the journal list"))

    def chip_text(self, entry: EntrySummary) -> str:
        if entry.kind is EntryKind.NARRATIVE:
            words = int(entry.detail or 0)
            return self.tr("%n words", "", words)
        if entry.intensity is None:
            return self._status_names.get(entry.detail, "")
        if entry.intensity_after is not None:
            return f"{entry.intensity} → {entry.intensity_after}"
        return str(entry.intensity)

    def line_text(self, entry: EntrySummary) -> str:
        if entry.snippet:
            return strip_marks(entry.snippet)
        if entry.first_line:
            return entry.first_line
        if entry.kind is EntryKind.TRIGGER:
            return self.tr("(intensity only)")
        return ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        entry = self.summary(index.row()) if index.isValid() else None
        if entry is None:
            return None
        col = index.column()
        if role == SUMMARY_ROLE:
            return entry
        if role == SNIPPET_ROLE:
            return entry.snippet
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.KIND:
                return self._kind_names[entry.kind]
            if col == self.DATE:
                return self.date_text(entry)
            if col == self.INTENSITY:
                return self.chip_text(entry)
            return self.line_text(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in (self._kind_names[entry.kind], self.date_text(entry),
                                         self.chip_text(entry), self.line_text(entry)) if p)
        return None
