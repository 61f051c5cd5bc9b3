"""Read-only queries for the Trends tab, fast on a vault of 20,000 trigger moments.

Only the columns a chart needs are read (never situation, thoughts or any other text
the user wrote), straight through SQL without building ORM objects, and turned into the
small named tuples of :mod:`securebase.domain.trends`, on the wall clock each entry was
logged on. The tab loads them once, off the UI thread, and filters in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.trends import Moment, Practice, TakePoint
from securebase.storage.models.base import utc_text


class _WallClock:
    """Stored UTC text and offset -> the aware local time; one zone per offset."""

    def __init__(self) -> None:
        self._zones: dict[int, tuple[timedelta, timezone]] = {}

    def __call__(self, utc_value: str, offset_min: int | None) -> datetime:
        found = self._zones.get(offset_min or 0)
        if found is None:
            shift = timedelta(minutes=offset_min or 0)
            found = self._zones[offset_min or 0] = (shift, timezone(shift))
        shift, zone = found
        # '2026-11-24T17:30:00.000000Z': the first 26 characters are the naive UTC time
        return (datetime.fromisoformat(utc_value[:26]) + shift).replace(tzinfo=zone)


class _Labels:
    """JSON label lists as tuples; the same few combinations repeat, so parse each once."""

    def __init__(self) -> None:
        self._cache: dict[str | None, tuple[str, ...]] = {None: (), "": (), "[]": ()}

    def __call__(self, raw: str | None) -> tuple[str, ...]:
        found = self._cache.get(raw)
        if found is None:
            found = self._cache[raw] = tuple(str(x) for x in json.loads(raw))
        return found


def _wall(item) -> datetime:
    return item.at.replace(tzinfo=None)


def _wall_order(items: list) -> None:
    """Sort by wall-clock time unless already so (always, for someone who stays in one
    time zone): a trip across zones can reorder local times against UTC."""
    walls = [_wall(x) for x in items]
    if any(a > b for a, b in zip(walls, walls[1:], strict=False)):
        items.sort(key=_wall)


class TrendQueries:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now

    def fingerprint(self) -> tuple:
        """Changes whenever anything the charts show changes (an entry added, edited or
        deleted, a practice session or a take saved, the path moved); cheap to ask."""
        with self._sessions() as s:
            row = s.execute(text(
                "SELECT (SELECT count(*) FROM trigger_moments WHERE deleted_at IS NULL), "
                "(SELECT max(updated_at) FROM trigger_moments), "
                "(SELECT count(*) FROM practice_sessions), "
                "(SELECT max(updated_at) FROM practice_sessions), "
                "(SELECT count(*) FROM assessment_takes WHERE completed_at IS NOT NULL), "
                "(SELECT value FROM settings WHERE key = 'path_state')")).one()
        return tuple(row)

    def moments(self, since: datetime | None = None) -> list[Moment]:
        """Live trigger moments, oldest first on the wall clock; ``since`` is a UTC bound
        (pass a day early: a local day can begin up to 14 hours before UTC's)."""
        sql = ("SELECT occurred_at, tz_offset_min, intensity, intensity_after, category, "
               "regulation, regions FROM trigger_moments WHERE deleted_at IS NULL")
        params = {}
        if since is not None:
            sql += " AND occurred_at >= :since"
            params["since"] = utc_text(since)
        local, labels = _WallClock(), _Labels()
        with self._sessions() as s:
            rows = s.execute(text(sql + " ORDER BY occurred_at, id"), params).all()
        out = [Moment(local(at, off), intensity, after, category or "", labels(regulation),
                      labels(regions))
               for at, off, intensity, after, category, regulation, regions in rows]
        _wall_order(out)
        return out

    def practice(self, since: datetime | None = None,
                 kinds: Iterable[str] | None = None) -> list[Practice]:
        """Practice sessions, oldest first on the wall clock, without notes."""
        sql = ("SELECT started_at, tz_offset_min, kind, completed_seconds, calm_before, "
               "calm_after FROM practice_sessions WHERE 1 = 1")
        params: dict = {}
        if since is not None:
            sql += " AND started_at >= :since"
            params["since"] = utc_text(since)
        stmt = text(sql + (" AND kind IN :kinds" if kinds is not None else "")
                    + " ORDER BY started_at, id")
        if kinds is not None:
            stmt = stmt.bindparams(bindparam("kinds", expanding=True))
            params["kinds"] = [str(k) for k in kinds]
        local = _WallClock()
        with self._sessions() as s:
            rows = s.execute(stmt, params).all()
        out = [Practice(local(at, off), kind, int(seconds), before, after)
               for at, off, kind, seconds, before, after in rows]
        _wall_order(out)
        return out

    def takes(self, instrument_id: str | None = None) -> list[TakePoint]:
        """Completed assessment takes, oldest first, in the zone of ``now``; by default
        those of the instrument used most recently (scores of different instruments do
        not belong on one path)."""
        with self._sessions() as s:
            if instrument_id is None:
                instrument_id = s.execute(text(
                    "SELECT instrument_id FROM assessment_takes WHERE completed_at IS NOT NULL "
                    "ORDER BY completed_at DESC, id DESC LIMIT 1")).scalar()
                if instrument_id is None:
                    return []
            rows = s.execute(text(
                "SELECT completed_at, anxiety, avoidance FROM assessment_takes "
                "WHERE completed_at IS NOT NULL AND instrument_id = :iid "
                "ORDER BY completed_at, id"), {"iid": instrument_id}).all()
        zone = self._now().tzinfo or UTC
        return [TakePoint(datetime.fromisoformat(at[:26]).replace(tzinfo=UTC).astimezone(zone),
                          float(anxiety), float(avoidance)) for at, anxiety, avoidance in rows]


__all__ = ["TrendQueries"]
