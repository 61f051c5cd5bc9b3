"""Every modal message box, file chooser and print dialog of the app goes through here.

One small module, in the manner of qutebrowser's ``misc/msgbox.py``, so tests can
stub the modals (``monkeypatch.setattr(dialogs, "question", lambda *a, **k: True)``)
instead of fighting a blocking ``exec()``. Callers must therefore call these as
module attributes (``dialogs.question(...)``), never ``from ... import question``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

__all__ = [
    "information",
    "warning",
    "question",
    "get_save_path",
    "get_open_path",
    "get_existing_dir",
    "print_document",
]


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def information(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something calm; one OK button."""
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong (one sentence, never a traceback)."""
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def question(parent: QWidget | None, title: str, text: str, *, yes_text: str | None = None,
             no_text: str | None = None, default_yes: bool = True) -> bool:
    """Ask a yes/no question; True when the user chose yes. Escape means no."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text or QMessageBox.tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(no_text or QMessageBox.tr("No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def _documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _single_suffix(name_filter: str) -> str | None:
    """'Text files (*.txt)' -> '.txt'; None when the filter allows several patterns."""
    patterns = re.findall(r"\*(\.[\w.]+)", name_filter)
    return patterns[0] if len(patterns) == 1 else None


def get_save_path(parent: QWidget | None, title: str, default_name: str,
                  name_filter: str = "") -> Path | None:
    """Ask where to save; None when cancelled. Adds the filter's suffix if it was left off."""
    start = _documents_dir() / default_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = _single_suffix(name_filter)
    if suffix and not path.name.lower().endswith(suffix.lower()):
        path = path.with_name(path.name + suffix)
    return path


def get_open_path(parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
    """Ask for an existing file; None when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(_documents_dir()), name_filter)
    return Path(chosen) if chosen else None


def get_existing_dir(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Ask for a folder; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or _documents_dir()))
    return Path(chosen) if chosen else None


def print_document(parent: QWidget | None, title: str, document: QTextDocument) -> bool:
    """Show the system print dialog and print ``document``; True if it was sent to print."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    chooser = QPrintDialog(printer, parent)
    chooser.setWindowTitle(title)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True
