"""Shown until the path is started: what the path is, and a start date (default today)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.path import MAX_START_AHEAD, MAX_START_BEHIND
from securebase.ui import style
from securebase.ui.today.timeline import StepTimeline


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class StartPanel(QWidget):
    startRequested = Signal(object)  # a datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPathPanel")
        self.heading = QLabel(self.tr("Begin your fifty-day path"))
        self.heading.setObjectName("startHeading")
        style.make_heading(self.heading, 1.6)
        self.intro = QLabel()
        self.intro.setObjectName("startIntro")
        self.intro.setWordWrap(True)
        self.intro.setMaximumWidth(760)
        self.timeline = StepTimeline()

        card = QFrame()
        card.setProperty("todayCard", True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("startDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Start date"))
        date_label = QLabel(self.tr("&Start on"))
        date_label.setBuddy(self.date_edit)
        self.start_button = QPushButton(self.tr("Start the path"))
        self.start_button.setObjectName("startPathButton")
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start the path"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(
            lambda: self.startRequested.emit(from_qdate(self.date_edit.date())))
        note = QLabel(self.tr("Today is a fine day to begin. You can also pick a day in "
                              "the coming weeks, or an earlier day if you have already "
                              "started on paper."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        row.addSpacing(12)
        row.addWidget(self.start_button)
        row.addStretch(1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.setSpacing(10)
        inner.addLayout(row)
        inner.addWidget(note)
        card.setMinimumWidth(520)
        card.setMaximumWidth(680)

        self.points_box = QVBoxLayout()
        self.points_box.setSpacing(6)
        self.help_slot = QHBoxLayout()  # the tab puts its "Need help now?" button here
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addLayout(self.help_slot)
        lower = QHBoxLayout()
        lower.setSpacing(24)
        lower.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        lower.addLayout(self.points_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.timeline)
        layout.addLayout(lower)
        layout.addStretch(1)
        self.points: list[QLabel] = []

    def prepare(self, today: date, intro: str, titles: dict[int, str],
                points: tuple[str, ...] = ()) -> None:
        self.intro.setText(intro)
        if not self.points:  # general words, not private: built once
            for text in points:
                label = QLabel("•  " + text)
                label.setObjectName("startPoint")
                label.setWordWrap(True)
                self.points_box.addWidget(label)
                self.points.append(label)
            safety = QLabel(self.tr("SecureBase is a self-help companion, not therapy. If an "
                                    "exercise brings up too much, stop; F1 opens help at "
                                    "any time."))
            safety.setObjectName("startSafetyNote")
            safety.setWordWrap(True)
            safety.setProperty("role", "muted")
            self.points_box.addSpacing(6)
            self.points_box.addWidget(safety)
            self.points_box.addStretch(1)
        self.timeline.set_position(0, titles)
        self.date_edit.setDateRange(to_qdate(today - MAX_START_BEHIND + timedelta(days=1)),
                                    to_qdate(today + MAX_START_AHEAD))
        self.date_edit.setDate(to_qdate(today))

    def clear(self) -> None:
        self.intro.clear()
        self.timeline.clear()
