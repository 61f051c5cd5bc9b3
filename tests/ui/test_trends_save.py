"""Saving a chart: a valid PNG or SVG, only where the user chose, and one clear sentence
when it cannot be written."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from securebase.ui import dialogs
from tests.ui import trends_support
from tests.ui.trends_support import (
    choose,
    fill,
    make_tab,
    settle,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
clock, vault = trends_support.clock, trends_support.vault


@pytest.fixture
def tab(qtbot, vault, clock, data_dir):
    fill(vault)
    return make_tab(qtbot, vault, clock, data_dir)


@pytest.fixture
def asked(monkeypatch, tmp_path):
    """Answer the save dialog with a file in a fresh folder; record what was asked."""
    calls = []
    folder = tmp_path / "chosen"
    folder.mkdir()

    def get_save_path(parent, title, default_name, name_filter=""):
        calls.append((title, default_name, name_filter))
        return folder / default_name

    monkeypatch.setattr(dialogs, "get_save_path", get_save_path)
    return calls, folder


@pytest.mark.parametrize("chart", ["intensity", "triggers", "body"])
def test_save_writes_a_png_at_twice_the_screen_size(tab, asked, chart):
    calls, folder = asked
    choose(tab, chart=chart, range_="3m")
    tab.controls.save_png_action.trigger()
    settle(tab)
    [(title, name, name_filter)] = calls
    assert name == f"securebase-{chart}-2026-03-14.png" and "*.png" in name_filter
    [written] = list(folder.iterdir())
    image = QImage(str(written))
    assert not image.isNull()
    width, height, _ratio = tab.panel.render_size()
    assert (image.width(), image.height()) == (width * 2, height * 2)
    assert tab.controls.note.text() == f"Saved as {written.name}"


def test_save_writes_an_svg_drawing(tab, asked):
    calls, folder = asked
    choose(tab, chart="regulation", range_="3m")
    tab.controls.save_svg_action.trigger()
    settle(tab)
    [written] = list(folder.iterdir())
    assert written.suffix == ".svg" and "*.svg" in calls[0][2]
    root = ET.parse(written).getroot()
    assert root.tag.endswith("svg")
    assert root.findall(".//{http://www.w3.org/2000/svg}g")  # drawn content, not an empty file
    assert b"<dc:date>" not in written.read_bytes()  # no timestamp in the file


def test_cancelling_the_dialog_writes_nothing(tab, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a, **k: None)
    before = set(tmp_path.rglob("*"))
    tab.controls.save_png_action.trigger()
    settle(tab)
    assert set(tmp_path.rglob("*")) == before
    assert tab.controls.note.text() == ""


def test_a_failed_save_says_so_in_one_sentence(tab, monkeypatch, tmp_path):
    warned = []
    monkeypatch.setattr(dialogs, "get_save_path",
                        lambda *a, **k: tmp_path / "missing folder" / "chart.png")
    monkeypatch.setattr(dialogs, "warning", lambda parent, title, text: warned.append(text))
    tab.controls.save_png_action.trigger()
    settle(tab)
    assert warned == ["The chart could not be saved there. Please choose another folder, or "
                      "check that there is space on the disk."]
    assert not (tmp_path / "missing folder").exists()


def test_nothing_can_be_saved_without_a_chart(qtbot, vault, clock, data_dir, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a, **k: asked.append(a))
    tab = make_tab(qtbot, vault, clock, data_dir)  # an empty vault
    assert not tab.controls.save_png_action.isEnabled()
    tab.save_chart("png")
    assert asked == []
