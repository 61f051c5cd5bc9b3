"""A vault with a little of everything, written through the repositories, for tests
that walk every tab (accessibility, Chinese rendering)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment, Urge
from securebase.domain.experiments import Experiment, ExperimentStatus
from securebase.domain.practice import PracticeKind, PracticeSession
from securebase.services.assessment import finish_take, load_content

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 14, 10, 0, tzinfo=ZONE)


def fake_clock() -> FakeClock:
    return FakeClock(NOW)


def populate(vault, *, days: int = 12) -> None:
    """Twelve days on the path: trigger moments, an experiment, a narrative, body scans
    and two completed assessments (anxious-leaning, then a little calmer)."""
    start = NOW - timedelta(days=days)
    vault.path_state.start(date(start.year, start.month, start.day))
    for n in range(days):
        at = start + timedelta(days=n, hours=n % 5)
        vault.triggers.add(TriggerMoment(
            intensity=3 + n % 7, intensity_after=2 if n % 2 else None, occurred_at=at,
            situation="slow reply after a plan changed", who="partner",
            category="slow-reply" if n % 3 else "conflict",
            emotions=("anxious", "lonely"), sensations=("tight",), regions=("chest",),
            thoughts="they are pulling away", urge=Urge.REACH_OUT if n % 2 else Urge.WITHDRAW,
            created_at=at))
        if n % 3 == 0:
            vault.practice.add(PracticeSession(
                kind=PracticeKind.BODYSCAN, started_at=at + timedelta(hours=1),
                planned_seconds=600, completed_seconds=600, finished=True,
                calm_before=4, calm_after=7))
    vault.experiments.add(Experiment(
        plan="wait five minutes before texting", planned_for=NOW - timedelta(days=2),
        idea_key="soothe-before-contact", prediction="they will be annoyed",
        belief_before=70, status=ExperimentStatus.DONE, outcome="it went fine",
        anxiety_before=7, anxiety_after=4, belief_after=30))
    vault.narrative.save("When I was small, comfort came late.", "first lines")
    content = load_content("en")
    ins = content.default_instrument()
    for anxiety, avoidance in ((6, 3), (5, 3)):
        take = vault.assessments.start(ins.id, ins.version)
        for item in ins.items:
            level = anxiety if item.dimension == "anxiety" else avoidance
            vault.assessments.save_answer(take.id, item.id, 8 - level if item.reversed else level)
        finish_take(vault.assessments, ins, take.id)
