"""The breathing pacer: the pattern's phases and the timed session."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securebase.domain import breathing as br
from securebase.domain.clock import FakeClock
from securebase.domain.session_timer import TimerState


def test_the_default_is_six_breaths_a_minute_in_four_out_six():
    p = br.BreathPattern()
    assert p.breaths_per_minute == 6
    assert p.inhale_seconds == pytest.approx(4.0)
    assert p.exhale_seconds == pytest.approx(6.0)
    assert p.cycle_seconds == pytest.approx(10.0)


@pytest.mark.parametrize(("t", "phase", "breath", "progress"), [
    (0.0, br.Phase.IN, 0, 0.0),
    (2.0, br.Phase.IN, 0, 0.5),
    (4.0, br.Phase.OUT, 0, 0.0),
    (7.0, br.Phase.OUT, 0, 0.5),
    (10.0, br.Phase.IN, 1, 0.0),
    (33.0, br.Phase.IN, 3, 0.75),
    (39.0, br.Phase.OUT, 3, 5 / 6),
])
def test_phase_and_progress_at_a_time(t, phase, breath, progress):
    m = br.BreathPattern().at(t)
    assert m.phase is phase
    assert m.breath == breath
    assert m.progress == pytest.approx(progress)


def test_the_circle_is_empty_at_the_start_of_an_in_breath_and_full_at_its_end():
    p = br.BreathPattern()
    assert p.at(0).size == pytest.approx(0.0)
    assert p.at(2).size == pytest.approx(0.5)
    assert p.at(3.999).size == pytest.approx(1.0, abs=1e-5)
    assert p.at(4.0).size == pytest.approx(1.0)
    assert p.at(9.999).size == pytest.approx(0.0, abs=1e-5)
    assert p.at(1).phase_remaining == pytest.approx(3.0)


@pytest.mark.parametrize(("bpm", "ratio", "inhale", "exhale"), [
    (4, 1.0, 7.5, 7.5), (7, 2.0, 60 / 7 / 3, 60 / 7 * 2 / 3), (5, 1.5, 4.8, 7.2)])
def test_pace_and_ratio_are_adjustable(bpm, ratio, inhale, exhale):
    p = br.BreathPattern(bpm, ratio)
    assert p.inhale_seconds == pytest.approx(inhale)
    assert p.exhale_seconds == pytest.approx(exhale)


@pytest.mark.parametrize(("bpm", "ratio"), [
    (3.9, 1.5), (7.1, 1.5), (6, 0.9), (6, 2.1), (float("nan"), 1.5), (6, float("inf"))])
def test_patterns_outside_the_gentle_range_are_refused(bpm, ratio):
    with pytest.raises(ValueError):
        br.BreathPattern(bpm, ratio)


@given(bpm=st.floats(br.MIN_BPM, br.MAX_BPM), ratio=st.floats(1.0, 2.0),
       t=st.floats(0, 3600))
def test_any_moment_is_consistent(bpm, ratio, t):
    p = br.BreathPattern(bpm, ratio)
    m = p.at(t)
    assert p.exhale_seconds >= p.inhale_seconds - 1e-9
    assert 0.0 <= m.progress <= 1.0 and 0.0 <= m.size <= 1.0
    assert m.phase_seconds == pytest.approx(
        p.inhale_seconds if m.phase is br.Phase.IN else p.exhale_seconds)
    assert m.breath * p.cycle_seconds <= t + 1e-6


def test_a_session_excludes_pauses_and_reports_phase_changes_and_its_end():
    clock = FakeClock()
    s = br.BreathingSession(clock, 1)
    s.start()
    clock.advance(3)
    assert s.poll() == []
    clock.advance(1.5)  # 4.5 s: out-breath
    assert s.poll() == [br.PhaseChanged(br.Phase.OUT, 0)]
    s.toggle()
    clock.advance(120)
    assert s.state is TimerState.PAUSED
    assert s.moment().phase is br.Phase.OUT
    s.toggle()
    clock.advance(6)  # 10.5 s of breathing: the second in-breath
    assert s.poll() == [br.PhaseChanged(br.Phase.IN, 1)]
    clock.advance(100)
    assert s.poll() == [br.BreathingFinished(60)]
    assert s.completed_seconds == 60 and s.planned_seconds == 60


def test_a_stopped_session_keeps_its_time():
    clock = FakeClock()
    s = br.BreathingSession(clock, 3, br.BreathPattern(5, 2.0))
    s.start()
    clock.advance(42.4)
    s.stop()
    assert s.state is TimerState.STOPPED
    assert s.completed_seconds == 42


def test_a_session_needs_a_sensible_length():
    with pytest.raises(ValueError):
        br.BreathingSession(FakeClock(), 0)
    with pytest.raises(ValueError):
        br.BreathingSession(FakeClock(), 61)
