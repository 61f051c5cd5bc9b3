"""The practice texts (resources/content/<locale>/*.toml), read once per locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from securebase.content import load_content


def resources_root() -> Path:
    try:
        from securebase.paths import resources_dir

        return resources_dir()
    except ModuleNotFoundError:  # an editable install made before resources/ was a package
        return Path(__file__).resolve().parents[4] / "resources"


def load(name: str, locale: QLocale | str | None = None) -> dict:
    """The parsed ``name`` (e.g. "bodyscan.toml") for the locale (the app's content
    locale by default), else English."""
    if isinstance(locale, QLocale):
        locale = locale.name()
    return load_content(name, locale or None)


def chime_path() -> Path:
    return resources_root() / "sounds" / "chime.wav"
