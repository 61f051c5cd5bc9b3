"""What goes into the action report, gathered from the vault.

The journal is read only when the user asked for its summary, and only numbers
leave it: counts, intensities, urges. No entry text is ever copied into the report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from securebase.services.assessment import AssessmentContent, NoResult, Result, latest_result

TREND_THRESHOLD = 0.5  # points on the 0-10 scale before a trend is called lower/higher
ROLLING_DAYS = 7


@dataclass(frozen=True)
class JournalSummary:
    total: int
    last_30_days: int
    first_day: date | None
    last_day: date | None
    mean_intensity: float | None
    mean_after: float | None            # mean intensity after, over moments that have one
    mean_before_of_rated: float | None  # mean intensity then, over the same moments
    rated_after: int
    earlier_mean: float | None          # first half of the moments (by time)
    later_mean: float | None            # second half
    trend: str                          # "lower", "higher", "steady" or "too-few"
    urges: dict[str, int] = field(default_factory=dict)
    points: tuple[tuple[date, float], ...] = ()   # (day, intensity) per moment, oldest first
    rolling: tuple[tuple[date, float], ...] = ()  # 7-day mean, per day with a moment


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize_journal(moments: Iterable[Any], now: datetime) -> JournalSummary:
    """Numbers only, from objects with ``occurred_at``, ``intensity``,
    ``intensity_after`` and ``urge``."""
    items = sorted(moments, key=lambda m: m.occurred_at)
    intensities = [float(m.intensity) for m in items]
    rated = [m for m in items if m.intensity_after is not None]
    half = len(items) // 2
    earlier = _mean(intensities[:half]) if half else None
    later = _mean(intensities[half:]) if half else None
    if earlier is None or later is None or len(items) < 4:
        trend = "too-few"
    elif later <= earlier - TREND_THRESHOLD:
        trend = "lower"
    elif later >= earlier + TREND_THRESHOLD:
        trend = "higher"
    else:
        trend = "steady"
    days = [m.occurred_at.astimezone().date() for m in items]
    points = tuple(zip(days, intensities, strict=True))
    rolling = []
    for day in sorted(set(days)):
        window = [v for d, v in points if day - timedelta(days=ROLLING_DAYS - 1) <= d <= day]
        rolling.append((day, sum(window) / len(window)))
    urges = Counter(m.urge.value if hasattr(m.urge, "value") else str(m.urge)
                    for m in items if m.urge)
    return JournalSummary(
        total=len(items),
        last_30_days=sum(1 for m in items if m.occurred_at >= now - timedelta(days=30)),
        first_day=days[0] if days else None, last_day=days[-1] if days else None,
        mean_intensity=_mean(intensities),
        mean_after=_mean([float(m.intensity_after) for m in rated]),
        mean_before_of_rated=_mean([float(m.intensity) for m in rated]),
        rated_after=len(rated), earlier_mean=earlier, later_mean=later, trend=trend,
        urges=dict(urges), points=points, rolling=tuple(rolling))


@dataclass(frozen=True)
class ReportData:
    result: Result
    content: AssessmentContent
    created_at: datetime
    journal: JournalSummary | None = None


def gather_report_data(vault: Any, content: AssessmentContent, *, include_journal: bool,
                       now: datetime | None = None) -> ReportData:
    """The latest result, and the journal summary only when ``include_journal``."""
    result = latest_result(vault.assessments, content)
    if result is None:
        raise NoResult()
    now = now or vault.clock.now()
    journal = summarize_journal(vault.triggers.list(), now) if include_journal else None
    return ReportData(result=result, content=content, created_at=now, journal=journal)
