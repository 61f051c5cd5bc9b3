"""The main window: wires the five tabs, the menus and the status bar together.

It stays thin. Each tab owns its page; the application controller (``app.py``)
owns locking and unlocking and calls ``bind`` / ``prepare_lock`` / ``clear`` here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.storage.errors import SecureBaseError
from securebase.ui import dialogs, style
from securebase.ui.about_dialog import AboutDialog, PrivacyDialog
from securebase.ui.autolock import load_minutes, save_minutes
from securebase.ui.change_passphrase_dialog import ChangePassphraseDialog
from securebase.ui.clipboard_guard import ClipboardGuard
from securebase.ui.i18n import error_text
from securebase.ui.settings_dialog import SettingsDialog
from securebase.ui.tabs.assessment_tab import AssessmentTab
from securebase.ui.tabs.base import TabPage
from securebase.ui.tabs.body_scan_tab import BodyScanTab
from securebase.ui.tabs.journal_tab import JournalTab
from securebase.ui.tabs.today_tab import TodayTab
from securebase.ui.tabs.trends_tab import TrendsTab
from securebase.ui.transfer.actions import TransferActions
from securebase.ui.ui_settings import UiSettings
from securebase.ui.workers import TaskDialog

if TYPE_CHECKING:
    from securebase.app import AppContext

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (900, 600)
SCREEN_MARGIN = 40  # room for panels and window frames on small screens
STATUS_MS = 12_000


class MainWindow(QMainWindow):
    """Tabs Today, Assessment, Journal, Body scan and Trends, with File/View/Settings/Help."""

    lockRequested = Signal()
    quitRequested = Signal()
    #: Something outside the window (the tray icon) wants SecureBase in front: the
    #: controller raises this window, or the unlock dialog while locked.
    frontRequested = Signal()
    #: The user chose a new auto-lock delay (minutes, or None for never); already saved.
    autolockChanged = Signal(object)
    #: Settings → Backups chose and checked a backup (path, passphrase): the controller
    #: locks, restores it (keeping the current vault as a backup) and opens it.
    restoreRequested = Signal(object, str)

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None, *,
                 ui_settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx: AppContext | None = None
        self.ui_settings = ui_settings or UiSettings()
        self.clipboard_guard = ClipboardGuard(self)
        self.setMinimumSize(*MINIMUM_SIZE)

        self.pages: list[TabPage] = [TodayTab(), AssessmentTab(), JournalTab(), BodyScanTab(),
                                     TrendsTab()]
        titles = (self.tr("Today"), self.tr("Assessment"), self.tr("Journal"),
                  self.tr("Body scan"), self.tr("Trends"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Pages"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        for page, title in zip(self.pages, titles, strict=True):
            self.tabs.addTab(page, title)
        container = QWidget()
        container.setObjectName("mainContainer")
        outer = QVBoxLayout(container)
        outer.setContentsMargins(style.SPACING, style.SPACING // 2, style.SPACING, 0)
        outer.addWidget(self.tabs)
        self.setCentralWidget(container)
        self._unbound: list[TabPage] = []
        self.tabs.currentChanged.connect(self._bind_on_show)

        self.transfer = TransferActions(self)
        self._build_menus(titles)
        self._build_status_bar()
        self._wire_tabs()
        self.settings_dialog: SettingsDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None

        if not self.ui_settings.restore_window(self):
            self.resize(self._default_size())
            self._center()
        self.tabs.setCurrentIndex(self.ui_settings.last_tab(self.tabs.count()))
        if ctx is not None:
            self.bind(ctx)
        else:  # built ahead of the unlock, while the user types: nothing to show yet
            for action in self._vault_actions:
                action.setEnabled(False)

    # ------------------------------------------------------------------ building
    def _action(self, text: str, slot, *, name: str, shortcut=None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        return action

    def _build_menus(self, titles: tuple[str, ...]) -> None:
        bar = self.menuBar()
        app_wide = Qt.ShortcutContext.ApplicationShortcut

        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now,
                                          name="backupAction")
        self.lock_action = self._action(self.tr("&Lock"), self.lockRequested.emit,
                                        name="lockAction", shortcut="Ctrl+L", context=app_wide)
        self.quit_action = self._action(self.tr("&Quit"), self.close, name="quitAction",
                                        shortcut=QKeySequence.StandardKey.Quit,
                                        context=app_wide)
        file_menu.addAction(self.transfer.export_action)
        file_menu.addAction(self.transfer.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.tab_actions: list[QAction] = []
        for index, title in enumerate(titles):
            action = self._action(title, lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                                  name=f"showTab{index + 1}Action", shortcut=f"Ctrl+{index + 1}")
            view_menu.addAction(action)
            self.tab_actions.append(action)

        self.actions_menu = bar.addMenu(self.tr("&Actions"))
        self.actions_menu.setObjectName("actionsMenu")
        self.global_actions: list[QAction] = []
        for page in self.pages:
            page_actions = page.global_actions()
            if page_actions and self.global_actions:
                self.actions_menu.addSeparator()
            for action in page_actions:
                action.setShortcutContext(app_wide)
                self.actions_menu.addAction(action)
                self.global_actions.append(action)
        self.actions_menu.menuAction().setVisible(bool(self.global_actions))

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.autolock_action = self._action(self.tr("&Auto-lock and language…"),
                                            self.show_settings, name="autolockAction")
        self.passphrase_action = self._action(self.tr("&Change passphrase…"),
                                              self.show_change_passphrase,
                                              name="changePassphraseAction")
        settings_menu.addAction(self.autolock_action)
        settings_menu.addAction(self.passphrase_action)
        settings_menu.addAction(self.transfer.backups_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About SecureBase"), self.show_about,
                                         name="aboutAction")
        self.privacy_action = self._action(self.tr("&Privacy"), self.show_privacy,
                                           name="privacyAction")
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.privacy_action)
        self.help_action = getattr(self.pages[0], "help_action", None)  # "Need help now?" (F1)
        if self.help_action is not None:
            help_menu.insertAction(self.about_action, self.help_action)
            help_menu.insertSeparator(self.about_action)
            toolbar = self.addToolBar(self.tr("Help"))
            toolbar.setObjectName("helpToolBar")
            toolbar.setMovable(False)
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addAction(self.help_action)

        # Everything that needs an open vault; disabled while locked. Help holds no
        # private text, so it stays available while locked.
        self._vault_actions = [self.backup_action, self.lock_action, self.autolock_action,
                               self.passphrase_action, *self.transfer.actions, *self.tab_actions,
                               *[a for a in self.global_actions if a is not self.help_action]]

    def _wire_tabs(self) -> None:
        """Connect what one tab asks of another (Today's cards, the tray, the body scan).

        Tabs that can act on a Today action (for example the Journal opening quick
        capture for "trigger") implement ``handle_action(value: str)``; the window
        shows the tab first and then hands it the action.
        """
        today, assessment, _journal, scan, trends = self.pages
        self.transfer.restoreRequested.connect(self.restoreRequested)
        self.transfer.contentChanged.connect(lambda: self._refresh(*self.pages))
        self.transfer.status.connect(self.show_status)
        _connect(today, "actionRequested", self.open_action)
        _connect(assessment, "resultSaved", lambda: self._refresh(today, trends))
        _connect(today, "bodyScanRequested", self._prepare_body_scan)
        _connect(scan, "showRequested", lambda: self.show_page(scan))
        _connect(scan, "sessionSaved", lambda _s: self._refresh(today, trends))
        tray = getattr(today, "tray", None)
        if tray is not None:
            _connect(tray, "logTriggerRequested", lambda: self.open_action("trigger"))
            _connect(tray, "todayRequested", self._show_today)
            _connect(tray, "showWindowRequested", self.frontRequested.emit)
            _connect(tray, "unlockRequested", self.frontRequested.emit)

    def _show_today(self) -> None:
        self.show_page(self.pages[0])
        self.frontRequested.emit()

    def show_page(self, page: QWidget) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def open_action(self, value: str) -> None:
        """Show the tab that does a Today action and let it start (when unlocked)."""
        if self.ctx is None:
            return
        _today, assessment, journal, scan, _trends = self.pages
        if value == "body_scan":  # Today also sends bodyScanRequested(minutes)
            return
        page = assessment if value == "assessment" else journal
        self.show_page(page)
        handle = getattr(page, "handle_action", None)
        if callable(handle):
            handle(value)

    def _prepare_body_scan(self, minutes: int) -> None:
        scan = self.pages[3]
        prepare = getattr(scan, "prepare", None)
        self.show_page(scan)
        if self.ctx is not None and callable(prepare):
            prepare(minutes)

    @staticmethod
    def _refresh(*pages: QWidget) -> None:
        for page in pages:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        status.setSizeGripEnabled(True)
        self.demo_label = QLabel(self.tr("Demo vault with made-up entries"))
        self.demo_label.setObjectName("demoLabel")
        self.autolock_label = QLabel()
        self.autolock_label.setObjectName("autolockLabel")
        for label in (self.demo_label, self.autolock_label):
            label.setContentsMargins(style.SPACING, 0, style.SPACING, 0)
            style.set_muted(label)
            status.addPermanentWidget(label)

    def _default_size(self) -> QSize:
        """1280x800, or less on a small screen (never below the minimum size)."""
        size = QSize(*DEFAULT_SIZE)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size() - QSize(SCREEN_MARGIN, SCREEN_MARGIN)
            size = size.boundedTo(room)
        return size.expandedTo(self.minimumSize())

    def _center(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        frame = self.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        self.move(frame.topLeft())

    # ------------------------------------------------------------------ life cycle
    def bind(self, ctx: AppContext) -> None:
        """Show an unlocked vault: every tab binds to the context."""
        self.ctx = ctx
        title = self.tr("SecureBase")
        if ctx.demo:
            title = self.tr("SecureBase — DEMO")
        self.setWindowTitle(title)
        self.demo_label.setVisible(ctx.demo)
        for action in self._vault_actions:
            action.setEnabled(True)
        # Pages that are costly to fill (charts) bind the first time they are shown;
        # the rest bind now, so their shortcuts work from anywhere at once.
        current = self.tabs.currentWidget()
        self._unbound = [p for p in self.pages if getattr(p, "bind_when_shown", False)
                         and p is not current]
        for page in self.pages:
            if page not in self._unbound:
                page.bind(ctx)
        self.transfer.bind(ctx)
        self.show_autolock(load_minutes(ctx.vault.settings))

    def prepare_lock(self) -> None:
        """Let every tab save drafts (and a running export or import finish) while the
        vault is still open."""
        self.transfer.prepare_lock()
        for page in self.pages:
            try:
                page.prepare_lock()
            except Exception as exc:  # never let one tab stop the lock
                log.error("%s could not prepare for locking (%s)", page.objectName(),
                          type(exc).__name__)

    def _bind_on_show(self, index: int) -> None:
        page = self.tabs.widget(index)
        if self.ctx is not None and page in getattr(self, "_unbound", []):
            self._unbound.remove(page)
            page.bind(self.ctx)

    def clear(self) -> None:
        """After the vault closed: drop every piece of private text from the window."""
        self._unbound = []
        self.clipboard_guard.clear()
        for page in self.pages:
            try:
                page.clear()
            except Exception as exc:
                log.error("%s could not clear itself (%s)", page.objectName(),
                          type(exc).__name__)
        self._close_dialogs()
        self.transfer.clear()
        self.statusBar().clearMessage()
        for action in self._vault_actions:
            action.setEnabled(False)
        self.ctx = None

    def _close_dialogs(self) -> None:
        """Close what is still open over the window (the tabs close their own first).

        Our dialogs and message boxes are closed; any other dialog is only hidden,
        so a "discard your changes?" question cannot hold up the lock.
        """
        ours = (SettingsDialog, AboutDialog, PrivacyDialog, TaskDialog, QMessageBox)
        for dialog in self.findChildren(QDialog):
            if not dialog.isVisible():
                continue
            if isinstance(dialog, ours):
                dialog.done(QDialog.DialogCode.Rejected)
            else:
                dialog.hide()
        self.settings_dialog = self.passphrase_dialog = None

    def busy(self) -> bool:
        """True while a passphrase change is being written (locking must wait)."""
        return self.passphrase_dialog is not None and self.passphrase_dialog.busy

    def blocks_autolock(self) -> bool:
        return (self.busy() or self.transfer.busy()
                or any(page.blocks_autolock() for page in self.pages))

    def save_ui_state(self) -> None:
        try:
            self.ui_settings.save_window(self, self.tabs.currentIndex())
        except OSError as exc:
            log.warning("window size could not be saved (%s)", type(exc).__name__)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.save_ui_state()
        self.quitRequested.emit()
        super().closeEvent(event)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def show_autolock(self, minutes: int | None) -> None:
        if minutes is None:
            self.autolock_label.setText(self.tr("Auto-lock off"))
        elif minutes == 1:
            self.autolock_label.setText(self.tr("Locks after 1 minute idle"))
        else:
            self.autolock_label.setText(self.tr("Locks after %n minutes idle", "", minutes))

    # ------------------------------------------------------------------ commands
    def backup_now(self) -> None:
        if self.ctx is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = self.ctx.vault
            path = Path(vault.backup(dest_dir=vault.backup_folder()))
        except SecureBaseError as exc:
            QApplication.restoreOverrideCursor()
            dialogs.warning(self, self.tr("No backup made"), error_text(exc))
            return
        except OSError:
            QApplication.restoreOverrideCursor()
            dialogs.warning(self, self.tr("No backup made"), self.tr(
                "The backup could not be written; please check that the data folder has "
                "free space and can be written to."))
            return
        QApplication.restoreOverrideCursor()
        self.show_status(self.tr("Backup saved as %1 in %2.")
                         .replace("%1", path.name).replace("%2", str(path.parent)))

    def show_settings(self) -> None:
        if self.ctx is None:
            return
        dialog = SettingsDialog(load_minutes(self.ctx.vault.settings), self,
                                ui_settings=self.ui_settings)
        dialog.accepted.connect(lambda: self._apply_autolock(dialog.minutes()))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.settings_dialog = dialog
        dialog.open()

    def _apply_autolock(self, minutes: int | None) -> None:
        if self.ctx is None:
            return
        try:
            save_minutes(self.ctx.vault.settings, minutes)
        except SecureBaseError as exc:
            dialogs.warning(self, self.tr("Setting not saved"), error_text(exc))
            return
        self.show_autolock(minutes)
        self.autolockChanged.emit(minutes)
        self.show_status(self.tr("Auto-lock setting saved."))

    def show_change_passphrase(self) -> None:
        if self.ctx is None:
            return
        dialog = ChangePassphraseDialog(self.ctx.vault.change_passphrase, self)
        dialog.accepted.connect(lambda: self.show_status(self.tr(
            "Your passphrase was changed. Use the new one from now on.")))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.passphrase_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.settings_dialog is dialog:
            self.settings_dialog = None
        if self.passphrase_dialog is dialog:
            self.passphrase_dialog = None
        dialog.deleteLater()

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def show_privacy(self) -> None:
        data_dir = self.ctx.data_dir if self.ctx is not None else Path()
        dialog = PrivacyDialog(data_dir, self.ui_settings.path, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def menu_for(self, name: str) -> QMenu | None:
        """The top-level menu whose action has this text without '&' (for tests)."""
        for action in self.menuBar().actions():
            if action.text().replace("&", "") == name:
                return action.menu()
        return None


def _connect(obj: object, signal_name: str, slot) -> bool:
    """Connect ``obj.<signal_name>`` when the tab offers it (tabs grow independently)."""
    signal = getattr(obj, signal_name, None)
    if signal is None or not hasattr(signal, "connect"):
        return False
    signal.connect(slot)
    return True
