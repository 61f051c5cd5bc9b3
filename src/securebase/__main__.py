"""Entry point: ``securebase`` and ``python -m securebase``.

With a command (init, log, list, ...) it runs the command line; without one it
starts the desktop app. Kept tiny so ``--version`` and the window start fast.
"""

from __future__ import annotations

import sys


def _disable_core_dumps() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not POSIX, or not permitted
        pass


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _disable_core_dumps()
    if argv[:1] in (["--version"], ["-V"]):
        from securebase import __version__

        print(f"securebase {__version__}")
        return 0
    from securebase.cli import is_command_line
    from securebase.cli import main as cli_main

    if is_command_line(argv):
        return cli_main(argv)
    from securebase.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
