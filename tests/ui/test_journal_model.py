"""The list model reads the journal a page at a time, as the view scrolls."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from securebase.domain.entries import TriggerMoment
from securebase.domain.journal import EntryKind, JournalFilter
from securebase.ui.journal.list_model import SUMMARY_ROLE, JournalListModel
from tests.ui import journal_support
from tests.ui.journal_support import START, add_moments

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# fixtures shared with the other journal tests
clock, jv = journal_support.clock, journal_support.jv


class CountingFetch:
    def __init__(self, vault) -> None:
        self.vault = vault
        self.calls: list[int] = []

    def __call__(self, flt, *, limit, after):
        rows = self.vault.triggers.list_entries(flt, limit=limit, after=after)
        self.calls.append(len(rows))
        return rows


@pytest.fixture
def fetch(jv):
    add_moments(jv, 450)
    return CountingFetch(jv)


def test_pages_are_fetched_only_when_asked(qtmodeltester, fetch):
    model = JournalListModel(page_size=200)
    model.set_source(fetch)
    assert model.rowCount() == 200 and fetch.calls == [200]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and fetch.calls == [200, 200, 50]
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert fetch.calls == [200, 200, 50]
    texts = [model.index(r, model.TEXT).data() for r in range(model.rowCount())]
    assert texts == [f"moment {i}" for i in range(450)]  # newest first, no gaps or repeats
    qtmodeltester.check(model)


def test_scrolling_the_view_fetches_the_next_page(qtbot, fetch):
    model = JournalListModel(page_size=200)
    model.set_source(fetch)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 200
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)


def test_reload_keeps_what_was_loaded_and_filter_starts_again(fetch):
    model = JournalListModel(page_size=200)
    model.set_source(fetch)
    model.fetchMore(QModelIndex())
    model.reload(keep_loaded=True)
    assert model.rowCount() == 400
    model.set_filter(JournalFilter(query="moment 44"))
    # every word is a substring: 44, 144, 244, 344 and 440 to 449
    assert model.rowCount() == 14
    entry = model.index(0, 0).data(SUMMARY_ROLE)
    assert "[[moment]]" in entry.snippet and "[[44]]" in entry.snippet
    assert "[[" not in model.index(0, model.TEXT).data()


def test_cells_show_kind_date_chip_and_first_line(jv):
    jv.triggers.add(TriggerMoment(intensity=7, intensity_after=2, occurred_at=START,
                                  situation="\n\nThe first real line\nsecond"))
    jv.narrative.save("## A letter to my younger self\nDear you")
    model = JournalListModel()
    model.set_source(jv.triggers.list_entries)
    kinds = [model.index(r, 0).data(SUMMARY_ROLE).kind for r in range(2)]
    trigger_row = kinds.index(EntryKind.TRIGGER)
    narrative_row = 1 - trigger_row
    assert model.index(trigger_row, model.KIND).data() == "Moment"
    assert model.index(trigger_row, model.DATE).data() == "Tue 10 Mar 2026, 20:00"
    assert model.index(trigger_row, model.INTENSITY).data() == "7 → 2"
    assert model.index(trigger_row, model.TEXT).data() == "The first real line"
    assert model.index(narrative_row, model.INTENSITY).data() == "8 words"
    assert model.index(narrative_row, model.TEXT).data() == "A letter to my younger self"
    spoken = model.index(trigger_row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Moment, Tue 10 Mar 2026, 20:00, 7 → 2, The first real line"


def test_clear_forgets_rows_and_source(fetch):
    model = JournalListModel()
    model.set_source(fetch)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.reload()
    assert model.rowCount() == 0


@pytest.mark.slow
def test_twenty_thousand_entries_scroll_page_by_page(qtbot, jv, clock):
    """Run with -m slow: a journal of 20,000 moments never loads more than it shows."""
    from sqlalchemy import insert

    from securebase.storage.models import TriggerMomentRow

    rows = [dict(uid=f"u{i}", occurred_at=START - timedelta(minutes=i), tz_offset_min=0,
                 created_at=START, updated_at=START, intensity=i % 11,
                 situation=f"moment {i}") for i in range(20_000)]
    with jv.sessions.begin() as s:
        s.execute(insert(TriggerMomentRow), rows)
    fetch = CountingFetch(jv)
    model = JournalListModel()
    model.set_source(fetch)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(20)
    assert model.rowCount() < 20_000 and max(fetch.calls) == 200
