"""Where in the body trigger moments were felt: the journal's region words mapped onto
the drawn body of the Body scan tab (securebase.domain.bodyscan.BODY_REGIONS), and
how often each was named."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from securebase.domain.bodyscan import BODY_REGIONS
from securebase.domain.trends import Moment

#: The journal's built-in regions (resources/content/*/journal.toml) on the drawn body.
REGION_AREAS: dict[str, tuple[str, ...]] = {
    "head": ("head", "face"),
    "throat": ("neck",),
    "chest": ("chest",),
    "stomach": ("belly",),
    "arms and hands": ("arms", "hands"),
    "legs": ("thighs", "knees", "lower_legs", "feet"),
    "whole body": BODY_REGIONS,
}
#: Words people type for a place on the drawing (lower case, singular).
_AREA_WORDS: dict[str, tuple[str, ...]] = {
    **{area.replace("_", " "): (area,) for area in BODY_REGIONS},
    "shoulder": ("shoulders",), "neck": ("neck",), "jaw": ("face",), "face": ("face",),
    "eye": ("face",), "forehead": ("head",), "heart": ("chest",), "lung": ("chest",),
    "belly": ("belly",), "gut": ("belly",), "tummy": ("belly",), "stomach": ("belly",),
    "hip": ("hips",), "arm": ("arms",), "hand": ("hands",), "fist": ("hands",),
    "thigh": ("thighs",), "knee": ("knees",), "leg": ("thighs", "knees", "lower_legs"),
    "lower leg": ("lower_legs",), "calf": ("lower_legs",), "calves": ("lower_legs",),
    "foot": ("feet",), "feet": ("feet",), "throat": ("neck",), "whole": BODY_REGIONS,
}


def areas_for(region: str) -> tuple[str, ...]:
    """The drawn areas a named region covers; () for a place the drawing lacks."""
    key = " ".join(region.casefold().split())
    if key in REGION_AREAS:
        return REGION_AREAS[key]
    for word in (key, key[:-1] if key.endswith("s") else key):
        if word in _AREA_WORDS:
            return _AREA_WORDS[word]
    return ()


def region_counts(moments: Iterable[Moment]) -> list[tuple[str, int]]:
    """How many moments named each region, most often first (as the user wrote it)."""
    counts: dict[str, int] = defaultdict(int)
    for m in moments:
        for region in set(m.regions):
            counts[region] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def area_counts(moments: Iterable[Moment]) -> dict[str, int]:
    """How many moments touched each drawn area (a moment counts once per area)."""
    counts = dict.fromkeys(BODY_REGIONS, 0)
    for m in moments:
        touched = {a for region in m.regions for a in areas_for(region)}
        for area in touched:
            counts[area] += 1
    return counts
