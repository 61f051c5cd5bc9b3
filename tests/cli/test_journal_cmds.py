"""log, list and search: quick capture from a terminal and finding it again."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from securebase.cli import output
from securebase.storage.vault import Vault
from tests.cli.conftest import assert_one_line_failure
from tests.conftest import PASSPHRASE

CJK = "他没有回复我的消息，我一直在看手机"
EMOJI = "heart racing 💓🫠 after the call"
RTL = "שלום, הוא לא ענה כל הערב"


def _saved(data_dir):
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        return v.triggers.list()


def test_log_saves_every_field_and_prints_id_and_time(cli, unlocked, data_dir):
    r = cli("log", "--intensity", "7", "--intensity-after", "3", "--situation", "No reply all evening",
            "--body", "tight chest", "--thoughts", "they are leaving", "--urge", "reach-out",
            "--at", "2026-03-01T21:15:00+01:00")
    assert r.code == 0, r.err
    [m] = _saved(data_dir)
    assert (m.intensity, m.intensity_after, m.situation, m.body, m.thoughts, m.urge.value) == (
        7, 3, "No reply all evening", "tight chest", "they are leaving", "reach-out")
    assert m.occurred_at == datetime.fromisoformat("2026-03-01T21:15:00+01:00")
    assert f"Saved trigger moment {m.id} " in r.out
    assert output.local_time(m.occurred_at) in r.out
    assert r.err == ""


def test_log_with_intensity_alone_is_enough(cli, unlocked, data_dir):
    r = cli("log", "--intensity", "0")
    assert r.code == 0, r.err
    [m] = _saved(data_dir)
    assert m.intensity == 0 and m.situation == "" and m.urge is None
    assert m.occurred_at.tzinfo is not None


def test_naive_at_is_local_time(cli, unlocked, data_dir):
    assert cli("log", "--intensity", "4", "--at", "2026-02-10T08:30").code == 0
    [m] = _saved(data_dir)
    assert m.occurred_at == datetime(2026, 2, 10, 8, 30).astimezone()


@pytest.mark.parametrize("value", ["11", "-1", "seven", "4.5"])
def test_intensity_outside_0_to_10_is_a_usage_error(cli, unlocked, data_dir, value):
    line = assert_one_line_failure(cli("log", "--intensity", value), 2)
    assert "--intensity" in line and "--help" in line
    assert _saved(data_dir) == []


def test_missing_intensity_and_unknown_urge_are_usage_errors(cli, unlocked):
    assert "--intensity" in assert_one_line_failure(cli("log", "--situation", "x"), 2)
    assert "--urge" in assert_one_line_failure(
        cli("log", "--intensity", "3", "--urge", "run-away"), 2)


def test_a_future_time_needs_allow_future(cli, unlocked, data_dir):
    later = (datetime.now().astimezone() + timedelta(hours=3)).isoformat(timespec="minutes")
    line = assert_one_line_failure(cli("log", "--intensity", "5", "--at", later), 2)
    assert "--allow-future" in line
    assert _saved(data_dir) == []
    assert cli("log", "--intensity", "5", "--at", later, "--allow-future").code == 0
    assert len(_saved(data_dir)) == 1


def test_a_few_seconds_ahead_is_not_the_future(cli, unlocked, data_dir):
    soon = (datetime.now().astimezone() + timedelta(seconds=30)).isoformat()
    assert cli("log", "--intensity", "5", "--at", soon).code == 0


def test_bad_time_is_a_usage_error(cli, unlocked):
    line = assert_one_line_failure(cli("log", "--intensity", "5", "--at", "yesterday"), 2)
    assert "--at" in line


def test_text_over_one_megabyte_is_refused_before_unlocking(cli, unlocked, data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(Vault, "open", classmethod(lambda *a, **k: opened.append(1)))
    line = assert_one_line_failure(cli("log", "--intensity", "5", "--thoughts", "x" * 1_000_001), 2)
    assert "1 MB" in line
    assert "xxxx" not in line
    assert opened == []


def test_round_trip_with_cjk_emoji_and_rtl(cli, unlocked, data_dir):
    for i, text in enumerate((CJK, EMOJI, RTL)):
        at = f"2026-03-0{i + 1}T20:00"
        assert cli("log", "--intensity", str(5 + i), "--situation", text, "--at", at).code == 0

    listed = cli("list")
    assert listed.code == 0
    lines = listed.out.splitlines()
    assert len(lines) == 3
    # newest first: RTL (3 March), emoji (2 March), CJK (1 March)
    assert RTL in lines[0] and "7/10" in lines[0] and lines[0].startswith("2026-03-03 20:00")
    assert EMOJI in lines[1]
    assert CJK in lines[2]

    as_json = json.loads(cli("list", "--json").out)
    assert [e["situation"] for e in as_json] == [RTL, EMOJI, CJK]

    for query, expected in (("消息", CJK), ("💓🫠", EMOJI), ("הערב", RTL), ("racing call", EMOJI)):
        found = cli("search", query)
        assert found.code == 0, found.err
        assert len(found.out.splitlines()) == 1, (query, found.out)
        assert "trigger" in found.out
        hit = json.loads(cli("search", query, "--json").out)
        assert [h["id"] for h in hit] == [e["id"] for e in as_json if e["situation"] == expected]


def test_list_json_has_every_field_with_iso_times(cli, unlocked):
    cli("log", "--intensity", "8", "--situation", "first line\nsecond line", "--urge", "freeze",
        "--at", "2026-04-02T07:05:00+02:00")
    [entry] = json.loads(cli("list", "--json").out)
    assert entry["kind"] == "trigger"
    assert entry["intensity"] == 8 and entry["urge"] == "freeze"
    assert entry["situation"] == "first line\nsecond line"
    assert datetime.fromisoformat(entry["occurred_at"]) == datetime.fromisoformat(
        "2026-04-02T07:05:00+02:00")
    for key in ("uid", "body", "thoughts", "intensity_after", "created_at", "updated_at"):
        assert key in entry
    datetime.fromisoformat(entry["created_at"])


def test_list_filters_by_kind_and_since(cli, unlocked):
    cli("log", "--intensity", "2", "--situation", "old one", "--at", "2026-01-01T12:00")
    cli("log", "--intensity", "6", "--situation", "new one", "--at", "2026-02-01T12:00")
    since = json.loads(cli("list", "--since", "2026-01-15", "--json").out)
    assert [e["situation"] for e in since] == ["new one"]
    assert json.loads(cli("list", "--kind", "experiment", "--json").out) == []
    assert json.loads(cli("list", "--kind", "narrative", "--json").out) == []
    assert len(json.loads(cli("list", "--kind", "trigger", "--json").out)) == 2
    assert len(cli("list", "--limit", "1").out.splitlines()) == 1
    assert cli("list", "--kind", "experiment").out.strip() == "No entries match these filters."
    assert "--kind" in assert_one_line_failure(cli("list", "--kind", "dream"), 2)
    assert "--since" in assert_one_line_failure(cli("list", "--since", "soon"), 2)


def test_list_on_an_empty_vault(cli, unlocked):
    r = cli("list")
    assert (r.code, r.out.strip()) == (0, "No entries yet.")
    assert json.loads(cli("list", "--json").out) == []


def test_human_list_is_one_safe_line_per_entry(cli, unlocked):
    long_text = "界" * 100
    cli("log", "--intensity", "3", "--situation", "evil \x1b[2J\x07 escape\nline two",
        "--at", "2026-01-02T10:00")
    cli("log", "--intensity", "3", "--situation", long_text, "--at", "2026-01-01T10:00")
    lines = cli("list").out.splitlines()
    assert len(lines) == 2
    assert "\x1b" not in lines[0] and "\x07" not in lines[0]
    assert "evil [2J escape" in lines[0] and "line two" not in lines[0]
    assert lines[1].endswith("…") and long_text not in lines[1]
    summary = lines[1].split("  ")[-1]
    assert output.display_width(summary) <= output.SUMMARY_COLUMNS


def test_search_marks_matches_and_bolds_them_on_a_terminal(cli, unlocked, monkeypatch):
    cli("log", "--intensity", "6", "--situation", "waited for the reply all evening")
    plain = cli("search", "reply")
    assert "[[reply]]" in plain.out and "\x1b[1m" not in plain.out
    monkeypatch.setattr(output, "is_tty", lambda stream=None: True)
    bold = cli("search", "reply")
    assert "\x1b[1mreply\x1b[0m" in bold.out and "[[" not in bold.out


def test_search_without_hits(cli, unlocked):
    cli("log", "--intensity", "6", "--situation", "waited for the reply")
    r = cli("search", "elephant")
    assert (r.code, r.out.strip()) == (0, "No entries match that search.")
    assert json.loads(cli("search", "elephant", "--json").out) == []
    assert_one_line_failure(cli("search"), 2)
    assert_one_line_failure(cli("search", "  "), 2)
