"""The backup folder the user chose (Settings → Backups): daily backups go there as well
as to the vault's own folder, and a folder that is away never stops the vault opening."""

from __future__ import annotations

from securebase.domain.clock import FakeClock
from securebase.storage import backups
from securebase.storage.backups import list_backups
from securebase.storage.vault import BACKUP_DIR_KEY, Vault
from tests.conftest import PASSPHRASE


def choose(data_dir, folder) -> None:
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as vault:
        vault.settings.set(BACKUP_DIR_KEY, str(folder))


def test_daily_backups_go_to_the_chosen_folder_too(data_dir, make_vault, tmp_path):
    chosen = tmp_path / "synced"
    chosen.mkdir()
    choose(data_dir, chosen)
    clock = FakeClock()
    with Vault.open(data_dir, PASSPHRASE, clock=clock) as vault:
        assert vault.backup_folder() == chosen
        local = [b.reason for b in list_backups(vault.paths.backups)]
    assert local == ["auto"]
    assert [b.reason for b in list_backups(chosen)] == ["auto"]
    Vault.open(data_dir, PASSPHRASE, clock=clock).close()  # same day: no second one
    assert len(list_backups(chosen)) == 1


def test_a_chosen_folder_that_is_away_is_not_created(data_dir, make_vault, tmp_path):
    away = tmp_path / "unplugged-drive" / "backups"
    choose(data_dir, away)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        assert vault.chosen_backup_folder() is None
        assert vault.backup_folder() == vault.paths.backups
        assert len(list_backups(vault.paths.backups)) == 1
    assert not away.parent.exists()


def test_a_chosen_folder_that_fails_never_stops_the_vault_opening(
        data_dir, make_vault, tmp_path, monkeypatch):
    chosen = tmp_path / "read-only"
    chosen.mkdir()
    choose(data_dir, chosen)
    real = backups.create_backup

    def refuses(paths, data_key, *, dest_dir=None, **kwargs):
        if dest_dir is not None and dest_dir == chosen:
            raise PermissionError(13, "Permission denied", str(chosen))
        return real(paths, data_key, dest_dir=dest_dir, **kwargs)

    monkeypatch.setattr(backups, "create_backup", refuses)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        assert [b.reason for b in list_backups(vault.paths.backups)] == ["auto"]
    assert list_backups(chosen) == []


def test_a_relative_or_odd_setting_means_the_vaults_folder(data_dir, make_vault):
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as vault:
        for value in ("relative/folder", 42, "", None, ["a"]):
            vault.settings.set(BACKUP_DIR_KEY, value)
            assert vault.backup_folder() == vault.paths.backups
