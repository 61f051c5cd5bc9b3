"""A damaged vault: a message of its own, an offer to restore the newest good backup,
and the restored vault opens. Without a backup the dialog says so plainly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from securebase.domain.entries import TriggerMoment
from securebase.paths import VaultPaths
from securebase.storage.backups import list_backups
from securebase.storage.errors import VaultDamaged, WrongPassphrase
from securebase.storage.lockfile import InstanceLock
from securebase.storage.vault import Vault
from securebase.ui import dialogs
from securebase.ui.unlock_dialog import UnlockDialog, find_good_backup
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def damage(data_dir) -> None:
    """Overwrite bytes in the middle of page 1 of vault.db."""
    db = VaultPaths(data_dir).db
    raw = bytearray(db.read_bytes())
    raw[100:200] = b"\xa5" * 100
    db.write_bytes(bytes(raw))


@pytest.fixture
def backed_up(data_dir, make_vault):
    """A vault with one trigger and a daily backup of it, then a second, unsaved one."""
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as vault:
        vault.triggers.add(TriggerMoment(intensity=4, occurred_at=datetime.now(UTC)))
        vault.backup(reason="auto")
        vault.triggers.add(TriggerMoment(intensity=9, occurred_at=datetime.now(UTC)))
    return data_dir


@pytest.fixture
def make_dialog(qtbot, data_dir):
    made: list[UnlockDialog] = []

    def make(**kwargs) -> UnlockDialog:
        dialog = UnlockDialog(data_dir, **kwargs)
        made.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.vault is not None:
            dialog.vault.close()


class Answers:
    """Stands in for dialogs.question; records the unlock dialog's message at that moment."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def __call__(self, parent, title, text, **kwargs) -> bool:
        self.asked.append((text, parent.message.text()))
        return self.answers.pop(0)


def submit(qtbot, dialog, passphrase=PASSPHRASE, signal=None) -> None:
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    with qtbot.waitSignal(signal or dialog.accepted, timeout=30_000):
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)


def test_damage_is_its_own_message_and_the_newest_backup_is_restored_and_opened(
        qtbot, backed_up, make_dialog, monkeypatch):
    damage(backed_up)
    answers = Answers(True)
    monkeypatch.setattr(dialogs, "question", answers)
    dialog = make_dialog()
    submit(qtbot, dialog)

    (question, shown), = answers.asked
    assert "damaged" in shown and shown != WrongPassphrase().user_message
    assert "Restore it and open it" in question and "nothing is deleted" in question
    vault = dialog.vault
    assert vault.is_open and vault.check() == []
    assert [t.intensity for t in vault.triggers.list()] == [4]  # as of the backup
    assert dialog.restored_from is not None and dialog.restored_from.exists()
    kept = [b for b in list_backups(VaultPaths(backed_up).backups) if b.reason == "pre-restore"]
    assert len(kept) == 1  # the damaged files were kept, not destroyed
    assert dialog.passphrase_edit.text() == ""


def test_declining_keeps_the_offer_on_a_button(qtbot, backed_up, make_dialog, monkeypatch):
    damage(backed_up)
    answers = Answers(False, True)
    monkeypatch.setattr(dialogs, "question", answers)
    dialog = make_dialog()
    submit(qtbot, dialog, signal=dialog.task.finished)
    qtbot.waitUntil(lambda: len(answers.asked) == 1 and not dialog.busy)
    assert dialog.vault is None and dialog.restore_button.isVisible()
    assert "damaged" in dialog.message.text()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 2 and dialog.vault.is_open


def test_no_backup_is_said_plainly(qtbot, data_dir, make_vault, make_dialog, monkeypatch):
    damage(data_dir)
    answers = Answers()
    monkeypatch.setattr(dialogs, "question", answers)
    dialog = make_dialog()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "no good backup" in dialog.message.text(), timeout=30_000)
    assert not dialog.busy
    assert answers.asked == [] and dialog.vault is None
    assert not dialog.restore_button.isVisible()
    assert "Nothing has been changed" in dialog.message.text()


def test_restore_with_the_app_holding_the_lock(qtbot, backed_up, make_dialog, monkeypatch):
    damage(backed_up)
    monkeypatch.setattr(dialogs, "question", Answers(True))
    lock = InstanceLock(VaultPaths(backed_up).lock).acquire()
    dialog = make_dialog(lock=lock)
    submit(qtbot, dialog)
    assert dialog.vault.is_open and lock.held
    dialog.vault.close()
    dialog.vault = None
    lock.release()


def test_find_good_backup_skips_damaged_and_pre_restore_copies(backed_up):
    paths = VaultPaths(backed_up)
    good = find_good_backup(backed_up, PASSPHRASE)
    assert good is not None and good.reason == "auto"
    broken = paths.backups / "securebase-29991231-235959-manual.sbbackup"
    broken.write_bytes(b"not a zip")
    kept = paths.backups / "securebase-29991231-235958-pre-restore.sbbackup"
    kept.write_bytes(good.path.read_bytes())
    assert find_good_backup(backed_up, PASSPHRASE).path == good.path
    with pytest.raises(WrongPassphrase):
        find_good_backup(backed_up, OTHER_PASSPHRASE)


def test_a_damaged_backup_is_never_offered(backed_up):
    (info,) = list_backups(VaultPaths(backed_up).backups)
    raw = bytearray(info.path.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 2000] = b"\x00" * 2000
    info.path.write_bytes(bytes(raw))
    try:
        found = find_good_backup(backed_up, PASSPHRASE)
    except VaultDamaged:  # pragma: no cover - find_good_backup must not raise for this
        pytest.fail("a damaged backup made the search fail")
    assert found is None
