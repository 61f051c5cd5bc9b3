"""The arithmetic behind the Trends tab, on plain data.

Everything works in the user's *local* calendar: a trigger moment, a practice session
or an assessment take carries an aware datetime on the wall clock where it was logged,
and its day is that wall-clock date. Grouping by local dates (never by 24-hour spans of
UTC) keeps daylight-saving switches out of the arithmetic: a 23- or 25-hour day is
still one day, and a 7-day window is always seven calendar days.

Nothing here knows about storage, Qt or matplotlib. Lists come in oldest first.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from securebase.domain.path import STEPS, TOTAL_DAYS, PathState

ONE_DAY = timedelta(days=1)
ROLLING_DAYS = 7
#: The regulation key of a moment re-rated afterwards without naming what helped.
NO_REGULATION = "none"
#: Periods longer than this are grouped by month instead of by week.
MAX_WEEKLY_DAYS = 371
#: Practice kinds that count as regulation practice (minutes per week).
PRACTICE_KINDS = ("bodyscan", "breathing")
_EPOCH = datetime(1970, 1, 1)
#: How far beyond the start a path can run, paused or not, before we stop looking.
_MAX_PATH_SPAN = 3660


class Range(StrEnum):
    TWO_WEEKS = "2w"
    PATH = "path"
    THREE_MONTHS = "3m"
    YEAR = "1y"
    ALL = "all"


class Bucket(StrEnum):
    WEEK = "week"
    MONTH = "month"


# ---------------------------------------------------------------------- plain data
class Moment(NamedTuple):
    """The part of a trigger moment the charts need (never its text). A named tuple:
    twenty thousand of them are built in a few milliseconds."""

    at: datetime  # aware, on the wall clock where it was logged
    intensity: int
    after: int | None = None
    category: str = ""
    regulation: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()

    @property
    def day(self) -> date:
        return self.at.date()


class Practice(NamedTuple):
    at: datetime
    kind: str  # "bodyscan", "breathing", "pause", "stay"
    seconds: int
    calm_before: int | None = None
    calm_after: int | None = None

    @property
    def day(self) -> date:
        return self.at.date()


class TakePoint(NamedTuple):
    at: datetime
    anxiety: float
    avoidance: float

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True)
class Period:
    """The local days ``first`` to ``last``, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True)
class DayMean:
    day: date
    total: int
    count: int

    @property
    def mean(self) -> float:
        return self.total / self.count


@dataclass(frozen=True)
class StepSpan:
    """The local dates one step of the path covers (pauses inside it included)."""

    number: int
    key: str
    first: date
    last: date
    projected: bool = False  # lies (partly) ahead of today, assuming no pause to come


@dataclass(frozen=True)
class StepMean:
    span: StepSpan
    mean: float
    count: int


@dataclass(frozen=True)
class PairBucket:
    """Moments re-rated afterwards, in one week (or month), for one way of settling."""

    start: date
    regulation: str
    before: float
    after: float
    count: int


@dataclass(frozen=True)
class Effect:
    regulation: str
    before: float
    after: float
    count: int

    @property
    def drop(self) -> float:
        return self.before - self.after


@dataclass(frozen=True)
class CategoryStat:
    category: str  # "" for moments without a category
    count: int
    mean: float


@dataclass(frozen=True)
class PracticeBucket:
    start: date
    minutes: dict[str, float]  # kind -> minutes (every kind asked for, zeros included)
    sessions: int

    @property
    def total(self) -> float:
        return sum(self.minutes.values())


@dataclass(frozen=True)
class CalmBucket:
    start: date
    before: float
    after: float
    count: int


# ---------------------------------------------------------------------- days and ranges
def wall_days(when: datetime | date) -> float:
    """Days since 1970-01-01 on the local wall clock (matplotlib's date numbers)."""
    if isinstance(when, datetime):
        return (when.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400.0
    return float((when - _EPOCH.date()).days)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier if negative), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_for(range_: Range | str, today: date, state: PathState | None = None,
               earliest: date | None = None, latest: date | None = None) -> Period:
    """The days a range covers. Ranges end today, or on the newest entry if one lies
    ahead (logged in a zone further east); "the 50-day path" covers the path's six steps
    (the last 50 days if it has not started)."""
    range_ = Range(range_)
    end = max(today, latest) if latest is not None else today
    if range_ is Range.PATH:
        spans = step_spans(state, today) if state is not None else []
        if spans:
            return Period(spans[0].first, max(spans[-1].last, spans[0].first))
        return Period(today - timedelta(days=TOTAL_DAYS - 1), end)
    if range_ is Range.TWO_WEEKS:
        first = today - timedelta(days=13)
    elif range_ is Range.THREE_MONTHS:
        first = add_months(today, -3) + ONE_DAY
    elif range_ is Range.YEAR:
        first = add_months(today, -12) + ONE_DAY
    else:
        first = min(earliest, today) if earliest is not None else today
    return Period(first, end)


def in_period(items: Sequence, period: Period) -> list:
    """The items whose day lies in ``period``. ``items`` (each with ``.at``) must be in
    wall-clock order, oldest first, as the trend queries return them."""
    lo = bisect_left(items, period.first, key=_day_of)
    hi = bisect_right(items, period.last, key=_day_of)
    return list(items[lo:hi])


def _day_of(item) -> date:
    return item.at.date()


def filter_moments(moments: Sequence[Moment], period: Period,
                   category: str | None = None) -> list[Moment]:
    """Moments in the period; ``category`` None means every category, "" those without."""
    found = in_period(moments, period)
    if category is None:
        return found
    return [m for m in found if m.category == category]


def bucket_for(period: Period) -> Bucket:
    return Bucket.WEEK if period.days <= MAX_WEEKLY_DAYS else Bucket.MONTH


def bucket_start(day: date, bucket: Bucket | str = Bucket.WEEK) -> date:
    """The Monday of the day's week, or the first of its month."""
    if Bucket(bucket) is Bucket.MONTH:
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def bucket_starts(period: Period, bucket: Bucket | str = Bucket.WEEK) -> list[date]:
    """Every week (or month) touching the period, oldest first."""
    bucket = Bucket(bucket)
    out, start = [], bucket_start(period.first, bucket)
    while start <= period.last:
        out.append(start)
        start = add_months(start, 1) if bucket is Bucket.MONTH else start + timedelta(days=7)
    return out


# ---------------------------------------------------------------------- intensity over time
def daily_means(moments: Iterable[Moment]) -> list[DayMean]:
    totals: dict[date, list[int]] = {}
    for m in moments:
        slot = totals.get(m.day)
        if slot is None:
            totals[m.day] = [m.intensity, 1]
        else:
            slot[0] += m.intensity
            slot[1] += 1
    return [DayMean(day, total, count) for day, (total, count) in sorted(totals.items())]


def rolling_means(daily: Sequence[DayMean], first: date | None = None,
                  last: date | None = None,
                  window: int = ROLLING_DAYS) -> list[tuple[date, float | None]]:
    """The mean of every moment in the ``window`` calendar days up to and including each
    day from ``first`` to ``last`` (default: the first and last day with data).
    ``None`` where the window holds no moment, so a line breaks over long gaps."""
    if window < 1:
        raise ValueError("a rolling window is at least one day")
    if not daily:
        return []
    first = first or daily[0].day
    last = last or daily[-1].day
    by_day = {d.day: d for d in daily}
    out: list[tuple[date, float | None]] = []
    total = count = 0
    day = first - timedelta(days=window - 1)
    while day <= last:  # slide: add the new day, drop the one leaving the window
        entering = by_day.get(day)
        if entering is not None:
            total += entering.total
            count += entering.count
        leaving = by_day.get(day - timedelta(days=window))
        if leaving is not None:
            total -= leaving.total
            count -= leaving.count
        if day >= first:
            out.append((day, total / count if count else None))
        day += ONE_DAY
    return out


def step_spans(state: PathState, today: date) -> list[StepSpan]:
    """Where each of the six steps lies in the calendar, from the path's start.

    Counted days (not paused) are numbered from the start; step N runs from the date of
    its first path day to the date of its last. Days ahead of today are projected as if
    no pause were to come; while the path is paused nothing is projected."""
    if state is None or state.start is None:
        return []
    counted: list[date] = []
    day = state.start
    horizon = state.start + timedelta(days=_MAX_PATH_SPAN)
    while len(counted) < TOTAL_DAYS and day <= horizon:
        if day > today and state.paused:
            break
        if not state.is_paused_day(day):
            counted.append(day)
        day += ONE_DAY
    spans = []
    for step in STEPS:
        if len(counted) < step.first_day:
            break
        first = counted[step.first_day - 1]
        last = counted[min(step.last_day, len(counted)) - 1]
        spans.append(StepSpan(step.number, step.key, first, last, projected=last > today))
    return spans


def step_means(moments: Sequence[Moment], spans: Sequence[StepSpan]) -> list[StepMean]:
    """Mean intensity of the moments inside each step (steps without moments left out)."""
    out = []
    for span in spans:
        inside = in_period(moments, Period(span.first, span.last))
        if inside:
            out.append(StepMean(span, sum(m.intensity for m in inside) / len(inside),
                                len(inside)))
    return out


# ---------------------------------------------------------------------- regulation effect
def _regulations(moment: Moment) -> tuple[str, ...]:
    return moment.regulation or (NO_REGULATION,)


def before_after(moments: Iterable[Moment],
                 bucket: Bucket | str = Bucket.WEEK) -> list[PairBucket]:
    """Mean intensity at the moment and afterwards, per week (or month) and per way of
    settling. Only moments re-rated afterwards count; a moment that named two ways of
    settling counts for each."""
    sums: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for m in moments:
        if m.after is None:
            continue
        start = bucket_start(m.day, bucket)
        for reg in _regulations(m):
            slot = sums[(start, reg)]
            slot[0] += m.intensity
            slot[1] += m.after
            slot[2] += 1
    return [PairBucket(start, reg, b / n, a / n, n)
            for (start, reg), (b, a, n) in sorted(sums.items())]


def regulation_effects(moments: Iterable[Moment]) -> list[Effect]:
    """Per way of settling over the whole selection, most used first."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for m in moments:
        if m.after is None:
            continue
        for reg in _regulations(m):
            slot = sums[reg]
            slot[0] += m.intensity
            slot[1] += m.after
            slot[2] += 1
    effects = [Effect(reg, b / n, a / n, n) for reg, (b, a, n) in sums.items()]
    return sorted(effects, key=lambda e: (-e.count, e.regulation))


def overall_effect(moments: Iterable[Moment]) -> Effect | None:
    """Every re-rated moment once, whatever helped."""
    pairs = [(m.intensity, m.after) for m in moments if m.after is not None]
    if not pairs:
        return None
    n = len(pairs)
    return Effect("", sum(b for b, _ in pairs) / n, sum(a for _, a in pairs) / n, n)


# ---------------------------------------------------------------------- what sets me off
def by_category(moments: Iterable[Moment]) -> list[CategoryStat]:
    """Count and mean intensity per category, most frequent first."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m in moments:
        slot = sums[m.category]
        slot[0] += 1
        slot[1] += m.intensity
    stats = [CategoryStat(cat, n, total / n) for cat, (n, total) in sums.items()]
    return sorted(stats, key=lambda s: (-s.count, -s.mean, s.category))


def hour_weekday(moments: Iterable[Moment]) -> list[list[int]]:
    """Counts by weekday (rows, Monday first) and local hour of day (columns, 0-23)."""
    grid = [[0] * 24 for _ in range(7)]
    for m in moments:
        grid[m.at.weekday()][m.at.hour] += 1
    return grid


# ---------------------------------------------------------------------- practice
def practice_buckets(sessions: Iterable[Practice], period: Period,
                     bucket: Bucket | str = Bucket.WEEK,
                     kinds: Sequence[str] = PRACTICE_KINDS) -> list[PracticeBucket]:
    """Minutes practised per week (Monday to Sunday) or month touching the period, per
    kind, empty weeks included as zero, oldest first (as ``weekly_minutes`` counts)."""
    starts = bucket_starts(period, bucket)
    seconds = {s: dict.fromkeys(kinds, 0) for s in starts}
    counts = dict.fromkeys(starts, 0)
    for p in sessions:
        if p.kind not in kinds or p.day not in period:
            continue
        start = bucket_start(p.day, bucket)
        seconds[start][p.kind] += p.seconds
        counts[start] += 1
    return [PracticeBucket(s, {k: v / 60.0 for k, v in seconds[s].items()}, counts[s])
            for s in starts]


def calm_buckets(sessions: Iterable[Practice],
                 bucket: Bucket | str = Bucket.WEEK) -> list[CalmBucket]:
    """Mean calm before and after, per week (or month), of sessions rated both times."""
    sums: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in sessions:
        if p.calm_before is None or p.calm_after is None:
            continue
        slot = sums[bucket_start(p.day, bucket)]
        slot[0] += p.calm_before
        slot[1] += p.calm_after
        slot[2] += 1
    return [CalmBucket(s, b / n, a / n, n) for s, (b, a, n) in sorted(sums.items())]


def calm_overall(sessions: Iterable[Practice]) -> CalmBucket | None:
    rated = [(p.calm_before, p.calm_after, p.day) for p in sessions
             if p.calm_before is not None and p.calm_after is not None]
    if not rated:
        return None
    n = len(rated)
    return CalmBucket(rated[0][2], sum(r[0] for r in rated) / n, sum(r[1] for r in rated) / n, n)
