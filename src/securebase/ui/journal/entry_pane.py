"""The right-hand side of the Journal tab: the open entry, ready to read and change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.entries import EntryError, is_future
from securebase.domain.journal import EntryKind
from securebase.storage.errors import SecureBaseError
from securebase.ui import style
from securebase.ui.i18n import error_text
from securebase.ui.journal.content import JournalContent
from securebase.ui.journal.experiment_form import ExperimentForm
from securebase.ui.journal.narrative_editor import NarrativeEditor
from securebase.ui.journal.trigger_form import TriggerForm
from securebase.ui.tabs.base import EmptyState

PLACEHOLDER, TRIGGER, EXPERIMENT, NARRATIVE = range(4)


def confirm_future(parent: QWidget, when: datetime, now: datetime) -> bool:
    """True unless ``when`` lies in the future and the user does not confirm it."""
    if not is_future(when, now):
        return True
    from securebase.ui import dialogs

    return dialogs.question(
        parent, QCoreApplication.translate("EntryPane", "A time in the future"),
        QCoreApplication.translate(
            "EntryPane", "The time you chose is later than now. Save it with that time anyway?"),
        yes_text=QCoreApplication.translate("EntryPane", "Save anyway"),
        no_text=QCoreApplication.translate("EntryPane", "Go back"), default_yes=False)


class EntryPane(QStackedWidget):
    """Emits ``saved(kind, id)`` after a save, ``deleteRequested(kind, id)`` and
    ``planRequested(trigger_id)`` (plan an experiment from this moment)."""

    saved = Signal(object, int)
    deleteRequested = Signal(object, int)
    planRequested = Signal(int)
    changed = Signal()

    def __init__(self, content: JournalContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalEntryPane")
        self._vault = None
        self._now: Callable[[], datetime] | None = None
        self._saved_key: str | None = None
        tr = self.tr

        self.placeholder = EmptyState(
            tr("Nothing open"),
            tr("Choose an entry on the left to read it or change it. Ctrl+N logs a new "
               "trigger moment from anywhere in the app."))
        self.addWidget(self.placeholder)

        self.trigger_form = TriggerForm(content)
        self.trigger_save = QPushButton(tr("Save changes"))
        self.trigger_save.setObjectName("saveTriggerButton")
        self.trigger_save.setAccessibleName(tr("Save changes to this moment"))
        self.trigger_save.clicked.connect(self.save)
        self.plan_button = QPushButton(tr("Plan an experiment from this"))
        self.plan_button.setAccessibleName(tr("Plan an experiment from this moment"))
        self.plan_button.clicked.connect(self._plan)
        self.trigger_delete = self._delete_button()
        self.addWidget(self._page(tr("Trigger moment"), self.trigger_form,
                                  [self.trigger_delete, self.plan_button, self.trigger_save]))

        self.experiment_form = ExperimentForm(content)
        self.experiment_save = QPushButton(tr("Save experiment"))
        self.experiment_save.setObjectName("saveExperimentButton")
        self.experiment_save.setAccessibleName(tr("Save this experiment"))
        self.experiment_save.clicked.connect(self.save)
        self.experiment_delete = self._delete_button()
        self.addWidget(self._page(tr("Corrective experiment"), self.experiment_form,
                                  [self.experiment_delete, self.experiment_save]))

        self.narrative = NarrativeEditor(content)
        self.addWidget(self.narrative)

        for form in (self.trigger_form, self.experiment_form, self.narrative):
            form.changed.connect(self.changed)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._save_shortcut)

    def _delete_button(self) -> QPushButton:
        button = QPushButton(self.tr("Delete"))
        button.setAccessibleName(self.tr("Delete this entry"))
        button.setToolTip(self.tr("Delete (you can undo it)"))
        button.clicked.connect(self._delete)
        return button

    def _page(self, heading: str, form: QWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        title = QLabel(heading)
        style.make_heading(title, 1.2)
        note = QLabel()
        note.setWordWrap(True)
        note.setVisible(False)
        style.set_muted(note)
        form.setProperty("restoredNote", note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        row = QHBoxLayout()
        row.addWidget(buttons[0])
        row.addStretch(1)
        for button in buttons[1:]:
            row.addWidget(button)
        buttons[-1].setDefault(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(style.SPACING, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        return page

    # ------------------------------------------------------------------ binding
    def bind(self, vault, now: Callable[[], datetime]) -> None:
        self._vault = vault
        self._now = now
        self.narrative.bind(vault.narrative, now().tzinfo)
        self.show_placeholder()

    def unbind(self) -> None:
        self._vault = None
        self._now = None

    # ------------------------------------------------------------------ what is open
    def current_kind(self) -> EntryKind | None:
        return {TRIGGER: EntryKind.TRIGGER, EXPERIMENT: EntryKind.EXPERIMENT,
                NARRATIVE: EntryKind.NARRATIVE}.get(self.currentIndex())

    def current_id(self) -> int | None:
        kind = self.current_kind()
        if kind is EntryKind.TRIGGER and self.trigger_form.loaded:
            return self.trigger_form.loaded.id
        if kind is EntryKind.EXPERIMENT and self.experiment_form.loaded:
            return self.experiment_form.loaded.id
        return None

    def draft_key(self) -> str | None:
        kind = self.current_kind()
        if kind in (EntryKind.TRIGGER, EntryKind.EXPERIMENT):
            return f"{kind.value}:{self.current_id() or 'new'}"
        return None

    def is_dirty(self) -> bool:
        form = self._form()
        return form is not None and form.is_dirty

    def payload(self) -> dict:
        form = self._form()
        return form.payload() if form is not None else {}

    def _form(self):
        return {TRIGGER: self.trigger_form, EXPERIMENT: self.experiment_form}.get(
            self.currentIndex())

    def show_placeholder(self) -> None:
        self.trigger_form.clear()
        self.experiment_form.clear()
        self.setCurrentIndex(PLACEHOLDER)

    def _note(self, form: QWidget, text: str) -> None:
        note = form.property("restoredNote")
        note.setText(text)
        note.setVisible(bool(text))

    def open_trigger(self, entry_id: int, query: str = "", draft: dict | None = None) -> bool:
        moment = self._vault.triggers.get(entry_id) if self._vault else None
        if moment is None:
            return False
        self.trigger_form.load(moment)
        self._after_open(self.trigger_form, TRIGGER, query, draft)
        return True

    def open_experiment(self, entry_id: int | None, query: str = "",
                        draft: dict | None = None, trigger_id: int | None = None,
                        idea_key: str | None = None) -> bool:
        """Open a saved experiment, or a new one (``entry_id`` None)."""
        if self._vault is None:
            return False
        if entry_id is None:
            text = ""
            if trigger_id is not None:
                moment = self._vault.triggers.get(trigger_id)
                text = moment.first_line if moment else ""
            self.experiment_form.new(self._now(), trigger_id, text)
            if idea_key:
                self.experiment_form.select_idea(idea_key)
        else:
            exp = self._vault.experiments.get(entry_id)
            if exp is None:
                return False
            link = self._vault.triggers.get(exp.trigger_id) if exp.trigger_id else None
            self.experiment_form.load(exp, link.first_line if link else "")
        self._after_open(self.experiment_form, EXPERIMENT, query, draft)
        return True

    def _after_open(self, form, index: int, query: str, draft: dict | None) -> None:
        if draft is not None:
            form.load_payload(draft, form.loaded, self._now())
            self._note(form, self.tr("Your unsaved changes from before were brought back."))
        else:
            self._note(form, "")
        if isinstance(form, TriggerForm):
            form.set_people(self._vault.triggers.known_people())
            form.set_categories(self._vault.triggers.custom_categories())
        if query:
            form.highlight(query)
        self.setCurrentIndex(index)

    def open_narrative(self, query: str = "") -> None:
        if query:
            self.narrative.highlight(query)
        self.setCurrentIndex(NARRATIVE)

    # ------------------------------------------------------------------ saving
    def _save_shortcut(self) -> None:
        if self.currentIndex() == NARRATIVE:
            return  # the narrative editor has its own Ctrl+S
        self.save()

    def save(self) -> bool:
        index = self.currentIndex()
        if self._vault is None or index not in (TRIGGER, EXPERIMENT):
            return False
        form = self._form()
        try:
            if index == TRIGGER:
                value = form.moment()
                if not confirm_future(self, value.occurred_at, self._now()):
                    return False
                if form.is_new_category():
                    self._vault.triggers.add_category(value.category)
                saved = (self._vault.triggers.update(value) if value.id is not None
                         else self._vault.triggers.add(value))
                kind = EntryKind.TRIGGER
            else:
                value = form.experiment()
                if value.id is None:
                    saved = self._vault.experiments.add(value)
                else:
                    saved = self._vault.experiments.update(value)
                kind = EntryKind.EXPERIMENT
        except EntryError as exc:
            form.show_error(str(exc))
            return False
        except SecureBaseError as exc:
            form.show_error(error_text(exc))
            return False
        form.show_error("")
        self._note(form, "")
        self._saved_key = self.draft_key()
        if index == TRIGGER:
            form.load(saved)
        else:
            form.load(saved, form.trigger_text)
        self.saved.emit(kind, saved.id)
        return True

    def take_saved_key(self) -> str | None:
        """The draft key the entry had before it was saved (that draft can go)."""
        key, self._saved_key = self._saved_key, None
        return key

    def _delete(self) -> None:
        kind, entry_id = self.current_kind(), self.current_id()
        if kind is not None and entry_id is not None:
            self.deleteRequested.emit(kind, entry_id)

    def _plan(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.planRequested.emit(entry_id)

    def clear(self) -> None:
        self.trigger_form.clear()
        self.experiment_form.clear()
        self.narrative.clear()
        for form in (self.trigger_form, self.experiment_form):
            self._note(form, "")
        self.unbind()
        self.setCurrentIndex(PLACEHOLDER)
