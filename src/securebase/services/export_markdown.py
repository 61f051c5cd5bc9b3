"""The journal as Markdown, day by day, oldest first: readable as plain text, in any
Markdown viewer, or printed to bring to a therapist.

Each entry sits under the day it happened (in the time zone it was written in).
The newest version of the attachment narrative follows in full at the end.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from securebase.services.today import read_content
from securebase.storage import transfer

Record = dict[str, Any]


def _day_heading(day: date) -> str:
    return f"{day:%A}, {day.day} {day:%B %Y}"


def _quote(text: str) -> list[str]:
    """User text as a block quote, every line kept (a leading '#' cannot become a heading)."""
    lines = []
    for line in text.strip("\n").splitlines() or [""]:
        line = line.rstrip()
        if line.startswith("#"):
            line = "\\" + line
        lines.append(f"> {line}" if line else ">")
    return lines


def _block(head: str, items: list[str], texts: list[str]) -> list[str]:
    """A heading, its list of short facts, then its texts (each after a blank line)."""
    return [f"### {head}", *([""] + items if items else []), *texts]


class _Writer:
    def __init__(self, words: dict[str, Any], journal: dict[str, Any]) -> None:
        self.w = words
        self.fields = words["fields"]
        labels = journal.get("labels", {})
        self.categories = {c["key"]: c["label"] for c in journal.get("categories", [])}
        self.urges = labels.get("urges", {})
        self.regulation = labels.get("regulation", {})
        self.status = labels.get("status", {})

    # -- pieces ---------------------------------------------------------------
    def _items(self, pairs: list[tuple[str, str]]) -> list[str]:
        return [f"- **{self.fields[key]}:** {value}" for key, value in pairs if value]

    def _texts(self, record: Record, keys: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for key in keys:
            text = record.get(key) or ""
            if text.strip():
                out += ["", f"**{self.fields[key]}**", "", *_quote(text)]
        return out

    @staticmethod
    def _labels(values: list[str], names: dict[str, str] | None = None) -> str:
        names = names or {}
        return ", ".join(names.get(v, v) for v in values)

    @staticmethod
    def _change(before: Any, after: Any, scale: str) -> str:
        if before is None and after is None:
            return ""
        shown = [f"{v}{scale}" if v is not None else "–" for v in (before, after)]
        return f"{shown[0]} → {shown[1]}"

    # -- entries --------------------------------------------------------------
    def trigger(self, r: Record) -> list[str]:
        when = f"{r['occurred_at']:%H:%M}"
        if r["intensity_after"] is None:
            head = self.w["trigger"].format(time=when, intensity=r["intensity"])
        else:
            head = self.w["trigger_after"].format(time=when, intensity=r["intensity"],
                                                  after=r["intensity_after"])
        items = self._items([
            ("category", self.categories.get(r["category"], r["category"])),
            ("who", r["who"]), ("emotions", self._labels(r["emotions"])),
            ("sensations", self._labels(r["sensations"])),
            ("regions", self._labels(r["regions"])),
            ("urge", self.urges.get(r["urge"], r["urge"] or "")),
            ("regulation", self._labels(r["regulation"], self.regulation)),
            ("tags", self._labels(r["tags"]))])
        return _block(head, items, self._texts(r, ("situation", "body", "thoughts",
                                                   "what_i_did")))

    def experiment(self, r: Record) -> list[str]:
        head = self.w["experiment"].format(time=f"{r['planned_for']:%H:%M}",
                                           status=self.status.get(r["status"], r["status"]))
        items = self._items([
            ("belief", self._change(r["belief_before"], r["belief_after"], "%")),
            ("anxiety", self._change(r["anxiety_before"], r["anxiety_after"], "/10")),
            ("tags", self._labels(r["tags"]))])
        return _block(head, items, self._texts(r, ("plan", "prediction", "outcome",
                                                   "feelings_after")))

    def narrative(self, r: Record) -> list[str]:
        head = self.w["narrative"].format(time=f"{r['saved_at']:%H:%M}",
                                          words=r["word_count"])
        return _block(head, self._items([("note", r["note"])]), [])

    def practice(self, r: Record) -> list[str]:
        kind = self.w["practice_kinds"].get(r["kind"], r["kind"])
        minutes = round(r["completed_seconds"] / 60, 1)
        head = self.w["practice"].format(
            time=f"{r['started_at']:%H:%M}", kind=kind,
            minutes=f"{minutes:g}", planned=f"{round(r['planned_seconds'] / 60, 1):g}")
        items = self._items([
            ("calm", self._change(r["calm_before"], r["calm_after"], "/10")),
            ("urgency", self._change(r["urge_before"], r["urge_after"], "/10")),
            ("choice", self.w["choices"].get(r["choice"], "") if r["choice"] else "")])
        return _block(head, items, self._texts(r, ("felt", "note")))


def markdown_text(content: transfer.Content, now: datetime, locale: str = "en") -> str:
    words = read_content("export.toml", locale)["markdown"]
    writer = _Writer(words, read_content("journal.toml", locale))
    entries: list[tuple[datetime, int, list[str]]] = []
    sources = (("occurred_at", content.trigger_moments, writer.trigger),
               ("planned_for", content.experiments, writer.experiment),
               ("saved_at", content.narrative_versions, writer.narrative),
               ("started_at", content.practice_sessions, writer.practice))
    for order, (key, records, render) in enumerate(sources):
        entries += [(r[key], order, render(r)) for r in records]
    by_day: dict[date, list[tuple[datetime, int, list[str]]]] = defaultdict(list)
    for entry in entries:
        by_day[entry[0].date()].append(entry)

    lines = [f"# {words['title']}", "",
             words["intro"].format(date=_day_heading(now.astimezone().date())), ""]
    if not entries:
        lines += [words["empty"], ""]
    for day in sorted(by_day):
        lines += [f"## {_day_heading(day)}", ""]
        for _when, _order, block in sorted(by_day[day], key=lambda e: (e[0].time(), e[1])):
            lines += [*block, ""]
    if content.narrative_versions:
        latest = max(content.narrative_versions, key=lambda r: r["saved_at"])
        lines += [f"## {words['narrative_heading']}", "",
                  words["narrative_intro"].format(date=_day_heading(latest["saved_at"].date())),
                  ""]
        for line in latest["text"].strip("\n").splitlines():
            # its prompt headings ('## …') sit one level below this section's heading
            lines.append("#" + line if line.startswith("## ") else line)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
