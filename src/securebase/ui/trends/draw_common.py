"""Shared pieces of the trend charts: the heading, axes placement and styling, date axes,
and hover look-ups. Imports matplotlib; only the drawing modules import this.

Sizes are in points, so a chart keeps its proportions when saved at another resolution.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import matplotlib.dates as mdates
import numpy as np

from securebase.ui.trends.content import Formatter
from securebase.ui.trends.theme import ChartTheme

HEADER_PT = 56.0  # title and a one-line takeaway
LINE_PT = 15.0  # each further line of the takeaway
HOVER_RADIUS_PX = 9.0


@dataclass
class DrawContext:
    theme: ChartTheme
    fmt: Formatter
    title: str
    takeaway: str
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------- layout
def size_pt(fig) -> tuple[float, float]:
    w, h = fig.get_size_inches()
    return w * 72.0, h * 72.0


def box(fig, left: float, bottom: float, right: float, top: float) -> tuple[float, ...]:
    """An axes rectangle (figure fractions) from margins in points."""
    w, h = size_pt(fig)
    return (left / w, bottom / h, max(0.05, (w - left - right) / w),
            max(0.05, (h - bottom - top) / h))


def header(fig, ctx: DrawContext) -> float:
    """The title and, under it, the takeaway (wrapped to the figure's width); returns
    the height they take, in points."""
    t = ctx.theme
    w, h = size_pt(fig)
    chars = max(40, int((w - 28) / (t.font_size * 1.05 * 0.55)))
    fig.text(14 / w, 1 - 12 / h, ctx.title, ha="left", va="top",
             fontsize=t.font_size * 1.35, color=t.text, fontweight="bold")
    lines = textwrap.wrap(ctx.takeaway, chars) if ctx.takeaway else []
    if lines:
        fig.text(14 / w, 1 - 34 / h, "\n".join(lines), ha="left", va="top",
                 fontsize=t.font_size * 1.05, color=t.text, linespacing=1.3)
    return HEADER_PT + LINE_PT * max(0, len(lines) - 1)


def cap(text: str) -> str:
    """A label at the start of a line begins with a capital."""
    return text[:1].upper() + text[1:]


def style_axes(ax, theme: ChartTheme, *, grid_y: bool = True) -> None:
    ax.set_facecolor(theme.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.muted)
        ax.spines[side].set_alpha(0.6)
    ax.tick_params(colors=theme.muted, labelcolor=theme.text, labelsize=theme.font_size * 0.85,
                   length=3)
    if grid_y:
        ax.grid(axis="y", color=theme.grid, linewidth=0.7)
        ax.set_axisbelow(True)


def label_axes(ax, theme: ChartTheme, x: str | None, y: str | None) -> None:
    if x:
        ax.set_xlabel(x, color=theme.text, fontsize=theme.font_size * 0.95)
    if y:
        ax.set_ylabel(y, color=theme.text, fontsize=theme.font_size * 0.95)


def date_axis(ax, theme: ChartTheme) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.xaxis.get_offset_text().set_color(theme.muted)


def legend(target, theme: ChartTheme, *args, **kwargs):
    """A frameless legend in the chart's text colour (``target``: axes or figure)."""
    return target.legend(*args, frameon=False, fontsize=theme.font_size * 0.85,
                         labelcolor=theme.text, **kwargs)


# ---------------------------------------------------------------------- hover
class Hover:
    """What lies under the mouse, registered while drawing.

    ``points`` finds the nearest point within a few pixels; ``rects`` and ``cells``
    find the bar or heat-map cell that contains the mouse; ``shapes`` the drawn patch.
    """

    def __init__(self) -> None:
        self._targets: list[tuple[str, Any, Any, Callable]] = []
        self._cache: dict[int, tuple[tuple, np.ndarray]] = {}

    def points(self, ax, xs: Sequence[float], ys: Sequence[float],
               text: Callable[[int], str]) -> None:
        if len(xs):
            data = np.column_stack([np.asarray(xs, float), np.asarray(ys, float)])
            self._targets.append(("points", ax, data, text))

    def rects(self, ax, rects: Sequence[tuple[float, float, float, float]],
              text: Callable[[int], str]) -> None:
        """``rects`` as (x0, y0, x1, y1) in data coordinates."""
        if len(rects):
            self._targets.append(("rects", ax, np.asarray(rects, float), text))

    def cells(self, ax, text: Callable[[int, int], str | None]) -> None:
        """An image drawn with cell (column, row) centred on integer coordinates."""
        self._targets.append(("cells", ax, None, text))

    def shapes(self, ax, patches: Sequence[Any], text: Callable[[int], str]) -> None:
        self._targets.append(("shapes", ax, list(patches), text))

    def _display(self, ax, data: np.ndarray) -> np.ndarray:
        key = (ax.bbox.bounds, ax.get_xlim(), ax.get_ylim())
        cached = self._cache.get(id(data))
        if cached is None or cached[0] != key:
            cached = (key, ax.transData.transform(data))
            self._cache[id(data)] = cached
        return cached[1]

    def lookup(self, x: float, y: float, inaxes, radius: float = HOVER_RADIUS_PX) -> str | None:
        """The text for display position (x, y) inside ``inaxes``, or None."""
        best: tuple[float, str] | None = None
        for kind, ax, data, text in self._targets:
            if ax is not inaxes:
                continue
            if kind == "points":
                pos = self._display(ax, data)
                d2 = (pos[:, 0] - x) ** 2 + (pos[:, 1] - y) ** 2
                i = int(np.argmin(d2))
                if d2[i] <= radius * radius and (best is None or d2[i] < best[0]):
                    best = (float(d2[i]), text(i))
                continue
            dx, dy = ax.transData.inverted().transform((x, y))
            if kind == "rects":
                inside = np.nonzero((data[:, 0] <= dx) & (dx <= data[:, 2])
                                    & (np.minimum(data[:, 1], data[:, 3]) <= dy)
                                    & (dy <= np.maximum(data[:, 1], data[:, 3])))[0]
                if len(inside) and best is None:
                    best = (radius * radius, text(int(inside[0])))
            elif kind == "cells":
                found = text(int(round(dx)), int(round(dy)))
                if found and best is None:
                    best = (radius * radius, found)
            elif kind == "shapes":
                for i in range(len(data) - 1, -1, -1):  # the topmost first
                    if data[i].contains_point((x, y)):
                        if best is None:
                            best = (radius * radius, text(i))
                        break
        return best[1] if best else None
