"""The vault keeps secrets secret, tells damage from a wrong passphrase, and never loses data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from securebase.domain.entries import TriggerMoment
from securebase.paths import VaultPaths
from securebase.storage import atomic, kdf, migrate
from securebase.storage.errors import (
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from securebase.storage.keyfile import KeyFile
from securebase.storage.lockfile import InstanceLock
from securebase.storage.vault import Vault
from tests.conftest import CHEAP_KDF, OTHER_PASSPHRASE, PASSPHRASE

MARKER = "zebra-quartz-7731-MARKER"


def _moment(text: str = "", intensity: int = 6) -> TriggerMoment:
    return TriggerMoment(intensity=intensity, occurred_at=datetime(2026, 3, 1, 21, 15, tzinfo=UTC),
                         situation=text)


def test_marker_reaches_no_file_and_stdlib_sqlite_cannot_read(data_dir, make_vault):
    with Vault.open(data_dir, PASSPHRASE) as v:
        v.triggers.add(_moment(f"{MARKER} he did not answer"))
        v.settings.set("note", MARKER)
        v.backup()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sbbackup" for p in files)
    for path in files:
        data = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert MARKER.encode(encoding) not in data, path
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / "vault.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_entries_survive_close_and_reopen(vault, data_dir):
    saved = vault.triggers.add(_moment("שלום 你好 🙂"))
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as v:
        again = v.triggers.get(saved.id)
    assert again.situation == "שלום 你好 🙂"
    assert again.occurred_at == saved.occurred_at


def test_wrong_passphrase(data_dir, make_vault):
    with pytest.raises(WrongPassphrase) as err:
        Vault.open(data_dir, "not the passphrase at all")
    assert err.value.exit_code == 3
    assert "passphrase" in err.value.user_message


def test_create_refuses_existing_and_open_refuses_missing(data_dir, make_vault, tmp_path):
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE, _unsafe_kdf_params=CHEAP_KDF)
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x55
    path.write_bytes(bytes(data))


def _salt_offset(path) -> int:
    text = path.read_bytes()
    return text.index(b'"salt": "') + len(b'"salt": "') + 3


@pytest.mark.parametrize("where", ["salt-one-copy", "salt-both-copies", "page1", "later-page",
                                   "keyfile-both", "keyfile-garbage-one"])
def test_damage_is_not_a_wrong_passphrase(data_dir, make_vault, where):
    paths = VaultPaths(data_dir)
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        for i in range(400):  # enough rows for several pages
            v.triggers.add(_moment(f"entry {i} " + "words " * 40))
    before = {p.name: p.read_bytes() for p in (paths.db, paths.key, paths.key_copy)}
    if where == "salt-one-copy":
        _flip(paths.key, _salt_offset(paths.key))
    elif where == "salt-both-copies":
        _flip(paths.key, _salt_offset(paths.key))
        _flip(paths.key_copy, _salt_offset(paths.key_copy))
    elif where == "page1":
        _flip(paths.db, 150)
    elif where == "later-page":
        _flip(paths.db, 4096 * 5 + 700)
    elif where == "keyfile-both":
        paths.key.write_bytes(b"\x00" * 50)
        paths.key_copy.write_bytes(b"{not json")
    elif where == "keyfile-garbage-one":
        paths.key.write_bytes(b"garbage")
    damaged = {p.name: p.read_bytes() for p in (paths.db, paths.key, paths.key_copy)}

    if where in ("salt-one-copy", "keyfile-garbage-one"):
        # the intact copy still opens the vault, and the damaged copy is left as it is
        with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
            assert v.triggers.count() == 400
            assert any("vault.key" in p for p in v.check())
    else:
        with pytest.raises(VaultDamaged) as err:
            Vault.open(data_dir, PASSPHRASE, auto_backup=False)
        assert err.value.exit_code == 4
        assert err.value.user_message != WrongPassphrase().user_message
        # the wrong passphrase on a damaged vault is not reported as wrong when
        # the key file itself is what is damaged
    after = {p.name: p.read_bytes() for p in (paths.db, paths.key, paths.key_copy)}
    assert after == damaged  # nothing overwritten or "repaired"
    assert before != damaged


def test_recovery_key_sets_new_passphrase(data_dir, make_vault):
    recovery = make_vault
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery(data_dir, "AAAA-" * 7 + "AAAA", OTHER_PASSPHRASE)
    messy = recovery.lower().replace("-", " ")
    with Vault.open_with_recovery(data_dir, messy, OTHER_PASSPHRASE) as v:
        v.triggers.add(_moment("after recovery"))
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    with Vault.open(data_dir, OTHER_PASSPHRASE) as v:
        assert v.triggers.count() == 1
    # the recovery key keeps working after the passphrase changed
    Vault.open_with_recovery(data_dir, recovery, PASSPHRASE).close()


def test_recovery_key_with_wrong_shape_says_so(data_dir, make_vault):
    with pytest.raises(WrongRecoveryKey) as err:
        Vault.open_with_recovery(data_dir, "too-short", OTHER_PASSPHRASE)
    assert "32" in err.value.user_message


def test_change_passphrase(vault, data_dir):
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong old one", OTHER_PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    Vault.open(data_dir, OTHER_PASSPHRASE).close()


@pytest.mark.parametrize("step", ["written", "synced", "replaced"])
@pytest.mark.parametrize("which", [0, 1])
def test_interrupted_passphrase_change_leaves_an_openable_vault(data_dir, make_vault,
                                                                monkeypatch, step, which):
    calls = []

    def hook(name, path):
        calls.append(name)
        if name == step and calls.count(step) == which + 1:
            raise OSError("power cut")

    v = Vault.open(data_dir, PASSPHRASE, auto_backup=False)
    v.triggers.add(_moment("kept"))
    monkeypatch.setattr(atomic, "step_hook", hook)
    with pytest.raises(OSError):
        v.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    monkeypatch.setattr(atomic, "step_hook", None)
    v.close()
    opened = []
    for p in (PASSPHRASE, OTHER_PASSPHRASE):
        try:
            with Vault.open(data_dir, p, auto_backup=False) as again:
                assert again.triggers.count() == 1
                opened.append(p)
        except WrongPassphrase:
            pass
    assert opened, "neither passphrase opens the vault"
    assert not list(data_dir.glob(".*tmp*"))


def test_second_instance_is_refused(vault, data_dir):
    with pytest.raises(VaultInUse) as err:
        Vault.open(data_dir, PASSPHRASE)
    assert err.value.exit_code == 5
    with pytest.raises(VaultInUse):
        InstanceLock(VaultPaths(data_dir).lock).acquire()


def test_lock_is_released_on_close(vault, data_dir):
    vault.close()
    InstanceLock(VaultPaths(data_dir).lock).acquire().release()


def test_real_vaults_never_go_below_the_floor():
    fast = kdf.calibrate(measure=lambda params: 0.0001)
    slow = kdf.calibrate(measure=lambda params: 5.0)
    for params in (fast, slow, kdf.calibrate(measure=lambda p: 0.1)):
        assert params.meets_floor()
    assert fast.time_cost > kdf.FLOOR_TIME_COST  # a fast machine gets more cost
    assert fast.memory_kib <= kdf.MAX_MEMORY_KIB  # without a memory spike at every unlock
    assert not CHEAP_KDF.meets_floor()


def test_calibrated_cost_is_about_half_a_second():
    params = kdf.calibrate(measure=lambda p: 0.11 * (p.time_cost * p.memory_kib) / (3 * 65536))
    estimated = 0.11 * (params.time_cost * params.memory_kib) / (3 * 65536)
    assert 0.3 <= estimated <= 0.6


def test_key_file_records_parameters(data_dir, make_vault):
    kf = KeyFile.from_bytes(VaultPaths(data_dir).key.read_bytes())
    assert kf.kdf_params == CHEAP_KDF
    assert VaultPaths(data_dir).key.read_bytes() == VaultPaths(data_dir).key_copy.read_bytes()


def test_pragmas_on_every_connection(vault):
    with vault.engine.connect() as conn:
        get = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert get("journal_mode") == "wal"
        assert get("synchronous") == 2
        assert get("foreign_keys") == 1
        assert get("temp_store") == 2
        assert str(get("cipher_page_size")) == "4096"  # SQLCipher 4 defaults


def test_migration_head_matches_alembic_scripts(vault):
    assert migrate.HEAD == migrate.script_head()
    assert migrate.current_revision(vault.engine) == migrate.HEAD


def test_hidden_parameters_keep_text_out_of_errors(vault):
    from sqlalchemy import text

    with pytest.raises(Exception) as err, vault.engine.begin() as conn:
        conn.execute(text("INSERT INTO trigger_moments (uid, intensity) VALUES (:u, :i)"),
                     {"u": MARKER, "i": 99})
    assert MARKER not in str(err.value)


def test_a_key_derived_ahead_is_used_only_for_its_own_vault(data_dir, make_vault):
    from securebase.storage.keyfile import KeyFileStore

    paths = VaultPaths(data_dir)
    kf, key = KeyFileStore(paths.key, paths.key_copy).open(lambda k: k.unlock(PASSPHRASE))
    with Vault.open(data_dir, "ignored when the derived key fits",
                    derived=(kf.vault_id, key)) as v:
        assert v.triggers.count() == 0
    with pytest.raises(WrongPassphrase):  # a key from another vault is not trusted
        Vault.open(data_dir, "not the passphrase", derived=("another-vault", key))
