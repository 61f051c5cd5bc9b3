"""How list cells are painted: the intensity chip and text with search matches marked."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from securebase.domain.journal import EntryKind
from securebase.ui import style
from securebase.ui.journal.list_model import SUMMARY_ROLE
from securebase.ui.journal.widgets import SAND, intensity_color


def marked_html(snippet: str, highlight: str, text_color: str) -> str:
    """'a [[b]] c' -> escaped HTML with the marked words on a soft background."""
    out, rest = [], snippet
    while "[[" in rest:
        before, _, after = rest.partition("[[")
        word, _, rest = after.partition("]]")
        out.append(html.escape(before))
        out.append(f'<span style="background-color:{highlight}; color:{text_color};">'
                   f"{html.escape(word)}</span>")
    out.append(html.escape(rest))
    return "".join(out)


class ChipDelegate(QStyledItemDelegate):
    """A rounded chip: intensity (then → after) tinted from sage to clay, or a quiet
    label for an experiment's status and a narrative's word count."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style_ = widget.style() if widget else None
        if style_ is not None:
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        entry = index.data(SUMMARY_ROLE)
        if not text or entry is None:
            return
        pal = opt.palette
        metrics = opt.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 6
        rect = QRectF(opt.rect.x() + 6, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if entry.intensity is not None:
            fill = intensity_color(entry.intensity, pal)
        else:
            base = pal.color(QPalette.ColorRole.Base)
            fill = style.blend(base, SAND if entry.kind is EntryKind.EXPERIMENT
                               else pal.color(QPalette.ColorRole.Mid), 0.30)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, hint.height() + 8)


class SnippetDelegate(QStyledItemDelegate):
    """The first line, or the search snippet with the matching words highlighted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        entry = index.data(SUMMARY_ROLE)
        if entry is None or not entry.snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        pal = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Text)
        mark = style.blend(pal.color(QPalette.ColorRole.Base), SAND, 0.75)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        line = " ".join(entry.snippet.split())
        doc.setHtml(f'<span style="color:{text_color.name()};">'
                    f"{marked_html(line, mark.name(), '#000000')}</span>")
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.x(), rect.center().y() - doc.size().height() / 2)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
