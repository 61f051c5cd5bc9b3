"""File → Import…: the report of what came in and what was skipped, refusals in one
sentence with the vault unchanged, and the tabs refreshed after an import."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from securebase.services.export import export_to_file
from securebase.ui.transfer.import_dialog import ImportDialog
from tests.services.transfer_support import content_of, fill, other_vault
from tests.ui import transfer_support
from tests.ui.transfer_support import finish

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
modals = transfer_support.modals  # fixtures
window = transfer_support.window


@pytest.fixture
def export_file(tmp_path):
    with other_vault(tmp_path / "elsewhere") as source:
        fill(source)
        path = tmp_path / "from-the-old-laptop.json"
        export_to_file(source, "json", path)
        return path


def open_import(window) -> ImportDialog:
    window.findChild(QAction, "importAction").trigger()
    dialog = window.transfer.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return dialog


def test_import_reports_what_came_in_then_what_was_skipped(
        qtbot, window, vault, modals, export_file, monkeypatch):
    refreshed = []
    monkeypatch.setattr(window, "_refresh", lambda *pages: refreshed.append(len(pages)))
    dialog = open_import(window)
    modals.open_path = export_file
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.choose_button.click()
    text = dialog.report_label.text()
    assert dialog.report_label.isVisible()
    assert text.startswith("Imported: 2 trigger moments, 1 category, 2 experiments, "
                           "2 narrative versions, 3 practice sessions, 2 assessment takes, "
                           "your place on the path, 2 settings.")
    assert "pre-import" in text
    assert refreshed == [5]  # every tab shows what came in
    assert vault.triggers.count() == 2

    dialog.choose_button.click()
    finish(qtbot, dialog)
    text = dialog.report_label.text()
    assert text.startswith("Nothing new to import")
    assert "Already in your vault, so skipped: 2 trigger moments" in text
    assert refreshed == [5]  # nothing new: nothing to refresh


def test_a_refused_file_is_one_sentence_and_changes_nothing(
        qtbot, window, vault, modals, tmp_path):
    fill(vault)
    before = content_of(vault)
    bad = tmp_path / "cut.json"
    bad.write_text('{"format": "securebase-export", "format_version": 1, "trigger_mom',
                   encoding="utf-8")
    dialog = open_import(window)
    modals.open_path = bad
    dialog.choose_button.click()
    finish(qtbot, dialog)
    assert dialog.message.text().startswith("Nothing was imported because the file ends too "
                                            "early")
    assert not dialog.report_label.isVisible()
    assert content_of(vault) == before


def test_cancelling_the_chooser_does_nothing(qtbot, window, modals):
    dialog = open_import(window)
    modals.open_path = None
    dialog.choose_button.click()
    assert not dialog.busy and not dialog.report_label.isVisible()


def test_locking_waits_for_a_running_import_to_finish_whole(
        qtbot, window, vault, modals, export_file, monkeypatch):
    import threading

    from securebase.services import import_ as import_module
    from securebase.ui.transfer import import_dialog

    started, release = threading.Event(), threading.Event()
    real = import_module.import_file

    def slow(*args, **kwargs):
        started.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "import_file", slow)
    dialog = open_import(window)
    modals.open_path = export_file
    dialog.choose_button.click()
    assert started.wait(10) and dialog.busy
    threading.Timer(0.3, release.set).start()
    window.prepare_lock()  # what the controller does just before it closes the vault
    assert not dialog.busy
    assert vault.triggers.count() == 2  # the import finished, all of it
    window.clear()
    assert not dialog.isVisible()
