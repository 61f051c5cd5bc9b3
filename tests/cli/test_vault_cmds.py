"""init, check, passwd, backup and restore, with the exit code of every failure."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from securebase.paths import VaultPaths
from securebase.storage.keyfile import KeyFile
from securebase.storage.lockfile import InstanceLock
from securebase.storage.vault import Vault
from tests.cli.conftest import assert_one_line_failure
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

RECOVERY_KEY = re.compile(r"Recovery key:\s+((?:[A-Z2-7]{4}-){7}[A-Z2-7]{4})")


# ----------------------------------------------------------------- init
def test_init_creates_a_real_vault_and_shows_the_recovery_key_once(cli, data_dir, monkeypatch):
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", PASSPHRASE)
    r = cli("init")
    assert r.code == 0, r.err
    match = RECOVERY_KEY.search(r.out)
    assert match, r.out
    assert "forget your passphrase" in r.out
    assert r.out.count(match.group(1)) == 1

    # real, calibrated key derivation: never below RFC 9106's second recommendation
    keyfile = KeyFile.from_bytes(VaultPaths(data_dir).key.read_bytes())
    assert keyfile.kdf_params.meets_floor()

    Vault.open(data_dir, PASSPHRASE, auto_backup=False).close()
    Vault.open_with_recovery(data_dir, match.group(1), OTHER_PASSPHRASE).close()

    again = cli("init")
    assert "already exists" in assert_one_line_failure(again, 1)


def test_init_refuses_a_weak_new_passphrase(cli, data_dir, monkeypatch):
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", "password123")
    line = assert_one_line_failure(cli("init"), 2)
    assert "too easy to guess" in line
    assert not VaultPaths(data_dir).exists()


def test_init_without_any_passphrase_source_does_not_hang(cli, data_dir):
    line = assert_one_line_failure(cli("init"), 2)
    assert "SECUREBASE_NEW_PASSPHRASE" in line
    assert not VaultPaths(data_dir).exists()


# ----------------------------------------------------------------- opening failures
def test_no_vault_is_exit_1_with_a_hint(cli, data_dir, monkeypatch):
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", PASSPHRASE)
    line = assert_one_line_failure(cli("list"), 1)
    assert "securebase init" in line


def test_wrong_passphrase_is_exit_3(cli, make_vault, monkeypatch):
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", "not the right passphrase at all")
    line = assert_one_line_failure(cli("list"), 3)
    assert "passphrase" in line


def test_vault_in_use_is_exit_5(cli, unlocked, data_dir):
    lock = InstanceLock(VaultPaths(data_dir).lock).acquire()
    try:
        line = assert_one_line_failure(cli("log", "--intensity", "4"), 5)
        assert "already open" in line
    finally:
        lock.release()
    assert cli("log", "--intensity", "4").code == 0


def test_the_lock_is_released_after_every_command(cli, unlocked, data_dir):
    for args in (("log", "--intensity", "4"), ("list",), ("search", "word"), ("check",),
                 ("backup",), ("list", "--json")):
        assert cli(*args).code == 0
        InstanceLock(VaultPaths(data_dir).lock).acquire().release()


def _damage_page_one(data_dir):
    db = VaultPaths(data_dir).db
    data = bytearray(db.read_bytes())
    data[100:200] = bytes(b ^ 0xFF for b in data[100:200])
    db.write_bytes(bytes(data))


def _damage_both_key_files(data_dir):
    paths = VaultPaths(data_dir)
    for path in (paths.key, paths.key_copy):
        path.write_bytes(path.read_bytes()[:40] + b"garbage")


@pytest.mark.parametrize("damage", [_damage_page_one, _damage_both_key_files])
@pytest.mark.parametrize("command", [("list",), ("check",), ("log", "--intensity", "3")])
def test_damaged_vault_is_exit_4_and_left_untouched(cli, unlocked, data_dir, damage, command):
    cli("log", "--intensity", "5", "--situation", "before the damage")
    damage(data_dir)
    paths = VaultPaths(data_dir)
    before = {p: p.read_bytes() for p in (paths.db, paths.key, paths.key_copy)}
    line = assert_one_line_failure(cli(*command), 4)
    assert "damaged" in line
    assert {p: p.read_bytes() for p in before} == before


# ----------------------------------------------------------------- check
def test_check_prints_ok_on_a_good_vault(cli, unlocked):
    cli("log", "--intensity", "5")
    r = cli("check")
    assert (r.code, r.out, r.err) == (0, "ok\n", "")


def test_check_lists_each_problem_and_exits_4(cli, unlocked, data_dir):
    cli("backup")
    VaultPaths(data_dir).key_copy.write_text("not a key file")
    r = cli("check")
    line = assert_one_line_failure(r, 4)
    assert "1 problem" in line and "newest good backup" in line
    [problem] = r.out.splitlines()
    assert "vault.key.bak" in problem and "damaged" in problem


# ----------------------------------------------------------------- passwd
def test_passwd_changes_the_passphrase(cli, unlocked, data_dir, monkeypatch):
    cli("log", "--intensity", "6", "--situation", "kept across the change")
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    r = cli("passwd")
    assert r.code == 0, r.err
    monkeypatch.delenv("SECUREBASE_NEW_PASSPHRASE")
    assert_one_line_failure(cli("list"), 3)  # the old passphrase no longer opens it
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", OTHER_PASSPHRASE)
    assert "kept across the change" in cli("list").out


def test_passwd_with_wrong_old_passphrase_changes_nothing(cli, make_vault, data_dir, monkeypatch):
    key_before = VaultPaths(data_dir).key.read_bytes()
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", "a wrong passphrase entirely")
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    assert_one_line_failure(cli("passwd"), 3)
    assert VaultPaths(data_dir).key.read_bytes() == key_before


@pytest.mark.parametrize("new", ["password123", PASSPHRASE])
def test_passwd_refuses_weak_or_unchanged_passphrase(cli, unlocked, data_dir, monkeypatch, new):
    key_before = VaultPaths(data_dir).key.read_bytes()
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", new)
    assert_one_line_failure(cli("passwd"), 2)
    assert VaultPaths(data_dir).key.read_bytes() == key_before


def test_passwd_with_the_recovery_key(cli, make_vault, data_dir, monkeypatch):
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    monkeypatch.setenv("SECUREBASE_RECOVERY_KEY", "AAAA-" * 7 + "AAAA")
    assert_one_line_failure(cli("passwd", "--recovery-key"), 3)
    monkeypatch.setenv("SECUREBASE_RECOVERY_KEY", make_vault.lower())
    assert cli("passwd", "--recovery-key").code == 0
    Vault.open(data_dir, OTHER_PASSPHRASE, auto_backup=False).close()


# ----------------------------------------------------------------- backup & restore
def test_backup_then_restore_round_trips_and_keeps_the_previous_vault(cli, unlocked, data_dir):
    cli("log", "--intensity", "4", "--situation", "before the backup")
    made = cli("backup")
    assert made.code == 0, made.err
    backup = Path(made.out.strip())
    assert backup.is_file() and backup.parent == VaultPaths(data_dir).backups
    cli("log", "--intensity", "9", "--situation", "after the backup")

    restored = cli("restore", str(backup))
    assert restored.code == 0, restored.err
    kept = Path(re.search(r"kept at (.+\.sbbackup)", restored.out).group(1))
    assert kept.is_file() and "pre-restore" in kept.name
    assert [e["situation"] for e in json.loads(cli("list", "--json").out)] == ["before the backup"]

    # the pre-restore copy holds the entry written after the backup
    assert cli("restore", str(kept)).code == 0
    assert [e["situation"] for e in json.loads(cli("list", "--json").out)] == [
        "after the backup", "before the backup"]


def test_backup_to_a_chosen_folder(cli, unlocked, tmp_path):
    dest = tmp_path / "usb stick"
    r = cli("backup", str(dest))
    assert r.code == 0, r.err
    assert Path(r.out.strip()).parent == dest.resolve()
    afile = tmp_path / "a-file"
    afile.write_text("x")
    assert_one_line_failure(cli("backup", str(afile)), 2)


def test_restore_failures(cli, unlocked, data_dir, tmp_path, monkeypatch):
    assert "no backup file" in assert_one_line_failure(
        cli("restore", str(tmp_path / "missing.sbbackup")), 1)
    junk = tmp_path / "junk.sbbackup"
    junk.write_bytes(b"not a zip at all")
    assert_one_line_failure(cli("restore", str(junk)), 4)
    good = Path(cli("backup").out.strip())
    lock = InstanceLock(VaultPaths(data_dir).lock).acquire()
    try:
        assert_one_line_failure(cli("restore", str(good)), 5)
    finally:
        lock.release()
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", "a wrong passphrase entirely")
    assert_one_line_failure(cli("restore", str(good)), 3)
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", PASSPHRASE)
    assert json.loads(cli("list", "--json").out) == []  # the vault still opens
    assert not any("pre-restore" in p.name for p in VaultPaths(data_dir).backups.iterdir())
