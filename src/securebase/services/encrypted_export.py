"""The encrypted export: a copy of the vault as a standard SQLCipher 4 database,
protected by a passphrase the user chooses for it.

Unlike the vault itself (keyed with a random raw key that our key file wraps),
this file is keyed through SQLCipher's own key derivation, so anyone with the
passphrase can open it with the standard ``sqlcipher`` tool or any SQLCipher
library, without SecureBase::

    $ sqlcipher securebase-encrypted-2026-11-24.db
    sqlite> PRAGMA key = 'the passphrase';
    sqlite> SELECT occurred_at, intensity, situation FROM trigger_moments;

It holds every kept entry, take and setting; entries deleted in the app, drafts
and the backup-folder setting are removed from the copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from securebase.domain.passphrase import assess
from securebase.services.export import ExportResult, atomic_target
from securebase.storage import transfer
from securebase.storage.errors import InvalidInput, WeakPassphrase

if TYPE_CHECKING:
    from collections.abc import Callable

    from securebase.storage.vault import Vault


def check_export_passphrase(passphrase: str) -> None:
    """The export's passphrase must be as hard to guess as a vault's."""
    if not passphrase:
        raise InvalidInput("Please choose a passphrase for the encrypted export.")
    if "\x00" in passphrase:
        raise InvalidInput("The passphrase contains a character that cannot be used.")
    strength = assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(f"{WeakPassphrase.default_message} {strength.reason}".strip())


def export_encrypted(vault: Vault, path: Path, passphrase: str, *,
                     progress: Callable[[str], None] | None = None) -> ExportResult:
    """Write the encrypted export to ``path``; checks it opens with ``passphrase``
    (both integrity checks) before it replaces anything at ``path``."""
    check_export_passphrase(passphrase)
    tell = progress or (lambda _step: None)
    path = Path(path)
    tell("reading")
    content = transfer.read_content(vault.sessions)  # the counts the caller shows
    tell("writing")
    with atomic_target(path) as tmp:
        live = transfer.export_sqlcipher(vault.paths.db, vault.data_key, tmp, passphrase)
        tell("checking")
        try:
            held = transfer.check_sqlcipher_export(tmp, passphrase)
        except ValueError:
            raise InvalidInput("The encrypted export could not be read back, so it was not "
                               "saved; please try again.") from None
        if held != live:
            raise InvalidInput("The encrypted export did not hold every trigger moment, so it "
                               "was not saved; please try again.")
    counts = {kind: content.count(kind) for kind in transfer.KINDS if kind != "settings"}
    return ExportResult(path, counts, content.left_out_deleted)
