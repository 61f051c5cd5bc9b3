"""The screenshots tool: every tab of a demo vault, light and dark, nothing left behind."""

from __future__ import annotations

import tempfile

import pytest
from PySide6.QtGui import QImage

from securebase.tools import screenshots

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

NAMES = ["unlock", "today", "assessment", "journal", "body_scan", "trends"]


def _lightness(image: QImage) -> float:
    small = image.scaled(32, 20)
    values = [small.pixelColor(x, y).lightnessF() for x in range(32) for y in range(20)]
    return sum(values) / len(values)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_renders_every_tab_light_and_dark_and_cleans_up(qapp, tmp_path, private_tmp, capsys):
    palette_before = qapp.palette()
    out = tmp_path / "shots"
    assert screenshots.main(["--out", str(out), "--days", "12"]) == 0
    for folder in (out, out / "dark"):
        assert sorted(p.stem for p in folder.glob("*.png")) == sorted(NAMES)
    images = {name: QImage(str(out / f"{name}.png")) for name in NAMES}
    for name in NAMES[1:]:
        assert (images[name].width(), images[name].height()) == screenshots.WINDOW_SIZE
    assert images["unlock"].width() < 1280
    assert len({images[n].bits().tobytes() for n in NAMES[1:]}) == len(NAMES) - 1
    for name in NAMES:
        dark = QImage(str(out / "dark" / f"{name}.png"))
        assert _lightness(dark) < _lightness(images[name]) - 0.3, name
    assert str(out / "today.png") in capsys.readouterr().out
    assert list(private_tmp.iterdir()) == []  # the demo vault is gone
    assert qapp.palette() == palette_before


def test_width_scales_the_images_down(qapp, tmp_path, private_tmp):
    out = tmp_path / "small"
    assert screenshots.main(["--out", str(out), "--days", "3", "--width", "640",
                             "--no-dark"]) == 0
    image = QImage(str(out / "journal.png"))
    assert (image.width(), image.height()) == (640, 400)
    assert not (out / "dark").exists()


def test_an_impossible_day_count_is_refused(qapp, tmp_path, capsys):
    assert screenshots.main(["--out", str(tmp_path / "x"), "--days", "0"]) == 2
    assert "days" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
