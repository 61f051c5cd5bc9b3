"""What every command handler gets: its arguments, the data folder, the clock and
a way to open the vault that always closes it (and releases the lock) again."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from securebase.cli import passphrases
from securebase.domain.clock import Clock
from securebase.paths import ENV_DATA_DIR, VaultPaths, resolve_data_dir
from securebase.storage.errors import VaultMissing

if TYPE_CHECKING:
    from securebase.storage.vault import Vault


@dataclass
class CliContext:
    args: argparse.Namespace
    env: Mapping[str, str]
    clock: Clock

    @property
    def data_dir(self) -> Path:
        explicit = getattr(self.args, "data_dir", None) or self.env.get(ENV_DATA_DIR)
        return resolve_data_dir(explicit or None)

    @property
    def paths(self) -> VaultPaths:
        return VaultPaths(self.data_dir)

    def passphrase(self) -> str:
        """The current passphrase from --passphrase-file, the environment or the terminal."""
        return passphrases.current_passphrase(
            getattr(self.args, "passphrase_file", None), self.env,
            prompt=f"Passphrase for the vault in {self.data_dir}: ")

    def require_vault(self) -> None:
        """Stop before asking for a passphrase when there is no vault to open."""
        if not self.paths.exists():
            raise VaultMissing(
                f"There is no vault in {self.data_dir} yet. Create one with 'securebase init', "
                "or point --data-dir at your vault folder.")

    @contextlib.contextmanager
    def open_vault(self, *, auto_backup: bool = True,
                   passphrase: str | None = None) -> Iterator[Vault]:
        """The unlocked vault for the length of the ``with`` block; closed afterwards
        whatever happens, so the lock is always released."""
        self.require_vault()
        secret = passphrase if passphrase is not None else self.passphrase()
        derived = _derive_while_importing(self.data_dir, secret)
        from securebase.storage.vault import Vault  # imports SQLAlchemy: only when needed

        vault = Vault.open(self.data_dir, secret, clock=self.clock, auto_backup=auto_backup,
                           derived=derived.result())
        try:
            yield vault
        finally:
            vault.close()


class _Derivation:
    """Argon2id (which releases the GIL) on a thread while the main thread imports
    SQLAlchemy: the two slowest steps of a command overlap. Any failure gives None,
    and ``Vault.open`` then reports it in its usual order (in use before wrong
    passphrase)."""

    def __init__(self, data_dir: Path, passphrase: str) -> None:
        import threading

        self._value: tuple[str, bytes] | None = None
        self._thread = threading.Thread(target=self._run, args=(data_dir, passphrase),
                                        name="securebase-kdf", daemon=True)
        self._thread.start()

    def _run(self, data_dir: Path, passphrase: str) -> None:
        try:
            from securebase.storage.keyfile import KeyFileStore

            paths = VaultPaths(data_dir)
            kf, key = KeyFileStore(paths.key, paths.key_copy).open(
                lambda k: k.unlock(passphrase))
            self._value = (kf.vault_id, key)
        except Exception:  # noqa: BLE001 - Vault.open repeats it and reports it properly
            self._value = None

    def result(self) -> tuple[str, bytes] | None:
        self._thread.join()
        return self._value


def _derive_while_importing(data_dir: Path, passphrase: str) -> _Derivation:
    return _Derivation(data_dir, passphrase)
