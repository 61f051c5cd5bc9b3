"""The attachment narrative: one living document, guided prompts, every save kept.

The Write page holds the prompts and the editor; the Versions page lists the
saved versions and shows what changed between any two of them.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.entries import EntryError
from securebase.domain.narrative import NarrativeVersion, headings, prompt_heading, word_count
from securebase.storage.errors import SecureBaseError
from securebase.ui import style
from securebase.ui.i18n import error_text
from securebase.ui.journal import form_helpers as fh
from securebase.ui.journal.content import JournalContent
from securebase.ui.journal.diff_view import DiffView
from securebase.ui.journal.list_model import format_when


class NarrativeEditor(QWidget):
    changed = Signal()
    #: A version was saved (the list should refresh).
    saved = Signal(object)

    def __init__(self, content: JournalContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("narrativeEditor")
        self.content = content
        self._repo = None
        self._tz: tzinfo | None = None
        self._latest: NarrativeVersion | None = None
        self._saved_text = ""
        tr = self.tr

        self.pages = QTabWidget()
        self.pages.setAccessibleName(tr("Narrative pages"))
        self.pages.setDocumentMode(True)

        # --- write page
        self.prompts = QListWidget()
        self.prompts.setObjectName("narrativePrompts")
        self.prompts.setAccessibleName(tr("Guiding prompts"))
        self.prompts.setWordWrap(True)
        for prompt in content.prompts:
            item = QListWidgetItem(prompt.title)
            item.setData(Qt.ItemDataRole.UserRole, prompt.key)
            self.prompts.addItem(item)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignTop)
        style.set_muted(self.question)
        self.add_prompt = QPushButton(tr("Add this prompt to my story"))
        self.add_prompt.setObjectName("addPromptButton")
        self.add_prompt.setAccessibleName(tr("Add this prompt to my story"))
        self.add_prompt.clicked.connect(self.insert_prompt)
        self.prompts.currentRowChanged.connect(self._show_question)
        left = QWidget()
        left_l = QVBoxLayout(left)
        left_l.setContentsMargins(0, 0, 0, 0)
        left_l.addWidget(QLabel(tr("Prompts")))
        left_l.addWidget(self.prompts, 2)
        left_l.addWidget(self.question, 1)
        left_l.addWidget(self.add_prompt)

        self.edit = QPlainTextEdit()
        self.edit.setObjectName("narrativeEdit")
        self.edit.setAccessibleName(tr("My attachment narrative"))
        self.edit.setPlaceholderText(tr(
            "This is your story, in your words. Pick a prompt on the left to begin, or simply "
            "start writing. Every time you save, the version is kept, so nothing is lost."))
        self.edit.textChanged.connect(self._text_changed)
        self.words = QLabel()
        self.words.setObjectName("narrativeWordCount")
        self.state = QLabel()
        style.set_muted(self.state)
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("What changed, in a few words"))
        self.note.setPlaceholderText(tr("What changed, in a few words (optional)"))
        self.save_button = QPushButton(tr("Save version"))
        self.save_button.setObjectName("saveNarrativeButton")
        self.save_button.setAccessibleName(tr("Save this version of the narrative"))
        self.save_button.setToolTip(tr("Save version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.error = fh.error_label()
        bottom = QHBoxLayout()
        bottom.addWidget(self.words)
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.note, 2)
        bottom.addWidget(self.save_button)
        right = QWidget()
        right_l = QVBoxLayout(right)
        right_l.setContentsMargins(0, 0, 0, 0)
        right_l.addWidget(self.edit, 1)
        right_l.addWidget(self.error)
        right_l.addLayout(bottom)
        write = QSplitter()
        write.addWidget(left)
        write.addWidget(right)
        write.setStretchFactor(1, 3)
        write.setSizes([240, 640])
        self.pages.addTab(write, tr("Write"))

        # --- versions page
        self.versions = QListWidget()
        self.versions.setObjectName("narrativeVersions")
        self.versions.setAccessibleName(tr("Saved versions"))
        self.older = QComboBox()
        self.older.setAccessibleName(tr("Older version to compare"))
        self.newer = QComboBox()
        self.newer.setAccessibleName(tr("Newer version to compare"))
        self.diff = DiffView()
        self.diff_summary = QLabel()
        self.diff_summary.setObjectName("narrativeDiffSummary")
        self.bring_back = QPushButton(tr("Bring the older version back into the editor"))
        self.bring_back.setAccessibleName(tr("Bring the older version back into the editor"))
        self.bring_back.clicked.connect(self._bring_back)
        self.older.currentIndexChanged.connect(self.compare)
        self.newer.currentIndexChanged.connect(self.compare)
        self.versions.currentRowChanged.connect(self._pick_version)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Compare")))
        pick.addWidget(self.older, 1)
        pick.addWidget(QLabel(tr("with")))
        pick.addWidget(self.newer, 1)
        versions = QWidget()
        vl = QHBoxLayout(versions)
        vl.addWidget(self.versions, 1)
        diff_side = QVBoxLayout()
        diff_side.addLayout(pick)
        diff_side.addWidget(self.diff_summary)
        diff_side.addWidget(self.diff, 1)
        diff_side.addWidget(self.bring_back, 0, Qt.AlignmentFlag.AlignRight)
        vl.addLayout(diff_side, 3)
        self.pages.addTab(versions, tr("Versions"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.prompts.setCurrentRow(0)
        self._update_counts()

    # ------------------------------------------------------------------ binding
    def bind(self, repo, tz: tzinfo | None) -> None:
        """``repo`` is ``vault.narrative``."""
        self._repo = repo
        self._tz = tz
        self.reload()

    def reload(self) -> None:
        if self._repo is None:
            return
        self._latest = self._repo.latest()
        self._saved_text = self._latest.text if self._latest else ""
        self.edit.blockSignals(True)
        self.edit.setPlainText(self._saved_text)
        self.edit.blockSignals(False)
        self._refresh_versions()
        self._update_counts()

    def _when(self, version: NarrativeVersion) -> str:
        return format_when(version.saved_at, self._tz,
                           self.tr("d MMM yyyy, HH:mm", "date pattern of narrative versions"))

    def _refresh_versions(self) -> None:
        items = self._repo.versions() if self._repo is not None else []
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
        self.versions.clear()
        for v in items:
            words = self.tr("%Ln words", "", v.word_count)
            text = f"{self._when(v)} · {words}" + (f" · {v.note}" if v.note else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.versions.addItem(item)
            for combo in (self.older, self.newer):
                combo.addItem(f"{self._when(v)} · {words}", v.id)
        self.newer.setCurrentIndex(0)
        self.older.setCurrentIndex(min(1, self.older.count() - 1))
        for combo in (self.older, self.newer):
            combo.blockSignals(False)
        self.versions.blockSignals(True)
        self.versions.setCurrentRow(0 if items else -1)
        self.versions.blockSignals(False)
        self.pages.setTabText(1, self.tr("Versions (%1)").replace("%1", str(len(items))))
        self.compare()

    # ------------------------------------------------------------------ writing
    def _show_question(self, row: int) -> None:
        prompt = self.content.prompts[row] if 0 <= row < len(self.content.prompts) else None
        self.question.setText(prompt.question if prompt else "")

    def insert_prompt(self) -> None:
        """Add the chosen prompt as a heading (once) and put the cursor under it."""
        row = self.prompts.currentRow()
        if not 0 <= row < len(self.content.prompts):
            return
        title = self.content.prompts[row].title
        text = self.edit.toPlainText()
        cursor = self.edit.textCursor()
        if title in headings(text):
            found = self.edit.document().find(prompt_heading(title))
            if not found.isNull():
                found.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                self.edit.setTextCursor(found)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            gap = "" if not text.strip() else ("\n" if text.endswith("\n") else "\n\n")
            cursor.insertText(f"{gap}{prompt_heading(title)}\n")
            self.edit.setTextCursor(cursor)
        self.edit.setFocus()

    def _text_changed(self) -> None:
        self._update_counts()
        self.changed.emit()

    def _update_counts(self) -> None:
        n = word_count(self.edit.toPlainText())
        self.words.setText(self.tr("%Ln words", "", n))
        if self._latest is None:
            self.state.setText(self.tr("Not saved yet") if self.is_dirty else "")
        elif self.is_dirty:
            self.state.setText(self.tr("Changed since the version of %1").replace(
                "%1", self._when(self._latest)))
        else:
            self.state.setText(self.tr("Saved %1").replace("%1", self._when(self._latest)))

    @property
    def is_dirty(self) -> bool:
        return self.edit.toPlainText() != self._saved_text

    def save(self) -> NarrativeVersion | None:
        if self._repo is None:
            return None
        try:
            version = self._repo.save(self.edit.toPlainText(), fh_note(self.note.text()))
        except EntryError as exc:
            fh.show_error(self.error, str(exc))
            return None
        except SecureBaseError as exc:
            fh.show_error(self.error, error_text(exc))
            return None
        fh.show_error(self.error, "")
        fh.wipe_line(self.note)
        self._latest = version
        self._saved_text = version.text
        self._refresh_versions()
        self._update_counts()
        self.saved.emit(version)
        return version

    # ------------------------------------------------------------------ versions
    def compare(self, *_args) -> str:
        if self._repo is None or self.older.count() == 0:
            self.diff.wipe()
            self.diff_summary.setText(self.tr("Save a version to start keeping a history.")
                                      if self._repo is not None else "")
            self.bring_back.setEnabled(False)
            return ""
        old = self._repo.get(self.older.currentData())
        new = self._repo.get(self.newer.currentData())
        if old is None or new is None:
            return ""
        if old.saved_at > new.saved_at:
            old, new = new, old
        summary = self.diff.show_diff(old.text, new.text)
        self.diff_summary.setText(summary)
        self.bring_back.setEnabled(old.text != self.edit.toPlainText())
        return summary

    def _pick_version(self, row: int) -> None:
        """Choosing a version shows what that save changed (against the one before it)."""
        if not 0 <= row < self.newer.count():
            return
        for combo, index in ((self.newer, row), (self.older, min(row + 1, self.older.count() - 1))):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.compare()

    def _bring_back(self) -> None:
        version = self._repo.get(self.older.currentData()) if self._repo else None
        if version is None:
            return
        self.edit.setPlainText(version.text)  # saving it keeps it as a new version
        self.pages.setCurrentIndex(0)

    def highlight(self, query: str) -> None:
        fh.mark_matches(self.edit, query)

    # ------------------------------------------------------------------ drafts
    def payload(self) -> dict:
        return {"text": self.edit.toPlainText(),
                "base_id": self._latest.id if self._latest else None}

    def load_payload(self, data: dict) -> None:
        self.edit.setPlainText(str(data.get("text", "")))
        self.pages.setCurrentIndex(0)

    def clear(self) -> None:
        """Forget the vault and empty every widget."""
        self._repo = None
        self._latest = None
        self._saved_text = ""
        self.edit.blockSignals(True)
        self.edit.setExtraSelections([])
        self.edit.clear()
        self.edit.blockSignals(False)
        fh.wipe_line(self.note)
        self.versions.clear()
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.diff.wipe()
        self.diff_summary.setText("")
        fh.show_error(self.error, "")
        self.pages.setTabText(1, self.tr("Versions"))
        self.pages.setCurrentIndex(0)
        self._update_counts()


def fh_note(text: str) -> str:
    """A version note on one line."""
    return " ".join(text.split())
