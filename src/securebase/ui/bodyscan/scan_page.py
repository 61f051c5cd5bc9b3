"""The guided body scan: choose a length, follow the regions, rate how calm you feel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.domain import bodyscan as bs
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
from securebase.ui.bodyscan.figures import BodyFigure, TimeRing
from securebase.ui.bodyscan.page import Host, PracticePage


class ScanPage(PracticePage):
    settings_key = "practice.bodyscan"

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("bodyScanPage")
        self.text = content.load("bodyscan.toml")
        self.script = bs.script_from_content(self.text)
        self.scan: bs.BodyScan | None = None
        self.started_at = None
        self._shown_line = ""
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_setup()
        self._build_session()
        self._build_done()
        self.stack.setCurrentWidget(self.setup)

    # ------------------------------------------------------------------ building
    def _build_setup(self) -> None:
        intro, safety = self.text["intro"], self.text["safety"]
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(style.SPACING)
        col.addWidget(heading(intro["heading"]))
        col.addWidget(paragraph(intro["text"]))
        col.addSpacing(4)
        col.addWidget(QLabel(self.tr("How long?")))
        self.length = LengthChoice(bs.PRESET_MINUTES, bs.DEFAULT_MINUTES,
                                   custom_range=(bs.MIN_MINUTES, bs.MAX_MINUTES), name="scanLength")
        self.length.setAccessibleName(self.tr("Length of the body scan"))
        col.addWidget(self.length)
        col.addSpacing(4)
        col.addWidget(QLabel(self.tr("You choose how to practise:")))
        for line in intro["choices"]:
            col.addWidget(paragraph("•  " + line))
        col.addSpacing(4)
        self.calm_before = RatingRow(self.tr("How calm do you feel right now? (optional)"),
                                     self.tr("0 = not calm at all"), self.tr("10 = very calm"),
                                     name="calmBefore")
        col.addWidget(self.calm_before)
        self.chime_ends = QCheckBox(self.tr("A soft chime at the start and the end"))
        self.chime_ends.setChecked(True)
        self.chime_regions = QCheckBox(self.tr("A chime at each new region"))
        self.speak = QCheckBox(self.tr("Read the guidance aloud"))
        self.sound_note = muted(self.tr("This computer cannot play sound here, so the scan "
                                        "will be silent; the screen shows every change."))
        for box in (self.chime_ends, self.chime_regions, self.speak):
            box.setAccessibleName(box.text())
            col.addWidget(box)
        col.addWidget(self.sound_note)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start the body scan"))
        self.start_button.setObjectName("startScanButton")
        self.start_button.setDefault(True)
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.clicked.connect(lambda: self.start())
        row.addWidget(self.start_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addSpacing(style.SPACING)
        safety_head = QLabel(safety["heading"])
        safety_head.setFont(style.scaled_font(safety_head, 1.0, bold=True))
        col.addWidget(safety_head)
        col.addWidget(muted(safety["text"]))
        col.addStretch(1)
        self.setup = scrolled(body)
        self.stack.addWidget(self.setup)

    def _build_session(self) -> None:
        self.session = QWidget()
        outer = QVBoxLayout(self.session)
        outer.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN, style.PAGE_MARGIN, 4)
        main = QHBoxLayout()
        main.setSpacing(style.PAGE_MARGIN * 2)
        self.figure = BodyFigure()
        main.addWidget(self.figure, 2)
        col = QVBoxLayout()
        col.setSpacing(style.SPACING)
        col.addStretch(1)
        self.ring = TimeRing()
        col.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignLeft)
        col.addSpacing(style.SPACING)
        self.step_label = muted()
        self.step_label.setObjectName("scanStepLabel")
        self.step_label.setFont(style.scaled_font(self.step_label, 1.15))
        col.addWidget(self.step_label)
        self.instruction = QLabel()
        self.instruction.setObjectName("scanInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setMaximumWidth(560)
        self.instruction.setMinimumHeight(110)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.instruction.setFont(style.scaled_font(self.instruction, 1.55))
        self.instruction.setAccessibleName(self.tr("Guidance"))
        col.addWidget(self.instruction)
        self.next_label = muted()
        self.next_label.setObjectName("scanNextLabel")
        col.addWidget(self.next_label)
        col.addStretch(2)
        main.addLayout(col, 5)
        outer.addLayout(main, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("pauseScanButton")
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = QPushButton(self.tr("Skip this region"))
        self.skip_button.setObjectName("skipRegionButton")
        self.skip_button.clicked.connect(self.skip_region)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopScanButton")
        self.stop_button.clicked.connect(self.stop)
        for b in (self.pause_button, self.skip_button, self.stop_button):
            b.setAccessibleName(b.text())
            b.setMinimumWidth(110)
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        reminder = muted(self.tr("Eyes open is fine. You can skip a region, rest your attention "
                                 "on your feet or on sounds instead, or stop at any time."))
        reminder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(reminder)
        self.stack.addWidget(self.session)

    def _build_done(self) -> None:
        self.done_panel = DonePanel("scan")
        self.done_panel.calmChanged.connect(
            lambda v: self.update_record(self.done_panel.status, calm_after=v))
        self.done_panel.doneClicked.connect(self.close_done)
        self.done = scrolled(self.done_panel)
        self.stack.addWidget(self.done)

    # ------------------------------------------------------------------ host events
    def bound(self) -> None:
        prefs = self.load_prefs()
        minutes = prefs.get("minutes", bs.DEFAULT_MINUTES)
        if isinstance(minutes, int) and bs.MIN_MINUTES <= minutes <= bs.MAX_MINUTES:
            self.length.set_minutes(minutes)
        self.chime_ends.setChecked(bool(prefs.get("chime", True)))
        self.chime_regions.setChecked(bool(prefs.get("chime_regions", False)))
        self.speak.setChecked(bool(prefs.get("speak", False)))
        self._sync_sound_options()

    def _sync_sound_options(self) -> None:
        sound = self.host.chime.available
        self.chime_ends.setEnabled(sound)
        self.chime_regions.setEnabled(sound)
        self.sound_note.setVisible(not sound)
        self.speak.setVisible(self.host.speaker.available)

    # ------------------------------------------------------------------ actions
    def prepare(self, minutes: int = bs.DEFAULT_MINUTES) -> None:
        """Show the start screen with ``minutes`` chosen (nothing starts yet)."""
        if self.is_active():
            return
        if self.stack.currentWidget() is self.done:
            self.close_done()  # keeps the note typed there
        self.length.set_minutes(bs.check_minutes(minutes))
        self.stack.setCurrentWidget(self.setup)
        self.start_button.setFocus()

    def start(self, minutes: int | None = None) -> bool:
        clock = self.host.clock
        if clock is None or self.is_active():
            return False
        if self.stack.currentWidget() is self.done:
            self.close_done()
        minutes = bs.check_minutes(minutes if minutes is not None else self.length.minutes())
        self.length.set_minutes(minutes)
        self.store_prefs({"minutes": minutes, "chime": self.chime_ends.isChecked(),
                          "chime_regions": self.chime_regions.isChecked(),
                          "speak": self.speak.isChecked()})
        self.scan = bs.BodyScan(self.script, minutes, clock)
        self.started_at = clock.now()
        self._shown_line = ""
        self.scan.start()
        self.pause_button.setText(self.tr("Pause"))
        self.stack.setCurrentWidget(self.session)
        if self.chime_ends.isChecked():
            self.host.chime.play()
        self.activeChanged.emit(True)
        self.tick()
        self.pause_button.setFocus()
        return True

    def toggle_pause(self) -> None:
        if self.scan is None or not self.scan.is_active:
            return
        state = self.scan.toggle()
        self.pause_button.setText(self.tr("Resume") if state is TimerState.PAUSED
                                  else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        if state is TimerState.PAUSED:
            self.host.speaker.stop()
        self.tick()

    def skip_region(self) -> None:
        if self.scan is not None and self.scan.is_active:
            self.scan.skip_region()
            self.tick()

    def stop(self) -> None:
        if self.scan is not None and self.scan.is_active:
            self.scan.stop()
            self._end()

    def tick(self) -> None:
        scan = self.scan
        if scan is None or self.stack.currentWidget() is not self.session:
            return
        for event in scan.poll():
            if isinstance(event, bs.StepStarted) and self.chime_regions.isChecked():
                self.host.chime.play()
            elif isinstance(event, bs.ScanFinished):
                if self.chime_ends.isChecked():
                    self.host.chime.play()
                self._end()
                return
        self._show(scan.view())

    def _show(self, view: bs.ScanView) -> None:
        step = view.current.step
        self.figure.set_lit(step.regions)
        caption = (self.tr("paused") if view.state is TimerState.PAUSED else self.tr("left"))
        self.ring.set_time(view.remaining / self.scan.planned_seconds,
                           countdown_text(view.remaining), caption)
        self.step_label.setText(self.tr("%1 · %2 of %3").replace("%1", step.title)
                                .replace("%2", str(view.current.index + 1))
                                .replace("%3", str(len(self.scan.schedule))))
        if view.line != self._shown_line:
            self._shown_line = view.line
            self.instruction.setText(view.line)
            if self.speak.isChecked() and view.state is TimerState.RUNNING:
                self.host.speaker.say(view.line)
        self.next_label.setText(self.tr("Next: %1").replace("%1", view.next.step.title)
                                if view.next else self.tr("This is the last step."))
        self.skip_button.setEnabled(view.next is not None)

    def _end(self, *, by_lock: bool = False) -> None:
        scan = self.scan
        self.host.speaker.stop()
        finished = scan.state is TimerState.FINISHED
        details = {"minutes": scan.minutes, "skipped": list(scan.skipped_keys)}
        if by_lock:
            details["ended_by"] = "lock"
        session = PracticeSession(
            kind=PracticeKind.BODYSCAN, started_at=self.started_at,
            planned_seconds=scan.planned_seconds, completed_seconds=scan.completed_seconds,
            finished=finished, calm_before=self.calm_before.value(), trigger_id=self.trigger_id,
            details=details)
        self.record = None
        self.done_panel.status.clear()
        self.save_record(session, self.done_panel.status)
        ending = self.text["ending"]
        self.done_panel.show_result(
            ending["finished_heading" if finished else "stopped_heading"],
            ending["finished" if finished else "stopped"],
            practised_summary(self, scan.completed_seconds, scan.minutes))
        self.scan = None
        self.stack.setCurrentWidget(self.done)
        self.activeChanged.emit(False)
        self.done_panel.calm_after.buttons[0].setFocus()

    def close_done(self) -> None:
        """Keep the note and go back to the start screen."""
        if self.record is not None:
            self.update_record(self.done_panel.status, note=self.done_panel.note_text())
        self.done_panel.wipe()
        self.calm_before.clear()
        self.record = None
        self.trigger_id = None
        self.stack.setCurrentWidget(self.setup)

    # ------------------------------------------------------------------ protocol
    def is_running(self) -> bool:
        return self.scan is not None and self.scan.state is TimerState.RUNNING

    def is_active(self) -> bool:
        return self.scan is not None  # set back to None once the end has been handled

    def end_for_lock(self) -> None:
        if self.scan is not None:
            self.scan.stop()  # no change if it already finished
            self._end(by_lock=self.scan.state is TimerState.STOPPED)
        if self.record is not None and self.stack.currentWidget() is self.done:
            self.update_record(self.done_panel.status, note=self.done_panel.note_text())

    def reset(self) -> None:
        if self.scan is not None:
            self.scan = None
            self.activeChanged.emit(False)
        super().reset()
        self.host.speaker.stop()
        self.done_panel.wipe()
        self.calm_before.clear()
        self.instruction.clear()
        self.figure.set_lit(())
        self.stack.setCurrentWidget(self.setup)
