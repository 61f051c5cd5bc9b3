"""The journal's word lists, experiment ideas and narrative prompts (journal.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QLocale

from securebase.content import current_locale, load_content

LEANINGS = ("anxious", "avoidant", "either")


@dataclass(frozen=True)
class Idea:
    key: str
    leaning: str  # "anxious", "avoidant" or "either"
    title: str
    how: str
    prediction_hint: str = ""


@dataclass(frozen=True)
class Prompt:
    key: str
    title: str
    question: str


@dataclass(frozen=True)
class JournalContent:
    categories: tuple[tuple[str, str], ...]  # (key, label) of the built-in categories
    emotions: tuple[str, ...]
    sensations: tuple[str, ...]
    regions: tuple[str, ...]
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    ideas: tuple[Idea, ...] = ()
    prompts: tuple[Prompt, ...] = ()

    def label(self, group: str, key: str) -> str:
        """The word shown for a stored key; anything the user typed is shown as typed."""
        return self.labels.get(group, {}).get(key, key)

    def category_label(self, key: str) -> str:
        return dict(self.categories).get(key, key)

    def idea(self, key: str | None) -> Idea | None:
        return next((i for i in self.ideas if i.key == key), None)

    def ideas_for(self, first: str | None) -> list[Idea]:
        """Every idea, those fitting ``first`` (a leaning) at the top."""
        order = {name: i for i, name in enumerate(LEANINGS)}
        if first in order:
            order[first] = -1
        return sorted(self.ideas, key=lambda i: order.get(i.leaning, 9))


@lru_cache(maxsize=8)
def _load(locale: str) -> JournalContent:
    data = load_content("journal", locale)
    lists = data.get("lists", {})
    return JournalContent(
        categories=tuple((c["key"], c["label"]) for c in data.get("categories", [])),
        emotions=tuple(lists.get("emotions", ())),
        sensations=tuple(lists.get("sensations", ())),
        regions=tuple(lists.get("regions", ())),
        labels={k: dict(v) for k, v in data.get("labels", {}).items()},
        ideas=tuple(Idea(i["key"], i.get("leaning", "either"), i["title"], i["how"],
                         i.get("prediction_hint", "")) for i in data.get("experiment_ideas", [])),
        prompts=tuple(Prompt(p["key"], p["title"], p["question"])
                      for p in data.get("narrative_prompts", [])),
    )


def journal_content(locale: QLocale | str | None = None) -> JournalContent:
    """The journal's words in ``locale`` (the app's content locale by default)."""
    if isinstance(locale, QLocale):
        locale = locale.name()
    return _load(locale or current_locale())
