"""The texts that explain a result: one entry per region of the plane, the six-step
path fitted to each region, general notes and the safety note.

Loaded from ``resources/content/<locale>/tendencies.toml`` with tomllib. Pure Python.
Step numbers and day ranges come from :mod:`securebase.domain.path` (the one source
of truth for the path); step titles and helplines live in path.toml and help.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from securebase.domain.assessment import RELIABLE_CHANGE, Lean, Region
from securebase.domain.path import STEPS


class ContentError(ValueError):
    """The content file is missing something; ``str()`` names it."""


@dataclass(frozen=True)
class Experiment:
    title: str
    how: str


@dataclass(frozen=True)
class Tendency:
    region: Region
    name: str           # e.g. "fearful-avoidant (often called disorganized)"
    axes: str           # e.g. "higher anxiety, higher avoidance"
    summary: str
    body: str
    conflict: str
    helps: tuple[str, ...]
    experiments: tuple[Experiment, ...]
    first_actions: tuple[str, ...]


@dataclass(frozen=True)
class PathStep:
    step: int
    first_day: int
    last_day: int
    about: str
    fit: dict[str, str]

    def fitted(self, region: Region) -> str:
        return self.fit[region.value]


@dataclass(frozen=True)
class TendencyContent:
    tendencies: dict[Region, Tendency]
    path: tuple[PathStep, ...]
    notes: dict[str, str]
    lean_templates: dict[str, str]
    safety_note: str

    def lean_sentence(self, lean: Lean) -> str:
        name = self.tendencies[lean.region].name
        return self.lean_templates[lean.strength.value].format(region=name)

    def note(self, key: str) -> str:
        return self.notes[key].format(points=f"{RELIABLE_CHANGE:.1f}")


def _need(table: dict, key: str, where: str, kind: type = str):
    value = table.get(key)
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise ContentError(f"The content file's {where} has no usable '{key}'.")
    return value


def _strings(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = _need(table, key, where, list)
    if not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ContentError(f"The content file's {where} has no usable '{key}'.")
    return tuple(value)


def parse_tendencies(text: str) -> TendencyContent:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"The tendencies content is not valid TOML ({exc}).") from None
    regions = _need(data, "regions", "top level", dict)
    tendencies: dict[Region, Tendency] = {}
    for region in Region:
        where = f"region '{region.value}'"
        t = _need(regions, region.value, "regions table", dict)
        experiments = []
        for e in _need(t, "experiments", where, list):
            if not isinstance(e, dict):
                raise ContentError(f"The content file's {where} has an experiment that is not a table.")
            experiments.append(Experiment(_need(e, "title", where), _need(e, "how", where)))
        actions = _strings(t, "first_actions", where)
        if len(actions) != 3:
            raise ContentError(f"The content file's {where} needs exactly three first actions.")
        tendencies[region] = Tendency(
            region, _need(t, "name", where), _need(t, "axes", where), _need(t, "summary", where),
            _need(t, "body", where), _need(t, "conflict", where), _strings(t, "helps", where),
            tuple(experiments), actions)
    steps = []
    raw_steps = _need(data, "path", "top level", list)
    if [s.get("step") for s in raw_steps] != [s.number for s in STEPS]:
        raise ContentError("The content file's path must list steps 1 to 6 in order.")
    for s, known in zip(raw_steps, STEPS, strict=True):
        where = f"path step {known.number}"
        fit = _need(s, "fit", where, dict)
        for region in Region:
            _need(fit, region.value, f"{where} fit")
        steps.append(PathStep(known.number, known.first_day, known.last_day,
                              _need(s, "about", where), dict(fit)))
    notes = _need(data, "notes", "top level", dict)
    for key in ("starting_point", "own_items", "wobble", "retake", "band"):
        _need(notes, key, "notes")
    lean = _need(data, "lean", "top level", dict)
    for key in ("slight", "clear", "strong"):
        _need(lean, key, "lean")
    safety = _need(data, "safety", "top level", dict)
    return TendencyContent(tendencies, tuple(steps), dict(notes), dict(lean),
                           _need(safety, "note", "safety"))


def load_tendencies(path: Path) -> TendencyContent:
    return parse_tendencies(Path(path).read_text(encoding="utf-8"))
