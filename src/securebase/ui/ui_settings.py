"""Window geometry, the last open tab and the language, in an INI file in the config folder.

This is the only place SecureBase writes outside the vault, so it holds nothing
private: the window's position and size, its dock/toolbar state, the index of the
last tab and the interface language (needed before the vault is unlocked, so it
cannot live inside it). Everything else (including the auto-lock delay) lives in
the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from securebase.paths import config_dir

FILE_NAME = "ui.ini"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_TAB = "window/tab"
KEY_LANGUAGE = "ui/language"
#: The keys ``save_window`` writes. Tests check the file holds these and nothing else.
KEYS = (KEY_GEOMETRY, KEY_STATE, KEY_TAB)
#: Every key this module may write: the window's, and the language once one is chosen.
ALL_KEYS = (*KEYS, KEY_LANGUAGE)


def settings_path() -> Path:
    return config_dir() / FILE_NAME


class UiSettings:
    """A thin, typed wrapper over one INI-format QSettings file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def save_window(self, window: QMainWindow, tab_index: int) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs.setValue(KEY_GEOMETRY, window.saveGeometry())
        self._qs.setValue(KEY_STATE, window.saveState())
        self._qs.setValue(KEY_TAB, int(tab_index))
        self._qs.sync()

    def restore_window(self, window: QMainWindow) -> bool:
        """Restore geometry and state; False when nothing usable was saved."""
        geometry = self._qs.value(KEY_GEOMETRY)
        state = self._qs.value(KEY_STATE)
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            window.restoreState(state)
        return bool(restored)

    def last_tab(self, count: int) -> int:
        """The last tab index, or 0 when none was saved or it is out of range."""
        value = self._qs.value(KEY_TAB, 0)
        try:
            index = int(value)
        except (TypeError, ValueError):
            return 0
        return index if 0 <= index < count else 0

    def language(self) -> str:
        """The chosen interface language ("en", "zh_CN"), or "" to follow the system."""
        value = self._qs.value(KEY_LANGUAGE, "")
        return value.strip() if isinstance(value, str) else ""

    def set_language(self, language: str) -> None:
        """Remember ``language`` for the next start; "" follows the system again."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if language:
            self._qs.setValue(KEY_LANGUAGE, language)
        else:
            self._qs.remove(KEY_LANGUAGE)
        self._qs.sync()
