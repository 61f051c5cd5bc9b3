"""The vault: one encrypted SQLCipher database, its key file, lock and backups.

Typical use::

    vault, recovery_key = Vault.create(folder, passphrase)
    vault = Vault.open(folder, passphrase)
    vault.triggers.add(...)
    vault.close()
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from securebase.domain.clock import Clock, SystemClock
from securebase.paths import VaultPaths
from securebase.storage import backups, kdf, migrate
from securebase.storage.engine import check_fts5, connect_raw, create_database, make_engine
from securebase.storage.errors import StorageFull, VaultDamaged, VaultExists, VaultMissing
from securebase.storage.keyfile import KeyFile, KeyFileStore, new_data_key, new_recovery_key
from securebase.storage.lockfile import InstanceLock
from securebase.storage.settings_repo import SettingsRepository
from securebase.storage.triggers import TriggerRepository

log = logging.getLogger(__name__)

#: The setting (inside the vault) naming the folder the user chose for backups.
BACKUP_DIR_KEY = "backup_dir"


def _store(paths: VaultPaths) -> KeyFileStore:
    return KeyFileStore(paths.key, paths.key_copy)


class Vault:
    """An unlocked vault. Holds the instance lock until ``close()``."""

    def __init__(self, paths: VaultPaths, keyfile: KeyFile, data_key: bytes,
                 lock: InstanceLock, clock: Clock) -> None:
        self.paths = paths
        self.clock = clock
        self._keyfile = keyfile
        self._data_key: bytes | None = data_key
        self._lock = lock
        self._engine: Engine | None = make_engine(paths.db, data_key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self.triggers = TriggerRepository(self._sessions, clock.now)
        self.settings = SettingsRepository(self._sessions)

    # ------------------------------------------------------------------ feature repositories
    # Each is built on first use with the same (sessionmaker, now) pair.
    def _repo(self, module: str, cls: str):
        import importlib

        cache = self.__dict__.setdefault("_repos", {})
        if cls not in cache:
            factory = getattr(importlib.import_module(f"securebase.storage.{module}"), cls)
            cache[cls] = factory(self._sessions, self.clock.now)
        return cache[cls]

    @property
    def experiments(self):
        return self._repo("experiments", "ExperimentRepository")

    @property
    def narrative(self):
        return self._repo("narrative", "NarrativeRepository")

    @property
    def drafts(self):
        return self._repo("drafts", "DraftRepository")

    @property
    def assessments(self):
        return self._repo("assessments", "AssessmentRepository")

    @property
    def practice(self):
        return self._repo("practice", "PracticeRepository")

    @property
    def path_state(self):
        return self._repo("path_state", "PathStateRepository")

    @property
    def activity(self):
        return self._repo("activity", "ActivityTimes")

    @property
    def trends(self):
        return self._repo("trend_queries", "TrendQueries")

    # ------------------------------------------------------------------ lifecycle
    @staticmethod
    def exists(data_dir: Path) -> bool:
        return VaultPaths(Path(data_dir)).exists()

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, *, clock: Clock | None = None,
               lock: InstanceLock | None = None,
               _unsafe_kdf_params: kdf.KdfParams | None = None) -> tuple[Vault, str]:
        """Create a new vault; return it and the recovery key (shown to the user once).

        ``_unsafe_kdf_params`` exists for tests only; no user-facing path passes it.
        """
        check_fts5()
        paths = VaultPaths(Path(data_dir))
        paths.root.mkdir(parents=True, exist_ok=True)
        lock = (lock or InstanceLock(paths.lock)).acquire()
        try:
            if paths.exists():
                raise VaultExists()
            params = _unsafe_kdf_params or kdf.calibrate()
            data_key = new_data_key()
            recovery_key = new_recovery_key()
            keyfile = KeyFile.create(data_key, passphrase, recovery_key, params)
            create_database(paths.db, data_key)
            _store(paths).write(keyfile)
            vault = cls(paths, keyfile, data_key, lock, clock or SystemClock())
            migrate.upgrade(vault.engine)
            return vault, recovery_key
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, data_dir: Path, passphrase: str, *, clock: Clock | None = None,
             lock: InstanceLock | None = None, auto_backup: bool = True,
             derived: tuple[str, bytes] | None = None) -> Vault:
        """Open with the passphrase. ``derived`` is ``(vault_id, data_key)`` derived
        earlier (e.g. on a thread while SQLAlchemy imports); it is
        used only for the key file it came from."""

        def unlock(kf: KeyFile) -> bytes:
            if derived is not None and derived[0] == kf.vault_id:
                return derived[1]
            return kf.unlock(passphrase)

        return cls._open(data_dir, unlock, clock, lock, auto_backup)

    @classmethod
    def open_with_recovery(cls, data_dir: Path, recovery_key: str, new_passphrase: str, *,
                           clock: Clock | None = None, lock: InstanceLock | None = None) -> Vault:
        """Unlock with the recovery key and set a new passphrase at once."""
        vault = cls._open(data_dir, lambda kf: kf.unlock_recovery(recovery_key), clock, lock,
                          auto_backup=True)
        try:
            vault._set_passphrase(new_passphrase)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open(cls, data_dir, unlock, clock, lock, auto_backup) -> Vault:
        check_fts5()
        paths = VaultPaths(Path(data_dir))
        store = _store(paths)
        if not store.exists() and not paths.db.exists():
            raise VaultMissing()
        lock = (lock or InstanceLock(paths.lock)).acquire()
        try:
            if not paths.db.exists():
                raise VaultDamaged("The vault's database file is missing; nothing has been "
                                   "changed. You can restore a backup.")
            keyfile, data_key = store.open(unlock)
            _verify_database(paths.db, data_key)
            store.sync_copy(keyfile)
            vault = cls(paths, keyfile, data_key, lock, clock or SystemClock())
        except BaseException:
            lock.release()
            raise
        try:
            if migrate.needs_upgrade(vault.engine):
                backups.create_backup(paths, data_key, reason="pre-migration", clock=vault.clock)
                migrate.upgrade(vault.engine)
            elif auto_backup:
                vault.daily_backup()
        except BaseException:
            vault.close()
            raise
        return vault

    def close(self) -> None:
        """Dispose the engine, forget the key, release the lock."""
        if self._engine is None and self._data_key is None:
            return  # already closed: never release a lent lock twice
        if self._engine is not None:
            with contextlib.suppress(Exception):
                with self._engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()
            self._engine = None
        self._data_key = None
        self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("vault is closed")
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self._sessions

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("vault is closed")
        return self._data_key

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ passphrase
    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase. Checks the old one first."""
        self._keyfile.unlock(old_passphrase)  # raises WrongPassphrase
        self._set_passphrase(new_passphrase)

    def _set_passphrase(self, new_passphrase: str) -> None:
        updated = KeyFile.from_bytes(self._keyfile.to_bytes())
        updated.set_passphrase(self.data_key, new_passphrase)
        _store(self.paths).write(updated)
        self._keyfile = updated

    # ------------------------------------------------------------------ backups & checks
    def backup(self, dest_dir: Path | None = None, reason: str = "manual") -> Path:
        return backups.create_backup(self.paths, self.data_key, dest_dir=dest_dir,
                                     reason=reason, clock=self.clock)

    def chosen_backup_folder(self) -> Path | None:
        """The folder the user chose for backups (Settings → Backups), if one is set and
        exists right now (a synced or external folder may be away)."""
        chosen = self.settings.get(BACKUP_DIR_KEY)
        if isinstance(chosen, str) and chosen.strip():
            folder = Path(chosen).expanduser()
            if folder.is_absolute() and folder.is_dir():
                return folder
        return None

    def backup_folder(self) -> Path:
        """Where a backup made now goes: the chosen folder, else ``backups``."""
        return self.chosen_backup_folder() or self.paths.backups

    def daily_backup(self) -> Path | None:
        """At most one automatic backup a day, then rotate old ones. It is kept in the
        vault's own ``backups`` folder (which the unlock dialog offers when the vault is
        damaged) and, when the user chose a backup folder, there too."""
        return _daily_backups(self.paths, self.data_key, self.clock, self.chosen_backup_folder())

    def daily_backup_in_background(self) -> threading.Thread:
        """``daily_backup`` on its own thread and connection, so a large vault opens
        without waiting for its copy. Everything it needs is taken now: locking the
        vault meanwhile does not disturb it. Not a daemon: quitting waits for it."""
        paths, key, clock = self.paths, self.data_key, self.clock
        chosen = self.chosen_backup_folder()

        def run() -> None:
            try:
                _daily_backups(paths, key, clock, chosen)
            except Exception as exc:  # noqa: BLE001 - a failed backup must not crash the app
                log.warning("the daily backup could not be written (%s)", type(exc).__name__)

        thread = threading.Thread(target=run, name="securebase-daily-backup", daemon=False)
        thread.start()
        return thread

    def check(self) -> list[str]:
        """Both integrity checks and both key-file copies; returns the problems found."""
        problems = backups.check_database(self.paths.db, self.data_key)
        for path, kf, reason in _store(self.paths).read_all():
            if kf is None:
                problems.append(f"key file copy {path.name} is {reason}")
        return problems


def _daily_backups(paths: VaultPaths, key: bytes, clock: Clock,
                   chosen: Path | None) -> Path | None:
    made = backups.daily_backup(paths, key, clock=clock)
    if chosen is not None and chosen.resolve() != paths.backups.resolve():
        try:
            backups.daily_backup(paths, key, clock=clock, folder=chosen)
        except (OSError, StorageFull):
            log.warning("the chosen backup folder could not be written; the daily "
                        "backup is only in the vault's folder")
    return made


def _verify_database(db: Path, data_key: bytes) -> None:
    """The key file accepted the secret, so any failure here is damage, not a wrong key."""
    conn = connect_raw(db, data_key)
    try:
        bad = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        if bad:
            raise VaultDamaged()
    except VaultDamaged:
        raise
    except Exception:
        raise VaultDamaged() from None
    finally:
        conn.close()
