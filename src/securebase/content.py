"""The one reader of SecureBase's written content: ``resources/content/<locale>/*.toml``.

Long texts (inventory items, guidance scripts, step descriptions, help) live in one
TOML file per subject and locale. A request for ``zh_CN`` tries ``zh_CN``, then ``zh``,
then English, file by file, so a locale can ship some files before others.

The locale the app runs in is decided once at start-up (``securebase.ui.i18n`` picks
it from the OS or the user's choice) and recorded here with ``set_current_locale``;
callers that know their locale pass it explicitly instead. Pure Python: no Qt.
"""

from __future__ import annotations

import copy
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

#: The locale every file exists in; the last resort of every lookup.
FALLBACK_LOCALE = "en"
INSTRUMENTS = "instruments"

_current = FALLBACK_LOCALE


def normalize(locale: str | None) -> str:
    """``"zh-CN"``, ``"zh_CN.UTF-8"`` and ``"zh_CN"`` all become ``"zh_CN"``; empty is English."""
    if not locale:
        return FALLBACK_LOCALE
    name = locale.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not name or name in ("C", "POSIX"):
        return FALLBACK_LOCALE
    parts = name.split("_")
    return "_".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])


def set_current_locale(locale: str | None) -> str:
    """Record the locale the app's content is read in; returns the normalized name."""
    global _current
    _current = normalize(locale)
    return _current


def current_locale() -> str:
    """The locale set at start-up (English until something sets it)."""
    return _current


def locale_chain(locale: str | None = None) -> tuple[str, ...]:
    """Where to look, most specific first: ``("zh_CN", "zh", "en")``."""
    name = normalize(locale if locale is not None else _current)
    return tuple(dict.fromkeys((name, name.split("_")[0], FALLBACK_LOCALE)))


def content_root() -> Path:
    from securebase.paths import resources_dir

    return resources_dir() / "content"


def _file_name(name: str) -> str:
    return name if name.endswith(".toml") else f"{name}.toml"


def content_path(name: str, locale: str | None = None, *, root: Path | None = None) -> Path:
    """The file that answers for ``name`` (``"path"`` or ``"path.toml"``) in ``locale``."""
    base = root if root is not None else content_root()
    file_name = _file_name(name)
    for candidate in locale_chain(locale):
        path = base / candidate / file_name
        if path.is_file():
            return path
    raise FileNotFoundError(f"content file {file_name} is missing")


@lru_cache(maxsize=64)
def _parse(path: Path, mtime_ns: int) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_content(name: str, locale: str | None = None, *, root: Path | None = None
                 ) -> dict[str, Any]:
    """The parsed TOML for ``name`` in ``locale`` (the current locale by default),
    falling back to the language and then to English. Parsed once per file; each
    caller gets its own copy."""
    path = content_path(name, locale, root=root)
    return copy.deepcopy(_parse(path, path.stat().st_mtime_ns))


def instrument_dir(locale: str | None = None, *, root: Path | None = None) -> Path:
    """The ``instruments`` folder of the most specific locale that ships any instrument
    (English otherwise); the folder may be missing only if English lacks it too."""
    base = root if root is not None else content_root()
    chain = locale_chain(locale)
    for candidate in chain:
        folder = base / candidate / INSTRUMENTS
        if folder.is_dir() and any(folder.glob("*.toml")):
            return folder
    return base / chain[-1] / INSTRUMENTS
