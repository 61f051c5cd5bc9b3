"""The settings dialog (auto-lock choice) and the change-passphrase dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from securebase.storage.errors import StorageFull, WrongPassphrase
from securebase.ui.autolock import CHOICES
from securebase.ui.change_passphrase_dialog import ChangePassphraseDialog
from securebase.ui.settings_dialog import SettingsDialog
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

# The offscreen platform cannot pass size hints to a window manager; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_settings_offers_every_choice_and_preselects_the_current(qtbot):
    dialog = SettingsDialog(10)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "autolockCombo")
    assert [combo.itemData(i) for i in range(combo.count())] == list(CHOICES)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "1 minute", "2 minutes", "5 minutes", "10 minutes", "15 minutes", "30 minutes", "Never"]
    assert dialog.minutes() == 10


def test_settings_fall_back_to_five_minutes_for_an_unknown_value(qtbot):
    dialog = SettingsDialog(7)
    qtbot.addWidget(dialog)
    assert dialog.minutes() == 5


def test_choosing_never_warns_gently(qtbot):
    dialog = SettingsDialog(5)
    qtbot.addWidget(dialog)
    assert "Ctrl+L" in dialog.hint.text() and "anyone" not in dialog.hint.text()
    dialog.set_minutes(None)
    assert dialog.minutes() is None
    assert "anyone at this computer" in dialog.hint.text()


class Recorder:
    def __init__(self, error: Exception | None = None) -> None:
        self.calls: list[tuple[str, str]] = []
        self.error = error

    def __call__(self, old: str, new: str) -> None:
        self.calls.append((old, new))
        if self.error is not None:
            raise self.error


def fill(dialog, old, new, confirm=None):
    dialog.old_edit.setText(old)
    dialog.new_edit.setText(new)
    dialog.confirm_edit.setText(new if confirm is None else confirm)


@pytest.mark.parametrize(("old", "new", "confirm", "expected"), [
    ("", OTHER_PASSPHRASE, None, "current passphrase"),
    (PASSPHRASE, "password1", None, "at least 10 characters"),
    (PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE + "x", "do not match"),
    (PASSPHRASE, PASSPHRASE, None, "same as the current"),
])
def test_change_refuses_with_a_reason(qtbot, old, new, confirm, expected):
    change = Recorder()
    dialog = ChangePassphraseDialog(change)
    qtbot.addWidget(dialog)
    fill(dialog, old, new, confirm)
    dialog.change_button.click()
    assert expected in dialog.message.text()
    assert change.calls == []


def test_weak_new_passphrase_shows_live_strength(qtbot):
    dialog = ChangePassphraseDialog(Recorder())
    qtbot.addWidget(dialog)
    dialog.new_edit.setText("sunshine12")
    weak = dialog.form.meter.label.text()
    dialog.new_edit.setText(OTHER_PASSPHRASE)
    assert weak != dialog.form.meter.label.text()
    assert dialog.form.meter.strength.acceptable


def test_change_runs_off_the_ui_thread_and_accepts(qtbot):
    import threading

    threads = []

    def change(old, new):
        threads.append(threading.current_thread())

    dialog = ChangePassphraseDialog(change)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, PASSPHRASE, OTHER_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.change_button.click()
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.old_edit.text() == dialog.new_edit.text() == dialog.confirm_edit.text() == ""


def test_wrong_current_passphrase_is_one_sentence_and_nothing_changes(qtbot, vault, data_dir):
    from securebase.storage.vault import Vault

    dialog = ChangePassphraseDialog(vault.change_passphrase)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "definitely not it at all", OTHER_PASSPHRASE)
    with qtbot.waitSignal(dialog.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20_000):
        dialog.change_button.click()
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.message.text().startswith("That is not the current passphrase")
    assert dialog.old_edit.text() == ""
    vault.close()
    Vault.open(data_dir, PASSPHRASE, auto_backup=False).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, OTHER_PASSPHRASE, auto_backup=False)


def test_storage_errors_are_shown_as_their_sentence(qtbot):
    dialog = ChangePassphraseDialog(Recorder(StorageFull()))
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, PASSPHRASE, OTHER_PASSPHRASE)
    with qtbot.waitSignal(dialog.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=10_000):
        dialog.change_button.click()
    assert dialog.message.text() == StorageFull().user_message
    assert dialog.isVisible()
