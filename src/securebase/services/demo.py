"""Demo vaults: one invented person's journey, for trying SecureBase out, for the
screenshots and for the benchmarks.

``create_demo_vault(folder, days=50, seed=2026)`` makes a new vault in its own
folder, fills it with ``days`` days of synthetic entries (see ``demo_data``) in
a few bulk transactions, marks it as a demo (``settings["demo"]``, so the window
title says DEMO) and leaves a plain ``DEMO.txt`` note next to it. Demo vaults use
the floor key-derivation cost (RFC 9106's second recommendation, never less) so
they open quickly; pass ``calibrated=True`` for the cost a real vault gets.

Importing this module is cheap (the launch path asks ``is_demo_folder``); the
vault code is imported only when a demo is built.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from securebase.domain.clock import Clock
    from securebase.storage.vault import Vault

#: The documented passphrase of every demo vault (never use it for real entries).
DEMO_PASSPHRASE = "demo vault passphrase 2026"
DEFAULT_DAYS = 50
DEFAULT_SEED = 2027
MAX_DAYS = 7300  # twenty years
DEMO_SETTING = "demo"
DEMO_MARKER = "DEMO.txt"

#: ``progress(percent, message)``; called from whichever thread builds the demo.
Progress = Callable[[int, str], None]

_MARKER_TEXT = """\
This folder holds a SecureBase demo vault: every entry in it is made up.
{passphrase_line}
Delete this folder to remove the demo; your own vault is kept elsewhere.
"""


def demo_folder(data_dir: Path) -> Path:
    """Where the first-run "Explore with sample data" keeps its vault: a sibling of
    the real vault folder (``SecureBase`` -> ``SecureBase-demo``), never inside it."""
    data_dir = Path(data_dir)
    return data_dir.with_name(data_dir.name + "-demo")


def is_demo_folder(folder: Path) -> bool:
    """True for a folder made by ``create_demo_vault`` (before unlocking it)."""
    return (Path(folder) / DEMO_MARKER).is_file()


def known_passphrase(folder: Path) -> str | None:
    """The demo passphrase, when the folder's DEMO.txt says the vault uses it (the
    unlock dialog can then tell the user); None for any other folder."""
    try:
        text = (Path(folder) / DEMO_MARKER).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return DEMO_PASSPHRASE if f"passphrase is: {DEMO_PASSPHRASE}" in text else None


@dataclass(frozen=True)
class DemoSummary:
    days: int
    seed: int | str
    start: date
    leaning: str
    triggers: int
    experiments: int
    narrative_versions: int
    practice_sessions: int
    assessments: int
    seconds: float


def check_days(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValueError(f"A demo covers from 1 to {MAX_DAYS} days.")
    return days


def _ideas() -> dict[str, str]:
    """Experiment idea key -> leaning, from the journal's content file."""
    import tomllib

    from securebase.paths import resources_dir

    path = resources_dir() / "content" / "en" / "journal.toml"
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return {idea["key"]: idea.get("leaning", "either") for idea in data.get("experiment_ideas", [])}


def _instrument():
    from securebase.services.assessment import DEFAULT_INSTRUMENT, load_instrument_set

    return load_instrument_set("en").get(DEFAULT_INSTRUMENT)


def fill_demo(vault: Vault, *, days: int = DEFAULT_DAYS, seed: int | str = DEFAULT_SEED,
              progress: Progress | None = None) -> DemoSummary:
    """Fill an open vault with ``days`` days of demo entries ending now (the vault's
    clock). Journal and practice rows go in one transaction; each assessment is then
    scored and completed by the real instrument and scoring."""
    from securebase.domain.path import PathState
    from securebase.services.assessment import finish_take
    from securebase.services.demo_data import FirstIds, generate
    from securebase.storage.assessments import AssessmentRepository
    from securebase.storage.bulk import bulk_insert, next_ids
    from securebase.storage.models.assessment import AssessmentAnswerRow, AssessmentTakeRow
    from securebase.storage.models.journal import (
        ExperimentRow,
        NarrativeVersionRow,
        TriggerMomentRow,
    )
    from securebase.storage.models.practice import PracticeSessionRow

    check_days(days)
    report = progress or (lambda _p, _m: None)
    began = time.perf_counter()
    report(5, "Writing the story of a made-up person…")
    models = (TriggerMomentRow, ExperimentRow, NarrativeVersionRow, PracticeSessionRow,
              AssessmentTakeRow)
    free = next_ids(vault.sessions, models)
    ids = FirstIds(*(free[m.__tablename__] for m in models))
    instrument = _instrument()
    content = generate(days, seed, vault.clock.now(), ideas=_ideas(), instrument=instrument,
                       first_ids=ids)
    report(20, "Saving the trigger moments, experiments and practice…")
    batches = [(TriggerMomentRow, content.triggers), (ExperimentRow, content.experiments),
               (NarrativeVersionRow, content.narrative), (PracticeSessionRow, content.practice),
               (AssessmentTakeRow, content.takes), (AssessmentAnswerRow, content.answers)]
    total = sum(len(rows) for _m, rows in batches) or 1
    bulk_insert(vault.sessions, batches,
                progress=lambda done: report(20 + int(65 * done / total),
                                             "Saving the trigger moments, experiments and "
                                             "practice…"))
    report(88, "Scoring the assessments…")
    when = [vault.clock.now()]
    takes = AssessmentRepository(vault.sessions, lambda: when[0])
    for take in content.takes:
        when[0] = content.finish_at[take["id"]]
        finish_take(takes, instrument, take["id"])
    vault.path_state.save(PathState(start=content.start))
    vault.settings.set(DEMO_SETTING, True)
    report(100, "The sample vault is ready.")
    return DemoSummary(days=days, seed=seed, start=content.start,
                       leaning=content.persona.leaning, triggers=len(content.triggers),
                       experiments=len(content.experiments),
                       narrative_versions=len(content.narrative),
                       practice_sessions=len(content.practice),
                       assessments=len(content.takes),
                       seconds=time.perf_counter() - began)


def create_demo_vault(folder: Path, *, days: int = DEFAULT_DAYS, seed: int | str = DEFAULT_SEED,
                      passphrase: str = DEMO_PASSPHRASE, clock: Clock | None = None,
                      lock: Any = None, calibrated: bool = False,
                      progress: Progress | None = None) -> tuple[Vault, str, DemoSummary]:
    """Create and fill a demo vault in ``folder``; returns (open vault, recovery key,
    summary). Refuses (VaultExists) when the folder already holds a vault. If filling
    fails, the half-made demo is removed again."""
    from securebase.storage import kdf
    from securebase.storage.errors import VaultExists
    from securebase.storage.vault import Vault

    check_days(days)
    folder = Path(folder)
    if Vault.exists(folder):
        raise VaultExists(f"A vault already exists in {folder}; nothing was changed.")
    fresh = not folder.exists() or not any(folder.iterdir())
    report = progress or (lambda _p, _m: None)
    report(0, "Creating the sample vault…")
    params = None if calibrated else kdf.FLOOR
    if params is not None and not params.meets_floor():  # never below RFC 9106's floor
        raise ValueError("demo vaults never go below the key-derivation floor")
    vault, recovery_key = Vault.create(folder, passphrase, clock=clock, lock=lock,
                                       _unsafe_kdf_params=params)
    try:
        summary = fill_demo(vault, days=days, seed=seed, progress=progress)
        write_marker(folder, passphrase)
    except BaseException:
        vault.close()
        if fresh:
            _remove_demo(folder)
        raise
    return vault, recovery_key, summary


def write_marker(folder: Path, passphrase: str) -> None:
    line = (f"Its passphrase is: {DEMO_PASSPHRASE}" if passphrase == DEMO_PASSPHRASE
            else "It opens with the passphrase chosen when it was made.")
    (Path(folder) / DEMO_MARKER).write_text(_MARKER_TEXT.format(passphrase_line=line),
                                            encoding="utf-8")


def _remove_demo(folder: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(folder)


def open_sample_vault(folder: Path, *, days: int = DEFAULT_DAYS, seed: int | str = DEFAULT_SEED,
                      clock: Clock | None = None, lock: Any = None,
                      progress: Progress | None = None) -> Vault:
    """The first-run sample vault: opened if it is already there, else built now.
    Raises VaultExists when ``folder`` holds a vault that is not a demo."""
    from securebase.storage.errors import VaultExists
    from securebase.storage.vault import Vault

    folder = Path(folder)
    if Vault.exists(folder):
        if not is_demo_folder(folder):
            raise VaultExists(f"{folder} holds a vault that is not a sample vault; it was "
                              "left untouched.")
        if progress is not None:
            progress(50, "Opening the sample vault…")
        return Vault.open(folder, DEMO_PASSPHRASE, clock=clock, lock=lock, auto_backup=False)
    vault, _key, _summary = create_demo_vault(folder, days=days, seed=seed, clock=clock,
                                              lock=lock, progress=progress)
    return vault
