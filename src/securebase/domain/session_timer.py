"""A pausable countdown measured on a monotonic clock.

Every practice timer (body scan, breathing pacer, the two corrective timers) is built on
:class:`SessionTimer`. Elapsed time is always *computed* from the clock — the time the
timer has spent running, pauses excluded — never counted from ticks, so a busy or late
event loop cannot make it drift: a tick that arrives three seconds late simply sees three
more seconds.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Protocol


class MonotonicClock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never go backwards."""


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # ran to the end
    STOPPED = "stopped"  # ended early by the user


class TimerError(RuntimeError):
    """An action that does not fit the timer's state (e.g. pausing before starting)."""


class SessionTimer:
    """A countdown of ``duration`` seconds that can be paused, resumed, stopped and skipped.

    ``skip(seconds)`` moves the position forward without counting the skipped time as
    practice: ``position = practised + skipped`` and ``remaining = duration - position``.
    The timer notices its end only when asked (``update()`` or any property that calls it),
    and then records the end exactly at ``duration``, however late the question comes.
    """

    def __init__(self, clock: MonotonicClock, duration: float) -> None:
        if not duration > 0:
            raise ValueError("a session needs a positive duration")
        self._clock = clock
        self.duration = float(duration)
        self._state = TimerState.IDLE
        self._banked = 0.0  # practised seconds from earlier running spans
        self._since: float | None = None  # monotonic start of the current running span
        self._skipped = 0.0

    # ------------------------------------------------------------------ actions
    def start(self) -> None:
        if self._state is not TimerState.IDLE:
            raise TimerError(f"cannot start a {self._state} session")
        self._state = TimerState.RUNNING
        self._since = self._clock.monotonic()

    def pause(self) -> None:
        if self.update() is not TimerState.RUNNING:
            raise TimerError(f"cannot pause a {self._state} session")
        self._bank()
        self._state = TimerState.PAUSED

    def resume(self) -> None:
        if self._state is not TimerState.PAUSED:
            raise TimerError(f"cannot resume a {self._state} session")
        self._state = TimerState.RUNNING
        self._since = self._clock.monotonic()

    def toggle(self) -> TimerState:
        """Pause when running, resume when paused; returns the new state."""
        if self.update() is TimerState.RUNNING:
            self.pause()
        elif self._state is TimerState.PAUSED:
            self.resume()
        return self._state

    def stop(self) -> None:
        """End early. Stopping a finished or stopped session changes nothing."""
        if self.update() in (TimerState.FINISHED, TimerState.STOPPED):
            return
        if self._state is TimerState.RUNNING:
            self._bank()
        self._state = TimerState.STOPPED

    def skip(self, seconds: float) -> None:
        """Jump ``seconds`` forward (clipped at the end) without counting them as practice."""
        if self.update() not in (TimerState.RUNNING, TimerState.PAUSED):
            raise TimerError(f"cannot skip in a {self._state} session")
        self._skipped += max(0.0, min(seconds, self.remaining))
        self.update()

    def update(self) -> TimerState:
        """Bring the state up to date with the clock (finishing when time is up)."""
        if self._state is TimerState.RUNNING and self._raw_position() >= self.duration:
            self._banked = self.duration - self._skipped
            self._since = None
            self._state = TimerState.FINISHED
        elif self._state is TimerState.PAUSED and self._skipped + self._banked >= self.duration:
            self._state = TimerState.FINISHED
        return self._state

    # ------------------------------------------------------------------ readings
    @property
    def state(self) -> TimerState:
        return self.update()

    @property
    def practised(self) -> float:
        """Seconds actually spent in the session, pauses and skipped time excluded."""
        self.update()
        if self._state is TimerState.RUNNING:
            return min(self._banked + self._span(), self.duration - self._skipped)
        return self._banked

    @property
    def skipped(self) -> float:
        return self._skipped

    @property
    def position(self) -> float:
        """Where in the planned duration the session is (0 .. duration)."""
        return min(self.duration, self.practised + self._skipped)

    @property
    def remaining(self) -> float:
        return max(0.0, self.duration - self.position)

    @property
    def fraction(self) -> float:
        return self.position / self.duration

    @property
    def is_active(self) -> bool:
        """Started and not yet over (running or paused)."""
        return self.update() in (TimerState.RUNNING, TimerState.PAUSED)

    @property
    def is_over(self) -> bool:
        return self.update() in (TimerState.FINISHED, TimerState.STOPPED)

    # ------------------------------------------------------------------ internals
    def _span(self) -> float:
        return self._clock.monotonic() - self._since if self._since is not None else 0.0

    def _raw_position(self) -> float:
        return self._banked + self._span() + self._skipped

    def _bank(self) -> None:
        self._banked = min(self._banked + self._span(), self.duration - self._skipped)
        self._since = None


def whole_seconds(seconds: float) -> int:
    """Seconds rounded to a whole number for storage (half a second rounds up)."""
    return int(seconds + 0.5)


def countdown_text(seconds: float) -> str:
    """'m:ss' for a remaining time, rounded up so '0:00' appears only at the very end."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"
