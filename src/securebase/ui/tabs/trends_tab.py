"""The Trends tab: six charts of what the journal and practice show over time.

The first time the tab is shown (after each unlock) one call off the UI thread imports
matplotlib, reads what the charts need from the vault (a few columns per entry, never
any text the user wrote; see services/trends.py) and computes the visible chart. After
that a range, category or chart switch computes only the visible chart's series, again
off the UI thread, and the UI thread only draws. Computed views are kept per selection
until the data changes (``refresh``) or the vault locks (``clear`` drops every figure
and every series).

Nothing is written to disk except a chart the user saves, where they choose.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from securebase.content import current_locale
from securebase.services import trends as svc
from securebase.ui import dialogs, style
from securebase.ui.tabs.base import EmptyState, TabPage
from securebase.ui.trends.content import Formatter, TrendTexts, plane_labels
from securebase.ui.trends.controls import ChartList, TrendsControls
from securebase.ui.trends.jobs import Jobs
from securebase.ui.trends.panel import ChartPanel, draw_function, load_matplotlib
from securebase.ui.trends.theme import ChartTheme
from securebase.ui.workers import explain

log = logging.getLogger(__name__)
Chart = svc.Chart
#: A resize is drawn again once the user has stopped resizing for this long.
RESIZE_SETTLE_MS = 150


class TrendsTab(TabPage):
    bind_when_shown = True  # its charts are filled the first time it is shown
    title = "Trends"

    #: The chosen chart (or its empty state) is on screen for the current choice; the
    #: argument is the chart's name ("intensity", "regulation"…).
    chartShown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsTab")
        self.names = {
            Chart.INTENSITY: self.tr("Intensity over time"),
            Chart.REGULATION: self.tr("Regulation effect"),
            Chart.TRIGGERS: self.tr("What sets me off"),
            Chart.BODY: self.tr("Where I feel it"),
            Chart.PRACTICE: self.tr("Practice"),
            Chart.ASSESSMENT: self.tr("Assessment path"),
        }
        self.titles = {
            Chart.INTENSITY: self.tr("Trigger intensity over time"),
            Chart.REGULATION: self.tr("Intensity at the moment and afterwards, by what helped "
                                      "you settle"),
            Chart.TRIGGERS: self.tr("What sets me off: categories, days and hours"),
            Chart.BODY: self.tr("Where I feel it: places in the body named in trigger "
                                "moments"),
            Chart.PRACTICE: self.tr("Practice: body scan and breathing minutes, and calm "
                                    "before and after"),
            Chart.ASSESSMENT: self.tr("Assessment path: every take on the anxiety and "
                                      "avoidance map"),
        }
        self.chart_list = ChartList(self.names)
        self.controls = TrendsControls()
        self.addActions(self.controls.actions_for_shortcuts)
        self.status = EmptyState("", "")
        self.status.setObjectName("trendsStatus")
        self.panels = {chart: ChartPanel(chart.value) for chart in Chart}
        self.stack = QStackedWidget()
        self.stack.setObjectName("trendsStack")
        self.stack.addWidget(self.status)
        for panel in self.panels.values():
            self.stack.addWidget(panel)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN, style.PAGE_MARGIN,
                                  style.PAGE_MARGIN)
        layout.setSpacing(style.PAGE_MARGIN)
        layout.addWidget(self.chart_list)
        right = QVBoxLayout()
        right.setSpacing(style.SPACING)
        right.addWidget(self.controls)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)

        self.jobs = Jobs(self)
        self.resize_timer = QTimer(self)
        self.resize_timer.setObjectName("trendsResizeTimer")
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(RESIZE_SETTLE_MS)
        self.resize_timer.timeout.connect(self._request)
        for panel in self.panels.values():
            panel.resized.connect(self.resize_timer.start)
        self.chart_list.currentRowChanged.connect(lambda _r: self._request())
        self.controls.rangeChanged.connect(self._range_changed)
        self.controls.categoryChanged.connect(self._request)
        self.controls.saveRequested.connect(self.save_chart)

        self._texts: TrendTexts | None = None
        self._fmt: Formatter | None = None
        self._theme: ChartTheme | None = None
        self._generation = 0
        self._snapshot: svc.TrendSnapshot | None = None
        self._views: dict[tuple, svc.View] = {}
        self._range_chosen = False
        self._plane_labels = None
        self._show_status("")

    # ------------------------------------------------------------------ TabPage
    def bind(self, ctx) -> None:
        super().bind(ctx)
        self._forget_data()
        if self.isVisible():
            self._request()

    def prepare_lock(self) -> None:
        self.jobs.cancel()  # a read still running finishes while the vault is open

    def clear(self) -> None:
        """Drop every figure, every computed series and the snapshot of the vault."""
        self.jobs.cancel()
        super().clear()  # first: nothing below may start reading the closed vault
        self.resize_timer.stop()
        self._forget_data()
        self._range_chosen = False
        for panel in self.panels.values():
            panel.clear()
        self.controls.set_categories([], str)
        self.controls.note.clear()
        self._show_status("")
        QToolTip.hideText()

    def refresh(self) -> None:
        """Read the vault again (a body scan or an assessment was just saved)."""
        if self.ctx is None:
            return
        self._forget_data()
        if self.isVisible():
            self._request()

    def wait(self, timeout: float | None = None) -> bool:
        """Finish all work in progress now (tests and benchmarks)."""
        return self.jobs.wait(timeout)

    # ------------------------------------------------------------------ selection
    @property
    def chart(self) -> Chart:
        return self.chart_list.chart()

    @property
    def panel(self) -> ChartPanel:
        return self.panels[self.chart]

    def selection(self) -> tuple[str, str, str | None]:
        chart = self.chart
        category = self.controls.category() if chart.uses_category else None
        return chart.value, self.controls.range().value, category

    @property
    def texts(self) -> TrendTexts:
        if self._texts is None:
            self._texts = TrendTexts(current_locale())
        return self._texts

    @property
    def fmt(self) -> Formatter:
        if self._fmt is None:
            self._fmt = Formatter()
        return self._fmt

    @property
    def theme(self) -> ChartTheme:
        if self._theme is None:
            self._theme = ChartTheme.of(self)
        return self._theme

    def _range_changed(self) -> None:
        self._range_chosen = True
        self._request()

    # ------------------------------------------------------------------ loading
    def _forget_data(self) -> None:
        self._generation += 1
        self._snapshot = None
        self._views.clear()
        for panel in self.panels.values():
            panel.mark_stale()

    def _request(self) -> None:
        """Show the chosen chart, range and category: at once if it is known to be empty,
        otherwise computed and drawn off the UI thread."""
        self.controls.set_category_enabled(self.chart.uses_category)
        if self.ctx is None:
            return
        if self._snapshot is None:
            if self.stack.currentWidget() is self.status or not self.panel.showing_chart:
                self._show_status(self.texts.loading)
            self.jobs.submit("load", self._make_load, self._loaded, self._failed)
            return
        self.stack.setCurrentWidget(self.panel)
        self.controls.set_can_save(self.panel.showing_chart)
        self.jobs.submit("show", self._make_show, self._shown, self._failed)

    def _make_load(self):
        if self.ctx is None or self._snapshot is not None:
            return None
        vault, generation, locale = self.ctx.vault, self._generation, current_locale()

        def job() -> tuple:
            load_matplotlib()
            return generation, svc.load_snapshot(vault), plane_labels(locale)

        return job

    def _loaded(self, value: Any) -> None:
        generation, snapshot, labels = value
        if generation != self._generation or self.ctx is None:
            return  # read before a refresh or a lock: thrown away
        self._snapshot = snapshot
        self._plane_labels = labels
        if not self._range_chosen:
            self.controls.set_range(svc.default_range(snapshot))
        self.controls.set_categories(snapshot.categories, self.fmt.category)
        self._request()

    def _make_show(self):
        if self.ctx is None or self._snapshot is None:
            return None
        key = self.selection()
        chart = Chart(key[0])
        panel = self.panels[chart]
        view = self._views.get(key)
        if view is not None and view.empty is not None:
            self._show_empty(panel, key, view)
            return None
        size = panel.render_size()
        draw_key = (key, self.theme, size)
        if panel.key == draw_key:
            return None
        snapshot, generation, figure = self._snapshot, self._generation, panel.free_figure()
        theme, fmt, texts, title = self.theme, self.fmt, self.texts, self.titles[chart]
        extra = {"plane_labels": self._plane_labels}

        def job() -> tuple:
            from securebase.ui.trends.canvas import render
            from securebase.ui.trends.draw_common import DrawContext

            found = view or svc.build_view(snapshot, *key)
            if found.empty is not None:
                return generation, key, draw_key, found, None, None
            extra["peak"] = texts.takeaway(getattr(found, "peak", None), fmt)
            ctx = DrawContext(theme, fmt, title, texts.takeaway(found.takeaway, fmt), extra)
            rendered = render(draw_function(chart.value), found, ctx, size[0], size[1], size[2],
                              figure)
            return generation, key, draw_key, found, rendered, ctx

        return job

    def _shown(self, value: Any) -> None:
        generation, key, draw_key, view, rendered, ctx = value
        if generation != self._generation or self.ctx is None:
            return
        self._views[key] = view
        if key != self.selection():
            return  # the user moved on; that choice is already on its way
        panel = self.panels[Chart(key[0])]
        if rendered is None:
            self._show_empty(panel, key, view)
            return
        panel.show_rendered(rendered, view, ctx, draw_key)
        self.stack.setCurrentWidget(panel)
        self.controls.set_can_save(True)
        self.controls.note.clear()
        if draw_key != (key, self.theme, panel.render_size()):
            self._request()  # resized (or restyled) while drawing: draw once more
        else:
            self.chartShown.emit(key[0])

    def _show_empty(self, panel: ChartPanel, key: tuple, view: svc.View) -> None:
        heading, text = self.texts.empty(key[0], view.empty.value)
        panel.show_empty(heading, text, key)
        self.stack.setCurrentWidget(panel)
        self.controls.set_can_save(False)
        self.chartShown.emit(key[0])

    def _failed(self, exc: BaseException) -> None:
        log.warning("trends could not be shown (%s)", type(exc).__name__)
        self._show_status(explain(exc, self.tr(
            "The charts could not be drawn just now. Your entries are safe; please try again "
            "by switching tabs.")))

    # ------------------------------------------------------------------ showing
    def _show_status(self, text: str) -> None:
        self.status.heading.setVisible(False)
        self.status.body.setText(text)
        self.stack.setCurrentWidget(self.status)
        self.controls.set_can_save(False)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.ctx is None:
            return
        self._request()
        if self._snapshot is not None:  # logged something elsewhere meanwhile? look
            self.jobs.submit("check", self._make_check, self._checked, self._failed)

    def _make_check(self):
        if self.ctx is None or self._snapshot is None:
            return None
        vault, snapshot, generation = self.ctx.vault, self._snapshot, self._generation
        return lambda: (generation, svc.changed_since(vault, snapshot))

    def _checked(self, value: Any) -> None:
        generation, changed = value
        if changed and generation == self._generation and self.ctx is not None:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._theme = None
            if self._snapshot is not None and self.isVisible():
                self._request()

    # ------------------------------------------------------------------ saving
    def save_chart(self, fmt: str) -> None:
        """Save the visible chart as PNG or SVG where the user chooses (drawn afresh off
        the UI thread; nothing else is written anywhere)."""
        panel = self.panel
        if not panel.showing_chart or panel.current is None or self.ctx is None:
            return
        today = self._snapshot.today if self._snapshot else self.ctx.clock.now().date()
        name = f"securebase-{self.chart.value}-{today.isoformat()}.{fmt}"
        if fmt == "png":
            title, filt = self.tr("Save chart as PNG image"), self.tr("PNG image (*.png)")
        else:
            title, filt = self.tr("Save chart as SVG drawing"), self.tr("SVG drawing (*.svg)")
        path = dialogs.get_save_path(self, title, name, filt)
        if path is None:
            return
        view, ctx = panel.current
        draw = draw_function(panel.chart)
        width, height, _ratio = panel.render_size()

        def make():
            from securebase.ui.trends.canvas import export

            return lambda: export(draw, view, ctx, width, height, path, fmt) or path

        self.controls.note.setText(self.tr("Saving…"))
        self.jobs.submit(f"save-{path}", make, self._saved, self._save_failed)

    def _saved(self, path: Any) -> None:
        self.controls.note.setText(self.tr("Saved as {name}").format(name=path.name))

    def _save_failed(self, exc: BaseException) -> None:
        self.controls.note.clear()
        log.info("a chart could not be saved (%s)", type(exc).__name__)
        dialogs.warning(self, self.tr("Chart not saved"), self.tr(
            "The chart could not be saved there. Please choose another folder, or check "
            "that there is space on the disk."))


__all__ = ["TrendsTab"]
