"""What changed between two versions of a text, word by word (difflib).

Lines are matched first, so long documents stay fast; inside a changed block
the words are compared, so a rewritten sentence shows only the words that moved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

# words (CJK one character at a time), runs of spaces, single punctuation marks
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\w+|\s+|[^\w\s]",
                    re.UNICODE)
#: Above this many tokens in one changed block, show it as removed + added.
_MAX_WORD_DIFF_TOKENS = 20_000


class Op(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


@dataclass(frozen=True)
class DiffSummary:
    words_added: int
    words_removed: int

    @property
    def unchanged(self) -> bool:
        return self.words_added == 0 and self.words_removed == 0


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _append(out: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if out and out[-1].op == op:
        out[-1] = Segment(op, out[-1].text + text)
    else:
        out.append(Segment(op, text))


def _word_diff(old: str, new: str, out: list[Segment]) -> None:
    a, b = tokens(old), tokens(new)
    if len(a) + len(b) > _MAX_WORD_DIFF_TOKENS:
        _append(out, Op.REMOVED, old)
        _append(out, Op.ADDED, new)
        return
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(out, Op.SAME, "".join(a[i1:i2]))
        else:
            _append(out, Op.REMOVED, "".join(a[i1:i2]))
            _append(out, Op.ADDED, "".join(b[j1:j2]))


def diff(old: str, new: str) -> list[Segment]:
    """Segments that rebuild ``old`` (SAME + REMOVED) and ``new`` (SAME + ADDED)."""
    out: list[Segment] = []
    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(out, Op.SAME, "".join(a[i1:i2]))
        elif tag == "delete":
            _append(out, Op.REMOVED, "".join(a[i1:i2]))
        elif tag == "insert":
            _append(out, Op.ADDED, "".join(b[j1:j2]))
        else:
            _word_diff("".join(a[i1:i2]), "".join(b[j1:j2]), out)
    return out


def rebuild(segments: list[Segment], side: str) -> str:
    """The old (``side='old'``) or new text back from the segments."""
    skip = Op.ADDED if side == "old" else Op.REMOVED
    return "".join(s.text for s in segments if s.op != skip)


def summarize(segments: list[Segment]) -> DiffSummary:
    def count(op: Op) -> int:
        return sum(1 for s in segments if s.op == op
                   for t in tokens(s.text) if any(c.isalnum() for c in t))

    return DiffSummary(words_added=count(Op.ADDED), words_removed=count(Op.REMOVED))
