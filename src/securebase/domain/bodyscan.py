"""The guided body scan as a pure state machine.

A scan is a script of steps (arriving, the body regions from the feet upward, the whole
body, a close). Each step gets whole seconds in proportion to its weight, and the steps
always add up to exactly the chosen duration. Time comes from an injected monotonic clock
through :class:`~securebase.domain.session_timer.SessionTimer`, so pauses are excluded and
late ticks cannot make the scan drift.

The Qt tab calls :meth:`BodyScan.poll` a few times a second and reacts to the events it
returns (a new step began: maybe a chime; the scan finished: save it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from securebase.domain.session_timer import (
    MonotonicClock,
    SessionTimer,
    TimerState,
    whole_seconds,
)

#: Regions of the drawn body, from the feet upward (the order of the scan).
BODY_REGIONS: tuple[str, ...] = (
    "feet", "lower_legs", "knees", "thighs", "hips", "belly", "chest",
    "hands", "arms", "shoulders", "neck", "face", "head",
)
PRESET_MINUTES: tuple[int, ...] = (3, 5, 10, 20)
DEFAULT_MINUTES = 10
MIN_MINUTES = 1
MAX_MINUTES = 60
#: A guidance line stays on screen at least this long; short steps show fewer lines.
MIN_LINE_SECONDS = 20.0


class ScriptError(ValueError):
    """The body-scan script (content file) is malformed."""


def check_minutes(minutes: int) -> int:
    """A scan length in whole minutes, 1 to 60."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError("The length of a body scan is a whole number of minutes.")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"A body scan lasts from {MIN_MINUTES} to {MAX_MINUTES} minutes.")
    return minutes


@dataclass(frozen=True)
class ScanStep:
    """One step of the script: what to say and which body regions to highlight."""

    key: str
    title: str
    lines: tuple[str, ...]
    weight: float = 1.0
    regions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.lines:
            raise ScriptError(f"step {self.key!r} has no guidance")
        if not (self.weight > 0 and math.isfinite(self.weight)):
            raise ScriptError(f"step {self.key!r} needs a positive weight")
        unknown = set(self.regions) - set(BODY_REGIONS)
        if unknown:
            raise ScriptError(f"step {self.key!r} names unknown regions {sorted(unknown)}")


@dataclass(frozen=True)
class ScheduledStep:
    index: int
    step: ScanStep
    start: int  # seconds from the beginning of the scan
    seconds: int

    @property
    def end(self) -> int:
        return self.start + self.seconds


def script_from_content(data: Mapping) -> tuple[ScanStep, ...]:
    """Build the script from the parsed ``bodyscan.toml`` (its ``[[steps]]`` tables)."""
    raw = data.get("steps")
    if not isinstance(raw, list) or not raw:
        raise ScriptError("the body-scan content has no steps")
    steps = []
    for item in raw:
        try:
            lines = item["lines"]
            steps.append(ScanStep(
                key=str(item["key"]), title=str(item["title"]),
                lines=tuple(str(line).strip() for line in ([lines] if isinstance(lines, str) else lines)),
                weight=float(item.get("weight", 1.0)),
                regions=tuple(item.get("regions", ())),
            ))
        except (KeyError, TypeError) as exc:
            raise ScriptError(f"a body-scan step is incomplete: {exc}") from None
    keys = [s.key for s in steps]
    if len(set(keys)) != len(keys):
        raise ScriptError("two body-scan steps share a key")
    return tuple(steps)


def plan_schedule(steps: Sequence[ScanStep], total_seconds: int) -> tuple[ScheduledStep, ...]:
    """Whole seconds per step in proportion to the weights, summing exactly to the total.

    Largest-remainder rounding: every step first gets the floor of its share, then the
    seconds left over go to the largest fractional parts (earlier steps win ties). Every
    step gets at least one second.
    """
    if not steps:
        raise ValueError("a schedule needs at least one step")
    if isinstance(total_seconds, bool) or not isinstance(total_seconds, int):
        raise ValueError("the total must be whole seconds")
    if total_seconds < len(steps):
        raise ValueError("too short for one second per step")
    weight_sum = math.fsum(s.weight for s in steps)
    shares = [total_seconds * s.weight / weight_sum for s in steps]
    seconds = [max(1, math.floor(x)) for x in shares]
    diff = total_seconds - sum(seconds)
    # Hand out (or, after the one-second floor, take back) the difference one second at a
    # time, in order of how far each step is from its exact share.
    while diff:
        if diff > 0:
            i = max(range(len(steps)), key=lambda k: (shares[k] - seconds[k], -k))
            seconds[i] += 1
            diff -= 1
        else:
            candidates = [k for k in range(len(steps)) if seconds[k] > 1]
            i = max(candidates, key=lambda k: (seconds[k] - shares[k], k))
            seconds[i] -= 1
            diff += 1
    plan, start = [], 0
    for index, (step, secs) in enumerate(zip(steps, seconds, strict=True)):
        plan.append(ScheduledStep(index, step, start, secs))
        start += secs
    return tuple(plan)


def visible_lines(step_seconds: float, line_count: int) -> int:
    """How many of a step's guidance lines fit, each on screen for MIN_LINE_SECONDS."""
    return max(1, min(line_count, int(step_seconds // MIN_LINE_SECONDS)))


def line_index(elapsed_in_step: float, step_seconds: float, line_count: int) -> int:
    """Which guidance line to show ``elapsed_in_step`` seconds into a step."""
    shown = visible_lines(step_seconds, line_count)
    if step_seconds <= 0:
        return 0
    return min(shown - 1, max(0, int(elapsed_in_step / step_seconds * shown)))


# ---------------------------------------------------------------------- events and view
@dataclass(frozen=True)
class StepStarted:
    index: int
    previous: int


@dataclass(frozen=True)
class ScanFinished:
    completed_seconds: int


@dataclass(frozen=True)
class ScanView:
    """Everything the screen shows at one moment."""

    state: TimerState
    current: ScheduledStep
    next: ScheduledStep | None
    line: str
    position: float
    remaining: float
    step_remaining: float
    fraction: float  # of the whole scan, 0..1


@dataclass
class BodyScan:
    """A scan of ``minutes`` minutes over ``script``, timed by ``clock``."""

    script: Sequence[ScanStep]
    minutes: int
    clock: MonotonicClock
    schedule: tuple[ScheduledStep, ...] = field(init=False)
    skipped_keys: list[str] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        check_minutes(self.minutes)
        self.schedule = plan_schedule(self.script, self.minutes * 60)
        self._timer = SessionTimer(self.clock, self.minutes * 60)
        self._last_index = 0
        self._finish_reported = False

    # ------------------------------------------------------------------ actions
    def start(self) -> None:
        self._timer.start()

    def pause(self) -> None:
        self._timer.pause()

    def resume(self) -> None:
        self._timer.resume()

    def toggle(self) -> TimerState:
        return self._timer.toggle()

    def stop(self) -> None:
        self._timer.stop()

    def skip_region(self) -> None:
        """Move on to the next step now; the skipped time does not count as practice."""
        current = self.current_step()
        self.skipped_keys.append(current.step.key)
        self._timer.skip(current.end - self._timer.position)

    # ------------------------------------------------------------------ readings
    @property
    def state(self) -> TimerState:
        return self._timer.update()

    @property
    def planned_seconds(self) -> int:
        return self.minutes * 60

    @property
    def completed_seconds(self) -> int:
        return whole_seconds(self._timer.practised)

    @property
    def is_active(self) -> bool:
        return self._timer.is_active

    @property
    def is_over(self) -> bool:
        return self._timer.is_over

    def step_at(self, position: float) -> ScheduledStep:
        """The step that covers ``position`` seconds (the last one at the very end)."""
        for item in self.schedule:
            if position < item.end:
                return item
        return self.schedule[-1]

    def current_step(self) -> ScheduledStep:
        return self.step_at(self._timer.position)

    def poll(self) -> list[StepStarted | ScanFinished]:
        """What happened since the last poll: at most one StepStarted (the step now
        showing, even if a late tick passed over a short one) and, once, ScanFinished."""
        events: list[StepStarted | ScanFinished] = []
        state = self._timer.update()
        index = self.current_step().index
        if index != self._last_index and state is not TimerState.FINISHED:
            events.append(StepStarted(index, self._last_index))
        self._last_index = index
        if state is TimerState.FINISHED and not self._finish_reported:
            self._finish_reported = True
            events.append(ScanFinished(self.completed_seconds))
        return events

    def view(self) -> ScanView:
        position = self._timer.position
        current = self.step_at(position)
        nxt = self.schedule[current.index + 1] if current.index + 1 < len(self.schedule) else None
        into = position - current.start
        lines = current.step.lines
        return ScanView(
            state=self._timer.update(), current=current, next=nxt,
            line=lines[line_index(into, current.seconds, len(lines))],
            position=position, remaining=self._timer.remaining,
            step_remaining=max(0.0, current.end - position), fraction=self._timer.fraction,
        )
