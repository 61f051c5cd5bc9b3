"""Trigger moments: the rules every moment must meet, and the word helpers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from securebase.domain.entries import (
    MAX_TEXT_BYTES,
    EntryError,
    TriggerMoment,
    Urge,
    clean_labels,
    is_future,
    parse_tags,
    validate_trigger,
)

AT = datetime(2026, 3, 1, 21, 15, tzinfo=UTC)


def moment(**kw) -> TriggerMoment:
    return TriggerMoment(**{"intensity": 5, "occurred_at": AT, **kw})


def test_intensity_alone_is_a_valid_moment():
    validate_trigger(moment())


def test_old_positional_construction_still_works():
    m = TriggerMoment(7, AT, "late reply", "tight chest", "he is leaving", Urge.REACH_OUT, 3)
    assert (m.situation, m.body, m.thoughts, m.intensity_after) == (
        "late reply", "tight chest", "he is leaving", 3)
    assert m.who == "" and m.emotions == () and m.tags == ()


@pytest.mark.parametrize("value", [-1, 11, 100])
def test_intensity_outside_zero_to_ten_is_refused(value):
    with pytest.raises(EntryError, match="from 0 to 10"):
        validate_trigger(moment(intensity=value))
    with pytest.raises(EntryError, match="Intensity after"):
        validate_trigger(moment(intensity_after=value))


def test_intensity_must_be_a_whole_number():
    with pytest.raises(EntryError, match="whole number"):
        validate_trigger(moment(intensity=5.5))
    with pytest.raises(EntryError, match="whole number"):
        validate_trigger(moment(intensity=True))


@pytest.mark.parametrize("field", ["situation", "who", "body", "thoughts", "what_i_did"])
def test_a_text_field_over_one_megabyte_is_refused_with_a_clear_sentence(field):
    validate_trigger(moment(**{field: "a" * (MAX_TEXT_BYTES - 10)}) if field != "who"
                     else moment(who="a" * 1000))
    with pytest.raises(EntryError) as err:
        validate_trigger(moment(**{field: "é" * (MAX_TEXT_BYTES // 2 + 1)}))
    assert "longer than 1 MB" in str(err.value)
    assert str(err.value).endswith(".")


def test_empty_situation_is_allowed():
    validate_trigger(moment(situation="", thoughts="", body=""))


def test_null_character_and_lone_surrogates_are_refused_with_a_message():
    with pytest.raises(EntryError, match="null character"):
        validate_trigger(moment(situation="a\x00b"))
    with pytest.raises(EntryError, match="broken characters"):
        validate_trigger(moment(thoughts="half \ud83d emoji"))
    with pytest.raises(EntryError, match="broken characters"):
        validate_trigger(moment(emotions=("sad\udc00",)))


def test_the_time_needs_a_time_zone():
    with pytest.raises(EntryError, match="time zone"):
        validate_trigger(moment(occurred_at=datetime(2026, 3, 1, 21, 15)))


def test_list_labels_must_be_short_single_lines_and_not_blank():
    validate_trigger(moment(emotions=("anxious", "ängstlich 😟"), regions=("chest",)))
    with pytest.raises(EntryError, match="blank"):
        validate_trigger(moment(tags=("  ",)))
    with pytest.raises(EntryError, match="one line"):
        validate_trigger(moment(sensations=("tight\nchest",)))
    with pytest.raises(EntryError, match="keep it short"):
        validate_trigger(moment(tags=("x" * 201,)))
    with pytest.raises(EntryError, match="one line"):
        validate_trigger(moment(who="Sam\nAlex"))


def test_clean_labels_drops_blanks_and_case_duplicates_but_keeps_the_spelling():
    assert clean_labels([" Sad ", "sad", "", "Hurt  a bit", "悲伤"]) == ("Sad", "Hurt a bit", "悲伤")


def test_parse_tags_splits_on_commas_and_spaces_and_drops_hashes():
    assert parse_tags("work, #family  evening,work") == ("work", "family", "evening")
    assert parse_tags("  ") == ()


def test_first_line_skips_empty_fields():
    assert moment(situation="\n  \n", thoughts="  he will leave\nmore").first_line == "he will leave"
    assert moment().first_line == ""


def test_a_future_time_is_flagged_only_beyond_a_small_tolerance():
    now = AT
    assert not is_future(now + timedelta(seconds=30), now)
    assert is_future(now + timedelta(hours=1), now)
    assert not is_future(now - timedelta(days=3), now)


text_without_nul = st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                                  blacklist_characters="\x00"))


@given(text_without_nul, text_without_nul)
def test_any_unicode_without_nul_or_lone_surrogates_is_accepted(situation, thoughts):
    validate_trigger(moment(situation=situation, thoughts=thoughts))


@given(st.text(min_size=1).map(lambda t: t + "\x00"))
def test_any_text_with_a_nul_is_refused(text):
    with pytest.raises(EntryError):
        validate_trigger(moment(situation=text))
