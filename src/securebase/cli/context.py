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
        from securebase.storage.vault import Vault  # imports SQLAlchemy: only when needed

        vault = Vault.open(self.data_dir, secret, clock=self.clock, auto_backup=auto_backup)
        try:
            yield vault
        finally:
            vault.close()
