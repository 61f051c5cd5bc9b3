"""Printing for the command line: local times, safe one-line text, JSON, highlights."""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import datetime
from typing import Any, TextIO

ELLIPSIS = "…"
SUMMARY_COLUMNS = 60
BOLD, RESET = "\x1b[1m", "\x1b[0m"
MARK_OPEN, MARK_CLOSE = "[[", "]]"


def out() -> TextIO:
    """The current stdout (looked up each time so redirection and capture work)."""
    return sys.stdout


def is_tty(stream: TextIO | None = None) -> bool:
    stream = stream or out()
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _is_utf(stream: TextIO) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding.startswith("utf")


def emit(text: str = "", stream: TextIO | None = None) -> None:
    """Print one line; characters the stream cannot encode become '?' instead of failing."""
    stream = stream or out()
    if not _is_utf(stream):
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            text = text.encode(encoding, "replace").decode(encoding)
        except LookupError:
            text = text.encode("ascii", "replace").decode("ascii")
    print(text, file=stream)


def emit_json(value: Any, stream: TextIO | None = None) -> None:
    """JSON on stdout: UTF-8 characters as they are when the stream can carry them."""
    stream = stream or out()
    stream.write(json.dumps(value, ensure_ascii=not _is_utf(stream), indent=2) + "\n")


def local_time(moment: datetime) -> str:
    """'2026-01-05 21:30' in this computer's time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def one_line(text: str) -> str:
    """Text made safe for one terminal line: line breaks become spaces, other control
    characters (escape sequences included) are dropped."""
    pieces = []
    for ch in text:
        if ch in "\r\n\t\v\f\u2028\u2029\x85":
            pieces.append(" ")
        elif unicodedata.category(ch) == "Cc":
            continue
        else:
            pieces.append(ch)
    return " ".join("".join(pieces).split())


def _width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(_width(ch) for ch in text)


def truncate(text: str, columns: int = SUMMARY_COLUMNS) -> str:
    """Cut ``text`` to at most ``columns`` terminal columns (wide CJK characters count
    two), ending with an ellipsis when something was cut."""
    if display_width(text) <= columns:
        return text
    kept, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > columns - 1:
            break
        kept.append(ch)
        used += w
    return "".join(kept).rstrip() + ELLIPSIS


def highlight(snippet: str, *, bold: bool) -> str:
    """Search snippets mark matches with [[ ]]: kept as they are, or shown in bold."""
    text = one_line(snippet)
    if not bold:
        return text
    shown = text.replace(MARK_OPEN, BOLD).replace(MARK_CLOSE, RESET)
    return shown + RESET if BOLD in shown else shown
