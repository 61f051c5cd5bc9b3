"""File → Export…: choose a format, then where to save it.

Every format but the encrypted one is plain text; the dialog says so under the
choice, and the first time a plain-text export is made it says so once more, in a
note that is then remembered (inside the vault). Files are written only where the
user chooses, by a worker thread, with a progress line.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from securebase.services.export import ExportFormat, ExportResult, default_name, export_to_file
from securebase.storage.errors import SecureBaseError
from securebase.ui import dialogs
from securebase.ui.passphrase_widgets import NewPassphraseForm
from securebase.ui.transfer.common import TransferDialog
from securebase.ui.workers import explain

if TYPE_CHECKING:
    from securebase.app import AppContext

#: Remembered in the vault once the plain-text note has been shown.
NOTE_SEEN_KEY = "export_plaintext_note_seen"


class ExportDialog(TransferDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("exportDialog", self.tr("Export"), self.tr(
            "Take your journal out of SecureBase: to keep, to move, to read or to share with "
            "someone you trust. The file is written only where you choose."), parent)
        self.ctx = ctx
        self.group = QButtonGroup(self)
        self.choices: dict[ExportFormat, QRadioButton] = {}
        options = (
            (ExportFormat.JSON, self.tr("&Everything, complete (JSON)"), self.tr(
                "Every entry, assessment, practice session and setting. SecureBase can "
                "import it again, on this computer or another one.")),
            (ExportFormat.CSV, self.tr("&Spreadsheet (CSV files in a zip)"), self.tr(
                "Trigger moments, experiments and practice sessions, one file each.")),
            (ExportFormat.MARKDOWN, self.tr("&Readable journal (Markdown)"), self.tr(
                "Your journal day by day, to read, print or bring to a therapist.")),
            (ExportFormat.SQLCIPHER, self.tr("E&ncrypted copy (SQLCipher database)"), self.tr(
                "Everything, locked with a passphrase you choose here. Standard SQLCipher "
                "tools can open it with that passphrase.")),
        )
        for fmt, label, detail in options:
            button = QRadioButton(label, self)
            button.setObjectName(f"export{fmt.name.title()}Radio")
            button.setAccessibleName(label.replace("&", ""))
            button.setAccessibleDescription(detail)
            self.group.addButton(button)
            self.choices[fmt] = button
            option = QVBoxLayout()
            option.setSpacing(2)
            option.addWidget(button)
            detail_label = self.note(detail, self)
            detail_label.setContentsMargins(24, 0, 0, 0)  # under the label, not the circle
            option.addWidget(detail_label)
            self.body.addLayout(option)
        self.choices[ExportFormat.JSON].setChecked(True)

        self.plaintext_note = self.note(self.tr(
            "Not encrypted: anyone who opens this file can read it."), self)
        self.plaintext_note.setObjectName("plaintextNote")
        self.body.addWidget(self.plaintext_note)
        self.passphrase_form = NewPassphraseForm(
            edit_name="exportPassphraseEdit", confirm_name="exportConfirmEdit",
            label=self.tr("&Passphrase for the encrypted copy"),
            confirm_label=self.tr("Re&peat the passphrase"), parent=self)
        self.body.addWidget(self.passphrase_form)

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_buttons(buttons)
        self.close_button.clicked.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.passphrase_form.changed.connect(self._update)
        self._update()

    # ------------------------------------------------------------------ state
    def chosen(self) -> ExportFormat:
        return next(fmt for fmt, button in self.choices.items() if button.isChecked())

    def choose(self, fmt: ExportFormat | str) -> None:
        self.choices[ExportFormat(fmt)].setChecked(True)

    def _update(self) -> None:
        encrypted = self.chosen().encrypted
        self.plaintext_note.setVisible(not encrypted)
        self.passphrase_form.setVisible(encrypted)
        ready = not encrypted or self.passphrase_form.problem() is None
        self.export_button.setEnabled(ready and not self.busy)
        self.fit_to_contents()

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        for button in (*self.choices.values(), self.close_button):
            button.setEnabled(not busy)
        self.passphrase_form.set_enabled(not busy)
        self._update()

    # ------------------------------------------------------------------ exporting
    def _plaintext_note_once(self) -> None:
        try:
            seen = bool(self.ctx.vault.settings.get(NOTE_SEEN_KEY, False))
        except SecureBaseError:
            seen = False
        if seen:
            return
        dialogs.information(self, self.tr("Exports are not encrypted"), self.tr(
            "Your vault is encrypted, but this export will not be: anyone who opens the file "
            "can read your entries. Save it somewhere private, and delete it when you no "
            "longer need it. (The encrypted copy is the one exception.)"))
        try:
            self.ctx.vault.settings.set(NOTE_SEEN_KEY, True)
        except SecureBaseError:
            pass  # shown again next time: harmless

    def start_export(self) -> None:
        if self.busy:
            return
        fmt = self.chosen()
        passphrase = None
        if fmt.encrypted:
            problem = self.passphrase_form.problem()
            if problem is not None:
                self.say(problem)
                return
            passphrase = self.passphrase_form.passphrase()
        else:
            self._plaintext_note_once()
        filters = {ExportFormat.JSON: self.tr("JSON files (*.json)"),
                   ExportFormat.CSV: self.tr("Zip archives (*.zip)"),
                   ExportFormat.MARKDOWN: self.tr("Markdown files (*.md)"),
                   ExportFormat.SQLCIPHER: self.tr("SQLCipher databases (*.db)")}
        path = dialogs.get_save_path(self, self.tr("Export to"),
                                     default_name(fmt, self.ctx.clock.now()), filters[fmt])
        if path is None:
            return
        steps = {"reading": self.tr("Reading your vault…"),
                 "writing": self.tr("Writing the export…"),
                 "checking": self.tr("Checking that the encrypted copy opens…")}
        job = partial(export_to_file, self.ctx.vault, fmt, Path(path), passphrase=passphrase,
                      progress=lambda step: self.progress.step(steps.get(step, step)))
        self.start_work(self.tr("Exporting…"), job, self._done, self._failed)

    def _done(self, result: ExportResult) -> None:
        self.passphrase_form.wipe()
        path = result.path
        text = self.tr("Saved “%1” in %2.").replace("%1", path.name).replace(
            "%2", str(path.parent))
        left_out = result.left_out_deleted
        if left_out == 1:
            text += " " + self.tr("One deleted entry was left out.")
        elif left_out:
            text += " " + self.tr("%n deleted entries were left out.", "", left_out)
        self.say(text)
        self.close_button.setFocus()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.say(explain(exc, self.tr(
            "The export could not be written; please check that the folder exists, has free "
            "space and can be written to.")))

    def forget_secrets(self) -> None:
        self.passphrase_form.wipe()
