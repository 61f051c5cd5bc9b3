"""Fixtures and helpers for the Journal tab tests (imported by tests/ui/test_journal*.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from securebase.app import AppContext
from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.storage.vault import Vault
from securebase.ui import dialogs
from securebase.ui.tabs.journal_tab import JournalTab
from tests.conftest import PASSPHRASE

START = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
DRAFT_MS = 20


@pytest.fixture
def clock():
    return FakeClock(START)


@pytest.fixture
def jv(data_dir, make_vault, clock):
    v = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def ctx(jv, clock, data_dir):
    return AppContext(vault=jv, clock=clock, data_dir=data_dir)


class Asked:
    """Stands in for dialogs.question: records each question and gives ``answer``."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answer = True

    def __call__(self, parent, title, text, **kw) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def asked(monkeypatch):
    stub = Asked()
    monkeypatch.setattr(dialogs, "question", stub)
    return stub


def make_tab(qtbot, ctx=None, **kw) -> JournalTab:
    kw.setdefault("draft_interval_ms", DRAFT_MS)
    kw.setdefault("search_delay_ms", 0)
    tab = JournalTab(**kw)
    qtbot.addWidget(tab)
    tab.resize(1240, 780)
    # the main window adds these to a menu; here the tab holds them itself
    tab.addActions(tab.global_actions())
    if ctx is not None:
        tab.bind(ctx)
    tab.show()
    return tab


@pytest.fixture
def tab(qtbot, ctx, asked):
    page = make_tab(qtbot, ctx)
    yield page
    if page.ctx is not None:
        page.prepare_lock()
        page.clear()
    if page.quick_dialog is not None:
        page.quick_dialog.done(0)


def add_moments(vault, count: int, *, text: str = "moment", start: datetime = START) -> None:
    for i in range(count):
        vault.triggers.add(TriggerMoment(intensity=i % 11,
                                         occurred_at=start - timedelta(minutes=10 * i),
                                         situation=f"{text} {i}"))


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Widgets a user can operate, leaving out the inner parts of compound widgets."""
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
             QAbstractSpinBox, QSlider, QAbstractItemView)
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QScrollBar):
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit,
                               QAbstractItemView)):
            continue
        if parent is not None and type(parent).__name__ in ("QComboBoxPrivateContainer",
                                                            "QCalendarWidget"):
            continue
        if w.window() is not root.window() and not isinstance(root, type(w.window())):
            continue
        found.append(w)
    return found


def texts_in(root: QWidget) -> list[str]:
    """Every piece of text any widget under ``root`` holds or shows."""
    from PySide6.QtWidgets import QLabel, QListWidget

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit,)):
            out.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model, root_index = w.model(), QModelIndex()
            for r in range(model.rowCount(root_index)):
                c = 0
                while model.index(r, c).isValid():  # list models hide columnCount
                    out.append(str(model.index(r, c).data() or ""))
                    c += 1
        if w.toolTip():
            out.append(w.toolTip())
    return out
