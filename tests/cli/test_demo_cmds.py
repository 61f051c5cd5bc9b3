"""securebase demo: a new vault full of made-up entries, never over an existing one."""

from __future__ import annotations

import pytest

from securebase.services.demo import DEMO_PASSPHRASE, demo_folder, is_demo_folder
from securebase.storage.vault import Vault
from tests.cli.conftest import assert_one_line_failure
from tests.conftest import OTHER_PASSPHRASE


def test_demo_creates_a_filled_vault_that_opens_with_the_printed_passphrase(cli, tmp_path):
    folder = tmp_path / "demo"
    r = cli("demo", "--data-dir", str(folder), "--days", "12", "--seed", "7")
    assert r.code == 0, r.err
    assert f"Passphrase:    {DEMO_PASSPHRASE}" in r.out
    assert "Recovery key:" in r.out and str(folder) in r.out
    assert is_demo_folder(folder)
    with Vault.open(folder, DEMO_PASSPHRASE, auto_backup=False) as v:
        count = v.triggers.count()
        assert 12 * 2 <= count <= 12 * 9
        assert v.settings.get("demo") is True
    assert f"{count} trigger moments" in r.out


def test_the_same_seed_gives_the_same_entries(cli, tmp_path):
    for name in ("a", "b"):
        assert cli("demo", "--data-dir", str(tmp_path / name), "--days", "5",
                   "--seed", "word-seed").code == 0

    def situations(folder):
        with Vault.open(folder, DEMO_PASSPHRASE, auto_backup=False) as v:
            return [(t.uid, t.situation, t.intensity) for t in v.triggers.list()]

    assert situations(tmp_path / "a") == situations(tmp_path / "b")


def test_demo_refuses_a_folder_that_holds_a_vault(cli, data_dir, make_vault):
    before = sorted(p.name for p in data_dir.iterdir())
    r = cli("demo", "--days", "3")  # SECUREBASE_DATA_DIR points at the real vault
    line = assert_one_line_failure(r, 1)
    assert "already exists" in line and str(data_dir) in line
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_without_a_data_folder_the_demo_goes_beside_the_default_one(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("securebase.paths.default_data_dir", lambda: tmp_path / "SecureBase")
    r = cli("demo", "--days", "2")
    assert r.code == 0, r.err
    assert is_demo_folder(demo_folder(tmp_path / "SecureBase"))
    assert not (tmp_path / "SecureBase").exists()


def test_new_passphrase_from_the_environment_is_used(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    folder = tmp_path / "d"
    r = cli("demo", "--data-dir", str(folder), "--days", "2")
    assert r.code == 0, r.err
    assert DEMO_PASSPHRASE not in r.out
    assert DEMO_PASSPHRASE not in (folder / "DEMO.txt").read_text(encoding="utf-8")
    Vault.open(folder, OTHER_PASSPHRASE, auto_backup=False).close()


def test_a_weak_new_passphrase_is_refused(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SECUREBASE_NEW_PASSPHRASE", "abc")
    r = cli("demo", "--data-dir", str(tmp_path / "w"), "--days", "2")
    assert_one_line_failure(r, 2)
    assert not Vault.exists(tmp_path / "w")


@pytest.mark.parametrize("args", [("--days", "0"), ("--days", "ten"), ("--days", "7301"),
                                  ("--seed", " ")])
def test_bad_arguments_are_usage_errors(cli, tmp_path, args):
    r = cli("demo", "--data-dir", str(tmp_path / "u"), *args)
    assert_one_line_failure(r, 2)
    assert not Vault.exists(tmp_path / "u")


def test_demo_is_listed_in_the_help(cli):
    r = cli("--help")
    assert "demo" in r.out
