"""Checking every record of an import before anything is written.

Each kind has a table of fields: how to check and convert each value, and which
fields may be left out (with the value they then take). A field the format does
not know is refused (it would otherwise be silently lost), and so is a value of
the wrong type or out of range. After the fields, the same rules the app applies
when it saves an entry are applied (``domain`` validators), so an import cannot
bring in anything the app itself could not have saved.

Every problem becomes ``Bad(clause)``; the importer names where it was found.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from securebase.domain.entries import (
    MAX_LIST_ITEMS,
    MAX_TEXT_BYTES,
    EntryError,
    TriggerMoment,
    Urge,
    check_labels,
    validate_trigger,
)
from securebase.domain.experiments import Experiment, ExperimentStatus, validate_experiment
from securebase.domain.narrative import validate_narrative
from securebase.domain.practice import (
    MAX_SESSION_SECONDS,
    PracticeKind,
    PracticeSession,
    ReachOutChoice,
    validate_practice,
)
from securebase.services.transfer_format import FIRST_YEAR, LAST_YEAR, lower_first

MAX_JSON_DEPTH = 8  # inside a setting or a session's details
MAX_JSON_BYTES = MAX_TEXT_BYTES
MAX_ANSWERS = 1000
MAX_WORDS = 10_000_000
_UID = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,35}")


class Bad(ValueError):
    """One problem; ``str()`` is a clause that follows the thing it is about, such as
    'has a bad “intensity”: it must be a whole number from 0 to 10'."""


Check = Callable[[Any], Any]


# ---------------------------------------------------------------------- value checks
def whole(low: int, high: int, *, null: bool = False) -> Check:
    def check(value: Any) -> int | None:
        if value is None and null:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise Bad(f"must be a whole number from {low} to {high}"
                       + (" (or null)" if null else ""))
        return value
    return check


def score(*, null: bool = True) -> Check:
    def check(value: Any) -> float | None:
        if value is None and null:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value) or not 1.0 <= value <= 7.0:
            raise Bad("must be a number from 1 to 7" + (" (or null)" if null else ""))
        return float(value)
    return check


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Bad("must be true or false")
    return value


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise Bad("must be text")
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        raise Bad("contains broken characters (invalid Unicode)") from None
    if size > MAX_TEXT_BYTES:
        raise Bad("is longer than 1 MB, more than an entry can hold")
    if "\x00" in value:
        raise Bad("contains a null character")
    return value


def optional_text(value: Any) -> str | None:
    return None if value is None else text(value)


def short(max_chars: int, *, null: bool = False) -> Check:
    """One line of at most ``max_chars`` characters, not blank (ids, keys, versions)."""
    def check(value: Any) -> str | None:
        if value is None and null:
            return None
        if not isinstance(value, str) or not value.strip() or len(value) > max_chars \
                or any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in value):
            raise Bad(f"must be one line of 1 to {max_chars} characters")
        return value
    return check


def labels(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Bad("must be a list of words")
    if len(value) > MAX_LIST_ITEMS:
        raise Bad(f"has more than {MAX_LIST_ITEMS} items")
    try:
        check_labels(tuple(value), "Each item")
    except EntryError as exc:
        raise Bad(f"is not usable: {lower_first(str(exc))}") from None
    return list(value)


def uid(value: Any) -> str:
    if not isinstance(value, str) or not _UID.fullmatch(value):
        raise Bad("must be an id of up to 36 letters, digits and dashes")
    return value


def optional_uid(value: Any) -> str | None:
    return None if value is None else uid(value)


def moment(value: Any) -> datetime:
    """An ISO-8601 time with its offset from UTC, e.g. 2026-01-05T21:30:00+01:00."""
    if not isinstance(value, str) or len(value) > 40:
        raise Bad("must be a time such as 2026-01-05T21:30:00+01:00")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise Bad("must be a time such as 2026-01-05T21:30:00+01:00") from None
    offset = when.utcoffset()
    if offset is None:
        raise Bad("needs its offset from UTC, such as +01:00 or Z")
    if offset % timedelta(minutes=1):
        raise Bad("has an offset from UTC that is not a whole number of minutes")
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise Bad(f"must lie between the years {FIRST_YEAR} and {LAST_YEAR}")
    return when


def optional_moment(value: Any) -> datetime | None:
    return None if value is None else moment(value)


def choice(options: tuple[str, ...], *, null: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if value is None and null:
            return None
        if value not in options or not isinstance(value, str):
            listed = ", ".join(options)
            raise Bad(f"must be one of: {listed}" + (" (or null)" if null else ""))
        return value
    return check


def plain_json(value: Any, *, what: str = "value") -> Any:
    """Any JSON value of reasonable size and depth, with text that is valid Unicode."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise Bad(f"nests more than {MAX_JSON_DEPTH} levels deep")
        if isinstance(item, dict):
            stack += [(v, depth + 1) for v in item.values()]
        elif isinstance(item, list):
            stack += [(v, depth + 1) for v in item]
        elif isinstance(item, float) and not math.isfinite(item):
            raise Bad("holds a number that is not finite")
    try:
        size = len(json.dumps(value, ensure_ascii=False).encode("utf-8"))
    except UnicodeEncodeError:
        raise Bad("contains broken characters") from None
    if size > MAX_JSON_BYTES:
        raise Bad(f"is a {what} larger than 1 MB")
    return value


def json_object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Bad("must be an object")
    return plain_json(value)


# ---------------------------------------------------------------------- records
class Field:
    """One field: its check and, if it may be left out, its default (a callable of
    the record checked so far, or a plain value)."""

    REQUIRED = object()

    def __init__(self, check: Check, default: Any = REQUIRED) -> None:
        self.check = check
        self.default = default


def _fields(record: Any, table: dict[str, Field]) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise Bad("is not an object with named fields")
    unknown = [key for key in record if key not in table]
    if unknown:
        raise Bad(f"has a field this version does not know (“{unknown[0][:40]}”)")
    out: dict[str, Any] = {}
    for name, spec in table.items():
        if name in record:
            try:
                out[name] = spec.check(record[name])
            except Bad as exc:
                raise Bad(f"has a bad “{name}”: it {exc}") from None
        elif spec.default is Field.REQUIRED:
            raise Bad(f"has no “{name}”")
        else:
            out[name] = spec.default(out) if callable(spec.default) else spec.default
    return out


def _same_as(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda done: done[name]


def _entry_rules(fn: Callable[[], None]) -> None:
    try:
        fn()
    except EntryError as exc:
        raise Bad(f"cannot be saved as it is: {lower_first(str(exc))}") from None


_TEXT = Field(text, "")
_LABELS = Field(labels, [])

TRIGGER = {
    "uid": Field(uid), "occurred_at": Field(moment),
    "created_at": Field(moment, _same_as("occurred_at")),
    "updated_at": Field(moment, _same_as("created_at")),
    "intensity": Field(whole(0, 10)), "intensity_after": Field(whole(0, 10, null=True), None),
    "situation": _TEXT, "who": _TEXT, "category": _TEXT, "emotions": _LABELS,
    "sensations": _LABELS, "regions": _LABELS, "body": _TEXT, "thoughts": _TEXT,
    "urge": Field(choice(tuple(u.value for u in Urge), null=True), None),
    "what_i_did": _TEXT, "regulation": _LABELS, "tags": _LABELS,
}


def trigger(record: Any) -> dict[str, Any]:
    r = _fields(record, TRIGGER)
    _entry_rules(lambda: validate_trigger(TriggerMoment(
        intensity=r["intensity"], intensity_after=r["intensity_after"],
        occurred_at=r["occurred_at"], situation=r["situation"], body=r["body"],
        thoughts=r["thoughts"], urge=Urge(r["urge"]) if r["urge"] else None, who=r["who"],
        category=r["category"], emotions=tuple(r["emotions"]),
        sensations=tuple(r["sensations"]), regions=tuple(r["regions"]),
        what_i_did=r["what_i_did"], regulation=tuple(r["regulation"]), tags=tuple(r["tags"]))))
    return r


CATEGORY = {"label": Field(short(200)), "created_at": Field(moment)}


def category(record: Any) -> dict[str, Any]:
    r = _fields(record, CATEGORY)
    _entry_rules(lambda: check_labels((r["label"],), "The category"))
    return r


EXPERIMENT = {
    "uid": Field(uid), "planned_for": Field(moment),
    "created_at": Field(moment, _same_as("planned_for")),
    "updated_at": Field(moment, _same_as("created_at")),
    "idea_key": Field(optional_text, None), "plan": Field(text),
    "prediction": _TEXT, "belief_before": Field(whole(0, 100, null=True), None),
    "status": Field(choice(tuple(s.value for s in ExperimentStatus)), "planned"),
    "outcome": _TEXT, "feelings_after": _TEXT,
    "anxiety_before": Field(whole(0, 10, null=True), None),
    "anxiety_after": Field(whole(0, 10, null=True), None),
    "belief_after": Field(whole(0, 100, null=True), None),
    "trigger_uid": Field(optional_uid, None), "tags": _LABELS,
}


def experiment(record: Any) -> dict[str, Any]:
    r = _fields(record, EXPERIMENT)
    _entry_rules(lambda: validate_experiment(Experiment(
        plan=r["plan"], planned_for=r["planned_for"], idea_key=r["idea_key"],
        prediction=r["prediction"], belief_before=r["belief_before"],
        status=ExperimentStatus(r["status"]), outcome=r["outcome"],
        feelings_after=r["feelings_after"], anxiety_before=r["anxiety_before"],
        anxiety_after=r["anxiety_after"], belief_after=r["belief_after"],
        tags=tuple(r["tags"]))))
    return r


NARRATIVE = {
    "uid": Field(uid), "saved_at": Field(moment), "text": Field(text),
    "word_count": Field(whole(0, MAX_WORDS)), "note": _TEXT,
}


def narrative(record: Any) -> dict[str, Any]:
    r = _fields(record, NARRATIVE)
    _entry_rules(lambda: validate_narrative(r["text"], r["note"]))
    return r


def _rating() -> Field:
    return Field(whole(0, 10, null=True), None)


PRACTICE = {
    "uid": Field(uid), "kind": Field(choice(tuple(k.value for k in PracticeKind))),
    "started_at": Field(moment), "created_at": Field(moment, _same_as("started_at")),
    "updated_at": Field(moment, _same_as("created_at")),
    "planned_seconds": Field(whole(1, MAX_SESSION_SECONDS)),
    "completed_seconds": Field(whole(0, MAX_SESSION_SECONDS)),
    "finished": Field(flag, False), "calm_before": _rating(), "calm_after": _rating(),
    "urge_before": _rating(), "urge_after": _rating(),
    "choice": Field(choice(tuple(c.value for c in ReachOutChoice), null=True), None),
    "felt": _TEXT, "note": _TEXT, "trigger_uid": Field(optional_uid, None),
    "experiment_uid": Field(optional_uid, None), "details": Field(json_object, {}),
}


def practice(record: Any) -> dict[str, Any]:
    r = _fields(record, PRACTICE)
    _entry_rules(lambda: validate_practice(PracticeSession(
        kind=PracticeKind(r["kind"]), started_at=r["started_at"],
        planned_seconds=r["planned_seconds"], completed_seconds=r["completed_seconds"],
        finished=r["finished"], calm_before=r["calm_before"], calm_after=r["calm_after"],
        urge_before=r["urge_before"], urge_after=r["urge_after"],
        choice=ReachOutChoice(r["choice"]) if r["choice"] else None, felt=r["felt"],
        note=r["note"], details=r["details"])))
    return r


ANSWER = {"item_id": Field(short(64)), "value": Field(whole(1, 7, null=True)),
          "answered_at": Field(moment)}


def _answers(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise Bad("must be a list")
    if len(value) > MAX_ANSWERS:
        raise Bad(f"has more than {MAX_ANSWERS} answers")
    out, seen = [], set()
    for n, answer in enumerate(value, 1):
        try:
            checked = _fields(answer, ANSWER)
        except Bad as exc:
            raise Bad(f"has a problem in answer {n}: it {exc}") from None
        if checked["item_id"] in seen:
            raise Bad(f"answers the item “{checked['item_id'][:40]}” twice")
        seen.add(checked["item_id"])
        out.append(checked)
    return sorted(out, key=lambda a: a["item_id"])


def _facets(value: Any) -> dict[str, float]:
    problem = "must map facet names to scores from 1 to 7"
    if not isinstance(value, dict) or len(value) > MAX_ANSWERS:
        raise Bad(problem)
    check = score(null=False)
    try:
        return {short(64)(key): check(number) for key, number in value.items()}
    except Bad:
        raise Bad(problem) from None


TAKE = {
    "uid": Field(uid), "instrument_id": Field(short(64)),
    "instrument_version": Field(short(32)), "started_at": Field(moment),
    "updated_at": Field(moment, _same_as("started_at")),
    "completed_at": Field(optional_moment, None), "anxiety": Field(score(), None),
    "avoidance": Field(score(), None), "facets": Field(_facets, {}),
    "answers": Field(_answers, []),
}


def take(record: Any) -> dict[str, Any]:
    r = _fields(record, TAKE)
    if r["completed_at"] is not None and (r["anxiety"] is None or r["avoidance"] is None):
        raise Bad("is completed but has no anxiety or avoidance score")
    return r


def setting(key: Any, value: Any) -> tuple[str, Any]:
    short(64)(key)
    return key, plain_json(value, what="setting")


CHECKS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "trigger_moments": trigger, "trigger_categories": category, "experiments": experiment,
    "narrative_versions": narrative, "practice_sessions": practice, "assessment_takes": take,
}

__all__ = ["CHECKS", "setting", "plain_json", "moment", "Bad"]
