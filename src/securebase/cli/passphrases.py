"""Where the command line gets passphrases from.

The current passphrase: ``--passphrase-file FILE``, else ``SECUREBASE_PASSPHRASE``,
else a no-echo prompt on the terminal. A new passphrase (init, passwd):
``SECUREBASE_NEW_PASSPHRASE``, else a prompt asked twice. Without a terminal and
without a non-interactive source the command stops with one line (exit 2) rather
than wait for input that never comes.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Mapping
from pathlib import Path

from securebase.cli.parser import UsageError
from securebase.storage.errors import WeakPassphrase

ENV_PASSPHRASE = "SECUREBASE_PASSPHRASE"
ENV_NEW_PASSPHRASE = "SECUREBASE_NEW_PASSPHRASE"
MAX_FILE_BYTES = 64 * 1024
PROMPT_ATTEMPTS = 3


class NoPassphrase(UsageError):
    """No way to ask for a passphrase (no terminal, no env, no file)."""


def stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def prompt_hidden(text: str) -> str:
    """Ask without echo. Kept as a module function so tests can replace it."""
    return getpass.getpass(text, stream=sys.stderr)


def _from_file(path_text: str) -> str:
    path = Path(path_text).expanduser()
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UsageError(f"The passphrase file {path} does not exist.") from None
    except IsADirectoryError:
        raise UsageError(f"The passphrase file {path} is a folder, not a file.") from None
    except OSError as exc:
        raise UsageError(f"The passphrase file {path} cannot be read ({exc.strerror}).") from None
    if len(data) > MAX_FILE_BYTES:
        raise UsageError(f"The passphrase file {path} is too large to hold a passphrase.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"The passphrase file {path} is not UTF-8 text.") from None
    # Like restic's --password-file: the first line, without its line ending.
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise UsageError(f"The first line of the passphrase file {path} is empty.")
    return first


def given_passphrase(passphrase_file: str | None, env: Mapping[str, str]) -> str | None:
    """The passphrase from the file or the environment, if the user gave one."""
    if passphrase_file:
        return _from_file(passphrase_file)
    value = env.get(ENV_PASSPHRASE)
    return value if value else None


def current_passphrase(passphrase_file: str | None, env: Mapping[str, str], *,
                       prompt: str = "Passphrase: ") -> str:
    """The passphrase that opens the vault (file, then env, then terminal)."""
    given = given_passphrase(passphrase_file, env)
    if given is not None:
        return given
    if not stdin_is_tty():
        raise NoPassphrase(
            f"No passphrase given: set {ENV_PASSPHRASE}, use --passphrase-file FILE, "
            "or run the command in a terminal.")
    value = prompt_hidden(prompt)
    if not value:
        raise UsageError("No passphrase was entered; nothing was changed.")
    return value


def _check_strength(passphrase: str) -> None:
    from securebase.domain.passphrase import assess

    strength = assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(f"{WeakPassphrase.default_message} {strength.reason}")


def new_passphrase(env: Mapping[str, str], *, fallback: str | None = None,
                   different_from: str | None = None) -> str:
    """A new passphrase, checked for strength (WeakPassphrase, exit 2, if too easy).

    ``fallback`` is a non-interactive answer used when SECUREBASE_NEW_PASSPHRASE is
    not set (init accepts the usual passphrase channel, since it has no old one).
    """
    value = env.get(ENV_NEW_PASSPHRASE) or fallback
    if value:
        _check(value, different_from)
        return value
    if not stdin_is_tty():
        raise NoPassphrase(
            f"No new passphrase given: set {ENV_NEW_PASSPHRASE} or run the command in a terminal.")
    for _attempt in range(PROMPT_ATTEMPTS):
        first = prompt_hidden("New passphrase: ")
        try:
            _check(first, different_from)
        except (WeakPassphrase, UsageError) as exc:
            print(_message(exc), file=sys.stderr)
            continue
        if prompt_hidden("Repeat the new passphrase: ") == first:
            return first
        print("The two passphrases do not match; please try again.", file=sys.stderr)
    raise UsageError(f"No new passphrase was set after {PROMPT_ATTEMPTS} tries; "
                     "nothing was changed.")


def _check(value: str, different_from: str | None) -> None:
    if different_from is not None and value == different_from:
        raise UsageError("The new passphrase is the same as the current one; nothing was changed.")
    _check_strength(value)


def _message(exc: Exception) -> str:
    return getattr(exc, "user_message", None) or str(exc)
