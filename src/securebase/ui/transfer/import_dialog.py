"""File → Import…: choose a file; it is checked completely, a backup is taken, and
what came in and what was skipped is reported here."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from securebase.services.import_ import ImportReport, import_file
from securebase.ui import dialogs
from securebase.ui.transfer.common import TransferDialog
from securebase.ui.workers import explain

if TYPE_CHECKING:
    from securebase.app import AppContext


class ImportDialog(TransferDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("importDialog", self.tr("Import"), self.tr(
            "Bring in a SecureBase export (JSON), or trigger moments from a CSV file with a "
            "header row. The whole file is checked first: if anything in it is wrong, nothing "
            "is imported. Entries your vault already holds are skipped, and a backup of your "
            "vault is taken before anything new is written."), parent)
        self.ctx = ctx
        self.report_label = QLabel(self)
        self.report_label.setObjectName("importReport")
        self.report_label.setWordWrap(True)
        self.report_label.setAccessibleName(self.tr("What was imported"))
        self.report_label.hide()
        self.body.addWidget(self.report_label)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.choose_button = QPushButton(self.tr("Choose a &file…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.setAccessibleName(self.tr("Choose a file to import"))
        self.choose_button.setDefault(True)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_buttons(buttons)
        self.close_button.clicked.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.report: ImportReport | None = None

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def choose_file(self) -> None:
        if self.busy:
            return
        path = dialogs.get_open_path(self, self.tr("Import from"), self.tr(
            "SecureBase exports and CSV files (*.json *.csv);;All files (*)"))
        if path is not None:
            self.import_path(path)

    def import_path(self, path) -> None:
        steps = {"checking": self.tr("Checking every entry in the file…"),
                 "backing up": self.tr("Backing up your vault first…"),
                 "writing": self.tr("Importing…")}
        self.report_label.hide()
        job = partial(import_file, self.ctx.vault, path,
                      progress=lambda step: self.progress.step(steps.get(step, step)))
        self.start_work(self.tr("Importing…"), job, self._done, self._failed)

    # ------------------------------------------------------------------ the report
    def _kind(self, kind: str, n: int) -> str:
        """'1 trigger moment', '3 trigger moments' (%n lets translators add plural forms)."""
        if kind == "path_state":
            return self.tr("your place on the path")
        one, many = {
            "trigger_moments": (self.tr("1 trigger moment"), self.tr("%n trigger moments", "", n)),
            "trigger_categories": (self.tr("1 category"), self.tr("%n categories", "", n)),
            "experiments": (self.tr("1 experiment"), self.tr("%n experiments", "", n)),
            "narrative_versions": (self.tr("1 narrative version"),
                                   self.tr("%n narrative versions", "", n)),
            "practice_sessions": (self.tr("1 practice session"),
                                  self.tr("%n practice sessions", "", n)),
            "assessment_takes": (self.tr("1 assessment take"), self.tr("%n assessment takes", "", n)),
            "settings": (self.tr("1 setting"), self.tr("%n settings", "", n)),
        }[kind]
        return one if n == 1 else many

    def describe(self, report: ImportReport) -> str:
        came = [self._kind(k, n) for k, n in report.added.items() if n]
        known = [self._kind(k, n) for k, n in report.skipped.items() if n]
        lines = [self.tr("Imported: %1.").replace("%1", ", ".join(came)) if came
                 else self.tr("Nothing new to import: your vault already holds everything in "
                              "this file.")]
        if known:
            lines.append(self.tr("Already in your vault, so skipped: %1.").replace(
                "%1", ", ".join(known)))
        if report.backup is not None:
            lines.append(self.tr("Your vault as it was before is kept in the backup “%1”.")
                         .replace("%1", report.backup.name))
        return "\n\n".join(lines)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.report_label.setText(self.describe(report))
        self.report_label.setAccessibleDescription(self.report_label.text())
        self.report_label.show()
        self.close_button.setFocus()
        if report.total_added:
            self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.say(explain(exc, self.tr("The file could not be imported; your vault is "
                                      "unchanged.")))
