"""Terminal output: safe single lines, width-aware truncation, highlights, encodings."""

from __future__ import annotations

import io
import json

from securebase.cli import output


def test_one_line_drops_control_characters_and_joins_lines():
    assert output.one_line("a\nb\r\nc\td\x1b[31me\x00") == "a b c d[31me"
    assert output.one_line("  spaced\u2028out  ") == "spaced out"


def test_truncate_counts_wide_characters_twice():
    assert output.truncate("short", 10) == "short"
    cut = output.truncate("你好世界你好世界", 9)
    assert cut == "你好世界…" and output.display_width(cut) == 9
    assert output.truncate("abcdefghij", 5) == "abcd…"


def test_highlight_plain_and_bold():
    snippet = "no [[reply]] all [[evening]]"
    assert output.highlight(snippet, bold=False) == snippet
    bold = output.highlight(snippet, bold=True)
    assert bold == "no \x1b[1mreply\x1b[0m all \x1b[1mevening\x1b[0m\x1b[0m"
    assert output.highlight("odd [[match", bold=True).endswith(output.RESET)


def test_emit_never_fails_on_a_narrow_encoding():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    output.emit("你好 🙂 ok", stream)
    output.emit_json({"text": "你好"}, stream)
    stream.flush()
    text = raw.getvalue().decode("ascii")
    assert text.startswith("?? ? ok\n")
    assert json.loads(text[text.index("{"):]) == {"text": "你好"}
