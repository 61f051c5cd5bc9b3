"""Painted pieces of the practice screens: the body outline, the time ring, the breath circle.

Colours come from the current palette (light, dark or high contrast), softened with
:func:`securebase.ui.style.blend`; nothing here blinks or moves abruptly.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from securebase.ui import style

# The figure is drawn in a 100 × 240 box and scaled to the widget.
_BOX_W, _BOX_H = 100.0, 240.0


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _rounded(x: float, y: float, w: float, h: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return path


def _limb(points: list[tuple[float, float]], width: float) -> QPainterPath:
    line = QPainterPath(QPointF(*points[0]))
    for p in points[1:]:
        line.lineTo(QPointF(*p))
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line).simplified()


def _mirror(path: QPainterPath) -> QPainterPath:
    return QTransform(-1, 0, 0, 1, _BOX_W, 0).map(path)


def _pair(path: QPainterPath) -> QPainterPath:
    return path.united(_mirror(path))


def body_paths() -> dict[str, QPainterPath]:
    """One path per region of :data:`BODY_REGIONS`, in the 100 × 240 box."""
    face = _ellipse(50, 25, 8.5, 10.5)
    paths = {
        "head": _ellipse(50, 22, 13, 16).subtracted(face),
        "face": face,
        "neck": _rounded(44.5, 36, 11, 12, 3),
        "shoulders": _rounded(26, 46, 48, 12, 6),
        "chest": _rounded(30, 56, 40, 32, 6),
        "belly": _rounded(31, 88, 38, 24, 5),
        "hips": _rounded(30, 110, 40, 18, 8),
        "arms": _pair(_limb([(29, 53), (22, 86), (18, 116)], 9)),
        "hands": _pair(_ellipse(17, 126, 5, 8)),
        "thighs": _pair(_limb([(40, 124), (39.5, 166)], 15)),
        "knees": _pair(_ellipse(39.5, 172, 7.5, 7)),
        "lower_legs": _pair(_limb([(39.5, 181), (40, 215)], 11)),
        "feet": _pair(_rounded(31, 221, 14, 9, 4.5)),
    }
    return paths


#: Painting order: limbs behind the trunk, the head last.
_ORDER = ("arms", "hands", "thighs", "lower_legs", "knees", "feet", "hips", "belly", "chest",
          "shoulders", "neck", "head", "face")


def accent(widget: QWidget) -> QColor:
    pal = widget.palette()
    return style.blend(pal.color(QPalette.ColorRole.Highlight),
                       pal.color(QPalette.ColorRole.Window), 0.35)


class BodyFigure(QWidget):
    """A simple standing figure; the regions being attended to are gently lit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = body_paths()
        self._lit: frozenset[str] = frozenset()
        self.setMinimumSize(120, 260)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Body outline"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(170, 380)

    @property
    def lit(self) -> frozenset[str]:
        return self._lit

    def set_lit(self, regions) -> None:
        regions = frozenset(regions)
        if regions != self._lit:
            self._lit = regions
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        fill = style.blend(window, text, 0.07)
        outline = style.blend(text, window, 0.6)
        glow_fill = accent(self)
        halo = QColor(glow_fill)
        halo.setAlphaF(0.35)

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width() / _BOX_W, self.height() / _BOX_H) * 0.94
        p.translate((self.width() - _BOX_W * scale) / 2, (self.height() - _BOX_H * scale) / 2)
        p.scale(scale, scale)
        for name in _ORDER:
            if name in self._lit:
                p.setPen(QPen(halo, 5.0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(self._paths[name])
        for name in _ORDER:
            lit = name in self._lit
            p.setPen(QPen(outline, 0.9))
            p.setBrush(glow_fill if lit else fill)
            p.drawPath(self._paths[name])
        p.end()


class TimeRing(QWidget):
    """The remaining time as a ring that empties clockwise, with the time in the middle."""

    def __init__(self, parent: QWidget | None = None, *, diameter: int = 170) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self.setMinimumSize(diameter, diameter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Time left"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def set_time(self, remaining_fraction: float, text: str, caption: str = "") -> None:
        fraction = max(0.0, min(1.0, remaining_fraction))
        if (fraction, text, caption) != (self._fraction, self._text, self._caption):
            self._fraction, self._text, self._caption = fraction, text, caption
            self.setAccessibleDescription(f"{text} {caption}".strip())
            self.update()

    @property
    def text(self) -> str:
        return self._text

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        side = min(self.width(), self.height())
        width = max(4.0, side * 0.045)
        rect = QRectF((self.width() - side) / 2 + width, (self.height() - side) / 2 + width,
                      side - 2 * width, side - 2 * width)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(style.blend(window, text, 0.1), width))
        p.drawEllipse(rect)
        if self._fraction > 0:
            pen = QPen(accent(self), width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        p.setPen(text)
        p.setFont(style.scaled_font(self, side / 75))
        upper = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.62)
        p.drawText(upper, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                   self._text)
        if self._caption:
            p.setPen(style.muted_color(self))
            p.setFont(style.scaled_font(self, 1.0))
            lower = QRectF(rect.left(), rect.top() + rect.height() * 0.64, rect.width(),
                           rect.height() * 0.3)
            p.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       self._caption)
        p.end()


class BreathCircle(QWidget):
    """A soft circle that grows on the in-breath and shrinks on the out-breath."""

    def __init__(self, parent: QWidget | None = None, *, diameter: int = 260) -> None:
        super().__init__(parent)
        self._size = 0.0
        self._label = ""
        self._sub = ""
        self.setMinimumSize(diameter, diameter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing guide"))

    @property
    def label(self) -> str:
        return self._label

    @property
    def size_fraction(self) -> float:
        return self._size

    def set_breath(self, size: float, label: str, sub: str = "") -> None:
        size = max(0.0, min(1.0, size))
        if label != self._label:
            self.setAccessibleDescription(label)
        if (size, label, sub) != (self._size, self._label, self._sub):
            self._size, self._label, self._sub = size, label, sub
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        side = min(self.width(), self.height(), 440) - 8
        centre = QPointF(self.width() / 2, self.height() / 2)
        r_max = side / 2
        r_min = r_max * 0.42
        radius = r_min + (r_max - r_min) * self._size
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QPen(style.blend(window, text, 0.18), 1.2)
        guide.setStyle(Qt.PenStyle.DotLine)
        p.setPen(guide)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, r_max, r_max)
        fill = accent(self)
        fill.setAlphaF(0.55 + 0.25 * self._size)
        p.setPen(QPen(accent(self), 2.0))
        p.setBrush(fill)
        p.drawEllipse(centre, radius, radius)
        p.setPen(text)
        p.setFont(style.scaled_font(self, 1.6))
        label_rect = QRectF(centre.x() - r_max, centre.y() - 30, 2 * r_max, 34)
        p.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, self._label)
        if self._sub:
            p.setFont(style.scaled_font(self, 1.1))
            p.drawText(QRectF(centre.x() - r_max, centre.y() + 6, 2 * r_max, 28),
                       Qt.AlignmentFlag.AlignCenter, self._sub)
        p.end()
