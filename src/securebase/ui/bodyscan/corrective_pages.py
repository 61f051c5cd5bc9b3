"""The two corrective timers: "Pause before reaching out" and "Stay one more minute".

Each page goes intro → timer → closing question → a kind word, and records the outcome
(a practice session, and also a corrective experiment when the journal offers them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.domain import corrective_timers as ct
from securebase.domain.practice import PracticeKind, PracticeSession, ReachOutChoice
from securebase.domain.session_timer import TimerState, countdown_text
from securebase.ui import style
from securebase.ui.bodyscan import content
from securebase.ui.bodyscan.breathing_page import phase_label
from securebase.ui.bodyscan.controls import (
    RatingRow,
    centred,
    heading,
    muted,
    paragraph,
    scrolled,
)
from securebase.ui.bodyscan.experiment_link import also_as_experiment
from securebase.ui.bodyscan.figures import BreathCircle, TimeRing
from securebase.ui.bodyscan.page import Host, PracticePage


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setMinimumWidth(110)
    button.clicked.connect(slot)
    return button


def _row(*widgets: QWidget, centre: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    if centre:
        row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


class _CorrectivePage(PracticePage):
    """Shared flow; subclasses build the screens and the domain timer."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.text = content.load("timers.toml")
        self.timer: ct.PauseBeforeReachingOut | ct.StayOneMoreMinute | None = None
        self.started_at = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _page(self, body: QWidget) -> QWidget:
        page = scrolled(body)
        self.stack.addWidget(page)
        return page

    def _make_timer(self, clock):
        raise NotImplementedError

    def open(self, trigger_id: int | None = None) -> None:
        """Show the intro, ready to start. A running timer, or one waiting for its
        closing answer, is left as it is: nothing the user did is thrown away."""
        if self.is_active() or (self.timer is not None and self.timer.stage is ct.Stage.ASKING):
            return
        if self.stack.currentWidget() is not self.intro:
            self.reset()
        self.trigger_id = trigger_id
        self.start_button.setFocus()

    def start(self) -> bool:
        clock = self.host.clock
        if clock is None or self.is_active():
            return False
        self.timer = self._make_timer(clock)
        self._before_start()
        self.started_at = clock.now()
        self.timer.start()
        self.stack.setCurrentWidget(self.running)
        self.activeChanged.emit(True)
        self.tick()
        return True

    def _before_start(self) -> None:
        """Hand answers given on the intro screen to the timer."""

    def stop(self) -> None:
        if self.is_active():
            self.timer.stop()  # no change if time was already up
            self._ask()

    def tick(self) -> None:
        if self.timer is None or self.stack.currentWidget() is not self.running:
            return
        if self.timer.stage is ct.Stage.ASKING:
            self._ask()
            return
        self._show()

    def _show(self) -> None:
        raise NotImplementedError

    def _ask(self) -> None:
        self.stopped_note.setVisible(not self.timer.finished)
        self.stack.setCurrentWidget(self.asking)
        self.activeChanged.emit(False)

    def _record(self, outcome: ct.CorrectiveOutcome, note: str = "") -> None:
        session = PracticeSession(
            kind=outcome.kind, started_at=self.started_at,
            planned_seconds=outcome.planned_seconds, completed_seconds=outcome.completed_seconds,
            finished=outcome.finished, urge_before=outcome.urge_before,
            urge_after=outcome.urge_after, choice=outcome.choice, felt=outcome.felt, note=note,
            trigger_id=self.trigger_id)
        saved = self.save_record(session, self.status)
        if saved is not None:
            experiment_id = also_as_experiment(self.host.vault, saved, self)
            if experiment_id is not None:
                self.update_record(self.status, experiment_id=experiment_id)

    def is_running(self) -> bool:
        return self.timer is not None and self.timer.timer.state is TimerState.RUNNING

    def is_active(self) -> bool:
        """The timer is on screen (running, paused, or just run out and not yet handled)."""
        return self.timer is not None and self.stack.currentWidget() is self.running

    def reset(self) -> None:
        was_active = self.is_active()
        self.timer = None
        super().reset()
        self.status.clear()
        self.stack.setCurrentIndex(0)
        if was_active:
            self.activeChanged.emit(False)


class PausePage(_CorrectivePage):
    """Five minutes of paced breathing and short prompts before contacting someone."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("pauseTimerPage")
        t = self.text["pause"]
        self.prompts: list[str] = list(t["prompts"])
        # intro
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        col.addWidget(heading(t["title"]))
        col.addWidget(paragraph(t["intro"]))
        self.urge_before = RatingRow(
            self.tr("How urgent does contacting feel right now? (optional)"),
            self.tr("0 = not urgent"), self.tr("10 = as urgent as it gets"), name="urgeBefore")
        col.addWidget(self.urge_before)
        self.start_button = _button(self.tr("Start the five-minute pause"), "startPauseButton",
                                    lambda: self.start())
        col.addLayout(_row(self.start_button))
        col.addStretch(1)
        self.intro = self._page(body)
        # running
        self.running = QWidget()
        run = QVBoxLayout(self.running)
        run.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN, style.PAGE_MARGIN,
                               style.PAGE_MARGIN)
        self.circle = BreathCircle(diameter=220)
        run.addWidget(self.circle, 3)
        self.prompt = QLabel()
        self.prompt.setObjectName("pausePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setFont(style.scaled_font(self.prompt, 1.35))
        self.prompt.setMinimumHeight(70)
        run.addLayout(centred(self.prompt, 640))
        self.remaining = muted()
        self.remaining.setObjectName("pauseRemaining")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        run.addWidget(self.remaining)
        self.pause_button = _button(self.tr("Pause"), "pausePauseButton", self.toggle_pause)
        self.stop_button = _button(self.tr("End the pause now"), "stopPauseButton", self.stop)
        run.addLayout(_row(self.pause_button, self.stop_button, centre=True))
        self.stack.addWidget(self.running)
        # asking
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        col.addWidget(heading(self.tr("How urgent does contacting feel now?")))
        self.stopped_note = paragraph(t["stopped"])
        col.addWidget(self.stopped_note)
        self.urge_after = RatingRow(self.tr("Urgency now (optional)"), self.tr("0 = not urgent"),
                                    self.tr("10 = as urgent as it gets"), name="urgeAfter")
        col.addWidget(self.urge_after)
        col.addWidget(QLabel(self.tr("Both choices are fine. What would you like to do?")))
        self.reach_button = _button(self.tr("Reach out now"), "reachOutNowButton",
                                    lambda: self.choose(ReachOutChoice.REACH_OUT_NOW))
        self.wait_button = _button(self.tr("Wait a while"), "waitButton",
                                   lambda: self.choose(ReachOutChoice.WAIT))
        col.addLayout(_row(self.reach_button, self.wait_button))
        col.addStretch(1)
        self.asking = self._page(body)
        # after
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        self.after_text = paragraph()
        self.after_text.setObjectName("pauseAfterText")
        self.after_text.setFont(style.scaled_font(self.after_text, 1.15))
        col.addWidget(self.after_text)
        self.status = muted()
        self.status.setObjectName("pauseStatus")
        col.addWidget(self.status)
        col.addLayout(_row(_button(self.tr("Done"), "pauseDoneButton", self.reset)))
        col.addStretch(1)
        self.after = self._page(body)

    def _make_timer(self, clock):
        return ct.PauseBeforeReachingOut(clock)

    def _before_start(self) -> None:
        self.timer.rate_before(self.urge_before.value())

    def toggle_pause(self) -> None:
        if self.is_active() and self.timer.stage is ct.Stage.RUNNING:
            state = self.timer.toggle()
            self.pause_button.setText(self.tr("Resume") if state is TimerState.PAUSED
                                      else self.tr("Pause"))
            self.pause_button.setAccessibleName(self.pause_button.text())
            self.tick()

    def animates(self) -> bool:
        return self.is_running()

    def _show(self) -> None:
        m = self.timer.breath()
        paused = self.timer.timer.state is TimerState.PAUSED
        self.circle.set_breath(m.size, self.tr("Paused") if paused else phase_label(self, m.phase))
        self.prompt.setText(self.prompts[self.timer.prompt_index(len(self.prompts))])
        self.remaining.setText(self.tr("%1 left").replace(
            "%1", countdown_text(self.timer.timer.remaining)))

    def _ask(self) -> None:
        self.urge_after.clear()
        super()._ask()
        self.urge_after.buttons[0].setFocus()

    def choose(self, choice: ReachOutChoice) -> None:
        if self.timer is None or self.timer.stage is not ct.Stage.ASKING:
            return
        outcome = self.timer.answer(self.urge_after.value(), choice)
        t = self.text["pause"]
        self.after_text.setText(t["after_reach_out"] if choice is ReachOutChoice.REACH_OUT_NOW
                                else t["after_wait"])
        self.status.clear()
        self.stack.setCurrentWidget(self.after)
        self._record(outcome)

    def end_for_lock(self) -> None:
        """Save what there is: a pause ended by locking has no choice yet."""
        if self.timer is None or self.timer.stage in (ct.Stage.READY, ct.Stage.DONE):
            return
        self.timer.stop()
        outcome = ct.CorrectiveOutcome(
            kind=self.timer.kind, planned_seconds=self.timer.seconds,
            completed_seconds=self.timer.completed_seconds, finished=self.timer.finished,
            urge_before=self.timer.urge_before, urge_after=self.urge_after.value())
        self._record(outcome)
        self.timer = None

    def reset(self) -> None:
        self.urge_before.clear()
        self.urge_after.clear()
        self.after_text.clear()
        self.prompt.clear()
        self.pause_button.setText(self.tr("Pause"))
        super().reset()


class StayPage(_CorrectivePage):
    """A discreet sixty-second timer for staying a little longer in a hard conversation."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("stayTimerPage")
        t = self.text["stay"]
        self.grounding_lines: list[str] = list(t["grounding"])
        # intro
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        col.addWidget(heading(t["title"]))
        col.addWidget(paragraph(t["intro"]))
        self.start_button = _button(self.tr("Start the minute"), "startStayButton",
                                    lambda: self.start())
        col.addLayout(_row(self.start_button))
        col.addStretch(1)
        self.intro = self._page(body)
        # running: small and quiet
        self.running = QWidget()
        run = QVBoxLayout(self.running)
        run.addStretch(1)
        self.ring = TimeRing(diameter=120)
        run.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        run.addSpacing(style.SPACING)
        self.grounding = paragraph()
        self.grounding.setObjectName("stayGrounding")
        self.grounding.setAlignment(Qt.AlignmentFlag.AlignCenter)
        run.addLayout(centred(self.grounding, 460))
        run.addSpacing(style.SPACING)
        self.stop_button = _button(self.tr("Stop"), "stopStayButton", self.stop)
        run.addLayout(_row(self.stop_button, centre=True))
        run.addStretch(2)
        self.stack.addWidget(self.running)
        # asking
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        col.addWidget(heading(self.tr("What did staying feel like?")))
        self.stopped_note = paragraph(t["stopped"])
        col.addWidget(self.stopped_note)
        for question in t["questions"]:
            col.addWidget(muted("•  " + question))
        self.felt = QPlainTextEdit()
        self.felt.setObjectName("stayFelt")
        self.felt.setAccessibleName(self.tr("What staying felt like"))
        self.felt.setPlaceholderText(self.tr("A few words are enough (optional)"))
        self.felt.setTabChangesFocus(True)
        self.felt.setMaximumHeight(110)
        col.addWidget(self.felt)
        self.save_button = _button(self.tr("Save"), "staySaveButton", self.save_answer)
        col.addLayout(_row(self.save_button))
        col.addStretch(1)
        self.asking = self._page(body)
        # after
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        self.after_text = paragraph(t["after"])
        self.after_text.setFont(style.scaled_font(self.after_text, 1.15))
        col.addWidget(self.after_text)
        self.status = muted()
        self.status.setObjectName("stayStatus")
        col.addWidget(self.status)
        col.addLayout(_row(_button(self.tr("Done"), "stayDoneButton", self.reset)))
        col.addStretch(1)
        self.after = self._page(body)

    def _make_timer(self, clock):
        return ct.StayOneMoreMinute(clock)

    def _before_start(self) -> None:
        vault = self.host.vault
        turn = 0
        if vault is not None:
            try:
                turn = vault.practice.count(PracticeKind.STAY)
            except Exception:  # a count is only for variety; never stop the timer for it
                turn = 0
        self.grounding.setText(self.grounding_lines[turn % len(self.grounding_lines)])

    def _show(self) -> None:
        remaining = self.timer.timer.remaining
        self.ring.set_time(remaining / self.timer.seconds, countdown_text(remaining))

    def _ask(self) -> None:
        self.felt.clear()
        super()._ask()
        self.felt.setFocus()

    def save_answer(self) -> None:
        if self.timer is None or self.timer.stage is not ct.Stage.ASKING:
            return
        outcome = self.timer.answer(self.felt.toPlainText())
        self.felt.clear()
        self.status.clear()
        self.stack.setCurrentWidget(self.after)
        self._record(outcome)

    def end_for_lock(self) -> None:
        if self.timer is None or self.timer.stage in (ct.Stage.READY, ct.Stage.DONE):
            return
        self.timer.stop()
        self.save_answer()

    def reset(self) -> None:
        self.felt.clear()
        self.grounding.clear()
        super().reset()
