"""The demo vault's content, generated from a seed. Pure Python: no storage, no Qt.

One invented person walks the fifty-day path from ``start`` to today and keeps going
afterwards. Every stream (trigger moments, experiments, narrative, practice,
assessments) has its own random generator derived from the seed, so the same seed,
day count and "now" always give the same rows. Rows are plain dicts keyed by the
vault's column names, with ids assigned here so entries can link to each other.

How the numbers move: ``alarm(day)`` is how loudly the old alarm rings, 1.0 on
day 1, about 0.55 by day 50 and slowly toward 0.35 after that, with a few rough
patches a year (progress is never a straight line). Intensities follow it, with a
weekly rhythm (Sunday evenings are harder), evening peaks and noise; regulation is
used more often as the path goes on, and then lowers the intensity afterwards.
"""

from __future__ import annotations

import json
import math
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from securebase.domain.instrument import Instrument
from securebase.domain.narrative import word_count
from securebase.services import demo_phrases as ph
from securebase.services import demo_takes as takes

LEANINGS = ("anxious", "avoidant", "fearful")
URGE_WEIGHTS = {"anxious": {"reach-out": 7, "withdraw": 1, "freeze": 1, "other": 1},
                "avoidant": {"reach-out": 1, "withdraw": 7, "freeze": 1, "other": 1},
                "fearful": {"reach-out": 4, "withdraw": 3, "freeze": 2, "other": 1}}
#: What each kind of moment tends to pull toward, on top of the person's leaning.
URGE_BY_CATEGORY = {"closeness": {"withdraw": 4, "freeze": 2, "reach-out": 0.3},
                    "conflict": {"withdraw": 2, "freeze": 1.5},
                    "criticism": {"freeze": 2, "withdraw": 1.5},
                    "slow-reply": {"reach-out": 2}, "separation": {"reach-out": 2},
                    "ignored": {"reach-out": 1.5, "withdraw": 1.5}}
CATEGORY_BOOST = {"anxious": ("slow-reply", "separation", "ignored"),
                  "avoidant": ("closeness", "conflict", "criticism"),
                  "fearful": ("conflict", "closeness", "slow-reply")}
FIRST_SCORES = {"anxious": (5.4, 3.1), "avoidant": (3.0, 5.3), "fearful": (5.2, 5.0)}
#: Hours of the day (24 and 25 are after midnight) and how often moments happen then.
HOUR_WEIGHTS = {7: 2, 8: 2, 9: 1.5, 10: 1, 11: 1, 12: 1.5, 13: 1.2, 14: 1, 15: 1, 16: 1,
                17: 2, 18: 3.5, 19: 4, 20: 4.5, 21: 4.5, 22: 4, 23: 2.5, 24: 1.2, 25: 0.5}
WEEKDAY_BUMP = (0.0, -0.2, -0.3, 0.1, 0.4, 0.3, 0.8)  # Monday .. Sunday
COUNT_WEIGHTS = {2: 1, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3, 8: 2}
REGULATION = ("breathing", "body-scan", "self-soothing", "pause")


@dataclass(frozen=True)
class Persona:
    leaning: str
    names: Mapping[str, str]
    first_scores: tuple[float, float]
    facet_bias: Mapping[str, float]


@dataclass
class DemoContent:
    start: date
    today: date
    persona: Persona
    triggers: list[dict] = field(default_factory=list)
    experiments: list[dict] = field(default_factory=list)
    narrative: list[dict] = field(default_factory=list)
    practice: list[dict] = field(default_factory=list)
    takes: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)
    finish_at: dict[int, datetime] = field(default_factory=dict)  # take id -> completion


@dataclass(frozen=True)
class FirstIds:
    """The first free id of each table (1 in a new vault)."""

    trigger: int = 1
    experiment: int = 1
    narrative: int = 1
    practice: int = 1
    take: int = 1


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, int(round(value))))


def _pick(rng: random.Random, weights: Mapping) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _offset(moment: datetime) -> int:
    off = moment.utcoffset()
    return int(off.total_seconds() // 60) if off else 0


def make_persona(seed: int | str) -> Persona:
    rng = random.Random(f"{seed}:persona")
    leaning = rng.choices(LEANINGS, weights=(5, 3, 2))[0]
    names = {"partner": rng.choice(ph.PARTNERS), "friend": rng.choice(ph.FRIENDS),
             "sister": rng.choice(ph.SISTERS), "colleague": rng.choice(ph.COLLEAGUES)}
    bias: dict[str, float] = {}
    for facets in (("abandonment", "reassurance", "mood_sensitivity"),
                   ("closeness", "dependence", "sharing")):
        raw = [rng.uniform(-0.5, 0.5) for _ in facets]
        centre = sum(raw) / len(raw)  # facets differ; the dimension's mean stays put
        bias.update({f: round(r - centre, 2) for f, r in zip(facets, raw, strict=True)})
    return Persona(leaning, names, FIRST_SCORES[leaning], bias)


class _Day:
    """Local time helpers for one calendar day of the demo."""

    def __init__(self, generator: DemoGenerator, number: int) -> None:
        self.number = number  # path day, 1-based
        self.date = generator.start + timedelta(days=number - 1)
        self.tz = generator.tz

    def at(self, hour: float) -> datetime:
        """The local time ``hour`` hours after this day's midnight, to the minute."""
        base = datetime.combine(self.date, time(0), tzinfo=self.tz)
        return base + timedelta(minutes=round(hour * 60))


class DemoGenerator:
    def __init__(self, days: int, seed: int | str, now: datetime, *,
                 ideas: Mapping[str, str], instrument: Instrument | None,
                 first_ids: FirstIds = FirstIds(), day_end_hour: int = 4) -> None:
        if now.tzinfo is None:
            raise ValueError("now must be an aware datetime")
        self.days = days
        self.seed = seed
        self.now = now
        self.tz = now.tzinfo
        local_now = now - timedelta(hours=day_end_hour)
        self.today = local_now.date()
        self.start = self.today - timedelta(days=days - 1)
        self.persona = make_persona(seed)
        self.ideas = {k: v for k, v in ideas.items() if k in ph.EXPERIMENTS}
        self.instrument = instrument
        self.ids = first_ids
        self.patches = self._rough_patches(random.Random(f"{seed}:patches"))
        self.content = DemoContent(self.start, self.today, self.persona)

    # ------------------------------------------------------------------ shape of progress
    def _rough_patches(self, rng: random.Random) -> list[tuple[int, int, float]]:
        patches = [(rng.randint(13, 20), rng.randint(3, 6), 0.12)]  # a wobble on the path
        day = 60
        while day < self.days:
            day += rng.randint(70, 160)
            patches.append((day, rng.randint(5, 12), rng.uniform(0.1, 0.22)))
        return patches

    def alarm(self, day: int) -> float:
        """How strongly the old alarm rings on path day ``day`` (about 1.0 to 0.35)."""
        if day <= 50:
            level = 1.0 - 0.45 * (day - 1) / 49
        else:
            level = 0.35 + 0.20 * math.exp(-(day - 50) / 700)
        for first, length, bump in self.patches:
            if first <= day < first + length:
                level += bump
        return level

    def progress(self, day: int) -> float:
        """0 on day 1, about 0.7 by day 50, toward 1 over the years."""
        return max(0.0, min(1.0, (1.0 - self.alarm(day)) / 0.65))

    def names(self, text: str) -> str:
        return text.format(**self.persona.names)

    def _who(self, template: str) -> str:
        for role in ("partner", "friend", "sister", "colleague"):
            if "{" + role + "}" in template:
                return self.persona.names[role]
        return ""

    def _logged(self, moment: datetime) -> bool:
        return moment <= self.now

    # ------------------------------------------------------------------ the whole span
    def generate(self) -> DemoContent:
        self._triggers()
        self._experiments()
        self._narrative()
        self._practice()
        self._assessments()
        return self.content

    # ------------------------------------------------------------------ trigger moments
    def _triggers(self) -> None:
        rng = random.Random(f"{self.seed}:triggers")
        categories = dict(ph.CATEGORY_WEIGHTS)
        for key in CATEGORY_BOOST[self.persona.leaning]:
            categories[key] *= 2
        urges = URGE_WEIGHTS[self.persona.leaning]
        next_id = self.ids.trigger
        for number in range(1, self.days + 1):
            day = _Day(self, number)
            count = int(_pick(rng, COUNT_WEIGHTS))
            if day.date.weekday() == 6 and rng.random() < 0.3:
                count += 1
            times = sorted(day.at(_pick(rng, HOUR_WEIGHTS) + rng.randint(0, 59) / 60)
                           for _ in range(count))
            for occurred in times:
                row = self._moment(rng, day, occurred, categories, urges)
                if row is None:
                    continue
                row["id"] = next_id
                next_id += 1
                self.content.triggers.append(row)

    def _moment(self, rng: random.Random, day: _Day, occurred: datetime,
                categories: dict, urges: dict) -> dict | None:
        created = occurred + timedelta(minutes=rng.randint(1, 40))
        if not self._logged(created):
            return None
        level, progress = self.alarm(day.number), self.progress(day.number)
        hour = occurred.hour + (24 if occurred.date() > day.date else 0)
        evening = 0.5 if hour >= 21 else 0.0
        intensity = _clamp(1.5 + 5.5 * level + WEEKDAY_BUMP[day.date.weekday()] + evening
                           + rng.gauss(0, 1.3), 0, 10)
        category = _pick(rng, categories)
        lean = URGE_BY_CATEGORY.get(category, {})
        urge = _pick(rng, {u: w * lean.get(u, 1.0) for u, w in urges.items()})
        row = dict(uid=_uid(rng), occurred_at=occurred, tz_offset_min=_offset(occurred),
                   created_at=created, updated_at=created, deleted_at=None,
                   intensity=intensity, intensity_after=None, situation="", body="",
                   thoughts="", urge=None, who="", category=category, emotions=(),
                   sensations=(), regions=(), what_i_did="", regulation=(), tags=())
        if rng.random() < 0.04:  # a quick capture: intensity and category only
            return row
        template = rng.choice(ph.SITUATIONS[category])
        thoughts = rng.choice(ph.THOUGHTS[urge])
        if rng.random() < 0.15 + 0.6 * progress:
            thoughts += "\n" + rng.choice(ph.BALANCED_THOUGHTS[urge])
        did = ph.WHAT_I_DID[urge]
        did_index = min(len(did) - 1, int(rng.triangular(0, len(did), progress * len(did))))
        regulated = rng.random() < 0.15 + 0.65 * progress
        regulation = tuple(rng.sample(REGULATION, rng.randint(1, 2))) if regulated else ()
        if rng.random() < 0.4 + 0.4 * progress:
            drop = rng.gauss(2.6, 1.0) if regulated else rng.gauss(0.9, 1.0)
            row["intensity_after"] = _clamp(intensity - drop, 0, intensity)
            later = created + timedelta(minutes=rng.randint(0, 150))
            row["updated_at"] = later if self._logged(later) else created
        emotions = rng.sample(ph.EMOTIONS_BY_URGE[urge], rng.randint(1, 3))
        tags = []
        if hour >= 18:
            tags.append("evening")
        if day.date.weekday() >= 5:
            tags.append("weekend")
        if category == "slow-reply":
            tags.append("phone")
        if "{colleague}" in template:
            tags.append("work")
        if rng.random() < 0.2:
            tags.append(rng.choice(ph.TAGS))
        row.update(
            situation=self.names(template), thoughts=self.names(thoughts),
            body=rng.choice(ph.BODY) if rng.random() < 0.6 else "",
            urge=urge, who=self._who(template) or (self.persona.names["partner"]
                                                  if rng.random() < 0.3 else ""),
            emotions=tuple(emotions),
            sensations=tuple(rng.sample(ph.SENSATIONS_BY_URGE[urge], rng.randint(1, 3))),
            regions=tuple(rng.sample(ph.REGIONS_BY_URGE[urge], rng.randint(1, 2))),
            what_i_did=self.names(did[did_index]), regulation=regulation,
            tags=tuple(dict.fromkeys(tags)))
        return row

    # ------------------------------------------------------------------ experiments
    def _experiments(self) -> None:
        rng = random.Random(f"{self.seed}:experiments")
        fits = {"anxious": ("anxious", "either"), "avoidant": ("avoidant", "either"),
                "fearful": ("anxious", "avoidant", "either")}[self.persona.leaning]
        keys = sorted(k for k, leaning in self.ideas.items() if leaning in fits)
        if not keys:
            return
        by_day: dict[date, list[dict]] = {}
        for t in self.content.triggers:
            by_day.setdefault(t["occurred_at"].date(), []).append(t)
        next_id = self.ids.experiment
        for number in range(11, self.days + 1):
            chance = 0.55 if number <= 50 else 0.18
            if rng.random() >= chance:
                continue
            day = _Day(self, number)
            planned = day.at(rng.uniform(10, 20.5))
            created = planned - timedelta(minutes=rng.randint(30, 180))
            if not self._logged(created):
                continue
            key = rng.choice(keys)
            texts = ph.EXPERIMENTS[key]
            anxiety = _clamp(2 + 6 * self.alarm(number) + rng.gauss(0, 1.2), 0, 10)
            belief = _clamp(rng.uniform(55, 90) * (0.6 + 0.4 * self.alarm(number)), 0, 100)
            row = dict(id=next_id, uid=_uid(rng), planned_for=planned,
                       tz_offset_min=_offset(planned), created_at=created, updated_at=created,
                       deleted_at=None, idea_key=key, plan=self.names(rng.choice(texts["plan"])),
                       prediction=self.names(rng.choice(texts["prediction"])),
                       belief_before=belief, status="planned", outcome="", feelings_after="",
                       anxiety_before=anxiety, anxiety_after=None, belief_after=None,
                       trigger_id=None, tags=())
            same_day = by_day.get(day.date, [])
            if same_day and rng.random() < 0.35:
                row["trigger_id"] = rng.choice(same_day)["id"]
            done_at = planned + timedelta(minutes=rng.randint(30, 240))
            if self._logged(done_at):
                outcome = rng.random()
                if outcome < 0.8:
                    row.update(status="done", outcome=self.names(rng.choice(texts["outcome"])),
                               feelings_after=self.names(rng.choice(ph.FEELINGS_AFTER)),
                               anxiety_after=_clamp(anxiety - rng.uniform(1, 4), 0, 10),
                               belief_after=_clamp(belief - rng.uniform(15, 45), 0, 100),
                               updated_at=done_at)
                elif outcome < 0.93:
                    row.update(status="skipped", outcome=rng.choice(ph.SKIPPED_NOTES),
                               updated_at=done_at)
            next_id += 1
            self.content.experiments.append(row)

    # ------------------------------------------------------------------ narrative
    def _narrative_days(self, rng: random.Random) -> list[int]:
        days = [d for d in (4, 9, 15, 21) if d <= self.days]
        days += [d for d in range(26, min(35, self.days) + 1) if rng.random() < 0.85]
        day = 36
        while day <= self.days:
            days.append(day)
            day += rng.randint(8, 20) if day < 400 else rng.randint(25, 50)
        return days

    def _narrative(self) -> None:
        rng = random.Random(f"{self.seed}:narrative")
        paragraphs = [(heading, self.names(p)) for heading, texts in ph.NARRATIVE
                      for p in texts]
        shown = 0
        revised: dict[int, str] = {}
        next_id = self.ids.narrative
        for number in self._narrative_days(rng):
            saved = _Day(self, number).at(rng.uniform(19.5, 22.5))
            if not self._logged(saved):
                continue
            if shown < len(paragraphs):
                shown += 1 if number < 26 else rng.randint(1, 3)
                shown = min(shown, len(paragraphs))
            else:
                index = rng.randrange(len(paragraphs))
                revised[index] = rng.choice(ph.NARRATIVE_REVISIONS)
            text = self._narrative_text(paragraphs[:shown], revised)
            self.content.narrative.append(dict(
                id=next_id, uid=_uid(rng), saved_at=saved, tz_offset_min=_offset(saved),
                deleted_at=None, text=text, word_count=word_count(text),
                note=rng.choice(ph.NARRATIVE_NOTES)))
            next_id += 1

    @staticmethod
    def _narrative_text(paragraphs: list[tuple[str, str]], revised: Mapping[int, str]) -> str:
        parts: list[str] = []
        heading = None
        for index, (title, text) in enumerate(paragraphs):
            if title != heading:
                parts.append(f"## {title}")
                heading = title
            parts.append(f"{text} {revised[index]}" if index in revised else text)
        return "\n\n".join(parts) + "\n"

    # ------------------------------------------------------------------ practice
    def _practice(self) -> None:
        rng = random.Random(f"{self.seed}:practice")
        next_id = self.ids.practice
        rows: list[dict] = []
        for number in range(1, self.days + 1):
            day = _Day(self, number)
            scan = 0.35 if number < 18 else 0.9 if number <= 25 else 0.55 if number <= 50 else 0.45
            breathe = 0.25 if number < 18 else 0.6 if number <= 25 else 0.3
            if rng.random() < scan:
                minutes = rng.choices((3, 5, 10, 20), weights=(1, 2, 8, 1))[0]
                rows.append(self._session(rng, day, "bodyscan", minutes * 60,
                                          {"minutes": minutes, "skipped": []}))
            if rng.random() < breathe:
                minutes = rng.choice((3, 5, 5, 10))
                rows.append(self._session(rng, day, "breathing", minutes * 60,
                                          {"breaths_per_minute": 6.0, "exhale_ratio": 1.5}))
        for t in self.content.triggers:
            if t["urge"] == "reach-out" and t["category"] in ("slow-reply", "separation") \
                    and rng.random() < 0.1:
                rows.append(self._corrective(rng, t, "pause"))
            elif t["urge"] == "withdraw" and t["category"] in ("conflict", "closeness") \
                    and rng.random() < 0.12:
                rows.append(self._corrective(rng, t, "stay"))
        rows = [r for r in rows if r is not None]
        rows.sort(key=lambda r: r["started_at"])
        for row in rows:
            row["id"] = next_id
            next_id += 1
        self.content.practice = rows

    def _calm(self, rng: random.Random, day_number: int) -> tuple[int, int]:
        before = _clamp(7.5 - 4 * self.alarm(day_number) + rng.gauss(0, 1.2), 0, 10)
        return before, _clamp(before + rng.gauss(2.0, 1.0), before, 10)

    def _session(self, rng, day: _Day, kind: str, planned: int, details: dict) -> dict | None:
        started = day.at(rng.choice((7.2, 7.8, 12.5, 21.3, 22.0)) + rng.uniform(0, 0.6))
        finished = rng.random() < 0.88
        completed = planned if finished else int(planned * rng.uniform(0.3, 0.9))
        ended = started + timedelta(seconds=completed + 60)
        if not self._logged(ended):
            return None
        before, after = self._calm(rng, day.number)
        return dict(uid=_uid(rng), kind=kind, started_at=started, tz_offset_min=_offset(started),
                    created_at=ended, updated_at=ended, planned_seconds=planned,
                    completed_seconds=completed, finished=finished, calm_before=before,
                    calm_after=after, urge_before=None, urge_after=None, choice=None, felt="",
                    note=rng.choice(ph.PRACTICE_NOTES) if kind == "bodyscan" else "",
                    trigger_id=None, experiment_id=None, details=json.dumps(details,
                                                                             sort_keys=True))

    def _corrective(self, rng, trigger: dict, kind: str) -> dict | None:
        started = trigger["created_at"] + timedelta(minutes=rng.randint(1, 8))
        planned = 300 if kind == "pause" else 60
        ended = started + timedelta(seconds=planned + 30)
        if not self._logged(ended):
            return None
        urge = _clamp(trigger["intensity"] + rng.gauss(0, 1), 0, 10)
        after = _clamp(urge - rng.uniform(1, 4), 0, urge)
        return dict(uid=_uid(rng), kind=kind, started_at=started,
                    tz_offset_min=_offset(started), created_at=ended, updated_at=ended,
                    planned_seconds=planned, completed_seconds=planned, finished=True,
                    calm_before=None, calm_after=None, urge_before=urge, urge_after=after,
                    choice=(rng.choice(("wait", "wait", "reach-out-now"))
                            if kind == "pause" else None),
                    felt=rng.choice(ph.STAY_FELT) if kind == "stay" else "", note="",
                    trigger_id=trigger["id"], experiment_id=None, details="{}")

    # ------------------------------------------------------------------ assessments
    def take_days(self) -> list[int]:
        return takes.take_days(self.days, self.seed)

    def target_scores(self, day: int) -> tuple[float, float]:
        return takes.target_scores(self.persona.first_scores, day)

    def _assessments(self) -> None:
        if self.instrument is None:
            return
        rng = random.Random(f"{self.seed}:assessments")
        inst = self.instrument
        take_id = self.ids.take
        seconds = len(inst.items) * 9
        for number in self.take_days():
            started = _Day(self, number).at(rng.uniform(10, 21))
            if not self._logged(started + timedelta(seconds=seconds + 120)):
                continue
            given = takes.answers(inst, self.target_scores(number), self.persona.facet_bias, rng)
            self.content.answers += [
                dict(take_id=take_id, item_id=item_id, value=value,
                     answered_at=started + timedelta(seconds=9 * (n + 1)))
                for n, (item_id, value) in enumerate(given)]
            self.content.takes.append(dict(
                id=take_id, uid=_uid(rng), instrument_id=inst.id,
                instrument_version=inst.version, started_at=started,
                updated_at=started + timedelta(seconds=seconds), completed_at=None,
                anxiety=None, avoidance=None, facets="{}"))
            self.content.finish_at[take_id] = started + timedelta(
                seconds=seconds + rng.randint(20, 90))
            take_id += 1


def generate(days: int, seed: int | str, now: datetime, *, ideas: Mapping[str, str],
             instrument: Instrument | None, first_ids: FirstIds = FirstIds()) -> DemoContent:
    """Everything a demo vault holds for ``days`` days up to ``now``."""
    if days < 1:
        raise ValueError("a demo needs at least one day")
    return DemoGenerator(days, seed, now, ideas=ideas, instrument=instrument,
                         first_ids=first_ids).generate()
