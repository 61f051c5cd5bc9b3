"""What changed between two versions of the narrative, shown word by word."""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from securebase.domain.textdiff import Op, diff, summarize
from securebase.ui import style
from securebase.ui.journal.widgets import CLAY, SAGE


class DiffView(QTextBrowser):
    """Added words on a soft sage background, removed words struck through on clay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("narrativeDiff")
        self.setAccessibleName(self.tr("What changed between the two versions"))
        self.setOpenLinks(False)
        self.summary_text = ""

    def show_diff(self, old: str, new: str) -> str:
        """Render the difference; returns the one-line summary it also keeps."""
        segments = diff(old, new)
        summary = summarize(segments)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text).name()
        added = style.blend(base, SAGE, 0.35).name()
        removed = style.blend(base, CLAY, 0.30).name()
        parts = []
        for seg in segments:
            body = html.escape(seg.text)
            if seg.op is Op.ADDED:
                parts.append(f'<span style="background-color:{added};">{body}</span>')
            elif seg.op is Op.REMOVED:
                parts.append(f'<span style="background-color:{removed}; '
                             f'text-decoration:line-through;">{body}</span>')
            else:
                parts.append(body)
        self.setHtml(f'<div style="white-space:pre-wrap; color:{text};">{"".join(parts)}</div>')
        if summary.unchanged:
            self.summary_text = self.tr("These two versions are the same.")
        else:
            self.summary_text = (self.tr("%1 words added, %2 words taken out.")
                                 .replace("%1", str(summary.words_added))
                                 .replace("%2", str(summary.words_removed)))
        return self.summary_text

    def wipe(self) -> None:
        self.clear()
        self.summary_text = ""
