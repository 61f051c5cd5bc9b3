"""Settings kept inside the encrypted vault, as JSON values."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from securebase.storage.models import SettingRow
from securebase.storage.write_errors import translate_write_errors


class SettingsRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, key: str, default: Any = None) -> Any:
        with self._sessions() as s:
            row = s.get(SettingRow, key)
            return json.loads(row.value) if row else default

    def set(self, key: str, value: Any) -> None:
        with translate_write_errors(), self._sessions.begin() as s:
            s.merge(SettingRow(key=key, value=json.dumps(value)))

    def all(self) -> dict[str, Any]:
        with self._sessions() as s:
            return {r.key: json.loads(r.value) for r in s.query(SettingRow)}
