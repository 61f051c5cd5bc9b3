"""The shareable result card: exact pixel sizes, no journal content, no hidden text."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtGui import QImage

from securebase.services.assessment import NoResult
from securebase.services.card import (
    SIZES,
    card_data,
    parse_size,
    png_bytes,
    render_card,
    save_card,
)
from securebase.storage.triggers import TriggerRepository
from tests.services.assessment_support import MARKER, complete_take, log_marked_moments


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        chunks.append((kind, data[pos + 8:pos + 8 + length]))
        pos += 12 + length
    return chunks


@pytest.fixture
def two_takes(cvault, content, clock):
    complete_take(cvault, content, 6, 2)
    clock.advance(40 * 86400)
    complete_take(cvault, content, 5, 3, tweak={"ab1": 7})
    return cvault


@pytest.mark.parametrize("size", list(SIZES))
def test_the_card_has_exactly_the_asked_pixel_size(qapp, two_takes, content, size, tmp_path):
    image = render_card(card_data(two_takes.assessments, content), parse_size(size))
    assert (image.width(), image.height()) == SIZES[size]
    path = save_card(image, tmp_path / f"card-{size}.png")
    chunks = png_chunks(path.read_bytes())
    width, height = struct.unpack(">II", chunks[0][1][:8])
    assert chunks[0][0] == b"IHDR" and (width, height) == SIZES[size]
    assert QImage(str(path)).size().toTuple() == SIZES[size]
    assert not list(tmp_path.glob("*.part"))


def test_no_journal_text_reaches_the_card(qapp, two_takes, content, clock, monkeypatch):
    log_marked_moments(two_takes, clock)
    assert two_takes.triggers.count() == 6

    def refuse(*_a, **_k):
        raise AssertionError("the card builder read the journal")

    for name in ("list", "get", "search", "count", "list_entries", "search_all"):
        if hasattr(TriggerRepository, name):
            monkeypatch.setattr(TriggerRepository, name, refuse)
    data = card_data(two_takes.assessments, content)
    assert MARKER not in repr(data)
    for size in SIZES.values():
        raw = png_bytes(render_card(data, size))
        assert MARKER.encode() not in raw
        kinds = [kind for kind, _ in png_chunks(raw)]
        assert not {b"tEXt", b"iTXt", b"zTXt", b"eXIf"} & set(kinds), kinds
        pixels = zlib.decompress(b"".join(body for kind, body in png_chunks(raw)
                                          if kind == b"IDAT"))
        assert MARKER.encode() not in pixels


def test_text_metadata_is_stripped_even_if_an_image_carries_some(qapp):
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.setText("Comment", MARKER)
    raw = png_bytes(image)
    assert MARKER.encode() not in raw
    assert b"tEXt" not in [kind for kind, _ in png_chunks(raw)]


def test_the_card_shows_the_latest_take_and_its_trajectory(two_takes, content):
    data = card_data(two_takes.assessments, content)
    assert data.region == "anxious" and data.region_name == "anxious-preoccupied"
    assert data.lean_sentence.startswith("Your answers lean")
    assert data.anxiety == pytest.approx(5 + 2 / 12) and data.avoidance == pytest.approx(3.0)
    assert len(data.trajectory) == 2
    assert [p.label for p in data.trajectory] == ["1 Sep 2026", "11 Oct 2026"]
    means = [m for _, m, _ in data.facets]
    assert means == sorted(means, reverse=True)
    assert data.facets[0][0] == "Fear of being left"
    assert data.name == ""


def test_a_name_appears_only_when_typed(qapp, two_takes, content):
    plain = card_data(two_takes.assessments, content)
    named = card_data(two_takes.assessments, content, name="  Alex \n Rivera ")
    assert named.name == "Alex Rivera"
    a = render_card(plain, SIZES["1200x630"])
    b = render_card(named, SIZES["1200x630"])
    assert a != b
    assert render_card(card_data(two_takes.assessments, content), SIZES["1200x630"]) == a


def test_without_a_completed_take_there_is_no_card(cvault, content):
    ins = content.default_instrument()
    cvault.assessments.start(ins.id, ins.version)  # unfinished takes do not count
    with pytest.raises(NoResult) as err:
        card_data(cvault.assessments, content)
    assert err.value.user_message.startswith("There is no completed assessment yet")


def test_an_unknown_size_is_refused():
    with pytest.raises(ValueError, match="1200x630, 1080x1080"):
        parse_size("800x600")


def test_without_a_display_the_card_is_painted_offscreen(tmp_path):
    """The command line has no QGuiApplication and maybe no display: one is made offscreen."""
    import os
    import subprocess
    import sys

    code = ("from securebase.services.qt_offscreen import ensure_gui_application as e; "
            "app = e(); assert e() is app; print(app.platformName())")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True, timeout=60)
    assert out.stdout.strip() == "offscreen"
