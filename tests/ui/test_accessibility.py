"""Screen readers: every control of every tab and dialog has a name.

The name checked is the one assistive technology reads, from Qt's accessibility
interface: the accessible name set on the widget, else a button's or check box's own
text, else the text of the label that is its buddy. A control without any of these
is announced only as "button" or "edit".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from securebase.app import AppContext
from securebase.storage.vault import Vault
from securebase.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.populated import fake_clock, populate

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractSlider, QAbstractItemView)


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces: a combo box's or spin box's editor, a line edit's clear
    button, a view's scroll bars and header (its columns are named by the model)."""
    if isinstance(widget, QScrollBar | QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Every control under ``root`` (shown or not) that a screen reader cannot name."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not _part_of_another_control(widget):
            if not accessible_name(widget):
                chain, w = [], widget
                while w is not None and w is not root:
                    chain.append(w.objectName() or type(w).__name__)
                    w = w.parentWidget()
                found.append("/".join(reversed(chain)))
    return found


@pytest.fixture
def window(qtbot, data_dir, make_vault, monkeypatch):
    from securebase.ui import dialogs

    for name in ("information", "warning"):
        monkeypatch.setattr(dialogs, name, lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "question", lambda *a, **k: True)
    clock = fake_clock()
    vault = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    populate(vault)
    win = MainWindow(AppContext(vault=vault, clock=clock, data_dir=data_dir))
    qtbot.addWidget(win)
    win.show()
    yield win
    for page in win.pages:
        page.prepare_lock()
        page.clear()
    vault.close()


def test_the_check_notices_a_control_without_a_name(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare = QLineEdit()
    bare.setObjectName("bareEdit")
    named = QPushButton("&Save")
    layout.addWidget(bare)
    layout.addWidget(named)
    assert unnamed(root) == ["bareEdit"]
    bare.setAccessibleName("Name on the card")
    assert unnamed(root) == []


def test_every_control_on_every_tab_has_a_name(qtbot, window):
    missing: dict[str, list[str]] = {}
    for index, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        missing[page.objectName()] = unnamed(page)
    # The states that show other controls: a questionnaire, each kind of entry, the
    # four practices.
    assessment, journal, body = window.pages[1], window.pages[2], window.pages[3]
    assessment.start()
    missing["assessment (questionnaire)"] = unnamed(assessment)
    journal.open_quick_capture()
    journal.new_experiment()
    missing["journal (experiment)"] = unnamed(journal)
    journal.open_narrative()
    missing["journal (narrative)"] = unnamed(journal)
    for opener in (body.open_breathing, body.open_pause_timer, body.open_stay_timer):
        opener()
        missing[f"body scan ({opener.__name__})"] = unnamed(body)
    missing["main window"] = [name for name in unnamed(window)
                              if not any(name.startswith(p.objectName()) for p in window.pages)]
    missing = {where: names for where, names in missing.items() if names}
    assert not missing


def test_every_dialog_has_names_for_its_controls(qtbot, data_dir, make_vault, tmp_path):
    from securebase.ui.about_dialog import AboutDialog, PrivacyDialog
    from securebase.ui.change_passphrase_dialog import ChangePassphraseDialog
    from securebase.ui.create_vault_dialog import CreateVaultDialog
    from securebase.ui.help_panel import HelpPanel
    from securebase.ui.journal.content import journal_content
    from securebase.ui.journal.quick_capture import QuickCaptureDialog
    from securebase.ui.recovery_dialog import RecoveryDialog
    from securebase.ui.settings_dialog import SettingsDialog
    from securebase.ui.unlock_dialog import UnlockDialog

    made = [
        SettingsDialog(5), ChangePassphraseDialog(lambda old, new: None), AboutDialog(),
        PrivacyDialog(data_dir, Path(tmp_path / "ui.ini")), HelpPanel(country="CN"),
        UnlockDialog(data_dir), CreateVaultDialog(tmp_path / "new"), RecoveryDialog(data_dir),
        QuickCaptureDialog(journal_content(), lambda moment: True, lambda: None),
    ]
    missing = {}
    for dialog in made:
        qtbot.addWidget(dialog)
        names = unnamed(dialog)
        if names:
            missing[type(dialog).__name__] = names
    assert not missing
