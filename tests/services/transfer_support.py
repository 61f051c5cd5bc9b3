"""A vault holding one of everything the export carries (and a few things it must
leave out), and helpers to compare vaults by their exports."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from securebase.domain.assessment import Score
from securebase.domain.entries import TriggerMoment, Urge
from securebase.domain.experiments import Experiment, ExperimentStatus
from securebase.domain.practice import PracticeKind, PracticeSession, ReachOutChoice
from securebase.services.export import export_document
from securebase.storage.vault import BACKUP_DIR_KEY, Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE

KOLKATA = timezone(timedelta(hours=5, minutes=30))
NEW_YORK_WINTER = timezone(timedelta(hours=-5))
SECRET_DELETED = "deleted-entry-words-5531"
SECRET_DRAFT = "draft-words-never-exported-8812"


def fill(vault: Vault, tmp_path: Path | None = None) -> dict:
    """One of every kind of content; returns the saved objects by name."""
    t1 = vault.triggers.add(TriggerMoment(
        intensity=7, intensity_after=3, occurred_at=datetime(2026, 1, 5, 21, 30, 15, 250,
                                                             tzinfo=KOLKATA),
        situation="No reply all evening 晚上没有回复 🙁\n# a line that looks like a heading",
        who="Sam", category="slow-reply", emotions=("anxious", "hurt", "my own word"),
        sensations=("tight", "racing heart"), regions=("chest", "throat"),
        body="Tight chest", thoughts="They are pulling away.", urge=Urge.REACH_OUT,
        what_i_did="Breathed, then waited.", regulation=("breathing", "pause"),
        tags=("evening", "texting")))
    t2 = vault.triggers.add(TriggerMoment(intensity=0, occurred_at=datetime(
        2026, 1, 6, 8, 0, tzinfo=NEW_YORK_WINTER)))
    gone = vault.triggers.add(TriggerMoment(intensity=5, occurred_at=datetime.now(UTC),
                                            situation=SECRET_DELETED))
    vault.triggers.delete(gone.id)
    vault.triggers.add_category("Family dinners")
    e1 = vault.experiments.add(Experiment(
        plan="Send one message, then wait an hour", planned_for=datetime(
            2026, 1, 6, 9, 0, tzinfo=KOLKATA), prediction="They will not answer",
        belief_before=80, belief_after=30, status=ExperimentStatus.DONE,
        outcome="An answer after 40 minutes", feelings_after="Relieved", anxiety_before=7,
        anxiety_after=3, trigger_id=t1.id, tags=("texting",),
        idea_key="one-message-then-wait"))
    vault.experiments.add(Experiment(plan="Ask for help with the move",
                                     planned_for=datetime(2026, 1, 9, 18, 0, tzinfo=UTC)))
    vault.narrative.save("## How it formed\nA first version.")
    vault.narrative.save("## How it formed\nA second, longer version of the story.",
                         note="after the talk")
    vault.practice.add(PracticeSession(
        kind=PracticeKind.BODYSCAN, started_at=datetime(2026, 1, 5, 7, 0, tzinfo=KOLKATA),
        planned_seconds=600, completed_seconds=540, finished=False, calm_before=4,
        calm_after=7, trigger_id=t1.id, details={"skipped": ["legs"], "voice": True}))
    vault.practice.add(PracticeSession(
        kind=PracticeKind.PAUSE, started_at=datetime(2026, 1, 5, 21, 40, tzinfo=KOLKATA),
        planned_seconds=300, completed_seconds=300, finished=True, urge_before=8,
        urge_after=4, choice=ReachOutChoice.WAIT, felt="Hard, then lighter",
        trigger_id=t1.id, experiment_id=e1.id))
    vault.practice.add(PracticeSession(
        kind=PracticeKind.BREATHING, started_at=datetime(2026, 1, 7, 22, 0, tzinfo=UTC),
        planned_seconds=180, completed_seconds=180, finished=True,
        details={"pace": 6.0, "exhale": 6}))
    take = vault.assessments.start("core", "1")
    vault.assessments.save_answer(take.id, "anx-01", 6)
    vault.assessments.save_answer(take.id, "anx-02", None)
    vault.assessments.save_answer(take.id, "avo-01", 2)
    vault.assessments.complete(take.id, Score(anxiety=5.25, avoidance=2.125,
                                              facets={"reassurance": 6.0, "closeness": 2.5}))
    open_take = vault.assessments.start("core", "1")
    vault.assessments.save_answer(open_take.id, "anx-01", 4)
    vault.path_state.start()
    vault.settings.set("autolock_minutes", 15)
    vault.settings.set("bodyscan_prefs", {"minutes": 10, "chime": False})
    vault.drafts.save("quick-capture", {"situation": SECRET_DRAFT})
    if tmp_path is not None:
        folder = tmp_path / "chosen-backups"
        folder.mkdir(exist_ok=True)
        vault.settings.set(BACKUP_DIR_KEY, str(folder))
    return {"t1": t1, "t2": t2, "gone": gone, "e1": e1, "take": take}


def content_of(vault: Vault) -> dict:
    """The vault's decrypted content as its JSON export, without the export's time."""
    doc, _content = export_document(vault)
    doc.pop("exported_at")
    return doc


@contextlib.contextmanager
def other_vault(folder: Path):
    """A second, empty vault (its own folder and lock), closed afterwards."""
    vault, _recovery = Vault.create(folder, PASSPHRASE, _unsafe_kdf_params=CHEAP_KDF)
    try:
        yield vault
    finally:
        vault.close()
