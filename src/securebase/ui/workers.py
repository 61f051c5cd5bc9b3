"""Run one blocking call (key derivation, opening or creating the vault) off the UI thread.

``BlockingCall`` runs a zero-argument callable on Qt's global thread pool and hands
the result, or the exception object itself, back on the UI thread through its
``succeeded``/``failed`` signals. Exceptions cross as objects so typed storage errors
keep their ``user_message``; their tracebacks are dropped first, because the frames
they hold can contain the passphrase.

``TaskDialog`` is the base of the vault dialogs: it refuses to close while a call
runs (Escape and the window's close button wait), and if it is closed anyway from
code, it blocks until the call has finished and disposes of its result, so no
thread ever outlives the dialog and no vault is left open behind it.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QWidget

from securebase.storage.errors import SecureBaseError, StorageFull
from securebase.ui.i18n import error_text

log = logging.getLogger(__name__)


def strip_traceback(exc: BaseException) -> BaseException:
    """Drop the traceback (and those of chained exceptions): frames hold local secrets."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return exc


class BlockingCall(QObject):
    """One blocking call at a time, off the UI thread, with its outcome delivered back."""

    succeeded = Signal(object)  # the return value
    failed = Signal(object)  # the exception object (typed errors carry .user_message)
    finished = Signal()  # after either
    _ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = threading.Lock()
        self._done = threading.Event()
        self._done.set()
        self._outcome: tuple[bool, Any] | None = None
        self._discard: Callable[[Any], None] | None = None
        self._running = False
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """True from ``start`` until the outcome has been delivered on the UI thread."""
        return self._running

    def start(self, fn: Callable[[], Any], *,
              discard: Callable[[Any], None] | None = None) -> None:
        """Run ``fn()`` on a worker thread.

        ``discard(result)`` is called (on the UI thread) with a successful result that
        nobody will receive any more, e.g. to close a vault opened for a dialog that
        has been closed meanwhile.
        """
        if self._running:
            raise RuntimeError("a blocking call is already running")
        self._running = True
        self._discard = discard
        self._done.clear()

        def job() -> None:
            try:
                outcome: tuple[bool, Any] = (True, fn())
            except BaseException as exc:  # noqa: BLE001 - every failure is reported as an object
                outcome = (False, strip_traceback(exc))
            with self._guard:
                self._outcome = outcome
            self._done.set()
            try:
                self._ready.emit()
            except RuntimeError:  # the owner was deleted while we worked: nobody to tell
                with self._guard:
                    orphaned, self._outcome = self._outcome is outcome, None
                if orphaned and outcome[0] and discard is not None:
                    discard(outcome[1])

        QThreadPool.globalInstance().start(job)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the running call has finished, then deliver its outcome now."""
        if not self._done.wait(timeout):
            return False
        self._deliver()
        return True

    def abandon(self) -> None:
        """Wait for the running call and dispose of its result instead of delivering it."""
        self._done.wait()
        with self._guard:
            outcome, self._outcome = self._outcome, None
        if outcome is None:
            return
        self._running = False
        ok, value = outcome
        if ok and self._discard is not None:
            self._discard(value)

    def _deliver(self) -> None:
        with self._guard:
            outcome, self._outcome = self._outcome, None
        if outcome is None:  # already delivered by wait() or abandoned
            return
        self._running = False
        ok, value = outcome
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()


class TaskDialog(QDialog):
    """A dialog that runs blocking calls and never closes with one still running."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None  # the open Vault after accept; None otherwise
        self.task = BlockingCall(self)
        self.task.succeeded.connect(self._task_succeeded)
        self.task.failed.connect(self._task_failed)
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None

    @property
    def busy(self) -> bool:
        return self.task.running

    def run(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None],
            discard: Callable[[Any], None] | None = None) -> None:
        """Start ``fn`` off the UI thread; show the busy state until it reports back."""
        self._on_success, self._on_failure = on_success, on_failure
        self.task.start(fn, discard=discard)
        self.set_busy(True)

    def set_busy(self, busy: bool) -> None:
        """Subclasses disable their inputs and show a busy indicator here."""

    def _task_succeeded(self, value: Any) -> None:
        self.set_busy(False)
        callback, self._on_success = self._on_success, None
        if callback is not None:
            callback(value)

    def _task_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        callback, self._on_failure = self._on_failure, None
        log.info("%s: a vault operation failed (%s)", type(self).__name__, type(exc).__name__)
        if callback is not None:
            callback(exc)

    # -- size --------------------------------------------------------------------
    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit_to_contents()
        return handled

    def fit_to_contents(self) -> None:
        """Grow to fit wrapped text (Qt does not apply height-for-width to windows)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        width = max(self.width(), self.minimumWidth())
        needed = layout.totalHeightForWidth(width)
        if needed > self.height():
            self.resize(width, needed)

    # -- closing -----------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:  # Escape or the close button while working: let the work finish
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.busy:  # closed from code while working: wait, then throw the result away
            self.task.abandon()
            self.set_busy(False)
        if result != QDialog.DialogCode.Accepted and self.vault is not None:
            self.vault.close()
            self.vault = None
        self.forget_secrets()
        super().done(result)

    def forget_secrets(self) -> None:
        """Subclasses clear every field that held a passphrase or key here."""

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not event.spontaneous():  # hidden by us, not minimised by the window manager
            self.forget_secrets()
        super().hideEvent(event)


def close_vault(vault: Any) -> None:
    """Close a vault nobody will receive (a ``discard`` for ``TaskDialog.run``).

    Used instead of ``Vault.close`` so the dialogs need not import the vault module
    (and SQLAlchemy) before they paint.
    """
    vault.close()


def explain(exc: BaseException, fallback: str) -> str:
    """One sentence for the user about ``exc``; never a traceback or a raw system message."""
    if isinstance(exc, SecureBaseError):
        return error_text(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return error_text(StorageFull())
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "workers", "SecureBase is not allowed to write in the vault's folder; "
                       "please check its permissions.")
    return fallback
