"""One job at a time off the UI thread, through ui/workers.py's BlockingCall.

A job is submitted as a *maker*: a function run on the UI thread right before the job
starts, which returns the callable to run off the thread (so it captures the state of
that moment, e.g. which figure is free). A job submitted under the same name as one
still waiting replaces it: only the latest range switch matters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from securebase.ui.workers import BlockingCall

Maker = Callable[[], Callable[[], Any] | None]


class Jobs(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call = BlockingCall(self)
        self.call.succeeded.connect(self._succeeded)
        self.call.failed.connect(self._failed)
        self._waiting: dict[str, tuple[Maker, Callable, Callable]] = {}
        self._current: tuple[Callable, Callable] | None = None

    @property
    def busy(self) -> bool:
        return self.call.running or bool(self._waiting)

    def submit(self, name: str, maker: Maker, on_done: Callable[[Any], None],
               on_failed: Callable[[BaseException], None]) -> None:
        self._waiting.pop(name, None)
        self._waiting[name] = (maker, on_done, on_failed)
        self._start_next()

    def cancel(self) -> None:
        """Forget waiting jobs; wait for a running one and throw its result away."""
        self._waiting.clear()
        if self.call.running:
            self.call.abandon()
        self._current = None

    def wait(self, timeout: float | None = None) -> bool:
        """Run every job to the end now, delivering results (tests and benchmarks)."""
        while self.busy:
            if not self.call.running:
                self._start_next()
                continue
            if not self.call.wait(timeout):
                return False
        return True

    def _start_next(self) -> None:
        while not self.call.running and self._waiting:
            name = next(iter(self._waiting))
            maker, on_done, on_failed = self._waiting.pop(name)
            fn = maker()
            if fn is None:  # nothing to do any more
                continue
            self._current = (on_done, on_failed)
            self.call.start(fn)

    def _succeeded(self, value: Any) -> None:
        current, self._current = self._current, None
        if current is not None:
            current[0](value)
        self._start_next()

    def _failed(self, exc: BaseException) -> None:
        current, self._current = self._current, None
        if current is not None:
            current[1](exc)
        self._start_next()
