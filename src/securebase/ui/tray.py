"""The system tray: an optional daily reminder while the app runs, and a menu with
"Log a trigger moment" (which asks to unlock first when the vault is locked).

Where there is no system tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is false,
as offscreen), no icon is created and no timer runs; the signals and menu actions
still exist, so wiring them is always safe.

Signals for the main window:
- ``logTriggerRequested``: open quick capture (emitted only while unlocked).
- ``unlockRequested``: show the unlock dialog; once ``set_locked(False)`` is called,
  the waiting request follows as ``logTriggerRequested``.
- ``showWindowRequested``: bring the main window to the front (the icon was clicked).
- ``todayRequested``: show the Today tab (the reminder was clicked).
- ``reminded(str)``: a reminder became due (the text shown, never private).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from securebase.domain.clock import Clock
from securebase.domain.path import reminder_due
from securebase.ui import style

CHECK_MS = 30_000


def _fallback_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(style.SAGE)
    painter.setBrush(style.SAND)
    painter.drawEllipse(3, 3, 26, 26)
    painter.setBrush(style.CLAY)
    painter.drawEllipse(11, 11, 10, 10)
    painter.end()
    return QIcon(pixmap)


class PathTray(QObject):
    logTriggerRequested = Signal()
    unlockRequested = Signal()
    showWindowRequested = Signal()
    todayRequested = Signal()
    reminded = Signal(str)

    def __init__(self, parent: QObject | None = None, *, clock: Clock | None = None,
                 available: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathTray")
        self.available = (QSystemTrayIcon.isSystemTrayAvailable() if available is None
                          else available)
        self.clock = clock
        self.locked = True
        self.reminder: time | None = None
        self.last_reminded: date | None = None
        self.practised_on: date | None = None
        self._pending_log = False

        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.log_action = self.menu.addAction(self.tr("Log a trigger moment"))
        self.log_action.setObjectName("trayLogAction")
        self.log_action.triggered.connect(self.request_log)
        self.open_action = self.menu.addAction(self.tr("Open SecureBase"))
        self.open_action.setObjectName("trayOpenAction")
        self.open_action.triggered.connect(self.showWindowRequested)

        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_reminder)

        self.icon: QSystemTrayIcon | None = None
        if self.available:
            app_icon = QApplication.windowIcon()
            self.icon = QSystemTrayIcon(app_icon if not app_icon.isNull() else _fallback_icon(),
                                        self)
            self.icon.setToolTip("SecureBase")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.todayRequested)
            self.icon.show()

    # ------------------------------------------------------------------ state from the app
    def set_clock(self, clock: Clock) -> None:
        self.clock = clock
        self._update_timer()

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if not locked and self._pending_log:
            self._pending_log = False
            self.logTriggerRequested.emit()

    def set_reminder(self, when: time | None) -> None:
        self.reminder = when
        self._update_timer()

    def mark_practised(self, day: date) -> None:
        """Something was logged on this calendar day: no need to remind."""
        self.practised_on = day

    def _update_timer(self) -> None:
        if self.icon is not None and self.reminder is not None and self.clock is not None:
            self.timer.start()
        else:
            self.timer.stop()

    # ------------------------------------------------------------------ actions
    def request_log(self) -> None:
        if self.locked:
            self._pending_log = True
            self.unlockRequested.emit()
        else:
            self.logTriggerRequested.emit()

    def check_reminder(self) -> bool:
        """Show the reminder if it is due now; True when it was shown."""
        if self.clock is None:
            return False
        now = self.clock.now()
        if not reminder_due(self.reminder, now, self.last_reminded, self.practised_on):
            return False
        self.last_reminded = now.date()
        text = self.tr("Today's path is here whenever you would like it. One small "
                       "action is plenty.")
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(self.tr("SecureBase"), text,
                                  QSystemTrayIcon.MessageIcon.NoIcon, 10_000)
        self.reminded.emit(text)
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showWindowRequested.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        if self.icon is not None:
            self.icon.hide()
