"""Chart colours from the current light or dark palette.

Colours help, but never carry meaning alone: every series also has its own marker,
line style or hatching, and a label. The warm clay and the sage are the Today page's
accents, blended toward the palette's text colour in dark mode so they stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from securebase.ui import style
from securebase.ui.today.theme import CLAY, SAGE


@dataclass(frozen=True)
class ChartTheme:
    background: str
    text: str
    muted: str
    grid: str
    accent: str  # the palette's highlight: the main series
    warm: str  # clay: "at the moment", averages
    calm: str  # sage: "afterwards", calm
    soft: str  # a faint tint for shaded spans
    fill: str  # the body outline's resting fill
    dark: bool
    font_size: float = 10.0

    @classmethod
    def of(cls, widget: QWidget) -> ChartTheme:
        pal = widget.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.WindowText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        dark = style.is_dark(pal)
        if dark:
            accent = style.blend(accent, text, 0.25)
        warm = style.blend(CLAY, text, 0.15) if dark else QColor(CLAY).darker(108)
        calm = style.blend(SAGE, text, 0.25) if dark else QColor(SAGE)
        size = widget.font().pointSizeF()
        return cls(
            background=base.name(), text=text.name(),
            muted=style.blend(text, base, 0.45).name(),
            grid=style.blend(text, base, 0.85).name(),
            accent=accent.name(), warm=warm.name(), calm=calm.name(),
            soft=style.blend(base, accent, 0.16 if dark else 0.10).name(),
            fill=style.blend(base, text, 0.08).name(),
            dark=dark, font_size=size if size > 0 else 10.0)

    def ramp(self, amount: float, toward: str | None = None) -> str:
        """A colour ``amount`` (0..1) of the way from the background to ``toward``."""
        return style.blend(QColor(self.background), QColor(toward or self.warm),
                           max(0.0, min(1.0, amount))).name()

    def ink_on(self, color: str) -> str:
        """Text colour readable on ``color``."""
        return self.text if _contrast(QColor(color), QColor(self.text)) >= 3.0 \
            else self.background


def _luminance(color: QColor) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(color.redF()) + 0.7152 * lin(color.greenF()) + 0.0722 * lin(color.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
