"""The practice texts (resources/content/<locale>/*.toml), read once per locale."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QLocale


def resources_root() -> Path:
    try:
        from securebase.paths import resources_dir

        return resources_dir()
    except ModuleNotFoundError:  # an editable install made before resources/ was a package
        return Path(__file__).resolve().parents[4] / "resources"


@lru_cache(maxsize=16)
def _read(name: str, locale: str) -> dict:
    root = resources_root() / "content"
    for candidate in dict.fromkeys((locale, locale.split("_")[0], "en")):
        path = root / candidate / name
        if path.is_file():
            with path.open("rb") as fh:
                return tomllib.load(fh)
    raise FileNotFoundError(f"content file {name} is missing")


def load(name: str, locale: QLocale | None = None) -> dict:
    """The parsed ``name`` (e.g. "bodyscan.toml") for the locale, else English."""
    return _read(name, (locale or QLocale()).name())


def chime_path() -> Path:
    return resources_root() / "sounds" / "chime.wav"
