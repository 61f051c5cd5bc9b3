"""The narrative's word count and the word-by-word difference between versions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from securebase.domain.narrative import (
    NarrativeVersion,
    headings,
    prompt_heading,
    word_count,
)
from securebase.domain.textdiff import Op, diff, rebuild, summarize


def test_word_count_counts_words_and_each_chinese_character():
    assert word_count("") == 0
    assert word_count("  My mother   travelled a lot. — ") == 5
    assert word_count("I don't know") == 3
    assert word_count("我很想你") == 4
    assert word_count("我 love 你 🙂") == 3


def test_prompt_headings_are_found_again():
    text = f"{prompt_heading('How my pattern formed')}\nsome words\n\n## A letter"
    assert headings(text) == ["How my pattern formed", "A letter"]


def test_first_line_skips_heading_marks():
    v = NarrativeVersion(text="\n## How my pattern formed\nwords", saved_at=None, word_count=0)
    assert v.first_line == "How my pattern formed"


def test_diff_marks_only_the_changed_words():
    old = "My mother travelled a lot, and I learned to watch the door.\nSecond line."
    new = "My mother travelled often, and I learned to watch the door.\nSecond line."
    segs = diff(old, new)
    assert [s.text for s in segs if s.op is Op.REMOVED] == ["a lot"]
    assert [s.text for s in segs if s.op is Op.ADDED] == ["often"]
    assert summarize(segs).words_added == 1 and summarize(segs).words_removed == 2


def test_identical_texts_have_no_changes():
    segs = diff("same\ntext", "same\ntext")
    assert summarize(segs).unchanged
    assert all(s.op is Op.SAME for s in segs)


@given(st.text(), st.text())
def test_diff_rebuilds_both_versions_exactly(old, new):
    segs = diff(old, new)
    assert rebuild(segs, "old") == old
    assert rebuild(segs, "new") == new
