"""Fonts for charts that may hold Chinese (or any CJK) text.

matplotlib's default font (DejaVu Sans) has no CJK glyphs, so a chart with Chinese
labels would show empty boxes. ``ensure_cjk_fallback()`` finds a font with CJK glyphs
that is installed on this computer (never downloads one) and names it in
``font.family`` *after* the default font: Latin text keeps its look and every glyph
DejaVu lacks is taken from the CJK font. It is idempotent and cheap after the first
call. Without any CJK font the charts still draw; missing glyphs are left as boxes
without a warning per glyph (``quiet_glyph_warnings``).

matplotlib is imported on first use only (the app keeps it off its start-up path).
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

#: Families with good Simplified Chinese coverage, best first, across Linux, Windows
#: and macOS. The first one installed is used.
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "Noto Sans CJK", "Source Han Sans", "Sarasa Gothic SC", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "DengXian",
    "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti", "SimHei", "SimSun",
    "Droid Sans Fallback", "Noto Sans CJK JP", "Noto Sans CJK TC", "Arial Unicode MS",
)
#: File-name fragments of CJK fonts, to find them when matplotlib's font cache was
#: built before they were installed.
_FILE_HINTS = ("cjk", "sourcehan", "notosanssc", "notoserifsc", "wqy", "wenquanyi",
               "droidsansfallback", "msyh", "simhei", "simsun", "deng", "pingfang",
               "hiragino", "stheiti", "sarasa", "arialuni")
LATIN_FIRST = "DejaVu Sans"
_GLYPH_WARNING = r"Glyph \d+ .*missing from"


def _installed_families() -> set[str]:
    from matplotlib import font_manager

    return {entry.name for entry in font_manager.fontManager.ttflist}


def _add_uncached_cjk_fonts() -> None:
    """Register CJK font files the font cache does not know yet (installed later)."""
    from matplotlib import font_manager

    known = {Path(entry.fname) for entry in font_manager.fontManager.ttflist}
    for name in font_manager.findSystemFonts():
        path = Path(name)
        if path in known or not any(h in path.name.lower() for h in _FILE_HINTS):
            continue
        try:
            font_manager.fontManager.addfont(str(path))
        except Exception as exc:  # an unreadable font is simply skipped
            log.debug("font %s not usable: %s", path.name, type(exc).__name__)


@lru_cache(maxsize=1)
def cjk_family() -> str | None:
    """The name of an installed font family with CJK glyphs, or None."""
    try:
        families = _installed_families()
        found = next((f for f in CJK_FAMILIES if f in families), None)
        if found is None:
            _add_uncached_cjk_fonts()
            families = _installed_families()
            found = next((f for f in CJK_FAMILIES if f in families), None)
    except Exception as exc:  # a broken font setup must never stop a chart
        log.debug("looking for a CJK font failed: %s", type(exc).__name__)
        return None
    return found


@lru_cache(maxsize=1)
def ensure_cjk_fallback() -> str | None:
    """Put the CJK family (if any) after the default sans-serif font; returns it."""
    family = cjk_family()
    if family is None:
        return None
    from matplotlib import rcParams

    # matplotlib falls back glyph by glyph only across the families named in
    # font.family (a generic name like "sans-serif" resolves to one font).
    rcParams["font.family"] = [LATIN_FIRST, family, "sans-serif"]
    logging.getLogger("matplotlib.font_manager").addFilter(_SingleWeightNote(family))
    return family


@contextlib.contextmanager
def quiet_glyph_warnings() -> Iterator[None]:
    """Draw without a warning for every missing glyph (no CJK font: boxes)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_GLYPH_WARNING, category=UserWarning)
        yield


class _SingleWeightNote(logging.Filter):
    """Drop matplotlib's "Failed to find font weight bold for <family>" for the CJK
    fallback family: most have one weight, and bold Latin text still comes from
    DejaVu Sans."""

    def __init__(self, family: str) -> None:
        super().__init__()
        self.family = family

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not ("Failed to find font weight" in message and self.family in message)
