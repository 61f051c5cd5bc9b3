"""Guard against the PySide6 6.12.0 bug that lost references to None/True on Python 3.11
and aborted the app after a long session ("Fatal Python error: none_dealloc")."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QToolButton


class _Emitter(QObject):
    changed = Signal(bool)


def test_calls_and_signals_keep_reference_counts(qtbot):
    button = QToolButton()
    qtbot.addWidget(button)
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        button.setText("x")
        emitter.changed.emit(True)
    received.clear()
    assert sys.getrefcount(None) - none_before > -100
    assert sys.getrefcount(True) - true_before > -100
