"""The argument parser: global options, one sub-command per registered command.

Usage errors never print argparse's multi-line usage block: ``CliParser.error``
raises ``UsageError`` with one sentence and a hint, and ``main`` prints that
one line and exits with 2.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Callable, Iterable
from datetime import date, datetime, time

PROG = "securebase"

# Global options that take a value (is_command_line skips their values).
GLOBAL_VALUE_OPTIONS = ("--data-dir", "--passphrase-file")

ENV_HELP = """\
environment:
  SECUREBASE_DATA_DIR        the vault folder, like --data-dir
  SECUREBASE_PASSPHRASE      the passphrase, for scripts (like --passphrase-file)
  SECUREBASE_NEW_PASSPHRASE  answers the new-passphrase prompt of init and passwd
  SECUREBASE_RECOVERY_KEY    answers the recovery-key prompt of passwd --recovery-key

exit codes:
  0 success, 1 other failure, 2 usage error, 3 wrong passphrase or recovery key,
  4 vault damaged, 5 vault in use by another window or command
"""


class UsageError(Exception):
    """The command line was wrong; ``str(err)`` is one line for the user (exit 2)."""

    exit_code = 2


class HelpFormatter(argparse.HelpFormatter):
    """Wraps plain paragraphs; keeps indented blocks (the environment table) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = []
        for block in text.strip("\n").split("\n\n"):
            if "\n  " in block or block.startswith("  "):
                paragraphs.append(textwrap.indent(block, indent))
            else:
                paragraphs.append(textwrap.fill(" ".join(block.split()), width,
                                                initial_indent=indent, subsequent_indent=indent))
        return "\n\n".join(paragraphs)


_UNKNOWN_COMMAND = re.compile(r"argument COMMAND: invalid choice: '?([^' ]*)'?")


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and never exit by themselves."""

    def error(self, message: str):  # noqa: D401 - argparse API
        message = " ".join(message.split())
        unknown = _UNKNOWN_COMMAND.match(message)
        if unknown:
            raise UsageError(f"There is no command '{unknown.group(1)}'. "
                             f"See '{self.prog} --help' for the list of commands.")
        if message:
            message = message[0].upper() + message[1:]
        if not message.endswith("."):
            message += "."
        raise UsageError(f"{message} See '{self.prog} --help'.")


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every command understands, before or after the command name."""
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group("global options")
    group.add_argument("--data-dir", metavar="DIR", default=default,
                       help="the vault folder (default: SECUREBASE_DATA_DIR, "
                            "else your user data folder)")
    group.add_argument("--passphrase-file", metavar="FILE", default=default,
                       help="read the passphrase from the first line of FILE")


def _common_parent() -> argparse.ArgumentParser:
    parent = CliParser(add_help=False, allow_abbrev=False)
    _global_options(parent, suppress=True)
    return parent


class Commands:
    """What a command module gets in ``register(commands)``: adds sub-commands that
    accept the global options too, each bound to a handler ``fn(ctx) -> int``."""

    def __init__(self, subparsers) -> None:
        self._subparsers = subparsers
        self._parent = _common_parent()
        self.names: list[str] = []
        self.parsers: dict[str, argparse.ArgumentParser] = {}

    def add(self, name: str, handler: Callable, *, help: str, description: str | None = None,
            epilog: str | None = None) -> argparse.ArgumentParser:
        parser = self._subparsers.add_parser(
            name, help=help, description=description or help, epilog=epilog,
            parents=[self._parent], allow_abbrev=False,
            formatter_class=HelpFormatter)
        parser.set_defaults(handler=handler, command=name)
        self.names.append(name)
        self.parsers[name] = parser
        return parser


def build_parser(registrars: Iterable[Callable[[Commands], None]]) -> tuple[CliParser, Commands]:
    parser = CliParser(
        prog=PROG, allow_abbrev=False,
        description="SecureBase on the command line: quick capture, search, backups and "
                    "vault care. Run without a command to open the desktop app.",
        epilog=ENV_HELP, formatter_class=HelpFormatter)
    parser.add_argument("--version", action="store_true", help="show the version and exit")
    _global_options(parser, suppress=False)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    commands = Commands(subparsers)
    for register in registrars:
        register(commands)
    return parser, commands


# ----------------------------------------------------------------- value types
def int_in_range(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {low} to {high}, not {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"must be from {low} to {high}; {value} is outside that range")
        return value

    parse.__name__ = "number"
    return parse


def positive_int(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def iso_datetime(text: str) -> datetime:
    """An ISO-8601 time; without a zone it is local time. Returns an aware datetime."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO-8601 time such as 2026-01-05T21:30") from None
    return value if value.tzinfo is not None else value.astimezone()


def iso_date_or_time(text: str) -> datetime:
    """A date (local midnight) or an ISO-8601 time, as an aware datetime."""
    stripped = text.strip()
    try:
        day = date.fromisoformat(stripped)
    except ValueError:
        pass
    else:
        return datetime.combine(day, time()).astimezone()
    try:
        return iso_datetime(stripped)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date such as 2026-01-05") from None
