"""Drafts of unsaved journal work (``vault.drafts``), so a crash or a lock loses nothing.

A draft is a small JSON object under a key such as ``"quick-capture"`` or
``"trigger:12"``; saving a key again replaces its draft.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.entries import MAX_TEXT_BYTES, EntryError
from securebase.domain.journal import Draft
from securebase.storage.models.journal import DraftRow
from securebase.storage.write_errors import translate_write_errors

MAX_KEY_CHARS = 64
#: A draft holds several fields, each up to 1 MB.
MAX_DRAFT_BYTES = 8 * MAX_TEXT_BYTES


def _to_domain(row: DraftRow) -> Draft:
    return Draft(key=row.key, payload=json.loads(row.payload), saved_at=row.saved_at)


class DraftRepository:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    def save(self, key: str, payload: dict[str, Any]) -> Draft:
        if not key or len(key) > MAX_KEY_CHARS:
            raise EntryError("A draft needs a short name.")
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        try:
            size = len(body.encode("utf-8"))
        except UnicodeEncodeError:
            raise EntryError("The draft contains broken characters that cannot be saved.") from None
        if size > MAX_DRAFT_BYTES:
            raise EntryError("The draft is too large to keep; please save or shorten it.")
        now = self._now()
        with translate_write_errors(), self._sessions.begin() as s:
            s.merge(DraftRow(key=key, payload=body, saved_at=now))
        return Draft(key=key, payload=json.loads(body), saved_at=now)

    def get(self, key: str) -> Draft | None:
        with self._sessions() as s:
            row = s.get(DraftRow, key)
            return _to_domain(row) if row else None

    def all(self) -> list[Draft]:
        """Every draft, most recently saved first."""
        with self._sessions() as s:
            return [_to_domain(r) for r in
                    s.scalars(select(DraftRow).order_by(DraftRow.saved_at.desc()))]

    def discard(self, key: str) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            s.execute(delete(DraftRow).where(DraftRow.key == key))

    def discard_all(self) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            s.execute(delete(DraftRow))
