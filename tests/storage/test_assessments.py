"""AssessmentRepository: answers saved as you go, resuming, completed takes kept forever."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from securebase.domain.assessment import Score
from securebase.domain.clock import FakeClock
from securebase.storage.errors import InvalidInput
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

SCORE = Score(4.5, 2.25, {"abandonment": 5.0, "closeness": 1.75})


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 1, 20, 0, tzinfo=UTC))


@pytest.fixture
def repo(data_dir, make_vault, clock):
    vault = Vault.open(data_dir, PASSPHRASE, clock=clock)
    yield vault.assessments
    vault.close()


def test_the_vault_builds_the_repository_once(vault):
    assert vault.assessments is vault.assessments


def test_answers_are_saved_as_you_go_and_a_take_can_be_resumed(data_dir, make_vault, clock):
    vault = Vault.open(data_dir, PASSPHRASE, clock=clock)
    take = vault.assessments.start("inv", "1")
    vault.assessments.save_answer(take.id, "a1", 5)
    vault.assessments.save_answer(take.id, "a2", None)  # skipped on purpose
    vault.assessments.save_answer(take.id, "a1", 6)  # changed on the way back
    vault.close()  # the window closes mid-take

    again = Vault.open(data_dir, PASSPHRASE, clock=clock)
    try:
        resumed = again.assessments.in_progress()
        assert resumed.id == take.id
        assert resumed.answers == {"a1": 6, "a2": None}
        assert not resumed.complete
        assert again.assessments.in_progress("other") is None
    finally:
        again.close()


def test_completing_freezes_the_scores_and_the_answers(repo, clock):
    take = repo.start("inv", "1")
    repo.save_answer(take.id, "a1", 4)
    clock.advance(300)
    done = repo.complete(take.id, SCORE)
    assert done.complete and done.completed_at == clock.now()
    assert (done.anxiety, done.avoidance) == (4.5, 2.25)
    assert done.facets == {"abandonment": 5.0, "closeness": 1.75}
    assert repo.in_progress() is None
    with pytest.raises(InvalidInput, match="already finished"):
        repo.save_answer(take.id, "a1", 1)
    with pytest.raises(InvalidInput, match="already finished"):
        repo.complete(take.id, SCORE)
    assert repo.get(take.id).answers == {"a1": 4}


def test_completed_takes_are_kept_forever(repo):
    take = repo.start("inv", "1")
    repo.complete(take.id, SCORE)
    with pytest.raises(InvalidInput, match="kept"):
        repo.discard(take.id)
    with pytest.raises(IntegrityError, match="kept"), repo._sessions.begin() as s:
        s.execute(text("DELETE FROM assessment_takes"))
    assert repo.count_completed() == 1


def test_an_unfinished_take_can_be_discarded_with_its_answers(repo):
    take = repo.start("inv", "1")
    repo.save_answer(take.id, "a1", 3)
    repo.discard(take.id)
    assert repo.get(take.id) is None and repo.in_progress() is None
    with repo._sessions() as s:
        assert s.execute(text("SELECT count(*) FROM assessment_answers")).scalar() == 0


def test_the_trajectory_lists_completed_takes_oldest_first(repo, clock):
    ids = []
    for anx in (5.0, 4.6, 4.1):
        take = repo.start("inv", "1")
        ids.append(repo.complete(take.id, Score(anx, 2.0, {})).id)
        clock.advance(7 * 86400)
    repo.start("inv", "1")  # unfinished: not part of the trajectory
    other = repo.start("else", "1")
    repo.complete(other.id, Score(3.0, 3.0, {}))
    trajectory = repo.completed("inv")
    assert [t.id for t in trajectory] == ids
    assert [t.anxiety for t in trajectory] == [5.0, 4.6, 4.1]
    assert repo.latest_completed("inv").id == ids[-1]
    assert repo.latest_completed().instrument_id == "else"
    assert len(repo.completed()) == 4 and repo.count_completed() == 4
    assert len(repo.list_takes()) == 5


@pytest.mark.parametrize("value", [0, 8, 2.5, True, "3"])
def test_answers_outside_the_scale_are_refused(repo, value):
    take = repo.start("inv", "1")
    with pytest.raises(InvalidInput, match="1 to 7"):
        repo.save_answer(take.id, "a1", value)


@pytest.mark.parametrize("bad", [0.5, 7.5, float("nan")])
def test_scores_outside_the_scale_are_refused(repo, bad):
    take = repo.start("inv", "1")
    with pytest.raises(InvalidInput, match="from 1 to 7"):
        repo.complete(take.id, Score(bad, 4.0, {}))
    with pytest.raises(InvalidInput, match="facet"):
        repo.complete(take.id, Score(4.0, 4.0, {"x": bad}))
    assert repo.in_progress().id == take.id


def test_a_missing_take_gets_a_clear_message(repo):
    with pytest.raises(InvalidInput, match="no longer exists"):
        repo.save_answer(999, "a1", 3)


def test_takes_survive_a_backup_and_restore(data_dir, make_vault, clock, tmp_path):
    from securebase.storage.restore import restore_backup

    vault = Vault.open(data_dir, PASSPHRASE, clock=clock)
    take = vault.assessments.start("inv", "1")
    vault.assessments.complete(take.id, SCORE)
    backup = vault.backup(tmp_path / "b")
    vault.close()
    restore_backup(data_dir, backup, PASSPHRASE)
    vault = Vault.open(data_dir, PASSPHRASE, clock=clock)
    try:
        assert vault.assessments.latest_completed().facets == SCORE.facets
    finally:
        vault.close()


def test_the_migration_matches_the_models(vault):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from securebase.storage.models import Base

    mine = {"assessment_takes", "assessment_answers"}
    with vault.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)

    def table_of(diff) -> str | None:
        for part in (diff if isinstance(diff, tuple) else diff[0]):
            name = getattr(part, "name", None) if not isinstance(part, str) else None
            table = getattr(part, "table", None)
            if table is not None and getattr(table, "name", None) in mine:
                return table.name
            if name in mine:
                return name
            if isinstance(part, str) and part in mine:
                return part
        return None

    assert [d for d in diffs if table_of(d)] == []
