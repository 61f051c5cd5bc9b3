"""Settings → Backups…: the list, Back up now, the chosen folder, Verify (which catches
a damaged backup) and Restore, round-tripped through the application controller."""

from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QAction

from securebase.app import AppController
from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.storage.backups import list_backups
from securebase.storage.vault import BACKUP_DIR_KEY, Vault
from securebase.ui import main_window as main_window_module
from securebase.ui.transfer import restore_flow
from securebase.ui.transfer.backups_dialog import CHECK, KIND, WHERE, BackupsDialog
from tests.conftest import CHEAP_KDF, OTHER_PASSPHRASE, PASSPHRASE
from tests.ui import transfer_support
from tests.ui.shell_support import journal_marker_tab, stub_unlock_factory, unlock
from tests.ui.transfer_support import finish

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
modals = transfer_support.modals  # fixtures
window = transfer_support.window


def open_backups(window) -> BackupsDialog:
    window.findChild(QAction, "backupsAction").trigger()
    dialog = window.transfer.dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    return dialog


def damage_backup(path) -> None:
    """Rewrite the backup with pages in the middle of its database overwritten: the zip
    is intact, the database fails the integrity checks."""
    with zipfile.ZipFile(path) as zf:
        db = bytearray(zf.read("vault.db"))
        key = zf.read("vault.key")
    db[5000:9000] = b"\x5a" * 4000
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        zf.writestr("vault.db", bytes(db))
        zf.writestr("vault.key", key)
    shutil.move(tmp, path)


def row_for(dialog, path):
    return next(item for item in dialog.rows() if item.data(0, 256) == str(path))


def test_settings_menu_lists_every_backup_with_kind_and_size(window, vault, modals):
    made = [vault.backup(), vault.backup(reason="pre-import")]
    dialog = open_backups(window)
    assert window.findChild(QAction, "backupsAction") in window.menu_for("Settings").actions()
    assert len(dialog.rows()) == len(list_backups(vault.paths.backups)) >= 2
    kinds = {row_for(dialog, p).text(KIND) for p in made}
    assert kinds == {"Made by you", "Before an import"}
    assert all(row_for(dialog, p).text(2).endswith(("KiB", "MiB", "bytes")) for p in made)
    assert str(vault.paths.backups) in dialog.folder_label.text()


def test_back_up_now_and_a_chosen_folder(qtbot, window, vault, modals, tmp_path):
    dialog = open_backups(window)
    before = len(dialog.rows())
    chosen = tmp_path / "synced"
    chosen.mkdir()
    modals.folder = chosen
    dialog.choose_folder_button.click()
    assert vault.settings.get(BACKUP_DIR_KEY) == str(chosen.resolve())
    assert str(chosen.resolve()) in dialog.folder_label.text()
    with qtbot.waitSignal(dialog.backedUp, timeout=30_000):
        dialog.backup_button.click()
    made = list_backups(chosen)
    assert len(made) == 1 and made[0].reason == "manual"
    assert len(dialog.rows()) == before + 1
    assert row_for(dialog, made[0].path).text(WHERE) == "Chosen folder"
    assert made[0].path.name in dialog.message.text()

    # File → Back up now uses the chosen folder too
    window.backup_action.trigger()
    assert len(list_backups(chosen)) == 2

    dialog.default_folder_button.click()
    assert vault.settings.get(BACKUP_DIR_KEY) is None
    assert vault.backup_folder() == vault.paths.backups


def test_a_folder_that_cannot_be_written_is_refused(window, vault, modals, tmp_path):
    modals.folder = tmp_path / "does-not-exist"
    dialog = open_backups(window)
    dialog.choose_folder_button.click()
    assert vault.settings.get(BACKUP_DIR_KEY) is None
    assert "cannot write" in dialog.message.text()


def test_verify_opens_every_backup_and_catches_a_damaged_one(qtbot, window, vault, modals):
    vault.triggers.add(TriggerMoment(intensity=3, occurred_at=datetime.now(UTC)))
    good = vault.backup()
    bad = vault.backup(reason="pre-import")
    damage_backup(bad)
    dialog = open_backups(window)
    modals.passphrase = PASSPHRASE
    dialog.verify_button.click()
    finish(qtbot, dialog)
    assert modals.passphrase_asked == 1
    assert row_for(dialog, good).text(CHECK).startswith("Good")
    assert row_for(dialog, bad).text(CHECK).startswith("Damaged")
    assert dialog.message.text() == "One backup is damaged; the list shows which."


def test_verify_with_a_passphrase_that_opens_nothing(qtbot, window, vault, modals):
    made = vault.backup()
    dialog = open_backups(window)
    modals.passphrase = OTHER_PASSPHRASE
    dialog.verify_button.click()
    finish(qtbot, dialog)
    assert row_for(dialog, made).text(CHECK).startswith("Not checked")
    assert "does not open" in dialog.message.text()


def test_a_damaged_backup_is_not_restored(qtbot, window, vault, modals):
    bad = vault.backup()
    damage_backup(bad)
    dialog = open_backups(window)
    requested = []
    dialog.restoreRequested.connect(lambda *args: requested.append(args))
    row_for(dialog, bad).setSelected(True)
    modals.passphrase = PASSPHRASE
    dialog.restore_button.click()
    finish(qtbot, dialog)
    assert "damaged" in dialog.message.text()
    assert requested == [] and modals.asked == []
    assert vault.is_open


# ---------------------------------------------------------------- restore, end to end
@pytest.fixture
def running(qtbot, data_dir, make_vault, monkeypatch):
    monkeypatch.setattr(main_window_module, "JournalTab", journal_marker_tab)
    ctl = AppController(data_dir, clock=FakeClock(), unlock_dialog=stub_unlock_factory,
                        autolock_check_ms=60_000, warm_up=())
    ctl.start()
    unlock(qtbot, ctl)
    yield ctl
    ctl.quit()
    ctl.window.deleteLater()


def situations(vault) -> list[str]:
    return sorted(m.situation for m in vault.triggers.list())


def test_restore_round_trips_through_the_dialog(qtbot, running, modals, data_dir):
    vault = running.ctx.vault
    vault.triggers.add(TriggerMoment(intensity=4, occurred_at=datetime.now(UTC),
                                     situation="before the backup"))
    backup = vault.backup()
    vault.triggers.add(TriggerMoment(intensity=8, occurred_at=datetime.now(UTC),
                                     situation="after the backup"))
    dialog = open_backups(running.window)
    row_for(dialog, backup).setSelected(True)
    modals.passphrase = PASSPHRASE
    with qtbot.waitSignal(running.unlocked, timeout=30_000):
        dialog.restore_button.click()
    assert len(modals.asked) == 1 and "kept as a backup first" in modals.asked[0]

    restored = running.ctx.vault
    assert restored is not vault and not vault.is_open
    assert situations(restored) == ["before the backup"]
    assert running.window.isVisible()
    assert "Restored the backup" in running.window.statusBar().currentMessage()
    kept = [b for b in list_backups(restored.paths.backups) if b.reason == "pre-restore"]
    assert len(kept) == 1
    # the vault as it was before the restore is kept, and it really opens
    running.quit()
    from securebase.storage.restore import restore_backup

    restore_backup(data_dir, kept[0].path, PASSPHRASE)
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as again:
        assert situations(again) == ["after the backup", "before the backup"]


def test_declining_the_question_restores_nothing(qtbot, running, modals):
    vault = running.ctx.vault
    backup = vault.backup()
    dialog = open_backups(running.window)
    row_for(dialog, backup).setSelected(True)
    modals.passphrase = PASSPHRASE
    modals.answer = False
    dialog.restore_button.click()
    finish(qtbot, dialog)
    assert modals.asked and running.ctx.vault is vault and vault.is_open
    assert dialog.isVisible()


def test_a_restore_that_fails_leads_to_the_unlock_window(qtbot, running, modals, monkeypatch):
    from securebase.storage.errors import StorageFull

    def full(*args, **kwargs):
        raise StorageFull()

    monkeypatch.setattr(restore_flow, "restore_backup", full)
    vault = running.ctx.vault
    backup = vault.backup()
    dialog = open_backups(running.window)
    row_for(dialog, backup).setSelected(True)
    modals.passphrase = PASSPHRASE
    with qtbot.waitSignal(running.locked, timeout=30_000):
        dialog.restore_button.click()
    progress = running.dialog
    assert progress.objectName() == "restoreDialog"
    qtbot.waitUntil(lambda: progress.continue_button.isVisible(), timeout=30_000)
    assert progress.message.text() == StorageFull().user_message
    progress.continue_button.click()
    assert running.dialog.objectName() == "unlockDialog"
    unlock(qtbot, running)
    assert running.ctx.vault.is_open


def test_restore_from_a_file_brings_in_the_old_laptops_vault(
        qtbot, running, modals, tmp_path):
    old = tmp_path / "old-laptop"
    with Vault.create(old, OTHER_PASSPHRASE, _unsafe_kdf_params=CHEAP_KDF)[0] as laptop:
        laptop.triggers.add(TriggerMoment(intensity=6, occurred_at=datetime.now(UTC),
                                          situation="written on the old laptop"))
        carried = laptop.backup(dest_dir=tmp_path / "usb-stick")
    dialog = open_backups(running.window)
    modals.open_path = carried
    modals.passphrase = OTHER_PASSPHRASE
    with qtbot.waitSignal(running.unlocked, timeout=30_000):
        dialog.restore_file_button.click()
    vault = running.ctx.vault
    assert situations(vault) == ["written on the old laptop"]
    vault.change_passphrase(OTHER_PASSPHRASE, PASSPHRASE)  # its own key file came along
