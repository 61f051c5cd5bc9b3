"""Backups are encrypted, rotate sensibly, verify, and really restore."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.storage import backups
from securebase.storage.errors import BackupNotFound, VaultDamaged, WrongPassphrase
from securebase.storage.restore import restore_backup, verify_backup
from securebase.storage.vault import Vault
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def _add(vault, text):
    return vault.triggers.add(TriggerMoment(intensity=4, occurred_at=datetime.now(UTC),
                                            situation=text))


def test_daily_backup_at_most_once_a_day(data_dir, make_vault):
    clock = FakeClock(datetime(2026, 5, 1, 10, 0, tzinfo=UTC))
    for _ in range(3):
        Vault.open(data_dir, PASSPHRASE, clock=clock).close()
    assert [b.reason for b in backups.list_backups(data_dir / "backups")] == ["auto"]
    clock.advance(24 * 3600)
    Vault.open(data_dir, PASSPHRASE, clock=clock).close()
    assert len(backups.list_backups(data_dir / "backups")) == 2


def test_rotation_keeps_14_daily_and_8_weekly(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(120):
        stamp = (start + timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        (folder / f"securebase-{stamp}-auto.sbbackup").write_bytes(b"x")
    (folder / "securebase-20250101-090000-manual.sbbackup").write_bytes(b"x")
    backups.rotate(folder, start + timedelta(days=120))
    left = backups.list_backups(folder)
    autos = [b for b in left if b.reason == "auto"]
    days = {b.created.date() for b in autos}
    newest = max(days)
    assert all((newest - timedelta(days=i)) in days for i in range(14))
    weeks = {b.created.isocalendar()[:2] for b in autos}
    assert len(weeks) == 8
    assert len(autos) < 14 + 8
    assert any(b.reason == "manual" for b in left)  # manual backups are never removed


def test_restore_round_trip_keeps_the_current_vault(data_dir, make_vault):
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        _add(v, "before the backup")
        backup = v.backup()
        _add(v, "after the backup")
    kept = restore_backup(data_dir, backup, PASSPHRASE)
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        assert [m.situation for m in v.triggers.list()] == ["before the backup"]
    # the replaced vault was kept and can itself be restored
    assert kept is not None and kept.exists()
    restore_backup(data_dir, kept, PASSPHRASE)
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        assert len(v.triggers.list()) == 2


def test_restore_after_passphrase_change_uses_either_passphrase(data_dir, make_vault):
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        _add(v, "old days")
        backup = v.backup()
        v.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    restore_backup(data_dir, backup, OTHER_PASSPHRASE)  # current key file opens it
    with Vault.open(data_dir, OTHER_PASSPHRASE, auto_backup=False) as v:
        assert v.triggers.count() == 1
    with pytest.raises(WrongPassphrase):
        restore_backup(data_dir, backup, "no such passphrase here")


def test_restore_rescues_a_damaged_vault(data_dir, make_vault):
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        _add(v, "precious")
        backup = v.backup()
    db = data_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[100:200] = bytes(100)
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)
    assert backups.newest_good(data_dir / "backups").path == backup
    kept = restore_backup(data_dir, backup, PASSPHRASE)
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        assert v.triggers.list()[0].situation == "precious"
    with zipfile.ZipFile(kept) as zf:  # the damaged file was kept as it was
        assert zf.read("vault.db") == bytes(data)


def test_verify_catches_a_damaged_backup(data_dir, make_vault, tmp_path):
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        for i in range(300):
            _add(v, f"row {i} " + "y" * 300)
        good = v.backup()
    assert verify_backup(good, PASSPHRASE) == []
    with zipfile.ZipFile(good) as zf:
        db, key = zf.read("vault.db"), zf.read("vault.key")
    bad_db = bytearray(db)
    bad_db[4096 * 3 + 500] ^= 0xFF
    bad = tmp_path / "securebase-20260101-000000-manual.sbbackup"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("vault.db", bytes(bad_db))
        zf.writestr("vault.key", key)
    assert verify_backup(bad, PASSPHRASE) != []
    with pytest.raises(VaultDamaged):
        restore_backup(data_dir, bad, PASSPHRASE)
    truncated = tmp_path / "securebase-20260101-000001-manual.sbbackup"
    truncated.write_bytes(good.read_bytes()[:1000])
    with pytest.raises(VaultDamaged):
        verify_backup(truncated, PASSPHRASE)
    with pytest.raises(BackupNotFound):
        verify_backup(tmp_path / "missing.sbbackup", PASSPHRASE)


def test_backup_to_chosen_folder(vault, tmp_path):
    dest = tmp_path / "synced"
    path = vault.backup(dest)
    assert path.parent == dest and path.name.endswith(".sbbackup")
    assert not [p for p in dest.iterdir() if p.name.startswith(".")]


def test_daily_backup_in_background_survives_a_lock(data_dir, make_vault):
    vault = Vault.open(data_dir, PASSPHRASE, auto_backup=False)
    assert backups.list_backups(data_dir / "backups") == []
    thread = vault.daily_backup_in_background()
    vault.close()  # locking meanwhile must not disturb the copy
    thread.join(30)
    made = backups.list_backups(data_dir / "backups")
    assert [b.reason for b in made] == ["auto"]
    assert verify_backup(made[0].path, PASSPHRASE) == []
