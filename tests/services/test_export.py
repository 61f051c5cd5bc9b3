"""Export: lossless versioned JSON, CSV files zipped, the journal as Markdown; nothing
deleted or drafted leaves the vault; files appear only complete and only where asked."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from securebase import __version__
from securebase.services import export as export_module
from securebase.services.export import (
    CSV_COLUMNS,
    ExportFormat,
    default_name,
    export_to_file,
    export_to_stream,
)
from securebase.services.import_ import import_file
from securebase.services.transfer_format import FORMAT_NAME, FORMAT_VERSION
from tests.services.transfer_support import (
    SECRET_DELETED,
    SECRET_DRAFT,
    content_of,
    fill,
    other_vault,
)


@pytest.fixture
def filled(vault, tmp_path):
    saved = fill(vault, tmp_path)
    return vault, saved


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_json_holds_every_kind_with_a_versioned_header(filled, tmp_path):
    vault, saved = filled
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    result = export_to_file(vault, "json", out)
    doc = read_json(out)
    assert doc["format"] == FORMAT_NAME and doc["format_version"] == FORMAT_VERSION == 1
    assert doc["app_version"] == __version__
    assert doc["exported_at"].endswith("+00:00")
    assert {k: len(doc[k]) for k in result.counts} == {
        "trigger_moments": 2, "trigger_categories": 1, "experiments": 2,
        "narrative_versions": 2, "practice_sessions": 3, "assessment_takes": 2}
    assert result.counts == {k: len(doc[k]) for k in result.counts}
    assert result.left_out_deleted == 1

    first = doc["trigger_moments"][0]
    assert first["uid"] == saved["t1"].uid
    assert first["occurred_at"] == "2026-01-05T21:30:15.000250+05:30"  # its own offset
    assert first["situation"].startswith("No reply all evening 晚上没有回复 🙁")
    assert first["emotions"] == ["anxious", "hurt", "my own word"]
    assert doc["trigger_moments"][1]["occurred_at"].endswith("-05:00")
    experiment = doc["experiments"][0]
    assert experiment["trigger_uid"] == saved["t1"].uid and experiment["belief_after"] == 30
    pause = next(p for p in doc["practice_sessions"] if p["kind"] == "pause")
    assert pause["experiment_uid"] == saved["e1"].uid and pause["choice"] == "wait"
    take = next(t for t in doc["assessment_takes"] if t["completed_at"])
    assert take["anxiety"] == 5.25 and take["facets"] == {"closeness": 2.5, "reassurance": 6.0}
    assert take["answers"] == [
        {"item_id": "anx-01", "value": 6, "answered_at": take["answers"][0]["answered_at"]},
        {"item_id": "anx-02", "value": None, "answered_at": take["answers"][1]["answered_at"]},
        {"item_id": "avo-01", "value": 2, "answered_at": take["answers"][2]["answered_at"]}]
    assert doc["path_state"]["start"] is not None
    assert doc["settings"] == {"autolock_minutes": 15,
                               "bodyscan_prefs": {"chime": False, "minutes": 10}}
    raw = out.read_text(encoding="utf-8")
    assert SECRET_DELETED not in raw and SECRET_DRAFT not in raw
    assert "chosen-backups" not in raw  # the backup folder belongs to this computer
    assert sorted(p.name for p in out.parent.iterdir()) == ["export.json"]


def test_export_import_into_an_empty_vault_then_export_again_is_the_same(filled, tmp_path):
    vault, _saved = filled
    path = tmp_path / "all.json"
    export_to_file(vault, "json", path)
    with other_vault(tmp_path / "second") as second:
        report = import_file(second, path)
        assert report.total_skipped == 0
        assert content_of(second) == content_of(vault)
        # and the narrative's newest version is the one the journal shows
        assert second.narrative.latest().note == "after the talk"
        assert second.experiments.list()[-1].trigger_id == second.triggers.list()[-1].id


def test_json_to_a_stream_can_stay_ascii(filled):
    vault, _saved = filled
    buffer = io.StringIO()
    export_to_stream(vault, "json", buffer, ascii_only=True)
    text = buffer.getvalue()
    assert text.isascii()
    assert json.loads(text)["trigger_moments"][0]["situation"].startswith(
        "No reply all evening 晚上没有回复 🙁")
    with pytest.raises(ValueError):
        export_to_stream(vault, "csv", io.StringIO())


def test_csv_zip_has_one_file_per_kind_with_a_header(filled, tmp_path):
    vault, _saved = filled
    path = tmp_path / "journal.zip"
    export_to_file(vault, ExportFormat.CSV, path)
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["experiments.csv", "practice_sessions.csv",
                                         "trigger_moments.csv"]
        tables = {name: list(csv.reader(io.StringIO(zf.read(name).decode("utf-8"),
                                                    newline="")))
                  for name in zf.namelist()}
    for kind, columns in CSV_COLUMNS.items():
        assert tuple(tables[f"{kind}.csv"][0]) == columns
    triggers = tables["trigger_moments.csv"]
    assert len(triggers) == 3  # header + two kept moments
    row = dict(zip(triggers[0], triggers[1], strict=True))
    assert row["intensity"] == "7" and row["urge"] == "reach-out"
    assert row["emotions"] == "anxious; hurt; my own word"
    assert row["situation"].endswith("# a line that looks like a heading")
    assert len(tables["practice_sessions.csv"]) == 4
    details = [json.loads(r[-4]) for r in tables["practice_sessions.csv"][1:] if r[-4]]
    assert {"skipped": ["legs"], "voice": True} in details


def test_csv_of_trigger_moments_imports_back(filled, tmp_path):
    vault, _saved = filled
    path = tmp_path / "journal.zip"
    export_to_file(vault, "csv", path)
    with zipfile.ZipFile(path) as zf:
        (tmp_path / "moments.csv").write_bytes(zf.read("trigger_moments.csv"))
    with other_vault(tmp_path / "second") as second:
        report = import_file(second, tmp_path / "moments.csv")
        assert report.kind == "csv" and report.added["trigger_moments"] == 2
        assert content_of(second)["trigger_moments"] == content_of(vault)["trigger_moments"]


def test_markdown_is_the_journal_by_day(filled, tmp_path):
    vault, _saved = filled
    path = tmp_path / "journal.md"
    export_to_file(vault, "md", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# My SecureBase journal\n")
    assert "not encrypted" in text
    days = [line for line in text.splitlines() if line.startswith("## ")]
    assert days[:4] == ["## Monday, 5 January 2026", "## Tuesday, 6 January 2026",
                        "## Wednesday, 7 January 2026", "## Friday, 9 January 2026"]
    monday = text.split("## Monday, 5 January 2026")[1].split("## Tuesday")[0]
    assert monday.index("07:00 · Body scan") < monday.index("21:30 · Trigger moment")
    assert "intensity 7/10, then 3/10" in monday
    assert "- **Category:** Slow reply" in monday and "- **Urge:** Reach out" in monday
    assert "> \\# a line that looks like a heading" in monday  # not a heading of its own
    assert "Pause before reaching out" in monday and "**Choice:** waited" in monday
    assert text.rstrip().endswith("A second, longer version of the story.")
    assert "### How it formed" in text  # the narrative's prompt heading, one level down
    assert SECRET_DELETED not in text and SECRET_DRAFT not in text


def test_markdown_of_an_empty_vault_says_so(vault, tmp_path):
    buffer = io.StringIO()
    export_to_stream(vault, "md", buffer)
    assert "There are no journal entries yet." in buffer.getvalue()


def test_a_failed_export_leaves_no_file_and_no_partial_copy(filled, tmp_path, monkeypatch):
    vault, _saved = filled
    folder = tmp_path / "exports"
    folder.mkdir()

    def broken(content, target, exported_at):
        target.write_bytes(b"PK partial")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(export_module, "write_csv_zip", broken)
    with pytest.raises(OSError):
        export_to_file(vault, "csv", folder / "journal.zip")
    assert list(folder.iterdir()) == []


def test_an_export_replaces_an_older_file_whole(filled, tmp_path):
    vault, _saved = filled
    path = tmp_path / "export.json"
    path.write_text("old contents", encoding="utf-8")
    export_to_file(vault, "json", path)
    assert read_json(path)["format"] == FORMAT_NAME
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".json") == ["export.json"]


def test_default_names_carry_the_date_and_the_right_suffix(vault):
    now = vault.clock.now()
    day = f"{now.astimezone():%Y-%m-%d}"
    assert default_name("json", now) == f"securebase-export-{day}.json"
    assert default_name("csv", now) == f"securebase-export-{day}.zip"
    assert default_name("md", now) == f"securebase-journal-{day}.md"
    assert default_name("sqlcipher", now) == f"securebase-encrypted-{day}.db"
