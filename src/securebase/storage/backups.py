"""Encrypted backups: one file each (a zip of the encrypted database and the key file).

A backup is as safe as the vault: the database inside stays encrypted with the
same data key, and the key file inside still needs the passphrase (or recovery
key) that was current when it was taken.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from securebase.domain.clock import Clock, SystemClock
from securebase.paths import VaultPaths
from securebase.storage.atomic import fsync_dir
from securebase.storage.engine import connect_raw
from securebase.storage.errors import BackupNotFound, StorageFull, VaultDamaged

SUFFIX = ".sbbackup"
AUTO = "auto"
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_SAFETY = 10
SAFETY_REASONS = ("pre-migration", "pre-restore", "pre-import")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


def _stamp(clock: Clock) -> str:
    return clock.now().astimezone().strftime("%Y%m%d-%H%M%S")


def parse_name(path: Path) -> tuple[datetime, str] | None:
    name = path.name
    if not (name.startswith("securebase-") and name.endswith(SUFFIX)):
        return None
    parts = name[len("securebase-"):-len(SUFFIX)].split("-", 2)
    if len(parts) < 3:
        return None
    try:
        created = datetime.strptime(parts[0] + parts[1], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return created, parts[2].split(".")[0]


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first."""
    out = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        parsed = parse_name(path)
        if parsed and path.is_file():
            out.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    out.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return out


def _export_encrypted(db: Path, data_key: bytes, target: Path) -> None:
    conn = connect_raw(db, data_key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{data_key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('backup')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA backup.user_version = {int(version)}")
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()


def create_backup(paths: VaultPaths, data_key: bytes, *, dest_dir: Path | None = None,
                  reason: str = "manual", clock: Clock | None = None) -> Path:
    """Write an encrypted backup file and return its path. Atomic: a failed backup
    leaves no partial file behind."""
    clock = clock or SystemClock()
    folder = Path(dest_dir) if dest_dir else paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"securebase-{_stamp(clock)}-{reason}{SUFFIX}"
    n = 1
    while final.exists():
        n += 1
        final = folder / f"securebase-{_stamp(clock)}-{reason}.{n}{SUFFIX}"
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=folder))
    try:
        db_copy = work / "vault.db"
        _export_encrypted(paths.db, data_key, db_copy)
        tmp_zip = work / "backup.zip"
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.write(db_copy, "vault.db")
            key_source = paths.key if paths.key.exists() else paths.key_copy
            zf.write(key_source, "vault.key")
        with open(tmp_zip, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_zip, final)
        fsync_dir(folder)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull("The disk is full, so the backup could not be written; "
                              "your vault is unchanged.") from None
        raise
    except Exception as exc:
        if "full" in str(exc).lower():
            raise StorageFull("The disk is full, so the backup could not be written; "
                              "your vault is unchanged.") from None
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return final


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Keep the newest automatic backup of each of the last 14 days and of each of the
    last 8 weeks, and the newest 10 safety backups. Manual backups are never removed."""
    removed: list[Path] = []
    items = list_backups(folder)
    autos = [b for b in items if b.reason == AUTO]
    keep: set[Path] = set()
    days: set = set()
    weeks: set = set()
    for b in autos:  # newest first
        day = b.created.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(b.path)
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(b.path)
    safety = [b for b in items if b.reason in SAFETY_REASONS]
    keep.update(b.path for b in safety[:KEEP_SAFETY])
    for b in autos + safety:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def daily_backup(paths: VaultPaths, data_key: bytes, *, clock: Clock | None = None,
                 folder: Path | None = None) -> Path | None:
    """At most one automatic backup a day in ``folder`` (default: the vault's backups)."""
    clock = clock or SystemClock()
    folder = Path(folder) if folder is not None else paths.backups
    today = clock.now().astimezone().date()
    if any(b.reason == AUTO and b.created.date() == today for b in list_backups(folder)):
        return None
    made = create_backup(paths, data_key, dest_dir=folder, reason=AUTO, clock=clock)
    rotate(folder, clock.now())
    return made


def check_database(db: Path, data_key: bytes, *, readonly: bool = False) -> list[str]:
    """Run SQLite's and SQLCipher's integrity checks; return the problems (empty if good)."""
    try:
        conn = connect_raw(db, data_key, readonly=readonly)
    except VaultDamaged:
        return ["the database cannot be decrypted (damaged header or first page)"]
    try:
        problems = [f"cipher: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems += [f"integrity: {r}" for r in rows[:20]]
        return problems
    except Exception as exc:  # a damaged page can make either check fail outright
        return problems_from(exc)
    finally:
        conn.close()


def problems_from(exc: Exception) -> list[str]:
    return [f"the database could not be checked ({type(exc).__name__})"]


@contextlib.contextmanager
def unpacked(backup: Path):
    """Extract a backup to a private temporary folder (its contents stay encrypted)."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupNotFound()
    work = Path(tempfile.mkdtemp(prefix="securebase-verify-"))
    try:
        try:
            with zipfile.ZipFile(backup) as zf:
                names = set(zf.namelist())
                if not {"vault.db", "vault.key"} <= names:
                    raise VaultDamaged("That backup file is incomplete or damaged.")
                for name in ("vault.db", "vault.key", "vault.db-wal"):
                    if name in names:
                        zf.extract(name, work)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise VaultDamaged("That backup file is incomplete or damaged.") from None
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def newest_good(folder: Path, data_key: bytes | None = None) -> BackupInfo | None:
    """The newest backup whose zip is intact (and, with a key, whose database checks out)."""
    for info in list_backups(folder):
        try:
            with unpacked(info.path) as work:
                if data_key is None or not check_database(work / "vault.db", data_key):
                    return info
        except (VaultDamaged, BackupNotFound):
            continue
    return None
