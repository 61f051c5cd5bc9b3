"""The Body scan tab: the guided body scan, the breathing pacer and the two corrective
timers ("pause before reaching out", "stay one more minute").

All timing lives in pure state machines (securebase.domain.bodyscan, .breathing,
.corrective_timers) read from the injected clock. This tab only drives them: a QTimer
asks the active page to catch up a few times a second (more often while the breathing
circle animates). The timer keeps running when the user switches tabs, and the main
window's auto-lock waits while a session runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain import bodyscan as bs
from securebase.domain import breathing as br
from securebase.ui import style
from securebase.ui.bodyscan import content
from securebase.ui.bodyscan.breathing_page import BreathingPage
from securebase.ui.bodyscan.corrective_pages import PausePage, StayPage
from securebase.ui.bodyscan.page import PracticePage
from securebase.ui.bodyscan.scan_page import ScanPage
from securebase.ui.bodyscan.sound import Chime, Speaker
from securebase.ui.tabs.base import TabPage

TICK_MS = 200
ANIMATION_TICK_MS = 40


class BodyScanTab(TabPage):
    title = "Body scan"

    #: A practice session was saved or updated (a PracticeSession): Today and Trends refresh.
    sessionSaved = Signal(object)
    #: A public entry point (start_body_scan, open_pause_timer…) wants this tab in front.
    showRequested = Signal()
    #: A session started (True) or ended (False).
    runningChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyScanTab")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chime = Chime(content.chime_path(), self)
        self.speaker = Speaker(self)

        self.scan_page = ScanPage(self)
        self.breathing_page = BreathingPage(self)
        self.pause_page = PausePage(self)
        self.stay_page = StayPage(self)
        self.pages: list[PracticePage] = [self.scan_page, self.breathing_page,
                                          self.pause_page, self.stay_page]
        names = (self.tr("Body scan"), self.tr("Breathing"),
                 self.tr("Pause before reaching out"), self.tr("Stay one more minute"))
        object_names = ("scanNavButton", "breathingNavButton", "pauseNavButton",
                        "stayNavButton")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, style.SPACING // 2, 0, 0)
        nav = QHBoxLayout()
        nav.setContentsMargins(style.PAGE_MARGIN, 0, style.PAGE_MARGIN, 0)
        nav.setSpacing(4)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        self.nav_buttons: list[QToolButton] = []
        for index, (name, object_name) in enumerate(zip(names, object_names, strict=True)):
            button = QToolButton()
            button.setText(name)
            button.setObjectName(object_name)
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setMinimumHeight(28)
            self.nav.addButton(button, index)
            self.nav_buttons.append(button)
            nav.addWidget(button)
        nav.addStretch(1)
        layout.addLayout(nav)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.activeChanged.connect(self._active_changed)
            page.saved.connect(self.sessionSaved)
        layout.addWidget(self.stack, 1)
        self.nav.idClicked.connect(self.show_page)
        self.nav_buttons[0].setChecked(True)

        self.ticker = QTimer(self)
        self.ticker.setObjectName("practiceTicker")
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.tick)

        self._actions = self._make_actions()

    # ------------------------------------------------------------------ host services
    @property
    def clock(self):
        return self.ctx.clock if self.ctx is not None else None

    @property
    def vault(self):
        return self.ctx.vault if self.ctx is not None else None

    # ------------------------------------------------------------------ TabPage
    def bind(self, ctx) -> None:
        super().bind(ctx)
        for page in self.pages:
            page.bound()

    def prepare_lock(self) -> None:
        """Save a session cut short by locking (and any unsaved note)."""
        for page in self.pages:
            page.end_for_lock()

    def clear(self) -> None:
        self.ticker.stop()
        for page in self.pages:
            page.reset()
        self.show_page(0)
        super().clear()

    def blocks_autolock(self) -> bool:
        """While a session runs, the screen must not lock under the user (paused: may lock)."""
        return any(page.is_running() for page in self.pages)

    def global_actions(self) -> list[QAction]:
        return list(self._actions)

    def _make_actions(self) -> list[QAction]:
        made = []
        for text, name, slot in (
                (self.tr("Start a &body scan"), "startBodyScanAction",
                 lambda: self.start_body_scan()),
                (self.tr("Pause before &reaching out"), "pauseTimerAction",
                 lambda: self.open_pause_timer()),
                (self.tr("&Stay one more minute"), "stayTimerAction",
                 lambda: self.open_stay_timer())):
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            made.append(action)
        return made

    # ------------------------------------------------------------------ public entry points
    def start_body_scan(self, minutes: int = bs.DEFAULT_MINUTES,
                        trigger_id: int | None = None) -> bool:
        """Show the body scan and start it now; False if another practice is running."""
        if not self._show(self.scan_page):
            return False
        self.scan_page.trigger_id = trigger_id
        return self.scan_page.start(minutes)

    def prepare(self, minutes: int = bs.DEFAULT_MINUTES, trigger_id: int | None = None) -> bool:
        """Show the body scan ready to start with ``minutes`` chosen."""
        if not self._show(self.scan_page):
            return False
        self.scan_page.prepare(minutes)
        self.scan_page.trigger_id = trigger_id
        return True

    def open_breathing(self, minutes: int = br.DEFAULT_MINUTES,
                       trigger_id: int | None = None) -> bool:
        if not self._show(self.breathing_page):
            return False
        self.breathing_page.prepare(minutes)
        self.breathing_page.trigger_id = trigger_id
        return True

    def open_pause_timer(self, trigger_id: int | None = None) -> bool:
        """Show "Pause before reaching out", ready to start."""
        if not self._show(self.pause_page):
            return False
        self.pause_page.open(trigger_id)
        return True

    def open_stay_timer(self, trigger_id: int | None = None) -> bool:
        """Show "Stay one more minute", ready to start."""
        if not self._show(self.stay_page):
            return False
        self.stay_page.open(trigger_id)
        return True

    def _show(self, page: PracticePage) -> bool:
        self.showRequested.emit()
        busy = self.active_page()
        if busy is not None and busy is not page:
            self.show_page(self.pages.index(busy))  # show what is running; never interrupt it
            return False
        self.show_page(self.pages.index(page))
        return True

    # ------------------------------------------------------------------ driving
    def show_page(self, index: int) -> None:
        busy = self.active_page()
        if busy is not None:
            index = self.pages.index(busy)
        self.stack.setCurrentIndex(index)
        self.nav_buttons[index].setChecked(True)

    def current_page(self) -> PracticePage:
        return self.pages[self.stack.currentIndex()]

    def active_page(self) -> PracticePage | None:
        return next((p for p in self.pages if p.is_active()), None)

    def tick(self) -> None:
        """Let the active page catch up with the clock (the QTimer calls this)."""
        page = self.active_page()
        if page is not None:
            page.tick()
        self._schedule()

    def _schedule(self) -> None:
        page = self.active_page()
        if page is None:
            self.ticker.stop()
            return
        interval = ANIMATION_TICK_MS if page.animates() else TICK_MS
        if self.ticker.interval() != interval or not self.ticker.isActive():
            self.ticker.start(interval)

    def _active_changed(self, active: bool) -> None:
        busy = self.active_page()
        for i, button in enumerate(self.nav_buttons):
            allowed = busy is None or self.pages[i] is busy
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else
                              self.tr("Finish or stop the current practice first."))
        self._schedule()
        self.runningChanged.emit(busy is not None)

    def toggle_pause(self) -> None:
        page = self.active_page()
        if page is not None:
            page.toggle_pause()
            self._schedule()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Space pauses and resumes (a focused button or text box gets its Space first)."""
        if event.key() == Qt.Key.Key_Space and self.active_page() is not None:
            self.toggle_pause()
            event.accept()
            return
        super().keyPressEvent(event)
