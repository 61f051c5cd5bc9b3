"""Self-report instruments as data: load a TOML file, check it, describe it.

An instrument file (``resources/content/<locale>/instruments/*.toml``) holds::

    id = "securebase-attachment"          # stable; takes are grouped by it
    version = "1"                          # changes when items change
    title = "..."
    instructions = "..."
    seconds_per_item = [6, 12]             # optional, for the time estimate

    [scale]
    points = 7
    labels = ["Strongly disagree", ..., "Strongly agree"]   # one per point

    [scoring]
    method = "mean"                        # the only method: mean of answered items
    max_skipped_per_dimension = 2          # optional, 0..2

    [[facets]]                             # optional
    id = "abandonment"
    dimension = "anxiety"
    label = "..."

    [[items]]
    id = "a01"
    text = "..."
    dimension = "anxiety"                  # anxiety or avoidance
    facet = "abandonment"                  # required when facets are declared
    reversed = false

Every problem is reported as an :class:`InstrumentError` whose message names the
file and the problem in one sentence. Pure Python (tomllib); no Qt, no storage.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DIMENSIONS = ("anxiety", "avoidance")
SCALE_POINTS = 7
MIN_ITEMS_PER_DIMENSION = 6
MAX_SKIPPED_LIMIT = 2
DEFAULT_SECONDS_PER_ITEM = (6, 12)


class InstrumentError(ValueError):
    """An instrument file that cannot be used; ``str(err)`` is one sentence."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    dimension: str
    facet: str | None = None
    reversed: bool = False


@dataclass(frozen=True)
class Facet:
    id: str
    dimension: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    title: str
    items: tuple[Item, ...]
    scale_labels: tuple[str, ...]
    facets: tuple[Facet, ...] = ()
    instructions: str = ""
    description: str = ""
    max_skipped_per_dimension: int = MAX_SKIPPED_LIMIT
    seconds_per_item: tuple[int, int] = DEFAULT_SECONDS_PER_ITEM
    source: str = field(default="", compare=False)

    @property
    def points(self) -> int:
        return len(self.scale_labels)

    @property
    def midpoint(self) -> float:
        return (1 + self.points) / 2

    def items_of(self, dimension: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.dimension == dimension)

    def facets_of(self, dimension: str) -> tuple[Facet, ...]:
        return tuple(f for f in self.facets if f.dimension == dimension)

    def facet(self, facet_id: str) -> Facet | None:
        return next((f for f in self.facets if f.id == facet_id), None)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)


def _text(data: dict, key: str, source: str, where: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise InstrumentError(source, f"{where} has no '{key}'.")
        return ""
    if isinstance(value, bool | float):
        raise InstrumentError(source, f"{where} has a '{key}' that is not text.")
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        raise InstrumentError(source, f"{where} has a '{key}' that is not text.")
    value = value.strip()
    if required and not value:
        raise InstrumentError(source, f"{where} has an empty '{key}'.")
    return value


def _scale(data: dict, source: str) -> tuple[str, ...]:
    scale = data.get("scale")
    if not isinstance(scale, dict):
        raise InstrumentError(source, "the instrument has no [scale] section with 7 labels.")
    labels = scale.get("labels")
    if not isinstance(labels, list) or not all(isinstance(x, str) and x.strip() for x in labels):
        raise InstrumentError(source, "the scale needs a list of 'labels', one non-empty text per point.")
    points = scale.get("points", len(labels))
    if isinstance(points, bool) or not isinstance(points, int):
        raise InstrumentError(source, "the scale's 'points' must be a whole number.")
    if points != SCALE_POINTS:
        raise InstrumentError(
            source, f"the scale has {points} points; SecureBase instruments use a "
                    f"{SCALE_POINTS}-point agreement scale.")
    if len(labels) != points:
        raise InstrumentError(
            source, f"the scale has {points} points but {len(labels)} labels; give one label per point.")
    return tuple(x.strip() for x in labels)


def _scoring(data: dict, source: str) -> int:
    scoring = data.get("scoring", {})
    if not isinstance(scoring, dict):
        raise InstrumentError(source, "'scoring' must be a section.")
    method = scoring.get("method", "mean")
    if method != "mean":
        raise InstrumentError(source, f"the scoring method '{method}' is unknown; only 'mean' is supported.")
    skips = scoring.get("max_skipped_per_dimension", MAX_SKIPPED_LIMIT)
    if isinstance(skips, bool) or not isinstance(skips, int) or not 0 <= skips <= MAX_SKIPPED_LIMIT:
        raise InstrumentError(
            source, f"'max_skipped_per_dimension' must be a whole number from 0 to {MAX_SKIPPED_LIMIT}.")
    return skips


def _timing(data: dict, source: str) -> tuple[int, int]:
    value = data.get("seconds_per_item", list(DEFAULT_SECONDS_PER_ITEM))
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
            or value[0] > value[1]):
        raise InstrumentError(
            source, "'seconds_per_item' must be two whole numbers of seconds, low then high.")
    return (value[0], value[1])


def _facets(data: dict, source: str) -> tuple[Facet, ...]:
    raw = data.get("facets", [])
    if not isinstance(raw, list):
        raise InstrumentError(source, "'facets' must be a list of [[facets]] tables.")
    facets: list[Facet] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise InstrumentError(source, f"facet {n} is not a table.")
        fid = _text(entry, "id", source, f"facet {n}")
        where = f"facet '{fid}'"
        if fid in seen:
            raise InstrumentError(source, f"the facet id '{fid}' is used twice.")
        seen.add(fid)
        dim = _text(entry, "dimension", source, where)
        if dim not in DIMENSIONS:
            raise InstrumentError(
                source, f"{where} names the unknown dimension '{dim}'; use 'anxiety' or 'avoidance'.")
        facets.append(Facet(fid, dim, _text(entry, "label", source, where),
                            _text(entry, "description", source, where, required=False)))
    return tuple(facets)


def _items(data: dict, source: str, facets: tuple[Facet, ...]) -> tuple[Item, ...]:
    raw = data.get("items")
    if not isinstance(raw, list) or not raw:
        raise InstrumentError(source, "the instrument has no [[items]].")
    facet_dims = {f.id: f.dimension for f in facets}
    items: list[Item] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise InstrumentError(source, f"item {n} is not a table.")
        iid = _text(entry, "id", source, f"item {n}")
        where = f"item '{iid}'"
        if iid in seen:
            raise InstrumentError(source, f"the item id '{iid}' is used twice.")
        seen.add(iid)
        text = _text(entry, "text", source, where)
        dim = _text(entry, "dimension", source, where)
        if dim not in DIMENSIONS:
            raise InstrumentError(
                source, f"{where} names the unknown dimension '{dim}'; use 'anxiety' or 'avoidance'.")
        rev = entry.get("reversed", False)
        if not isinstance(rev, bool):
            raise InstrumentError(source, f"{where} has a 'reversed' that is not true or false.")
        facet = _text(entry, "facet", source, where, required=False) or None
        if facets:
            if facet is None:
                raise InstrumentError(source, f"{where} has no 'facet'; every item needs one when facets are declared.")
            if facet not in facet_dims:
                raise InstrumentError(source, f"{where} names the facet '{facet}', which is not declared.")
            if facet_dims[facet] != dim:
                raise InstrumentError(
                    source, f"{where} is an {dim} item but its facet '{facet}' belongs to {facet_dims[facet]}.")
        elif facet is not None:
            raise InstrumentError(source, f"{where} names the facet '{facet}', but no [[facets]] are declared.")
        items.append(Item(iid, text, dim, facet, rev))
    return tuple(items)


def parse_instrument(text: str, source: str = "instrument") -> Instrument:
    """Parse and check an instrument; raise InstrumentError naming the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InstrumentError(source, f"this is not valid TOML ({exc}).") from None
    iid = _text(data, "id", source, "the instrument")
    version = _text(data, "version", source, "the instrument")
    title = _text(data, "title", source, "the instrument", required=False) or iid
    labels = _scale(data, source)
    skips = _scoring(data, source)
    facets = _facets(data, source)
    items = _items(data, source, facets)
    for dim in DIMENSIONS:
        count = sum(1 for i in items if i.dimension == dim)
        if count < MIN_ITEMS_PER_DIMENSION:
            raise InstrumentError(
                source, f"the {dim} dimension has {count} item{'s' if count != 1 else ''}; "
                        f"an instrument needs at least {MIN_ITEMS_PER_DIMENSION} per dimension.")
    used = {i.facet for i in items}
    for f in facets:
        if f.id not in used:
            raise InstrumentError(source, f"the facet '{f.id}' has no items.")
    return Instrument(
        id=iid, version=version, title=title, items=items, scale_labels=labels, facets=facets,
        instructions=_text(data, "instructions", source, "the instrument", required=False),
        description=_text(data, "description", source, "the instrument", required=False),
        max_skipped_per_dimension=skips, seconds_per_item=_timing(data, source), source=source,
    )


def load_instrument(path: Path) -> Instrument:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InstrumentError(Path(path).name, f"the file cannot be read ({exc.strerror}).") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InstrumentError(Path(path).name, "the file is not UTF-8 text.") from None
    return parse_instrument(text, Path(path).name)


@dataclass(frozen=True)
class InstrumentSet:
    """Every valid instrument of a folder, and the problems of the invalid ones."""

    instruments: tuple[Instrument, ...]
    problems: tuple[InstrumentError, ...] = ()

    def get(self, instrument_id: str, version: str | None = None) -> Instrument | None:
        """The instrument with that id (and version, if given; else the first found)."""
        for ins in self.instruments:
            if ins.id == instrument_id and (version is None or ins.version == version):
                return ins
        return None


def load_instruments(folder: Path) -> InstrumentSet:
    """Load every ``*.toml`` in ``folder`` (sorted by file name). Two files with the same
    id and version: the second is reported as a problem."""
    found: list[Instrument] = []
    problems: list[InstrumentError] = []
    folder = Path(folder)
    paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    for path in paths:
        try:
            ins = load_instrument(path)
        except InstrumentError as exc:
            problems.append(exc)
            continue
        if any(other.key == ins.key for other in found):
            problems.append(InstrumentError(
                path.name, f"another file already provides '{ins.id}' version {ins.version}."))
            continue
        found.append(ins)
    return InstrumentSet(tuple(found), tuple(problems))
