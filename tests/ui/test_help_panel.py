""""Need help now?": F1 from every tab, the three helplines and the last-checked date,
the line for where the user is first, and when to stop an exercise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget

from securebase.app import AppContext
from securebase.domain.clock import FakeClock
from securebase.domain.helplines import HelpContentError, parse_help
from securebase.services.today import help_content, read_content
from securebase.ui.help_panel import HelpPanel, show_help
from securebase.ui.tabs.assessment_tab import AssessmentTab
from securebase.ui.tabs.body_scan_tab import BodyScanTab
from securebase.ui.tabs.journal_tab import JournalTab
from securebase.ui.tabs.today_tab import TodayTab
from securebase.ui.tabs.trends_tab import TrendsTab

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def window(qtbot, vault, data_dir):
    win = QMainWindow()
    tabs = QTabWidget()
    today = TodayTab()
    for page in (today, AssessmentTab(), JournalTab(), BodyScanTab(), TrendsTab()):
        tabs.addTab(page, page.title or page.objectName())
    win.setCentralWidget(tabs)
    for action in today.global_actions():  # what the main window does with them
        win.addAction(action)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    today.bind(AppContext(vault=vault, clock=FakeClock(), data_dir=data_dir))
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.tabs, win.today = tabs, today
    return win


def panel_of(win) -> HelpPanel | None:
    return win.findChild(HelpPanel, "helpPanel")


def test_the_help_action_is_f1_and_application_wide(window):
    (action,) = window.today.global_actions()
    assert action is window.today.help_action
    assert action.text() == "Need help now?"
    assert action.shortcut().toString() == "F1"
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_f1_opens_the_panel_from_every_tab(window, qtbot):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.tabs.currentWidget().setFocus()
        qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: panel_of(window) is not None and panel_of(window).isVisible())
        panel = panel_of(window)
        text = panel.text()
        for needle in ("988", "116 123", "12356", "findahelpline.com", "2026-11"):
            assert needle in text, (index, needle)
        panel.close()
        assert not panel.isVisible()


def test_the_panel_opens_while_the_vault_is_locked(window, qtbot):
    window.today.clear()
    window.today.help_action.trigger()
    qtbot.waitUntil(lambda: panel_of(window) is not None and panel_of(window).isVisible())


def test_opening_twice_reuses_one_panel(window):
    first = show_help(window.today)
    second = show_help(window.today)
    assert first is second
    assert len(window.findChildren(HelpPanel)) == 1


@pytest.mark.parametrize(("country", "first"), [
    ("US", "988"), ("GB", "116 123"), ("IE", "116 123"), ("CN", "12356"),
    ("FR", "findahelpline.com"), ("", "findahelpline.com"),
])
def test_the_line_for_where_you_are_comes_first(qtbot, country, first):
    panel = HelpPanel(country=country)
    qtbot.addWidget(panel)
    assert first in panel.cards[0].contact.text()
    assert len(panel.cards) == 4
    assert panel.cards[0].property("focused") is True
    assert not any(c.property("focused") for c in panel.cards[1:])
    if country in ("US", "GB", "IE", "CN"):
        assert "findahelpline.com" in panel.cards[-1].contact.text()


def test_when_to_stop_and_reach_for_a_professional(qtbot):
    panel = HelpPanel(country="US")
    qtbot.addWidget(panel)
    text = panel.text().lower()
    for sign in ("flashbacks", "unreal", "harming yourself", "violence", "daily life"):
        assert sign in text
    assert "not therapy" in text
    assert "emergency" in text


def test_help_content_is_dated_and_complete():
    content = help_content("en")
    assert content.last_checked == "2026-11"
    contacts = {h.contact for h in content.helplines}
    assert contacts == {"Call or text 988", "Call 116 123", "Call 12356", "findahelpline.com"}
    assert help_content("zh_CN").helplines  # an untranslated locale falls back to English


def test_help_content_without_a_catch_all_or_stop_signs_is_refused():
    data = read_content("help.toml")
    data["helplines"] = [h for h in data["helplines"] if h.get("countries")]
    with pytest.raises(HelpContentError, match="catch-all"):
        parse_help(data)
    data = read_content("help.toml")
    data["stop"]["signs"] = []
    with pytest.raises(HelpContentError, match="signs"):
        parse_help(data)
