"""The "Need help now?" content as plain data: helplines by region and when to stop.

The texts live in ``resources/content/<locale>/help.toml``; this module turns the
parsed TOML into dataclasses and orders the lines for where the user is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class HelpContentError(ValueError):
    """The help content file is missing something it must have."""


@dataclass(frozen=True)
class Helpline:
    region: str
    name: str
    contact: str
    detail: str = ""
    countries: tuple[str, ...] = ()  # ISO 3166 alpha-2; empty = everywhere else

    @property
    def is_fallback(self) -> bool:
        return not self.countries


@dataclass(frozen=True)
class HelpContent:
    title: str
    intro: str
    last_checked: str
    emergency: str
    helplines: tuple[Helpline, ...]
    stop_heading: str
    stop_intro: str
    stop_signs: tuple[str, ...]
    grounding_heading: str
    grounding: tuple[str, ...]
    not_therapy: str

    def for_country(self, country: str | None) -> tuple[Helpline, ...]:
        """All lines, the most useful for ``country`` first: its own line, or else the
        catch-all that says how to find one."""
        code = (country or "").upper()
        local = [h for h in self.helplines if code and code in h.countries]
        rest = [h for h in self.helplines if h not in local and not h.is_fallback]
        fallback = [h for h in self.helplines if h.is_fallback]
        if local:
            return (*local, *rest, *fallback)
        return (*fallback, *rest)

    def local_line(self, country: str | None) -> Helpline:
        """The line for ``country``, or the catch-all that says how to find one."""
        return self.for_country(country)[0]

    @property
    def fallback(self) -> Helpline:
        for h in self.helplines:
            if h.is_fallback:
                return h
        raise HelpContentError("help content has no catch-all helpline")


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise HelpContentError(f"help content needs a non-empty '{key}'")
    return value.strip()


def _texts(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise HelpContentError(f"help content needs a list of texts in '{key}'")
    return tuple(v.strip() for v in value)


def parse_help(data: dict[str, Any]) -> HelpContent:
    lines = []
    for raw in data.get("helplines", []):
        lines.append(Helpline(
            region=_text(raw, "region"), name=_text(raw, "name"), contact=_text(raw, "contact"),
            detail=str(raw.get("detail", "")).strip(),
            countries=tuple(str(c).upper() for c in raw.get("countries", [])),
        ))
    if not lines:
        raise HelpContentError("help content lists no helplines")
    stop = data.get("stop", {})
    grounding = data.get("grounding", {})
    content = HelpContent(
        title=_text(data, "title"), intro=_text(data, "intro"),
        last_checked=_text(data, "last_checked"), emergency=_text(data, "emergency"),
        helplines=tuple(lines),
        stop_heading=_text(stop, "heading"), stop_intro=_text(stop, "intro"),
        stop_signs=_texts(stop, "signs"),
        grounding_heading=_text(grounding, "heading"), grounding=_texts(grounding, "steps"),
        not_therapy=_text(data, "not_therapy"),
    )
    content.fallback  # noqa: B018 - raises if the catch-all is missing
    return content
