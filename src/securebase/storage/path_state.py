"""The fifty-day path's state, kept as one JSON value in the vault's settings table.

Start date, pauses, restart history, day-end hour, today's starred focus card and the
reminder time. Every change reads the state, applies a pure change from
``securebase.domain.path`` for the user's current local day, and writes it back in one
transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from securebase.domain import path as p
from securebase.storage.models import SettingRow
from securebase.storage.write_errors import translate_write_errors

log = logging.getLogger(__name__)

SETTING_KEY = "path_state"
FORMAT_VERSION = 1


def to_json(state: p.PathState) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "start": state.start.isoformat() if state.start else None,
        "pauses": [{"paused_on": x.paused_on.isoformat(),
                    "resumed_on": x.resumed_on.isoformat() if x.resumed_on else None}
                   for x in state.pauses],
        "restarts": [{"restarted_on": r.restarted_on.isoformat(),
                      "previous_start": r.previous_start.isoformat(),
                      "reached_day": r.reached_day} for r in state.restarts],
        "day_end_hour": state.day_end_hour,
        "focus": ({"day": state.focus.day.isoformat(), "action": state.focus.action.value}
                  if state.focus else None),
        "reminder": state.reminder.strftime("%H:%M") if state.reminder else None,
    }


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def from_json(data: dict[str, Any]) -> p.PathState:
    """Raises ValueError, KeyError or TypeError on a value this version cannot read."""
    if not isinstance(data, dict):
        raise TypeError("path state is not an object")
    focus = data.get("focus")
    reminder = data.get("reminder")
    return p.PathState(
        start=_date(data.get("start")),
        pauses=tuple(p.Pause(date.fromisoformat(x["paused_on"]), _date(x.get("resumed_on")))
                     for x in data.get("pauses", [])),
        restarts=tuple(p.Restart(date.fromisoformat(r["restarted_on"]),
                                 date.fromisoformat(r["previous_start"]), int(r["reached_day"]))
                       for r in data.get("restarts", [])),
        day_end_hour=p.check_day_end_hour(int(data.get("day_end_hour",
                                                       p.DEFAULT_DAY_END_HOUR))),
        focus=(p.Focus(date.fromisoformat(focus["day"]), p.Action(focus["action"]))
               if focus else None),
        reminder=time.fromisoformat(reminder) if reminder else None,
    )


class PathStateRepository:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    # ------------------------------------------------------------------ read / write
    def load(self) -> p.PathState:
        with self._sessions() as s:
            row = s.get(SettingRow, SETTING_KEY)
            raw = row.value if row else None
        if raw is None:
            return p.PathState()
        try:
            return from_json(json.loads(raw))
        except (ValueError, KeyError, TypeError):
            # Never crash the Today tab over it; the stored value stays untouched until
            # the user changes the path, so a newer version can still read it.
            log.warning("the stored path state could not be read; showing a fresh path")
            return p.PathState()

    def save(self, state: p.PathState) -> p.PathState:
        with translate_write_errors(), self._sessions.begin() as s:
            s.merge(SettingRow(key=SETTING_KEY, value=json.dumps(to_json(state))))
        return state

    def today(self, state: p.PathState | None = None) -> date:
        """The user's current local day, after the day-end hour rule."""
        state = state or self.load()
        return p.local_day(self._now(), state.day_end_hour)

    def _change(self, change: Callable[[p.PathState, date], p.PathState]) -> p.PathState:
        state = self.load()
        return self.save(change(state, self.today(state)))

    # ------------------------------------------------------------------ changes
    def start(self, start: date | None = None) -> p.PathState:
        return self._change(lambda st, today: p.start_path(st, today, start))

    def pause(self) -> p.PathState:
        return self._change(p.pause_path)

    def resume(self) -> p.PathState:
        return self._change(p.resume_path)

    def restart(self, start: date | None = None) -> p.PathState:
        return self._change(lambda st, today: p.restart_path(st, today, start))

    def set_day_end_hour(self, hour: int) -> p.PathState:
        return self._change(lambda st, _today: p.set_day_end_hour(st, hour))

    def set_focus(self, action: p.Action | str | None) -> p.PathState:
        return self._change(lambda st, today: p.set_focus(
            st, today, p.Action(action) if action is not None else None))

    def set_reminder(self, when: time | None) -> p.PathState:
        return self._change(lambda st, _today: p.set_reminder(st, when))
