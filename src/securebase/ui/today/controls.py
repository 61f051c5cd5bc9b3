"""Progress without guilt (days practised, a gentle streak) and the quiet footer with
the path's settings (pause, restart, when a day ends, an optional reminder)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.path import MAX_DAY_END_HOUR, PracticeSummary
from securebase.ui import style
from securebase.ui.i18n import join_sentences

DEFAULT_REMINDER = time(19, 0)


def hour_label(hour: int) -> str:
    if hour == 0:
        return QCoreApplication.translate("PathFooter", "midnight")
    if hour == 12:
        return QCoreApplication.translate("PathFooter", "noon")
    return QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)


class ProgressSummary(QWidget):
    """Days practised and the gentle streak, right under "Need help now?"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressSummary")
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.practised = QLabel()
        self.practised.setObjectName("daysPractisedLabel")
        self.practised.setFont(style.scaled_font(self.practised, 1.05, bold=True))
        self.streak = QLabel()
        self.streak.setObjectName("streakLabel")
        self.grace = QLabel()
        self.grace.setObjectName("graceLabel")
        self.grace.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        for label in (self.practised, self.streak, self.grace):
            label.setAlignment(right)
            layout.addWidget(label, 0, right)

    def show_summary(self, summary: PracticeSummary) -> None:
        n, streak, rest = summary.days_practised, summary.streak, summary.rest_days_used
        if n == 0:
            practised = self.tr("Your first practice day is still ahead")
        elif n == 1:
            practised = self.tr("Practised on 1 day so far")
        else:
            practised = self.tr("Practised on %1 days so far").replace("%1", str(n))
        if streak == 0:
            streak_text = self.tr("A new streak can start any day")
        elif streak == 1:
            streak_text = self.tr("Gentle streak: 1 day")
        else:
            streak_text = self.tr("Gentle streak: %1 days").replace("%1", str(streak))
        if rest == 1:
            grace = self.tr("With 1 rest day: one in any seven is fine.")
        elif rest > 1:
            grace = self.tr("With %1 rest days: one in any seven is fine.").replace("%1", str(rest))
        else:
            grace = self.tr("One rest day in any seven is fine.")
        self.practised.setText(practised)
        self.streak.setText(streak_text)
        self.grace.setText(grace)
        self.setToolTip(self.tr("A missed day is a rest day. One rest day in any seven days "
                                "keeps a streak going, paused days do not count, and a day "
                                "only ends at the hour you choose."))
        self.setAccessibleName(join_sentences((practised, streak_text, grace)))

    def clear(self) -> None:
        for label in (self.practised, self.streak, self.grace):
            label.clear()
        self.setAccessibleName("")


class PathFooter(QFrame):
    pauseRequested = Signal()
    resumeRequested = Signal()
    restartRequested = Signal()
    dayEndChanged = Signal(int)
    reminderChanged = Signal(object)  # datetime.time or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayFooter")

        self.pause_button = QPushButton(self.tr("&Pause the path"))
        self.pause_button.setObjectName("pausePathButton")
        self.pause_button.clicked.connect(self._pause_clicked)
        self.restart_button = QPushButton(self.tr("&Restart…"))
        self.restart_button.setObjectName("restartPathButton")
        self.restart_button.setAccessibleName(self.tr("Restart the path"))
        self.restart_button.clicked.connect(self.restartRequested)
        self.day_end = QComboBox()
        self.day_end.setObjectName("dayEndCombo")
        self.day_end.setAccessibleName(self.tr("A day ends at"))
        for hour in range(MAX_DAY_END_HOUR + 1):
            self.day_end.addItem(hour_label(hour), hour)
        self.day_end.setToolTip(self.tr("Anything you log before this hour counts for the "
                                        "day before, so late nights are not lost."))
        self.day_end.activated.connect(
            lambda index: self.dayEndChanged.emit(int(self.day_end.itemData(index))))
        day_end_label = QLabel(self.tr("A &day ends at"))
        day_end_label.setBuddy(self.day_end)
        self.remind = QCheckBox(self.tr("Remind &me at"))
        self.remind.setObjectName("reminderCheck")
        self.remind.setToolTip(self.tr("A gentle notification while SecureBase is open. "
                                       "It never shows anything you wrote."))
        self.remind_time = QTimeEdit()
        self.remind_time.setObjectName("reminderTime")
        self.remind_time.setAccessibleName(self.tr("Reminder time"))
        self.remind_time.setTime(QTime(DEFAULT_REMINDER.hour, DEFAULT_REMINDER.minute))
        self.remind.toggled.connect(self._reminder_edited)
        self.remind_time.editingFinished.connect(self._reminder_edited)

        intro = QLabel(self.tr("Your path, your pace. Pausing keeps your place; paused "
                               "days do not count."))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(10)
        layout.addWidget(intro, 1)
        layout.addSpacing(12)
        layout.addWidget(day_end_label)
        layout.addWidget(self.day_end)
        layout.addSpacing(12)
        layout.addWidget(self.remind)
        layout.addWidget(self.remind_time)
        layout.addSpacing(12)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.restart_button)
        self._paused = False

    # ------------------------------------------------------------------ showing
    def show_settings(self, *, paused: bool, can_pause: bool, day_end_hour: int,
                      reminder: time | None) -> None:
        self._paused = paused
        self.pause_button.setText(self.tr("Res&ume the path") if paused
                                  else self.tr("&Pause the path"))
        self.pause_button.setAccessibleName(self.pause_button.text().replace("&", ""))
        self.pause_button.setEnabled(paused or can_pause)
        self.pause_button.setProperty("role", "primary" if paused else "")
        self.pause_button.style().unpolish(self.pause_button)
        self.pause_button.style().polish(self.pause_button)
        blocked = [w.blockSignals(True) for w in (self.day_end, self.remind, self.remind_time)]
        self.day_end.setCurrentIndex(self.day_end.findData(day_end_hour))
        self.remind.setChecked(reminder is not None)
        if reminder is not None:
            self.remind_time.setTime(QTime(reminder.hour, reminder.minute))
        self.remind_time.setEnabled(reminder is not None)
        for w, was in zip((self.day_end, self.remind, self.remind_time), blocked, strict=True):
            w.blockSignals(was)

    # ------------------------------------------------------------------ editing
    def _pause_clicked(self) -> None:
        (self.resumeRequested if self._paused else self.pauseRequested).emit()

    def _reminder_edited(self, *_args) -> None:
        self.remind_time.setEnabled(self.remind.isChecked())
        if self.remind.isChecked():
            t = self.remind_time.time()
            self.reminderChanged.emit(time(t.hour(), t.minute()))
        else:
            self.reminderChanged.emit(None)
