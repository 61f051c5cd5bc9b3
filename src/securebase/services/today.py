"""What the Today tab needs from the vault, in one place.

``done_today`` asks each journal and practice repository what was logged in a time
range and turns it into the daily actions it completes. A repository whose module
is not there yet (ImportError) or that lacks the method simply counts as "not done
yet", so the Today tab works with whatever features are installed.

It also loads the written content of the path and the help panel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from securebase.content import load_content
from securebase.domain import path as p
from securebase.domain.helplines import HelpContent, parse_help

log = logging.getLogger(__name__)

A = p.Action
#: Trigger moments are found by when they happened; one logged up to this long after
#: it happened still counts for the day it was logged on.
BACKDATE_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class Activity:
    """Something logged at ``at`` that completes one or more daily actions."""

    at: datetime
    actions: frozenset[str]


def _in(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment < end


def _repo(vault: Any, name: str) -> Any | None:
    try:
        return getattr(vault, name)
    except (ImportError, AttributeError):
        return None


# ---------------------------------------------------------------------- sources
def _triggers(vault: Any, start: datetime, end: datetime) -> list[Activity]:
    """A moment counts for the day it was logged (a morning note about last night ticks
    this morning's card); re-rating the intensity afterwards is a reflection."""
    repo = _repo(vault, "triggers")
    if repo is None or not hasattr(repo, "list"):
        return []
    found = []
    for t in repo.list(since=start - BACKDATE_WINDOW, until=end):
        logged = t.created_at or t.occurred_at
        if _in(logged, start, end):
            found.append(Activity(logged, frozenset({A.TRIGGER.value})))
        rerated = t.updated_at or logged
        if t.intensity_after is not None and _in(rerated, start, end):
            found.append(Activity(rerated, frozenset({A.REFLECT.value})))
    return found


def _practice(vault: Any, start: datetime, end: datetime) -> list[Activity]:
    repo = _repo(vault, "practice")
    if repo is None or not hasattr(repo, "list"):
        return []
    kinds = {"bodyscan": A.BODY_SCAN.value, "breathing": A.BODY_SCAN.value,
             "pause": A.EXPERIMENT.value, "stay": A.EXPERIMENT.value}
    found = []
    for s in repo.list(start, end):
        actions = {kinds.get(str(s.kind), A.BODY_SCAN.value)}
        if s.calm_after is not None or s.urge_after is not None or s.felt.strip():
            actions.add(A.REFLECT.value)
        found.append(Activity(s.started_at, frozenset(actions)))
    return found


def _experiments(vault: Any, start: datetime, end: datetime) -> list[Activity]:
    """Planning one (whenever it is planned for) or recording how it went both count."""
    repo = _repo(vault, "experiments")
    if repo is None or not hasattr(repo, "list"):
        return []
    found = []
    for e in repo.list():  # a few per week: cheaper than another query per field
        touched = [at for at in (e.created_at, e.updated_at) if _in(at, start, end)]
        if not touched:
            continue
        actions = {A.EXPERIMENT.value}
        if e.feelings_after.strip() or e.anxiety_after is not None or e.outcome.strip():
            actions.add(A.REFLECT.value)
        found.append(Activity(max(touched), frozenset(actions)))
    return found


def _narrative(vault: Any, start: datetime, end: datetime) -> list[Activity]:
    repo = _repo(vault, "narrative")
    if repo is None or not hasattr(repo, "versions"):
        return []
    return [Activity(v.saved_at, frozenset({A.NARRATIVE.value}))
            for v in repo.versions() if _in(v.saved_at, start, end)]


def _assessments(vault: Any, start: datetime, end: datetime) -> list[Activity]:
    repo = _repo(vault, "assessments")
    if repo is None or not hasattr(repo, "completed"):
        return []
    return [Activity(t.completed_at, frozenset({A.ASSESSMENT.value}))
            for t in repo.completed() if _in(t.completed_at, start, end)]


SOURCES: tuple[Callable[[Any, datetime, datetime], list[Activity]], ...] = (
    _triggers, _practice, _experiments, _narrative, _assessments)


def activities(vault: Any, start: datetime, end: datetime) -> list[Activity]:
    """Everything logged in ``[start, end)`` by any installed feature."""
    found: list[Activity] = []
    for source in SOURCES:
        try:
            found.extend(source(vault, start, end))
        except (ImportError, AttributeError) as exc:
            # a feature that is not installed: treat it as "not done yet"
            log.debug("%s not available yet (%s)", source.__name__, type(exc).__name__)
    return found


def done_today(vault: Any, day_start: datetime, day_end: datetime) -> set[str]:
    """The daily actions (``Action`` values) completed by something logged in the range."""
    done: set[str] = set()
    for activity in activities(vault, day_start, day_end):
        done |= activity.actions
    return done


def practised_dates(vault: Any, since: datetime, until: datetime, day_end_hour: int,
                    tz: tzinfo) -> set[date]:
    """Local days (after the day-end rule) on which anything was logged."""
    # timestamps only, straight from the tables: fast on vaults with years of entries
    return {p.local_day(at, day_end_hour, tz) for at in vault.activity.times(since, until)}


def has_assessment(vault: Any) -> bool:
    """True once any assessment was completed (the card then offers a retake)."""
    repo = _repo(vault, "assessments")
    try:
        return repo is not None and repo.count_completed() > 0
    except AttributeError:
        return False


PRACTICE_LOOKBACK_DAYS = 400


# ---------------------------------------------------------------------- the page
@dataclass(frozen=True)
class TodayView:
    state: p.PathState
    today: date
    progress: p.Progress
    done: frozenset[str]
    summary: p.PracticeSummary
    assessed_before: bool
    focus: p.Action | None


def local_zone(now: datetime, zone_name: str | None = None) -> tzinfo:
    """The zone to read local days in: the named system zone (so days weeks ago keep
    their own daylight-saving offset) when it agrees with ``now``'s offset, else
    ``now``'s own zone. The system clock only gives a fixed offset."""
    if isinstance(now.tzinfo, ZoneInfo) or not zone_name:
        return now.tzinfo
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return now.tzinfo
    return zone if now.astimezone(zone).utcoffset() == now.utcoffset() else now.tzinfo


def today_view(vault: Any, now: datetime, zone_name: str | None = None) -> TodayView:
    """Everything the Today tab shows, computed for the moment ``now`` (aware);
    ``zone_name`` is the system's time zone (e.g. "Europe/London") if known."""
    state = vault.path_state.load()
    tz = local_zone(now, zone_name)
    today = p.local_day(now, state.day_end_hour, tz)
    start, end = p.day_bounds(today, state.day_end_hour, tz)
    done = frozenset(done_today(vault, start, end))
    if state.start is not None and state.start <= today:
        # a path is fifty counted days plus pauses: a year back is more than enough,
        # and keeps a vault with years of entries quick to open
        first = max(state.start, today - timedelta(days=PRACTICE_LOOKBACK_DAYS))
        since = p.day_bounds(first, state.day_end_hour, tz)[0]
        dates: Iterable[date] = practised_dates(vault, since, end, state.day_end_hour, tz)
    else:
        dates = ()
    summary = p.summarise(state, dates, today)
    return TodayView(state, today, p.progress(state, today), done, summary,
                     has_assessment(vault), state.focus_for(today))


# ---------------------------------------------------------------------- written content
def read_content(name: str, locale: str | None = None) -> dict[str, Any]:
    """The parsed TOML file ``name`` for ``locale`` (e.g. "zh_CN"; the app's content
    locale by default), falling back to its language and then to English."""
    return load_content(name, locale)


def path_content(locale: str | None = None) -> p.PathContent:
    return p.parse_path_content(read_content("path.toml", locale))


def help_content(locale: str | None = None) -> HelpContent:
    return parse_help(read_content("help.toml", locale))
