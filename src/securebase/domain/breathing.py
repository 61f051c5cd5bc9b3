"""Paced breathing: the pattern (breaths a minute, a longer exhale) and a timed session.

Slow breathing around six breaths a minute with a longer out-breath than in-breath is the
default (in 4 s, out 6 s). The pattern answers "which phase, how far into it, at time t";
the session adds a pausable countdown on a monotonic clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from securebase.domain.session_timer import (
    MonotonicClock,
    SessionTimer,
    TimerState,
    whole_seconds,
)

MIN_BPM = 4.0
MAX_BPM = 7.0
DEFAULT_BPM = 6.0
MIN_EXHALE_RATIO = 1.0  # exhale as long as the inhale
MAX_EXHALE_RATIO = 2.0  # exhale twice as long
DEFAULT_EXHALE_RATIO = 1.5  # in 4 s, out 6 s at six breaths a minute
PRESET_MINUTES: tuple[int, ...] = (1, 3, 5, 10)
DEFAULT_MINUTES = 3
MAX_MINUTES = 60


class Phase(StrEnum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True)
class BreathPattern:
    breaths_per_minute: float = DEFAULT_BPM
    exhale_ratio: float = DEFAULT_EXHALE_RATIO  # exhale seconds / inhale seconds

    def __post_init__(self) -> None:
        bpm, ratio = self.breaths_per_minute, self.exhale_ratio
        if not (isinstance(bpm, int | float) and math.isfinite(bpm) and MIN_BPM <= bpm <= MAX_BPM):
            raise ValueError(f"Breathing pace is from {MIN_BPM:g} to {MAX_BPM:g} breaths a minute.")
        if not (isinstance(ratio, int | float) and math.isfinite(ratio)
                and MIN_EXHALE_RATIO <= ratio <= MAX_EXHALE_RATIO):
            raise ValueError("The out-breath is from one to two times as long as the in-breath.")

    @property
    def cycle_seconds(self) -> float:
        return 60.0 / self.breaths_per_minute

    @property
    def inhale_seconds(self) -> float:
        return self.cycle_seconds / (1.0 + self.exhale_ratio)

    @property
    def exhale_seconds(self) -> float:
        return self.cycle_seconds - self.inhale_seconds

    def at(self, t: float) -> BreathMoment:
        """The breath ``t`` seconds after the first in-breath began."""
        t = max(0.0, t)
        breath, into = divmod(t, self.cycle_seconds)
        if into < self.inhale_seconds:
            phase, elapsed, length = Phase.IN, into, self.inhale_seconds
        else:
            phase, elapsed, length = Phase.OUT, into - self.inhale_seconds, self.exhale_seconds
        progress = min(1.0, elapsed / length)
        eased = (1.0 - math.cos(math.pi * progress)) / 2.0
        size = eased if phase is Phase.IN else 1.0 - eased
        return BreathMoment(phase=phase, breath=int(breath), phase_seconds=length,
                            phase_elapsed=elapsed, progress=progress, size=size)


@dataclass(frozen=True)
class BreathMoment:
    phase: Phase
    breath: int  # how many full breaths came before this one
    phase_seconds: float
    phase_elapsed: float
    progress: float  # 0..1 through the phase
    size: float  # 0 (empty) .. 1 (full), eased: what the animated circle draws

    @property
    def phase_remaining(self) -> float:
        return max(0.0, self.phase_seconds - self.phase_elapsed)


@dataclass(frozen=True)
class PhaseChanged:
    phase: Phase
    breath: int


@dataclass(frozen=True)
class BreathingFinished:
    completed_seconds: int


class BreathingSession:
    """``minutes`` of paced breathing in ``pattern``, timed by ``clock``."""

    def __init__(self, clock: MonotonicClock, minutes: float = DEFAULT_MINUTES,
                 pattern: BreathPattern | None = None) -> None:
        if not 0 < minutes <= MAX_MINUTES:
            raise ValueError(f"Breathing practice lasts up to {MAX_MINUTES} minutes.")
        self.pattern = pattern or BreathPattern()
        self.minutes = minutes
        self.timer = SessionTimer(clock, minutes * 60)
        self._last: tuple[Phase, int] = (Phase.IN, 0)
        self._finish_reported = False

    def start(self) -> None:
        self.timer.start()

    def toggle(self) -> TimerState:
        return self.timer.toggle()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def state(self) -> TimerState:
        return self.timer.update()

    @property
    def planned_seconds(self) -> int:
        return whole_seconds(self.timer.duration)

    @property
    def completed_seconds(self) -> int:
        return whole_seconds(self.timer.practised)

    def moment(self) -> BreathMoment:
        return self.pattern.at(self.timer.practised)

    def poll(self) -> list[PhaseChanged | BreathingFinished]:
        events: list[PhaseChanged | BreathingFinished] = []
        state = self.timer.update()
        m = self.moment()
        if (m.phase, m.breath) != self._last and state is not TimerState.FINISHED:
            events.append(PhaseChanged(m.phase, m.breath))
        self._last = (m.phase, m.breath)
        if state is TimerState.FINISHED and not self._finish_reported:
            self._finish_reported = True
            events.append(BreathingFinished(self.completed_seconds))
        return events
