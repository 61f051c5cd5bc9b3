"""The start page: what the inventory is, how long it honestly takes, and the way in
(start, resume where you stopped, or start over)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.assessment import Take, time_estimate
from securebase.domain.instrument import Instrument
from securebase.ui import style


def minutes_text(widget: QWidget, low: int, high: int) -> str:
    if high <= 1:
        return QCoreApplication.translate("IntroPage", "About a minute")
    if low == high:
        return QCoreApplication.translate("IntroPage", "About {n} minutes").format(n=high)
    return QCoreApplication.translate("IntroPage", "About {low}–{high} minutes").format(
        low=low, high=high)


class IntroPage(QWidget):
    startRequested = Signal(int)   # index of the chosen instrument
    resumeRequested = Signal()
    startOverRequested = Signal()
    resultRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentIntro")
        self._instruments: list[Instrument] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.PAGE_MARGIN * 2, style.PAGE_MARGIN * 2,
                                  style.PAGE_MARGIN * 2, style.PAGE_MARGIN)
        layout.setSpacing(style.SPACING)

        self.heading = style.make_heading(QLabel(self.tr("How closeness and distance feel for you")), 1.6)
        self.heading.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.time_label = QLabel()
        self.time_label.setObjectName("assessmentTimeEstimate")
        self.time_label.setFont(style.scaled_font(self.time_label, 1.05, bold=True))
        self.keys_hint = QLabel(self.tr(
            "Keyboard: press 1–7 to answer, ← and → to move back and forward, S to skip. "
            "Answers are saved as you go, so you can stop and come back any time."))
        self.keys_hint.setWordWrap(True)
        style.set_muted(self.keys_hint)
        self.not_diagnosis = QLabel(self.tr(
            "This is a tool for self-reflection, not a diagnosis. Your answers stay in your "
            "encrypted vault on this computer."))
        self.not_diagnosis.setWordWrap(True)
        style.set_muted(self.not_diagnosis)

        self.chooser_label = QLabel(self.tr("Inventory:"))
        self.chooser = QComboBox()
        self.chooser.setObjectName("assessmentInstrumentChooser")
        self.chooser.setAccessibleName(self.tr("Inventory"))
        self.chooser.currentIndexChanged.connect(self._describe)
        self.chooser_label.setBuddy(self.chooser)
        chooser_row = QHBoxLayout()
        chooser_row.addWidget(self.chooser_label)
        chooser_row.addWidget(self.chooser, 1)

        self.resume_note = QLabel()
        self.resume_note.setObjectName("assessmentResumeNote")
        self.resume_note.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("assessmentStartButton")
        self.start_button.setAccessibleName(self.tr("Start the inventory"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start_clicked)
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setObjectName("assessmentResumeButton")
        self.resume_button.setAccessibleName(self.tr("Resume where you stopped"))
        self.resume_button.clicked.connect(self.resumeRequested)
        self.over_button = QPushButton(self.tr("Start &over"))
        self.over_button.setObjectName("assessmentStartOverButton")
        self.over_button.setAccessibleName(self.tr("Start over and discard the unfinished answers"))
        self.over_button.clicked.connect(self.startOverRequested)
        self.result_button = QPushButton(self.tr("See your &latest result"))
        self.result_button.setObjectName("assessmentShowResultButton")
        self.result_button.setAccessibleName(self.tr("See your latest result"))
        self.result_button.clicked.connect(self.resultRequested)
        buttons = QHBoxLayout()
        for b in (self.start_button, self.resume_button, self.over_button, self.result_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.retake_note = QLabel()
        self.retake_note.setWordWrap(True)
        style.set_muted(self.retake_note)
        self.problems = QLabel()
        self.problems.setObjectName("assessmentInstrumentProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        style.set_muted(self.problems)

        for w in (self.heading, self.description, self.instructions, self.time_label,
                  self.keys_hint, self.not_diagnosis):
            w.setMaximumWidth(760)
            layout.addWidget(w)
        layout.addLayout(chooser_row)
        layout.addSpacing(style.SPACING)
        layout.addWidget(self.resume_note)
        layout.addLayout(buttons)
        layout.addWidget(self.retake_note)
        layout.addStretch(1)
        layout.addWidget(self.problems)

    # ------------------------------------------------------------------ filling
    def set_instruments(self, instruments: list[Instrument], problems: list[str]) -> None:
        self._instruments = list(instruments)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for ins in instruments:
            self.chooser.addItem(ins.title)
        self.chooser.blockSignals(False)
        several = len(instruments) > 1
        self.chooser.setVisible(several)
        self.chooser_label.setVisible(several)
        self.problems.setText(
            self.tr("Some inventory files could not be used:") + "\n" + "\n".join(problems)
            if problems else "")
        self.problems.setVisible(bool(problems))
        self._describe()

    def current_index(self) -> int:
        return max(0, self.chooser.currentIndex())

    def _describe(self) -> None:
        if not self._instruments:
            return
        ins = self._instruments[self.current_index()]
        self.description.setText(ins.description)
        self.instructions.setText(ins.instructions)
        low, high = time_estimate(ins)
        self.time_label.setText(self.tr("{count} sentences · {time}").format(
            count=len(ins.items), time=minutes_text(self, low, high).lower()))

    def set_state(self, in_progress: Take | None, instrument: Instrument | None,
                  has_result: bool, retake_note: str) -> None:
        resuming = in_progress is not None and instrument is not None
        if resuming:
            total = len(instrument.items)
            reached = sum(1 for i in instrument.items if i.id in in_progress.answers)
            if reached < total:
                low, high = time_estimate(instrument, total - reached)
                self.resume_note.setText(self.tr(
                    "You have answered {done} of {total} sentences so far. {time} left.").format(
                    done=reached, total=total, time=minutes_text(self, low, high)))
            else:
                open_ = sum(1 for i in instrument.items if in_progress.answers.get(i.id) is None)
                self.resume_note.setText(self.tr(
                    "You have been through all {total} sentences; {open} still have no answer. "
                    "Resume to answer some of them or to see your result.").format(
                    total=total, open=open_))
        self.resume_note.setVisible(resuming)
        self.resume_button.setVisible(resuming)
        self.over_button.setVisible(resuming)
        self.start_button.setVisible(not resuming)
        self.chooser.setEnabled(not resuming)
        self.result_button.setVisible(has_result)
        self.start_button.setText(self.tr("&Retake") if has_result else self.tr("&Start"))
        self.retake_note.setText(retake_note if has_result else "")
        self.retake_note.setVisible(has_result)
        (self.resume_button if resuming else self.start_button).setDefault(True)

    def _start_clicked(self) -> None:
        self.startRequested.emit(self.current_index())

    def clear(self) -> None:
        self.resume_note.clear()
        self.retake_note.clear()
