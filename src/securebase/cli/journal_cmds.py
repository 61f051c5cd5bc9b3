"""The journal on the command line: log (quick capture), list, search."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from securebase.cli import listing, output
from securebase.cli.context import CliContext
from securebase.cli.output import (
    emit,
    emit_json,
    highlight,
    iso,
    local_time,
    one_line,
    truncate,
)
from securebase.cli.parser import (
    Commands,
    UsageError,
    int_in_range,
    iso_date_or_time,
    iso_datetime,
    positive_int,
)
from securebase.domain.entries import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    EntryError,
    Regulation,
    TriggerMoment,
    Urge,
    clean_labels,
    parse_tags,
    validate_trigger,
)

FUTURE_TOLERANCE = timedelta(minutes=1)
#: The category keys the app ships with (resources/content/en/journal.toml).
BUILT_IN_CATEGORIES = ("slow-reply", "separation", "conflict", "closeness", "criticism",
                       "ignored", "other")
REGULATION_CHOICES = tuple(r.value for r in Regulation)


def register(commands: Commands) -> None:
    intensity = int_in_range(INTENSITY_MIN, INTENSITY_MAX)
    log = commands.add(
        "log", cmd_log, help="quick capture of a trigger moment",
        description="Save a trigger moment. Only --intensity is needed; every other field "
                    "can be skipped and filled in later in the app. Options marked "
                    "'repeatable' may be given several times; --emotion, --sensation and "
                    "--region also take several words separated by commas, --tag by "
                    "commas or spaces.",
        epilog="example:\n"
               "  securebase log --intensity 7 --situation 'No reply all evening' --who Sam \\\n"
               "      --category slow-reply --emotion anxious --sensation tight \\\n"
               "      --region chest --regulation breathing --tag evening")
    log.add_argument("--intensity", type=intensity, required=True, metavar="N",
                     help="how strong it felt, 0 to 10")
    log.add_argument("--intensity-after", type=intensity, metavar="N",
                     help="how strong it felt after calming down, 0 to 10")
    log.add_argument("--situation", default="", metavar="TEXT", help="what happened")
    log.add_argument("--who", default="", metavar="TEXT", help="who it was with")
    log.add_argument("--category", default="", metavar="KEY|LABEL",
                     help="what kind of moment: " + ", ".join(BUILT_IN_CATEGORIES)
                          + "; any other label becomes a category of your own")
    log.add_argument("--emotion", action="append", default=[], metavar="WORD",
                     help="an emotion, e.g. anxious (repeatable)")
    log.add_argument("--body", default="", metavar="TEXT",
                     help="what you felt in your body, and where, in your own words")
    log.add_argument("--sensation", action="append", default=[], metavar="WORD",
                     help="a body sensation, e.g. tight, 'racing heart' (repeatable)")
    log.add_argument("--region", action="append", default=[], metavar="WORD",
                     help="where in the body, e.g. chest, throat (repeatable)")
    log.add_argument("--thoughts", default="", metavar="TEXT", help="the automatic thoughts")
    log.add_argument("--urge", choices=[u.value for u in Urge],
                     help="what you felt pulled to do")
    log.add_argument("--did", default="", metavar="TEXT", help="what you did")
    log.add_argument("--regulation", action="append", default=[], choices=REGULATION_CHOICES,
                     help="what you used to settle (repeatable)")
    log.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="a tag of your own, e.g. work (repeatable)")
    log.add_argument("--at", type=iso_datetime, metavar="ISO-8601",
                     help="when it happened, e.g. 2026-01-05T21:30 (local time unless a "
                          "zone is given; default: now)")
    log.add_argument("--allow-future", action="store_true",
                     help="accept an --at more than a minute in the future")

    lst = commands.add("list", cmd_list, help="entries, newest first",
                       description="List journal entries, newest first.")
    lst.add_argument("--since", type=iso_date_or_time, metavar="DATE",
                     help="only entries from this date (e.g. 2026-01-05) or time on")
    lst.add_argument("--kind", choices=listing.KINDS, help="only entries of this kind")
    lst.add_argument("--limit", type=positive_int, metavar="N", help="at most N entries")
    lst.add_argument("--json", action="store_true",
                     help="print a JSON list with every field (ISO-8601 times)")

    search = commands.add(
        "search", cmd_search, help="full-text search over all entries",
        description="Search every entry (trigger moments, experiments and the "
                    "narrative) for all the given words, newest first. Matches are marked "
                    "[[like this]] (in bold on a terminal).")
    search.add_argument("query", nargs="+", metavar="QUERY", help="word(s) to look for")
    search.add_argument("--limit", type=positive_int, default=200, metavar="N",
                        help="at most N entries, newest first (default: 200)")
    search.add_argument("--json", action="store_true", help="print a JSON list")


# ----------------------------------------------------------------- log
def _words(values: list[str]) -> list[str]:
    """Each value of a repeatable option, split at commas."""
    return [part for value in values for part in value.split(",")]


def _vocabulary() -> dict[str, Any]:
    """The journal's built-in words (journal.toml): keys, and labels mapped to keys."""
    from securebase.content import load_content

    return load_content("journal")


def _canonical(values: list[str], keys: tuple[str, ...], labels: dict[str, str]
               ) -> tuple[str, ...]:
    """Cleaned labels; a built-in word, whatever its case or if given by its label,
    is stored by its key, as the app stores it. Anything else is kept as typed."""
    known = {key.casefold(): key for key in keys}
    known.update({label.casefold(): key for key, label in labels.items()})
    return clean_labels(known.get(label.casefold(), label) for label in clean_labels(values))


def _category(text: str, vocabulary: dict[str, Any]) -> tuple[str, bool]:
    """(the category to store, whether it is a built-in one)."""
    label = " ".join(text.split())
    if not label:
        return "", True
    for item in vocabulary.get("categories", ()):
        if label.casefold() in (item["key"].casefold(), item["label"].casefold()):
            return item["key"], True
    return label, False


def _moment(args, occurred) -> tuple[TriggerMoment, bool]:
    """The trigger moment the options describe, and whether its category is built in."""
    vocabulary = _vocabulary()
    lists, labels = vocabulary.get("lists", {}), vocabulary.get("labels", {})

    def words(option: list[str], group: str) -> tuple[str, ...]:
        return _canonical(_words(option), tuple(lists.get(group, ())), labels.get(group, {}))

    category, built_in = _category(args.category, vocabulary)
    moment = TriggerMoment(
        intensity=args.intensity, intensity_after=args.intensity_after, occurred_at=occurred,
        situation=args.situation, body=args.body, thoughts=args.thoughts,
        urge=Urge(args.urge) if args.urge else None,
        who=" ".join(args.who.split()), category=category,
        emotions=words(args.emotion, "emotions"), sensations=words(args.sensation, "sensations"),
        regions=words(args.region, "regions"), what_i_did=args.did,
        regulation=tuple(Regulation(r).value for r in dict.fromkeys(args.regulation)),
        tags=parse_tags(" ".join(args.tag)))
    return moment, built_in


def cmd_log(ctx: CliContext) -> int:
    args = ctx.args
    now = ctx.clock.now()
    occurred = args.at or now
    if occurred > now + FUTURE_TOLERANCE and not args.allow_future:
        raise UsageError(f"The time {local_time(occurred)} is in the future; add "
                         "--allow-future if you really mean it.")
    moment, built_in = _moment(args, occurred)
    try:  # before asking for the passphrase: a refused entry costs no waiting
        validate_trigger(moment)
    except EntryError as exc:
        raise UsageError(str(exc)) from None
    added_category = None
    with ctx.open_vault() as vault:
        if moment.category and not built_in:
            known = {c.casefold() for c in vault.triggers.custom_categories()}
            category = vault.triggers.add_category(moment.category)
            if moment.category.casefold() not in known:
                added_category = category
            moment = replace(moment, category=category)
        saved = vault.triggers.add(moment)
    if added_category:
        emit(f"Added the category '{one_line(added_category)}'.")
    emit(f"Saved trigger moment {saved.id} for {local_time(saved.occurred_at)}.")
    return 0


# ----------------------------------------------------------------- list
def _intensity(value: int | None) -> str:
    return f"{value:>2}/10" if value is not None else "    -"


def cmd_list(ctx: CliContext) -> int:
    args = ctx.args
    kinds = (args.kind,) if args.kind else listing.KINDS
    with ctx.open_vault() as vault:
        rows = listing.collect(vault, kinds=kinds, since=args.since, limit=args.limit)
    if args.json:
        emit_json([row.to_json() for row in rows])
        return 0
    if not rows:
        filtered = args.kind or args.since
        emit("No entries match these filters." if filtered else "No entries yet.")
        return 0
    width = max(len(kind) for kind in kinds)
    for row in rows:
        summary = truncate(one_line(row.summary)) or "(no text)"
        detail = f"  ({row.detail})" if row.detail else ""
        emit(f"{local_time(row.occurred_at)}  {row.kind:<{width}}  "
             f"{_intensity(row.intensity)}  {summary}{detail}")
    return 0


# ----------------------------------------------------------------- search
def cmd_search(ctx: CliContext) -> int:
    args = ctx.args
    query = " ".join(args.query).strip()
    if not query:
        raise UsageError("Please give at least one word to search for.")
    with ctx.open_vault() as vault:
        hits = vault.triggers.search_all(query, limit=args.limit)
    if args.json:
        emit_json([{"kind": h.kind.value, "id": h.id, "occurred_at": iso(h.at),
                    "first_line": h.first_line, "snippet": h.snippet} for h in hits])
        return 0
    if not hits:
        emit("No entries match that search.")
        return 0
    bold = output.is_tty()
    width = max(len(h.kind.value) for h in hits)
    for hit in hits:
        text = highlight(hit.snippet, bold=bold) if hit.snippet else truncate(
            one_line(hit.first_line))
        emit(f"{local_time(hit.at)}  {hit.kind.value:<{width}}  {text}")
    return 0
