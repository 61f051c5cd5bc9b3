"""A QGuiApplication for Qt work outside the window (the card and report commands).

Rendering a card or a PDF needs fonts, which need a QGuiApplication. The command
line has none, and a terminal session may have no display: then the offscreen
platform is used, unless the user chose a platform with QT_QPA_PLATFORM.
"""

from __future__ import annotations

import os
import sys


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application():
    """The running QGuiApplication (or QApplication), created if there is none."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["securebase"])
