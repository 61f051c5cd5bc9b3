"""What the practice pages share: the host services they use and the page protocol the
Body scan tab drives (tick, pause, end before locking, reset after)."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from securebase.domain.entries import EntryError
from securebase.domain.practice import PracticeSession
from securebase.storage.errors import SecureBaseError
from securebase.ui.i18n import error_text

if TYPE_CHECKING:
    from securebase.domain.clock import Clock
    from securebase.ui.bodyscan.sound import Chime, Speaker

log = logging.getLogger(__name__)


class Host(Protocol):
    """What a page needs from the tab that holds it."""

    chime: Chime
    speaker: Speaker

    @property
    def clock(self) -> Clock | None: ...

    @property
    def vault(self) -> Any: ...


class PracticePage(QWidget):
    """Base of the four practice pages.

    ``activeChanged(bool)``: a session began (True) or ended (False).
    ``saved(object)``: a PracticeSession was written to the vault (new or updated).
    """

    activeChanged = Signal(bool)
    saved = Signal(object)
    settings_key = ""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.trigger_id: int | None = None
        self.record: PracticeSession | None = None  # the last saved session of this page

    # ------------------------------------------------------------------ protocol
    def tick(self) -> None:
        """Bring the screen up to date with the clock."""

    def is_running(self) -> bool:
        return False

    def is_active(self) -> bool:
        """Running or paused."""
        return False

    def animates(self) -> bool:
        """True while the page wants frequent ticks for a smooth animation."""
        return False

    def toggle_pause(self) -> None:
        """Space: pause or resume the running session."""

    def end_for_lock(self) -> None:
        """The vault is about to lock: stop a session and save what is unsaved."""

    def reset(self) -> None:
        """After locking: back to the start screen, with no private text anywhere."""
        self.record = None
        self.trigger_id = None

    def bound(self) -> None:
        """The tab has a vault again: read saved preferences, enable starting."""

    # ------------------------------------------------------------------ helpers
    def save_record(self, session: PracticeSession, status: QLabel | None = None
                    ) -> PracticeSession | None:
        """Add (no id) or update (with id) a session; on failure say why in ``status``."""
        vault = self.host.vault
        if vault is None:
            return None
        try:
            stored = vault.practice.update(session) if session.id else vault.practice.add(session)
        except EntryError as exc:
            self._say(status, str(exc))
            return None
        except SecureBaseError as exc:
            self._say(status, error_text(exc))
            return None
        self.record = stored
        if status is not None:
            status.clear()
        self.saved.emit(stored)
        return stored

    def update_record(self, status: QLabel | None = None, **changes) -> PracticeSession | None:
        if self.record is None:
            return None
        changed = {k: v for k, v in changes.items() if getattr(self.record, k) != v}
        if not changed:
            return self.record
        return self.save_record(replace(self.record, **changed), status)

    def _say(self, status: QLabel | None, message: str) -> None:
        text = self.tr("This practice could not be saved: %1").replace("%1", message)
        if status is not None:
            status.setText(text)
        log.warning("a practice session could not be saved")

    def load_prefs(self) -> dict:
        vault = self.host.vault
        if vault is None or not self.settings_key:
            return {}
        try:
            value = vault.settings.get(self.settings_key, {})
        except SecureBaseError:
            return {}
        return value if isinstance(value, dict) else {}

    def store_prefs(self, prefs: dict) -> None:
        vault = self.host.vault
        if vault is None or not self.settings_key:
            return
        try:
            vault.settings.set(self.settings_key, prefs)
        except SecureBaseError:
            log.info("practice preferences were not saved")
