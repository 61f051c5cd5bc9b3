"""The command line (CONTRACT.md): ``securebase [global options] COMMAND ...``.

Commands live in modules that each provide ``register(commands)``; a feature adds
its commands by adding its module to ``COMMAND_MODULES``. Handlers import the
vault (and with it SQLAlchemy) only when they run, so ``--help`` and usage
errors stay fast, and no command path imports PySide6 or matplotlib.

Exit codes: 0 success, 1 other failure, 2 usage error, 3 wrong passphrase or
recovery key, 4 vault damaged, 5 vault in use, 130 interrupted. Every failure
prints exactly one line on stderr, never a traceback and never entry text.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Mapping

COMMAND_MODULES = (
    "securebase.cli.vault_cmds",
    "securebase.cli.journal_cmds",
    "securebase.cli.assessment_cmds",
    "securebase.cli.transfer_cmds",
    "securebase.cli.demo_cmds",
)

# Qt's own command-line options that take a value (the GUI passes them on to Qt).
_QT_VALUE_OPTIONS = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
    "-qwindowicon", "-qwindowtitle", "-session", "-style", "-stylesheet", "-display",
    "-geometry",
})


def _registrars() -> list[Callable]:
    return [importlib.import_module(name).register for name in COMMAND_MODULES]


def command_names() -> list[str]:
    from securebase.cli.parser import build_parser

    return build_parser(_registrars())[1].names


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    from securebase.cli.parser import GLOBAL_VALUE_OPTIONS

    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--":
            continue
        if arg in GLOBAL_VALUE_OPTIONS or arg in _QT_VALUE_OPTIONS:
            skip = True
            continue
        if arg.startswith("-") and arg != "-":
            continue
        return arg
    return None


def is_command_line(argv: list[str]) -> bool:
    """True when argv asks for the command line rather than the window: it names a
    command, asks for help, or holds any other bare word (the window takes none, so
    a mistyped command gets a usage error instead of opening the app)."""
    if any(arg in ("-h", "--help") for arg in argv):
        return True
    return _first_word(argv) is not None


def main(argv: list[str], *, env: Mapping[str, str] | None = None, clock=None) -> int:
    """Run one command and return its exit code. Never raises: every failure
    becomes one line on stderr and an exit code."""
    try:
        return _run(list(argv), os.environ if env is None else env, clock)
    except KeyboardInterrupt:
        _fail("Interrupted; anything already saved is kept.")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except BaseException as exc:  # noqa: BLE001 - last line of defence: one line, no traceback
        if isinstance(exc, SystemExit):
            return _exit_code(exc)
        return _report(exc)


def _run(argv: list[str], env: Mapping[str, str], clock) -> int:
    from securebase.cli.context import CliContext
    from securebase.cli.parser import build_parser
    from securebase.domain.clock import SystemClock

    parser, commands = build_parser(_registrars())
    try:
        args, extra = parser.parse_known_args(argv)
    except SystemExit as exc:  # --help prints and exits 0
        return _exit_code(exc)
    if extra:  # name the command whose help to read
        sub = commands.parsers.get(getattr(args, "command", None) or "", parser)
        sub.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.version:
        from securebase import __version__

        print(f"securebase {__version__}")
        return 0
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    ctx = CliContext(args=args, env=env, clock=clock or SystemClock())
    return int(handler(ctx) or 0)


def _report(exc: BaseException) -> int:
    """One line on stderr for a failure, and its exit code."""
    from securebase.cli.parser import UsageError
    from securebase.domain.entries import EntryError
    from securebase.storage.errors import SecureBaseError

    if isinstance(exc, SecureBaseError):
        _fail(exc.user_message)
        return exc.exit_code
    if isinstance(exc, UsageError):
        _fail(str(exc))
        return UsageError.exit_code
    if isinstance(exc, EntryError):
        _fail(str(exc))
        return 2
    if isinstance(exc, EOFError):
        _fail("No input was given; nothing was changed.")
        return 2
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        reason = exc.strerror or type(exc).__name__
        _fail(f"The command could not finish: {reason}{where}.")
        return 1
    _fail(f"The command stopped because of an unexpected error ({type(exc).__name__}); "
          "details are not shown, to keep your entries private.")
    return 1


def _fail(message: str) -> None:
    line = " ".join(str(message).split())
    try:
        print(f"securebase: {line}", file=sys.stderr)
    except Exception:  # noqa: BLE001 - stderr gone: nothing more we can do
        pass


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    _fail(str(code))
    return 1


def _silence_stdout() -> None:
    """After a closed pipe (``securebase list | head``), keep Python from complaining
    again when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
