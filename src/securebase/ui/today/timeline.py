"""The six steps as a calm timeline: a row of step tiles and a thin fifty-day line
that fills up to today. Steps behind are quietly ticked; nothing is marked missed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from securebase.domain.path import STEPS, TOTAL_DAYS
from securebase.ui.i18n import join_sentences
from securebase.ui.today.theme import Tones

GAP = 10
TILE_H = 78
LINE_H = 6
LINE_GAP = 14


class StepTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayTimeline")
        self.setAccessibleName(self.tr("The six steps of the path"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.day = 0
        self.titles: dict[int, str] = {}

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(600, TILE_H + LINE_GAP + LINE_H + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(420, self.sizeHint().height())

    def set_position(self, day: int, titles: dict[int, str]) -> None:
        """``day`` 0 means not begun yet."""
        self.day = day
        self.titles = dict(titles)
        current = self.current_step()
        parts = []
        for step in STEPS:
            title = self.titles.get(step.number, "")
            parts.append(self.tr("Step %1, days %2 to %3: %4").replace("%1", str(step.number))
                         .replace("%2", str(step.first_day)).replace("%3", str(step.last_day))
                         .replace("%4", title))
        where = (self.tr("Day %1 of %2, step %3.").replace("%1", str(day))
                 .replace("%2", str(TOTAL_DAYS)).replace("%3", str(current))
                 if day else self.tr("The path has not begun yet."))
        self.setAccessibleDescription(join_sentences([where, *parts]))
        self.setToolTip("\n".join(parts))
        self.update()

    def current_step(self) -> int:
        for step in STEPS:
            if self.day in step:
                return step.number
        return STEPS[-1].number if self.day > TOTAL_DAYS else 0

    def clear(self) -> None:
        self.set_position(0, {})

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        t = Tones.of(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        tile_w = (width - GAP * (len(STEPS) - 1)) / len(STEPS)
        current = self.current_step()
        base_font = QFont(self.font())
        small = QFont(base_font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.88)
        bold = QFont(base_font)
        bold.setBold(True)

        for index, step in enumerate(STEPS):
            x = index * (tile_w + GAP)
            rect = QRectF(x + 0.5, 0.5, tile_w - 1, TILE_H - 1)
            behind = self.day > step.last_day
            here = step.number == current
            fill = t.accent_soft if here else (t.calm_soft if behind else t.card)
            edge = t.accent if here else t.border
            path = QPainterPath()
            path.addRoundedRect(rect, 10, 10)
            painter.fillPath(path, fill)
            painter.setPen(QPen(edge, 2 if here else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)

            # step number in a small circle (a tick once the step is behind)
            circle = QRectF(x + 10, 10, 22, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(t.accent if here else (t.calm if behind else t.border))
            painter.drawEllipse(circle)
            painter.setPen(t.on_calm if (here or behind) else t.text)
            painter.setFont(bold)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter,
                             "✓" if behind else str(step.number))

            painter.setFont(small)
            painter.setPen(t.muted)
            days = (self.tr("Days %1–%2").replace("%1", str(step.first_day))
                    .replace("%2", str(step.last_day)))
            painter.drawText(QRectF(x + 38, 10, tile_w - 44, 22),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, days)
            painter.setFont(bold if here else base_font)
            painter.setPen(t.text)
            title = self.titles.get(step.number, "")
            painter.drawText(QRectF(x + 10, 36, tile_w - 18, TILE_H - 40),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, title)

        # under each tile, a thin line that fills as the step's days pass
        y = TILE_H + LINE_GAP
        for index, step in enumerate(STEPS):
            x = index * (tile_w + GAP)
            track = QPainterPath()
            track.addRoundedRect(QRectF(x, y, tile_w, LINE_H), LINE_H / 2, LINE_H / 2)
            painter.fillPath(track, t.border)
            share = min(max(self.day - step.first_day + 1, 0), step.length) / step.length
            if share <= 0:
                continue
            filled = QPainterPath()
            fill_w = max(tile_w * share, LINE_H)
            filled.addRoundedRect(QRectF(x, y, fill_w, LINE_H), LINE_H / 2, LINE_H / 2)
            painter.fillPath(filled, t.calm)
            if step.number == current and self.day <= TOTAL_DAYS:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 2))
                painter.setBrush(t.accent)
                cx = x + fill_w - LINE_H / 2
                painter.drawEllipse(QRectF(cx - 6, y + LINE_H / 2 - 6, 12, 12))
        painter.end()
