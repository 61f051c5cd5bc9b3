"""Shared set-up for the Trends tab tests: a vault with hand-made entries over eight weeks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from securebase.app import AppContext
from securebase.domain.assessment import Score
from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.practice import PracticeKind, PracticeSession
from securebase.storage.assessments import AssessmentRepository
from securebase.storage.vault import Vault
from securebase.ui.tabs.trends_tab import TrendsTab
from tests.conftest import PASSPHRASE

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 14, 10, 0, tzinfo=LONDON)
PATH_START = date(2026, 2, 20)
PRIVATE_CATEGORY = "Mum's birthday dinner"
CHARTS = ("intensity", "regulation", "triggers", "body", "practice", "assessment")


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def vault(data_dir, make_vault, clock):
    v = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    yield v
    if v.is_open:
        v.close()


def fill(vault, days: int = 56) -> int:
    """Moments on most days of the last ``days`` days (more intense early on), weekly
    practice with calm ratings, two assessment takes and a started path."""
    categories = ("slow-reply", "conflict", PRIVATE_CATEGORY, "")
    regions = (("chest",), ("throat", "chest"), ("stomach",), ())
    regulation = (("breathing",), ("pause",), (), ("body-scan",))
    count = 0
    for day in range(days, 0, -1):
        if day % 5 == 0:
            continue
        for k in range(1 + day % 3):
            at = (NOW - timedelta(days=day)).replace(hour=8 + 5 * k)
            level = max(1, min(10, 3 + day // 10 + k))
            vault.triggers.add(TriggerMoment(
                intensity=level, occurred_at=at, category=categories[(day + k) % 4],
                regions=regions[day % 4], regulation=regulation[(day + k) % 4],
                intensity_after=max(0, level - 3) if (day + k) % 3 else None,
                situation="text that must never reach a chart"))
            count += 1
    for week in range(days // 7):
        vault.practice.add(PracticeSession(
            PracticeKind.BODYSCAN if week % 2 else PracticeKind.BREATHING,
            NOW - timedelta(days=7 * week + 2), 600, 600, finished=True,
            calm_before=3 + week % 3, calm_after=7))
    for when, anxiety, avoidance in ((NOW - timedelta(days=40), 5.5, 3.0),
                                     (NOW - timedelta(days=3), 4.5, 2.5)):
        takes = AssessmentRepository(vault.sessions, lambda when=when: when)
        take = takes.start("securebase-attachment", "1")
        takes.complete(take.id, Score(anxiety, avoidance, {}))
    vault.path_state.start(PATH_START)
    return count


def make_tab(qtbot, vault, clock, data_dir) -> TrendsTab:
    tab = TrendsTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.bind(AppContext(vault=vault, clock=clock, data_dir=data_dir))
    tab.show()
    qtbot.waitExposed(tab)
    settle(tab)
    return tab


def settle(tab: TrendsTab) -> None:
    """Let every load and drawing finish (they run off the UI thread)."""
    assert tab.wait(30)


def choose(tab: TrendsTab, *, chart: str | None = None, range_: str | None = None,
           category: str | None = "keep") -> None:
    if chart is not None:
        tab.chart_list.setCurrentRow(CHARTS.index(chart))
    if range_ is not None:
        combo = tab.controls.range_combo
        combo.setCurrentIndex(combo.findData(range_))
    if category != "keep":
        combo = tab.controls.category_combo
        combo.setCurrentIndex(0 if category is None else combo.findData(f"={category}"))
    settle(tab)
