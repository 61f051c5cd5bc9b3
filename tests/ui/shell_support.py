"""Helpers for the application-shell tests: a stand-in unlock dialog, a tab that
shows private text, and a controller that is started and unlocked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from securebase.storage.errors import WrongPassphrase
from securebase.ui.tabs.base import TabPage
from tests.conftest import PASSPHRASE

MARKER = "marker: the argument with Sam on the stairs"


class StubUnlockDialog(QDialog):
    """The unlock dialog's contract (object names, ``lock=``, ``.vault``) without its looks."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, lock=None,
                 clock=None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.data_dir = Path(data_dir)
        self.lock = lock
        self.clock = clock
        self.vault = None
        self.attempts = 0
        layout = QVBoxLayout(self)
        self.edit = QLineEdit()
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.button = QPushButton("Unlock")
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self.try_unlock)
        for widget in (self.edit, self.message, self.button):
            layout.addWidget(widget)

    def try_unlock(self) -> None:
        from securebase.storage.vault import Vault

        self.attempts += 1
        try:
            self.vault = Vault.open(self.data_dir, self.edit.text(), lock=self.lock,
                                    clock=self.clock, auto_backup=False)
        except WrongPassphrase as exc:
            self.message.setText(exc.user_message)
            return
        self.edit.clear()
        self.accept()


def stub_unlock_factory(data_dir, parent, lock, clock):
    return StubUnlockDialog(data_dir, parent, lock=lock, clock=clock)


class MarkerTab(TabPage):
    """A tab that shows private text (a label and an editable field) until cleared."""

    blocking = False

    def __init__(self, parent: QWidget | None = None, *, name: str = "journalTab") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("markerLabel")
        self.edit = QLineEdit()
        self.edit.setObjectName("markerEdit")
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        self.prepared = 0
        self.cleared = 0
        self.vault_open_when_prepared: bool | None = None

    def bind(self, ctx) -> None:
        super().bind(ctx)
        self.label.setText(MARKER)
        self.edit.setText(MARKER)

    def prepare_lock(self) -> None:
        self.prepared += 1
        self.vault_open_when_prepared = bool(self.ctx and self.ctx.vault.is_open)

    def clear(self) -> None:
        self.cleared += 1
        self.label.clear()
        self.edit.clear()
        super().clear()

    def blocks_autolock(self) -> bool:
        return self.blocking


def journal_marker_tab(parent=None):
    return MarkerTab(parent, name="journalTab")


def body_scan_marker_tab(parent=None):
    return MarkerTab(parent, name="bodyScanTab")


def unlock(qtbot, controller, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase into the current unlock dialog and wait for the main window."""
    dialog = controller.dialog
    assert dialog is not None and dialog.objectName() == "unlockDialog"
    dialog.findChild(QLineEdit, "passphraseEdit").setText(passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        dialog.findChild(QPushButton, "unlockButton").click()
