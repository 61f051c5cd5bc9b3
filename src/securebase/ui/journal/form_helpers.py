"""Helpers shared by the entry forms: date-time boxes, wiping text, marking matches."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from securebase.ui import style
from securebase.ui.journal.widgets import SAND


def make_datetime_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setDisplayFormat("yyyy-MM-dd  HH:mm")
    return edit


def set_edit_time(edit: QDateTimeEdit, when: datetime) -> None:
    edit.setDateTime(QDateTime(QDate(when.year, when.month, when.day),
                               QTime(when.hour, when.minute, when.second)))


def edit_time(edit: QDateTimeEdit, tz: tzinfo | None) -> datetime:
    """The chosen wall-clock time in ``tz`` (the time zone the entry was written in)."""
    d, t = edit.date(), edit.time()
    naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def wipe_line(edit: QLineEdit) -> None:
    """Empty a line edit without leaving the old text in its undo history."""
    edit.setText("")


def wipe_combo(combo: QComboBox) -> None:
    if combo.isEditable() and combo.lineEdit() is not None:
        wipe_line(combo.lineEdit())


def wipe_widgets(root: QWidget) -> None:
    """Empty every text box under ``root`` (QPlainTextEdit.clear drops its undo history)."""
    for edit in root.findChildren(QLineEdit):
        if not isinstance(edit.parentWidget(), QAbstractSpinBox):  # numbers and dates
            wipe_line(edit)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setExtraSelections([])
        edit.clear()
    for edit in root.findChildren(QTextEdit):
        edit.clear()


def mark_matches(edit: QPlainTextEdit, query: str) -> int:
    """Give every occurrence of the query's words a soft background; returns how many."""
    words = sorted({w for w in query.split() if w}, key=len, reverse=True)
    selections = []
    fmt = QTextCharFormat()
    base = edit.palette().color(QPalette.ColorRole.Base)
    fmt.setBackground(style.blend(base, SAND, 0.75))
    fmt.setForeground(QColor(0, 0, 0))
    doc = edit.document()
    for word in words:
        cursor = QTextCursor(doc)
        while True:
            cursor = doc.find(word, cursor, QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
            if len(selections) > 500:
                break
    edit.setExtraSelections(selections)
    return len(selections)


def error_label() -> QLabel:
    """An inline message for a form ('That text is longer than 1 MB…')."""
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName(QCoreApplication.translate("FormHelpers", "Problem with this entry"))
    pal = label.palette()
    text = pal.color(QPalette.ColorRole.WindowText)
    pal.setColor(QPalette.ColorRole.WindowText, style.blend(QColor(170, 70, 40), text, 0.15))
    label.setPalette(pal)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
