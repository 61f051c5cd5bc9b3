"""The attachment narrative: one living document, every save kept as a version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from securebase.domain.entries import EntryError, check_text, first_line_of

# Scripts written without spaces between words: each character counts as a word,
# the way word processors count Chinese and Japanese.
_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\U00020000-\U0003134f"  # Han extensions
)
_WORD = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


@dataclass(frozen=True)
class NarrativeVersion:
    text: str
    saved_at: datetime
    word_count: int
    id: int | None = None
    uid: str | None = None
    note: str = ""

    @property
    def first_line(self) -> str:
        for line in self.text.splitlines():
            line = line.strip().lstrip("#").strip()
            if line:
                return line
        return first_line_of(self.text)


def word_count(text: str) -> int:
    """Words separated by spaces, plus one per CJK character."""
    return sum(1 for m in _WORD.finditer(text) if any(c.isalnum() for c in m.group()))


def validate_narrative(text: str, note: str = "") -> None:
    check_text(text, "The narrative")
    check_text(note, "The note")
    if "\n" in note:
        raise EntryError("The note must fit on one line.")


def prompt_heading(prompt_title: str) -> str:
    """How a guided prompt appears inside the document: a heading line of its own."""
    return f"## {prompt_title.strip()}"


def headings(text: str) -> list[str]:
    """The prompt headings already present in the document, in order."""
    return [line[3:].strip() for line in text.splitlines() if line.startswith("## ")]
