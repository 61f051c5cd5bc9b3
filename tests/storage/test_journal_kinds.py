"""Experiments, narrative versions and drafts in the vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from securebase.domain.clock import FakeClock
from securebase.domain.entries import EntryError, TriggerMoment
from securebase.domain.experiments import Experiment, ExperimentStatus
from securebase.storage.errors import InvalidInput
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

START = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(START)


@pytest.fixture
def jv(data_dir, make_vault, clock):
    v = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    yield v
    v.close()


# ---------------------------------------------------------------- experiments
def test_an_experiment_round_trips_and_links_to_its_trigger(jv):
    t = jv.triggers.add(TriggerMoment(intensity=7, occurred_at=START))
    exp = Experiment(plan="Soothe myself for five minutes first", idea_key="soothe-before-contact",
                     planned_for=datetime(2026, 3, 11, 19, 0, tzinfo=timezone(timedelta(hours=-5))),
                     prediction="She will be annoyed", belief_before=80, trigger_id=t.id,
                     anxiety_before=7, tags=("evening",))
    saved = jv.experiments.add(exp)
    assert jv.experiments.get(saved.id) == saved
    assert saved.planned_for.utcoffset() == timedelta(hours=-5)
    assert [e.id for e in jv.experiments.for_trigger(t.id)] == [saved.id]
    done = jv.experiments.update(replace(saved, status=ExperimentStatus.DONE,
                                         outcome="She said thanks for waiting",
                                         feelings_after="relieved, a bit shaky",
                                         anxiety_after=3, belief_after=30))
    again = jv.experiments.get(saved.id)
    assert again == done and again.status is ExperimentStatus.DONE
    assert jv.experiments.count(ExperimentStatus.DONE) == 1
    assert jv.experiments.count(ExperimentStatus.PLANNED) == 0


def test_an_experiment_cannot_link_to_a_missing_moment(jv):
    with pytest.raises(InvalidInput, match="no longer exists"):
        jv.experiments.add(Experiment(plan="x", planned_for=START, trigger_id=999))


def test_experiment_list_filters_and_soft_delete(jv):
    a = jv.experiments.add(Experiment(plan="a", planned_for=START - timedelta(days=2)))
    b = jv.experiments.add(Experiment(plan="b", planned_for=START, status=ExperimentStatus.SKIPPED))
    assert [e.id for e in jv.experiments.list()] == [b.id, a.id]
    assert [e.id for e in jv.experiments.list(status=ExperimentStatus.SKIPPED)] == [b.id]
    assert [e.id for e in jv.experiments.list(since=START - timedelta(days=1))] == [b.id]
    jv.experiments.delete(b.id)
    assert jv.experiments.get(b.id) is None and jv.experiments.count() == 1
    with pytest.raises(InvalidInput):
        jv.experiments.update(replace(b, plan="changed"))
    jv.experiments.restore(b.id)
    assert jv.experiments.get(b.id).plan == "b"


def test_an_invalid_experiment_is_refused(jv):
    with pytest.raises(EntryError, match="Describe the experiment"):
        jv.experiments.add(Experiment(plan=" ", planned_for=START))
    assert jv.experiments.count() == 0


# ---------------------------------------------------------------- narrative
def test_every_save_is_a_version_and_unchanged_text_adds_none(jv, clock):
    assert jv.narrative.latest() is None and jv.narrative.versions() == []
    v1 = jv.narrative.save("## How my pattern formed\nMy mother worked nights.")
    clock.advance(60)
    same = jv.narrative.save("## How my pattern formed\nMy mother worked nights.")
    assert same.id == v1.id and jv.narrative.count() == 1
    clock.advance(60)
    v2 = jv.narrative.save("## How my pattern formed\nMy mother worked nights. 我想她。",
                           note="added a line")
    assert jv.narrative.latest() == v2
    assert [v.id for v in jv.narrative.versions()] == [v2.id, v1.id]
    assert jv.narrative.versions()[0].text == ""  # listing does not load every text
    assert jv.narrative.versions()[0].note == "added a line"
    assert jv.narrative.get(v1.id).text == "## How my pattern formed\nMy mother worked nights."
    assert v2.word_count == v1.word_count + 3


def test_deleting_the_newest_version_makes_the_one_before_current(jv, clock):
    v1 = jv.narrative.save("first telling")
    clock.advance(1)
    v2 = jv.narrative.save("second telling")
    jv.narrative.delete_version(v2.id)
    assert jv.narrative.latest().id == v1.id
    assert [e.id for e in jv.triggers.search_all("telling")] == [v1.id]
    jv.narrative.restore_version(v2.id)
    assert jv.narrative.latest().id == v2.id
    assert [e.id for e in jv.triggers.search_all("telling")] == [v2.id]


def test_only_the_current_version_is_searchable(jv, clock):
    jv.narrative.save("the old word was harbour")
    clock.advance(1)
    jv.narrative.save("the new word is lighthouse")
    assert jv.triggers.search_all("harbour") == []
    assert len(jv.triggers.search_all("lighthouse")) == 1


def test_a_narrative_over_one_megabyte_is_refused(jv):
    with pytest.raises(EntryError, match="1 MB"):
        jv.narrative.save("x" * 1_000_001)


# ---------------------------------------------------------------- drafts
def test_drafts_are_saved_replaced_listed_and_discarded(jv, clock):
    assert jv.drafts.get("quick-capture") is None
    jv.drafts.save("quick-capture", {"intensity": 6, "situation": "他没回 🙂"})
    clock.advance(5)
    jv.drafts.save("trigger:4", {"situation": "edit"})
    clock.advance(5)
    jv.drafts.save("quick-capture", {"intensity": 7, "situation": "他没回 🙂 still"})
    got = jv.drafts.get("quick-capture")
    assert got.payload == {"intensity": 7, "situation": "他没回 🙂 still"}
    assert got.saved_at == clock.now()
    assert [d.key for d in jv.drafts.all()] == ["quick-capture", "trigger:4"]
    jv.drafts.discard("quick-capture")
    assert [d.key for d in jv.drafts.all()] == ["trigger:4"]
    jv.drafts.discard_all()
    assert jv.drafts.all() == []


def test_a_draft_survives_closing_the_vault(data_dir, make_vault, clock):
    with Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False) as v:
        v.drafts.save("narrative", {"text": "unsaved story"})
    with Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False) as v:
        assert v.drafts.get("narrative").payload == {"text": "unsaved story"}


def test_a_broken_draft_is_refused_with_a_message(jv):
    with pytest.raises(EntryError, match="broken characters"):
        jv.drafts.save("quick-capture", {"situation": "\ud800"})
    with pytest.raises(EntryError, match="short name"):
        jv.drafts.save("", {})
