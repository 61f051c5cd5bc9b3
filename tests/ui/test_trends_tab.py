"""The Trends tab: every chart draws from the vault, explains itself when empty, follows
the range and category, and forgets everything when the vault locks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from securebase.content import load_content
from securebase.domain.entries import TriggerMoment
from securebase.ui.tabs.trends_tab import TrendsTab
from tests.ui import trends_support
from tests.ui.trends_support import (
    CHARTS,
    NOW,
    PRIVATE_CATEGORY,
    choose,
    fill,
    make_tab,
    settle,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
clock, vault = trends_support.clock, trends_support.vault
WORDS = load_content("trends", "en")


@pytest.fixture
def filled(vault):
    return fill(vault)


@pytest.fixture
def tab(qtbot, vault, clock, data_dir, filled):
    return make_tab(qtbot, vault, clock, data_dir)


@pytest.fixture
def empty_tab(qtbot, vault, clock, data_dir):
    return make_tab(qtbot, vault, clock, data_dir)


def distinct_colours(image, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


# ---------------------------------------------------------------------- lazy import
def test_importing_the_tab_does_not_import_matplotlib():
    probe = ("import json, sys\nimport securebase.ui.tabs.trends_tab\n"
             "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
             "from securebase.ui.tabs.trends_tab import TrendsTab\ntab = TrendsTab()\n"
             "print(json.dumps('matplotlib' in sys.modules))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) is False


def test_the_tab_keeps_its_contract_names(empty_tab):
    assert empty_tab.objectName() == "trendsTab"
    assert TrendsTab.title == "Trends"
    assert callable(empty_tab.refresh)


# ---------------------------------------------------------------------- populated
@pytest.mark.parametrize("chart", CHARTS)
def test_every_chart_renders_with_a_populated_vault(tab, chart):
    choose(tab, chart=chart, range_="3m")
    panel = tab.panel
    assert panel.showing_chart, panel.empty_text
    assert tab.stack.currentWidget() is panel
    canvas = panel.canvas
    assert canvas.isVisible() and canvas.fresh
    assert canvas.accessibleName() == tab.titles[tab.chart]
    takeaway = canvas.accessibleDescription()
    assert takeaway and "{" not in takeaway and takeaway[-1] == "."
    picture = canvas.grab().toImage()
    assert distinct_colours(picture) > 12  # a drawn chart, not a blank canvas
    assert panel.figure.axes and all(ax.get_xlabel() or ax.get_ylabel() or not ax.axison
                                     for ax in panel.figure.axes)
    assert tab.controls.save_button.isEnabled()


def test_the_intensity_takeaway_compares_the_steps(tab):
    choose(tab, chart="intensity", range_="path")
    text = tab.panel.canvas.accessibleDescription()
    assert text.startswith("Average intensity fell from ") and "in step 1" in text


def test_the_path_range_is_chosen_while_the_path_runs(tab):
    assert tab.controls.range().value == "path"
    period = tab.panel.current[0].period
    assert period.first.isoformat() == "2026-02-20"
    assert period.days == 50


def test_a_range_switch_changes_what_is_drawn(tab, vault):
    choose(tab, chart="intensity", range_="2w")
    two_weeks = tab.panel.current[0]
    left, right = tab.panel.figure.axes[0].get_xlim()
    assert round(right - left) == 14
    choose(tab, range_="all")
    everything = tab.panel.current[0]
    left, right = tab.panel.figure.axes[0].get_xlim()
    assert round(right - left) >= 55
    assert len(everything.moments) == vault.triggers.count()
    assert 0 < len(two_weeks.moments) < len(everything.moments)
    assert all(m.day >= (NOW - timedelta(days=13)).date() for m in two_weeks.moments)


def test_switching_back_to_a_range_reuses_the_computed_series(tab):
    choose(tab, chart="triggers", range_="1y")
    first = tab.panel.current[0]
    choose(tab, range_="2w")
    choose(tab, range_="1y")
    assert tab.panel.current[0] is first


def test_the_category_filter_narrows_the_trigger_charts(tab):
    choose(tab, chart="triggers", range_="all", category="conflict")
    view = tab.panel.current[0]
    assert [s.category for s in view.categories] == ["conflict"]
    choose(tab, chart="intensity")
    assert {m.category for m in tab.panel.current[0].moments} == {"conflict"}
    choose(tab, chart="practice")
    assert not tab.controls.category_combo.isEnabled()
    assert tab.panel.showing_chart


def test_a_period_without_entries_suggests_a_longer_range(qtbot, vault, clock, data_dir):
    vault.triggers.add(TriggerMoment(intensity=6, occurred_at=NOW - timedelta(days=60)))
    tab = make_tab(qtbot, vault, clock, data_dir)
    choose(tab, chart="intensity", range_="2w")
    assert tab.panel.empty_text == WORDS["empty"]["range"]
    assert not tab.controls.save_button.isEnabled()
    choose(tab, range_="3m")
    assert tab.panel.showing_chart


def test_hover_shows_the_date_and_the_value(tab):
    from matplotlib.backend_bases import MouseEvent

    choose(tab, chart="intensity", range_="2w")
    panel = tab.panel
    moment = panel.current[0].moments[-1]
    ax = panel.figure.axes[0]
    target = next(t for t in panel.hover._targets if t[0] == "points")
    index = len(panel.current[0].moments) - 1
    x, y = ax.transData.transform(target[2][index])
    MouseEvent("motion_notify_event", panel.canvas, x, y)._process()
    text = panel.hover_text
    assert text is not None
    assert f"intensity {moment.intensity}" in text
    assert str(moment.at.day) in text and moment.at.strftime("%b") in text
    MouseEvent("motion_notify_event", panel.canvas, 2, 2)._process()
    assert panel.hover_text is None


# ---------------------------------------------------------------------- empty
@pytest.mark.parametrize("chart", CHARTS)
def test_an_empty_vault_says_what_to_log_for_each_chart(empty_tab, chart):
    choose(empty_tab, chart=chart)
    panel = empty_tab.panel
    assert not panel.showing_chart
    assert panel.empty.isVisible()
    assert panel.empty_text == WORDS["empty"][chart]["nothing"]
    assert panel.empty.heading.text() == WORDS["empty"][chart]["heading"]
    assert panel.canvas is None  # nothing was drawn at all
    assert not empty_tab.controls.save_button.isEnabled()


def test_refresh_reads_the_vault_again(tab, vault):
    choose(tab, chart="intensity", range_="all")
    before = len(tab.panel.current[0].moments)
    vault.triggers.add(TriggerMoment(intensity=9, occurred_at=NOW - timedelta(hours=1)))
    tab.refresh()
    settle(tab)
    assert len(tab.panel.current[0].moments) == before + 1


# ---------------------------------------------------------------------- colours
def test_the_charts_follow_a_dark_palette(tab):
    choose(tab, chart="practice", range_="3m")
    light = tab.panel.canvas.grab().toImage().pixelColor(3, 3)
    dark = QPalette(tab.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#1b1c1e"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Text, "#e8e8e8")):
        dark.setColor(role, QColor(colour))
    tab.setPalette(dark)
    settle(tab)
    assert tab.theme.dark
    corner = tab.panel.canvas.grab().toImage().pixelColor(3, 3)
    assert corner.name() == "#1b1c1e" != light.name()


def test_resizing_draws_the_chart_again_at_the_new_size(tab, qtbot):
    choose(tab, chart="body")
    tab.resize(1000, 700)
    qtbot.waitUntil(lambda: not tab.resize_timer.isActive() and tab.jobs.busy is False
                    and tab.panel.canvas.fresh, timeout=5000)
    settle(tab)
    assert tab.panel.canvas.fresh
    assert tab.panel.key[2][:2] == (tab.panel.width(), tab.panel.height())


# ---------------------------------------------------------------------- locking
def _all_text(widget: QWidget) -> str:
    parts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        parts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, QLabel):
            parts.append(child.text())
    combo = widget.findChild(QWidget, "trendsCategoryCombo")
    parts += [combo.itemText(i) for i in range(combo.count())]
    return "\n".join(parts)


def test_clear_drops_every_figure_and_series(tab):
    for chart in CHARTS:
        choose(tab, chart=chart, range_="all")
    choose(tab, chart="triggers", category=PRIVATE_CATEGORY)
    assert tab.panel.current[0].categories[0].category == PRIVATE_CATEGORY
    assert PRIVATE_CATEGORY in _all_text(tab)
    tab.prepare_lock()
    tab.clear()
    assert tab.ctx is None and tab._snapshot is None and tab._views == {}
    for panel in tab.panels.values():
        assert panel.figure is None and panel.canvas is None and panel._figures == []
        assert panel.current is None and panel.hover is None
    assert PRIVATE_CATEGORY not in _all_text(tab)
    assert "Mum" not in _all_text(tab)
    assert tab.controls.category_combo.count() == 1
    assert not tab.jobs.busy  # nothing tries to read the closed vault
    assert tab.status.body.text() == ""


def test_locking_while_the_charts_load_throws_the_reading_away(qtbot, vault, clock, data_dir,
                                                                filled):
    from securebase.app import AppContext

    tab = TrendsTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.bind(AppContext(vault=vault, clock=clock, data_dir=data_dir))
    tab.show()  # the load starts off the UI thread
    tab.prepare_lock()
    tab.clear()
    qtbot.wait(50)
    assert tab._snapshot is None and not tab.jobs.busy
    assert all(p.figure is None for p in tab.panels.values())


def test_the_demo_vault_draws_every_chart(qtbot, vault, clock, data_dir):
    demo = pytest.importorskip("securebase.services.demo")
    demo.fill_demo(vault, days=60)
    tab = make_tab(qtbot, vault, clock, data_dir)
    for chart in CHARTS:
        choose(tab, chart=chart, range_="3m")
        assert tab.panel.showing_chart, (chart, tab.panel.empty_text)


def test_showing_the_tab_again_picks_up_what_was_logged_elsewhere(tab, vault):
    choose(tab, chart="intensity", range_="all")
    before = len(tab.panel.current[0].moments)
    tab.hide()
    vault.triggers.add(TriggerMoment(intensity=9, occurred_at=NOW - timedelta(hours=2)))
    tab.show()
    settle(tab)
    assert len(tab.panel.current[0].moments) == before + 1
    first = tab.panel.current[0]
    tab.hide()
    tab.show()  # nothing new: the charts on screen stay as they are
    settle(tab)
    assert tab.panel.current[0] is first


def test_hover_names_the_bar_and_the_heat_map_cell(tab):
    from matplotlib.backend_bases import MouseEvent

    choose(tab, chart="triggers", range_="all", category=None)
    panel = tab.panel
    bars_ax, heat_ax = panel.figure.axes[:2]
    rects = next(t for t in panel.hover._targets if t[0] == "rects")[2]
    x0, y0, x1, y1 = rects[0]
    x, y = bars_ax.transData.transform(((x0 + x1) / 2, (y0 + y1) / 2))
    MouseEvent("motion_notify_event", panel.canvas, x, y)._process()
    top = panel.current[0].categories[0]
    assert panel.hover_text.startswith(f"{tab.fmt.category(top.category)}: {top.count} moments")
    grid = panel.current[0].grid
    row, col = max(((r, c) for r in range(7) for c in range(24)), key=lambda rc: grid[rc[0]][rc[1]])
    x, y = heat_ax.transData.transform((col, row))
    MouseEvent("motion_notify_event", panel.canvas, x, y)._process()
    assert panel.hover_text.endswith(f": {grid[row][col]} moments")
    assert tab.fmt.weekday(row) in panel.hover_text
