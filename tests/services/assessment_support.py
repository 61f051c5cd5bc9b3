"""Helpers for tests that need completed assessment takes in a vault."""

from __future__ import annotations

from datetime import UTC, datetime

from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment, Urge
from securebase.services.assessment import AssessmentContent, finish_take

MARKER = "ZEBRA-7741 private marker"
START = datetime(2026, 9, 1, 19, 30, tzinfo=UTC)


def fake_clock() -> FakeClock:
    return FakeClock(START)


def answers_for(content: AssessmentContent, anxiety: int, avoidance: int) -> dict[str, int]:
    """Answers whose keyed means are exactly ``anxiety`` and ``avoidance``."""
    ins = content.default_instrument()
    out = {}
    for item in ins.items:
        level = anxiety if item.dimension == "anxiety" else avoidance
        out[item.id] = 8 - level if item.reversed else level
    return out


def complete_take(vault, content: AssessmentContent, anxiety: int, avoidance: int,
                  tweak: dict[str, int] | None = None):
    ins = content.default_instrument()
    take = vault.assessments.start(ins.id, ins.version)
    for item_id, value in {**answers_for(content, anxiety, avoidance), **(tweak or {})}.items():
        vault.assessments.save_answer(take.id, item_id, value)
    return finish_take(vault.assessments, ins, take.id)


def log_marked_moments(vault, clock: FakeClock, count: int = 6) -> None:
    """Journal entries whose every text field holds MARKER."""
    for n in range(count):
        vault.triggers.add(TriggerMoment(
            intensity=8 - n % 8, intensity_after=3 if n % 2 else None,
            occurred_at=clock.now(), situation=MARKER, body=MARKER, thoughts=MARKER,
            urge=Urge.REACH_OUT if n % 3 else Urge.WITHDRAW))
        clock.advance(86400)
