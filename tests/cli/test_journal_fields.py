"""log, list and search over every field and every kind of journal entry.

Every trigger-moment option round-trips through ``log`` -> ``list --json``;
corrective experiments and the narrative are listed and found by ``search``.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from securebase.cli import journal_cmds
from securebase.content import load_content
from securebase.domain.entries import Regulation
from securebase.domain.experiments import Experiment, ExperimentStatus
from securebase.storage.vault import Vault
from tests.cli.conftest import assert_one_line_failure
from tests.conftest import PASSPHRASE


def _vault(data_dir) -> Vault:
    return Vault.open(data_dir, PASSPHRASE, auto_backup=False)


def _listed(cli, *args: str) -> list[dict]:
    result = cli("list", "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def _add_experiment(data_dir, **fields) -> Experiment:
    values = dict(plan="Soothe myself for five minutes before texting Sam",
                  planned_for=datetime.fromisoformat("2026-03-02T09:00:00+01:00"),
                  prediction="Sam will be annoyed", belief_before=70, anxiety_before=6)
    values.update(fields)
    with _vault(data_dir) as v:
        return v.experiments.add(Experiment(**values))


def _save_narrative(data_dir, *texts: str):
    with _vault(data_dir) as v:
        for text in texts:
            saved = v.narrative.save(text)
        return saved


# ----------------------------------------------------------------- log: every field
def test_every_new_log_option_round_trips_through_list_json(cli, unlocked, data_dir):
    r = cli("log", "--intensity", "7", "--intensity-after", "3",
            "--situation", "No reply all evening", "--who", "  Sam   (partner) ",
            "--category", "slow-reply",
            "--emotion", "anxious", "--emotion", "lonely, hurt",
            "--sensation", "racing heart", "--sensation", "tight",
            "--region", "chest", "--region", "throat",
            "--did", "Wrote a long message, then deleted it",
            "--regulation", "breathing", "--regulation", "pause",
            "--tag", "evening", "--tag", "#phone, work",
            "--at", "2026-03-01T21:15:00+01:00")
    assert r.code == 0, r.err
    [entry] = _listed(cli)
    assert entry["kind"] == "trigger"
    assert entry["who"] == "Sam (partner)"
    assert entry["category"] == "slow-reply"
    assert entry["emotions"] == ["anxious", "lonely", "hurt"]
    assert entry["sensations"] == ["racing heart", "tight"]
    assert entry["regions"] == ["chest", "throat"]
    assert entry["what_i_did"] == "Wrote a long message, then deleted it"
    assert entry["regulation"] == ["breathing", "pause"]
    assert entry["tags"] == ["evening", "phone", "work"]
    assert (entry["intensity"], entry["intensity_after"]) == (7, 3)
    with _vault(data_dir) as v:
        [moment] = v.triggers.list()
    assert moment.regulation == ("breathing", "pause")
    assert moment.who == "Sam (partner)"


def test_built_in_words_are_stored_by_their_key_and_other_words_as_typed(cli, unlocked):
    assert cli("log", "--intensity", "4", "--category", "Separation or travel",
               "--emotion", "ANXIOUS", "--emotion", "anxious", "--emotion", "Verlassen",
               "--sensation", "Racing Heart", "--region", "Whole body",
               "--tag", "work", "--tag", "Work").code == 0
    [entry] = _listed(cli)
    assert entry["category"] == "separation"
    assert entry["emotions"] == ["anxious", "Verlassen"]
    assert entry["sensations"] == ["racing heart"]
    assert entry["regions"] == ["whole body"]
    assert entry["tags"] == ["work"]


def test_every_regulation_choice_is_accepted(cli, unlocked):
    args = [a for r in Regulation for a in ("--regulation", r.value)]
    assert cli("log", "--intensity", "2", *args).code == 0
    [entry] = _listed(cli)
    assert entry["regulation"] == [r.value for r in Regulation]


def test_invalid_regulation_is_a_usage_error(cli, unlocked, data_dir):
    line = assert_one_line_failure(
        cli("log", "--intensity", "5", "--regulation", "meditation"), 2)
    assert "--regulation" in line and "breathing" in line
    with _vault(data_dir) as v:
        assert v.triggers.count() == 0


def test_unknown_category_label_is_created_and_then_listed(cli, unlocked, data_dir):
    r = cli("log", "--intensity", "6", "--category", "  Family   dinner ",
            "--situation", "Questions about the wedding")
    assert r.code == 0, r.err
    assert "Added the category 'Family dinner'." in r.out
    [entry] = _listed(cli)
    assert entry["category"] == "Family dinner"
    with _vault(data_dir) as v:
        assert v.triggers.custom_categories() == ["Family dinner"]

    again = cli("log", "--intensity", "3", "--category", "family DINNER")
    assert again.code == 0, again.err
    assert "Added the category" not in again.out
    assert [e["category"] for e in _listed(cli)] == ["Family dinner", "Family dinner"]
    with _vault(data_dir) as v:
        assert v.triggers.custom_categories() == ["Family dinner"]


def test_built_in_category_adds_no_category_of_ones_own(cli, unlocked, data_dir):
    assert cli("log", "--intensity", "6", "--category", "conflict").code == 0
    with _vault(data_dir) as v:
        assert v.triggers.custom_categories() == []


def test_help_names_the_built_in_categories_of_the_app():
    keys = tuple(c["key"] for c in load_content("journal", "en")["categories"])
    assert journal_cmds.BUILT_IN_CATEGORIES == keys
    assert journal_cmds.REGULATION_CHOICES == tuple(r.value for r in Regulation)


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--who", "x" * 1_000_001, "Who it was with"),
    ("--category", "x" * 201, "The category"),
    ("--did", "x" * 1_000_001, "1 MB"),
    ("--emotion", "x" * 201, "An emotion"),
])
def test_bad_field_values_are_refused_with_exit_2_before_unlocking(cli, unlocked, data_dir,
                                                                    monkeypatch, option, value,
                                                                    words):
    opened = []
    monkeypatch.setattr(Vault, "open", classmethod(lambda *a, **k: opened.append(1)))
    line = assert_one_line_failure(cli("log", "--intensity", "5", option, value), 2)
    assert words in line
    assert "xxxx" not in line
    assert opened == []


def test_who_is_kept_on_one_line(cli, unlocked):
    assert cli("log", "--intensity", "5", "--who", "Sam\nand Alex").code == 0
    assert _listed(cli)[0]["who"] == "Sam and Alex"


def test_too_many_tags_are_refused_with_exit_2(cli, unlocked):
    tags = [a for i in range(101) for a in ("--tag", f"t{i}")]
    assert "100" in assert_one_line_failure(cli("log", "--intensity", "5", *tags), 2)


# ----------------------------------------------------------------- list: every kind
def test_list_shows_experiments_with_every_field(cli, unlocked, data_dir):
    exp = _add_experiment(data_dir, status=ExperimentStatus.DONE, anxiety_after=3,
                          outcome="Sam said thanks", tags=("evening",))
    [entry] = _listed(cli, "--kind", "experiment")
    assert (entry["kind"], entry["id"]) == ("experiment", exp.id)
    assert datetime.fromisoformat(entry["occurred_at"]) == exp.planned_for
    assert entry["plan"] == exp.plan and entry["prediction"] == "Sam will be annoyed"
    assert entry["status"] == "done" and entry["outcome"] == "Sam said thanks"
    assert (entry["anxiety_before"], entry["anxiety_after"], entry["belief_before"]) == (6, 3, 70)
    assert entry["tags"] == ["evening"]
    human = cli("list", "--kind", "experiment").out.splitlines()
    assert len(human) == 1
    assert "experiment" in human[0] and " 6/10" in human[0]
    assert "Soothe myself" in human[0] and "(done, anxiety 6 → 3)" in human[0]


def test_list_shows_the_newest_narrative_version_with_word_and_version_counts(
        cli, unlocked, data_dir):
    latest = _save_narrative(data_dir, "## How my pattern formed\nFirst draft.",
                             "## How my pattern formed\nMy father was often away for work.")
    [entry] = _listed(cli, "--kind", "narrative")
    assert (entry["kind"], entry["id"]) == ("narrative", latest.id)
    assert entry["text"] == "## How my pattern formed\nMy father was often away for work."
    assert entry["word_count"] == latest.word_count == 11
    assert entry["version_count"] == 2
    human = cli("list", "--kind", "narrative").out.splitlines()
    assert len(human) == 1
    assert "narrative" in human[0] and "How my pattern formed" in human[0]
    assert "(11 words, 2 versions)" in human[0]


def test_default_list_mixes_every_kind_newest_first(cli, unlocked, data_dir):
    cli("log", "--intensity", "5", "--situation", "old trigger", "--at", "2026-01-01T10:00")
    _add_experiment(data_dir, planned_for=datetime.fromisoformat("2026-01-02T10:00:00+00:00"))
    saved = _save_narrative(data_dir, "My story")  # saved now: the newest of all
    entries = _listed(cli)
    assert [e["kind"] for e in entries] == ["narrative", "experiment", "trigger"]
    assert entries[0]["id"] == saved.id
    lines = cli("list").out.splitlines()
    assert [line.split()[2] for line in lines] == ["narrative", "experiment", "trigger"]
    assert [e["kind"] for e in _listed(cli, "--limit", "2")] == ["narrative", "experiment"]
    since = _listed(cli, "--since", "2026-01-02")
    assert [e["kind"] for e in since] == ["narrative", "experiment"]


def test_narrative_older_than_since_is_not_listed(cli, unlocked, data_dir):
    _save_narrative(data_dir, "My story")
    assert _listed(cli, "--since", "2999-01-01") == []


def test_empty_kinds_list_nothing(cli, unlocked):
    assert _listed(cli, "--kind", "experiment") == []
    assert _listed(cli, "--kind", "narrative") == []
    assert cli("list", "--kind", "narrative").out.strip() == "No entries match these filters."


# ----------------------------------------------------------------- search: every kind
def test_search_finds_an_experiment_and_the_narrative(cli, unlocked, data_dir):
    cli("log", "--intensity", "5", "--situation", "Nothing about it here")
    exp = _add_experiment(data_dir, plan="Stay one more minute in the conflict")
    narrative = _save_narrative(data_dir, "When a conflict started I used to leave the room.")

    hits = json.loads(cli("search", "conflict", "--json").out)
    assert {(h["kind"], h["id"]) for h in hits} == {("experiment", exp.id),
                                                    ("narrative", narrative.id)}
    by_kind = {h["kind"]: h for h in hits}
    assert "[[conflict]]" in by_kind["experiment"]["snippet"]
    assert "[[conflict]]" in by_kind["narrative"]["snippet"]
    datetime.fromisoformat(by_kind["narrative"]["occurred_at"])

    human = cli("search", "conflict").out.splitlines()
    assert len(human) == 2
    assert any("experiment" in line and "[[conflict]]" in line for line in human)
    assert any("narrative" in line and "[[conflict]]" in line for line in human)


def test_search_finds_new_trigger_fields(cli, unlocked):
    cli("log", "--intensity", "5", "--who", "Grandmother", "--did", "Walked around the block")
    for query in ("Grandmother", "block"):
        [hit] = json.loads(cli("search", query, "--json").out)
        assert hit["kind"] == "trigger"


def test_search_limit(cli, unlocked):
    for i in range(3):
        cli("log", "--intensity", "5", "--situation", f"reply number {i}",
            "--at", f"2026-01-0{i + 1}T10:00")
    hits = json.loads(cli("search", "reply", "--limit", "2", "--json").out)
    assert [h["first_line"] for h in hits] == ["reply number 2", "reply number 1"]
