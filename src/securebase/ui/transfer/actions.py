"""The menu actions File → Export…, File → Import… and Settings → Backups…, and the
dialogs they open, so the main window only places the actions and wires signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from securebase.ui.transfer.backups_dialog import BackupsDialog
from securebase.ui.transfer.export_dialog import ExportDialog
from securebase.ui.transfer.import_dialog import ImportDialog

if TYPE_CHECKING:
    from securebase.app import AppContext


class TransferActions(QObject):
    #: A backup was chosen and checked: the controller should restore it and reopen.
    restoreRequested = Signal(object, str)
    #: Something was imported: the tabs should show it.
    contentChanged = Signal()
    #: A short line for the status bar.
    status = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: AppContext | None = None
        self.dialog: QDialog | None = None
        self.export_action = self._action(self.tr("&Export…"), "exportAction", "Ctrl+Shift+E",
                                          self.show_export)
        self.import_action = self._action(self.tr("&Import…"), "importAction", "Ctrl+Shift+I",
                                          self.show_import)
        self.backups_action = self._action(self.tr("&Backups…"), "backupsAction", None,
                                           self.show_backups)

    def _action(self, text: str, name: str, shortcut: str | None, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.backups_action]

    def bind(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def prepare_lock(self) -> None:
        """Before the vault closes: let a running export, import or check finish first
        (an import's transaction ends whole), and drop its result."""
        dialog = self.dialog
        if dialog is not None and getattr(dialog, "busy", False):
            dialog.task.abandon()
            dialog.set_busy(False)

    def clear(self) -> None:
        """After the vault closed (the window has closed the dialogs already)."""
        self.ctx = None
        self.dialog = None

    def busy(self) -> bool:
        return self.dialog is not None and bool(getattr(self.dialog, "busy", False))

    # ------------------------------------------------------------------ dialogs
    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.done(QDialog.DialogCode.Rejected)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def show_export(self) -> ExportDialog | None:
        if self.ctx is None:
            return None
        dialog = ExportDialog(self.ctx, self.window)
        dialog.exported.connect(lambda result: self.status.emit(
            self.tr("Exported to %1.").replace("%1", str(result.path))))
        return self._open(dialog)

    def show_import(self) -> ImportDialog | None:
        if self.ctx is None:
            return None
        dialog = ImportDialog(self.ctx, self.window)
        dialog.imported.connect(lambda _report: self.contentChanged.emit())
        return self._open(dialog)

    def show_backups(self) -> BackupsDialog | None:
        if self.ctx is None:
            return None
        dialog = BackupsDialog(self.ctx, self.window)
        dialog.restoreRequested.connect(self.restoreRequested.emit)
        dialog.backedUp.connect(lambda path: self.status.emit(
            self.tr("Backup saved as %1 in %2.").replace("%1", path.name)
            .replace("%2", str(path.parent))))
        return self._open(dialog)
