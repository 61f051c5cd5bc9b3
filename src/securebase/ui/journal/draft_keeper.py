"""Saves unsaved journal work into the vault every few seconds, and on demand.

Each form registers a source: a function giving the draft key of what it shows
now (``"trigger:12"``, ``"experiment:new"``, or None when it shows nothing), one
giving its current payload, and one telling whether there is anything unsaved.
The keeper writes a draft only when the payload changed. Drafts already in the
vault when it binds (after a crash or a lock) are left alone until the user
restores or discards them; ``forget`` removes a draft once its entry is saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

from securebase.domain.entries import EntryError
from securebase.storage.errors import SecureBaseError

log = logging.getLogger(__name__)

DRAFT_INTERVAL_MS = 4000


@dataclass
class _Source:
    key: Callable[[], str | None]
    payload: Callable[[], dict]
    dirty: Callable[[], bool]


class DraftKeeper(QObject):
    def __init__(self, parent: QObject | None = None, *,
                 interval_ms: int = DRAFT_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._repo = None
        self._sources: dict[str, _Source] = {}
        self._last: dict[str, dict | None] = {}
        self.timer = QTimer(self)
        self.timer.setObjectName("journalDraftTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)

    def register(self, name: str, key: Callable[[], str | None], payload: Callable[[], dict],
                 dirty: Callable[[], bool]) -> None:
        self._sources[name] = _Source(key, payload, dirty)

    def bind(self, repo) -> None:
        """``repo`` is ``vault.drafts``."""
        self._repo = repo
        self._last = {}
        self.timer.start()

    def unbind(self) -> None:
        self.timer.stop()
        self._repo = None
        self._last = {}

    def flush(self) -> int:
        """Write every changed draft now; returns how many were written or removed."""
        if self._repo is None:
            return 0
        written = 0
        for source in self._sources.values():
            key = source.key()
            if key is None:
                continue
            try:
                if source.dirty():
                    payload = source.payload()
                    if payload != self._last.get(key):
                        self._repo.save(key, payload)
                        self._last[key] = payload
                        written += 1
                elif self._last.get(key) is not None:
                    self._repo.discard(key)
                    self._last[key] = None
                    written += 1
            except (EntryError, SecureBaseError) as exc:
                # Never interrupt the user for a draft; the entry itself will say more.
                log.warning("draft %s not kept (%s)", key, type(exc).__name__)
        return written

    def forget(self, key: str) -> None:
        """The entry was saved or abandoned: remove its draft at once."""
        if self._repo is None:
            return
        try:
            self._repo.discard(key)
        except SecureBaseError as exc:
            log.warning("draft %s not removed (%s)", key, type(exc).__name__)
        self._last[key] = None

    def pending(self) -> list:
        """Drafts found in the vault (for offering them back after a crash or a lock)."""
        return self._repo.all() if self._repo is not None else []
