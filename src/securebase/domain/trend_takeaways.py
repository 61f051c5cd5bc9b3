"""One plain-language takeaway per chart, chosen from the data.

A takeaway is a key and the values its sentence needs; the words live in
``resources/content/<locale>/trends.toml`` (so a translation can reorder them). Keys
are "<chart>.<case>"; a case whose ``count`` is 1 may have a "<case>_one" wording.
Differences smaller than :data:`SAME` read as "about the same", and a trend is only
claimed from at least :data:`MIN_MOMENTS` entries on each side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from securebase.domain.trends import (
    NO_REGULATION,
    Bucket,
    CalmBucket,
    CategoryStat,
    Moment,
    PracticeBucket,
    StepMean,
    TakePoint,
    overall_effect,
    regulation_effects,
)

SAME = 0.3
MIN_MOMENTS = 3


@dataclass(frozen=True)
class Takeaway:
    key: str
    values: dict[str, Any] = field(default_factory=dict)


def _direction(first: float, last: float, down: str = "fell", up: str = "rose") -> str:
    if last <= first - SAME:
        return down
    if last >= first + SAME:
        return up
    return "same"


def _mean(values: Sequence[int]) -> float:
    return sum(values) / len(values)


def intensity(moments: Sequence[Moment], steps: Sequence[StepMean] = ()) -> Takeaway | None:
    """Step against step when two steps hold enough moments; otherwise the first half of
    the period against the second; otherwise just how many and how intense."""
    if not moments:
        return None
    usable = [s for s in steps if s.count >= MIN_MOMENTS]
    if len(usable) >= 2:
        a, b = usable[0], usable[-1]
        return Takeaway(f"intensity.step_{_direction(a.mean, b.mean)}", {
            "first": a.mean, "first_step": a.span.number, "last": b.mean,
            "last_step": b.span.number})
    ordered = sorted(moments, key=lambda m: m.at.replace(tzinfo=None))
    first_day, last_day = ordered[0].day, ordered[-1].day
    if (last_day - first_day).days >= 3:
        middle = first_day + (last_day - first_day) / 2
        early = [m.intensity for m in ordered if m.day <= middle]
        late = [m.intensity for m in ordered if m.day > middle]
        if len(early) >= MIN_MOMENTS and len(late) >= MIN_MOMENTS:
            a, b = _mean(early), _mean(late)
            return Takeaway(f"intensity.half_{_direction(a, b)}", {"first": a, "last": b})
    return Takeaway("intensity.few", {"count": len(moments),
                                      "mean": _mean([m.intensity for m in moments])})


def regulation(moments: Sequence[Moment]) -> Takeaway | None:
    """The way of settling after which intensity fell most (with enough moments), else
    the overall change from the moment to afterwards."""
    overall = overall_effect(moments)
    if overall is None:
        return None
    named = [e for e in regulation_effects(moments)
             if e.count >= MIN_MOMENTS and e.regulation != NO_REGULATION]
    best = max(named, key=lambda e: (e.drop, e.count), default=None)
    if best is not None and best.drop >= SAME:
        return Takeaway("regulation.best", {"regulation": best.regulation, "drop": best.drop,
                                            "count": best.count})
    case = _direction(overall.before, overall.after)
    return Takeaway(f"regulation.overall_{case}", {
        "before": overall.before, "after": overall.after, "count": overall.count})


def categories(stats: Sequence[CategoryStat]) -> Takeaway | None:
    if not stats:
        return None
    top = stats[0]
    if len(stats) == 1:
        return Takeaway("categories.single", {"top": top.category, "count": top.count,
                                              "mean": top.mean})
    pool = [s for s in stats if s.count >= MIN_MOMENTS] or list(stats)
    intense = max(pool, key=lambda s: (s.mean, s.count))
    if intense.category == top.category:
        return Takeaway("categories.top_same", {"top": top.category, "count": top.count,
                                                "mean": top.mean})
    return Takeaway("categories.top", {"top": top.category, "count": top.count,
                                       "intense": intense.category, "mean": intense.mean})


def times(grid: Sequence[Sequence[int]]) -> Takeaway | None:
    """The weekday and the hour of day with the most moments."""
    total = sum(sum(row) for row in grid)
    if total == 0:
        return None
    by_day = [sum(row) for row in grid]
    by_hour = [sum(row[h] for row in grid) for h in range(24)]
    weekday = max(range(7), key=lambda d: (by_day[d], -d))
    hour = max(range(24), key=lambda h: (by_hour[h], -h))
    return Takeaway("times.peak", {"weekday": weekday, "hour": hour, "count": total})


def regions(counts: Sequence[tuple[str, int]], named: int) -> Takeaway | None:
    """``counts`` from region_counts; ``named`` is how many moments named any region."""
    if not counts or named == 0:
        return None
    region, count = counts[0]
    if len(counts) == 1:
        return Takeaway("regions.only", {"region": region, "count": count})
    return Takeaway("regions.top", {"region": region, "count": count, "total": named})


def practice(buckets: Sequence[PracticeBucket], calm: CalmBucket | None,
             bucket: Bucket | str = Bucket.WEEK) -> Takeaway | None:
    if calm is not None:
        case = _direction(calm.before, calm.after, down="lower", up="rose")
        return Takeaway(f"practice.calm_{case}", {"before": calm.before, "after": calm.after,
                                                  "count": calm.count})
    sessions = sum(b.sessions for b in buckets)
    if not buckets or sessions == 0:
        return None
    minutes = sum(b.total for b in buckets) / len(buckets)
    unit = "week" if Bucket(bucket) is Bucket.WEEK else "month"
    return Takeaway(f"practice.minutes_{unit}", {"minutes": minutes, "count": len(buckets),
                                                 "sessions": sessions})


def assessment(takes: Sequence[TakePoint]) -> Takeaway | None:
    if not takes:
        return None
    first, last = takes[0], takes[-1]
    values: dict[str, Any] = {"first_date": first.day, "anxiety_first": first.anxiety,
                              "avoidance_first": first.avoidance, "count": len(takes)}
    if len(takes) == 1:
        return Takeaway("assessment.single", values)
    values.update(last_date=last.day, anxiety_last=last.anxiety, avoidance_last=last.avoidance)
    return Takeaway("assessment.moved", values)


__all__ = ["Takeaway", "SAME", "MIN_MOMENTS", "intensity", "regulation", "categories",
           "times", "regions", "practice", "assessment"]
