"""From the vault to each chart's series: what is drawn for a range and a category, and
why a chart is empty (nothing logged yet, nothing in the period, nothing in the category)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.practice import PracticeKind, PracticeSession
from securebase.services import trends as svc
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 14, 10, 0, tzinfo=LONDON)


@pytest.fixture
def vault(data_dir, make_vault):
    v = Vault.open(data_dir, PASSPHRASE, clock=FakeClock(NOW), auto_backup=False)
    yield v
    v.close()


def add(vault, days_ago: float, intensity: int, **kw) -> None:
    vault.triggers.add(TriggerMoment(intensity=intensity,
                                     occurred_at=NOW - timedelta(days=days_ago), **kw))


def test_an_empty_vault_makes_every_chart_say_what_to_log(vault):
    snapshot = svc.load_snapshot(vault)
    for chart in svc.Chart:
        assert svc.build_view(snapshot, chart, "all").empty is svc.Empty.NOTHING


def test_empty_because_of_the_period_or_the_category(vault):
    add(vault, 40, 6, category="conflict", intensity_after=2, regions=("chest",))
    snapshot = svc.load_snapshot(vault)
    assert svc.build_view(snapshot, "intensity", "2w").empty is svc.Empty.RANGE
    assert svc.build_view(snapshot, "intensity", "3m").empty is None
    assert svc.build_view(snapshot, "intensity", "3m", "slow-reply").empty is svc.Empty.CATEGORY
    assert svc.build_view(snapshot, "regulation", "3m").empty is None
    assert svc.build_view(snapshot, "body", "3m").empty is None


def test_charts_that_need_more_than_intensity_say_so(vault):
    add(vault, 1, 6)  # no intensity afterwards, no body region
    snapshot = svc.load_snapshot(vault)
    assert svc.build_view(snapshot, "intensity", "2w").empty is None
    assert svc.build_view(snapshot, "regulation", "2w").empty is svc.Empty.NOTHING
    assert svc.build_view(snapshot, "body", "2w").empty is svc.Empty.NOTHING
    assert svc.build_view(snapshot, "triggers", "2w").empty is None


def test_the_intensity_series_for_a_range(vault):
    for days_ago, level in ((20, 9), (10, 7), (9, 5), (1, 2)):
        add(vault, days_ago, level)
    snapshot = svc.load_snapshot(vault)
    view = svc.build_view(snapshot, "intensity", "2w")
    assert [m.intensity for m in view.moments] == [7, 5, 2]
    assert view.period.first == date(2026, 3, 1) and view.period.last == date(2026, 3, 14)
    assert [d.mean for d in view.daily] == [7.0, 5.0, 2.0]
    assert view.rolling[-1] == (date(2026, 3, 14), pytest.approx(2.0))
    assert len(view.rolling) == 14
    assert view.takeaway.key == "intensity.few"


def test_categories_apply_to_the_trigger_charts_only(vault):
    add(vault, 2, 8, category="conflict")
    add(vault, 3, 4, category="slow-reply")
    vault.practice.add(PracticeSession(PracticeKind.BODYSCAN, NOW - timedelta(days=1), 600, 600,
                                       calm_before=3, calm_after=7))
    snapshot = svc.load_snapshot(vault)
    triggers = svc.build_view(snapshot, "triggers", "2w", "conflict")
    assert [(s.category, s.count) for s in triggers.categories] == [("conflict", 1)]
    practice = svc.build_view(snapshot, "practice", "2w", "conflict")
    assert practice.empty is None
    assert sum(b.sessions for b in practice.buckets) == 1
    assert practice.takeaway.key == "practice.calm_rose"


def test_the_default_range_follows_the_path(vault):
    assert svc.default_range(svc.load_snapshot(vault)).value == "3m"
    vault.path_state.start(date(2026, 3, 1))
    snapshot = svc.load_snapshot(vault)
    assert svc.default_range(snapshot).value == "path"
    view = svc.build_view(snapshot, "intensity", "path")
    assert [s.number for s in view.steps] == [1, 2, 3, 4, 5, 6]
    assert view.period.first == date(2026, 3, 1) and view.period.days == 50


def test_long_ranges_group_by_month(vault):
    add(vault, 700, 5, intensity_after=3)
    add(vault, 1, 5, intensity_after=1)
    view = svc.build_view(svc.load_snapshot(vault), "regulation", "all")
    assert view.bucket.value == "month"
    assert [p.start for p in view.pairs] == [date(2024, 4, 1), date(2026, 3, 1)]
