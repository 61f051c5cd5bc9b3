"""Where SecureBase keeps its files. The one place tests redirect.

Resolution order for the vault folder: an explicit ``--data-dir``, then the
``SECUREBASE_DATA_DIR`` environment variable, then the platform's user data
folder (platformdirs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "SECUREBASE_DATA_DIR"
ENV_CONFIG_DIR = "SECUREBASE_CONFIG_DIR"

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
KEY_COPY_NAME = "vault.key.bak"
LOCK_NAME = "vault.lock"
BACKUP_DIR_NAME = "backups"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("SecureBase", appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def config_dir() -> Path:
    """Folder for UI preferences (window geometry only, never private text)."""
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_config_dir

    return Path(user_config_dir("SecureBase", appauthor=False, roaming=True))


@dataclass(frozen=True)
class VaultPaths:
    """The files of one vault folder."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def key(self) -> Path:
        return self.root / KEY_NAME

    @property
    def key_copy(self) -> Path:
        return self.root / KEY_COPY_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    def exists(self) -> bool:
        return self.key.exists() or self.key_copy.exists() or self.db.exists()


def resources_dir() -> Path:
    """The shipped resources (content, icons, sounds)."""
    import securebase.resources as res

    return Path(res.__file__).resolve().parent
