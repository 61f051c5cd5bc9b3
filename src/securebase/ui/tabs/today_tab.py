"""The Today tab: where you are on the fifty-day path and a few small actions.

Card clicks become signals the main window connects to the other tabs:

- ``assessmentRequested``   take or retake the assessment
- ``quickCaptureRequested`` log a trigger moment (quick capture)
- ``bodyScanRequested(int)`` open the Body scan tab ready to start, minutes (10)
- ``experimentRequested``   plan or record a corrective experiment
- ``narrativeRequested``    write in the narrative
- ``reflectRequested``      reflect on how today's attempts felt
- ``actionRequested(str)``  any of the above, by ``Action`` value

``help_action`` ("Need help now?", F1, application-wide) is returned by
``global_actions()``; ``tray`` is the system-tray helper (see ``ui/tray.py``).
Call ``refresh()`` after saving anything elsewhere; the tab also refreshes when it
is shown and, while visible, once a minute (so a new day arrives on its own).
"""

from __future__ import annotations

import logging
from datetime import date, time

from PySide6.QtCore import QEvent, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.path import Action, PathContent, PathError
from securebase.services.today import TodayView, path_content, today_view
from securebase.storage.errors import SecureBaseError
from securebase.ui import dialogs
from securebase.ui.help_panel import make_help_action, show_help
from securebase.ui.i18n import error_text
from securebase.ui.tabs.base import EmptyState, TabPage
from securebase.ui.today.path_page import PathPage
from securebase.ui.today.start_panel import StartPanel
from securebase.ui.today.theme import Tones, stylesheet
from securebase.ui.tray import PathTray

log = logging.getLogger(__name__)

BODY_SCAN_MINUTES = 10
REFRESH_MS = 60_000


def system_zone_name() -> str:
    """The system's IANA time zone ("Europe/London"), or "" if Qt does not know it."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")


class TodayTab(TabPage):
    title = "Today"

    assessmentRequested = Signal()
    quickCaptureRequested = Signal()
    bodyScanRequested = Signal(int)
    experimentRequested = Signal()
    narrativeRequested = Signal()
    reflectRequested = Signal()
    actionRequested = Signal(str)
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayTab")
        self.view: TodayView | None = None
        self._content: PathContent | None = None
        self._skip_show = False

        self.help_action: QAction = make_help_action(self)
        self.tray = PathTray(self)

        self.locked_page = EmptyState(
            self.tr("Your fifty-day path will be here"),
            self.tr("Unlock your vault to see where you are on the path."))
        self.start_panel = StartPanel()
        self.start_panel.startRequested.connect(self.start_path)
        self.path_page = PathPage()
        help_button = QToolButton()
        help_button.setObjectName("todayHelpButton")
        help_button.setProperty("role", "help")
        help_button.setDefaultAction(self.help_action)
        help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        help_button.setAccessibleName(self.tr("Need help now?"))
        self.help_button = help_button  # moves to whichever page is showing
        self.path_page.help_slot.addWidget(help_button)

        cards = self.path_page.cards
        cards.opened.connect(self.open_action)
        cards.starToggled.connect(self._star_toggled)
        footer = self.path_page.footer
        footer.pauseRequested.connect(lambda: self._change(lambda r: r.pause()))
        footer.resumeRequested.connect(lambda: self._change(lambda r: r.resume()))
        self.path_page.resume_button.clicked.connect(footer.resumeRequested)
        footer.restartRequested.connect(self.restart_path)
        footer.dayEndChanged.connect(lambda h: self._change(lambda r: r.set_day_end_hour(h)))
        footer.reminderChanged.connect(lambda t: self._change(lambda r: r.set_reminder(t)))

        self.stack = QStackedWidget()
        self.stack.setObjectName("todayStack")
        for page in (self.locked_page, self.start_panel, self.path_page):
            self.stack.addWidget(page)

        body = QWidget()
        body.setObjectName("todayScrollBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(28, 16, 28, 16)
        inner.addWidget(self.stack)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("todayScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._apply_tones()

        self.timer = QTimer(self)
        self.timer.setObjectName("todayRefreshTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)

    # ------------------------------------------------------------------ TabPage
    def bind(self, ctx) -> None:
        super().bind(ctx)
        self.tray.set_clock(ctx.clock)
        self.tray.set_locked(False)
        self.refresh()
        # if this is the current page of a hidden window, its coming showEvent needs no
        # second read of the vault
        self._skip_show = (self.parentWidget() is not None and not self.isVisible()
                           and self.isVisibleTo(self.window()))
        self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self.view = None
        self.path_page.clear()
        self.start_panel.clear()
        self.stack.setCurrentWidget(self.locked_page)
        self.tray.set_locked(True)
        super().clear()

    def global_actions(self) -> list[QAction]:
        return [self.help_action]

    # ------------------------------------------------------------------ showing
    @property
    def content(self) -> PathContent:
        if self._content is None:
            self._content = path_content()
        return self._content

    def refresh(self) -> None:
        """Re-read the path and today's log from the vault."""
        if self.ctx is None:
            return
        try:
            view = today_view(self.ctx.vault, self.ctx.clock.now(), system_zone_name())
        except SecureBaseError as exc:
            log.warning("today could not be read (%s)", type(exc).__name__)
            self._tell(error_text(exc))
            return
        self.view = view
        content = self.content
        titles = {n: t.title for n, t in content.steps.items()}
        if not view.state.started:
            self.start_panel.prepare(view.today, content.intro, titles, content.start_points)
            self.start_panel.help_slot.addWidget(self.help_button)
            self.stack.setCurrentWidget(self.start_panel)
        else:
            self.path_page.show_view(view, content)
            self.path_page.help_slot.addWidget(self.help_button)
            self.stack.setCurrentWidget(self.path_page)
        self.tray.set_reminder(view.state.reminder)
        if view.summary.practised_today or view.done:
            self.tray.mark_practised(self.ctx.clock.now().date())
        self.refreshed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._skip_show:  # the window is appearing right after the unlock that read it
            self._skip_show = False
        elif self.ctx is not None:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_tones()

    def _apply_tones(self) -> None:
        sheet = stylesheet(Tones.of(self.palette()))
        if sheet != self.styleSheet():  # setting it can itself announce a change
            self.setStyleSheet(sheet)

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------ cards
    def open_action(self, value: str) -> None:
        action = Action(value)
        self.actionRequested.emit(action.value)
        {
            Action.ASSESSMENT: self.assessmentRequested.emit,
            Action.TRIGGER: self.quickCaptureRequested.emit,
            Action.BODY_SCAN: lambda: self.bodyScanRequested.emit(BODY_SCAN_MINUTES),
            Action.EXPERIMENT: self.experimentRequested.emit,
            Action.NARRATIVE: self.narrativeRequested.emit,
            Action.REFLECT: self.reflectRequested.emit,
        }[action]()

    def _star_toggled(self, value: str, starred: bool) -> None:
        self._change(lambda r: r.set_focus(value if starred else None))

    def show_help(self):
        return show_help(self)

    # ------------------------------------------------------------------ path changes
    def start_path(self, start: date | None = None) -> None:
        self._change(lambda r: r.start(start))

    def restart_path(self) -> None:
        if self.ctx is None:
            return
        if not dialogs.question(
                self, self.tr("Restart the path?"),
                self.tr("The path will begin again at day 1 today. Everything you logged "
                        "stays in your journal, and the earlier start is kept in the "
                        "path's history."),
                yes_text=self.tr("Restart"), no_text=self.tr("Keep going"),
                default_yes=False):
            return
        self._change(lambda r: r.restart())

    def set_reminder(self, when: time | None) -> None:
        self._change(lambda r: r.set_reminder(when))

    def _change(self, change) -> None:
        if self.ctx is None:
            return
        try:
            change(self.ctx.vault.path_state)
        except PathError as exc:
            self._tell(str(exc))
        except SecureBaseError as exc:
            self._tell(error_text(exc))
        self.refresh()

    def _tell(self, sentence: str) -> None:
        dialogs.information(self, self.tr("Today"), sentence)
