"""The shareable result card: a PNG with the map, the tendency, the facets and the date.

Built from a :class:`CardData`, which :func:`card_data` makes from the assessment
repository alone: the card never reads the journal, and carries no name unless one
is typed. The image is painted with QPainter (no file until the user saves it) and
saved without any text metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from securebase.domain.assessment import one_decimal
from securebase.services.assessment import AssessmentContent, NoResult, Result, latest_result
from securebase.services.assessment_charts import (
    DIMENSION_COLORS,
    REGION_COLORS,
    ChartStyle,
    PlaneLabels,
    PlanePoint,
    render_plane,
)

SIZES = {"1200x630": (1200, 630), "1080x1080": (1080, 1080)}
DEFAULT_SIZE = "1200x630"
MAX_NAME = 60

PAPER = "#f6f4ef"
PANEL = "#ffffff"
INK = "#27303a"
MUTED = "#6b7480"


def tr(text: str) -> str:
    return QCoreApplication.translate("ResultCard", text)


@dataclass(frozen=True)
class CardData:
    region: str                   # Region value, for the colour
    region_name: str              # e.g. "fearful-avoidant (often called disorganized)"
    lean_sentence: str
    anxiety: float
    avoidance: float
    facets: tuple[tuple[str, float, str], ...]  # (label, mean, dimension), highest first
    taken_on: datetime
    trajectory: tuple[PlanePoint, ...]
    region_labels: dict[str, str]
    name: str = ""


def short_date(when: datetime) -> str:
    """"14 Mar 2026", in the interface language's own order and month names."""
    pattern = QCoreApplication.translate("ResultCard", "d MMM yyyy", "date pattern of the card")
    return QLocale().toString(QDate(when.year, when.month, when.day), pattern)


def card_data(assessments: Any, content: AssessmentContent, *, name: str = "",
              result: Result | None = None) -> CardData:
    """The card of the latest completed take. Takes only the assessment repository."""
    result = result or latest_result(assessments, content)
    if result is None:
        raise NoResult()
    names = {r.value: t.name for r, t in content.tendencies.tendencies.items()}
    labels = dict(names)
    labels["fearful"] = names["fearful"].replace(" (", "\n(")
    points = tuple(PlanePoint(t.anxiety, t.avoidance, short_date(t.completed_at.astimezone()))
                   for t in result.trajectory)
    clean_name = " ".join(name.split())[:MAX_NAME]
    return CardData(
        region=result.lean.region.value, region_name=result.tendency.name,
        lean_sentence=result.lean_sentence, anxiety=result.anxiety, avoidance=result.avoidance,
        facets=tuple((f.label, f.mean, f.dimension) for f in result.highest),
        taken_on=result.completed_at.astimezone(), trajectory=points, region_labels=labels,
        name=clean_name)


def parse_size(text: str) -> tuple[int, int]:
    if text not in SIZES:
        raise ValueError(f"The card size must be one of {', '.join(SIZES)}.")
    return SIZES[text]


# ------------------------------------------------------------------------------ painting
def _font(px: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _text(p: QPainter, rect: QRectF, text: str, px: float, color: str, *, bold: bool = False,
          flags=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) -> float:
    """Draw wrapped text in ``rect``; return the height it used."""
    p.setFont(_font(px, bold=bold))
    p.setPen(QColor(color))
    wrap = flags | Qt.TextFlag.TextWordWrap
    used = p.boundingRect(rect, wrap, text)
    p.drawText(rect, wrap, text)
    return used.height()


def _panel(p: QPainter, rect: QRectF, radius: float) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    p.fillPath(path, QColor(PANEL))


def _map_image(data: CardData, side: int) -> QImage:
    style = ChartStyle(background=PANEL, text=INK, muted=MUTED, accent="#2f6f8f",
                       band="#8a94a0", font_size=side / 44)
    labels = PlaneLabels(x_axis=tr("Attachment avoidance"), y_axis=tr("Attachment anxiety"),
                         regions=data.region_labels)
    img = render_plane(data.trajectory, labels, width_px=side, height_px=side, style=style,
                       highlight_region=data.region)
    return QImage(img.data, img.width, img.height, QImage.Format.Format_RGBA8888).copy()


def _bar(p: QPainter, rect: QRectF, mean: float, dim: str) -> None:
    p.fillRect(rect, QColor("#e9e7e2"))
    color = QColor(DIMENSION_COLORS.get(dim, "#2f6f8f"))
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width() * (mean - 1) / 6, rect.height()), color)


def _facet_rows(p: QPainter, data: CardData, rect: QRectF, px: float, count: int, *,
                stacked: bool = False) -> None:
    """One row per facet: label, bar on the 1-7 scale, value. ``stacked`` puts the label
    above the bar (for narrow columns)."""
    row_h = rect.height() / max(1, count)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for n, (label, mean, dim) in enumerate(data.facets[:count]):
        y = rect.top() + n * row_h
        if stacked:
            _text(p, QRectF(rect.left(), y, rect.width(), px * 1.5), label, px, INK)
            line_y = y + px * 1.6
            _bar(p, QRectF(rect.left(), line_y + px * 0.35, rect.width() - 56, px * 0.7), mean, dim)
            _text(p, QRectF(rect.right() - 48, line_y, 48, px * 1.4), one_decimal(mean), px, INK,
                  flags=right)
            continue
        bar_w = rect.width() * 0.42
        _text(p, QRectF(rect.left(), y, rect.width() - bar_w - 60, row_h), label, px, INK,
              flags=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        _bar(p, QRectF(rect.right() - bar_w - 48, y + row_h / 2 - px * 0.35, bar_w, px * 0.7),
             mean, dim)
        _text(p, QRectF(rect.right() - 44, y, 44, row_h), one_decimal(mean), px, INK, flags=right)


def render_card(data: CardData, size: tuple[int, int] = SIZES[DEFAULT_SIZE]) -> QImage:
    """Paint the card at exactly ``size`` pixels."""
    width, height = size
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor(PAPER))
    p = QPainter(img)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if width / height > 1.4:
            _landscape(p, data, width, height)
        else:
            _square(p, data, width, height)
    finally:
        p.end()
    return img


def _header(p: QPainter, data: CardData, rect: QRectF, scale: float) -> float:
    """Brand line, region name, lean sentence and scores; returns the bottom y."""
    y = rect.top()
    y += _text(p, QRectF(rect.left(), y, rect.width(), 40 * scale),
               tr("SecureBase · closeness snapshot"), 19 * scale, MUTED) + 14 * scale
    y += _text(p, QRectF(rect.left(), y, rect.width(), 30 * scale), tr("Leaning toward"),
               21 * scale, INK) + 2 * scale
    y += _text(p, QRectF(rect.left(), y, rect.width(), 120 * scale), data.region_name,
               36 * scale, REGION_COLORS.get(data.region, INK), bold=True) + 10 * scale
    y += _text(p, QRectF(rect.left(), y, rect.width(), 80 * scale), data.lean_sentence,
               19 * scale, INK) + 16 * scale
    scores = tr("Anxiety {anxiety}   ·   Avoidance {avoidance}   (scale 1–7)").format(
        anxiety=one_decimal(data.anxiety), avoidance=one_decimal(data.avoidance))
    y += _text(p, QRectF(rect.left(), y, rect.width(), 40 * scale), scores, 21 * scale, INK,
               bold=True) + 18 * scale
    return y


def _footer(p: QPainter, data: CardData, rect: QRectF, scale: float) -> None:
    when = tr("Taken {date}").format(date=short_date(data.taken_on))
    line = f"{data.name}  ·  {when}" if data.name else when
    _text(p, QRectF(rect.left(), rect.top(), rect.width(), 28 * scale), line, 18 * scale, INK,
          bold=bool(data.name))
    _text(p, QRectF(rect.left(), rect.top() + 30 * scale, rect.width(), 28 * scale),
          tr("A pattern at one moment, not a label. Self-help, not therapy."), 16 * scale, MUTED)


def _landscape(p: QPainter, data: CardData, width: int, height: int) -> None:
    margin = 32
    side = height - 2 * margin
    _panel(p, QRectF(margin, margin, side, side), 18)
    p.drawImage(QRectF(margin + 8, margin + 8, side - 16, side - 16), _map_image(data, side - 16))
    left = margin * 2 + side
    col = QRectF(left, margin + 6, width - left - margin, height - 2 * margin)
    y = _header(p, data, col, 1.0)
    footer_top = height - margin - 58
    rows = min(3, len(data.facets))
    if rows:
        _text(p, QRectF(col.left(), y, col.width(), 26), tr("Highest facets"), 17, MUTED)
        _facet_rows(p, data, QRectF(col.left(), y + 28, col.width(),
                                    min(rows * 34, footer_top - y - 40)), 18, rows)
    p.setPen(QPen(QColor("#dcd8d0"), 1))
    p.drawLine(int(col.left()), footer_top - 12, int(col.right()), footer_top - 12)
    _footer(p, data, QRectF(col.left(), footer_top, col.width(), 58), 1.0)


def _square(p: QPainter, data: CardData, width: int, height: int) -> None:
    margin = 48
    col = QRectF(margin, margin, width - 2 * margin, height)
    y = _header(p, data, col, 1.05)
    footer_top = height - margin - 58
    side = int(min(footer_top - y - 24, (width - 2 * margin) * 0.63))
    _panel(p, QRectF(margin, y, side, side), 18)
    p.drawImage(QRectF(margin + 6, y + 6, side - 12, side - 12), _map_image(data, side - 12))
    right = margin + side + 32
    facets_rect = QRectF(right, y + 10, width - margin - right, side - 20)
    rows = min(6, len(data.facets))
    if rows:
        _text(p, QRectF(facets_rect.left(), facets_rect.top(), facets_rect.width(), 26),
              tr("Facets, highest first"), 17, MUTED)
        _facet_rows(p, data, QRectF(facets_rect.left(), facets_rect.top() + 40,
                                    facets_rect.width(), min(rows * 80, facets_rect.height() - 40)),
                    18, rows, stacked=True)
    _footer(p, data, QRectF(margin, footer_top, width - 2 * margin, 58), 1.0)


# ------------------------------------------------------------------------------ output
def png_bytes(image: QImage) -> bytes:
    """The card as PNG bytes, without any text chunks."""
    fmt = (QImage.Format.Format_ARGB32 if image.hasAlphaChannel()
           else QImage.Format.Format_RGB32)
    clean = QImage(image.size(), fmt)  # a fresh image: pixels only, no text keys
    clean.fill(0)
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not clean.save(buf, "PNG"):
        raise OSError("the card image could not be encoded")
    buf.close()
    return bytes(data.data())


def save_card(image: QImage, path: Path) -> Path:
    """Write the PNG atomically (temp file, then rename)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(png_bytes(image))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
