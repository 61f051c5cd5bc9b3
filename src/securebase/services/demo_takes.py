"""The demo person's assessment takes: when they happen and how the answers drift.

Pure Python. Answers centre on a target per dimension that moves slowly toward the
secure corner (anxiety more than avoidance, as in the research), each facet a little
above or below it, each answer with noise; a rare item is skipped, as people do.
The real instrument and scoring turn them into results (``services.assessment``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping

from securebase.domain.instrument import Instrument

#: Path days of the first take and the two retakes; later every ~60 days.
TAKE_DAYS = (1, 25, 48)
RETAKE_EVERY = 60
SECURE_GOAL = (2.9, 2.7)
ANSWER_NOISE = 0.7
TAKE_NOISE = 0.15


def take_days(days: int, seed: int | str) -> list[int]:
    """The path days (1-based) with a take, within the first ``days`` days."""
    found = [d for d in TAKE_DAYS if d <= days]
    rng = random.Random(f"{seed}:retakes")
    day = TAKE_DAYS[-1] + RETAKE_EVERY
    while day <= days:
        found.append(day)
        day += RETAKE_EVERY + rng.randint(-7, 7)
    return found


def target_scores(first: tuple[float, float], day: int) -> tuple[float, float]:
    """Where the answers centre on path day ``day``, starting from ``first``."""
    (anx0, avo0), (anx1, avo1) = first, SECURE_GOAL
    moved = 1.0 - math.exp(-(day - 1) / 400)
    early = 0.2 * min(day - 1, 50) / 50  # the path itself brings a first shift
    share = min(1.0, moved + early * (1 - moved))
    return (anx0 + (anx1 - anx0) * share * 0.95, avo0 + (avo1 - avo0) * share * 0.7)


def answers(instrument: Instrument, target: tuple[float, float],
            facet_bias: Mapping[str, float], rng: random.Random) -> list[tuple[str, int | None]]:
    """(item id, answer) in the instrument's order; None marks a skipped item (at most
    one per dimension, so every take can be scored)."""
    points = instrument.points
    centre = {"anxiety": target[0] + rng.gauss(0, TAKE_NOISE),
              "avoidance": target[1] + rng.gauss(0, TAKE_NOISE)}
    skipped: set[str] = set()
    out: list[tuple[str, int | None]] = []
    for item in instrument.items:
        if item.dimension not in skipped and rng.random() < 0.02:
            skipped.add(item.dimension)
            out.append((item.id, None))
            continue
        level = centre[item.dimension] + facet_bias.get(item.facet or "", 0.0)
        keyed = max(1, min(points, round(level + rng.gauss(0, ANSWER_NOISE))))
        out.append((item.id, points + 1 - keyed if item.reversed else keyed))
    return out
