"""matplotlib in the Trends tab: charts drawn off the UI thread, shown in a
FigureCanvasQTAgg.

Drawing a chart of 20,000 moments takes matplotlib 100-250 ms, longer than the UI may
ever stall. So :func:`render` builds and rasterises the figure on a worker thread with
the Agg backend and returns the pixels as a QImage; :class:`TrendCanvas` (matplotlib's
Qt canvas) then only shows that image, and keeps matplotlib's mouse events, so hover
look-ups work on the figure the image came from. Each chart alternates between two
figures: the one on screen and the one being drawn, so a figure is never touched by
two threads at once.

Imports matplotlib: the panel imports this module only once matplotlib is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from securebase.services.chart_fonts import ensure_cjk_fallback, quiet_glyph_warnings

SCREEN_DPI = 96
#: Saved PNGs get twice the on-screen resolution of a 96-dpi screen.
EXPORT_DPI = 192


@dataclass
class Rendered:
    figure: Figure
    image: QImage
    hover: Any  # draw_common.Hover
    width: int  # logical pixels it was drawn for
    height: int
    ratio: float


def new_figure() -> Figure:
    ensure_cjk_fallback()  # Chinese labels need a font with CJK glyphs
    return Figure(dpi=SCREEN_DPI)


def _prepare(figure: Figure, width: int, height: int, ratio: float, background: str) -> None:
    figure.clear()
    figure.set_dpi(SCREEN_DPI * ratio)
    figure.set_size_inches(max(width, 50) / SCREEN_DPI, max(height, 50) / SCREEN_DPI)
    figure.set_facecolor(background)


def render(draw: Callable, view: Any, ctx: Any, width: int, height: int, ratio: float,
           figure: Figure) -> Rendered:
    """Draw ``view`` into ``figure`` at ``width`` x ``height`` logical pixels and rasterise
    it. Runs on a worker thread; ``figure`` must not be on screen."""
    _prepare(figure, width, height, ratio, ctx.theme.background)
    agg = FigureCanvasAgg(figure)
    hover = draw(figure, view, ctx)
    with quiet_glyph_warnings():
        agg.draw()
    buffer = agg.buffer_rgba()
    # a deep copy: the image must not point into the renderer's memory
    image = QImage(buffer, buffer.shape[1], buffer.shape[0],
                   QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return Rendered(figure, image, hover, width, height, ratio)


def export(draw: Callable, view: Any, ctx: Any, width: int, height: int, path: Path,
           fmt: str) -> None:
    """Draw the chart afresh and write it as PNG (twice the screen resolution) or SVG."""
    figure = new_figure()
    _prepare(figure, width, height, 1.0, ctx.theme.background)
    FigureCanvasAgg(figure)
    draw(figure, view, ctx)
    with quiet_glyph_warnings():
        _save(figure, path, fmt, ctx.theme.background)
    figure.clear()


def _save(figure: Figure, path: Path, fmt: str, background: str) -> None:
    if fmt == "png":
        figure.savefig(path, format="png", dpi=EXPORT_DPI, facecolor=background,
                       metadata={"Software": None})
    else:
        figure.savefig(path, format="svg", facecolor=background,
                       metadata={"Date": None, "Creator": None})


class TrendCanvas(FigureCanvasQTAgg):
    """matplotlib's Qt canvas, showing a chart rendered elsewhere (never drawing itself
    on the UI thread). A resize asks for a new rendering through ``resized``."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(new_figure())
        if parent is not None:
            self.setParent(parent)
        self._image: QImage | None = None
        self._size: tuple[int, int] = (0, 0)
        self._background = QColor("white")

    @property
    def fresh(self) -> bool:
        """True when the image on show was drawn for the widget's current size."""
        return self._image is not None and self._size == (self.width(), self.height())

    def show_rendered(self, rendered: Rendered, background: str) -> None:
        rendered.figure.set_canvas(self)
        self.figure = rendered.figure
        self._set_device_pixel_ratio(rendered.ratio)
        self._image = rendered.image
        self._size = (rendered.width, rendered.height)
        self._background = QColor(background)
        self.update()

    def forget(self) -> None:
        self._image = None
        self._size = (0, 0)
        self.figure = new_figure()
        self.figure.set_canvas(self)
        self.update()

    # -- never draw on the UI thread ----------------------------------------------
    def draw(self) -> None:
        """The figure is drawn off the UI thread by :func:`render`."""

    def draw_idle(self, *args, **kwargs) -> None:
        """See :meth:`draw`."""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            painter.fillRect(QRect(0, 0, self.width(), self.height()), self._background)
            if self._image is not None:
                painter.drawImage(0, 0, self._image)
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        QWidget.resizeEvent(self, event)
        if self._image is not None and not self.fresh:
            self.resized.emit()
