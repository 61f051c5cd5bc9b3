"""The fifty-day path as pure data and arithmetic.

Six steps over fifty *counted* days. A counted day is a local date on or after the
start date that is not paused. Days are local dates derived from aware datetimes,
and a day ends at a user-set hour (default 4 am), so a late night still belongs to
the evening before. Working in local dates keeps daylight-saving switches out of
the arithmetic: a 23- or 25-hour day is still one day.

Nothing here knows about storage or Qt; the state is a frozen dataclass and every
change returns a new state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

TOTAL_DAYS = 50
DEFAULT_DAY_END_HOUR = 4
MAX_DAY_END_HOUR = 12  # a day may end anywhere from midnight to noon
GRACE_WINDOW = 7  # at most one missed day in any seven consecutive counted days
MAX_START_AHEAD = timedelta(days=60)
MAX_START_BEHIND = timedelta(days=366)
ONE_DAY = timedelta(days=1)


class PathError(ValueError):
    """A change to the path that cannot be made; ``str(err)`` is one sentence for the user."""


class Action(StrEnum):
    """The daily actions every step repeats."""

    ASSESSMENT = "assessment"
    TRIGGER = "trigger"
    BODY_SCAN = "body_scan"
    EXPERIMENT = "experiment"
    NARRATIVE = "narrative"
    REFLECT = "reflect"


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    first_day: int
    last_day: int
    actions: tuple[Action, ...]  # emphasised first

    @property
    def length(self) -> int:
        return self.last_day - self.first_day + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, int) and self.first_day <= day <= self.last_day


A = Action
STEPS: tuple[Step, ...] = (
    Step(1, "assessment", 1, 3,
         (A.ASSESSMENT, A.TRIGGER, A.BODY_SCAN, A.REFLECT, A.EXPERIMENT, A.NARRATIVE)),
    Step(2, "awareness", 4, 10,
         (A.TRIGGER, A.BODY_SCAN, A.REFLECT, A.EXPERIMENT, A.NARRATIVE, A.ASSESSMENT)),
    Step(3, "experiments", 11, 17,
         (A.EXPERIMENT, A.TRIGGER, A.REFLECT, A.BODY_SCAN, A.NARRATIVE, A.ASSESSMENT)),
    Step(4, "regulation", 18, 25,
         (A.BODY_SCAN, A.TRIGGER, A.EXPERIMENT, A.REFLECT, A.NARRATIVE, A.ASSESSMENT)),
    Step(5, "narrative", 26, 35,
         (A.NARRATIVE, A.TRIGGER, A.BODY_SCAN, A.EXPERIMENT, A.REFLECT, A.ASSESSMENT)),
    Step(6, "consolidation", 36, 50,
         (A.ASSESSMENT, A.EXPERIMENT, A.NARRATIVE, A.BODY_SCAN, A.TRIGGER, A.REFLECT)),
)
del A


def step_for_day(day: int) -> Step:
    """The step a path day (1-50) belongs to; days past 50 stay in the last step."""
    if day < 1:
        raise ValueError(f"path days start at 1, not {day}")
    for step in STEPS:
        if day in step:
            return step
    return STEPS[-1]


# ---------------------------------------------------------------------- local days
def check_day_end_hour(hour: int) -> int:
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= MAX_DAY_END_HOUR:
        raise PathError("The day can end at a whole hour from midnight to noon.")
    return hour


def local_day(moment: datetime, day_end_hour: int = DEFAULT_DAY_END_HOUR,
              tz: tzinfo | None = None) -> date:
    """The local date a moment counts for: before ``day_end_hour`` it is still yesterday.

    ``moment`` must be aware; it is seen on the wall clock of ``tz`` (default: its own).
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("local_day needs an aware datetime")
    local = moment.astimezone(tz) if tz is not None else moment
    day = local.date()
    return day - ONE_DAY if local.hour < day_end_hour else day


def day_bounds(day: date, day_end_hour: int, tz: tzinfo) -> tuple[datetime, datetime]:
    """The aware half-open interval [start, end) of moments that count for ``day``.

    Built from wall-clock times in ``tz``, so a daylight-saving switch inside the day
    simply makes it 23 or 25 hours long. Returned in UTC, so comparisons and
    differences are exact (Python compares two times of one zone by wall clock).
    """
    start = datetime.combine(day, time(day_end_hour), tzinfo=tz)
    end = datetime.combine(day + ONE_DAY, time(day_end_hour), tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


# ---------------------------------------------------------------------- state
@dataclass(frozen=True)
class Pause:
    """Paused on ``paused_on`` (that day still counts); days from the next one up to,
    but not including, ``resumed_on`` do not count."""

    paused_on: date
    resumed_on: date | None = None

    def covers(self, day: date) -> bool:
        if day <= self.paused_on:
            return False
        return self.resumed_on is None or day < self.resumed_on


@dataclass(frozen=True)
class Restart:
    restarted_on: date
    previous_start: date
    reached_day: int


@dataclass(frozen=True)
class Focus:
    """The card the user starred as the one that feels safest, for one local day."""

    day: date
    action: Action


@dataclass(frozen=True)
class PathState:
    start: date | None = None
    pauses: tuple[Pause, ...] = ()
    restarts: tuple[Restart, ...] = ()
    day_end_hour: int = DEFAULT_DAY_END_HOUR
    focus: Focus | None = None
    reminder: time | None = None

    @property
    def started(self) -> bool:
        return self.start is not None

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1].resumed_on is None

    def is_paused_day(self, day: date) -> bool:
        return any(p.covers(day) for p in self.pauses)

    def counts(self, day: date) -> bool:
        """True if ``day`` is a counted path day (on/after the start, not paused)."""
        return self.start is not None and day >= self.start and not self.is_paused_day(day)

    def path_day(self, day: date) -> int:
        """How many counted days there are from the start up to and including ``day``."""
        if self.start is None or day < self.start:
            return 0
        total = (day - self.start).days + 1
        for p in self.pauses:
            first = max(p.paused_on + ONE_DAY, self.start)
            last = day if p.resumed_on is None else min(day, p.resumed_on - ONE_DAY)
            if last >= first:
                total -= (last - first).days + 1
        return total

    def counted_days(self, until: date) -> list[date]:
        """Every counted day from the start to ``until`` inclusive, oldest first."""
        if self.start is None or until < self.start:
            return []
        days, day = [], self.start
        while day <= until:
            if not self.is_paused_day(day):
                days.append(day)
            day += ONE_DAY
        return days

    def focus_for(self, day: date) -> Action | None:
        return self.focus.action if self.focus is not None and self.focus.day == day else None


# ---------------------------------------------------------------------- changes
def start_path(state: PathState, today: date, start: date | None = None) -> PathState:
    start = start or today
    if start > today + MAX_START_AHEAD:
        raise PathError("Please choose a start date within the next two months.")
    if start < today - MAX_START_BEHIND:
        raise PathError("Please choose a start date within the past year.")
    if state.started:
        raise PathError("The path has already started; restart it to begin again.")
    return replace(state, start=start, pauses=())


def pause_path(state: PathState, today: date) -> PathState:
    if not state.started:
        raise PathError("The path has not started yet, so there is nothing to pause.")
    if state.paused:
        raise PathError("The path is already paused.")
    if today < state.start:
        raise PathError("The path has not begun yet, so there is nothing to pause.")
    return replace(state, pauses=(*state.pauses, Pause(today)))


def resume_path(state: PathState, today: date) -> PathState:
    if not state.paused:
        raise PathError("The path is not paused.")
    last = state.pauses[-1]
    resumed = replace(last, resumed_on=max(today, last.paused_on))
    pauses = state.pauses[:-1]
    # a pause that covered no day at all (resumed the next day or sooner) leaves no trace
    if resumed.resumed_on > resumed.paused_on + ONE_DAY:
        pauses = (*pauses, resumed)
    return replace(state, pauses=pauses)


def restart_path(state: PathState, today: date, start: date | None = None) -> PathState:
    history = state.restarts
    if state.start is not None:
        reached = min(state.path_day(today), TOTAL_DAYS)
        history = (*history, Restart(today, state.start, reached))
    fresh = replace(state, start=None, pauses=(), restarts=history, focus=None)
    return start_path(fresh, today, start)


def set_day_end_hour(state: PathState, hour: int) -> PathState:
    return replace(state, day_end_hour=check_day_end_hour(hour))


def set_focus(state: PathState, today: date, action: Action | None) -> PathState:
    return replace(state, focus=Focus(today, Action(action)) if action is not None else None)


def set_reminder(state: PathState, when: time | None) -> PathState:
    if when is not None:
        when = when.replace(second=0, microsecond=0, tzinfo=None)
    return replace(state, reminder=when)


# ---------------------------------------------------------------------- where am I
class Status(StrEnum):
    NOT_STARTED = "not_started"
    UPCOMING = "upcoming"  # the start date is still ahead
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETE = "complete"  # fifty counted days are behind


@dataclass(frozen=True)
class Progress:
    status: Status
    day: int  # 0 before the start; never above TOTAL_DAYS
    step: Step
    days_until_start: int = 0

    @property
    def actions(self) -> tuple[Action, ...]:
        return self.step.actions


def progress(state: PathState, today: date) -> Progress:
    if state.start is None:
        return Progress(Status.NOT_STARTED, 0, STEPS[0])
    if today < state.start:
        return Progress(Status.UPCOMING, 0, STEPS[0], (state.start - today).days)
    raw = state.path_day(today)
    day = min(max(raw, 1), TOTAL_DAYS)
    if raw > TOTAL_DAYS:
        status = Status.COMPLETE
    elif state.paused:
        status = Status.PAUSED
    else:
        status = Status.ACTIVE
    return Progress(status, day, step_for_day(day))


# ---------------------------------------------------------------------- practice
@dataclass(frozen=True)
class PracticeSummary:
    days_practised: int
    streak: int  # practised days in the current gentle run
    rest_days_used: int = 0  # grace days inside that run
    practised_today: bool = False
    dates: frozenset[date] = field(default_factory=frozenset, repr=False)


def gentle_streak(counted: list[date], practised: set[date] | frozenset[date],
                  today: date) -> tuple[int, int]:
    """Practised days in the run that reaches today, and the grace days it used.

    ``counted`` are the counted path days up to ``today`` (oldest first). Today is still
    open, so not having practised yet is never a miss. Walking back, a missed day is
    forgiven unless another missed day lies within the same seven counted days; the
    run ends where a second miss would fall inside one window.
    """
    days = [d for d in counted if d <= today]
    if days and days[-1] == today and today not in practised:
        days.pop()
    streak = 0
    earliest = None  # position of the earliest practised day in the run
    misses: list[int] = []  # positions (in ``days``) of forgiven misses, newest first
    for pos in range(len(days) - 1, -1, -1):
        if days[pos] in practised:
            streak += 1
            earliest = pos
            continue
        if misses and misses[-1] - pos < GRACE_WINDOW:
            break
        misses.append(pos)
    used = 0 if earliest is None else sum(1 for m in misses if m > earliest)
    return streak, used


def summarise(state: PathState, practised_dates: Iterable[date], today: date) -> PracticeSummary:
    """Days practised on the path so far and the gentle streak, from the local dates
    on which anything was logged. Paused days and days before the start are ignored."""
    counted = state.counted_days(today)
    counted_set = set(counted)
    practised = frozenset(d for d in practised_dates if d in counted_set)
    streak, used = gentle_streak(counted, practised, today)
    return PracticeSummary(len(practised), streak, used, today in practised, practised)


# ---------------------------------------------------------------------- reminders
REMINDER_WINDOW = timedelta(hours=2)


def reminder_due(reminder: time | None, now: datetime, last_reminded: date | None,
                 quiet_on: date | None = None) -> bool:
    """True once a calendar day, from the reminder time for two hours, unless the
    user already practised that day (``quiet_on``) or was reminded already."""
    if reminder is None:
        return False
    today = now.date()
    if last_reminded == today or quiet_on == today:
        return False
    at = datetime.combine(today, reminder, tzinfo=now.tzinfo)
    return at <= now < at + REMINDER_WINDOW


# ---------------------------------------------------------------------- written content
@dataclass(frozen=True)
class StepText:
    title: str
    focus: str
    description: str
    emphasis: str  # one sentence about the action this step puts first


@dataclass(frozen=True)
class ActionText:
    title: str
    text: str
    title_again: str = ""  # e.g. "Retake the assessment"
    text_again: str = ""


@dataclass(frozen=True)
class PathContent:
    """The words of the path, parsed from ``resources/content/<locale>/path.toml``."""

    intro: str
    guidance: str
    star_hint: str
    paused: str
    complete: str
    upcoming: str
    start_points: tuple[str, ...]
    steps: dict[int, StepText]
    actions: dict[Action, ActionText]

    def step(self, number: int) -> StepText:
        return self.steps[number]

    def action(self, action: Action, again: bool = False) -> tuple[str, str]:
        t = self.actions[action]
        if again and t.title_again:
            return t.title_again, t.text_again or t.text
        return t.title, t.text


def _need(data: dict, key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"path content: '{key}' missing in {where}")
    return " ".join(value.split())


def parse_path_content(data: dict) -> PathContent:
    """Check and convert parsed TOML; every step and action must have its words."""
    steps = {}
    for raw in data.get("steps", []):
        where = f"step {raw.get('number')}"
        steps[int(raw["number"])] = StepText(
            _need(raw, "title", where), _need(raw, "focus", where),
            _need(raw, "description", where), _need(raw, "emphasis", where))
    if sorted(steps) != [s.number for s in STEPS]:
        raise ValueError("path content: every one of the six steps needs its text")
    actions = {}
    for action in Action:
        raw = data.get("actions", {}).get(action.value, {})
        where = f"action {action.value}"
        actions[action] = ActionText(
            _need(raw, "title", where), _need(raw, "text", where),
            " ".join(str(raw.get("title_again", "")).split()),
            " ".join(str(raw.get("text_again", "")).split()))
    texts = data.get("texts", {})
    return PathContent(
        intro=_need(texts, "intro", "texts"), guidance=_need(texts, "guidance", "texts"),
        star_hint=_need(texts, "star_hint", "texts"), paused=_need(texts, "paused", "texts"),
        complete=_need(texts, "complete", "texts"), upcoming=_need(texts, "upcoming", "texts"),
        start_points=tuple(_need({"point": x}, "point", "texts.start_points")
                           for x in texts.get("start_points", [])),
        steps=steps, actions=actions)
