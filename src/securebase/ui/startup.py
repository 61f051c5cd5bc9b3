"""Start-up plumbing for the desktop app: the QApplication, the benchmark hook, the
background warm-up, and quitting cleanly on SIGTERM/SIGINT. Kept out of app.py so
the composition root stays about composing."""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from securebase import APP_NAME

#: Benchmarks set this to a file path: the seconds from process start to the first
#: paint of the first dialog are written there. ``SECUREBASE_BENCH_T0`` (a
#: ``time.time()`` taken by the parent just before it starts us) is the most exact
#: start; without it the kernel's process start time is used (10 ms resolution).
BENCH_REPORT_ENV = "SECUREBASE_BENCH_REPORT"
BENCH_T0_ENV = "SECUREBASE_BENCH_T0"


def process_start_time() -> float:
    """The wall-clock time this process started (Linux), else the time of this call."""
    import time

    t0 = os.environ.get(BENCH_T0_ENV)
    if t0:
        return float(t0)
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/stat", encoding="ascii") as fh:
            boot = next(int(line.split()[1]) for line in fh if line.startswith("btime "))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return time.time()


def write_bench_report(path: str) -> None:
    import time

    elapsed = time.time() - process_start_time()
    with contextlib.suppress(OSError), open(path, "w", encoding="ascii") as fh:
        fh.write(f"{elapsed:.4f}\n")


def warm_up(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # the real import later reports any problem properly
            return


class FirstPaint(QObject):
    """Runs a callback once, right after a widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def make_application(qt_args: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0] if sys.argv else APP_NAME, *qt_args])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("io.github.securebase.SecureBase")
    # Locking hides the last window before the unlock dialog appears (and the dialog
    # closes before the window returns): the controller decides when to quit.
    app.setQuitOnLastWindowClosed(False)
    from securebase.ui.style import apply_app_style

    apply_app_style(app)
    from securebase.ui.i18n import install_translations

    install_translations(app)  # the language (Settings, else the OS) and the content locale
    return app


def quit_on_signals(controller) -> Callable[[], None]:
    """SIGTERM and SIGINT lock and quit cleanly (drafts saved, vault closed).

    Python only runs signal handlers between bytecodes, which never happens while
    Qt's event loop waits; a wake-up pipe watched by a QSocketNotifier lets the loop
    notice. POSIX only; returns a function that puts everything back.
    """
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        return lambda: None
    from PySide6.QtCore import QSocketNotifier

    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    os.set_blocking(write_fd, False)
    previous_fd = signal.set_wakeup_fd(write_fd)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(read_fd, 512)

    notifier.activated.connect(drain)

    def handler(_signum, _frame) -> None:
        QTimer.singleShot(0, controller.quit)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        for fd in (read_fd, write_fd):
            with contextlib.suppress(OSError):
                os.close(fd)

    return restore
