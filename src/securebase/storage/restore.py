"""Verify and restore backups. Restoring never destroys the current vault: it is
kept first as a 'pre-restore' backup, whatever its state."""

from __future__ import annotations

import contextlib
import os
import shutil
import zipfile
from pathlib import Path

from securebase.domain.clock import Clock, SystemClock
from securebase.paths import VaultPaths
from securebase.storage.atomic import fsync_dir, write_atomic
from securebase.storage.backups import SUFFIX, check_database, unpacked
from securebase.storage.errors import VaultDamaged, WrongPassphrase
from securebase.storage.keyfile import KeyFile, KeyFileDamaged, KeyFileStore
from securebase.storage.lockfile import InstanceLock


def _backup_key(work: Path, passphrase: str, current: VaultPaths | None) -> tuple[bytes, bytes]:
    """The data key for the backup in ``work`` and the key-file bytes to install."""
    try:
        kf = KeyFile.from_bytes((work / "vault.key").read_bytes())
    except (KeyFileDamaged, OSError):
        kf = None
    if kf is not None:
        try:
            return kf.unlock(passphrase), kf.to_bytes()
        except WrongPassphrase:
            pass
    if current is not None:  # the passphrase may have changed since the backup
        try:
            kf_now, key = KeyFileStore(current.key, current.key_copy).open(
                lambda k: k.unlock(passphrase))
            return key, kf_now.to_bytes()
        except VaultDamaged:
            pass
    if kf is None:
        raise VaultDamaged("That backup's key file is damaged, so it cannot be opened.")
    raise WrongPassphrase("That passphrase does not open this backup.")


def verify_backup(backup: Path, passphrase: str, current: VaultPaths | None = None) -> list[str]:
    """Open the backup read-only and run both integrity checks; return the problems."""
    with unpacked(backup) as work:
        key, _ = _backup_key(work, passphrase, current)
        return check_database(work / "vault.db", key, readonly=False)


def _keep_current(paths: VaultPaths, clock: Clock) -> Path | None:
    """Zip the current vault's raw files, whatever their state, as a pre-restore backup."""
    files = [p for p in (paths.db, Path(f"{paths.db}-wal"), paths.key, paths.key_copy)
             if p.exists()]
    if not files:
        return None
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    final = paths.backups / f"securebase-{stamp}-pre-restore{SUFFIX}"
    n = 1
    while final.exists():
        n += 1
        final = paths.backups / f"securebase-{stamp}-pre-restore.{n}{SUFFIX}"
    tmp = final.with_name(final.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
        for p in files:
            arc = {paths.key_copy.name: "vault.key.bak"}.get(p.name, p.name)
            zf.write(p, arc)
        if not paths.key.exists() and paths.key_copy.exists():
            zf.write(paths.key_copy, "vault.key")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    fsync_dir(paths.backups)
    return final


def restore_backup(data_dir: Path, backup: Path, passphrase: str, *,
                   clock: Clock | None = None) -> Path | None:
    """Replace the vault with a verified backup. Returns the pre-restore copy of the
    vault that was there before (None if the folder was empty)."""
    clock = clock or SystemClock()
    paths = VaultPaths(Path(data_dir))
    paths.root.mkdir(parents=True, exist_ok=True)
    with InstanceLock(paths.lock):
        with unpacked(backup) as work:
            key, key_bytes = _backup_key(work, passphrase, paths)
            if (work / "vault.db-wal").exists():
                raise VaultDamaged("That backup is a raw copy with an unfinished journal; "
                                   "open it with 'securebase check' first.")
            problems = check_database(work / "vault.db", key)
            if problems:
                raise VaultDamaged("That backup is damaged, so it was not restored; "
                                   "your vault is unchanged.")
            kept = _keep_current(paths, clock)
            staged = paths.db.with_name(".vault.db.restoring")
            shutil.copyfile(work / "vault.db", staged)
            with open(staged, "rb+") as fh:
                os.fsync(fh.fileno())
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{paths.db}{suffix}")
            os.replace(staged, paths.db)
            fsync_dir(paths.root)
            write_atomic(paths.key, key_bytes)
            write_atomic(paths.key_copy, key_bytes)
    return kept
