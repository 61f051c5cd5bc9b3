"""The texts that explain a result: complete, and describing patterns, never people."""

from __future__ import annotations

import re

import pytest

from securebase.domain.assessment import RELIABLE_CHANGE, Region, Strength, lean_of
from securebase.domain.path import STEPS
from securebase.domain.tendencies import ContentError, load_tendencies, parse_tendencies
from securebase.paths import resources_dir

FILE = resources_dir() / "content" / "en" / "tendencies.toml"


@pytest.fixture(scope="module")
def content():
    return load_tendencies(FILE)


def all_text(content) -> str:
    parts = [content.safety_note, *content.notes.values(), *content.lean_templates.values()]
    for t in content.tendencies.values():
        parts += [t.summary, t.body, t.conflict, *t.helps, *t.first_actions]
        parts += [f"{e.title} {e.how}" for e in t.experiments]
    for s in content.path:
        parts += [s.about, *s.fit.values()]
    return "\n".join(parts)


def test_every_region_has_its_words(content):
    assert set(content.tendencies) == set(Region)
    for t in content.tendencies.values():
        assert t.summary and t.body and t.conflict
        assert len(t.helps) >= 3 and len(t.experiments) >= 3 and len(t.first_actions) == 3
    assert content.tendencies[Region.FEARFUL].name == "fearful-avoidant (often called disorganized)"
    assert content.tendencies[Region.ANXIOUS].name == "anxious-preoccupied"
    assert content.tendencies[Region.AVOIDANT].name == "dismissing-avoidant"


def test_the_path_has_six_steps_with_the_paths_days(content):
    assert [(s.step, s.first_day, s.last_day) for s in content.path] == [
        (s.number, s.first_day, s.last_day) for s in STEPS]
    assert [(s.first_day, s.last_day) for s in content.path] == [
        (1, 3), (4, 10), (11, 17), (18, 25), (26, 35), (36, 50)]
    for step in content.path:
        assert set(step.fit) == {r.value for r in Region}


def test_the_seeds_corrective_experiments_are_fitted(content):
    anxious = " ".join(e.how for e in content.tendencies[Region.ANXIOUS].experiments)
    avoidant = " ".join(e.how for e in content.tendencies[Region.AVOIDANT].experiments)
    assert "five-minute timer" in anxious
    assert "stay one more minute" in avoidant
    step3 = content.path[2]
    assert "five minutes" in step3.fitted(Region.ANXIOUS)
    assert "one more minute" in step3.fitted(Region.AVOIDANT)


def test_lean_sentences_describe_answers_not_people(content):
    for anx, avo in [(6, 2), (2, 6), (6.2, 5.9), (2, 2), (4.3, 3.8)]:
        sentence = content.lean_sentence(lean_of(anx, avo))
        assert sentence.startswith("Your answers lean")
    assert "slightly" in content.lean_sentence(lean_of(4.2, 2.0))
    assert lean_of(6.0, 6.0).strength is Strength.STRONG
    assert "strongly" in content.lean_sentence(lean_of(6.0, 6.0))


def test_no_sentence_labels_a_person(content):
    text = all_text(content).lower()
    for label in ("secure", "anxious", "avoidant", "fearful", "disorganized", "insecure"):
        assert not re.search(rf"\byou are (an? )?{label}", text)
        assert not re.search(rf"\byou're (an? )?{label}", text)
    assert "diagnos" in content.safety_note.lower()


def test_the_wobble_note_gives_the_reliable_change(content):
    note = content.note("wobble")
    assert f"{RELIABLE_CHANGE:.1f} points" in note and "wobble" in note
    assert "days 36–50" in content.note("retake")


def test_a_broken_content_file_says_what_is_missing():
    text = FILE.read_text(encoding="utf-8")
    with pytest.raises(ContentError, match="region 'fearful'.*'conflict'"):
        parse_tendencies(text.replace('conflict = """In conflict both pulls', 'x = """', 1))
    with pytest.raises(ContentError, match="not valid TOML"):
        parse_tendencies("[regions")
