"""Bulk reading and writing of the vault's content, for export and import.

Content travels as plain records (dicts keyed by the export format's field names,
with aware datetimes, lists and dicts), so the services above never touch rows
or SQL. Links between entries travel as uids (``trigger_uid``,
``experiment_uid``), never as database ids, which differ from vault to vault.

What is left out, on purpose:
- entries deleted in the app (kept 30 days for undo; they are not part of the
  journal any more), and links that point at them;
- drafts of unsaved work;
- settings that describe this computer rather than the journal (``LOCAL_SETTINGS``).

``write_content`` writes everything in one transaction and skips what the vault already
holds: entries by uid, categories by label (ignoring case), settings by key.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from securebase.storage.engine import connect_raw
from securebase.storage.errors import ImportRejected
from securebase.storage.models import SettingRow, TriggerMomentRow
from securebase.storage.models.assessment import AssessmentAnswerRow, AssessmentTakeRow
from securebase.storage.models.journal import (
    ExperimentRow,
    NarrativeVersionRow,
    TriggerCategoryRow,
)
from securebase.storage.models.practice import PracticeSessionRow
from securebase.storage.triggers import local_tz, offset_minutes
from securebase.storage.write_errors import translate_write_errors

#: Settings about this computer (a backup folder path), not about the journal.
LOCAL_SETTINGS = frozenset({"backup_dir"})
PATH_STATE_KEY = "path_state"

TRIGGER_FIELDS = (
    "uid", "occurred_at", "created_at", "updated_at", "intensity", "intensity_after",
    "situation", "who", "category", "emotions", "sensations", "regions", "body", "thoughts",
    "urge", "what_i_did", "regulation", "tags")
TRIGGER_LISTS = ("emotions", "sensations", "regions", "regulation", "tags")
CATEGORY_FIELDS = ("label", "created_at")
EXPERIMENT_FIELDS = (
    "uid", "planned_for", "created_at", "updated_at", "idea_key", "plan", "prediction",
    "belief_before", "status", "outcome", "feelings_after", "anxiety_before", "anxiety_after",
    "belief_after", "trigger_uid", "tags")
NARRATIVE_FIELDS = ("uid", "saved_at", "text", "word_count", "note")
PRACTICE_FIELDS = (
    "uid", "kind", "started_at", "created_at", "updated_at", "planned_seconds",
    "completed_seconds", "finished", "calm_before", "calm_after", "urge_before", "urge_after",
    "choice", "felt", "note", "trigger_uid", "experiment_uid", "details")
TAKE_FIELDS = (
    "uid", "instrument_id", "instrument_version", "started_at", "updated_at", "completed_at",
    "anxiety", "avoidance", "facets", "answers")
ANSWER_FIELDS = ("item_id", "value", "answered_at")

#: The kinds of content, in the order they are written (links point backwards).
KINDS = ("trigger_moments", "trigger_categories", "experiments", "narrative_versions",
         "practice_sessions", "assessment_takes", "settings")


@dataclass
class Content:
    """Everything an export holds, or an import brings."""

    trigger_moments: list[dict[str, Any]] = field(default_factory=list)
    trigger_categories: list[dict[str, Any]] = field(default_factory=list)
    experiments: list[dict[str, Any]] = field(default_factory=list)
    narrative_versions: list[dict[str, Any]] = field(default_factory=list)
    practice_sessions: list[dict[str, Any]] = field(default_factory=list)
    assessment_takes: list[dict[str, Any]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)  # path_state included
    #: Entries deleted in the app and therefore left out (read side only).
    left_out_deleted: int = 0

    def count(self, kind: str) -> int:
        return len(getattr(self, kind))

    @property
    def is_empty(self) -> bool:
        return not any(self.count(kind) for kind in KINDS)


@dataclass(frozen=True)
class Known:
    """What a vault already holds, for deciding what an import skips."""

    trigger_moments: frozenset[str]
    experiments: frozenset[str]
    narrative_versions: frozenset[str]
    practice_sessions: frozenset[str]
    assessment_takes: frozenset[str]
    categories: frozenset[str]  # casefolded labels
    settings: frozenset[str]

    def has(self, kind: str, record: dict[str, Any] | str) -> bool:
        if kind == "trigger_categories":
            label = record["label"] if isinstance(record, dict) else record
            return label.casefold() in self.categories
        if kind == "settings":
            return record in self.settings
        uid = record["uid"] if isinstance(record, dict) else record
        return uid in getattr(self, kind)


# ---------------------------------------------------------------------- reading
def _local(when: datetime, offset_min: int) -> datetime:
    return when.astimezone(local_tz(offset_min))


def _trigger(row: TriggerMomentRow) -> dict[str, Any]:
    return {
        "uid": row.uid, "occurred_at": _local(row.occurred_at, row.tz_offset_min),
        "created_at": row.created_at, "updated_at": row.updated_at,
        "intensity": row.intensity, "intensity_after": row.intensity_after,
        "situation": row.situation or "", "who": row.who or "", "category": row.category or "",
        "emotions": list(row.emotions or ()), "sensations": list(row.sensations or ()),
        "regions": list(row.regions or ()), "body": row.body or "",
        "thoughts": row.thoughts or "", "urge": row.urge, "what_i_did": row.what_i_did or "",
        "regulation": list(row.regulation or ()), "tags": list(row.tags or ()),
    }


def _experiment(row: ExperimentRow, trigger_uids: dict[int, str]) -> dict[str, Any]:
    return {
        "uid": row.uid, "planned_for": _local(row.planned_for, row.tz_offset_min),
        "created_at": row.created_at, "updated_at": row.updated_at, "idea_key": row.idea_key,
        "plan": row.plan or "", "prediction": row.prediction or "",
        "belief_before": row.belief_before, "status": row.status, "outcome": row.outcome or "",
        "feelings_after": row.feelings_after or "", "anxiety_before": row.anxiety_before,
        "anxiety_after": row.anxiety_after, "belief_after": row.belief_after,
        "trigger_uid": trigger_uids.get(row.trigger_id) if row.trigger_id else None,
        "tags": list(row.tags or ()),
    }


def _narrative(row: NarrativeVersionRow) -> dict[str, Any]:
    return {"uid": row.uid, "saved_at": _local(row.saved_at, row.tz_offset_min),
            "text": row.text or "", "word_count": row.word_count, "note": row.note or ""}


def _practice(row: PracticeSessionRow, trigger_uids: dict[int, str],
              experiment_uids: dict[int, str]) -> dict[str, Any]:
    return {
        "uid": row.uid, "kind": row.kind, "started_at": _local(row.started_at, row.tz_offset_min),
        "created_at": row.created_at, "updated_at": row.updated_at,
        "planned_seconds": row.planned_seconds, "completed_seconds": row.completed_seconds,
        "finished": bool(row.finished), "calm_before": row.calm_before,
        "calm_after": row.calm_after, "urge_before": row.urge_before,
        "urge_after": row.urge_after, "choice": row.choice, "felt": row.felt or "",
        "note": row.note or "",
        "trigger_uid": trigger_uids.get(row.trigger_id) if row.trigger_id else None,
        "experiment_uid": experiment_uids.get(row.experiment_id) if row.experiment_id else None,
        "details": json.loads(row.details or "{}"),
    }


def _take(row: AssessmentTakeRow, answers: list[AssessmentAnswerRow]) -> dict[str, Any]:
    return {
        "uid": row.uid, "instrument_id": row.instrument_id,
        "instrument_version": row.instrument_version, "started_at": row.started_at,
        "updated_at": row.updated_at, "completed_at": row.completed_at,
        "anxiety": row.anxiety, "avoidance": row.avoidance,
        "facets": json.loads(row.facets or "{}"),
        "answers": [{"item_id": a.item_id, "value": a.value, "answered_at": a.answered_at}
                    for a in sorted(answers, key=lambda a: a.item_id)],
    }


def read_content(sessions: sessionmaker[Session]) -> Content:
    """Every kept entry, take, category and setting, oldest first, in one read transaction."""
    content = Content()
    with sessions() as s, s.begin():
        live_triggers = list(s.scalars(
            select(TriggerMomentRow).where(TriggerMomentRow.deleted_at.is_(None))
            .order_by(TriggerMomentRow.occurred_at, TriggerMomentRow.uid)))
        trigger_uids = {row.id: row.uid for row in live_triggers}
        content.trigger_moments = [_trigger(row) for row in live_triggers]
        content.trigger_categories = [
            {"label": row.label, "created_at": row.created_at}
            for row in s.scalars(select(TriggerCategoryRow).order_by(TriggerCategoryRow.id))]
        live_experiments = list(s.scalars(
            select(ExperimentRow).where(ExperimentRow.deleted_at.is_(None))
            .order_by(ExperimentRow.planned_for, ExperimentRow.uid)))
        experiment_uids = {row.id: row.uid for row in live_experiments}
        content.experiments = [_experiment(row, trigger_uids) for row in live_experiments]
        content.narrative_versions = [_narrative(row) for row in s.scalars(
            select(NarrativeVersionRow).where(NarrativeVersionRow.deleted_at.is_(None))
            .order_by(NarrativeVersionRow.saved_at, NarrativeVersionRow.uid))]
        content.practice_sessions = [
            _practice(row, trigger_uids, experiment_uids) for row in s.scalars(
                select(PracticeSessionRow).order_by(PracticeSessionRow.started_at,
                                                    PracticeSessionRow.uid))]
        takes = list(s.scalars(select(AssessmentTakeRow).order_by(
            AssessmentTakeRow.started_at, AssessmentTakeRow.uid)))
        answers: dict[int, list[AssessmentAnswerRow]] = {row.id: [] for row in takes}
        for answer in s.scalars(select(AssessmentAnswerRow)):
            answers.setdefault(answer.take_id, []).append(answer)
        content.assessment_takes = [_take(row, answers[row.id]) for row in takes]
        content.settings = {
            row.key: json.loads(row.value)
            for row in s.scalars(select(SettingRow).order_by(SettingRow.key))
            if row.key not in LOCAL_SETTINGS}
        content.left_out_deleted = sum(
            s.scalar(select(func.count()).select_from(table).where(table.deleted_at.is_not(None)))
            or 0 for table in (TriggerMomentRow, ExperimentRow, NarrativeVersionRow))
    return content


def _uids(s: Session, column) -> frozenset[str]:
    return frozenset(s.scalars(select(column)))


def _known(s: Session) -> Known:
    return Known(
        trigger_moments=_uids(s, TriggerMomentRow.uid),
        experiments=_uids(s, ExperimentRow.uid),
        narrative_versions=_uids(s, NarrativeVersionRow.uid),
        practice_sessions=_uids(s, PracticeSessionRow.uid),
        assessment_takes=_uids(s, AssessmentTakeRow.uid),
        categories=frozenset(label.casefold() for label in s.scalars(
            select(TriggerCategoryRow.label))),
        settings=_uids(s, SettingRow.key),
    )


def known(sessions: sessionmaker[Session]) -> Known:
    """The uids, category labels and setting keys the vault holds (deleted entries too)."""
    with sessions() as s:
        return _known(s)


# ---------------------------------------------------------------------- writing
@dataclass
class Outcome:
    """How many records of each kind were added and how many skipped (already there)."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))


def plan(content: Content, have: Known) -> Outcome:
    """What ``write_content`` would add and skip, without writing anything."""
    outcome = Outcome()
    for kind in KINDS:
        records: Iterable = content.settings if kind == "settings" else getattr(content, kind)
        for record in records:
            bucket = outcome.skipped if have.has(kind, record) else outcome.added
            bucket[kind] += 1
    return outcome


def _new(records: list[dict], kind: str, have: Known, outcome: Outcome) -> list[dict]:
    fresh = [r for r in records if not have.has(kind, r)]
    outcome.added[kind] = len(fresh)
    outcome.skipped[kind] = len(records) - len(fresh)
    return fresh


def _stamped(when: datetime) -> tuple[datetime, int]:
    return when, offset_minutes(when)


def _trigger_row(r: dict[str, Any]) -> dict[str, Any]:
    at, offset = _stamped(r["occurred_at"])
    row = {name: r[name] for name in TRIGGER_FIELDS}
    row.update(occurred_at=at, tz_offset_min=offset, deleted_at=None)
    for name in TRIGGER_LISTS:
        row[name] = tuple(r[name])
    return row


def _experiment_row(r: dict[str, Any], trigger_ids: dict[str, int]) -> dict[str, Any]:
    at, offset = _stamped(r["planned_for"])
    row = {name: r[name] for name in EXPERIMENT_FIELDS if name != "trigger_uid"}
    row.update(planned_for=at, tz_offset_min=offset, deleted_at=None, tags=tuple(r["tags"]),
               trigger_id=trigger_ids.get(r["trigger_uid"]) if r["trigger_uid"] else None)
    return row


def _narrative_row(r: dict[str, Any]) -> dict[str, Any]:
    at, offset = _stamped(r["saved_at"])
    return {**{name: r[name] for name in NARRATIVE_FIELDS}, "saved_at": at,
            "tz_offset_min": offset, "deleted_at": None}


def _practice_row(r: dict[str, Any], trigger_ids: dict[str, int],
                  experiment_ids: dict[str, int]) -> dict[str, Any]:
    at, offset = _stamped(r["started_at"])
    row = {name: r[name] for name in PRACTICE_FIELDS
           if name not in ("trigger_uid", "experiment_uid", "details")}
    row.update(started_at=at, tz_offset_min=offset,
               details=json.dumps(r["details"], sort_keys=True),
               trigger_id=trigger_ids.get(r["trigger_uid"]) if r["trigger_uid"] else None,
               experiment_id=(experiment_ids.get(r["experiment_uid"])
                              if r["experiment_uid"] else None))
    return row


def _take_row(r: dict[str, Any]) -> dict[str, Any]:
    row = {name: r[name] for name in TAKE_FIELDS if name != "answers"}
    row["facets"] = json.dumps(r["facets"], sort_keys=True)
    return row


def _ids(s: Session, model) -> dict[str, int]:
    return {uid: id_ for uid, id_ in s.execute(select(model.uid, model.id)).all()}


def write_content(sessions: sessionmaker[Session], content: Content) -> Outcome:
    """Add everything the vault does not hold yet, in one transaction (all or nothing).

    The records must already be validated (see ``services.import_``).
    """
    outcome = Outcome()
    try:
        with translate_write_errors(), sessions.begin() as s:
            _write(s, content, outcome)
    except IntegrityError:
        raise ImportRejected("Nothing was imported because the vault refused one of the "
                             "entries; your vault is unchanged.") from None
    return outcome


def _write(s: Session, content: Content, outcome: Outcome) -> None:
    have = _known(s)
    triggers = _new(content.trigger_moments, "trigger_moments", have, outcome)
    if triggers:
        s.execute(insert(TriggerMomentRow), [_trigger_row(r) for r in triggers])
    trigger_ids = _ids(s, TriggerMomentRow)

    categories = _new(content.trigger_categories, "trigger_categories", have, outcome)
    if categories:
        s.execute(insert(TriggerCategoryRow),
                  [{"label": r["label"], "created_at": r["created_at"]} for r in categories])

    experiments = _new(content.experiments, "experiments", have, outcome)
    if experiments:
        s.execute(insert(ExperimentRow),
                  [_experiment_row(r, trigger_ids) for r in experiments])
    experiment_ids = _ids(s, ExperimentRow)

    # One at a time, oldest first: the full-text index keeps the newest version.
    for r in sorted(_new(content.narrative_versions, "narrative_versions", have, outcome),
                    key=lambda r: r["saved_at"]):
        s.execute(insert(NarrativeVersionRow), [_narrative_row(r)])

    practice = _new(content.practice_sessions, "practice_sessions", have, outcome)
    if practice:
        s.execute(insert(PracticeSessionRow),
                  [_practice_row(r, trigger_ids, experiment_ids) for r in practice])

    takes = _new(content.assessment_takes, "assessment_takes", have, outcome)
    if takes:
        s.execute(insert(AssessmentTakeRow), [_take_row(r) for r in takes])
        take_ids = _ids(s, AssessmentTakeRow)
        answers = [{**a, "take_id": take_ids[r["uid"]]} for r in takes for a in r["answers"]]
        if answers:
            s.execute(insert(AssessmentAnswerRow), answers)

    fresh_settings = {k: v for k, v in content.settings.items() if not have.has("settings", k)}
    outcome.added["settings"] = len(fresh_settings)
    outcome.skipped["settings"] = len(content.settings) - len(fresh_settings)
    if fresh_settings:
        s.execute(insert(SettingRow), [{"key": k, "value": json.dumps(v)}
                                       for k, v in fresh_settings.items()])


def derived_uid(payload: str) -> str:
    """A stable uid for an entry that came without one (a CSV row): the same row
    imported twice gets the same uid, so the second time it is skipped."""
    return str(uuid.uuid5(_CSV_NAMESPACE, payload))


_CSV_NAMESPACE = uuid.UUID("6f0c5a8e-3d7b-4f0a-9c61-2b1e7d4a9f35")


# ---------------------------------------------------------------------- encrypted export
def export_sqlcipher(db: Path, data_key: bytes, target: Path, passphrase: str) -> int:
    """Copy the vault into a new SQLCipher 4 database at ``target``, keyed with
    ``passphrase`` through SQLCipher's own key derivation (so the standard
    ``sqlcipher`` tool opens it with ``PRAGMA key = '…'``). Deleted entries, drafts
    and settings about this computer are removed from the copy and the file is
    compacted, so nothing left out lingers in free pages.

    Returns how many trigger moments the vault held at the moment of the copy."""
    conn = connect_raw(db, data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(target), passphrase))
        try:
            conn.execute("BEGIN")  # the count and the copy see the same moment
            live = int(conn.execute("SELECT count(*) FROM main.trigger_moments "
                                    "WHERE deleted_at IS NULL").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('export')")
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute("COMMIT")
            conn.execute(f"PRAGMA export.user_version = {version}")
            conn.execute("PRAGMA export.secure_delete = ON")
            conn.execute("BEGIN")
            conn.execute("DELETE FROM export.journal_drafts")
            for table in ("trigger_moments", "experiments", "narrative_versions"):
                conn.execute(f"DELETE FROM export.{table} WHERE deleted_at IS NOT NULL")
            conn.execute("DELETE FROM export.settings WHERE key IN "
                         f"({', '.join('?' for _ in LOCAL_SETTINGS)})", tuple(LOCAL_SETTINGS))
            conn.execute("COMMIT")
            conn.execute("VACUUM export")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE export")
    finally:
        conn.close()
    return live


def check_sqlcipher_export(target: Path, passphrase: str) -> int:
    """Open an encrypted export with its passphrase, run both integrity checks and
    return how many trigger moments it holds. Raises ValueError if it is not sound."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(target), passphrase))
        bad = conn.execute("PRAGMA export.cipher_integrity_check").fetchall()
        ok = [r[0] for r in conn.execute("PRAGMA export.integrity_check")]
        if bad or ok != ["ok"]:
            raise ValueError("the encrypted export failed its integrity checks")
        return int(conn.execute("SELECT count(*) FROM export.trigger_moments").fetchone()[0])
    except sqlcipher3.DatabaseError:
        raise ValueError("the encrypted export cannot be read back") from None
    finally:
        conn.close()
