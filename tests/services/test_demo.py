"""Demo vaults: filled through bulk inserts, searchable, scored by the real instrument,
marked as a demo, and never mixed with a real vault."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from securebase.domain.assessment import score
from securebase.domain.clock import FakeClock
from securebase.domain.journal import EntryKind
from securebase.services import demo
from securebase.services.demo_data import make_persona
from securebase.storage import kdf
from securebase.storage.errors import VaultExists
from securebase.storage.keyfile import KeyFile
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 11, 24, 21, 0, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def filled(data_dir, make_vault):
    """A cheap-KDF vault on a fake clock, filled with the default 50-day demo."""
    v = Vault.open(data_dir, PASSPHRASE, clock=FakeClock(NOW))
    summary = demo.fill_demo(v, days=50, seed=demo.DEFAULT_SEED)
    yield v, summary
    v.close()


def _fingerprint(vault: Vault) -> list:
    entries = vault.triggers.list_entries(limit=None)
    return [(e.kind, e.id, e.at, e.first_line, e.intensity, e.intensity_after) for e in entries]


def test_fill_writes_every_kind_of_entry(filled):
    vault, summary = filled
    assert summary.days == 50 and summary.start == NOW.date() - timedelta(days=49)
    assert vault.triggers.count() == summary.triggers >= 100
    assert vault.experiments.count() == summary.experiments > 0
    assert vault.narrative.count() == summary.narrative_versions > 5
    assert vault.practice.count() == summary.practice_sessions > 10
    assert vault.assessments.count_completed() == summary.assessments == 3
    assert vault.settings.get("demo") is True
    assert vault.path_state.load().start == summary.start


def test_rows_read_back_through_the_repositories_like_typed_entries(filled):
    vault, _summary = filled
    newest = vault.triggers.list(limit=1)[0]
    assert newest.occurred_at.utcoffset() == timedelta(hours=-5)  # the local time zone kept
    assert newest.occurred_at <= newest.created_at <= NOW
    assert newest.intensity is not None and isinstance(newest.emotions, tuple)
    linked = [e for e in vault.experiments.list() if e.trigger_id is not None]
    assert linked and vault.triggers.get(linked[0].trigger_id) is not None
    session = vault.practice.list(limit=1)[0]
    assert session.details is not None and session.started_at <= NOW


def test_search_index_is_consistent_with_the_rows(filled):
    vault, summary = filled
    with vault.sessions() as s:
        from sqlalchemy import text

        indexed = s.execute(text("SELECT kind, count(*) FROM search_index GROUP BY kind")).all()
    assert dict(indexed) == {"trigger": summary.triggers, "experiment": summary.experiments,
                             "narrative": 1}
    name = make_persona(demo.DEFAULT_SEED).names["partner"]
    hits = vault.triggers.search_all(name)
    assert hits and all(name.casefold() in (h.snippet or "").casefold() for h in hits)
    assert vault.triggers.search_all("school gate")[0].kind is EntryKind.NARRATIVE


def test_assessments_are_scored_by_the_real_instrument_and_drift_toward_security(filled):
    vault, _summary = filled
    instrument = demo._instrument()
    takes = vault.assessments.completed()
    local = [t.completed_at.astimezone(NOW.tzinfo).date() for t in takes]
    assert [(day - local[0]).days for day in local] == [0, 24, 47]
    for take in takes:
        expected = score(instrument, take.answers)
        assert (take.anxiety, take.avoidance) == (expected.anxiety, expected.avoidance)
        assert take.completed_at > take.started_at
    first, last = takes[0], takes[-1]
    # closer to the secure corner, and slowly: within a couple of scale points
    assert last.anxiety + last.avoidance < first.anxiety + first.avoidance
    assert abs(last.anxiety - first.anxiety) < 2 and abs(last.avoidance - first.avoidance) < 2


def test_same_seed_same_vault(data_dir, tmp_path, make_vault, filled):
    vault, _summary = filled
    other_dir = tmp_path / "other"
    other, _key = Vault.create(other_dir, PASSPHRASE, clock=FakeClock(NOW),
                               _unsafe_kdf_params=kdf.KdfParams(1, 8, 1))
    try:
        demo.fill_demo(other, days=50, seed=demo.DEFAULT_SEED)
        assert _fingerprint(other) == _fingerprint(vault)
        assert [t.uid for t in other.triggers.list()] == [t.uid for t in vault.triggers.list()]
    finally:
        other.close()


def test_filling_a_vault_that_has_entries_adds_after_them(data_dir, make_vault):
    with Vault.open(data_dir, PASSPHRASE, clock=FakeClock(NOW)) as v:
        demo.fill_demo(v, days=5, seed=1)
        first = v.triggers.count()
        demo.fill_demo(v, days=5, seed=2)
        assert v.triggers.count() > first
        assert len({t.uid for t in v.triggers.list()}) == v.triggers.count()


def test_create_demo_vault_uses_the_kdf_floor_and_leaves_a_note(tmp_path):
    folder = tmp_path / "SecureBase-demo"
    vault, recovery_key, summary = demo.create_demo_vault(folder, days=3, seed=4,
                                                          clock=FakeClock(NOW))
    vault.close()
    keyfile = KeyFile.from_bytes((folder / "vault.key").read_bytes())
    assert keyfile.kdf_params == kdf.FLOOR and keyfile.kdf_params.meets_floor()
    assert recovery_key and summary.days == 3
    assert demo.is_demo_folder(folder)
    assert demo.DEMO_PASSPHRASE in (folder / demo.DEMO_MARKER).read_text(encoding="utf-8")
    with Vault.open(folder, demo.DEMO_PASSPHRASE, auto_backup=False) as reopened:
        assert reopened.settings.get("demo") is True


def test_the_known_passphrase_is_told_only_for_demos_that_use_it(tmp_path, data_dir,
                                                                  make_vault):
    plain = tmp_path / "plain"
    vault, _key, _summary = demo.create_demo_vault(plain, days=2, clock=FakeClock(NOW))
    vault.close()
    assert demo.known_passphrase(plain) == demo.DEMO_PASSPHRASE
    other = tmp_path / "other"
    vault, _key, _summary = demo.create_demo_vault(other, days=2, passphrase=PASSPHRASE,
                                                   clock=FakeClock(NOW))
    vault.close()
    assert demo.is_demo_folder(other) and demo.known_passphrase(other) is None
    assert PASSPHRASE not in (other / demo.DEMO_MARKER).read_text(encoding="utf-8")
    assert demo.known_passphrase(data_dir) is None


def test_create_refuses_a_folder_with_a_vault(data_dir, make_vault):
    before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(VaultExists):
        demo.create_demo_vault(data_dir, days=3)
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert not demo.is_demo_folder(data_dir)


def test_a_failed_fill_removes_the_half_made_demo(tmp_path, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(demo, "fill_demo", broken)
    folder = tmp_path / "demo"
    with pytest.raises(RuntimeError):
        demo.create_demo_vault(folder, days=3)
    assert not folder.exists()


def test_progress_is_reported_from_start_to_end(tmp_path):
    seen: list[tuple[int, str]] = []
    vault, _key, _summary = demo.create_demo_vault(tmp_path / "d", days=20, seed=3,
                                                   progress=lambda p, m: seen.append((p, m)))
    vault.close()
    percents = [p for p, _m in seen]
    assert percents[0] == 0 and percents[-1] == 100 and percents == sorted(percents)
    assert all(message.strip() for _p, message in seen)


def test_sample_vault_is_built_once_then_reopened(tmp_path):
    folder = tmp_path / "SecureBase-demo"
    first = demo.open_sample_vault(folder, days=4, clock=FakeClock(NOW))
    uids = [t.uid for t in first.triggers.list()]
    first.close()
    again = demo.open_sample_vault(folder, days=4, clock=FakeClock(NOW + timedelta(days=1)))
    try:
        assert [t.uid for t in again.triggers.list()] == uids
    finally:
        again.close()


def test_sample_vault_never_opens_a_real_vault(data_dir, make_vault):
    with pytest.raises(VaultExists):
        demo.open_sample_vault(data_dir)


def test_demo_folder_sits_next_to_the_real_one(tmp_path):
    real = tmp_path / "share" / "SecureBase"
    assert demo.demo_folder(real) == tmp_path / "share" / "SecureBase-demo"
    assert not demo.demo_folder(real).is_relative_to(real)


@pytest.mark.parametrize("days", [0, -3, demo.MAX_DAYS + 1, True, 2.5])
def test_out_of_range_days_are_refused(days, tmp_path):
    with pytest.raises(ValueError):
        demo.create_demo_vault(tmp_path / "x", days=days)
    assert not (tmp_path / "x").exists()


