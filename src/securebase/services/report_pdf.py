"""Printing the action report: A4 pages with headings kept with their text, page
numbers, and an atomic write of the PDF.

The document is laid out at 96 dpi on a private paint device (so the result does
not depend on the screen) and painted page by page onto a QPdfWriter; text stays
vector and images keep their full resolution inside the PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

OBJECT_REPLACEMENT = "\ufffc"  # the character an image stands on
KEEP_LINES_PX = 52  # a heading needs about three lines of what follows on its page
LAYOUT_DPI = 96
A4_PX = QSizeF(210 / 25.4 * LAYOUT_DPI, 297 / 25.4 * LAYOUT_DPI)
PAGE_MARGIN_PX = 20 / 25.4 * LAYOUT_DPI  # 2 cm
FOOTER_PX = 40  # the band under the text where the page number goes


def tr(text: str) -> str:
    return QCoreApplication.translate("ActionReport", text)


def _layout_on_pages(doc: QTextDocument) -> None:
    device = QImage(8, 8, QImage.Format.Format_RGB32)  # 96 dpi, whatever the screen
    doc.documentLayout().setPaintDevice(device)
    doc.__dict__["_layout_device"] = device  # alive as long as the layout uses it
    frame = doc.rootFrame().frameFormat()
    frame.setMargin(PAGE_MARGIN_PX)
    doc.rootFrame().setFrameFormat(frame)
    doc.setPageSize(A4_PX)


def _with_breaks(doc: QTextDocument, breaks: list[int]) -> QTextDocument:
    copy = doc.clone()
    for number in breaks:
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(copy.findBlockByNumber(number)).mergeBlockFormat(fmt)
    _layout_on_pages(copy)
    return copy


def _first_stranded_heading(doc: QTextDocument, after: int) -> int | None:
    """The block number of the first heading (past block ``after``) that sits at the
    foot of a page without room for what follows it."""
    layout = doc.documentLayout()
    page_h = A4_PX.height()
    block = doc.findBlockByNumber(after + 1)
    while block.isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel() > 0 and nxt.isValid():
            rect = layout.blockBoundingRect(block)
            following = layout.blockBoundingRect(nxt)
            need = (following.height() if nxt.text() == OBJECT_REPLACEMENT
                    else min(KEEP_LINES_PX, following.height()))
            page = int(rect.top() // page_h)
            at_top = rect.top() <= page * page_h + PAGE_MARGIN_PX + 30
            if not at_top and rect.bottom() + need > (page + 1) * page_h - PAGE_MARGIN_PX:
                return block.blockNumber()
        block = nxt
    return None


def paginate(doc: QTextDocument) -> QTextDocument:
    """A copy of ``doc`` laid out on A4 pages (2 cm margins) at 96 dpi, where every
    heading that would sit at the foot of a page without what follows it starts the
    next page instead. Each break is followed by a fresh layout: Qt does not reliably
    redo the layout of a document whose page breaks change after it was laid out."""
    breaks: list[int] = []
    pages = _with_breaks(doc, breaks)
    while (stranded := _first_stranded_heading(pages, breaks[-1] if breaks else -1)) is not None:
        breaks.append(stranded)
        pages = _with_breaks(doc, breaks)
    return pages


def write_pdf(doc: QTextDocument, path: Path) -> Path:
    """Paint the paginated document page by page into an A4 PDF with page numbers;
    written to a temporary name first and renamed when complete."""
    path = Path(path)
    pages = paginate(doc)  # keep ``doc`` referenced: Qt may parent the copies to it
    count = pages.pageCount()
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb"):  # a missing folder or no permission: a plain OSError, no Qt warning
        pass
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(tr("SecureBase action report"))
        writer.setCreator("SecureBase")
        scale = writer.logicalDpiY() / LAYOUT_DPI
        page_w, page_h = A4_PX.width(), A4_PX.height()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("the PDF could not be started")
        try:
            for n in range(count):
                if n:
                    writer.newPage()
                painter.save()
                painter.scale(scale, scale)
                painter.translate(0, -n * page_h)
                ctx = QAbstractTextDocumentLayout.PaintContext()
                ctx.clip = QRectF(0, n * page_h, page_w, page_h)
                pages.documentLayout().draw(painter, ctx)
                painter.restore()
                font = QFont(pages.defaultFont())
                font.setPixelSize(round(12 * scale))
                painter.setFont(font)
                painter.setPen(QColor("#6b7480"))
                painter.drawText(
                    QRectF(PAGE_MARGIN_PX * scale, (page_h - PAGE_MARGIN_PX) * scale,
                           (page_w - 2 * PAGE_MARGIN_PX) * scale, FOOTER_PX * scale),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    tr("Page {n} of {count}").format(n=n + 1, count=count))
        finally:
            painter.end()
        del writer  # finishes the file
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError("the PDF could not be written")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
