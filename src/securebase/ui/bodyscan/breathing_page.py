"""The breathing pacer: an animated circle, about six breaths a minute, a longer exhale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.domain import breathing as br
from securebase.domain.practice import PracticeKind, PracticeSession
from securebase.domain.session_timer import TimerState, countdown_text
from securebase.ui import style
from securebase.ui.bodyscan import content
from securebase.ui.bodyscan.controls import (
    LengthChoice,
    RatingRow,
    heading,
    muted,
    paragraph,
    scrolled,
)
from securebase.ui.bodyscan.done_panel import DonePanel, practised_summary
from securebase.ui.bodyscan.figures import BreathCircle
from securebase.ui.bodyscan.page import Host, PracticePage


def phase_label(widget: QWidget, phase: br.Phase) -> str:
    if phase is br.Phase.IN:
        return QCoreApplication.translate("BreathingPage", "Breathe in")
    return QCoreApplication.translate("BreathingPage", "Breathe out")


class BreathingPage(PracticePage):
    settings_key = "practice.breathing"

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("breathingPage")
        self.text = content.load("breathing.toml")
        self.session: br.BreathingSession | None = None
        self.started_at = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_setup()
        self._build_running()
        self.done_panel = DonePanel("breathing")
        self.done_panel.calmChanged.connect(
            lambda v: self.update_record(self.done_panel.status, calm_after=v))
        self.done_panel.doneClicked.connect(self.close_done)
        self.done = scrolled(self.done_panel)
        self.stack.addWidget(self.done)
        self.stack.setCurrentWidget(self.setup)

    def _build_setup(self) -> None:
        intro = self.text["intro"]
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        col.addWidget(heading(intro["heading"]))
        col.addWidget(paragraph(intro["text"]))
        col.addWidget(muted(intro["gently"]))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.length = LengthChoice(br.PRESET_MINUTES, br.DEFAULT_MINUTES, name="breathingLength")
        self.length.setAccessibleName(self.tr("Length of the breathing practice"))
        form.addRow(self.tr("How long?"), self.length)
        self.pace = QDoubleSpinBox()
        self.pace.setObjectName("breathingPace")
        self.pace.setRange(br.MIN_BPM, br.MAX_BPM)
        self.pace.setSingleStep(0.5)
        self.pace.setDecimals(1)
        self.pace.setValue(br.DEFAULT_BPM)
        self.pace.setSuffix(self.tr(" breaths a minute"))
        self.pace.setAccessibleName(self.tr("Breaths a minute"))
        form.addRow(self.tr("Pace"), self.pace)
        self.ratio = QDoubleSpinBox()
        self.ratio.setObjectName("breathingRatio")
        self.ratio.setRange(br.MIN_EXHALE_RATIO, br.MAX_EXHALE_RATIO)
        self.ratio.setSingleStep(0.1)
        self.ratio.setDecimals(1)
        self.ratio.setValue(br.DEFAULT_EXHALE_RATIO)
        self.ratio.setPrefix(self.tr("out-breath × "))
        self.ratio.setAccessibleName(self.tr("Out-breath length compared with the in-breath"))
        form.addRow(self.tr("Longer out-breath"), self.ratio)
        self.timing = muted()
        self.timing.setObjectName("breathingTiming")
        form.addRow("", self.timing)
        col.addLayout(form)
        for box in (self.pace, self.ratio):
            box.setMaximumWidth(240)
        self.pace.valueChanged.connect(self._show_timing)
        self.ratio.valueChanged.connect(self._show_timing)
        self._show_timing()
        self.calm_before = RatingRow(self.tr("How calm do you feel right now? (optional)"),
                                     self.tr("0 = not calm at all"), self.tr("10 = very calm"),
                                     name="breathingCalmBefore")
        col.addWidget(self.calm_before)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start breathing"))
        self.start_button.setObjectName("startBreathingButton")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.clicked.connect(lambda: self.start())
        row.addWidget(self.start_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(1)
        self.setup = scrolled(body)
        self.stack.addWidget(self.setup)

    def _build_running(self) -> None:
        self.running = QWidget()
        col = QVBoxLayout(self.running)
        col.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN, style.PAGE_MARGIN, 4)
        self.circle = BreathCircle()
        self.circle.setObjectName("breathCircle")
        col.addWidget(self.circle, 1)
        self.remaining = muted()
        self.remaining.setObjectName("breathingRemaining")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.remaining)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("pauseBreathingButton")
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopBreathingButton")
        self.stop_button.clicked.connect(self.stop)
        for b in (self.pause_button, self.stop_button):
            b.setAccessibleName(b.text())
            b.setMinimumWidth(110)
            buttons.addWidget(b)
        buttons.addStretch(1)
        col.addLayout(buttons)
        gentle = muted(self.tr("Breathe gently. If you feel dizzy, let the breath become "
                               "smaller or return to your own rhythm."))
        gentle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(gentle)
        self.stack.addWidget(self.running)

    def pattern(self) -> br.BreathPattern:
        return br.BreathPattern(round(self.pace.value(), 1), round(self.ratio.value(), 1))

    def _show_timing(self) -> None:
        p = self.pattern()
        self.timing.setText(self.tr("In %1 s, out %2 s").replace("%1", f"{p.inhale_seconds:.1f}")
                            .replace("%2", f"{p.exhale_seconds:.1f}"))

    # ------------------------------------------------------------------ host events
    def bound(self) -> None:
        prefs = self.load_prefs()
        minutes = prefs.get("minutes")
        if minutes in br.PRESET_MINUTES:
            self.length.set_minutes(minutes)
        for box, key in ((self.pace, "bpm"), (self.ratio, "exhale_ratio")):
            value = prefs.get(key)
            if isinstance(value, int | float) and box.minimum() <= value <= box.maximum():
                box.setValue(value)

    # ------------------------------------------------------------------ actions
    def prepare(self, minutes: int = br.DEFAULT_MINUTES) -> None:
        if self.is_active():
            return
        if self.stack.currentWidget() is self.done:
            self.close_done()  # keeps the note typed there
        self.length.set_minutes(minutes)
        self.stack.setCurrentWidget(self.setup)
        self.start_button.setFocus()

    def start(self, minutes: int | None = None) -> bool:
        clock = self.host.clock
        if clock is None or self.is_active():
            return False
        if self.stack.currentWidget() is self.done:
            self.close_done()
        if minutes is not None:
            self.length.set_minutes(minutes)
        pattern = self.pattern()
        self.store_prefs({"minutes": self.length.minutes(), "bpm": pattern.breaths_per_minute,
                          "exhale_ratio": pattern.exhale_ratio})
        self.session = br.BreathingSession(clock, self.length.minutes(), pattern)
        self.started_at = clock.now()
        self.session.start()
        self.pause_button.setText(self.tr("Pause"))
        self.stack.setCurrentWidget(self.running)
        self.activeChanged.emit(True)
        self.tick()
        self.pause_button.setFocus()
        return True

    def toggle_pause(self) -> None:
        if self.session is None or not self.session.timer.is_active:
            return
        state = self.session.toggle()
        self.pause_button.setText(self.tr("Resume") if state is TimerState.PAUSED
                                  else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.tick()

    def stop(self) -> None:
        if self.session is not None and self.session.timer.is_active:
            self.session.stop()
            self._end()

    def tick(self) -> None:
        s = self.session
        if s is None:
            return
        for event in s.poll():
            if isinstance(event, br.BreathingFinished):
                self.host.chime.play()
                self._end()
                return
        m = s.moment()
        paused = s.state is TimerState.PAUSED
        label = self.tr("Paused") if paused else phase_label(self, m.phase)
        self.circle.set_breath(m.size, label, "" if paused else str(int(m.phase_remaining) + 1))
        self.remaining.setText(self.tr("%1 left").replace("%1", countdown_text(s.timer.remaining)))

    def _end(self, *, by_lock: bool = False) -> None:
        s = self.session
        finished = s.state is TimerState.FINISHED
        details = {"breaths_per_minute": s.pattern.breaths_per_minute,
                   "exhale_ratio": s.pattern.exhale_ratio}
        if by_lock:
            details["ended_by"] = "lock"
        record = PracticeSession(
            kind=PracticeKind.BREATHING, started_at=self.started_at,
            planned_seconds=s.planned_seconds, completed_seconds=s.completed_seconds,
            finished=finished, calm_before=self.calm_before.value(),
            trigger_id=self.trigger_id, details=details)
        self.record = None
        self.done_panel.status.clear()
        self.save_record(record, self.done_panel.status)
        ending = self.text["ending"]
        self.done_panel.show_result(
            ending["finished_heading" if finished else "stopped_heading"],
            ending["finished" if finished else "stopped"],
            practised_summary(self, s.completed_seconds, s.minutes))
        self.session = None
        self.stack.setCurrentWidget(self.done)
        self.activeChanged.emit(False)

    def close_done(self) -> None:
        if self.record is not None:
            self.update_record(self.done_panel.status, note=self.done_panel.note_text())
        self.done_panel.wipe()
        self.calm_before.clear()
        self.record = None
        self.trigger_id = None
        self.stack.setCurrentWidget(self.setup)

    # ------------------------------------------------------------------ protocol
    def is_running(self) -> bool:
        return self.session is not None and self.session.state is TimerState.RUNNING

    def is_active(self) -> bool:
        return self.session is not None  # set back to None once the end has been handled

    def animates(self) -> bool:
        return self.is_running()

    def end_for_lock(self) -> None:
        if self.session is not None:
            self.session.stop()  # no change if it already finished
            self._end(by_lock=self.session.state is TimerState.STOPPED)
        if self.record is not None and self.stack.currentWidget() is self.done:
            self.update_record(self.done_panel.status, note=self.done_panel.note_text())

    def reset(self) -> None:
        if self.session is not None:
            self.session = None
            self.activeChanged.emit(False)
        super().reset()
        self.done_panel.wipe()
        self.calm_before.clear()
        self.stack.setCurrentWidget(self.setup)
