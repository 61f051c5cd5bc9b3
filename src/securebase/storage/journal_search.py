"""The journal as one list: every kind of entry, newest first, filtered and searched.

Pages are fetched with a cursor (the last row's time, kind and id), so scrolling
through 20,000 entries reads only the rows on screen. Deleting works the same
for every kind and can be undone for 30 days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.journal import KEEP_DELETED, EntryKind, EntrySummary, JournalFilter
from securebase.storage.models.base import UtcDateTime, utc_text
from securebase.storage.write_errors import translate_write_errors

PAGE_SIZE = 200
_conv = UtcDateTime().process_result_value
_SPACE = "' ' || char(9, 10, 13)"


def _head(column: str) -> str:
    return f"substr(ltrim({column}, {_SPACE}), 1, 300)"


@dataclass(frozen=True)
class _Arm:
    kind: EntryKind
    table: str
    at: str
    columns: str  # first, intensity, intensity_after, category, detail (+ extra heads)
    tags: str | None
    intensity: str | None
    category: str | None
    extra_where: str = ""


_ARMS = (
    _Arm(EntryKind.TRIGGER, "trigger_moments", "occurred_at",
         f"{_head('situation')}, intensity, intensity_after, category, '', "
         f"{_head('thoughts')}, {_head('body')}, {_head('what_i_did')}",
         tags="tags", intensity="intensity", category="category"),
    _Arm(EntryKind.EXPERIMENT, "experiments", "planned_for",
         f"{_head('plan')}, anxiety_before, anxiety_after, '', status, '', '', ''",
         tags="tags", intensity="anxiety_before", category=None),
    _Arm(EntryKind.NARRATIVE, "narrative_versions", "saved_at",
         "substr(text, 1, 2000), NULL, NULL, '', word_count, '', '', ''",
         tags=None, intensity=None, category=None,
         extra_where="id = (SELECT id FROM narrative_versions WHERE deleted_at IS NULL "
                     "ORDER BY saved_at DESC, id DESC LIMIT 1)"),
)
_TABLES = {arm.kind: arm.table for arm in _ARMS}


@dataclass(frozen=True)
class DeletedEntry:
    """What ``delete_entry`` removed, to hand back to ``restore_entry`` for undo."""

    kind: EntryKind
    id: int
    deleted_at: datetime


def _words(query: str) -> list[str]:
    return [w for w in query.split() if w]


def _match_subquery(query: str, params: dict) -> str | None:
    """SQL selecting the index rowids where every word of ``query`` appears.

    Words of three or more characters use the trigram index; shorter ones (common
    in Chinese) are matched as substrings.
    """
    words = _words(query)
    if not words:
        return None
    clauses = []
    long_words = [w for w in words if len(w) >= 3]
    if long_words:
        params["fts_q"] = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        clauses.append("search_index MATCH :fts_q")
    for i, w in enumerate(w for w in words if len(w) < 3):
        params[f"like{i}"] = "%" + (w.replace("\\", "\\\\").replace("%", "\\%")
                                    .replace("_", "\\_")) + "%"
        clauses.append(f"text LIKE :like{i} ESCAPE '\\'")
    return "SELECT rowid FROM search_index WHERE " + " AND ".join(clauses)


def make_snippet(body: str, query: str, width: int = 60) -> str:
    """A short piece of ``body`` around the first match, every match in [[ ]]."""
    words = sorted(set(_words(query)), key=len, reverse=True)
    if not words or not body:
        return ""
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    first = pattern.search(body)
    if first is None:
        return ""
    start = max(0, first.start() - width)
    end = min(len(body), first.end() + width * 2)
    piece = body[start:end]
    marked = pattern.sub(lambda m: f"[[{m.group()}]]", piece)
    marked = " ".join(marked.split())
    return ("…" if start > 0 else "") + marked + ("…" if end < len(body) else "")


class JournalQueries:
    """Journal-wide queries, mixed into the trigger repository (``vault.triggers``)."""

    _sessions: sessionmaker[Session]
    _now: Callable[[], datetime]

    # ------------------------------------------------------------------ list
    def _arms_sql(self, flt: JournalFilter, params: dict, after: tuple | None,
                  select: Callable[[_Arm], str]) -> list[str]:
        match = _match_subquery(flt.query, params)
        parts = []
        for arm in _ARMS:
            if not flt.allows(arm.kind):
                continue
            where = ["deleted_at IS NULL"]
            if arm.extra_where:
                where.append(arm.extra_where)
            if flt.since is not None:
                params["since"] = utc_text(flt.since)
                where.append(f"{arm.at} >= :since")
            if flt.until is not None:
                params["until"] = utc_text(flt.until)
                where.append(f"{arm.at} <= :until")
            if flt.category and arm.category:
                params["category"] = flt.category
                where.append(f"{arm.category} = :category")
            if flt.narrows_intensity and arm.intensity:
                params["imin"], params["imax"] = flt.intensity_min, flt.intensity_max
                where.append(f"{arm.intensity} BETWEEN :imin AND :imax")
            if flt.tag and arm.tags:
                params["tag"] = flt.tag
                where.append(f"EXISTS (SELECT 1 FROM json_each({arm.tags}) WHERE value = :tag)")
            if match:  # drive from the matches: a primary-key lookup, not a table scan
                where.append(f"id IN (SELECT rowid >> 3 FROM hits WHERE (rowid & 7) = "
                             f"{arm.kind.code})")
            if after is not None:
                params["c_at"], params["c_kind"], params["c_id"] = after
                where.append(f"({arm.at}, '{arm.kind.value}', id) < (:c_at, :c_kind, :c_id)")
            parts.append(f"SELECT {select(arm)} FROM {arm.table} WHERE {' AND '.join(where)}")
        return parts

    @staticmethod
    def _with_hits(flt: JournalFilter, params: dict) -> str:
        """The full-text match, evaluated once per statement and shared by every kind."""
        match = _match_subquery(flt.query, params)
        return f"WITH hits AS MATERIALIZED ({match}) " if match else ""

    def list_entries(self, flt: JournalFilter | None = None, *, since: datetime | None = None,
                     kind: EntryKind | str | None = None, limit: int | None = PAGE_SIZE,
                     after: tuple[str, str, int] | None = None) -> list[EntrySummary]:
        """Entries of every kind, newest first.

        ``flt`` holds the full filter; ``since`` and ``kind`` are shortcuts for the
        command line. ``after`` is the ``key`` of the last entry already shown.
        """
        flt = flt or JournalFilter()
        if since is not None or kind is not None:
            flt = replace(flt, since=since or flt.since,
                          kinds=frozenset({EntryKind(kind)}) if kind else flt.kinds)
        params: dict = {}
        parts = self._arms_sql(
            flt, params, after,
            lambda arm: f"'{arm.kind.value}' AS kind, id, {arm.at} AS at, {arm.columns}")
        if not parts:
            return []
        sql = (self._with_hits(flt, params) + " UNION ALL ".join(parts)
               + " ORDER BY at DESC, kind DESC, id DESC")
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = limit
        with self._sessions() as s:
            rows = s.execute(text(sql), params).all()
            snippets = self._snippets(s, rows, flt.query) if flt.query.strip() else {}
        return [self._summary(row, snippets.get((row[0], row[1]), "")) for row in rows]

    @staticmethod
    def _summary(row, snippet: str) -> EntrySummary:
        kind, id_, at, first, intensity, after, category, detail, *more = row
        kind = EntryKind(kind)
        if kind is EntryKind.NARRATIVE:
            from securebase.domain.narrative import NarrativeVersion

            first = NarrativeVersion(text=first, saved_at=_conv(at, None), word_count=0).first_line
        else:
            from securebase.domain.entries import first_line_of

            first = next((line for line in map(first_line_of, (first, *more)) if line), "")
        return EntrySummary(kind=kind, id=int(id_), at=_conv(at, None), first_line=first[:200],
                            intensity=intensity, intensity_after=after,
                            category=category or "", detail=str(detail or ""), snippet=snippet)

    @staticmethod
    def _snippets(s: Session, rows, query: str) -> dict[tuple[str, int], str]:
        if not rows:
            return {}
        rowids = {int(r[1]) * 8 + EntryKind(r[0]).code: (r[0], int(r[1])) for r in rows}
        ids = ",".join(str(r) for r in rowids)  # integers computed here, never user text
        found = s.execute(text(f"SELECT rowid, text FROM search_index WHERE rowid IN ({ids})")).all()
        return {rowids[int(rid)]: make_snippet(body, query) for rid, body in found}

    def count_entries(self, flt: JournalFilter | None = None) -> int:
        flt = flt or JournalFilter()
        params: dict = {}
        parts = self._arms_sql(flt, params, None, lambda arm: "count(*)")
        if not parts:
            return 0
        sql = self._with_hits(flt, params) + "SELECT " + " + ".join(f"({p})" for p in parts)
        with self._sessions() as s:
            return s.execute(text(sql), params).scalar() or 0

    def search_all(self, query: str, limit: int = PAGE_SIZE) -> list[EntrySummary]:
        """Every kind of entry containing all the words of ``query``, newest first,
        each with a snippet where the matches are wrapped in [[ and ]]."""
        if not _words(query):
            return []
        return self.list_entries(JournalFilter(query=query), limit=limit)

    # ------------------------------------------------------------------ delete / undo
    def delete_entry(self, kind: EntryKind | str, entry_id: int) -> DeletedEntry | None:
        """Soft delete (kept 30 days). Deleting the narrative removes all its versions
        together. Returns what ``restore_entry`` needs, or None if nothing was there."""
        kind = EntryKind(kind)
        now = self._now()
        params = {"at": utc_text(now), "id": entry_id}
        if kind is EntryKind.NARRATIVE:
            sql = "UPDATE narrative_versions SET deleted_at = :at WHERE deleted_at IS NULL"
        else:
            sql = f"UPDATE {_TABLES[kind]} SET deleted_at = :at WHERE id = :id AND deleted_at IS NULL"
        with translate_write_errors(), self._sessions.begin() as s:
            changed = s.execute(text(sql), params).rowcount
        return DeletedEntry(kind, entry_id, now) if changed else None

    def restore_entry(self, deleted: DeletedEntry) -> None:
        params = {"at": utc_text(deleted.deleted_at), "id": deleted.id}
        if deleted.kind is EntryKind.NARRATIVE:
            sql = "UPDATE narrative_versions SET deleted_at = NULL WHERE deleted_at = :at"
        else:
            sql = f"UPDATE {_TABLES[deleted.kind]} SET deleted_at = NULL WHERE id = :id"
        with translate_write_errors(), self._sessions.begin() as s:
            s.execute(text(sql), params)

    def deleted_count(self) -> int:
        with self._sessions() as s:
            return sum(s.execute(text(f"SELECT count(*) FROM {t} WHERE deleted_at IS NOT NULL"))
                       .scalar() or 0 for t in _TABLES.values())

    def purge_deleted(self, older_than: timedelta | None = KEEP_DELETED) -> int:
        """Remove for good the entries deleted more than ``older_than`` ago (all deleted
        entries when None). Returns how many rows went."""
        cutoff = utc_text(self._now() - (older_than or timedelta(0)))
        removed = 0
        with translate_write_errors(), self._sessions.begin() as s:
            for table in _TABLES.values():
                removed += s.execute(text(
                    f"DELETE FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at <= :cut"),
                    {"cut": cutoff}).rowcount
        return removed

    # ------------------------------------------------------------------ suggestions
    def all_tags(self) -> list[str]:
        with self._sessions() as s:
            rows = s.execute(text(
                "SELECT value FROM trigger_moments, json_each(trigger_moments.tags) "
                "WHERE deleted_at IS NULL UNION "
                "SELECT value FROM experiments, json_each(experiments.tags) "
                "WHERE deleted_at IS NULL")).scalars()
            return sorted(set(rows), key=str.casefold)
