"""Import: all or nothing, what the vault holds is skipped and counted, a backup first,
and every bad file refused with one sentence while the vault stays exactly as it was."""

from __future__ import annotations

import copy
import json
import time

import pytest

from securebase.services import import_ as import_module
from securebase.services.export import document, export_to_file
from securebase.services.import_ import MAX_FILE_BYTES, import_file
from securebase.storage import transfer
from securebase.storage.backups import list_backups
from securebase.storage.errors import ImportRejected
from securebase.storage.restore import verify_backup
from tests.conftest import PASSPHRASE
from tests.services.transfer_support import content_of, fill, other_vault


@pytest.fixture
def exported(vault, tmp_path):
    """A filled vault and its JSON export (as a file and as a dict)."""
    fill(vault)
    path = tmp_path / "export.json"
    export_to_file(vault, "json", path)
    return path, json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def target(tmp_path):
    with other_vault(tmp_path / "target") as second:
        yield second


def write(tmp_path, doc, name="bad.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")  # ASCII: a lone surrogate stays an escape
    return path


def test_importing_twice_skips_everything_the_second_time(exported, target):
    path, doc = exported
    first = import_file(target, path)
    assert first.added == {"trigger_moments": 2, "trigger_categories": 1, "experiments": 2,
                           "narrative_versions": 2, "practice_sessions": 3,
                           "assessment_takes": 2, "path_state": 1, "settings": 2}
    assert first.total_skipped == 0
    assert first.backup is not None and first.backup.name.endswith("-pre-import.sbbackup")
    before = content_of(target)
    backups_before = list_backups(target.paths.backups)

    second = import_file(target, path)
    assert second.total_added == 0
    assert second.skipped == first.added
    assert second.backup is None  # nothing new, nothing to protect
    assert "Nothing new to import." in second.lines()[0]
    assert "2 trigger moments" in second.lines()[1] and "the path state" in second.lines()[1]
    assert content_of(target) == before
    assert list_backups(target.paths.backups) == backups_before


def test_the_pre_import_backup_holds_the_vault_as_it_was(exported, target, tmp_path):
    target.triggers.add_category("Only in the target")
    path, _doc = exported
    report = import_file(target, path)
    assert verify_backup(report.backup, PASSPHRASE) == []
    from securebase.storage.restore import restore_backup
    from securebase.storage.vault import Vault

    target.close()
    restore_backup(target.paths.root, report.backup, PASSPHRASE)
    with Vault.open(target.paths.root, PASSPHRASE, auto_backup=False) as restored:
        assert restored.triggers.count() == 0
        assert restored.triggers.custom_categories() == ["Only in the target"]


def test_known_entries_are_skipped_and_new_ones_link_to_them(exported, target, tmp_path):
    path, doc = exported
    part = copy.deepcopy(doc)
    part["experiments"] = part["practice_sessions"] = part["trigger_categories"] = []
    import_file(target, write(tmp_path, part, "part.json"))
    target.triggers.add_category("family DINNERS")  # same label, other case: skipped
    report = import_file(target, path)
    assert report.added["experiments"] == 2 and report.added["practice_sessions"] == 3
    assert report.skipped["trigger_moments"] == 2 and report.skipped["trigger_categories"] == 1
    linked = [e for e in target.experiments.list() if e.trigger_id is not None]
    assert linked and target.triggers.get(linked[0].trigger_id).uid == doc[
        "trigger_moments"][0]["uid"]


def test_an_existing_setting_is_kept_and_counted(exported, target):
    target.settings.set("autolock_minutes", 30)
    path, _doc = exported
    report = import_file(target, path)
    assert target.settings.get("autolock_minutes") == 30
    assert report.skipped["settings"] == 1 and report.added["settings"] == 1


def test_an_empty_export_imports_nothing(vault, target, tmp_path):
    path = tmp_path / "empty.json"
    export_to_file(vault, "json", path)
    report = import_file(target, path)
    assert report.total_added == 0 and report.backup is None


# ---------------------------------------------------------------- refusals
def _big_number(doc):
    doc["trigger_moments"][0]["intensity"] = 10 ** 30


def _wrong_type(doc):
    doc["trigger_moments"][0]["intensity"] = "7"


def _bool_as_number(doc):
    doc["trigger_moments"][0]["intensity"] = True


def _list_of_strings(doc):
    doc["experiments"] = ["not an object"]


def _unknown_field(doc):
    doc["trigger_moments"][0]["mood"] = "fine"


def _dangling_link(doc):
    doc["experiments"][0]["trigger_uid"] = "0c8a3f54-0000-4000-8000-000000000000"


def _duplicate(doc):
    doc["trigger_moments"].append(copy.deepcopy(doc["trigger_moments"][0]))


def _naive_time(doc):
    doc["trigger_moments"][0]["occurred_at"] = "2026-01-05T21:30:00"


def _long_text(doc):
    doc["narrative_versions"][0]["text"] = "x" * 1_000_001


def _score_out_of_range(doc):
    doc["assessment_takes"][0]["anxiety"] = 7.5


def _deep_setting(doc):
    value: list = []
    for _ in range(20):
        value = [value]
    doc["settings"]["nested"] = value


def _broken_path_state(doc):
    doc["path_state"] = {"start": "not a date"}


def _settings_not_object(doc):
    doc["settings"] = [1, 2]


def _version(value):
    def change(doc):
        doc["format_version"] = value
    return change


def _not_ours(doc):
    doc["format"] = "someone-else"


def _lone_surrogate(doc):
    doc["trigger_moments"][0]["situation"] = "\ud800"


def _completed_without_score(doc):
    doc["assessment_takes"][0]["avoidance"] = None


def _future_year(doc):
    doc["trigger_moments"][0]["occurred_at"] = "9999-12-31T23:59:59+14:00"


def _choice_on_a_body_scan(doc):
    doc["practice_sessions"][0]["choice"] = "wait"


CHANGES = {
    "huge number": (_big_number, "“intensity”"),
    "wrong type": (_wrong_type, "“intensity”"),
    "boolean for a number": (_bool_as_number, "“intensity”"),
    "string instead of object": (_list_of_strings, "experiment 1"),
    "unknown field": (_unknown_field, "“mood”"),
    "dangling link": (_dangling_link, "links to an entry"),
    "duplicated entry": (_duplicate, "twice"),
    "time without offset": (_naive_time, "offset"),
    "text over 1 MB": (_long_text, "1 MB"),
    "score out of range": (_score_out_of_range, "from 1 to 7"),
    "deep nesting in a setting": (_deep_setting, "levels deep"),
    "broken path state": (_broken_path_state, "path state"),
    "settings not an object": (_settings_not_object, "settings"),
    "newer version": (_version(2), "newer SecureBase"),
    "older unknown version": (_version(0), "format version 0"),
    "version as text": (_version("1"), "format_version"),
    "not a SecureBase export": (_not_ours, "not a SecureBase export"),
    "lone surrogate": (_lone_surrogate, "broken characters"),
    "completed take without score": (_completed_without_score, "no anxiety or avoidance"),
    "year out of range": (_future_year, "between the years"),
    "choice on a body scan": (_choice_on_a_body_scan, "cannot be saved"),
}


def assert_refused_and_unchanged(vault, path, words: str) -> str:
    before = content_of(vault)
    backups_before = list_backups(vault.paths.backups)
    with pytest.raises(ImportRejected) as caught:
        import_file(vault, path)
    message = caught.value.user_message
    assert message.startswith("Nothing was imported because ")
    assert message.endswith("; your vault is unchanged.")
    assert "\n" not in message and "Traceback" not in message
    assert words in message, message
    assert content_of(vault) == before
    assert list_backups(vault.paths.backups) == backups_before
    return message


@pytest.mark.parametrize("case", list(CHANGES))
def test_a_bad_record_is_refused_and_the_vault_stays_as_it_was(exported, target, tmp_path,
                                                                case):
    import_file(target, exported[0])  # the target holds everything already...
    target.triggers.add_category("A new one")  # ...and a little more
    change, words = CHANGES[case]
    doc = copy.deepcopy(exported[1])
    for kind in ("trigger_moments", "experiments", "narrative_versions",
                 "practice_sessions", "assessment_takes"):
        for record in doc[kind]:  # make every record new to the target
            record["uid"] = record["uid"][:-4] + "beef"
    for record in doc["experiments"] + doc["practice_sessions"]:
        for link in ("trigger_uid", "experiment_uid"):
            if record.get(link):
                record[link] = record[link][:-4] + "beef"
    change(doc)
    assert_refused_and_unchanged(target, write(tmp_path, doc), words)


def test_a_truncated_file_is_refused(exported, target, tmp_path):
    text = exported[0].read_text(encoding="utf-8")
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    message = assert_refused_and_unchanged(target, path, "ends too early")
    assert "line " in message and "column " in message


def test_invalid_utf8_is_refused(exported, target, tmp_path):
    raw = exported[0].read_bytes()
    at = raw.index("晚".encode())
    path = tmp_path / "broken.json"
    path.write_bytes(raw[:at] + b"\xff\xfe" + raw[at + 3:])
    assert_refused_and_unchanged(target, path, "not valid UTF-8")


def test_deep_nesting_is_refused(target, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"format": "securebase-export", "format_version": 1, "settings": '
                    '{"x": ' + "[" * 200_000 + "]" * 200_000 + "}}", encoding="utf-8")
    assert_refused_and_unchanged(target, path, "nests")


@pytest.mark.parametrize(("literal", "words"), [
    ("1e999", "far too large"), ("NaN", "not a number JSON allows"),
    ("-Infinity", "not a number JSON allows"), ("9" * 5000, "far too large")])
def test_numbers_json_cannot_hold_are_refused(target, tmp_path, literal, words):
    path = tmp_path / "numbers.json"
    path.write_text('{"format": "securebase-export", "format_version": 1, '
                    f'"settings": {{"x": {literal}}}}}', encoding="utf-8")
    assert_refused_and_unchanged(target, path, words)


def test_a_repeated_key_is_refused(target, tmp_path):
    path = tmp_path / "twice.json"
    path.write_text('{"format": "securebase-export", "format_version": 1, '
                    '"format_version": 1}', encoding="utf-8")
    assert_refused_and_unchanged(target, path, "twice")


def test_a_100_mb_string_is_refused_before_it_is_parsed(target, tmp_path, monkeypatch):
    path = tmp_path / "huge-string.json"
    with open(path, "wb") as fh:
        fh.write(b'{"format": "securebase-export", "format_version": 1, '
                 b'"narrative_versions": [{"text": "')
        block = b"a" * (1 << 20)
        for _ in range(100):
            fh.write(block)
        fh.write(b'"}]}')
    parsed = []
    monkeypatch.setattr(import_module, "_decode", lambda data: parsed.append(1) or "")
    started = time.monotonic()
    assert_refused_and_unchanged(target, path, "longer than 1 MB")
    assert parsed == []  # refused on the raw bytes, never handed to the parser
    assert time.monotonic() - started < 20


def test_a_file_over_the_size_cap_is_refused_unread(target, tmp_path, monkeypatch):
    path = tmp_path / "enormous.json"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk and no time
    opened = []
    monkeypatch.setattr(import_module, "open", lambda *a, **k: opened.append(a),
                        raising=False)
    assert_refused_and_unchanged(target, path, "larger than 128 MB")
    assert opened == []


@pytest.mark.parametrize(("name", "data", "words"), [
    ("missing.json", None, "there is no file"),
    ("empty.json", b"  \n", "empty"),
    ("array.json", b"[1, 2, 3]", "not a SecureBase export"),
    ("text.txt", b"hello", "does not know"),
])
def test_other_unusable_files_are_refused(target, tmp_path, name, data, words):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    assert_refused_and_unchanged(target, path, words)


def test_a_write_that_fails_half_way_leaves_nothing_behind(exported, target, monkeypatch):
    """Checks pass, then the database refuses a record: the transaction is undone."""
    real_rows = transfer._practice_row

    def bad_row(record, trigger_ids, experiment_ids):
        row = real_rows(record, trigger_ids, experiment_ids)
        row["completed_seconds"] = row["planned_seconds"] + 1  # breaks a CHECK constraint
        return row

    monkeypatch.setattr(transfer, "_practice_row", bad_row)
    before = content_of(target)
    with pytest.raises(ImportRejected) as caught:
        import_file(target, exported[0])
    assert "vault refused" in caught.value.user_message
    assert content_of(target) == before
    assert target.triggers.count() == 0


def test_the_document_of_a_content_round_trips_through_the_checks(exported):
    _path, doc = exported
    content = import_module.validate_document(doc)
    again = document(content, content.trigger_moments[0]["created_at"])
    again.pop("exported_at")
    expected = dict(doc)
    expected.pop("exported_at")
    assert again == expected
