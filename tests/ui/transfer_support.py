"""Fixtures for the export, import and backup dialogs: a bound main window and
recorders standing in for the modal dialogs."""

from __future__ import annotations

import pytest

from securebase.app import AppContext
from securebase.domain.clock import FakeClock
from securebase.ui import dialogs
from securebase.ui import main_window as main_window_module
from securebase.ui.main_window import MainWindow
from securebase.ui.transfer import passphrase_prompt
from tests.ui.shell_support import journal_marker_tab


class Modals:
    """Records information/warning boxes and answers questions and file choosers."""

    def __init__(self, monkeypatch) -> None:
        self.informed: list[str] = []
        self.warned: list[str] = []
        self.asked: list[str] = []
        self.answer = True
        self.save_path = None
        self.open_path = None
        self.folder = None
        self.passphrase: str | None = None
        self.passphrase_asked = 0
        monkeypatch.setattr(dialogs, "information",
                            lambda parent, title, text: self.informed.append(text))
        monkeypatch.setattr(dialogs, "warning", lambda parent, title, text: self.warned.append(text))
        monkeypatch.setattr(dialogs, "question", self._question)
        monkeypatch.setattr(dialogs, "get_save_path",
                            lambda parent, title, name, name_filter="": self.save_path)
        monkeypatch.setattr(dialogs, "get_open_path",
                            lambda parent, title, name_filter="": self.open_path)
        monkeypatch.setattr(dialogs, "get_existing_dir",
                            lambda parent, title, start=None: self.folder)
        monkeypatch.setattr(passphrase_prompt, "ask_passphrase", self._passphrase)

    def _question(self, parent, title, text, **kwargs) -> bool:
        self.asked.append(text)
        return self.answer

    def _passphrase(self, parent, title, text):
        self.passphrase_asked += 1
        return self.passphrase


@pytest.fixture
def modals(monkeypatch):
    return Modals(monkeypatch)


@pytest.fixture
def window(qtbot, vault, data_dir, monkeypatch):
    monkeypatch.setattr(main_window_module, "JournalTab", journal_marker_tab)
    ctx = AppContext(vault=vault, clock=FakeClock(), data_dir=data_dir)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def finish(qtbot, dialog, timeout: int = 30_000) -> None:
    """Wait until the dialog's worker has reported back."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=timeout)
