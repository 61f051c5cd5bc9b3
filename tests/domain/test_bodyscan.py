"""The body scan state machine: schedule, pauses, skipping, drift, events."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from securebase.domain import bodyscan as bs
from securebase.domain.clock import FakeClock
from securebase.domain.session_timer import TimerError, TimerState

CONTENT = Path(__file__).resolve().parents[2] / "resources" / "content" / "en" / "bodyscan.toml"


@pytest.fixture(scope="module")
def script() -> tuple[bs.ScanStep, ...]:
    with CONTENT.open("rb") as fh:
        return bs.script_from_content(tomllib.load(fh))


def _steps(weights) -> list[bs.ScanStep]:
    return [bs.ScanStep(key=f"s{i}", title=f"S{i}", lines=("line",), weight=w)
            for i, w in enumerate(weights)]


# ---------------------------------------------------------------------- the script
def test_script_goes_from_the_feet_upward_then_whole_body_and_close(script):
    keys = [s.key for s in script]
    assert keys[0] == "arrive"
    assert keys[-2:] == ["whole_body", "close"]
    body = [s for s in script if len(s.regions) == 1]
    assert [s.regions[0] for s in body] == list(bs.BODY_REGIONS)
    whole = script[-2]
    assert set(whole.regions) == set(bs.BODY_REGIONS)
    assert script[0].regions == () and script[-1].regions == ()


def test_every_step_has_guidance_short_enough_for_large_type(script):
    for step in script:
        assert step.title.strip()
        for line in step.lines:
            assert 10 < len(line) < 200, (step.key, line)


def test_a_malformed_script_is_refused():
    with pytest.raises(bs.ScriptError):
        bs.script_from_content({"steps": []})
    with pytest.raises(bs.ScriptError):
        bs.script_from_content({"steps": [{"key": "a", "title": "A"}]})
    with pytest.raises(bs.ScriptError):
        bs.script_from_content({"steps": [{"key": "a", "title": "A", "lines": ["x"],
                                           "regions": ["tail"]}]})
    twice = {"key": "a", "title": "A", "lines": ["x"]}
    with pytest.raises(bs.ScriptError):
        bs.script_from_content({"steps": [twice, twice]})


# ---------------------------------------------------------------------- the schedule
@given(minutes=st.integers(bs.MIN_MINUTES, bs.MAX_MINUTES))
def test_the_real_schedule_sums_exactly_to_every_allowed_length(script, minutes):
    plan = bs.plan_schedule(script, minutes * 60)
    assert sum(p.seconds for p in plan) == minutes * 60
    assert plan[0].start == 0 and plan[-1].end == minutes * 60
    for before, after in zip(plan, plan[1:], strict=False):
        assert before.end == after.start
    assert all(p.seconds >= 1 for p in plan)


@given(weights=st.lists(st.floats(0.2, 5.0), min_size=1, max_size=20),
       total=st.integers(20, 4 * 3600))
def test_any_schedule_is_in_proportion_and_sums_to_the_total(weights, total):
    plan = bs.plan_schedule(_steps(weights), total)
    assert sum(p.seconds for p in plan) == total
    weight_sum = sum(weights)
    exact = [total * w / weight_sum for w in weights]
    # Largest-remainder rounding keeps every step within a second of its exact share.
    # Steps whose share is under a second are raised to one; the seconds that takes come
    # from the others, so the bound loosens by one second per raised step.
    raised = sum(1 for x in exact if x < 1)
    for p, x in zip(plan, exact, strict=True):
        assert p.seconds >= 1
        assert abs(p.seconds - x) < 1 + raised


def test_a_ten_minute_scan_gives_regions_about_half_a_minute(script):
    plan = bs.plan_schedule(script, 600)
    region = next(p for p in plan if p.step.key == "knees")
    arrive = plan[0]
    assert 33 <= region.seconds <= 36
    assert arrive.seconds > region.seconds  # arriving and the whole body get more time


def test_a_schedule_needs_a_second_per_step():
    with pytest.raises(ValueError):
        bs.plan_schedule(_steps([1, 1, 1]), 2)
    with pytest.raises(ValueError):
        bs.plan_schedule([], 60)


@pytest.mark.parametrize("bad", [0, 61, -3, 2.5, True, "10"])
def test_lengths_outside_one_to_sixty_minutes_are_refused(bad):
    with pytest.raises(ValueError):
        bs.check_minutes(bad)


# ---------------------------------------------------------------------- running
def test_time_only_counts_while_running(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 10, clock)
    clock.advance(30)  # before start
    scan.start()
    clock.advance(100)
    scan.pause()
    clock.advance(1000)  # a long pause
    assert scan.state is TimerState.PAUSED
    assert scan.view().remaining == 500
    scan.resume()
    clock.advance(50)
    view = scan.view()
    assert view.position == 150
    assert view.remaining == 450
    assert scan.completed_seconds == 150
    assert scan.is_active


def test_it_finishes_exactly_at_the_planned_length_however_late_asked(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 3, clock)
    scan.start()
    clock.advance(180 + 7.3)  # the first look comes 7 s late
    events = scan.poll()
    assert events == [bs.ScanFinished(180)]
    assert scan.state is TimerState.FINISHED
    assert scan.completed_seconds == 180
    assert scan.view().remaining == 0
    assert scan.poll() == []  # reported once


def test_stopping_early_keeps_the_time_practised(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 10, clock)
    scan.start()
    clock.advance(123.4)
    scan.stop()
    clock.advance(500)
    assert scan.state is TimerState.STOPPED
    assert scan.completed_seconds == 123
    assert not scan.is_active and scan.is_over
    scan.stop()  # stopping twice changes nothing
    assert scan.completed_seconds == 123


def test_actions_that_do_not_fit_the_state_are_refused(script):
    scan = bs.BodyScan(script, 5, FakeClock())
    with pytest.raises(TimerError):
        scan.pause()
    with pytest.raises(TimerError):
        scan.resume()
    with pytest.raises(TimerError):
        scan.skip_region()
    scan.start()
    with pytest.raises(TimerError):
        scan.start()
    with pytest.raises(TimerError):
        scan.resume()


def test_skipping_moves_to_the_next_region_without_counting_the_skipped_time(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 10, clock)
    scan.start()
    feet = scan.schedule[1]
    clock.advance(feet.start + 5)
    scan.poll()
    assert scan.view().current.step.key == "feet"
    scan.skip_region()
    view = scan.view()
    assert view.current.step.key == "lower_legs"
    assert view.position == feet.end
    assert scan.completed_seconds == feet.start + 5
    assert view.remaining == 600 - feet.end
    assert scan.skipped_keys == ["feet"]
    assert scan.poll() == [bs.StepStarted(index=2, previous=1)]


def test_skipping_while_paused_stays_paused(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 5, clock)
    scan.start()
    clock.advance(3)
    scan.pause()
    scan.skip_region()
    clock.advance(60)
    assert scan.state is TimerState.PAUSED
    assert scan.view().current.index == 1
    assert scan.completed_seconds == 3


def test_skipping_the_last_step_finishes_the_scan(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 3, clock)
    scan.start()
    last = scan.schedule[-1]
    clock.advance(last.start + 1)
    scan.skip_region()
    assert scan.state is TimerState.FINISHED
    assert scan.completed_seconds == last.start + 1
    assert scan.poll() == [bs.ScanFinished(last.start + 1)]


def test_each_new_step_is_reported_once(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 5, clock)
    scan.start()
    seen = []
    for _ in range(5 * 60 * 2):
        clock.advance(0.5)
        seen += scan.poll()
    starts = [e.index for e in seen if isinstance(e, bs.StepStarted)]
    assert starts == list(range(1, len(script)))
    assert seen[-1] == bs.ScanFinished(300)


def test_guidance_lines_take_turns_only_when_a_step_is_long_enough():
    assert bs.visible_lines(10, 3) == 1
    assert bs.visible_lines(45, 3) == 2
    assert bs.visible_lines(200, 3) == 3
    assert [bs.line_index(t, 10, 3) for t in (0, 5, 9.9)] == [0, 0, 0]
    assert [bs.line_index(t, 90, 3) for t in (0, 29, 31, 61, 89.9)] == [0, 0, 1, 2, 2]


def test_the_view_names_the_next_region_and_none_after_the_last(script):
    clock = FakeClock()
    scan = bs.BodyScan(script, 10, clock)
    scan.start()
    assert scan.view().next.step.key == "feet"
    clock.advance(scan.schedule[-1].start + 1)
    assert scan.view().next is None


# ---------------------------------------------------------------------- drift
@settings(max_examples=40, deadline=None)
@given(gaps=st.lists(st.floats(0.05, 6.0), min_size=1, max_size=50),
       stalls=st.lists(st.floats(0.0, 25.0), min_size=1, max_size=10))
def test_late_and_irregular_ticks_never_make_a_twenty_minute_scan_drift(script, gaps, stalls):
    """The event loop ticks every 200 ms when idle, but may be seconds late when busy.
    However the ticks fall, what the scan shows matches the true time, and it ends
    exactly at twenty minutes of practice."""
    clock = FakeClock()
    scan = bs.BodyScan(script, 20, clock)
    scan.start()
    true_elapsed = 0.0
    i = 0
    finished_at = None
    while finished_at is None:
        gap = gaps[i % len(gaps)] + (stalls[i % len(stalls)] if i % 7 == 3 else 0.0)
        i += 1
        clock.advance(gap)
        true_elapsed += gap
        events = scan.poll()
        view = scan.view()
        assert abs(view.remaining - max(0.0, 1200 - true_elapsed)) <= 1e-6
        t = min(true_elapsed, 1200)  # (float sums may sit a hair either side of a boundary)
        assert view.current in (scan.step_at(t - 1e-6), scan.step_at(t + 1e-6))
        if any(isinstance(e, bs.ScanFinished) for e in events):
            finished_at = true_elapsed
    assert 1200 <= finished_at <= 1200 + 31.0 + 1e-6  # noticed on the first tick after the end
    assert scan.completed_seconds == 1200


def test_twenty_minutes_of_two_hundred_ms_ticks_add_up_to_twenty_minutes(script):
    """A tick counter would accumulate float error and lateness; the clock does not."""
    clock = FakeClock(monotonic=123456.789)
    scan = bs.BodyScan(script, 20, clock)
    scan.start()
    ticks = 0
    while scan.state is TimerState.RUNNING:
        clock.advance(0.2 + (0.013 if ticks % 3 == 0 else 0.0))  # every third tick is late
        scan.poll()
        ticks += 1
    assert ticks < 6000  # fewer ticks than 1200 / 0.2, yet the scan is exactly 20 minutes
    assert scan.completed_seconds == 1200
