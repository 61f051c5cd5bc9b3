"""Assessment use cases shared by the tab, the card, the report and the CLI.

Nothing here imports storage or Qt: functions take the assessment repository
(``vault.assessments``) as an argument, so a result can be built without the
journal ever being in reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from securebase.content import content_path, instrument_dir
from securebase.domain.assessment import (
    Change,
    Lean,
    Take,
    change_since_first,
    lean_of,
    score,
)
from securebase.domain.helplines import HelpContent
from securebase.domain.instrument import Instrument, InstrumentSet, load_instruments
from securebase.domain.path import PathContent
from securebase.domain.tendencies import Tendency, TendencyContent, load_tendencies
from securebase.storage.errors import SecureBaseError

DEFAULT_INSTRUMENT = "securebase-attachment"


class NoResult(SecureBaseError):
    """There is no completed assessment to show, share or report on."""

    exit_code = 1
    default_message = "There is no completed assessment yet; take the assessment first."


@dataclass(frozen=True)
class AssessmentContent:
    """Everything written that a result needs: instruments, tendency texts, the
    path's step titles and the helplines."""

    instruments: InstrumentSet
    tendencies: TendencyContent
    path: PathContent
    help: HelpContent

    def default_instrument(self) -> Instrument | None:
        return self.instruments.get(DEFAULT_INSTRUMENT) or next(
            iter(self.instruments.instruments), None)

    def instrument_for(self, take: Take) -> Instrument | None:
        """The instrument a take was made with (that version if still shipped)."""
        return (self.instruments.get(take.instrument_id, take.instrument_version)
                or self.instruments.get(take.instrument_id))


def load_instrument_set(locale: str | None = None, folder: Path | None = None) -> InstrumentSet:
    """Every valid instrument in the locale's ``instruments`` folder (the app's content
    locale by default; English if the locale has none)."""
    return load_instruments(folder if folder is not None else instrument_dir(locale))


def load_content(locale: str | None = None,
                 instruments_folder: Path | None = None) -> AssessmentContent:
    """Instruments, tendency texts, path and help in ``locale`` (the app's content
    locale by default), each falling back to English file by file."""
    from securebase.services.today import help_content, path_content

    return AssessmentContent(load_instrument_set(locale, instruments_folder),
                             load_tendencies(content_path("tendencies", locale)),
                             path_content(locale), help_content(locale))


@dataclass(frozen=True)
class FacetResult:
    id: str
    label: str
    dimension: str
    mean: float


@dataclass(frozen=True)
class Result:
    """A completed take seen in context: where it leans, what stands out, how it
    moved since the first take of the same instrument."""

    take: Take
    instrument_title: str
    midpoint: float
    lean: Lean
    tendency: Tendency
    lean_sentence: str
    facets: tuple[FacetResult, ...]      # instrument order
    secondary: tuple[FacetResult, ...]   # highest facets above the midpoint, at most two
    trajectory: tuple[Take, ...]         # completed takes of this instrument, oldest first
    change: Change | None

    @property
    def anxiety(self) -> float:
        return self.take.anxiety

    @property
    def avoidance(self) -> float:
        return self.take.avoidance

    @property
    def completed_at(self) -> datetime:
        return self.take.completed_at

    @property
    def highest(self) -> tuple[FacetResult, ...]:
        return tuple(sorted(self.facets, key=lambda f: -f.mean))


def _facet_results(take: Take, instrument: Instrument | None) -> tuple[FacetResult, ...]:
    if instrument is not None:
        known = [FacetResult(f.id, f.label, f.dimension, take.facets[f.id])
                 for f in instrument.facets if f.id in take.facets]
        ids = {f.id for f in known}
    else:
        known, ids = [], set()
    extra = [FacetResult(fid, fid.replace("_", " ").capitalize(), "", mean)
             for fid, mean in sorted(take.facets.items()) if fid not in ids]
    return tuple(known + extra)


def build_result(take: Take, trajectory: list[Take], content: AssessmentContent) -> Result:
    if not take.complete:
        raise ValueError("only a completed take has a result")
    instrument = content.instrument_for(take)
    midpoint = instrument.midpoint if instrument else 4.0
    lean = lean_of(take.anxiety, take.avoidance, midpoint)
    facets = _facet_results(take, instrument)
    secondary = tuple(f for f in sorted(facets, key=lambda f: -f.mean)[:2] if f.mean > midpoint)
    same = tuple(t for t in trajectory if t.instrument_id == take.instrument_id and t.complete
                 and t.completed_at <= take.completed_at)
    return Result(
        take=take, instrument_title=instrument.title if instrument else take.instrument_id,
        midpoint=midpoint, lean=lean, tendency=content.tendencies.tendencies[lean.region],
        lean_sentence=content.tendencies.lean_sentence(lean), facets=facets,
        secondary=secondary, trajectory=same, change=change_since_first(list(same)))


def latest_result(assessments: Any, content: AssessmentContent,
                  instrument_id: str | None = None) -> Result | None:
    """The newest completed take as a Result, or None. ``assessments`` is the
    vault's AssessmentRepository; nothing else of the vault is touched."""
    latest = assessments.latest_completed(instrument_id)
    if latest is None:
        return None
    return build_result(latest, assessments.completed(latest.instrument_id), content)


def finish_take(assessments: Any, instrument: Instrument, take_id: int) -> Take:
    """Score the take's saved answers and mark it complete. Raises NotScorable
    (with a sentence saying why) when too many items are missing."""
    take = assessments.get(take_id)
    if take is None:
        raise ValueError("that take no longer exists")
    return assessments.complete(take_id, score(instrument, take.answers))
