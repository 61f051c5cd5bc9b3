"""securebase export / import on the command line."""

from __future__ import annotations

import json
import zipfile

import pytest
import sqlcipher3

from securebase.storage.vault import Vault
from tests.cli.conftest import assert_one_line_failure
from tests.cli.test_dispatch import _heavy_modules
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.services.transfer_support import content_of, fill

EXPORT_PASSPHRASE = "copper kettle meadow ninety-one"


@pytest.fixture
def filled(unlocked, data_dir):
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as vault:
        fill(vault)
        return content_of(vault)


@pytest.fixture
def second_dir(tmp_path):
    folder = tmp_path / "second"
    Vault.create(folder, PASSPHRASE, _unsafe_kdf_params=CHEAP_KDF)[0].close()
    return folder


def test_json_goes_to_stdout_and_imports_into_another_vault(cli, filled, tmp_path, second_dir):
    r = cli("export", "--format", "json")
    assert r.code == 0 and r.err == ""
    doc = json.loads(r.out)
    assert doc["format"] == "securebase-export" and len(doc["trigger_moments"]) == 2
    path = tmp_path / "from-stdout.json"
    path.write_text(r.out, encoding="utf-8")

    imported = cli("--data-dir", str(second_dir), "import", str(path))
    assert imported.code == 0, imported.err
    assert imported.out.splitlines()[0].startswith("Imported 2 trigger moments, 1 category, "
                                                   "2 experiments")
    assert "pre-import" in imported.out
    with Vault.open(second_dir, PASSPHRASE, auto_backup=False) as second:
        assert content_of(second) == filled

    again = cli("--data-dir", str(second_dir), "import", str(path))
    assert again.code == 0
    assert again.out.splitlines()[0] == "Nothing new to import."
    assert "Skipped what the vault already holds: 2 trigger moments" in again.out


def test_export_to_a_file_says_it_is_not_encrypted(cli, filled, tmp_path):
    out = tmp_path / "journal.md"
    r = cli("export", "--format", "md", "-o", str(out))
    assert r.code == 0 and r.err == ""
    assert f"Exported to {out}." in r.out
    assert "1 deleted entry was left out." in r.out
    assert "not encrypted" in r.out
    assert out.read_text(encoding="utf-8").startswith("# My SecureBase journal")


def test_csv_needs_a_file_and_writes_a_zip(cli, filled, tmp_path):
    line = assert_one_line_failure(cli("export", "--format", "csv"), 2)
    assert "-o FILE" in line
    out = tmp_path / "journal.zip"
    assert cli("export", "--format", "csv", "-o", str(out)).code == 0
    with zipfile.ZipFile(out) as zf:
        assert "trigger_moments.csv" in zf.namelist()


def test_the_encrypted_export_uses_its_own_passphrase(cli, filled, tmp_path, monkeypatch):
    out = tmp_path / "copy.db"
    monkeypatch.setenv("SECUREBASE_EXPORT_PASSPHRASE", "weak")
    assert_one_line_failure(cli("export", "--format", "sqlcipher", "-o", str(out)), 2)
    assert not out.exists()
    monkeypatch.setenv("SECUREBASE_EXPORT_PASSPHRASE", EXPORT_PASSPHRASE)
    r = cli("export", "--format", "sqlcipher", "-o", str(out))
    assert r.code == 0, r.err
    assert "not encrypted" not in r.out
    conn = sqlcipher3.connect(str(out))
    try:
        conn.execute(f"PRAGMA key = '{EXPORT_PASSPHRASE}'")
        assert conn.execute("SELECT count(*) FROM trigger_moments").fetchone() == (2,)
    finally:
        conn.close()


def test_the_encrypted_export_without_a_passphrase_or_terminal_stops(cli, filled, tmp_path):
    line = assert_one_line_failure(
        cli("export", "--format", "sqlcipher", "-o", str(tmp_path / "x.db")), 2)
    assert "SECUREBASE_EXPORT_PASSPHRASE" in line


def test_a_refused_import_is_one_line_and_changes_nothing(cli, filled, tmp_path, data_dir):
    bad = tmp_path / "newer.json"
    bad.write_text('{"format": "securebase-export", "format_version": 9}', encoding="utf-8")
    line = assert_one_line_failure(cli("import", str(bad)), 1)
    assert "newer SecureBase" in line and "unchanged" in line
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as vault:
        assert content_of(vault) == filled


def test_a_bad_file_is_refused_before_the_passphrase_is_asked(cli, make_vault, tmp_path):
    bad = tmp_path / "moments.csv"
    bad.write_text("occurred_at,intensity\n2026-01-05T21:30+01:00,5\n\"unfinished,3\n",
                   encoding="utf-8")
    line = assert_one_line_failure(cli("import", str(bad)), 1)  # no passphrase given at all
    assert "line 3" in line
    line = assert_one_line_failure(cli("import", str(tmp_path / "nothing.json")), 1)
    assert "there is no file" in line


def test_csv_import_of_trigger_moments(cli, unlocked, tmp_path, data_dir):
    moments = tmp_path / "moments.csv"
    moments.write_text("Occurred at,Intensity,Situation,Urge,Emotions\n"
                       "2026-01-05 21:30,6,\"No reply,\nall evening\",Reach out,anxious; hurt\n"
                       "2026-01-06T08:00:00+00:00,2,,,\n", encoding="utf-8")
    r = cli("import", str(moments))
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == "Imported 2 trigger moments."
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as vault:
        listed = vault.triggers.list()
        assert [m.intensity for m in listed] == [2, 6]
        assert listed[1].situation == "No reply,\nall evening"
        assert listed[1].emotions == ("anxious", "hurt")
        assert listed[1].urge.value == "reach-out"


def test_export_and_import_load_neither_qt_nor_matplotlib(filled, data_dir, tmp_path):
    env = {"SECUREBASE_DATA_DIR": str(data_dir), "SECUREBASE_PASSPHRASE": PASSPHRASE}
    out = tmp_path / "x.json"
    assert _heavy_modules("export", "--format", "json", "-o", str(out),
                          env_extra=env) == {"sqlalchemy"}
    assert _heavy_modules("import", str(out), env_extra=env) == {"sqlalchemy"}
