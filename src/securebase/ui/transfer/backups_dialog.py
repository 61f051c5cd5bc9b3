"""Settings → Backups…: every encrypted backup with its date, kind and size; Back up
now; Restore; Verify; and the folder new backups go to.

Restoring replaces the open vault, so this dialog only prepares it: it checks the
backup opens with the passphrase the user gives, asks for confirmation, and then
emits ``restoreRequested(path, passphrase)``. The application controller closes the
vault, restores (keeping the current vault as a backup first) and opens it again.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from securebase.storage.backups import BackupInfo, list_backups, parse_name
from securebase.storage.errors import (
    BackupNotFound,
    SecureBaseError,
    VaultDamaged,
    WrongPassphrase,
)
from securebase.storage.restore import verify_backup
from securebase.storage.vault import BACKUP_DIR_KEY
from securebase.ui import dialogs
from securebase.ui.i18n import error_text
from securebase.ui.transfer import passphrase_prompt
from securebase.ui.transfer.common import TransferDialog, human_size, human_time
from securebase.ui.workers import explain

if TYPE_CHECKING:
    from securebase.app import AppContext

COLUMNS = 5
DATE, KIND, SIZE, WHERE, CHECK = range(COLUMNS)
PATH_ROLE = Qt.ItemDataRole.UserRole


def gather(ctx: AppContext) -> list[tuple[BackupInfo, bool]]:
    """Backups in the vault's folder and in the chosen folder, newest first, each with
    whether it lies in the chosen folder."""
    vault = ctx.vault
    folders = [(vault.paths.backups, False)]
    chosen = vault.chosen_backup_folder()
    if chosen is not None and chosen.resolve() != vault.paths.backups.resolve():
        folders.append((chosen, True))
    found = [(info, in_chosen) for folder, in_chosen in folders
             for info in list_backups(folder)]
    found.sort(key=lambda pair: (pair[0].created, pair[0].path.name), reverse=True)
    return found


def verify_all(paths, passphrase: str, current, progress) -> dict[Path, tuple[str, str]]:
    """Verify each backup (off the UI thread); path -> (state, detail)."""
    results: dict[Path, tuple[str, str]] = {}
    for done, path in enumerate(paths):
        progress.count(done, len(paths))
        try:
            problems = verify_backup(path, passphrase, current=current)
            results[path] = ("good", "") if not problems else ("damaged", "; ".join(problems))
        except WrongPassphrase:
            results[path] = ("passphrase", "")
        except (VaultDamaged, BackupNotFound, OSError) as exc:
            results[path] = ("damaged", getattr(exc, "user_message", "") or "")
    progress.count(len(paths), len(paths))
    return results


class BackupsDialog(TransferDialog):
    restoreRequested = Signal(object, str)  # backup path, passphrase
    backedUp = Signal(object)  # the new backup's path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("backupsDialog", self.tr("Backups"), self.tr(
            "Encrypted copies of your whole vault. SecureBase makes one on each day you "
            "unlock it, and one before every update, import and restore. A backup opens with "
            "the passphrase that was current when it was made."), parent)
        self.ctx = ctx
        self.setMinimumWidth(720)
        self.results: dict[Path, tuple[str, str]] = {}

        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_folder_button = self._button(self.tr("Ch&oose folder…"), "chooseFolderButton",
                                                 self.choose_folder)
        self.default_folder_button = self._button(self.tr("&Use the vault's folder"),
                                                  "defaultFolderButton", self.use_default_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_folder_button)
        folder_row.addWidget(self.default_folder_button)
        self.body.addLayout(folder_row)

        self.table = QTreeWidget(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"),
                                    self.tr("Where"), self.tr("Check")])
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in (DATE, KIND, SIZE, WHERE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(220)
        self.body.addWidget(self.table)
        self.empty_label = self.note(self.tr(
            "There are no backups yet. Back up now to make the first one."), self)
        self.body.addWidget(self.empty_label)

        buttons = QDialogButtonBox(self)
        self.backup_button = self._button(self.tr("&Back up now"), "backupNowButton",
                                          self.back_up_now)
        self.restore_button = self._button(self.tr("&Restore…"), "restoreButton",
                                           self.restore_selected)
        self.verify_button = self._button(self.tr("&Verify all…"), "verifyButton",
                                          self.verify)
        self.restore_file_button = self._button(self.tr("Restore from a f&ile…"),
                                                "restoreFileButton", self.restore_file)
        for button in (self.backup_button, self.restore_button, self.restore_file_button,
                       self.verify_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        self.add_buttons(buttons, body_grows=True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        vault = self.ctx.vault
        chosen = vault.chosen_backup_folder()
        if chosen is None:
            text = self.tr("New backups go to the vault's folder: %1").replace(
                "%1", str(vault.paths.backups))
            stored = vault.settings.get(BACKUP_DIR_KEY)
            if isinstance(stored, str) and stored:
                text = self.tr("The folder you chose (%1) cannot be found right now, so new "
                               "backups go to the vault's folder.").replace("%1", stored)
        else:
            text = self.tr("New backups go to the folder you chose: %1. Daily backups are "
                           "also kept in the vault's folder.").replace("%1", str(chosen))
        self.folder_label.setText(text)
        self.default_folder_button.setVisible(chosen is not None)
        selected = self.selected_path()
        self.table.clear()
        kinds = {"auto": self.tr("Daily"), "manual": self.tr("Made by you"),
                 "pre-migration": self.tr("Before an update"),
                 "pre-restore": self.tr("Before a restore"),
                 "pre-import": self.tr("Before an import")}
        for info, in_chosen in gather(self.ctx):
            item = QTreeWidgetItem([
                human_time(info.created), kinds.get(info.reason, info.reason),
                human_size(info.size),
                self.tr("Chosen folder") if in_chosen else self.tr("Vault's folder"),
                self._check_text(info.path)])
            item.setData(DATE, PATH_ROLE, str(info.path))
            item.setToolTip(WHERE, str(info.path))
            item.setToolTip(CHECK, self.results.get(info.path, ("", ""))[1])
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if selected is not None and info.path == selected:
                item.setSelected(True)
        empty = self.table.topLevelItemCount() == 0
        self.empty_label.setVisible(empty)
        self._update_buttons()

    def _check_text(self, path: Path) -> str:
        state, _detail = self.results.get(path, ("", ""))
        texts = {"good": self.tr("Good: opens and passes both checks"),
                 "damaged": self.tr("Damaged: it cannot be restored"),
                 "passphrase": self.tr("Not checked: that passphrase does not open it")}
        return texts.get(state, "")

    def rows(self) -> list[QTreeWidgetItem]:
        return [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]

    def selected_path(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(DATE, PATH_ROLE)) if items else None

    def _update_buttons(self) -> None:
        idle = not self.busy
        has_rows = self.table.topLevelItemCount() > 0
        self.restore_button.setEnabled(idle and self.selected_path() is not None)
        self.verify_button.setEnabled(idle and has_rows)
        for button in (self.backup_button, self.choose_folder_button, self.restore_file_button,
                       self.default_folder_button, self.close_button):
            button.setEnabled(idle)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self._update_buttons()

    # ------------------------------------------------------------------ folder
    def choose_folder(self) -> None:
        folder = dialogs.get_existing_dir(self, self.tr("Folder for backups"),
                                          self.ctx.vault.backup_folder())
        if folder is None:
            return
        folder = Path(folder)
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            self.say(self.tr("SecureBase cannot write in that folder; please choose another."))
            return
        self._store_folder(str(folder.resolve()))

    def use_default_folder(self) -> None:
        self._store_folder(None)

    def _store_folder(self, value: str | None) -> None:
        try:
            self.ctx.vault.settings.set(BACKUP_DIR_KEY, value)
        except SecureBaseError as exc:
            self.say(error_text(exc))
            return
        self.say(self.tr("New backups will go to %1.").replace(
            "%1", str(self.ctx.vault.backup_folder())))
        self.refresh()

    # ------------------------------------------------------------------ back up now
    def back_up_now(self) -> None:
        if self.busy:
            return
        vault = self.ctx.vault
        job = partial(vault.backup, dest_dir=vault.backup_folder())
        self.start_work(self.tr("Making a backup…"), job, self._backed_up, self._failed)

    def _backed_up(self, path) -> None:
        path = Path(path)
        self.refresh()
        self.say(self.tr("Backup saved as %1.").replace("%1", path.name))
        self.backedUp.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.say(explain(exc, self.tr("That did not work; your vault and your backups are "
                                      "unchanged.")))

    # ------------------------------------------------------------------ verify
    def verify(self) -> None:
        if self.busy or not self.rows():
            return
        passphrase = passphrase_prompt.ask_passphrase(self, self.tr("Verify backups"), self.tr(
            "Enter the passphrase the backups were made with (usually your current one). Each "
            "backup is opened and checked; nothing is changed."))
        if not passphrase:
            return
        paths = [Path(item.data(DATE, PATH_ROLE)) for item in self.rows()]
        job = partial(verify_all, paths, passphrase, self.ctx.vault.paths, self.progress)
        self.start_work(self.tr("Opening and checking each backup…"), job, self._verified,
                        self._failed)

    def _verified(self, results: dict[Path, tuple[str, str]]) -> None:
        self.results.update(results)
        self.refresh()
        bad = sum(1 for state, _ in results.values() if state == "damaged")
        unopened = sum(1 for state, _ in results.values() if state == "passphrase")
        if bad == 1:
            self.say(self.tr("One backup is damaged; the list shows which."))
        elif bad:
            self.say(self.tr("%n backups are damaged; the list shows which.", "", bad))
        elif unopened == 1:
            self.say(self.tr("That passphrase does not open one of the backups, so it was not "
                             "checked; the list shows which."))
        elif unopened:
            self.say(self.tr("That passphrase does not open %n of the backups, so they were "
                             "not checked; the list shows which.", "", unopened))
        else:
            self.say(self.tr("Every backup opens and passes both integrity checks."))

    # ------------------------------------------------------------------ restore
    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.restore_path(path)

    def restore_file(self) -> None:
        """A backup from elsewhere (another laptop, a drive)."""
        path = dialogs.get_open_path(self, self.tr("Restore from a backup file"), self.tr(
            "SecureBase backups (*.sbbackup);;All files (*)"))
        if path is not None:
            self.restore_path(Path(path))

    def restore_path(self, path: Path) -> None:
        if self.busy:
            return
        passphrase = passphrase_prompt.ask_passphrase(self, self.tr("Restore a backup"), self.tr(
            "Enter the passphrase this backup was made with. It is checked before anything "
            "changes."))
        if not passphrase:
            return
        job = partial(verify_backup, path, passphrase, current=self.ctx.vault.paths)
        self.start_work(self.tr("Checking the backup…"), job,
                        lambda problems: self._confirm_restore(path, passphrase, problems),
                        self._failed)

    def _confirm_restore(self, path: Path, passphrase: str, problems: list[str]) -> None:
        if problems:
            self.results[path] = ("damaged", "; ".join(problems))
            self.refresh()
            self.say(self.tr("That backup is damaged, so it cannot be restored. Please choose "
                             "another one."))
            return
        self.results[path] = ("good", "")
        self.refresh()
        parsed = parse_name(path)
        when = human_time(parsed[0]) if parsed else path.name
        if not dialogs.question(self, self.tr("Restore this backup?"), self.tr(
                "Replace your vault with the backup from %1? Your vault as it is now is kept "
                "as a backup first, so nothing is lost; entries written after %1 are in that "
                "kept copy, not in the restored vault. SecureBase locks and opens the restored "
                "vault.").replace("%1", when),
                yes_text=self.tr("Restore"), no_text=self.tr("Cancel"), default_yes=False):
            return
        self.accept()  # closed first: the restore locks the window
        self.restoreRequested.emit(path, passphrase)
