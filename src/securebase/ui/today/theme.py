"""Warm, calm tones for the Today page, derived from the current palette.

Three accents (sand, clay and sage) are blended into whatever light or dark palette
the system provides, so the page stays readable in dark mode and high contrast.
There is deliberately no red anywhere: nothing on this page marks a failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from securebase.ui import style

SAND, CLAY, SAGE = style.SAND, style.CLAY, style.SAGE


@dataclass(frozen=True)
class Tones:
    page: QColor
    card: QColor
    border: QColor
    text: QColor
    muted: QColor
    accent: QColor  # warm: the starred focus, the current step
    accent_soft: QColor
    calm: QColor  # sage: ticks and progress
    calm_soft: QColor
    on_calm: QColor

    @staticmethod
    def of(palette: QPalette) -> Tones:
        base = palette.color(QPalette.ColorRole.Base)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = style.is_dark(palette)
        page = style.blend(window, SAND, 0.10 if dark else 0.28)
        if not dark:
            page = style.blend(page, base, 0.45)
        card = style.blend(base, SAND, 0.06 if dark else 0.10)
        return Tones(
            page=page,
            card=card,
            border=style.blend(card, text, 0.14 if dark else 0.12),
            text=text,
            muted=style.blend(text, page, 0.36),
            accent=style.blend(CLAY, text, 0.1) if dark else CLAY,
            accent_soft=style.blend(card, CLAY, 0.22 if dark else 0.14),
            calm=style.blend(SAGE, text, 0.25) if dark else SAGE,
            calm_soft=style.blend(page, SAGE, 0.25 if dark else 0.18),
            on_calm=QColor(255, 255, 255),
        )


def _c(color: QColor) -> str:
    return color.name()


def _points(factor: float) -> str:
    """A size relative to the system's font, so a larger OS font makes it larger too."""
    base = QGuiApplication.font().pointSizeF()
    return f"{(base if base > 0 else 10.0) * factor:.1f}pt"


def stylesheet(t: Tones) -> str:
    """Rules scoped to the Today page's own object names and properties."""
    return f"""
QWidget#todayPage, QScrollArea#todayScroll, QWidget#todayScrollBody {{
    background: {_c(t.page)};
}}
QFrame[todayCard="true"] {{
    background: {_c(t.card)};
    border: 1px solid {_c(t.border)};
    border-radius: 12px;
}}
QFrame[todayCard="true"][focused="true"] {{
    border: 2px solid {_c(t.accent)};
    background: {_c(t.accent_soft)};
}}
QFrame[todayCard="true"] QLabel {{ background: transparent; border: none; }}
QLabel[role="muted"] {{ color: {_c(t.muted)}; }}
QLabel[role="done"] {{ color: {_c(t.calm)}; font-weight: 600; }}
QLabel[role="focus"] {{ color: {_c(t.accent)}; font-weight: 600; }}
QLabel[role="eyebrow"] {{ color: {_c(t.calm)}; font-weight: 600; }}
QToolButton[role="star"] {{
    border: none; background: transparent; color: {_c(t.muted)};
    font-size: {_points(1.35)}; padding: 2px 4px;
}}
QToolButton[role="star"]:checked {{ color: {_c(t.accent)}; }}
QToolButton[role="star"]:hover {{ color: {_c(t.accent)}; }}
QPushButton[role="primary"] {{
    background: {_c(t.calm)}; color: {_c(t.on_calm)};
    border: 1px solid {_c(t.calm)}; border-radius: 8px; padding: 6px 16px;
}}
QPushButton[role="primary"]:hover {{ background: {_c(style.blend(t.calm, t.text, 0.15))}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {_c(t.accent)}; }}
QPushButton[role="card"] {{
    background: transparent; color: {_c(t.calm)};
    border: 1px solid {_c(t.calm)}; border-radius: 8px; padding: 5px 14px;
}}
QPushButton[role="card"]:hover {{ background: {_c(t.calm_soft)}; }}
QPushButton[role="card"]:focus {{ border: 2px solid {_c(t.accent)}; }}
QPushButton[role="help"], QToolButton[role="help"] {{
    background: {_c(t.accent_soft)}; color: {_c(t.text)};
    border: 1px solid {_c(t.accent)}; border-radius: 8px; padding: 5px 14px;
}}
QFrame#todayFooter {{
    background: {_c(t.card)}; border: 1px solid {_c(t.border)}; border-radius: 12px;
}}
QFrame#todayFooter QLabel, QFrame#todayFooter QCheckBox {{ background: transparent; }}
"""


def repolish(widget) -> None:
    """Re-apply style rules after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
