"""The two corrective timers, and the pausable timer under every practice."""

from __future__ import annotations

import pytest

from securebase.domain import corrective_timers as ct
from securebase.domain.clock import FakeClock
from securebase.domain.entries import EntryError
from securebase.domain.practice import PracticeKind, ReachOutChoice
from securebase.domain.session_timer import (
    SessionTimer,
    TimerError,
    TimerState,
    countdown_text,
    whole_seconds,
)


def test_pause_before_reaching_out_runs_five_minutes_then_asks():
    clock = FakeClock()
    pause = ct.PauseBeforeReachingOut(clock)
    assert pause.stage is ct.Stage.READY
    pause.rate_before(8)
    pause.start()
    assert pause.stage is ct.Stage.RUNNING
    clock.advance(299)
    assert pause.stage is ct.Stage.RUNNING
    clock.advance(2)
    assert pause.stage is ct.Stage.ASKING
    outcome = pause.answer(4, ReachOutChoice.WAIT)
    assert outcome == ct.CorrectiveOutcome(
        kind=PracticeKind.PAUSE, planned_seconds=300, completed_seconds=300, finished=True,
        urge_before=8, urge_after=4, choice=ReachOutChoice.WAIT)
    assert pause.stage is ct.Stage.DONE
    with pytest.raises(TimerError):
        pause.answer(2, ReachOutChoice.WAIT)


def test_the_pause_breathes_at_the_default_pace_and_rotates_prompts():
    clock = FakeClock()
    pause = ct.PauseBeforeReachingOut(clock)
    pause.start()
    clock.advance(5)
    assert pause.breath().phase.value == "out"
    assert pause.prompt_index(7) == 0
    clock.advance(ct.PROMPT_SECONDS)
    assert pause.prompt_index(7) == 1
    pause.toggle()
    clock.advance(1000)  # paused: prompts and breath stand still
    assert pause.prompt_index(7) == 1
    assert pause.stage is ct.Stage.RUNNING
    assert pause.prompt_index(0) == 0


def test_ending_the_pause_early_still_asks_and_records_it_was_shorter():
    clock = FakeClock()
    pause = ct.PauseBeforeReachingOut(clock)
    pause.start()
    clock.advance(75)
    pause.stop()
    assert pause.stage is ct.Stage.ASKING
    outcome = pause.answer(None, ReachOutChoice.REACH_OUT_NOW)
    assert not outcome.finished
    assert outcome.completed_seconds == 75
    assert outcome.urge_before is None and outcome.urge_after is None


def test_pause_ratings_must_be_zero_to_ten():
    pause = ct.PauseBeforeReachingOut(FakeClock())
    with pytest.raises(EntryError):
        pause.rate_before(11)
    pause.start()
    with pytest.raises(TimerError):
        pause.rate_before(3)  # only before starting
    pause.stop()
    with pytest.raises(EntryError):
        pause.answer(-1, ReachOutChoice.WAIT)
    with pytest.raises(ValueError):
        pause.answer(3, "later")


def test_stay_one_more_minute_runs_sixty_seconds_then_asks_how_it_felt():
    clock = FakeClock()
    stay = ct.StayOneMoreMinute(clock)
    with pytest.raises(TimerError):
        stay.answer("too soon")
    stay.start()
    clock.advance(59.9)
    assert stay.stage is ct.Stage.RUNNING
    clock.advance(0.2)
    assert stay.stage is ct.Stage.ASKING
    outcome = stay.answer("  Tight chest, then it eased.  ")
    assert outcome.kind is PracticeKind.STAY
    assert outcome.felt == "Tight chest, then it eased."
    assert outcome.finished and outcome.completed_seconds == 60


def test_stopping_the_minute_early_is_recorded_as_such():
    clock = FakeClock()
    stay = ct.StayOneMoreMinute(clock)
    stay.start()
    clock.advance(20)
    stay.stop()
    outcome = stay.answer("")
    assert not outcome.finished and outcome.completed_seconds == 20


# ---------------------------------------------------------------------- the timer itself
def test_the_timer_counts_only_running_time_and_never_passes_its_end():
    clock = FakeClock()
    t = SessionTimer(clock, 100)
    assert t.state is TimerState.IDLE and t.remaining == 100
    t.start()
    clock.advance(40)
    t.pause()
    clock.advance(500)
    t.resume()
    clock.advance(10)
    assert t.practised == 50 and t.position == 50 and t.fraction == 0.5
    t.skip(20)
    assert t.position == 70 and t.practised == 50 and t.skipped == 20
    clock.advance(1000)
    assert t.state is TimerState.FINISHED
    assert t.practised == 80 and t.position == 100 and t.remaining == 0
    assert t.toggle() is TimerState.FINISHED  # nothing to pause any more


def test_a_timer_needs_a_positive_duration():
    with pytest.raises(ValueError):
        SessionTimer(FakeClock(), 0)


@pytest.mark.parametrize(("seconds", "text"), [
    (600, "10:00"), (599.01, "10:00"), (59.5, "1:00"), (59, "0:59"), (0.2, "0:01"), (0, "0:00")])
def test_the_countdown_rounds_up_so_zero_shows_only_at_the_end(seconds, text):
    assert countdown_text(seconds) == text


def test_whole_seconds_round_half_up():
    assert [whole_seconds(x) for x in (0.49, 0.5, 59.5, 600.0)] == [0, 1, 60, 600]
