"""What counts as done today and which days were practised, read from the real
repositories through ``services.today``."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.path import day_bounds
from securebase.services import today as svc
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

NEW_YORK = ZoneInfo("America/New_York")
TODAY = date(2026, 3, 7)  # the day before clocks go forward in New York


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 7, 22, 0, tzinfo=NEW_YORK))


@pytest.fixture
def vault(data_dir, make_vault, clock):
    v = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    yield v
    v.close()


def bounds(day=TODAY, hour=4):
    return day_bounds(day, hour, NEW_YORK)


def test_nothing_logged_means_nothing_done(vault):
    assert svc.done_today(vault, *bounds()) == set()


def test_a_trigger_moment_ticks_the_trigger_card(vault, clock):
    vault.triggers.add(TriggerMoment(intensity=4, occurred_at=clock.now()))
    assert svc.done_today(vault, *bounds()) == {"trigger"}
    assert svc.done_today(vault, *bounds(TODAY + timedelta(days=1))) == set()


def test_a_rating_afterwards_is_a_reflection(vault, clock):
    vault.triggers.add(TriggerMoment(intensity=7, intensity_after=3, occurred_at=clock.now()))
    assert svc.done_today(vault, *bounds()) == {"trigger", "reflect"}


def test_a_moment_counts_for_the_day_it_was_logged(vault, clock):
    earlier = clock.now() - timedelta(days=2)
    vault.triggers.add(TriggerMoment(intensity=4, occurred_at=earlier))  # logged now
    vault.triggers.add(TriggerMoment(intensity=5, occurred_at=earlier, created_at=earlier))
    assert svc.done_today(vault, *bounds()) == {"trigger"}
    start, _ = bounds(TODAY - timedelta(days=3))
    _, end = bounds()
    assert svc.practised_dates(vault, start, end, 4, NEW_YORK) == {TODAY - timedelta(days=2),
                                                                   TODAY}


def test_the_small_hours_across_the_dst_switch_belong_to_the_evening(vault, clock):
    # 01:30 EST on 8 March, half an hour before clocks jump to 03:00 EDT
    late = datetime(2026, 3, 8, 1, 30, tzinfo=NEW_YORK)
    vault.triggers.add(TriggerMoment(intensity=4, occurred_at=late))
    assert svc.done_today(vault, *bounds()) == {"trigger"}
    assert svc.practised_dates(vault, *bounds(TODAY - timedelta(days=3)), 4, NEW_YORK) == set()
    start, _ = bounds(TODAY - timedelta(days=3))
    _, end = bounds(TODAY + timedelta(days=1))
    assert svc.practised_dates(vault, start, end, 4, NEW_YORK) == {TODAY}


def test_practice_sessions(vault, clock):
    from securebase.domain.practice import PracticeKind, PracticeSession

    vault.practice.add(PracticeSession(kind=PracticeKind.BODYSCAN, started_at=clock.now(),
                                       planned_seconds=600, completed_seconds=420))
    assert svc.done_today(vault, *bounds()) == {"body_scan"}
    vault.practice.add(PracticeSession(kind=PracticeKind.STAY, started_at=clock.now(),
                                       planned_seconds=60, completed_seconds=60,
                                       felt="odd, then fine"))
    assert svc.done_today(vault, *bounds()) == {"body_scan", "experiment", "reflect"}


def test_experiments_count_when_planned_or_recorded(vault, clock):
    from securebase.domain.experiments import Experiment

    exp = vault.experiments.add(Experiment(plan="Wait five minutes before texting",
                                           planned_for=clock.now() + timedelta(days=3)))
    assert svc.done_today(vault, *bounds()) == {"experiment"}
    clock.advance(3 * 86400)
    later = bounds(TODAY + timedelta(days=3))
    assert svc.done_today(vault, *later) == set()
    from dataclasses import replace

    vault.experiments.update(replace(exp, outcome="It was all right", anxiety_after=3))
    assert svc.done_today(vault, *later) == {"experiment", "reflect"}


def test_narrative_versions(vault, clock):
    vault.narrative.save("## Where I learned closeness\nIn a loud kitchen.")
    assert svc.done_today(vault, *bounds()) == {"narrative"}


def test_completed_assessments_only(vault, clock):
    from securebase.domain.assessment import Score

    take = vault.assessments.start("securebase-attachment-v1", "1")
    assert svc.done_today(vault, *bounds()) == set()
    assert not svc.has_assessment(vault)
    vault.assessments.complete(take.id, Score(anxiety=4.2, avoidance=3.1))
    assert svc.done_today(vault, *bounds()) == {"assessment"}
    assert svc.has_assessment(vault)


def test_a_missing_feature_is_simply_not_done_yet(vault, clock, monkeypatch):
    class Partial:
        """A vault whose newer features are not installed."""

        triggers = vault.triggers

        @property
        def practice(self):
            raise ModuleNotFoundError("securebase.storage.practice")

        narrative = object()  # a repository without the method asked for

    vault.triggers.add(TriggerMoment(intensity=4, occurred_at=clock.now()))
    assert svc.done_today(Partial(), *bounds()) == {"trigger"}
    assert not svc.has_assessment(Partial())


def test_today_view_puts_it_together(vault, clock):
    vault.path_state.start(TODAY - timedelta(days=4))
    for back in (1, 2, 4):
        then = clock.now() - timedelta(days=back)
        vault.triggers.add(TriggerMoment(intensity=4, occurred_at=then, created_at=then))
    view = svc.today_view(vault, clock.now())
    assert view.today == TODAY and view.progress.day == 5 and view.progress.step.number == 2
    assert view.done == frozenset()
    assert view.summary.days_practised == 3
    assert view.summary.streak == 3 and view.summary.rest_days_used == 1


def test_local_days_weeks_ago_keep_their_own_daylight_saving_offset(vault, clock):
    """The system clock gives a fixed offset (EDT, -4 after the switch). A moment at
    03:30 EST weeks earlier is 04:30 at -4, which would wrongly count for the next
    day; with the named zone it stays on the evening before."""
    from datetime import timezone

    edt_now = datetime(2026, 3, 20, 12, 0, tzinfo=NEW_YORK)
    fixed = edt_now.astimezone(timezone(edt_now.utcoffset()))
    assert svc.local_zone(fixed, "America/New_York") is not fixed.tzinfo
    assert svc.local_zone(fixed, "Europe/London") is fixed.tzinfo  # disagrees: keep offset
    assert svc.local_zone(fixed, "Not/AZone") is fixed.tzinfo
    assert svc.local_zone(fixed, "") is fixed.tzinfo

    vault.path_state.start(date(2026, 3, 1))
    early = datetime(2026, 3, 5, 3, 30, tzinfo=NEW_YORK)  # EST, before the switch
    vault.triggers.add(TriggerMoment(intensity=4, occurred_at=early, created_at=early))
    named = svc.today_view(vault, fixed, "America/New_York")
    assert named.summary.dates == frozenset({date(2026, 3, 4)})
    offset_only = svc.today_view(vault, fixed)
    assert offset_only.summary.dates == frozenset({date(2026, 3, 5)})
