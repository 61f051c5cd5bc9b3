"""``securebase demo``: a new vault full of realistic, made-up entries."""

from __future__ import annotations

from securebase.cli import passphrases
from securebase.cli.context import CliContext
from securebase.cli.output import emit
from securebase.cli.parser import Commands, UsageError, positive_int
from securebase.paths import ENV_DATA_DIR, VaultPaths
from securebase.storage.errors import VaultExists


def register(commands: Commands) -> None:
    from securebase.services.demo import DEFAULT_DAYS, DEFAULT_SEED, DEMO_PASSPHRASE, MAX_DAYS

    demo = commands.add(
        "demo", cmd_demo, help="create a vault filled with realistic made-up entries",
        description="Create a new vault in the data folder (--data-dir) and fill it with "
                    "synthetic entries of one invented person on the path: trigger moments, "
                    "experiments, narrative versions, practice sessions and assessments. The "
                    "same seed gives the same entries. Without --data-dir or "
                    f"{ENV_DATA_DIR} the demo goes next to your vault folder, in a folder "
                    "ending in '-demo', never into your own vault. The passphrase is "
                    f"'{DEMO_PASSPHRASE}' unless SECUREBASE_NEW_PASSPHRASE gives another.")
    demo.add_argument("--days", type=positive_int, default=DEFAULT_DAYS, metavar="N",
                      help=f"how many days of entries, ending today (default {DEFAULT_DAYS}, "
                           f"at most {MAX_DAYS})")
    demo.add_argument("--seed", default=str(DEFAULT_SEED), metavar="S",
                      help=f"any word or number; the same seed gives the same vault "
                           f"(default {DEFAULT_SEED})")


def _seed(text: str) -> int | str:
    text = text.strip()
    if not text:
        raise UsageError("The seed cannot be empty.")
    try:
        return int(text)
    except ValueError:
        return text


def cmd_demo(ctx: CliContext) -> int:
    from securebase.services.demo import (
        DEMO_PASSPHRASE,
        MAX_DAYS,
        create_demo_vault,
        demo_folder,
    )

    args = ctx.args
    if args.days > MAX_DAYS:
        raise UsageError(f"A demo covers at most {MAX_DAYS} days; {args.days} is too many.")
    seed = _seed(args.seed)
    explicit = getattr(args, "data_dir", None) or ctx.env.get(ENV_DATA_DIR)
    folder = ctx.data_dir if explicit else demo_folder(ctx.data_dir)
    if VaultPaths(folder).exists():
        raise VaultExists(f"A vault already exists in {folder}; nothing was changed. "
                          "Choose an empty folder with --data-dir.")
    chosen = ctx.env.get(passphrases.ENV_NEW_PASSPHRASE)
    passphrase = passphrases.new_passphrase(ctx.env) if chosen else DEMO_PASSPHRASE
    vault, recovery_key, summary = create_demo_vault(folder, days=args.days, seed=seed,
                                                     passphrase=passphrase, clock=ctx.clock)
    vault.close()
    emit(f"Created a demo vault in {folder}")
    emit(f"  {summary.days} days from {summary.start.isoformat()}: {summary.triggers} trigger "
         f"moments, {summary.experiments} experiments, {summary.narrative_versions} "
         f"narrative versions, {summary.practice_sessions} practice sessions, "
         f"{summary.assessments} assessments (seed {summary.seed}, built in "
         f"{summary.seconds:.1f} s).")
    emit("Every entry is made up. Open it with:")
    emit(f"  securebase --data-dir {folder}")
    if passphrase == DEMO_PASSPHRASE:
        emit(f"  Passphrase:    {DEMO_PASSPHRASE}")
    else:
        emit("  Passphrase:    the one given in SECUREBASE_NEW_PASSPHRASE")
    emit(f"  Recovery key:  {recovery_key}")
    return 0
