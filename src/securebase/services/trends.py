"""What the Trends tab shows, computed from the vault without Qt.

``load_snapshot(vault)`` reads everything the charts need once (a few columns per entry,
never any text the user wrote) and may run off the UI thread. ``build_view(snapshot,
chart, range, category)`` is pure: it filters the snapshot and returns the series, the
takeaway and, when there is nothing to draw, why. Nothing here touches the disk.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from securebase.domain import trend_regions as rg
from securebase.domain import trend_takeaways as tk
from securebase.domain import trends as tr
from securebase.domain.path import PathState

#: Midpoint of the 1-7 scale the assessment plane is drawn around.
PLANE_MIDPOINT = 4.0


class Chart(StrEnum):
    INTENSITY = "intensity"
    REGULATION = "regulation"
    TRIGGERS = "triggers"
    BODY = "body"
    PRACTICE = "practice"
    ASSESSMENT = "assessment"

    @property
    def uses_category(self) -> bool:
        return self not in (Chart.PRACTICE, Chart.ASSESSMENT)


class Empty(StrEnum):
    NOTHING = "nothing"  # nothing of this kind logged yet: say what to log
    RANGE = "range"  # nothing in the chosen period
    CATEGORY = "category"  # nothing in the chosen category (in this period)


@dataclass(frozen=True)
class TrendSnapshot:
    today: date
    path: PathState
    moments: tuple[tr.Moment, ...] = ()
    practice: tuple[tr.Practice, ...] = ()
    takes: tuple[tr.TakePoint, ...] = ()
    fingerprint: tuple = ()  # of the vault when read (see TrendQueries.fingerprint)

    @property
    def categories(self) -> list[str]:
        """Categories of the moments, most used first ("" for none given)."""
        counts = Counter(m.category for m in self.moments)
        return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def period(self, range_: tr.Range | str) -> tr.Period:
        days = [x[0].day for x in (self.moments, self.practice, self.takes) if x]
        lasts = [x[-1].day for x in (self.moments, self.practice, self.takes) if x]
        return tr.period_for(range_, self.today, self.path, min(days, default=None),
                             max(lasts, default=None))


@dataclass(frozen=True)
class View:
    chart: Chart
    period: tr.Period
    bucket: tr.Bucket = tr.Bucket.WEEK
    empty: Empty | None = None
    takeaway: tk.Takeaway | None = None


@dataclass(frozen=True)
class IntensityView(View):
    moments: tuple[tr.Moment, ...] = ()
    daily: tuple[tr.DayMean, ...] = ()
    rolling: tuple[tuple[date, float | None], ...] = ()
    steps: tuple[tr.StepSpan, ...] = ()


@dataclass(frozen=True)
class RegulationView(View):
    pairs: tuple[tr.PairBucket, ...] = ()
    effects: tuple[tr.Effect, ...] = ()  # most used first: the order of the panels


@dataclass(frozen=True)
class TriggersView(View):
    categories: tuple[tr.CategoryStat, ...] = ()
    grid: tuple[tuple[int, ...], ...] = ()
    peak: tk.Takeaway | None = None


@dataclass(frozen=True)
class BodyView(View):
    regions: tuple[tuple[str, int], ...] = ()
    areas: dict[str, int] = field(default_factory=dict)
    named: int = 0  # moments that named at least one region
    moments: int = 0  # moments in the selection


@dataclass(frozen=True)
class PracticeView(View):
    buckets: tuple[tr.PracticeBucket, ...] = ()
    calm: tuple[tr.CalmBucket, ...] = ()
    kinds: tuple[str, ...] = tr.PRACTICE_KINDS


@dataclass(frozen=True)
class AssessmentView(View):
    takes: tuple[tr.TakePoint, ...] = ()
    midpoint: float = PLANE_MIDPOINT
    outside: int = 0  # takes before or after the period


# ---------------------------------------------------------------------- loading
def trend_queries(vault: Any):
    """The vault's trend queries (``vault.trends`` once the vault offers it)."""
    from securebase.storage.trend_queries import TrendQueries

    repo = getattr(vault, "trends", None)
    return repo if repo is not None else TrendQueries(vault.sessions, vault.clock.now)


def load_snapshot(vault: Any) -> TrendSnapshot:
    """Everything the charts need, read once. Safe to call off the UI thread."""
    queries = trend_queries(vault)
    now = vault.clock.now()
    fingerprint = queries.fingerprint()  # first: a change while reading shows up next time
    return TrendSnapshot(
        today=now.date(), path=vault.path_state.load(),
        moments=tuple(queries.moments()),
        practice=tuple(queries.practice(kinds=tr.PRACTICE_KINDS)),
        takes=tuple(queries.takes()), fingerprint=fingerprint)


def changed_since(vault: Any, snapshot: TrendSnapshot) -> bool:
    """True when the vault holds something the snapshot does not show (or the day
    changed). Safe to call off the UI thread."""
    return (trend_queries(vault).fingerprint() != snapshot.fingerprint
            or vault.clock.now().date() != snapshot.today)


# ---------------------------------------------------------------------- views
def _empty(everything: bool, in_period: bool, in_category: bool) -> Empty | None:
    if not everything:
        return Empty.NOTHING
    if not in_period:
        return Empty.RANGE
    if not in_category:
        return Empty.CATEGORY
    return None


def _moments(snapshot: TrendSnapshot, period: tr.Period, category: str | None,
             keep=None) -> tuple[list[tr.Moment], Empty | None]:
    every = [m for m in snapshot.moments if keep(m)] if keep else list(snapshot.moments)
    in_period = tr.in_period(every, period)
    chosen = in_period if category is None else [m for m in in_period if m.category == category]
    return chosen, _empty(bool(every), bool(in_period), bool(chosen))


def intensity_view(snapshot: TrendSnapshot, period: tr.Period,
                   category: str | None = None) -> IntensityView:
    chosen, empty = _moments(snapshot, period, category)
    steps = tuple(tr.step_spans(snapshot.path, snapshot.today))
    daily = tr.daily_means(chosen)
    # the line stops today (a path's period runs on into the days ahead)
    end = min(period.last, max(snapshot.today, daily[-1].day)) if daily else period.last
    rolling = tr.rolling_means(daily, period.first, end) if daily else []
    # steps are compared only when the path fills a good part of the period shown
    inside = sum(max(0, (min(s.last, period.last) - max(s.first, period.first)).days + 1)
                 for s in steps)
    means = tr.step_means(chosen, steps) if inside >= 0.4 * period.days else []
    return IntensityView(Chart.INTENSITY, period, tr.bucket_for(period), empty,
                         tk.intensity(chosen, means), moments=tuple(chosen),
                         daily=tuple(daily), rolling=tuple(rolling), steps=steps)


def regulation_view(snapshot: TrendSnapshot, period: tr.Period,
                    category: str | None = None) -> RegulationView:
    chosen, empty = _moments(snapshot, period, category, keep=lambda m: m.after is not None)
    bucket = tr.bucket_for(period)
    return RegulationView(Chart.REGULATION, period, bucket, empty, tk.regulation(chosen),
                          pairs=tuple(tr.before_after(chosen, bucket)),
                          effects=tuple(tr.regulation_effects(chosen)))


def triggers_view(snapshot: TrendSnapshot, period: tr.Period,
                  category: str | None = None) -> TriggersView:
    chosen, empty = _moments(snapshot, period, category)
    stats = tr.by_category(chosen)
    grid = tr.hour_weekday(chosen)
    return TriggersView(Chart.TRIGGERS, period, tr.bucket_for(period), empty,
                        tk.categories(stats), categories=tuple(stats),
                        grid=tuple(tuple(row) for row in grid), peak=tk.times(grid))


def body_view(snapshot: TrendSnapshot, period: tr.Period,
              category: str | None = None) -> BodyView:
    chosen, empty = _moments(snapshot, period, category, keep=lambda m: bool(m.regions))
    counts = rg.region_counts(chosen)
    total = len(_moments(snapshot, period, category)[0])
    return BodyView(Chart.BODY, period, tr.bucket_for(period), empty,
                    tk.regions(counts, len(chosen)), regions=tuple(counts),
                    areas=rg.area_counts(chosen), named=len(chosen), moments=total)


def practice_view(snapshot: TrendSnapshot, period: tr.Period,
                  category: str | None = None) -> PracticeView:
    every = [p for p in snapshot.practice if p.kind in tr.PRACTICE_KINDS]
    chosen = tr.in_period(every, period)
    bucket = tr.bucket_for(period)
    buckets = tr.practice_buckets(chosen, period, bucket)
    calm = tr.calm_buckets(chosen, bucket)
    return PracticeView(Chart.PRACTICE, period, bucket, _empty(bool(every), bool(chosen), True),
                        tk.practice(buckets, tr.calm_overall(chosen), bucket),
                        buckets=tuple(buckets), calm=tuple(calm))


def assessment_view(snapshot: TrendSnapshot, period: tr.Period,
                    category: str | None = None) -> AssessmentView:
    chosen = tr.in_period(snapshot.takes, period)
    return AssessmentView(Chart.ASSESSMENT, period, tr.bucket_for(period),
                          _empty(bool(snapshot.takes), bool(chosen), True),
                          tk.assessment(chosen), takes=tuple(chosen),
                          outside=len(snapshot.takes) - len(chosen))


_BUILDERS = {
    Chart.INTENSITY: intensity_view,
    Chart.REGULATION: regulation_view,
    Chart.TRIGGERS: triggers_view,
    Chart.BODY: body_view,
    Chart.PRACTICE: practice_view,
    Chart.ASSESSMENT: assessment_view,
}


def build_view(snapshot: TrendSnapshot, chart: Chart | str, range_: tr.Range | str,
               category: str | None = None) -> View:
    """The series of one chart for a range (and, for trigger charts, a category;
    None means all, "" the moments without one)."""
    chart = Chart(chart)
    period = snapshot.period(range_)
    return _BUILDERS[chart](snapshot, period, category if chart.uses_category else None)


def default_range(snapshot: TrendSnapshot) -> tr.Range:
    """The path while it runs (or has just run), otherwise the last three months."""
    spans = tr.step_spans(snapshot.path, snapshot.today)
    if spans and spans[0].first <= snapshot.today <= spans[-1].last + tr.ONE_DAY * 14:
        return tr.Range.PATH
    return tr.Range.THREE_MONTHS
