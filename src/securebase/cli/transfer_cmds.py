"""Export and import on the command line.

``securebase export --format json|csv|md|sqlcipher [-o FILE]``: JSON and Markdown go
to stdout unless -o is given; the CSV zip and the encrypted database need -o. The
encrypted export's passphrase comes from SECUREBASE_EXPORT_PASSPHRASE, else it is
asked twice on the terminal.

``securebase import FILE``: a JSON export (all or nothing; what the vault already
holds is skipped) or trigger moments from a CSV file with a header row.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from securebase.cli import output, passphrases
from securebase.cli.context import CliContext
from securebase.cli.output import emit
from securebase.cli.parser import Commands, UsageError

ENV_EXPORT_PASSPHRASE = "SECUREBASE_EXPORT_PASSPHRASE"
FORMATS = ("json", "csv", "md", "sqlcipher")
TO_FILE_ONLY = ("csv", "sqlcipher")
PLAINTEXT_NOTE = ("This file is not encrypted: anyone who opens it can read it, so keep it "
                  "somewhere private.")


def register(commands: Commands) -> None:
    export = commands.add(
        "export", cmd_export, help="everything (json) or the journal (csv, md); or an "
                                   "encrypted copy (sqlcipher)",
        description="Export the vault. json is the complete, lossless, versioned format that "
                    "'securebase import' reads back; csv writes a zip of trigger_moments.csv, "
                    "experiments.csv and practice_sessions.csv; md is the journal by day, to "
                    "read or print; sqlcipher is an encrypted SQLCipher 4 database that "
                    "standard SQLCipher tools open with its own passphrase (from "
                    f"{ENV_EXPORT_PASSPHRASE}, or asked twice). Every format but sqlcipher is "
                    "plain text. Entries you deleted in the app and unsaved drafts are not "
                    "exported.")
    export.add_argument("--format", choices=FORMATS, required=True,
                        help="json, csv, md or sqlcipher")
    export.add_argument("-o", "--output", metavar="FILE", type=Path,
                        help="the file to write (json and md go to stdout without it; csv and "
                             "sqlcipher need it)")
    imp = commands.add(
        "import", cmd_import, help="a json export; all or nothing; duplicates skipped",
        description="Import a SecureBase JSON export, or trigger moments from a CSV file with "
                    "a header row (occurred_at and intensity are needed; other columns as in "
                    "the CSV export). The whole file is checked before anything is written; "
                    "entries the vault already holds are skipped and counted; an encrypted "
                    "backup is taken first.")
    imp.add_argument("file", metavar="FILE", type=Path, help="the .json or .csv file")


def _target(path: Path) -> Path:
    path = path.expanduser()
    if path.is_dir():
        raise UsageError(f"{path} is a folder; please give a file name for the export.")
    if not path.parent.exists():
        raise UsageError(f"The folder {path.parent} does not exist.")
    return path.resolve()


def _utf8(stream: TextIO) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding.replace("_", "").startswith("utf")


def _export_passphrase(ctx: CliContext) -> str:
    from securebase.services.encrypted_export import check_export_passphrase

    value = ctx.env.get(ENV_EXPORT_PASSPHRASE)
    if value:
        check_export_passphrase(value)
        return value
    if not passphrases.stdin_is_tty():
        raise passphrases.NoPassphrase(
            f"No passphrase for the encrypted export: set {ENV_EXPORT_PASSPHRASE} or run the "
            "command in a terminal.")
    for _attempt in range(passphrases.PROMPT_ATTEMPTS):
        first = passphrases.prompt_hidden("Passphrase for the encrypted export: ")
        try:
            check_export_passphrase(first)
        except Exception as exc:  # noqa: BLE001 - a weak or empty passphrase: ask again
            emit(getattr(exc, "user_message", None) or str(exc), sys.stderr)
            continue
        if passphrases.prompt_hidden("Repeat it: ") == first:
            return first
        emit("The two passphrases do not match; please try again.", sys.stderr)
    raise UsageError(f"No passphrase was set after {passphrases.PROMPT_ATTEMPTS} tries; "
                     "nothing was exported.")


def cmd_export(ctx: CliContext) -> int:
    args = ctx.args
    fmt = args.format
    if args.output is None and fmt in TO_FILE_ONLY:
        raise UsageError(f"The {fmt} export is written to a file; please add -o FILE.")
    target = _target(args.output) if args.output is not None else None
    ctx.require_vault()
    secret = ctx.passphrase()
    export_secret = _export_passphrase(ctx) if fmt == "sqlcipher" else None
    from securebase.services.export import export_to_file, export_to_stream

    with ctx.open_vault(passphrase=secret) as vault:
        if target is None:
            stream = output.out()
            export_to_stream(vault, fmt, stream, ascii_only=not _utf8(stream))
            return 0
        result = export_to_file(vault, fmt, target, passphrase=export_secret)
    emit(f"Exported to {result.path}.")
    if result.left_out_deleted:
        n = result.left_out_deleted
        emit(f"{n} deleted {'entry was' if n == 1 else 'entries were'} left out.")
    if fmt != "sqlcipher":
        emit(PLAINTEXT_NOTE)
    return 0


def cmd_import(ctx: CliContext) -> int:
    from securebase.services.import_ import import_file, load_file

    source = Path(ctx.args.file).expanduser()
    ctx.require_vault()
    loaded = load_file(source)  # check the whole file before asking for a passphrase
    with ctx.open_vault() as vault:
        report = import_file(vault, source, loaded=loaded)
    for line in report.lines():
        emit(line)
    return 0
