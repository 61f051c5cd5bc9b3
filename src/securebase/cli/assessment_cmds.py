"""The assessment on the command line: ``card`` (the shareable result card, PNG) and
``report`` (the action report, PDF).

Both need Qt to paint, so PySide6 and matplotlib are imported only when the command
runs; without a display the offscreen platform is used (see services/qt_offscreen).
"""

from __future__ import annotations

from pathlib import Path

from securebase.cli.context import CliContext
from securebase.cli.output import emit
from securebase.cli.parser import Commands, UsageError

CARD_SIZES = ("1200x630", "1080x1080")


def register(commands: Commands) -> None:
    card = commands.add(
        "card", cmd_card, help="the shareable result card of the latest assessment",
        description="Save the shareable result card of your latest assessment as a PNG: the "
                    "map, the leaning, the facets and the date. It never contains journal "
                    "entries, and carries a name only if you give one with --name.")
    card.add_argument("-o", "--output", metavar="FILE.png", type=Path,
                      help="where to save it (default: securebase-card-DATE.png here)")
    card.add_argument("--size", choices=CARD_SIZES, default=CARD_SIZES[0],
                      help="pixel size: 1200x630 (wide, the default) or 1080x1080 (square)")
    card.add_argument("--name", default="", metavar="TEXT",
                      help="a name to show on the card (none by default)")

    report = commands.add(
        "report", cmd_report, help="the action report (PDF): latest assessment and the path",
        description="Save the action report of your latest assessment as a PDF: scores and "
                    "facets, what they mean, the six-step path fitted to your pattern, first "
                    "actions and where to find help. Your journal is summarised (counts and "
                    "intensities only) only with --include-journal.")
    report.add_argument("-o", "--output", metavar="FILE.pdf", type=Path,
                        help="where to save it (default: securebase-report-DATE.pdf here)")
    report.add_argument("--include-journal", action="store_true",
                        help="add a summary of your journal: counts and the intensity trend, "
                             "never entry text")


def _output(ctx: CliContext, given: Path | None, stem: str, suffix: str) -> Path:
    if given is None:
        return Path.cwd() / f"{stem}-{ctx.clock.now().astimezone():%Y-%m-%d}{suffix}"
    path = given.expanduser()
    if path.is_dir():
        raise UsageError(f"{path} is a folder; please give a file name ending in {suffix}.")
    if path.suffix.lower() != suffix:
        raise UsageError(f"The output file must end in {suffix}.")
    if not path.parent.exists():
        raise UsageError(f"The folder {path.parent} does not exist.")
    return path


def _content():
    from securebase.services.assessment import load_content

    try:
        return load_content()
    except (OSError, ValueError) as exc:
        raise UsageError(f"The assessment texts could not be read ({exc}); please reinstall "
                         "SecureBase.") from None


def cmd_card(ctx: CliContext) -> int:
    args = ctx.args
    out = _output(ctx, args.output, "securebase-card", ".png")
    ctx.require_vault()
    from securebase.services.qt_offscreen import ensure_gui_application

    app = ensure_gui_application()  # noqa: F841 - painting needs it alive
    from securebase.services.card import card_data, parse_size, render_card, save_card

    content = _content()
    with ctx.open_vault() as vault:
        data = card_data(vault.assessments, content, name=args.name)  # NoResult: exit 1
    save_card(render_card(data, parse_size(args.size)), out)
    emit(f"Saved the result card ({args.size}) to {out}.")
    return 0


def cmd_report(ctx: CliContext) -> int:
    args = ctx.args
    out = _output(ctx, args.output, "securebase-report", ".pdf")
    ctx.require_vault()
    from securebase.services.qt_offscreen import ensure_gui_application

    app = ensure_gui_application()  # noqa: F841 - painting needs it alive
    from securebase.services.report import write_report
    from securebase.services.report_data import gather_report_data

    content = _content()
    with ctx.open_vault() as vault:
        data = gather_report_data(vault, content, include_journal=args.include_journal)
    write_report(data, out)
    extra = " with a summary of your journal" if args.include_journal else ""
    emit(f"Saved the action report{extra} to {out}.")
    return 0
