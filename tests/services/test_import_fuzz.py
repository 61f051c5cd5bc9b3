"""Fuzzing the importers (bounded, in the default run): whatever the bytes, the JSON and
CSV importers either accept the file or refuse it with ImportRejected, never anything
else. The checks are pure (no vault is touched), so many examples run quickly.

The long, coverage-guided run is ``test_import_atheris.py`` (``pytest -m slow``).
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from securebase.services.import_ import parse_csv, parse_json, validate_document
from securebase.storage.errors import ImportRejected

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

UID = "3f2b8c1e-1111-4222-8333-444455556666"
VALID = {
    "format": "securebase-export", "format_version": 1, "app_version": "0.1.0",
    "exported_at": "2026-11-24T17:30:00.000000+00:00",
    "trigger_moments": [{
        "uid": UID, "occurred_at": "2026-01-05T21:30:00.000000+05:30",
        "created_at": "2026-01-05T16:00:00.000000+00:00",
        "updated_at": "2026-01-05T16:00:00.000000+00:00", "intensity": 7,
        "intensity_after": 3, "situation": "No reply", "who": "Sam", "category": "slow-reply",
        "emotions": ["anxious"], "sensations": [], "regions": ["chest"], "body": "",
        "thoughts": "", "urge": "reach-out", "what_i_did": "", "regulation": [], "tags": []}],
    "trigger_categories": [{"label": "Mine", "created_at": "2026-01-05T16:00:00+00:00"}],
    "experiments": [{
        "uid": "e" + UID[1:], "planned_for": "2026-01-06T09:00:00+05:30",
        "plan": "Wait an hour", "status": "done", "belief_before": 80, "trigger_uid": UID}],
    "narrative_versions": [{"uid": "a" + UID[1:], "saved_at": "2026-01-07T10:00:00Z",
                            "text": "## Story\nOnce", "word_count": 3, "note": ""}],
    "practice_sessions": [{
        "uid": "b" + UID[1:], "kind": "pause", "started_at": "2026-01-05T21:40:00+05:30",
        "planned_seconds": 300, "completed_seconds": 120, "choice": "wait",
        "trigger_uid": UID, "details": {"pace": 6}}],
    "assessment_takes": [{
        "uid": "c" + UID[1:], "instrument_id": "core", "instrument_version": "1",
        "started_at": "2026-01-01T10:00:00Z", "completed_at": "2026-01-01T10:10:00Z",
        "anxiety": 4.5, "avoidance": 2.0, "facets": {"f": 3.0},
        "answers": [{"item_id": "a1", "value": 5, "answered_at": "2026-01-01T10:01:00Z"}]}],
    "path_state": {"version": 1, "start": "2026-01-01", "pauses": [], "restarts": [],
                   "day_end_hour": 4, "focus": None, "reminder": None},
    "settings": {"autolock_minutes": 15},
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12)


def accepts_or_refuses(check, *args) -> None:
    try:
        check(*args)
    except ImportRejected as exc:
        assert exc.user_message.startswith("Nothing was imported because ")
        assert "\n" not in exc.user_message


def test_the_valid_document_is_accepted():
    content = validate_document(parse_json(json.dumps(VALID).encode()))
    assert len(content.trigger_moments) == 1 and content.settings["autolock_minutes"] == 15


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_as_json(data):
    accepts_or_refuses(lambda: validate_document(parse_json(data)))


@FUZZ
@given(json_values)
def test_random_json_values_as_a_document(value):
    accepts_or_refuses(lambda: validate_document(parse_json(json.dumps(value).encode())))


PATHS = [(kind, 0, key) for kind in ("trigger_moments", "trigger_categories", "experiments",
                                     "narrative_versions", "practice_sessions",
                                     "assessment_takes")
         for key in VALID[kind][0]] + [("path_state", None, key) for key in VALID["path_state"]]


@FUZZ
@given(st.sampled_from(PATHS), json_values, st.booleans())
def test_one_field_replaced_by_anything(where, value, drop):
    doc = copy.deepcopy(VALID)
    kind, index, key = where
    record = doc[kind][index] if index is not None else doc[kind]
    if drop:
        record.pop(key)
    else:
        record[key] = value
    accepts_or_refuses(lambda: validate_document(parse_json(json.dumps(doc).encode())))


@FUZZ
@given(st.data())
def test_bytes_of_a_valid_document_mutated(data):
    raw = bytearray(json.dumps(VALID, ensure_ascii=False).encode())
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(("flip", "cut", "insert")))
        if action == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del raw[at:at + data.draw(st.integers(1, 40))]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        if not raw:
            raw = bytearray(b"{")
    accepts_or_refuses(lambda: validate_document(parse_json(bytes(raw))))


HEADER = "occurred_at,intensity,intensity_after,situation,urge,emotions,uid,created_at"
cells = st.one_of(st.text(max_size=20), st.sampled_from(
    ["2026-01-05T21:30:00+01:00", "2026-01-05 21:30", "7", "11", "-1", "reach out", "", ";",
     "a; b; ", "\"", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", UID, "1e9"]))


@FUZZ
@given(st.lists(st.lists(cells, min_size=1, max_size=9), max_size=6), st.booleans())
def test_random_csv_rows(rows, crlf):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(HEADER.split(","))
    writer.writerows(rows)
    try:
        data = buffer.getvalue().encode("utf-8")
    except UnicodeEncodeError:
        data = buffer.getvalue().encode("utf-8", "surrogatepass")
    accepts_or_refuses(parse_csv, data)


@FUZZ
@given(st.binary(max_size=1500))
def test_random_bytes_as_csv(data):
    accepts_or_refuses(parse_csv, data)


@pytest.mark.parametrize("bad", [b"\xff\xfe", b"occurred_at,intensity\n\x00,1\n",
                                 b"occurred_at,intensity\n\"2026-01-05T21:30+00:00,5\n"])
def test_known_nasty_csv(bad):
    accepts_or_refuses(parse_csv, bad)
