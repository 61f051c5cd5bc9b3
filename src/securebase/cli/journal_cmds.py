"""The journal on the command line: log (quick capture), list, search."""

from __future__ import annotations

from datetime import timedelta

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
from securebase.domain.entries import INTENSITY_MAX, INTENSITY_MIN, Urge

FUTURE_TOLERANCE = timedelta(minutes=1)


def register(commands: Commands) -> None:
    intensity = int_in_range(INTENSITY_MIN, INTENSITY_MAX)
    log = commands.add(
        "log", cmd_log, help="quick capture of a trigger moment",
        description="Save a trigger moment. Only --intensity is needed; every other field "
                    "can be skipped and filled in later in the app.")
    log.add_argument("--intensity", type=intensity, required=True, metavar="N",
                     help="how strong it felt, 0 to 10")
    log.add_argument("--intensity-after", type=intensity, metavar="N",
                     help="how strong it felt after calming down, 0 to 10")
    log.add_argument("--situation", default="", metavar="TEXT", help="what happened")
    log.add_argument("--body", default="", metavar="TEXT",
                     help="what you felt in your body, and where")
    log.add_argument("--thoughts", default="", metavar="TEXT", help="the automatic thoughts")
    log.add_argument("--urge", choices=[u.value for u in Urge],
                     help="what you felt pulled to do")
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
        description="Search every entry for all the given words. Matches are marked "
                    "[[like this]] (in bold on a terminal).")
    search.add_argument("query", nargs="+", metavar="QUERY", help="word(s) to look for")
    search.add_argument("--json", action="store_true", help="print a JSON list")


# ----------------------------------------------------------------- log
def cmd_log(ctx: CliContext) -> int:
    from securebase.domain.entries import EntryError, TriggerMoment, validate_trigger

    args = ctx.args
    now = ctx.clock.now()
    occurred = args.at or now
    if occurred > now + FUTURE_TOLERANCE and not args.allow_future:
        raise UsageError(f"The time {local_time(occurred)} is in the future; add "
                         "--allow-future if you really mean it.")
    moment = TriggerMoment(
        intensity=args.intensity, intensity_after=args.intensity_after, occurred_at=occurred,
        situation=args.situation, body=args.body, thoughts=args.thoughts,
        urge=Urge(args.urge) if args.urge else None)
    try:  # before asking for the passphrase: a refused entry costs no waiting
        validate_trigger(moment)
    except EntryError as exc:
        raise UsageError(str(exc)) from None
    with ctx.open_vault() as vault:
        saved = vault.triggers.add(moment)
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
        emit(f"{local_time(row.occurred_at)}  {row.kind:<{width}}  "
             f"{_intensity(row.intensity)}  {summary}")
    return 0


# ----------------------------------------------------------------- search
def cmd_search(ctx: CliContext) -> int:
    args = ctx.args
    query = " ".join(args.query).strip()
    if not query:
        raise UsageError("Please give at least one word to search for.")
    with ctx.open_vault() as vault:
        hits = vault.triggers.search(query)
    if args.json:
        emit_json([{"kind": h.kind, "id": h.entry_id, "occurred_at": iso(h.occurred_at),
                    "snippet": h.snippet} for h in hits])
        return 0
    if not hits:
        emit("No entries match that search.")
        return 0
    bold = output.is_tty()
    width = max(len(h.kind) for h in hits)
    for hit in hits:
        emit(f"{local_time(hit.occurred_at)}  {hit.kind:<{width}}  "
             f"{highlight(hit.snippet, bold=bold)}")
    return 0
