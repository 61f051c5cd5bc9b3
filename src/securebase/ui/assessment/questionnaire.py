"""The questionnaire: one sentence at a time, seven answer buttons, back and forward,
skip, progress and an honest estimate of the time left.

Keys: 1-7 answer (and move on), ← / Backspace back, → forward (once answered or
skipped), S skip, Enter on the last page finishes. Every answer goes straight to
``save(item_id, value)`` (None is a deliberate skip) so nothing is lost if the
window closes; this page never touches the vault itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.assessment import missing_by_dimension, scoring_problem, time_estimate
from securebase.domain.instrument import Instrument
from securebase.ui import style
from securebase.ui.assessment.intro_page import minutes_text

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class QuestionnairePage(QWidget):
    finishRequested = Signal()     # from the review page
    laterRequested = Signal()      # "finish later": back to the start page
    answerFailed = Signal(object)  # the exception from save()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentQuestionnaire")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.instrument: Instrument | None = None
        self.answers: dict[str, int | None] = {}
        self.index = 0
        self._save: Callable[[str, int | None], None] | None = None

        self.progress_label = QLabel()
        self.progress_label.setObjectName("assessmentProgressLabel")
        self.time_left = QLabel()
        self.time_left.setObjectName("assessmentTimeLeft")
        style.set_muted(self.time_left)
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.time_left)
        self.progress = QProgressBar()
        self.progress.setObjectName("assessmentProgress")
        self.progress.setAccessibleName(self.tr("Progress through the inventory"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_item_page())
        self.pages.addWidget(self._build_review_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.PAGE_MARGIN * 2, style.PAGE_MARGIN * 2,
                                  style.PAGE_MARGIN * 2, style.PAGE_MARGIN)
        layout.setSpacing(style.SPACING)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addSpacing(style.SPACING * 2)
        layout.addWidget(self.pages, 1)

    # ------------------------------------------------------------------ building
    def _build_item_page(self) -> QWidget:
        page = QWidget()
        self.item_text = QLabel()
        self.item_text.setObjectName("assessmentItemText")
        self.item_text.setWordWrap(True)
        self.item_text.setTextFormat(Qt.TextFormat.PlainText)
        self.item_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.item_text.setFont(style.scaled_font(self.item_text, 1.45))
        self.item_text.setMinimumHeight(110)
        self.item_text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.state_note = QLabel()
        self.state_note.setObjectName("assessmentItemState")
        self.state_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_muted(self.state_note)

        self.answer_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(6)
        for value in range(1, 8):
            button = QPushButton(str(value))  # the scale's words are added by start()
            button.setObjectName(f"assessmentAnswer{value}")
            button.setCheckable(True)
            button.setMinimumSize(92, 74)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            button.installEventFilter(self)
            row.addWidget(button)
            self.answer_buttons.append(button)
        self.ends = QHBoxLayout()
        self.low_end = QLabel()
        self.high_end = QLabel()
        for w in (self.low_end, self.high_end):
            style.set_muted(w)
        self.ends.addWidget(self.low_end)
        self.ends.addStretch(1)
        self.ends.addWidget(self.high_end)

        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setObjectName("assessmentBackButton")
        self.back_button.setAccessibleName(self.tr("Back to the previous sentence"))
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("assessmentSkipButton")
        self.skip_button.setAccessibleName(self.tr("Skip this sentence"))
        self.skip_button.setToolTip(self.tr("S. Up to two sentences of each kind can be "
                                            "skipped and still give a result."))
        self.skip_button.clicked.connect(self.skip)
        self.forward_button = QPushButton(self.tr("Forward →"))
        self.forward_button.setObjectName("assessmentForwardButton")
        self.forward_button.setAccessibleName(self.tr("Forward to the next sentence"))
        self.forward_button.clicked.connect(self.forward)
        self.later_button = QPushButton(self.tr("Finish later"))
        self.later_button.setObjectName("assessmentLaterButton")
        self.later_button.setAccessibleName(self.tr("Stop now and finish later"))
        self.later_button.setToolTip(self.tr("Your answers so far are already saved."))
        self.later_button.clicked.connect(self.laterRequested)
        nav = QHBoxLayout()
        for b in (self.back_button, self.skip_button, self.forward_button):
            b.installEventFilter(self)
            nav.addWidget(b)
        nav.addStretch(1)
        self.later_button.installEventFilter(self)
        nav.addWidget(self.later_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.item_text)
        layout.addWidget(self.state_note)
        layout.addSpacing(style.SPACING * 2)
        layout.addLayout(row)
        layout.addLayout(self.ends)
        layout.addStretch(2)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(nav)
        return page

    def _build_review_page(self) -> QWidget:
        page = QWidget()
        self.review_heading = style.make_heading(QLabel(self.tr("That was the last sentence")), 1.4)
        self.review_text = QLabel()
        self.review_text.setObjectName("assessmentReviewText")
        self.review_text.setWordWrap(True)
        self.review_note = QLabel(self.tr(
            "The result describes how your answers lean at this moment. It is a starting "
            "point for the path, not a verdict on who you are."))
        self.review_note.setWordWrap(True)
        style.set_muted(self.review_note)
        self.review_problem = QLabel()
        self.review_problem.setObjectName("assessmentReviewProblem")
        self.review_problem.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("See my &result"))
        self.finish_button.setObjectName("assessmentFinishButton")
        self.finish_button.setAccessibleName(self.tr("Finish and see the result"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finishRequested)
        self.first_open_button = QPushButton(self.tr("Go to the first &unanswered sentence"))
        self.first_open_button.setObjectName("assessmentFirstOpenButton")
        self.first_open_button.setAccessibleName(self.tr("Go to the first unanswered sentence"))
        self.first_open_button.clicked.connect(self.go_to_first_open)
        self.review_back = QPushButton(self.tr("← Back"))
        self.review_back.setObjectName("assessmentReviewBackButton")
        self.review_back.setAccessibleName(self.tr("Back to the last sentence"))
        self.review_back.clicked.connect(self.back)
        row = QHBoxLayout()
        for b in (self.review_back, self.first_open_button, self.finish_button):
            b.installEventFilter(self)
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        for w in (self.review_heading, self.review_text, self.review_problem, self.review_note):
            w.setMaximumWidth(720)
            layout.addWidget(w)
        layout.addSpacing(style.SPACING)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # ------------------------------------------------------------------ state
    def start(self, instrument: Instrument, answers: dict[str, int | None],
              save: Callable[[str, int | None], None], index: int | None = None) -> None:
        """Show ``instrument`` with the answers saved so far, at ``index`` (default: the
        first sentence not reached yet, or the review page if all were)."""
        self.instrument = instrument
        self.answers = dict(answers)
        self._save = save
        labels = instrument.scale_labels
        for value, button in enumerate(self.answer_buttons, start=1):
            button.setText(f"{value}\n{labels[value - 1]}")
            button.setAccessibleName(self.tr("{value}: {label}").format(
                value=value, label=labels[value - 1]))
        self.low_end.setText(self.tr("1 = {label}").format(label=labels[0]))
        self.high_end.setText(self.tr("7 = {label}").format(label=labels[-1]))
        if index is None:
            reached = [n for n, i in enumerate(instrument.items) if i.id not in self.answers]
            index = reached[0] if reached else len(instrument.items)
        self.show_index(index)
        self.setFocus()

    @property
    def total(self) -> int:
        return len(self.instrument.items) if self.instrument else 0

    @property
    def on_review(self) -> bool:
        return self.index >= self.total

    def show_index(self, index: int) -> None:
        if self.instrument is None:
            return
        self.index = max(0, min(index, self.total))
        reached = sum(1 for i in self.instrument.items if i.id in self.answers)
        self.progress.setRange(0, self.total)
        self.progress.setValue(reached)
        low, high = time_estimate(self.instrument, self.total - reached)
        self.time_left.setText(self.tr("{time} left").format(time=minutes_text(self, low, high))
                               if reached < self.total else self.tr("All sentences reached"))
        if self.on_review:
            self.progress_label.setText(self.tr("Review"))
            self._fill_review()
            self.pages.setCurrentIndex(1)
            self.setFocus()  # Enter finishes (or finds the first open sentence)
            return
        self.pages.setCurrentIndex(0)
        item = self.instrument.items[self.index]
        self.progress_label.setText(self.tr("Sentence {n} of {total}").format(
            n=self.index + 1, total=self.total))
        self.item_text.setText(item.text)
        self.item_text.setAccessibleName(item.text)
        current = self.answers.get(item.id, 0)
        for value, button in enumerate(self.answer_buttons, start=1):
            button.setChecked(value == current)
        skipped = item.id in self.answers and self.answers[item.id] is None
        self.state_note.setText(self.tr("You skipped this one. Choose an answer, or move on.")
                                if skipped else "")
        self.back_button.setEnabled(self.index > 0)
        self.forward_button.setEnabled(item.id in self.answers)

    def _fill_review(self) -> None:
        ins = self.instrument
        unanswered = sum(1 for i in ins.items if self.answers.get(i.id) is None)
        if unanswered == 0:
            self.review_text.setText(self.tr("You answered all {total} sentences.").format(
                total=self.total))
        else:
            self.review_text.setText(self.tr(
                "You answered {done} of {total} sentences; {open} have no answer and count as "
                "skipped.").format(done=self.total - unanswered, total=self.total, open=unanswered))
        problem = scoring_problem(ins, self.answers)
        if problem is None:
            self.review_problem.setText("")
        else:
            missing = missing_by_dimension(ins, self.answers)
            allowed = ins.max_skipped_per_dimension
            parts = []
            if missing["anxiety"] > allowed:
                parts.append(self.tr("{n} of the sentences about worry in closeness have no "
                                     "answer").format(n=missing["anxiety"]))
            if missing["avoidance"] > allowed:
                parts.append(self.tr("{n} of the sentences about keeping distance have no "
                                     "answer").format(n=missing["avoidance"]))
            self.review_problem.setText(self.tr(
                "There is no result yet, because {reasons}. A result needs all but at most "
                "{allowed} of each kind. Answering a few more will give one.").format(
                reasons=self.tr(" and ").join(parts), allowed=allowed))
        self.finish_button.setEnabled(problem is None)
        self.first_open_button.setVisible(unanswered > 0)
        (self.finish_button if problem is None else self.first_open_button).setDefault(True)

    # ------------------------------------------------------------------ actions
    def _record(self, value: int | None) -> bool:
        item = self.instrument.items[self.index]
        try:
            self._save(item.id, value)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence by the tab
            self.answerFailed.emit(exc)
            return False
        self.answers[item.id] = value
        return True

    def answer(self, value: int) -> None:
        if self.instrument is None or self.on_review or not 1 <= value <= 7:
            return
        if self._record(value):
            self.show_index(self.index + 1)
        else:
            self.show_index(self.index)

    def skip(self) -> None:
        if self.instrument is None or self.on_review:
            return
        if self._record(None):
            self.show_index(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.show_index(self.index - 1)

    def forward(self) -> None:
        if self.instrument is None or self.on_review:
            return
        if self.instrument.items[self.index].id in self.answers:
            self.show_index(self.index + 1)

    def go_to_first_open(self) -> None:
        for n, item in enumerate(self.instrument.items):
            if self.answers.get(item.id) is None:
                self.show_index(n)
                return

    def clear(self) -> None:
        self.instrument = None
        self.answers = {}
        self._save = None
        self.index = 0
        for w in (self.item_text, self.state_note, self.review_text, self.review_problem,
                  self.progress_label, self.time_left):
            w.clear()
        self.item_text.setAccessibleName("")
        for button in self.answer_buttons:
            button.setChecked(False)

    # ------------------------------------------------------------------ keys
    def handle_key(self, event: QKeyEvent) -> bool:
        if self.instrument is None:
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier,):
            return False
        if key in DIGITS and not self.on_review:
            if DIGITS[key] <= 7:
                self.answer(DIGITS[key])
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.back()
            return True
        if key == Qt.Key.Key_Right:
            self.forward()
            return True
        if key == Qt.Key.Key_S and not self.on_review:
            self.skip()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.on_review:
            if self.finish_button.isEnabled():
                self.finishRequested.emit()
            else:
                self.go_to_first_open()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Buttons would use arrows to move focus and Enter to click themselves; here the
        # keys mean the same wherever the focus is on this page.
        if event.type() == QEvent.Type.KeyPress and event.key() not in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.handle_key(event):
            return True
        return super().eventFilter(obj, event)
