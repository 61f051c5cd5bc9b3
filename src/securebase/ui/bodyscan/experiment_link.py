"""Log a finished corrective timer in the journal as a corrective experiment, too.

The two timers are the path's corrective experiments in disguise ("soothe yourself for
five minutes before contacting your partner", "stay one more minute in a conflict"), so
their outcome also appears among the user's experiments, marked done, with what happened.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from securebase.domain.entries import EntryError
from securebase.domain.experiments import Experiment, ExperimentStatus
from securebase.domain.practice import PracticeKind, PracticeSession, ReachOutChoice
from securebase.storage.errors import SecureBaseError
from securebase.ui.bodyscan import content
from securebase.ui.i18n import join_sentences

log = logging.getLogger(__name__)

#: The journal's experiment ideas (resources/content/<locale>/journal.toml) these timers are.
IDEA_KEYS = {PracticeKind.PAUSE: "soothe-before-contact",
             PracticeKind.STAY: "stay-one-more-minute"}


def _idea_title(key: str, fallback: str) -> str:
    try:
        ideas = content.load("journal.toml").get("experiment_ideas", [])
    except (FileNotFoundError, ValueError):
        return fallback
    for idea in ideas:
        if isinstance(idea, dict) and idea.get("key") == key and idea.get("title"):
            return str(idea["title"])
    return fallback


def _time(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExperimentLink", text)


def outcome_text(w: QWidget, s: PracticeSession) -> str:
    """What happened, in a few plain sentences (each translated whole)."""
    sentences = [_tr("Timer: %1 of %2.").replace("%1", _time(s.completed_seconds))
                 .replace("%2", _time(s.planned_seconds))]
    if s.urge_before is not None and s.urge_after is not None:
        sentences.append(_tr("Urge to make contact: %1 before, %2 after (out of 10).")
                         .replace("%1", str(s.urge_before)).replace("%2", str(s.urge_after)))
    elif s.urge_after is not None:
        sentences.append(_tr("Urge to make contact afterwards: %1 out of 10.")
                         .replace("%1", str(s.urge_after)))
    if s.choice is ReachOutChoice.REACH_OUT_NOW:
        sentences.append(_tr("I chose to reach out then."))
    elif s.choice is ReachOutChoice.WAIT:
        sentences.append(_tr("I chose to wait a while longer."))
    return join_sentences(sentences)


def also_as_experiment(vault: Any, session: PracticeSession, w: QWidget) -> int | None:
    """Add a done experiment for ``session``; returns its id, or None when the journal has
    no experiments or the entry could not be written (the practice record stays either way)."""
    if vault is None or session.kind not in IDEA_KEYS:
        return None
    try:
        experiments = vault.experiments
    except (ModuleNotFoundError, AttributeError):
        return None
    texts = content.load("timers.toml")
    key = IDEA_KEYS[session.kind]
    fallback = texts["pause" if session.kind is PracticeKind.PAUSE else "stay"]["title"]
    experiment = Experiment(
        plan=_idea_title(key, fallback), planned_for=session.started_at, idea_key=key,
        status=ExperimentStatus.DONE, outcome=outcome_text(w, session),
        feelings_after=session.felt, trigger_id=session.trigger_id)
    try:
        return experiments.add(experiment).id
    except (EntryError, SecureBaseError) as exc:
        log.warning("a corrective timer was not added to the journal (%s)", type(exc).__name__)
        return None
