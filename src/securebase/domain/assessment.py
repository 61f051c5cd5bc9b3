"""Scoring a take, placing it on the anxiety x avoidance plane, and comparing takes.

Pure Python. Scores are means on the instrument's 1-7 scale; a reversed item counts
as ``points + 1 - answer`` (8 - x on seven points). A dimension may have at most
``instrument.max_skipped_per_dimension`` skipped items; its score then comes from
the rest. With more missing there is no result, and :class:`NotScorable` says why.

The four regions are a convenience over two continuous dimensions (attachment is
dimensional, not a set of types): results say how strongly a point *leans* toward
a region, never what a person *is*.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from securebase.domain.instrument import DIMENSIONS, Facet, Instrument, Item

#: Half-width of the soft band drawn at the midpoint of each axis.
BAND = 0.5
#: Depth into a region (scale points) from which a lean counts as strong.
STRONG_DEPTH = 1.5

# Reliable change (Jacobson & Truax 1991): 1.96 * sqrt(2) * SD * sqrt(1 - r). With the
# SD (about 1.1) and short-term retest r (about .85) of published attachment scales this
# is about 1.2 scale points. Our own items have no norms, so this is a rough guide only.
_SD, _RETEST_R = 1.1, 0.85
RELIABLE_CHANGE = round(1.96 * math.sqrt(2) * _SD * math.sqrt(1 - _RETEST_R), 1)

Answers = Mapping[str, int | None]
"""Item id -> answer (1..points), or None for an item the person chose to skip."""


class Region(StrEnum):
    SECURE = "secure"        # low anxiety, low avoidance
    ANXIOUS = "anxious"      # high anxiety, low avoidance (anxious-preoccupied)
    AVOIDANT = "avoidant"    # low anxiety, high avoidance (dismissing-avoidant)
    FEARFUL = "fearful"      # high anxiety, high avoidance (fearful-avoidant, "disorganized")


class Strength(StrEnum):
    SLIGHT = "slight"   # inside the soft band: near a boundary
    CLEAR = "clear"
    STRONG = "strong"


class NotScorable(ValueError):
    """Too many items are missing for a result. ``missing`` maps each short dimension
    to (items missing, items allowed to be missing); ``str()`` is one sentence."""

    def __init__(self, missing: Mapping[str, tuple[int, int]]) -> None:
        self.missing = dict(missing)
        parts = []
        for dim, (n, allowed) in self.missing.items():
            parts.append(f"{n} of the {dim} sentences have no answer and at most {allowed} may be skipped")
        super().__init__("There is no result yet because " + "; and ".join(parts)
                         + ". Answering a few more of them will give one.")


@dataclass(frozen=True)
class Score:
    anxiety: float
    avoidance: float
    facets: Mapping[str, float] = field(default_factory=dict)  # only facets with an answer
    answered: Mapping[str, int] = field(default_factory=dict)   # per dimension
    skipped: Mapping[str, int] = field(default_factory=dict)    # per dimension

    def dimension(self, name: str) -> float:
        return self.anxiety if name == "anxiety" else self.avoidance


@dataclass(frozen=True)
class Take:
    """One run through an instrument. Completed takes carry their scores (frozen at
    completion, so a later edit of the instrument file never changes history)."""

    id: int
    uid: str
    instrument_id: str
    instrument_version: str
    started_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    answers: Mapping[str, int | None] = field(default_factory=dict)
    anxiety: float | None = None
    avoidance: float | None = None
    facets: Mapping[str, float] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.completed_at is not None and self.anxiety is not None

    @property
    def score(self) -> Score | None:
        if self.anxiety is None or self.avoidance is None:
            return None
        return Score(self.anxiety, self.avoidance, dict(self.facets))


# ---------------------------------------------------------------------------- scoring

def one_decimal(value: float) -> str:
    """A score as people read it: one decimal, halves rounded up (4.25 -> "4.3")."""
    return f"{math.floor(value * 10 + 0.5 + 1e-9) / 10:.1f}"


def check_answer(instrument: Instrument, value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= instrument.points:
        raise ValueError(f"An answer must be a whole number from 1 to {instrument.points}.")


def keyed(item: Item, value: int, points: int = 7) -> int:
    """The answer as it counts toward the score (reversed items flipped)."""
    return points + 1 - value if item.reversed else value


def missing_by_dimension(instrument: Instrument, answers: Answers) -> dict[str, int]:
    """How many items of each dimension have no usable answer (skipped or never seen)."""
    return {dim: sum(1 for i in instrument.items_of(dim) if answers.get(i.id) is None)
            for dim in DIMENSIONS}


def scoring_problem(instrument: Instrument, answers: Answers) -> NotScorable | None:
    allowed = instrument.max_skipped_per_dimension
    over = {dim: (n, allowed) for dim, n in missing_by_dimension(instrument, answers).items()
            if n > allowed}
    return NotScorable(over) if over else None


def _mean(values: list[int]) -> float:
    return sum(values) / len(values)


def score(instrument: Instrument, answers: Answers) -> Score:
    """Means per dimension and facet over the answered items; raises NotScorable."""
    for value in answers.values():
        check_answer(instrument, value)
    problem = scoring_problem(instrument, answers)
    if problem is not None:
        raise problem
    dims: dict[str, float] = {}
    answered: dict[str, int] = {}
    skipped: dict[str, int] = {}
    for dim in DIMENSIONS:
        items = instrument.items_of(dim)
        vals = [keyed(i, answers[i.id], instrument.points) for i in items
                if answers.get(i.id) is not None]
        dims[dim] = _mean(vals)
        answered[dim] = len(vals)
        skipped[dim] = len(items) - len(vals)
    facets: dict[str, float] = {}
    for facet in instrument.facets:
        vals = [keyed(i, answers[i.id], instrument.points) for i in instrument.items
                if i.facet == facet.id and answers.get(i.id) is not None]
        if vals:
            facets[facet.id] = _mean(vals)
    return Score(dims["anxiety"], dims["avoidance"], facets, answered, skipped)


def next_unanswered(instrument: Instrument, answers: Answers) -> int | None:
    """Index of the first item never reached (skipped items count as reached)."""
    for n, item in enumerate(instrument.items):
        if item.id not in answers:
            return n
    return None


def time_estimate(instrument: Instrument, remaining: int | None = None) -> tuple[int, int]:
    """An honest range of minutes for ``remaining`` items (default: all of them)."""
    n = len(instrument.items) if remaining is None else max(0, remaining)
    low_s, high_s = instrument.seconds_per_item
    low = max(1, math.floor(n * low_s / 60 + 0.5)) if n else 0
    high = max(low, math.floor(n * high_s / 60 + 0.5)) if n else 0
    return (low, high)


# ---------------------------------------------------------------------------- the plane

def region_of(anxiety: float, avoidance: float, midpoint: float = 4.0) -> Region:
    """Above the midpoint counts as high; exactly on it counts as low (and is 'slight')."""
    high_anx, high_avo = anxiety > midpoint, avoidance > midpoint
    if high_anx and high_avo:
        return Region.FEARFUL
    if high_anx:
        return Region.ANXIOUS
    if high_avo:
        return Region.AVOIDANT
    return Region.SECURE


@dataclass(frozen=True)
class Lean:
    region: Region
    strength: Strength
    depth: float                       # distance to the nearest boundary line, in scale points
    neighbours: tuple[Region, ...] = ()  # regions across a boundary within the soft band


def lean_of(anxiety: float, avoidance: float, midpoint: float = 4.0) -> Lean:
    region = region_of(anxiety, avoidance, midpoint)
    d_anx, d_avo = abs(anxiety - midpoint), abs(avoidance - midpoint)
    depth = min(d_anx, d_avo)
    strength = (Strength.SLIGHT if depth < BAND else
                Strength.STRONG if depth >= STRONG_DEPTH else Strength.CLEAR)
    high_anx, high_avo = anxiety > midpoint, avoidance > midpoint
    neighbours: list[Region] = []
    near_anx, near_avo = d_anx < BAND, d_avo < BAND
    if near_anx:
        neighbours.append(_region_for(not high_anx, high_avo))
    if near_avo:
        neighbours.append(_region_for(high_anx, not high_avo))
    if near_anx and near_avo:
        neighbours.append(_region_for(not high_anx, not high_avo))
    return Lean(region, strength, depth, tuple(neighbours))


def _region_for(high_anx: bool, high_avo: bool) -> Region:
    return {(False, False): Region.SECURE, (True, False): Region.ANXIOUS,
            (False, True): Region.AVOIDANT, (True, True): Region.FEARFUL}[(high_anx, high_avo)]


def ranked_facets(instrument: Instrument, score_: Score) -> list[tuple[Facet, float]]:
    """Facets with a score, highest first (ties keep the instrument's order)."""
    scored = [(f, score_.facets[f.id]) for f in instrument.facets if f.id in score_.facets]
    return sorted(scored, key=lambda pair: -pair[1])


def secondary_areas(instrument: Instrument, score_: Score, n: int = 2) -> list[tuple[Facet, float]]:
    """The highest facets that rise above the midpoint (at most ``n``): the areas that
    stand out, whichever region the point is in. May be empty."""
    return [(f, m) for f, m in ranked_facets(instrument, score_)[:n] if m > instrument.midpoint]


# ---------------------------------------------------------------------------- change

@dataclass(frozen=True)
class Change:
    anxiety: float
    avoidance: float
    days: int

    @property
    def anxiety_beyond_wobble(self) -> bool:
        return abs(self.anxiety) >= RELIABLE_CHANGE

    @property
    def avoidance_beyond_wobble(self) -> bool:
        return abs(self.avoidance) >= RELIABLE_CHANGE

    @property
    def within_wobble(self) -> bool:
        return not (self.anxiety_beyond_wobble or self.avoidance_beyond_wobble)


def change_since_first(takes: list[Take]) -> Change | None:
    """Latest minus first of the completed takes (oldest first); None with fewer than two."""
    done = [t for t in takes if t.complete]
    if len(done) < 2:
        return None
    first, last = done[0], done[-1]
    days = (last.completed_at.date() - first.completed_at.date()).days
    return Change(round(last.anxiety - first.anxiety, 2),
                  round(last.avoidance - first.avoidance, 2), days)
