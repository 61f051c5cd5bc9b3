"""The two corrective timers from the path, as small state machines.

* **Pause before reaching out** — five minutes of paced breathing with short prompts, then
  "how urgent does contacting feel now, 0–10?" and a free choice: reach out now, or wait.
* **Stay one more minute** — a discreet 60-second timer with one grounding line, then
  "what did staying feel like?".

Both go ``READY → RUNNING → ASKING → DONE``. Stopping early is allowed at any time and
leads to the same question: ending early is part of the experiment, not a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from securebase.domain.breathing import BreathMoment, BreathPattern
from securebase.domain.entries import check_intensity, check_text
from securebase.domain.practice import PracticeKind, ReachOutChoice
from securebase.domain.session_timer import (
    MonotonicClock,
    SessionTimer,
    TimerError,
    TimerState,
    whole_seconds,
)

PAUSE_SECONDS = 5 * 60
STAY_SECONDS = 60
PROMPT_SECONDS = 45.0  # each pause prompt stays on screen this long


class Stage(StrEnum):
    READY = "ready"
    RUNNING = "running"  # the timer runs or is paused
    ASKING = "asking"  # time is up (or stopped): the closing question
    DONE = "done"


@dataclass(frozen=True)
class CorrectiveOutcome:
    kind: PracticeKind
    planned_seconds: int
    completed_seconds: int
    finished: bool
    urge_before: int | None = None
    urge_after: int | None = None
    choice: ReachOutChoice | None = None
    felt: str = ""


class _CorrectiveTimer:
    kind: PracticeKind
    seconds: int

    def __init__(self, clock: MonotonicClock) -> None:
        self.timer = SessionTimer(clock, self.seconds)
        self.outcome: CorrectiveOutcome | None = None

    @property
    def stage(self) -> Stage:
        if self.outcome is not None:
            return Stage.DONE
        state = self.timer.update()
        if state is TimerState.IDLE:
            return Stage.READY
        if state in (TimerState.RUNNING, TimerState.PAUSED):
            return Stage.RUNNING
        return Stage.ASKING

    @property
    def finished(self) -> bool:
        """Ran the whole time (rather than being stopped early)."""
        return self.timer.update() is TimerState.FINISHED

    @property
    def completed_seconds(self) -> int:
        return whole_seconds(self.timer.practised)

    def start(self) -> None:
        self._expect(Stage.READY)
        self.timer.start()

    def toggle(self) -> TimerState:
        self._expect(Stage.RUNNING)
        return self.timer.toggle()

    def stop(self) -> None:
        """End early and go on to the closing question."""
        if self.stage is Stage.RUNNING:
            self.timer.stop()

    def _expect(self, stage: Stage) -> None:
        if self.stage is not stage:
            raise TimerError(f"this needs the {stage} stage, not {self.stage}")

    def _outcome(self, **answers) -> CorrectiveOutcome:
        self._expect(Stage.ASKING)
        self.outcome = CorrectiveOutcome(
            kind=self.kind, planned_seconds=self.seconds,
            completed_seconds=self.completed_seconds, finished=self.finished, **answers)
        return self.outcome


class PauseBeforeReachingOut(_CorrectiveTimer):
    """Five minutes of paced breathing before contacting someone, then a free choice."""

    kind = PracticeKind.PAUSE
    seconds = PAUSE_SECONDS

    def __init__(self, clock: MonotonicClock, pattern: BreathPattern | None = None) -> None:
        super().__init__(clock)
        self.pattern = pattern or BreathPattern()
        self.urge_before: int | None = None

    def rate_before(self, urge: int | None) -> None:
        """Optional: how urgent contacting feels before the pause (0–10)."""
        self._expect(Stage.READY)
        check_intensity(urge, "How urgent it feels")
        self.urge_before = urge

    def breath(self) -> BreathMoment:
        return self.pattern.at(self.timer.practised)

    def prompt_index(self, count: int) -> int:
        """Which of ``count`` prompts to show now (they take turns, PROMPT_SECONDS each)."""
        if count <= 0:
            return 0
        return int(self.timer.practised // PROMPT_SECONDS) % count

    def answer(self, urge_after: int | None, choice: ReachOutChoice) -> CorrectiveOutcome:
        check_intensity(urge_after, "How urgent it feels")
        if not isinstance(choice, ReachOutChoice):
            raise ValueError("choose to reach out now or to wait")
        return self._outcome(urge_before=self.urge_before, urge_after=urge_after, choice=choice)


class StayOneMoreMinute(_CorrectiveTimer):
    """Sixty seconds of staying in a hard moment, then a question about how it felt."""

    kind = PracticeKind.STAY
    seconds = STAY_SECONDS

    def answer(self, felt: str = "") -> CorrectiveOutcome:
        check_text(felt, "What staying felt like")
        return self._outcome(felt=felt.strip())
