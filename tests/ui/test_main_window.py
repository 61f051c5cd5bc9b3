"""The main window: contract names, tabs and shortcuts, menus, backup, geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from securebase.app import AppContext, AppController
from securebase.domain.clock import FakeClock
from securebase.storage.backups import list_backups
from securebase.storage.errors import StorageFull
from securebase.ui import dialogs
from securebase.ui import main_window as main_window_module
from securebase.ui.main_window import MainWindow
from securebase.ui.tabs.base import TabPage
from securebase.ui.ui_settings import KEYS, UiSettings, settings_path
from tests.conftest import PASSPHRASE
from tests.ui.shell_support import MARKER, journal_marker_tab, stub_unlock_factory, unlock

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

TAB_NAMES = ["todayTab", "assessmentTab", "journalTab", "bodyScanTab", "trendsTab"]


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def make_window(qtbot, vault, data_dir):
    def make(*, demo=False) -> MainWindow:
        ctx = AppContext(vault=vault, clock=FakeClock(), data_dir=data_dir, demo=demo)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    w = make_window()
    w.show()
    return w


def test_window_has_every_contract_name(window):
    assert window.objectName() == "mainWindow"
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TAB_NAMES
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Today", "Assessment", "Journal", "Body scan", "Trends"]
    lock = window.findChild(QAction, "lockAction")
    assert lock is not None and lock.shortcut().toString() == "Ctrl+L"
    assert window.windowTitle() == "SecureBase"
    assert window.minimumSize().width() >= 900 and window.minimumSize().height() >= 600


def test_first_start_size_is_1280x800_or_what_fits_the_screen(window):
    room = window.screen().availableGeometry()
    expected_w = max(900, min(1280, room.width() - 40))
    expected_h = max(600, min(800, room.height() - 40))
    assert (window.width(), window.height()) == (expected_w, expected_h)


def test_demo_vault_says_so_in_the_title(make_window):
    window = make_window(demo=True)
    assert window.windowTitle() == "SecureBase — DEMO"
    assert not window.demo_label.isHidden()


def test_ctrl_number_switches_tabs(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for index in (4, 0, 2, 3, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index


def test_menus_hold_the_commands(window):
    def texts(name):
        return [a.text().replace("&", "") for a in window.menu_for(name).actions()
                if not a.isSeparator()]

    assert texts("File") == ["Export…", "Import…", "Back up now", "Lock", "Quit"]
    assert texts("Settings") == ["Auto-lock and language…", "Change passphrase…", "Backups…"]
    assert texts("Help") == ["Need help now?", "About SecureBase", "Privacy"]
    assert texts("View") == ["Today", "Assessment", "Journal", "Body scan", "Trends"]
    offered = [a for page in window.pages for a in page.global_actions()]
    listed = [a for a in window.actions_menu.actions() if not a.isSeparator()]
    assert listed == offered
    assert window.actions_menu.menuAction().isVisible() == bool(offered)


class ActionTab(TabPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("todayTab")
        self.log_action = QAction("Log a moment", self)
        self.log_action.setShortcut("Ctrl+Shift+M")
        self.fired = 0
        self.log_action.triggered.connect(self._fire)

    def _fire(self):
        self.fired += 1

    def global_actions(self):
        return [self.log_action]


def test_tab_actions_join_a_menu_with_application_wide_shortcuts(
        qtbot, monkeypatch, make_window):
    monkeypatch.setattr(main_window_module, "TodayTab", ActionTab)
    window = make_window()
    window.show()
    tab = window.pages[0]
    assert window.actions_menu.menuAction().isVisible()
    assert tab.log_action in window.actions_menu.actions()
    assert tab.log_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    window.tabs.setCurrentIndex(3)  # works from any tab
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.fired == 1


def test_back_up_now_writes_a_backup_and_names_it(window, vault):
    before = list_backups(vault.paths.backups)
    window.backup_action.trigger()
    after = list_backups(vault.paths.backups)
    assert len(after) == len(before) + 1
    newest = after[0]
    assert newest.path.is_file() and newest.reason == "manual"
    assert newest.path.name in window.statusBar().currentMessage()


def test_back_up_errors_are_one_sentence(monkeypatch, window, vault, warnings_shown):
    def full(*args, **kwargs):
        raise StorageFull()

    monkeypatch.setattr(vault, "backup", full)
    window.backup_action.trigger()
    assert warnings_shown == [StorageFull().user_message]
    assert QApplication.overrideCursor() is None


def test_back_up_os_errors_are_explained(monkeypatch, window, vault, warnings_shown):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/x")

    monkeypatch.setattr(vault, "backup", denied)
    window.backup_action.trigger()
    assert len(warnings_shown) == 1 and "backup could not be written" in warnings_shown[0]
    assert "Permission denied" not in warnings_shown[0]


def test_geometry_and_tab_are_restored_and_the_ini_holds_nothing_private(
        qtbot, monkeypatch, make_window):
    monkeypatch.setattr(main_window_module, "JournalTab", journal_marker_tab)
    first = make_window()
    first.show()
    first.resize(900, 640)  # the offscreen test screen is 800x800; the minimum width is 900
    first.tabs.setCurrentIndex(2)
    assert first.pages[2].label.text() == MARKER
    first.close()

    path = settings_path()
    assert path.is_file()
    raw = path.read_bytes()
    assert MARKER.encode() not in raw and PASSPHRASE.encode() not in raw
    stored = QSettings(str(path), QSettings.Format.IniFormat)
    assert sorted(stored.allKeys()) == sorted(KEYS)

    second = make_window()
    assert (second.width(), second.height()) == (900, 640)
    assert second.tabs.currentIndex() == 2


def test_unusable_saved_values_fall_back_to_defaults(make_window):
    qs = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    qs.setValue("window/geometry", QByteArray(b"not geometry"))
    qs.setValue("window/tab", 99)
    qs.sync()
    window = make_window()
    assert (window.width(), window.height()) == (window._default_size().width(),
                                                 window._default_size().height())
    assert window.tabs.currentIndex() == 0
    assert UiSettings().last_tab(5) == 0


def test_auto_lock_setting_is_stored_in_the_vault(qtbot, window, vault):
    changed = []
    window.autolockChanged.connect(changed.append)
    window.autolock_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_minutes(15)
    dialog.accept()
    assert vault.settings.get("autolock_minutes") == 15
    assert changed == [15]
    assert "15" in window.autolock_label.text()
    assert not settings_path().exists() or b"15" not in settings_path().read_bytes()


def test_change_passphrase_from_the_menu(qtbot, window, vault, data_dir):
    from securebase.storage.errors import WrongPassphrase
    from securebase.storage.vault import Vault
    from tests.conftest import OTHER_PASSPHRASE

    window.passphrase_action.trigger()
    dialog = window.passphrase_dialog
    dialog.old_edit.setText(PASSPHRASE)
    dialog.new_edit.setText(OTHER_PASSPHRASE)
    dialog.confirm_edit.setText(OTHER_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.change_button.click()
    assert "passphrase was changed" in window.statusBar().currentMessage()
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE, auto_backup=False)
    Vault.open(data_dir, OTHER_PASSPHRASE, auto_backup=False).close()


def test_privacy_page_names_the_real_folders(qtbot, window, data_dir):
    window.privacy_action.trigger()
    dialog = window.findChild(QWidget, "privacyDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert str(data_dir) in text and str(settings_path()) in text
    for fact in ("Argon2id", "AES-256-GCM", "SQLCipher", "no network"):
        assert fact.lower() in text.lower()
    dialog.reject()


def test_about_dialog_opens(qtbot, window):
    window.about_action.trigger()
    dialog = window.findChild(QWidget, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    assert "not therapy" in " ".join(
        label.text() for label in dialog.findChildren(main_window_module.QLabel))
    dialog.reject()


# ---------------------------------------------------------------- with the controller
@pytest.fixture
def running(qtbot, data_dir, make_vault, monkeypatch):
    monkeypatch.setattr(main_window_module, "JournalTab", journal_marker_tab)
    ctl = AppController(data_dir, clock=FakeClock(), unlock_dialog=stub_unlock_factory,
                        autolock_check_ms=60_000, warm_up=())
    ctl.start()
    unlock(qtbot, ctl)
    yield ctl
    ctl.quit()
    ctl.window.deleteLater()


def test_ctrl_l_closes_the_vault_clears_tabs_and_shows_the_unlock_dialog(qtbot, running):
    window = running.window
    vault = running.ctx.vault
    journal = window.findChild(QWidget, "journalTab")
    assert journal.label.text() == MARKER
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(running.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open
    assert journal.label.text() == "" and journal.edit.text() == ""
    assert not window.isVisible()
    dialog = running.dialog
    assert dialog.isVisible() and dialog.objectName() == "unlockDialog"
    assert not window.lock_action.isEnabled() and not window.backup_action.isEnabled()


def test_locking_closes_open_dialogs_with_passphrases(qtbot, running):
    window = running.window
    window.passphrase_action.trigger()
    dialog = window.passphrase_dialog
    dialog.old_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(running.locked):
        window.lock_action.trigger()
    assert not dialog.isVisible()
    assert dialog.old_edit.text() == ""
    assert window.passphrase_dialog is None


# ---------------------------------------------------------------- wiring between tabs
def test_today_actions_open_the_tab_that_does_them(qtbot, window):
    today = window.findChild(QWidget, "todayTab")
    today.actionRequested.emit("assessment")
    assert window.tabs.currentWidget().objectName() == "assessmentTab"
    today.actionRequested.emit("trigger")
    assert window.tabs.currentWidget().objectName() == "journalTab"
    window.tabs.setCurrentIndex(0)
    today.bodyScanRequested.emit(5)
    assert window.tabs.currentWidget().objectName() == "bodyScanTab"


class ActingJournal(TabPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("journalTab")
        self.handled = []

    def handle_action(self, value):
        self.handled.append(value)


def test_a_tab_that_handles_actions_is_handed_them(qtbot, monkeypatch, make_window):
    monkeypatch.setattr(main_window_module, "JournalTab", ActingJournal)
    window = make_window()
    today = window.findChild(QWidget, "todayTab")
    for value in ("trigger", "experiment", "narrative", "reflect"):
        today.actionRequested.emit(value)
    assert window.pages[2].handled == ["trigger", "experiment", "narrative", "reflect"]


def test_the_tray_brings_the_app_to_the_front(qtbot, window):
    today = window.findChild(QWidget, "todayTab")
    window.tabs.setCurrentIndex(4)
    with qtbot.waitSignal(window.frontRequested):
        today.tray.todayRequested.emit()
    assert window.tabs.currentIndex() == 0
    with qtbot.waitSignal(window.frontRequested):
        today.tray.showWindowRequested.emit()


def test_locking_hides_a_tab_dialog_without_asking_it_anything(qtbot, running):
    from PySide6.QtWidgets import QDialog

    class EditorDialog(QDialog):
        asked = 0

        def reject(self):  # would ask "discard your changes?"
            EditorDialog.asked += 1

    editor = EditorDialog(running.window.pages[2])
    editor.open()
    assert editor.isVisible()
    with qtbot.waitSignal(running.locked):
        running.window.lock_action.trigger()
    assert not editor.isVisible()
    assert EditorDialog.asked == 0


def test_clipboard_text_from_other_programs_is_left_alone(qtbot):
    from PySide6.QtGui import QGuiApplication

    from securebase.ui.clipboard_guard import ClipboardGuard

    guard = ClipboardGuard()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is None)
    clipboard = QApplication.clipboard()
    clipboard.setText("a shopping list from another program")
    assert guard.clear() is False
    assert clipboard.text() == "a shopping list from another program"
    clipboard.clear()
    guard.deleteLater()
