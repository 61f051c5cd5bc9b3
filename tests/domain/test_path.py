"""The fifty-day path: steps, start, pause, resume, restart, focus, content."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securebase.domain import path as p
from securebase.domain.path import Action, PathError, PathState, Status

D0 = date(2026, 3, 2)
DAY = timedelta(days=1)


# ---------------------------------------------------------------------- steps
@pytest.mark.parametrize(("day", "step"), [
    (1, 1), (3, 1), (4, 2), (10, 2), (11, 3), (17, 3), (18, 4), (25, 4),
    (26, 5), (35, 5), (36, 6), (50, 6),
])
def test_step_boundaries(day, step):
    assert p.step_for_day(day).number == step


def test_steps_tile_fifty_days_without_gaps():
    days = [d for s in p.STEPS for d in range(s.first_day, s.last_day + 1)]
    assert days == list(range(1, p.TOTAL_DAYS + 1))


@given(st.integers(min_value=1, max_value=p.TOTAL_DAYS))
def test_every_day_is_in_exactly_one_step(day):
    assert sum(day in s for s in p.STEPS) == 1
    assert day in p.step_for_day(day)


def test_day_zero_has_no_step():
    with pytest.raises(ValueError):
        p.step_for_day(0)


@pytest.mark.parametrize(("step", "first"), [
    (1, Action.ASSESSMENT), (3, Action.EXPERIMENT), (4, Action.BODY_SCAN),
    (5, Action.NARRATIVE), (6, Action.ASSESSMENT),
])
def test_each_step_puts_its_emphasis_first(step, first):
    assert p.STEPS[step - 1].actions[0] is first


def test_every_step_offers_all_six_actions_once():
    for step in p.STEPS:
        assert sorted(step.actions) == sorted(Action)


# ---------------------------------------------------------------------- start and day N
def test_not_started():
    prog = p.progress(PathState(), D0)
    assert prog.status is Status.NOT_STARTED and prog.day == 0


def test_start_defaults_to_today_and_counts_today_as_day_one():
    state = p.start_path(PathState(), D0)
    assert state.start == D0
    assert p.progress(state, D0).day == 1
    assert p.progress(state, D0 + 10 * DAY).day == 11
    assert p.progress(state, D0 + 10 * DAY).step.number == 3


def test_start_in_the_future_is_upcoming():
    state = p.start_path(PathState(), D0, D0 + 3 * DAY)
    prog = p.progress(state, D0)
    assert prog.status is Status.UPCOMING and prog.days_until_start == 3 and prog.day == 0


def test_start_in_the_past_catches_up():
    state = p.start_path(PathState(), D0, D0 - 20 * DAY)
    assert p.progress(state, D0).day == 21


def test_start_dates_far_away_are_refused_with_a_sentence():
    with pytest.raises(PathError, match="two months"):
        p.start_path(PathState(), D0, D0 + 90 * DAY)
    with pytest.raises(PathError, match="past year"):
        p.start_path(PathState(), D0, D0 - 400 * DAY)


def test_starting_twice_is_refused():
    state = p.start_path(PathState(), D0)
    with pytest.raises(PathError, match="restart"):
        p.start_path(state, D0)


def test_after_fifty_days_the_path_is_complete_and_stays_at_fifty():
    state = p.start_path(PathState(), D0)
    assert p.progress(state, D0 + 49 * DAY).status is Status.ACTIVE
    prog = p.progress(state, D0 + 60 * DAY)
    assert prog.status is Status.COMPLETE and prog.day == 50 and prog.step.number == 6


# ---------------------------------------------------------------------- pause / resume
def test_paused_days_do_not_count():
    state = p.start_path(PathState(), D0)  # day 1
    state = p.pause_path(state, D0 + 4 * DAY)  # paused on day 5; day 5 still counts
    assert state.paused
    prog = p.progress(state, D0 + 9 * DAY)
    assert prog.status is Status.PAUSED and prog.day == 5
    state = p.resume_path(state, D0 + 10 * DAY)  # the resume day counts again
    assert not state.paused
    assert p.progress(state, D0 + 10 * DAY).day == 6
    assert p.progress(state, D0 + 11 * DAY).day == 7


def test_pause_and_resume_the_same_or_next_day_leaves_no_trace():
    state = p.start_path(PathState(), D0)
    for gap in (0, 1):
        paused = p.pause_path(state, D0 + 3 * DAY)
        resumed = p.resume_path(paused, D0 + (3 + gap) * DAY)
        assert resumed.pauses == ()
        assert p.progress(resumed, D0 + 5 * DAY).day == 6


def test_pause_rules():
    with pytest.raises(PathError):
        p.pause_path(PathState(), D0)
    state = p.start_path(PathState(), D0)
    with pytest.raises(PathError, match="not paused"):
        p.resume_path(state, D0)
    paused = p.pause_path(state, D0)
    with pytest.raises(PathError, match="already paused"):
        p.pause_path(paused, D0)
    upcoming = p.start_path(PathState(), D0, D0 + 2 * DAY)
    with pytest.raises(PathError):
        p.pause_path(upcoming, D0)


@given(
    offset=st.integers(min_value=0, max_value=30),
    pauses=st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=4),
    probe=st.integers(min_value=0, max_value=150),
)
def test_path_day_equals_the_number_of_counted_days(offset, pauses, probe):
    """Day N is exactly the count of non-paused days from the start, however the
    pauses fall, and it never moves while paused."""
    state = p.start_path(PathState(), D0)
    cursor = D0 + offset * DAY
    for run, length in pauses:
        cursor += run * DAY
        state = p.pause_path(state, cursor)
        cursor += length * DAY
        state = p.resume_path(state, cursor)
    today = D0 + probe * DAY
    counted = state.counted_days(today)
    assert state.path_day(today) == len(counted)
    assert all(not state.is_paused_day(d) for d in counted)
    prog = p.progress(state, today)
    assert prog.day == min(max(len(counted), 1), p.TOTAL_DAYS)
    assert prog.day in prog.step


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=2, max_value=40))
def test_day_number_freezes_during_a_pause(before, length):
    state = p.pause_path(p.start_path(PathState(), D0), D0 + (before - 1) * DAY)
    for k in range(length):
        assert p.progress(state, D0 + (before - 1 + k) * DAY).day == min(before, 50)


# ---------------------------------------------------------------------- restart
def test_restart_keeps_history_and_begins_again():
    state = p.start_path(PathState(), D0)
    state = p.pause_path(state, D0 + 5 * DAY)
    state = p.restart_path(state, D0 + 12 * DAY)
    assert state.start == D0 + 12 * DAY and state.pauses == () and not state.paused
    assert state.restarts == (p.Restart(D0 + 12 * DAY, D0, 6),)
    assert p.progress(state, D0 + 12 * DAY).day == 1


def test_restart_before_starting_simply_starts():
    state = p.restart_path(PathState(), D0, D0 + DAY)
    assert state.start == D0 + DAY and state.restarts == ()


# ---------------------------------------------------------------------- focus, settings
def test_focus_belongs_to_one_day():
    state = p.set_focus(PathState(), D0, Action.BODY_SCAN)
    assert state.focus_for(D0) is Action.BODY_SCAN
    assert state.focus_for(D0 + DAY) is None
    assert p.set_focus(state, D0, None).focus_for(D0) is None


@pytest.mark.parametrize("hour", [-1, 13, 4.5, True])
def test_day_end_hour_must_be_midnight_to_noon(hour):
    with pytest.raises(PathError, match="midnight to noon"):
        p.set_day_end_hour(PathState(), hour)


def test_reminder_drops_seconds():
    assert p.set_reminder(PathState(), time(20, 15, 42)).reminder == time(20, 15)


# ---------------------------------------------------------------------- content
def test_content_parser_demands_every_step_and_action():
    data = {
        "texts": dict.fromkeys(["intro", "guidance", "star_hint", "paused", "complete",
                                "upcoming"], "Some words.") | {"start_points": ["One."]},
        "steps": [{"number": n, "title": "T", "focus": "F", "description": "D",
                   "emphasis": "E"} for n in range(1, 7)],
        "actions": {a.value: {"title": "T", "text": "X"} for a in Action},
    }
    content = p.parse_path_content(data)
    assert content.action(Action.TRIGGER) == ("T", "X")
    del data["actions"]["narrative"]
    with pytest.raises(ValueError, match="narrative"):
        p.parse_path_content(data)
    data["actions"]["narrative"] = {"title": "T", "text": "X"}
    data["steps"].pop()
    with pytest.raises(ValueError, match="six steps"):
        p.parse_path_content(data)
