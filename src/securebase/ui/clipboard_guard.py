"""Forget text SecureBase put on the clipboard when the vault locks.

Qt reports clipboard ownership on Windows, macOS and X11, but not on every
platform (Wayland without focus, the offscreen platform). So the guard also
remembers whether each clipboard change happened while one of our windows was
active: a copy the user made inside SecureBase. Text another program put there
while SecureBase was in the background is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours = {QClipboard.Mode.Clipboard: False, QClipboard.Mode.Selection: False}
        clipboard = QGuiApplication.clipboard()
        clipboard.changed.connect(self._changed)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._ours:
            return
        clipboard = QGuiApplication.clipboard()
        self._ours[mode] = (clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard
                            else clipboard.ownsSelection()) or \
            QGuiApplication.focusWindow() is not None

    def holds_our_text(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        clipboard = QGuiApplication.clipboard()
        if not clipboard.text(mode):
            return False
        owns = (clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard
                else clipboard.ownsSelection())
        return owns or self._ours.get(mode, False)

    def clear(self) -> bool:
        """Clear the clipboard (and X11 selection) if they hold our text; True if cleared."""
        clipboard = QGuiApplication.clipboard()
        cleared = False
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if self.holds_our_text(mode):
                clipboard.clear(mode)
                self._ours[mode] = False
                cleared = True
        return cleared
