"""The Journal tab: trigger moments, corrective experiments and the narrative.

Left: search, filters and the list (loaded a page at a time). Right: the open
entry. Ctrl+N (``quick_capture_action``, application-wide) logs a trigger moment
from anywhere. Unsaved work is kept as drafts in the vault every few seconds and
at lock, and offered back on the next unlock.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.entries import EntryError
from securebase.domain.journal import EntryKind, JournalFilter
from securebase.storage.errors import SecureBaseError
from securebase.ui import style
from securebase.ui.i18n import error_text
from securebase.ui.journal.banners import DraftBar, MessageBar
from securebase.ui.journal.content import journal_content
from securebase.ui.journal.delegates import ChipDelegate, SnippetDelegate
from securebase.ui.journal.draft_keeper import DRAFT_INTERVAL_MS, DraftKeeper
from securebase.ui.journal.draft_offer import NARRATIVE_KEY, QUICK_KEY, DraftOffer
from securebase.ui.journal.entry_pane import EntryPane, confirm_future
from securebase.ui.journal.experiment_form import leaning_of
from securebase.ui.journal.filter_bar import SEARCH_DELAY_MS, FilterBar
from securebase.ui.journal.list_model import PAGE_SIZE, JournalListModel
from securebase.ui.journal.quick_capture import QuickCaptureDialog
from securebase.ui.tabs.base import EmptyState, TabPage

log = logging.getLogger(__name__)


class JournalTab(DraftOffer, TabPage):
    title = "Journal"

    def __init__(self, parent: QWidget | None = None, *,
                 draft_interval_ms: int = DRAFT_INTERVAL_MS, page_size: int = PAGE_SIZE,
                 search_delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("journalTab")
        self.content = journal_content()
        self._undo: list = []
        self.quick_dialog: QuickCaptureDialog | None = None
        tr = self.tr

        self.quick_capture_action = self._action(tr("Log a trigger moment…"), "quickCaptureAction",
                                                 self.open_quick_capture, "Ctrl+N",
                                                 Qt.ShortcutContext.ApplicationShortcut)
        self.new_experiment_action = self._action(tr("Plan a corrective experiment"),
                                                  "newExperimentAction", self.new_experiment)
        self.narrative_action = self._action(tr("Write my narrative"), "openNarrativeAction",
                                             self.open_narrative)
        self.undo_action = self._action(tr("Undo delete"), "journalUndoAction", self.undo,
                                        QKeySequence.StandardKey.Undo,
                                        Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.find_action = self._action(tr("Search the journal"), "journalFindAction",
                                        self._focus_search, QKeySequence.StandardKey.Find,
                                        Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)

        buttons = QHBoxLayout()
        for action in (self.quick_capture_action, self.new_experiment_action,
                       self.narrative_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().rstrip("…"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("journalCount")
        style.set_muted(self.count_label)
        buttons.addWidget(self.count_label)

        self.draft_bar = DraftBar()
        self.draft_bar.restoreRequested.connect(self.restore_drafts)
        self.draft_bar.discardRequested.connect(self.discard_drafts)
        self.message = MessageBar()
        self.message.undoRequested.connect(self.undo)

        self.filter_bar = FilterBar(delay_ms=search_delay_ms)
        self.filter_bar.filterChanged.connect(self.apply_filter)
        self.filter_bar.detailsOpened.connect(self._refresh_tags)
        self.model = JournalListModel(self, page_size=page_size)
        self.view = QTableView()
        self.view.setObjectName("journalList")
        self.view.setAccessibleName(tr("Journal entries, newest first"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = self.fontMetrics()
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for col, sample in ((0, "Experiment"), (1, "Wed 30 Sep 2026, 23:59"), (2, "12,345 words")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(col, metrics.horizontalAdvance(sample) + 28)
        self.view.setItemDelegateForColumn(JournalListModel.INTENSITY, ChipDelegate(self.view))
        self.view.setItemDelegateForColumn(JournalListModel.TEXT, SnippetDelegate(self.view))
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._open_index)
        self.delete_action = self._action(tr("Delete entry"), "journalDeleteAction",
                                          self.delete_selected, QKeySequence.StandardKey.Delete,
                                          Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.empty = EmptyState(
            tr("Your journal is empty for now"),
            tr("When something in a close relationship stirs you up, press Ctrl+N and note how "
               "strong it feels. A number is enough; the rest can wait."))
        self.no_match = EmptyState(tr("Nothing matches"),
                                   tr("Try fewer words, or reset the filters."))
        self.list_stack = QStackedWidget()
        for widget in (self.view, self.empty, self.no_match):
            self.list_stack.addWidget(widget)

        left = QWidget()
        left_l = QVBoxLayout(left)
        left_l.setContentsMargins(0, 0, 0, 0)
        left_l.addWidget(self.filter_bar)
        left_l.addWidget(self.list_stack, 1)
        self.pane = EntryPane(self.content)
        self.pane.saved.connect(self._entry_saved)
        self.pane.deleteRequested.connect(self.delete_entry)
        self.pane.planRequested.connect(lambda tid: self.new_experiment(trigger_id=tid))
        self.pane.narrative.saved.connect(lambda _v: self._after_narrative_save())
        splitter = QSplitter()
        splitter.setObjectName("journalSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 6)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([640, 560])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN // 2,
                                  style.PAGE_MARGIN, style.PAGE_MARGIN // 2)
        layout.addLayout(buttons)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.keeper = DraftKeeper(self, interval_ms=draft_interval_ms)
        self.keeper.register("quick", lambda: QUICK_KEY if self.quick_dialog else None,
                             lambda: self.quick_dialog.form.payload(),
                             lambda: self.quick_dialog is not None
                             and self.quick_dialog.isVisible() and self.quick_dialog.form.is_dirty)
        self.keeper.register("pane", self.pane.draft_key, self.pane.payload, self.pane.is_dirty)
        self.keeper.register("narrative", lambda: NARRATIVE_KEY if self.ctx else None,
                             self.pane.narrative.payload, lambda: self.pane.narrative.is_dirty)
        self._set_enabled(False)
        self._show_list_state()

    def _action(self, text, name, slot, shortcut=None, context=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({keys})")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _set_enabled(self, on: bool) -> None:
        for action in (self.quick_capture_action, self.new_experiment_action,
                       self.narrative_action, self.undo_action, self.delete_action):
            action.setEnabled(on)

    def global_actions(self) -> list[QAction]:
        return [self.quick_capture_action, self.new_experiment_action, self.narrative_action]

    # ------------------------------------------------------------------ life cycle
    def bind(self, ctx) -> None:
        super().bind(ctx)
        vault = ctx.vault
        try:
            gone = vault.triggers.purge_deleted()
            if gone:
                log.info("removed %d entries deleted more than 30 days ago", gone)
        except SecureBaseError as exc:
            log.warning("old deleted entries not purged (%s)", type(exc).__name__)
        self.filter_bar.set_timezone(ctx.clock.now().tzinfo)
        self.model.set_source(vault.triggers.list_entries, ctx.clock.now().tzinfo)
        self.pane.bind(vault, ctx.clock.now)
        self.pane.experiment_form.set_leaning(leaning_of(vault))
        self._refresh_choices()
        self._set_enabled(True)
        self._show_list_state()
        self.keeper.bind(vault.drafts)
        self._offer_drafts()

    def prepare_lock(self) -> None:
        self.keeper.flush()

    def clear(self) -> None:
        self.keeper.unbind()
        if self.quick_dialog is not None:
            self.quick_dialog.wipe()
            self.quick_dialog.done(0)
        self.model.clear()
        self.filter_bar.clear()
        self.pane.clear()
        self.message.dismiss()
        self.draft_bar.dismiss()
        self.count_label.setText("")
        self._undo.clear()
        self._set_enabled(False)
        self._show_list_state()
        super().clear()

    # ------------------------------------------------------------------ the list
    def _refresh_choices(self) -> None:
        custom = self.ctx.vault.triggers.custom_categories()
        self.filter_bar.set_categories([*self.content.categories, *((c, c) for c in custom)])
        if self.filter_bar.more.isChecked():
            self._refresh_tags()

    def _refresh_tags(self) -> None:
        """Only when the filters are open: listing the tags reads the whole journal."""
        if self.ctx is not None:
            self.filter_bar.set_tags(self.ctx.vault.triggers.all_tags())

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def apply_filter(self, flt: JournalFilter) -> None:
        if self.ctx is None:
            return
        self.model.set_filter(flt)
        self._show_list_state()

    def refresh(self) -> None:
        """Read the list again, keeping the open entry selected."""
        if self.ctx is None:
            return
        self.model.reload(keep_loaded=True)
        self._select_open_entry()
        self._show_list_state()

    def _show_list_state(self) -> None:
        if self.ctx is None:
            self.list_stack.setCurrentWidget(self.empty)
            return
        flt = self.model.filter
        total = self.ctx.vault.triggers.count_entries(flt)
        if total:
            self.list_stack.setCurrentWidget(self.view)
        else:
            self.list_stack.setCurrentWidget(self.empty if flt.is_empty else self.no_match)
        text = self.tr("%Ln entries", "", total) if flt.is_empty else \
            self.tr("%Ln matching", "", total)
        self.count_label.setText(text)

    def _select_open_entry(self) -> None:
        kind, entry_id = self.pane.current_kind(), self.pane.current_id()
        if kind is EntryKind.NARRATIVE:
            row = next((r for r in range(self.model.rowCount())
                        if self.model.summary(r).kind is EntryKind.NARRATIVE), None)
        else:
            row = self.model.row_of(kind, entry_id) if kind and entry_id else None
        sel = self.view.selectionModel()
        sel.blockSignals(True)
        if row is None:
            self.view.clearSelection()
        else:
            self.view.selectRow(row)
        sel.blockSignals(False)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._open_index(current)

    def _open_index(self, index: QModelIndex) -> None:
        entry = self.model.summary(index.row())
        if entry is None or self.ctx is None:
            return
        query = self.model.filter.query
        if (self.pane.current_kind(), self.pane.current_id()) == (entry.kind, entry.id):
            return
        self.keeper.flush()  # keep unsaved edits of the entry being left
        if entry.kind is EntryKind.NARRATIVE:
            self.open_narrative(query)
            return
        draft = self._draft(f"{entry.kind.value}:{entry.id}")
        if entry.kind is EntryKind.TRIGGER:
            self.pane.open_trigger(entry.id, query, draft)
        else:
            self.pane.open_experiment(entry.id, query, draft)

    def _draft(self, key: str) -> dict | None:
        found = self.ctx.vault.drafts.get(key) if self.ctx else None
        return found.payload if found else None

    # ------------------------------------------------------------------ new entries
    def open_quick_capture(self, payload: dict | None = None) -> None:
        """Ctrl+N: the compact trigger form over whatever window is in front."""
        if self.ctx is None:
            return
        vault = self.ctx.vault
        if self.quick_dialog is None:
            self.quick_dialog = QuickCaptureDialog(self.content, self._submit_quick,
                                                   lambda: self.keeper.forget(QUICK_KEY),
                                                   self.window())
        dialog = self.quick_dialog
        if not dialog.isVisible():
            dialog.start(self.ctx.clock.now(), vault.triggers.known_people(),
                         vault.triggers.custom_categories())
            payload = payload or self._draft(QUICK_KEY)
            if payload is not None:
                try:
                    dialog.form.load_payload(payload, None, self.ctx.clock.now())
                except EntryError as exc:
                    dialog.form.show_error(str(exc))
            dialog.open()
        dialog.raise_()
        dialog.activateWindow()

    def _submit_quick(self, moment) -> bool:
        if self.ctx is None:
            return False
        triggers = self.ctx.vault.triggers
        dialog = self.quick_dialog
        if not confirm_future(dialog, moment.occurred_at, self.ctx.clock.now()):
            return False
        try:
            if dialog.form.is_new_category():
                triggers.add_category(moment.category)
            triggers.add(moment)
        except EntryError as exc:
            dialog.form.show_error(str(exc))
            return False
        except SecureBaseError as exc:
            dialog.form.show_error(error_text(exc))
            return False
        self.keeper.forget(QUICK_KEY)
        self._refresh_choices()
        self.refresh()
        self.message.show_message(self.tr("Moment saved. Noticing it is the practice."))
        return True

    def new_experiment(self, trigger_id: int | None = None, idea_key: str | None = None) -> None:
        if self.ctx is None:
            return
        self.keeper.flush()
        draft = None if trigger_id else self._draft("experiment:new")
        self.pane.open_experiment(None, draft=draft, trigger_id=trigger_id, idea_key=idea_key)
        self._select_open_entry()
        self.pane.experiment_form.plan.setFocus()

    def handle_action(self, value: str) -> None:
        """A Today card: trigger, experiment, narrative or reflect (the newest entry)."""
        if value == "experiment":
            self.new_experiment()
        elif value == "narrative":
            self.open_narrative()
        elif value == "reflect" and self.model.rowCount():
            self.view.setFocus()
            self._open_index(self.model.index(0, 0))
        else:
            self.open_quick_capture()

    def open_narrative(self, query: str = "") -> None:
        if self.ctx is None:
            return
        self.keeper.flush()
        draft = self._draft(NARRATIVE_KEY)
        if draft is not None and not self.pane.narrative.is_dirty:
            self.pane.narrative.load_payload(draft)
        self.pane.open_narrative(query)
        self._select_open_entry()

    def _entry_saved(self, kind: EntryKind, _entry_id: int) -> None:
        key = self.pane.take_saved_key()
        if key:
            self.keeper.forget(key)
        self.keeper.forget(self.pane.draft_key() or "")
        self._refresh_choices()
        self.refresh()
        self.message.show_message(self.tr("Saved."))

    def _after_narrative_save(self) -> None:
        self.keeper.forget(NARRATIVE_KEY)
        self.refresh()
        self.message.show_message(self.tr("This version of your story is kept."))

    # ------------------------------------------------------------------ delete and undo
    def delete_selected(self) -> None:
        entry = self.model.summary(self.view.currentIndex().row())
        if entry is not None:
            self.delete_entry(entry.kind, entry.id)

    def delete_entry(self, kind: EntryKind, entry_id: int) -> None:
        if self.ctx is None:
            return
        try:
            token = self.ctx.vault.triggers.delete_entry(kind, entry_id)
        except SecureBaseError as exc:
            self.message.show_message(error_text(exc))
            return
        if token is None:
            return
        self._undo.append(token)
        if (self.pane.current_kind() == kind
                and (kind is EntryKind.NARRATIVE or self.pane.current_id() == entry_id)):
            if kind is EntryKind.NARRATIVE:
                self.pane.narrative.reload()
            self.pane.show_placeholder()
        self.refresh()
        text = {EntryKind.TRIGGER: self.tr("Trigger moment deleted."),
                EntryKind.EXPERIMENT: self.tr("Experiment deleted."),
                EntryKind.NARRATIVE: self.tr("Narrative deleted, with all its versions.")}[kind]
        self.message.show_message(text + " " + self.tr("It is kept for 30 days."), undo=True)

    def undo(self) -> None:
        if self.ctx is None or not self._undo:
            return
        token = self._undo.pop()
        try:
            self.ctx.vault.triggers.restore_entry(token)
        except SecureBaseError as exc:
            self.message.show_message(error_text(exc))
            return
        if token.kind is EntryKind.NARRATIVE:
            self.pane.narrative.reload()
            self.pane.open_narrative()
        elif token.kind is EntryKind.TRIGGER:
            self.pane.open_trigger(token.id)
        else:
            self.pane.open_experiment(token.id)
        self.refresh()
        self.message.show_message(self.tr("Brought back."), undo=bool(self._undo))
