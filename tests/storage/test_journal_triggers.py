"""Trigger moments in the vault: every field saved, changed, deleted and brought back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from securebase.domain.clock import FakeClock
from securebase.domain.entries import EntryError, Regulation, TriggerMoment, Urge
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


def full_moment(**kw) -> TriggerMoment:
    base = dict(
        intensity=8, occurred_at=datetime(2026, 3, 9, 22, 5, tzinfo=timezone(timedelta(hours=2))),
        situation="He read my message and said nothing", who="Sam", category="slow-reply",
        emotions=("anxious", "hurt", "ängstlich"), sensations=("tight", "racing heart"),
        regions=("chest", "throat"), body="a knot under the ribs",
        thoughts="He is losing interest", urge=Urge.REACH_OUT,
        what_i_did="Put the phone away and breathed", intensity_after=4,
        regulation=(Regulation.BREATHING.value, Regulation.PAUSE.value), tags=("evening", "text"))
    base.update(kw)
    return TriggerMoment(**base)


def test_every_field_round_trips_including_the_time_zone(jv):
    saved = jv.triggers.add(full_moment())
    again = jv.triggers.get(saved.id)
    assert again == saved
    expected = full_moment()
    for name in ("intensity", "situation", "who", "category", "emotions", "sensations",
                 "regions", "body", "thoughts", "urge", "what_i_did", "intensity_after",
                 "regulation", "tags"):
        assert getattr(again, name) == getattr(expected, name), name
    assert again.occurred_at == expected.occurred_at
    assert again.occurred_at.utcoffset() == timedelta(hours=2)


def test_update_changes_the_fields_and_the_updated_time(jv, clock):
    saved = jv.triggers.add(full_moment())
    clock.advance(60)
    changed = jv.triggers.update(TriggerMoment(**{**saved.__dict__, "situation": "new words",
                                                  "tags": ("calmer",)}))
    assert jv.triggers.get(saved.id).situation == "new words"
    assert jv.triggers.get(saved.id).tags == ("calmer",)
    assert changed.updated_at > saved.updated_at and changed.created_at == saved.created_at


def test_updating_a_deleted_moment_says_so(jv):
    saved = jv.triggers.add(full_moment())
    jv.triggers.delete(saved.id)
    with pytest.raises(InvalidInput) as err:
        jv.triggers.update(saved)
    assert "no longer exists" in err.value.user_message


def test_invalid_moments_are_refused_before_writing(jv):
    with pytest.raises(EntryError):
        jv.triggers.add(full_moment(intensity=11))
    with pytest.raises(EntryError, match="1 MB"):
        jv.triggers.add(full_moment(what_i_did="x" * 1_000_001))
    assert jv.triggers.count() == 0


def test_delete_hides_and_restore_brings_back(jv):
    saved = jv.triggers.add(full_moment())
    jv.triggers.delete(saved.id)
    assert jv.triggers.get(saved.id) is None and jv.triggers.count() == 0
    assert jv.triggers.search_all("message") == []
    jv.triggers.restore(saved.id)
    assert jv.triggers.get(saved.id) == saved
    assert [h.id for h in jv.triggers.search_all("message")] == [saved.id]


def test_known_people_most_recent_first_and_by_prefix(jv):
    for i, who in enumerate(["Sam", "Alex", "Sam", "Samira", ""]):
        jv.triggers.add(full_moment(who=who, occurred_at=START - timedelta(days=10 - i)))
    assert jv.triggers.known_people() == ["Samira", "Sam", "Alex"]
    assert jv.triggers.known_people("sa") == ["Samira", "Sam"]


def test_custom_categories_are_kept_once(jv):
    assert jv.triggers.add_category("  Money   worries ") == "Money worries"
    assert jv.triggers.add_category("money worries") == "Money worries"
    jv.triggers.add_category("In-laws")
    assert jv.triggers.custom_categories() == ["Money worries", "In-laws"]
    with pytest.raises(EntryError):
        jv.triggers.add_category("   ")


def test_search_limited_to_trigger_moments_finds_only_them(jv, clock):
    from securebase.domain.experiments import Experiment
    from securebase.domain.journal import EntryKind, JournalFilter

    t = jv.triggers.add(full_moment(situation="dinner was quiet"))
    jv.experiments.add(Experiment(plan="dinner without the phone", planned_for=START))
    only = frozenset({EntryKind.TRIGGER})
    for query in ("dinner", "di"):  # trigram index, and the short-word substring scan
        found = jv.triggers.list_entries(JournalFilter(kinds=only, query=query))
        assert [(h.kind.value, h.id) for h in found] == [("trigger", t.id)]


unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                              blacklist_characters="\x00"), max_size=200)
# labels (emotions, tags…) are single lines of ordinary characters
label = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                min_size=1, max_size=40).filter(lambda t: t.strip())


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
@given(situation=unicode_text, thoughts=unicode_text, body=unicode_text,
       what=unicode_text, emotions=st.lists(label, max_size=3, unique=True))
def test_any_unicode_round_trips_exactly(jv, situation, thoughts, body, what, emotions):
    saved = jv.triggers.add(full_moment(situation=situation, thoughts=thoughts, body=body,
                                        what_i_did=what, emotions=tuple(emotions)))
    again = jv.triggers.get(saved.id)
    assert (again.situation, again.thoughts, again.body, again.what_i_did, again.emotions) == (
        situation, thoughts, body, what, tuple(emotions))


def test_emoji_right_to_left_and_cjk_round_trip_and_are_found(jv):
    text = "שלום 👋🏽 مرحبا 你好世界 e\u0301"
    saved = jv.triggers.add(full_moment(situation=text, who="李雷"))
    assert jv.triggers.get(saved.id).situation == text
    assert jv.triggers.get(saved.id).who == "李雷"
    assert [e.id for e in jv.triggers.search_all("你好")] == [saved.id]
    assert [e.id for e in jv.triggers.search_all("مرحبا")] == [saved.id]


def test_nul_and_lone_surrogates_are_refused_with_a_message(jv):
    with pytest.raises(EntryError, match="null character"):
        jv.triggers.add(full_moment(situation="a\x00b"))
    with pytest.raises(EntryError, match="broken characters"):
        jv.triggers.add(full_moment(thoughts="\udcff"))
    assert jv.triggers.count() == 0
