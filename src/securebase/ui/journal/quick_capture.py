"""Quick capture (Ctrl+N anywhere): a trigger moment in a few seconds.

Intensity alone is enough; "More detail" opens the rest of the form. Ctrl+Enter
saves. Closing with something typed asks first; the draft is kept meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.entries import TriggerMoment
from securebase.ui import style
from securebase.ui.journal.content import JournalContent
from securebase.ui.journal.trigger_form import TriggerForm


class QuickCaptureDialog(QDialog):
    """``submit(moment) -> bool`` saves (asking about a future time, showing errors);
    ``discard()`` is called when the user throws the moment away."""

    def __init__(self, content: JournalContent, submit: Callable[[TriggerMoment], bool],
                 discard: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCaptureDialog")
        self.setWindowTitle(self.tr("Log a trigger moment"))
        self.setAccessibleName(self.tr("Log a trigger moment"))
        self._submit = submit
        self._discard = discard
        intro = QLabel(self.tr("A number is enough to save. Add more only if you want to; "
                               "it can wait until later."))
        intro.setWordWrap(True)
        style.set_muted(intro)
        self.form = TriggerForm(content, compact=True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("quickSaveButton")
        self.save_button.setAccessibleName(self.tr("Save the moment"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN,
                                  style.PAGE_MARGIN, style.PAGE_MARGIN)
        layout.addWidget(intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.form.more.toggled.connect(self._fit)
        self._fit(False)

    def _fit(self, expanded: bool) -> None:
        self.resize(580, 700 if expanded else 250)

    def start(self, now, people: list[str], categories: list[str]) -> None:
        """Show a fresh form for a moment happening ``now``."""
        self.form.new(now)
        self.form.set_people(people)
        self.form.set_categories(categories)
        self._fit(False)
        self.form.intensity.slider.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_save(self) -> None:
        try:
            moment = self.form.moment()
        except ValueError as exc:
            self.form.show_error(str(exc))
            return
        if self._submit(moment):
            self.form.clear()
            self.accept()

    def reject(self) -> None:
        """Cancel or Escape: ask before throwing away anything typed."""
        if self.form.is_dirty:
            from securebase.ui import dialogs

            if not dialogs.question(self, self.tr("Discard this moment?"), self.tr(
                    "What you wrote here has not been saved. Throw it away?"),
                    yes_text=self.tr("Discard"), no_text=self.tr("Keep writing"),
                    default_yes=False):
                return
        self.form.clear()
        self._discard()
        super().reject()

    def wipe(self) -> None:
        """Empty the form without asking (the vault is locking)."""
        self.form.clear()
