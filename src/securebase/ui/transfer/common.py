"""Pieces shared by the export, import and backup dialogs: a progress relay that a
worker thread may call, sizes and dates for people, and the dialogs' frame."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from securebase.ui import style
from securebase.ui.passphrase_widgets import BusyIndicator, MessageLine, heading, paragraph
from securebase.ui.workers import TaskDialog


class Progress(QObject):
    """Lives on the UI thread; ``report`` may be called from the worker thread. Qt
    queues the signals across threads, so the slots always run on the UI thread."""

    stepped = Signal(str)
    counted = Signal(int, int)  # done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def step(self, text: str) -> None:
        self.stepped.emit(text)

    def count(self, done: int, total: int) -> None:
        self.counted.emit(done, total)


def human_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


def human_time(when: datetime) -> str:
    """'24 Nov 2026, 18:34' in the user's language (month names and time format)."""
    locale = QLocale()
    return QCoreApplication.translate("transfer", "{date}, {time}").format(
        date=locale.toString(when.date(), "d MMM yyyy"),
        time=locale.toString(when.time(), QLocale.FormatType.ShortFormat))


class TransferDialog(TaskDialog):
    """A heading, an introduction, the dialog's own body, a busy line with an optional
    progress bar and a message line, in that order."""

    def __init__(self, object_name: str, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.progress = Progress(self)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(*style.DIALOG_MARGINS)
        self.outer.setSpacing(12)
        self.outer.addWidget(heading(title, self))
        self.intro = paragraph(intro, self)
        self.outer.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.outer.addLayout(self.body)
        self.busy_indicator = BusyIndicator(self)
        self.outer.addWidget(self.busy_indicator)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("transferProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        self.outer.addWidget(self.bar)
        self.message = MessageLine("messageLabel", self)
        self.outer.addWidget(self.message)
        self.progress.stepped.connect(self.busy_indicator.label.setText)
        self.progress.counted.connect(self._counted)

    def add_buttons(self, buttons: QWidget, *, body_grows: bool = False) -> None:
        """The dialog's buttons, at the bottom whatever its height; extra height goes to
        the body (a table) or to empty space above the buttons."""
        if body_grows:
            self.outer.setStretchFactor(self.body, 1)
        else:
            self.outer.addStretch(1)
        self.outer.addWidget(buttons)

    def _counted(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("%v of %m"))
        self.bar.setVisible(total > 0)

    def start_work(self, text: str, job, on_success, on_failure, discard=None) -> None:
        self.message.clear_message()
        self.busy_indicator.start(text)
        self.run(job, on_success=on_success, on_failure=on_failure, discard=discard)

    def set_busy(self, busy: bool) -> None:
        if not busy:
            self.busy_indicator.stop()
            self.bar.hide()

    def say(self, text: str) -> None:
        self.message.say(text)

    @staticmethod
    def note(text: str, parent: QWidget) -> QWidget:
        label = paragraph(text, parent, small=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
