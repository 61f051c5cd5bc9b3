"""One chart's place in the Trends tab: the chart (a TrendCanvas, made the first time the
chart is shown) or, when there is nothing to draw, a friendly note on what to log.

matplotlib is not imported by this module; ``load_matplotlib`` does it (the tab calls it
off the UI thread the first time it is shown).
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QStackedWidget, QToolTip, QVBoxLayout, QWidget

from securebase.ui.tabs.base import EmptyState

_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg",
            "matplotlib.backends.backend_qtagg", "matplotlib.backends.backend_svg",
            "matplotlib.dates", "matplotlib.patches", "securebase.ui.trends.canvas",
            "securebase.ui.trends.draw_time", "securebase.ui.trends.draw_patterns")


def load_matplotlib() -> None:
    """Import matplotlib and the drawing modules (pure imports: safe off the UI thread).

    The first time, everything imported so far is then moved out of the cyclic garbage
    collector's reach (``gc.freeze``): modules live as long as the process anyway, and a
    full collection pass over them (which holds every thread, the UI's too) would
    otherwise take 150-200 ms on a modest laptop once the charts are in memory.
    """
    first = "securebase.ui.trends.canvas" not in sys.modules
    for name in _MODULES:
        importlib.import_module(name)
    if first:
        gc.freeze()


def draw_function(chart: str) -> Callable:
    from securebase.ui.trends import draw_patterns, draw_time

    return {"intensity": draw_time.draw_intensity, "regulation": draw_time.draw_regulation,
            "triggers": draw_patterns.draw_triggers, "body": draw_patterns.draw_body,
            "practice": draw_time.draw_practice, "assessment": draw_patterns.draw_plane}[chart]


class ChartPanel(QWidget):
    """A chart or its empty state."""

    #: The panel changed size while showing a chart: it needs drawing again.
    resized = Signal()

    def __init__(self, chart: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setObjectName(f"trendsPanel_{chart}")
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.host = QWidget()
        self.host_layout = QVBoxLayout(self.host)
        self.host_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState("", "")
        self.empty.setObjectName(f"trendsEmpty_{chart}")
        self.stack.addWidget(self.host)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        self.canvas = None  # TrendCanvas, made on first use
        self._figures: list = []  # two figures: on screen, and free for the next drawing
        self.figure = None  # the one on screen
        self.hover = None
        self.hover_text: str | None = None
        self.key: Any = None  # what is on show; None when it must be drawn again
        self.current: tuple[Any, Any] | None = None  # (view, DrawContext) on show

    # ------------------------------------------------------------------ state
    @property
    def showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.host and self.figure is not None

    @property
    def empty_text(self) -> str:
        return self.empty.body.text() if self.stack.currentWidget() is self.empty else ""

    def render_size(self) -> tuple[int, int, float]:
        """Logical width and height to draw at, and the screen's pixel ratio."""
        return max(self.width(), 200), max(self.height(), 150), self.devicePixelRatioF() or 1.0

    def free_figure(self):
        """A figure that is not on screen, to draw the next chart into (UI thread only)."""
        from securebase.ui.trends.canvas import new_figure

        while len(self._figures) < 2:
            figure = new_figure()
            figure.canvas.mpl_connect("motion_notify_event", self._on_motion)
            figure.canvas.mpl_connect("figure_leave_event", lambda _e: self._drop_hover())
            self._figures.append(figure)
        return self._figures[1] if self._figures[0] is self.figure else self._figures[0]

    # ------------------------------------------------------------------ showing
    def show_empty(self, heading: str, text: str, key: Any = None) -> None:
        self.empty.heading.setText(heading)
        self.empty.heading.setVisible(bool(heading))
        body = self.empty.body
        body.setText(text)
        # a wrapped label inside nested stacks is not asked for its height-for-width:
        # reserve the height it needs at its narrowest, so no line is cut off
        body.setMinimumHeight(body.heightForWidth(body.minimumWidth()) if text else 0)
        self.empty.setAccessibleName(heading or text)
        self.stack.setCurrentWidget(self.empty)
        self._drop_hover()
        self.key = key
        self.current = None

    def show_rendered(self, rendered, view: Any, ctx: Any, key: Any) -> None:
        """Show a chart drawn off the UI thread (see canvas.render)."""
        from securebase.ui.trends.canvas import TrendCanvas

        if self.canvas is None:
            self.canvas = TrendCanvas()
            self.canvas.setObjectName(f"trendsCanvas_{self.chart}")
            self.canvas.resized.connect(self.resized)
            self.host_layout.addWidget(self.canvas)
        self._drop_hover()
        self.canvas.show_rendered(rendered, ctx.theme.background)
        previous, self.figure = self.figure, rendered.figure
        if previous is not None and previous is not rendered.figure:
            previous.clear()  # its artists are not needed until it is drawn into again
        self.hover = rendered.hover
        self.key = key
        self.current = (view, ctx)
        self.canvas.setAccessibleName(ctx.title)
        self.canvas.setAccessibleDescription(ctx.takeaway)
        self.stack.setCurrentWidget(self.host)

    # ------------------------------------------------------------------ hover
    def _on_motion(self, event) -> None:
        text = None
        canvas = self.canvas
        if (self.hover is not None and canvas is not None and event.canvas is canvas
                and event.inaxes is not None and canvas.fresh):
            text = self.hover.lookup(event.x, event.y, event.inaxes,
                                     9.0 * (canvas.device_pixel_ratio or 1.0))
        if text == self.hover_text:
            return
        self.hover_text = text
        if text is None:
            QToolTip.hideText()
            return
        ratio = canvas.device_pixel_ratio or 1.0
        local = QPoint(int(event.x / ratio), int(canvas.height() - event.y / ratio))
        QToolTip.showText(canvas.mapToGlobal(local) + QPoint(12, 12), text, canvas)

    def _drop_hover(self) -> None:
        if self.hover_text is not None:
            QToolTip.hideText()
        self.hover_text = None

    # ------------------------------------------------------------------ forgetting
    def clear(self) -> None:
        """Drop the figures, the picture on screen and the series they held."""
        self._drop_hover()
        self.hover = None
        self.key = None
        self.current = None
        for figure in self._figures:
            figure.clear()
        self._figures = []
        self.figure = None
        if self.canvas is not None:
            self.canvas.forget()
            self.host_layout.removeWidget(self.canvas)
            self.canvas.hide()
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.canvas = None
        self.show_empty("", "")

    def mark_stale(self) -> None:
        self.key = None
