"""First run: a short welcome, a passphrase, the vault created off the UI thread, and
the recovery key shown exactly once.

After ``accept()``, ``dialog.vault`` is the open Vault and ``dialog.recovery_key`` is
None again. After ``reject()`` nothing is left open. The vault module (SQLAlchemy,
SQLCipher, Argon2) is imported only when the vault is created, so the dialog paints
without waiting for it.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.ui import dialogs
from securebase.ui.passphrase_widgets import (
    DIALOG_WIDTH,
    BusyIndicator,
    MessageLine,
    NewPassphraseForm,
    heading,
    paragraph,
)
from securebase.ui.workers import TaskDialog, explain

if TYPE_CHECKING:
    from securebase.storage.vault import Vault

# Hints that ask clipboard managers and OS clipboard history not to keep the key.
_SECRET_CLIPBOARD_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
}


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    return button


def _create_vault(create: Callable[..., tuple[Vault, str]] | None, *args, **kwargs
                  ) -> tuple[Vault, str]:
    """``create(...)``, or ``Vault.create`` imported here (off the UI thread)."""
    if create is None:
        from securebase.storage.vault import Vault

        create = Vault.create
    return create(*args, **kwargs)


def _close_created(result: Any) -> None:
    vault, _key = result
    vault.close()


def _open_sample(folder: Path, lock, clock, progress: Callable[[int, str], None]) -> Vault:
    """Build (or reopen) the sample vault in ``folder``; runs off the UI thread.
    ``lock`` (the app's lock for that folder) is held on success, let go on failure."""
    from securebase.services.demo import open_sample_vault

    if lock is not None:
        lock.acquire()
    try:
        return open_sample_vault(folder, lock=lock, clock=clock, progress=progress)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


class CreateVaultDialog(TaskDialog):
    """After accepting "Explore with sample data", ``vault`` is the demo vault and
    ``sample_dir`` its own folder (``sample_lock``, if given, then holds that folder)."""

    WELCOME, PASSPHRASE, WORKING, RECOVERY = range(4)
    #: (percent, message) while the sample vault is prepared, from the worker thread.
    sampleProgress = Signal(int, str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *,
                 create: Callable[..., tuple[Vault, str]] | None = None,
                 lock=None, clock=None, sample_lock=None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.sample_lock = sample_lock
        self.sample_dir: Path | None = None
        self.sampleProgress.connect(self._sample_progress)
        self.recovery_key: str | None = None
        self._create = create
        self._lock = lock
        self._clock = clock
        self._copied: str | None = None
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("SecureBase — Create your vault"))
        self.setMinimumWidth(DIALOG_WIDTH)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_welcome())
        self.pages.addWidget(self._build_passphrase())
        self.pages.addWidget(self._build_working())
        self.pages.addWidget(self._build_recovery())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.pages)
        self._go(self.WELCOME)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.fit_to_contents()

    # ------------------------------------------------------------------ pages
    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        return page, layout

    def _buttons(self, layout: QVBoxLayout, *buttons: QPushButton, left: QPushButton | None = None
                 ) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        if left is not None:
            row.addWidget(left)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addStretch(1)
        layout.addLayout(row)

    def _build_welcome(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(heading(self.tr("Welcome to SecureBase"), page))
        self.welcome_text = paragraph(self.tr(
            "SecureBase is a private self-help companion for noticing and gently reshaping the "
            "patterns you bring to close relationships, and everything you write in it stays "
            "encrypted on this computer only. It is not therapy and it does not diagnose "
            "anyone: if you are struggling or feel unsafe, please reach out to a professional "
            "or a local helpline."), page)
        self.welcome_text.setObjectName("welcomeText")
        layout.addWidget(self.welcome_text)
        folder = paragraph("", page, small=True)
        folder.setObjectName("folderLabel")
        text = self.tr("Your vault will be kept in {folder}").format(folder=self.data_dir)
        width = DIALOG_WIDTH - 60
        folder.setText(QFontMetrics(folder.font()).elidedText(
            text, Qt.TextElideMode.ElideMiddle, width))
        folder.setToolTip(str(self.data_dir))
        folder.setWordWrap(False)
        layout.addWidget(folder)
        self.cancel_button = _button(self.tr("Cancel"), "cancelButton", page)
        self.start_button = _button(self.tr("&Get started"), "startButton", page)
        self.cancel_button.clicked.connect(self.reject)
        self.start_button.clicked.connect(lambda: self._go(self.PASSPHRASE))
        self.explore_button = _button(self.tr("Explore with &sample data"), "exploreButton", page)
        self.explore_button.setToolTip(self.tr(
            "Look around first: open a separate demo vault filled with made-up entries. "
            "Your own vault is created later and never mixed with it."))
        self.explore_button.clicked.connect(self.explore_sample)
        self._buttons(layout, self.cancel_button, self.start_button, left=self.explore_button)
        return page

    def _build_passphrase(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(heading(self.tr("Choose a passphrase"), page))
        layout.addWidget(paragraph(self.tr(
            "You will type it each time you open SecureBase. Nobody can reset it for you, so "
            "pick something you can remember; you will also get a recovery key."), page))
        self.form = NewPassphraseForm(edit_name="passphraseEdit",
                                      confirm_name="confirmPassphraseEdit",
                                      label=self.tr("&Passphrase"),
                                      confirm_label=self.tr("&Type it again"), parent=page)
        self.passphrase_edit = self.form.edit
        self.confirm_edit = self.form.confirm
        layout.addWidget(self.form)
        self.message = MessageLine("messageLabel", page)
        layout.addWidget(self.message)
        self.back_button = _button(self.tr("&Back"), "backButton", page)
        self.create_button = _button(self.tr("&Create vault"), "unlockButton", page)
        self.back_button.clicked.connect(lambda: self._go(self.WELCOME))
        self.create_button.clicked.connect(self._submit)
        self.form.changed.connect(self._update_create_button)
        self._buttons(layout, self.create_button, left=self.back_button)
        QWidget.setTabOrder(self.form.show_box, self.create_button)
        QWidget.setTabOrder(self.create_button, self.back_button)
        self._update_create_button()
        return page

    def _build_working(self) -> QWidget:
        page, layout = self._page()
        self.working_heading = heading("", page)
        layout.addWidget(self.working_heading)
        self.busy_indicator = BusyIndicator(page)
        layout.addWidget(self.busy_indicator)
        self._show_creating()
        layout.addStretch(1)
        return page

    def _build_recovery(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(heading(self.tr("Your recovery key"), page))
        layout.addWidget(paragraph(self.tr(
            "If you ever forget your passphrase, this key is the only way back into your vault. "
            "It is shown only now: keep it somewhere safe away from this computer, on paper or "
            "in a password manager."), page))
        frame = QFrame(page)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setBackgroundRole(QPalette.ColorRole.Base)
        frame.setAutoFillBackground(True)
        self.key_label = QLabel(frame)
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        self.key_label.setFont(font)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(12, 14, 12, 14)
        frame_layout.addWidget(self.key_label)
        layout.addWidget(frame)

        self.copy_button = _button(self.tr("C&opy"), "copyButton", page)
        self.save_button = _button(self.tr("&Save as file…"), "saveKeyButton", page)
        self.print_button = _button(self.tr("&Print…"), "printKeyButton", page)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.copy_button, self.save_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.key_status = MessageLine("keyStatusLabel", page)
        self.key_status.setFont(self.font())  # news, not a warning: regular weight
        layout.addWidget(self.key_status)

        self.stored_check = QCheckBox(self.tr("I have stored my recovery key somewhere &safe"),
                                      page)
        self.stored_check.setObjectName("storedCheck")
        self.stored_check.setAccessibleName(self.stored_check.text().replace("&", ""))
        layout.addWidget(self.stored_check)
        self.continue_button = _button(self.tr("C&ontinue"), "continueButton", page)
        self.continue_button.setEnabled(False)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        self._buttons(layout, self.continue_button)
        return page

    # ------------------------------------------------------------------ navigation
    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        default, focus = {
            self.WELCOME: (self.start_button, self.start_button),
            self.PASSPHRASE: (self.create_button, self.passphrase_edit),
            self.WORKING: (None, None),
            self.RECOVERY: (self.continue_button, self.key_label),
        }[index]
        if default is not None:
            default.setDefault(True)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def _update_create_button(self) -> None:
        problem = self.form.problem()
        self.create_button.setEnabled(problem is None and not self.busy)
        self.create_button.setToolTip(problem or "")
        if problem is None:
            self.message.clear_message()

    # ------------------------------------------------------------------ creating
    def _submit(self) -> None:
        if self.busy or self.page != self.PASSPHRASE:
            return
        problem = self.form.problem()
        if problem is not None:  # the button is disabled then; Enter can still land here
            self.message.say(problem)
            self.passphrase_edit.setFocus()
            return
        self.message.clear_message()
        job = partial(_create_vault, self._create, self.data_dir, self.form.passphrase(),
                      lock=self._lock, clock=self._clock)
        self.run(job, on_success=self._created, on_failure=self._create_failed,
                 discard=_close_created)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self._go(self.WORKING)
        self.form.set_enabled(not busy)
        self._update_create_button()

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.form.wipe()
        self.key_label.setText(self._display_key(self.recovery_key))
        self.stored_check.setChecked(False)
        self._go(self.RECOVERY)

    def _create_failed(self, exc: BaseException) -> None:
        self._go(self.PASSPHRASE)
        self.message.say(explain(exc, self.tr(
            "The vault could not be created, and nothing was saved. Please try again.")))
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_creating(self) -> None:
        self.working_heading.setText(self.tr("Creating your vault…"))
        self.busy_indicator.bar.setRange(0, 0)
        self.busy_indicator.start(self.tr(
            "This takes a few seconds on purpose: the slower a key is to make, the slower a "
            "passphrase is to guess."))

    # ------------------------------------------------------------------ sample vault
    def explore_sample(self) -> None:
        """Build (or reopen) the demo vault in its own folder, off the UI thread, and
        open it; the window then says DEMO. The real vault folder is not touched."""
        if self.busy:
            return
        from securebase.services.demo import demo_folder

        folder = demo_folder(self.data_dir)
        self.working_heading.setText(self.tr("Preparing the sample vault…"))
        self.busy_indicator.bar.setRange(0, 100)
        self.busy_indicator.bar.setValue(0)
        self.busy_indicator.start(self.tr(
            "Fifty days of made-up entries by one invented person, kept in {folder}, apart "
            "from your own vault.").format(folder=folder))
        job = partial(_open_sample, folder, self.sample_lock, self._clock,
                      self.sampleProgress.emit)
        self.run(job, on_success=partial(self._sample_opened, folder),
                 on_failure=self._sample_failed, discard=self._discard_sample)

    def _sample_progress(self, percent: int, _message: str) -> None:
        self.busy_indicator.bar.setValue(percent)

    def _sample_opened(self, folder: Path, vault: Vault) -> None:
        self.vault = vault
        self.sample_dir = folder
        self.accept()

    def _sample_failed(self, exc: BaseException) -> None:
        self._show_creating()
        self._go(self.WELCOME)
        dialogs.warning(self, self.tr("No sample vault"), explain(exc, self.tr(
            "The sample vault could not be prepared; nothing of yours was touched. "
            "Please try again.")))

    def _discard_sample(self, vault: Vault) -> None:
        vault.close()
        if self.sample_lock is not None:
            self.sample_lock.release()

    @staticmethod
    def _display_key(key: str) -> str:
        groups = key.split("-")
        half = (len(groups) + 1) // 2
        return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])

    # ------------------------------------------------------------------ recovery key page
    def _copy(self) -> None:
        if not self.recovery_key:
            return
        data = QMimeData()
        data.setText(self.recovery_key)
        for fmt, value in _SECRET_CLIPBOARD_HINTS.items():
            data.setData(fmt, value)
        QGuiApplication.clipboard().setMimeData(data)
        self._copied = self.recovery_key
        self.key_status.say(self.tr(
            "Copied. Paste it somewhere safe now: it is removed from the clipboard when this "
            "window closes."))

    def _key_file_text(self) -> str:
        return self.tr(
            "SecureBase recovery key\n\n{key}\n\n"
            "This key opens your SecureBase vault if you forget your passphrase; keep it "
            "private and away from the computer that holds the vault.\n").format(
                key=self.recovery_key)

    def _save(self) -> None:
        if not self.recovery_key:
            return
        path = dialogs.get_save_path(self, self.tr("Save your recovery key"),
                                     "securebase-recovery-key.txt",
                                     self.tr("Text files (*.txt)"))
        if path is None:
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self._key_file_text())
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            self.key_status.say(explain(exc, self.tr(
                "The key could not be saved there; please choose another place.")))
            return
        self.key_status.say(self.tr("Saved to {name}.").format(name=path.name))

    def _print(self) -> None:
        if not self.recovery_key:
            return
        document = QTextDocument(self)
        note = html.escape(self.tr(
            "This key opens your SecureBase vault if you forget your passphrase. Keep this page "
            "private and away from the computer that holds the vault."))
        document.setHtml(
            f"<h2>{html.escape(self.tr('SecureBase recovery key'))}</h2>"
            f"<p style='font-family: monospace; font-size: 20pt'>{html.escape(self.recovery_key)}"
            f"</p><p>{note}</p>")
        printed = dialogs.print_document(self, self.tr("Print your recovery key"), document)
        document.clear()
        if printed:
            self.key_status.say(self.tr("Sent to the printer."))

    def _continue(self) -> None:
        if self.stored_check.isChecked() and self.vault is not None:
            self.accept()

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        if self.page == self.RECOVERY and self.vault is not None:
            leave = dialogs.question(
                self, self.tr("Leave without your recovery key?"),
                self.tr("Your vault has been created, but its recovery key will not be shown "
                        "again. Without it, a forgotten passphrase cannot be recovered. Leave "
                        "anyway?"),
                yes_text=self.tr("Leave"), no_text=self.tr("Stay"), default_yes=False)
            if not leave:
                return
        super().reject()

    def done(self, result: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
        self.recovery_key = None
        self.key_label.clear()
        self.key_status.clear_message()
        super().done(result)

    def forget_secrets(self) -> None:
        self.form.wipe()
