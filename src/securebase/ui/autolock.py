"""Lock the vault after a stretch without user input.

An application-wide event filter notes every keyboard, mouse, wheel and touch
event; a timer compares the idle time against an injected clock every few
seconds (tests use ``FakeClock.advance``, never real waiting). Nothing fires while
``should_wait()`` is true, for example during a running body scan; the idle time
then starts again from the moment the wait ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from securebase.domain.clock import Clock

#: The choices offered to the user, in minutes; ``None`` means never.
CHOICES: tuple[int | None, ...] = (1, 2, 5, 10, 15, 30, None)
DEFAULT_MINUTES = 5
#: Key in ``vault.settings``.
SETTING_KEY = "autolock_minutes"
CHECK_INTERVAL_MS = 5_000

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})


def normalize_minutes(value: object) -> int | None:
    """A stored value turned into one of ``CHOICES`` (the default when unknown)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_MINUTES
    minutes = int(value)
    return minutes if minutes in CHOICES else DEFAULT_MINUTES


def load_minutes(settings) -> int | None:
    """Read the delay from ``vault.settings`` (a missing key means the default)."""
    return normalize_minutes(settings.get(SETTING_KEY, DEFAULT_MINUTES))


def save_minutes(settings, minutes: int | None) -> None:
    settings.set(SETTING_KEY, normalize_minutes(minutes))


class AutoLock(QObject):
    """Calls ``on_lock`` once after ``timeout_minutes`` without input.

    ``clock_ms`` is either a function returning milliseconds from any fixed origin
    or a :class:`Clock`. With a Clock the idle time is the larger of monotonic
    and wall-clock time passed, so a laptop that slept with the app open locks as
    soon as it wakes (monotonic time stands still during sleep on some systems).
    """

    fired = Signal()

    def __init__(self, clock_ms: Callable[[], float] | Clock, timeout_minutes: int | None,
                 on_lock: Callable[[], None], should_wait: Callable[[], bool] | None = None,
                 parent: QObject | None = None, *,
                 check_interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        if callable(clock_ms):
            self._mono_ms = clock_ms
            self._wall_ms: Callable[[], float] | None = None
        else:
            clock = clock_ms
            self._mono_ms = lambda: clock.monotonic() * 1000.0
            self._wall_ms = lambda: clock.now().timestamp() * 1000.0
        self._on_lock = on_lock
        self._should_wait = should_wait or (lambda: False)
        self._minutes = normalize_minutes(timeout_minutes)
        self._active = False
        self._last_mono = 0.0
        self._last_wall = 0.0
        self._timer = QTimer(self)
        self._timer.setObjectName("autoLockTimer")
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._filtering = False

    # ------------------------------------------------------------------ state
    @property
    def timeout_minutes(self) -> int | None:
        return self._minutes

    @property
    def active(self) -> bool:
        return self._active

    def set_timeout(self, minutes: int | None) -> None:
        self._minutes = normalize_minutes(minutes)
        self.reset()
        self._sync_timer()

    def start(self) -> None:
        """Begin watching (after an unlock). Idle time starts now."""
        self._active = True
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.reset()
        self._sync_timer()

    def stop(self) -> None:
        """Stop watching (when locked or quitting)."""
        self._active = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def reset(self) -> None:
        """Count idle time from now."""
        self._last_mono = self._mono_ms()
        self._last_wall = self._wall_ms() if self._wall_ms else 0.0

    def idle_ms(self) -> float:
        idle = self._mono_ms() - self._last_mono
        if self._wall_ms is not None:
            idle = max(idle, self._wall_ms() - self._last_wall)
        return max(0.0, idle)

    def _sync_timer(self) -> None:
        if self._active and self._minutes is not None:
            self._timer.start()
        else:
            self._timer.stop()

    # ------------------------------------------------------------------ checking
    def check(self) -> bool:
        """Lock now if the delay has passed; returns True when it fired."""
        if not self._active or self._minutes is None:
            return False
        if self._should_wait():
            self.reset()
            return False
        if self.idle_ms() < self._minutes * 60_000:
            return False
        self.stop()
        self.fired.emit()
        self._on_lock()
        return True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS:
            self.reset()
        return False
