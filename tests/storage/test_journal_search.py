"""The journal as one list: every kind, newest first, paged, filtered, searched, undoable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from securebase.domain.clock import FakeClock
from securebase.domain.entries import TriggerMoment
from securebase.domain.experiments import Experiment, ExperimentStatus
from securebase.domain.journal import EntryKind, JournalFilter
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


def add_trigger(v, hours_ago: float, text: str = "", **kw):
    return v.triggers.add(TriggerMoment(intensity=kw.pop("intensity", 5),
                                        occurred_at=START - timedelta(hours=hours_ago),
                                        situation=text, **kw))


def add_experiment(v, hours_ago: float, plan: str, **kw):
    return v.experiments.add(Experiment(plan=plan, planned_for=START - timedelta(hours=hours_ago),
                                        **kw))


@pytest.fixture
def mixed(jv, clock):
    t1 = add_trigger(jv, 50, "slow reply after the party", intensity=8, category="slow-reply",
                     tags=("weekend",), intensity_after=3)
    t2 = add_trigger(jv, 30, "argument about money", intensity=4, category="conflict",
                     tags=("money",))
    e1 = add_experiment(jv, 20, "Wait five minutes before texting back", anxiety_before=7,
                        status=ExperimentStatus.DONE, tags=("weekend",))
    clock.advance(-3600 * 10)
    jv.narrative.save("## How my pattern formed\nMy father left early; I watched the door.")
    clock.advance(3600 * 10)
    return {"t1": t1, "t2": t2, "e1": e1, "n": jv.narrative.latest()}


def kinds_ids(entries):
    return [(e.kind.value, e.id) for e in entries]


def test_all_kinds_newest_first(jv, mixed):
    entries = jv.triggers.list_entries()
    assert kinds_ids(entries) == [("narrative", mixed["n"].id), ("experiment", mixed["e1"].id),
                                  ("trigger", mixed["t2"].id), ("trigger", mixed["t1"].id)]
    first = entries[-1]
    assert (first.intensity, first.intensity_after, first.category) == (8, 3, "slow-reply")
    assert first.first_line == "slow reply after the party"
    assert entries[0].first_line == "How my pattern formed"
    assert entries[0].detail == str(mixed["n"].word_count)
    assert entries[1].detail == "done" and entries[1].intensity == 7


def test_only_the_newest_narrative_version_is_listed(jv, mixed, clock):
    clock.advance(60)
    newer = jv.narrative.save("## How my pattern formed\nA different telling.")
    narrative_rows = [e for e in jv.triggers.list_entries() if e.kind is EntryKind.NARRATIVE]
    assert [e.id for e in narrative_rows] == [newer.id]


def test_cli_shortcuts_since_and_kind(jv, mixed):
    only = jv.triggers.list_entries(kind="trigger")
    assert {e.kind for e in only} == {EntryKind.TRIGGER}
    recent = jv.triggers.list_entries(since=START - timedelta(hours=25))
    assert kinds_ids(recent) == [("narrative", mixed["n"].id), ("experiment", mixed["e1"].id)]


@pytest.mark.parametrize(("flt", "expected"), [
    (JournalFilter(kinds=frozenset({EntryKind.EXPERIMENT})), ["e1"]),
    (JournalFilter(category="conflict"), ["t2"]),
    (JournalFilter(intensity_min=6), ["e1", "t1"]),
    (JournalFilter(intensity_min=0, intensity_max=4), ["t2"]),
    (JournalFilter(tag="weekend"), ["e1", "t1"]),
    (JournalFilter(since=START - timedelta(hours=40), until=START - timedelta(hours=25)), ["t2"]),
    (JournalFilter(query="money"), ["t2"]),
    (JournalFilter(query="door"), ["n"]),
    (JournalFilter(query="five texting"), ["e1"]),
    (JournalFilter(query="weekend"), ["e1", "t1"]),
    (JournalFilter(query="nothing like this"), []),
])
def test_filters(jv, mixed, flt, expected):
    names = {("trigger", mixed["t1"].id): "t1", ("trigger", mixed["t2"].id): "t2",
             ("experiment", mixed["e1"].id): "e1", ("narrative", mixed["n"].id): "n"}
    assert [names[k] for k in kinds_ids(jv.triggers.list_entries(flt))] == expected
    assert jv.triggers.count_entries(flt) == len(expected)


def test_search_marks_the_matches_in_a_snippet(jv, mixed):
    hits = jv.triggers.search_all("PARTY slow")
    assert kinds_ids(hits) == [("trigger", mixed["t1"].id)]
    assert "[[party]]" in hits[0].snippet and "[[slow]]" in hits[0].snippet


def test_short_words_and_chinese_are_found_by_substring(jv):
    t = add_trigger(jv, 1, "他没有回我的消息")
    assert kinds_ids(jv.triggers.search_all("回我")) == [("trigger", t.id)]
    assert "[[回我]]" in jv.triggers.search_all("回我")[0].snippet


def test_search_text_with_quotes_and_operators_is_safe(jv):
    t = add_trigger(jv, 1, 'he said "NOT now" AND left (again)*')
    for query in ['"NOT', "AND left", "(again)*", 'now"', "NEAR(", "-", "'"]:
        found = jv.triggers.search_all(query)
        assert kinds_ids(found) in ([("trigger", t.id)], []), query
    assert kinds_ids(jv.triggers.search_all('"NOT now"')) == [("trigger", t.id)]


def test_pages_follow_on_without_gaps_or_repeats(jv):
    for i in range(45):
        add_trigger(jv, i % 7, f"entry {i}")  # many share a time: the cursor must break ties
    seen, after = [], None
    while True:
        page = jv.triggers.list_entries(limit=10, after=after)
        seen += [e.id for e in page]
        if len(page) < 10:
            break
        after = page[-1].key
    assert len(seen) == 45 and len(set(seen)) == 45
    assert seen == [e.id for e in jv.triggers.list_entries(limit=None)]


def test_new_trigger_fields_are_searchable(jv):
    t = add_trigger(jv, 1, "", who="Marguerite", emotions=("jealous",), regions=("stomach",),
                    what_i_did="went for a walk", tags=("sunday",))
    for word in ("Marguerite", "jealous", "stomach", "walk", "sunday"):
        assert kinds_ids(jv.triggers.search_all(word)) == [("trigger", t.id)], word


def test_editing_reindexes(jv):
    from dataclasses import replace

    t = add_trigger(jv, 1, "first words")
    jv.triggers.update(replace(t, situation="second version"))
    assert jv.triggers.search_all("first") == []
    assert kinds_ids(jv.triggers.search_all("second")) == [("trigger", t.id)]


def test_delete_and_undo_for_every_kind(jv, mixed):
    for name, kind in (("t1", EntryKind.TRIGGER), ("e1", EntryKind.EXPERIMENT),
                       ("n", EntryKind.NARRATIVE)):
        entry = mixed[name]
        before = jv.triggers.count_entries()
        token = jv.triggers.delete_entry(kind, entry.id)
        assert token is not None
        assert jv.triggers.count_entries() == before - 1
        assert (kind, entry.id) not in [(e.kind, e.id) for e in jv.triggers.list_entries()]
        assert jv.triggers.delete_entry(kind, entry.id) is None  # already gone
        jv.triggers.restore_entry(token)
        assert jv.triggers.count_entries() == before
    assert jv.triggers.search_all("door")  # narrative index back too


def test_deleting_the_narrative_removes_every_version_together(jv, mixed, clock):
    clock.advance(5)
    jv.narrative.save("second version")
    token = jv.triggers.delete_entry(EntryKind.NARRATIVE, jv.narrative.latest().id)
    assert jv.narrative.latest() is None and jv.narrative.count() == 0
    jv.triggers.restore_entry(token)
    assert jv.narrative.count() == 2 and jv.narrative.latest().text == "second version"


def test_purge_removes_only_entries_deleted_over_thirty_days_ago(jv, mixed, clock):
    jv.triggers.delete_entry(EntryKind.TRIGGER, mixed["t1"].id)
    clock.advance(86400 * 29)
    jv.triggers.delete_entry(EntryKind.EXPERIMENT, mixed["e1"].id)
    assert jv.triggers.purge_deleted() == 0
    clock.advance(86400 * 2)
    assert jv.triggers.purge_deleted() == 1  # the trigger, deleted 31 days ago
    assert jv.triggers.deleted_count() == 1
    jv.triggers.restore(mixed["t1"].id)  # nothing left to restore
    assert jv.triggers.get(mixed["t1"].id) is None
    assert jv.triggers.purge_deleted(older_than=None) == 1  # "empty the bin" now
    assert jv.triggers.deleted_count() == 0


def test_purging_a_trigger_unlinks_its_experiments(jv, clock):
    t = add_trigger(jv, 2, "prompted")
    e = add_experiment(jv, 1, "try something", trigger_id=t.id)
    jv.triggers.delete(t.id)
    clock.advance(86400 * 31)
    jv.triggers.purge_deleted()
    assert jv.experiments.get(e.id).trigger_id is None


def test_all_tags_across_kinds(jv, mixed):
    assert jv.triggers.all_tags() == ["money", "weekend"]
