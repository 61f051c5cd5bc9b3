"""Instrument files: the shipped inventory, and a clear message for each kind of bad file."""

from __future__ import annotations

import re

import pytest

from securebase.domain.instrument import (
    InstrumentError,
    load_instrument,
    load_instruments,
    parse_instrument,
)
from securebase.paths import resources_dir

FOLDER = resources_dir() / "content" / "en" / "instruments"
SHIPPED = FOLDER / "securebase-attachment-v1.toml"

SCALE = '''
[scale]
points = 7
labels = ["a", "b", "c", "d", "e", "f", "g"]
'''


def valid_text(per_facet: int = 3, *, header: str = 'id = "t"\nversion = "1"\n',
               scale: str = SCALE, extra_items: str = "") -> str:
    facets = [("fa", "anxiety"), ("fb", "anxiety"), ("fc", "avoidance"), ("fd", "avoidance")]
    parts = [header, scale]
    for fid, dim in facets:
        parts.append(f'[[facets]]\nid = "{fid}"\ndimension = "{dim}"\nlabel = "{fid} label"\n')
    n = 0
    for fid, dim in facets:
        for _ in range(per_facet):
            n += 1
            parts.append(f'[[items]]\nid = "i{n}"\ntext = "sentence {n}"\ndimension = "{dim}"\n'
                         f'facet = "{fid}"\nreversed = {"true" if n % 3 == 0 else "false"}\n')
    parts.append(extra_items)
    return "\n".join(parts)


def test_the_valid_base_parses():
    ins = parse_instrument(valid_text(), "t.toml")
    assert len(ins.items) == 12 and ins.points == 7 and ins.midpoint == 4.0


@pytest.mark.parametrize(("text", "message"), [
    ("id = 'x'\nversion = \n", r"bad\.toml: this is not valid TOML \(.*line 2"),
    (valid_text(header='version = "1"\n'), r"the instrument has no 'id'"),
    (valid_text(header='id = "t"\n'), r"the instrument has no 'version'"),
    (valid_text(header='id = "t"\nversion = ""\n'), r"the instrument has an empty 'version'"),
    (valid_text(scale=SCALE.replace("points = 7", "points = 5")
                .replace('"f", "g"', '')), r"the scale has 5 points; .*7-point"),
    (valid_text(scale=SCALE.replace('"g"]', '"g", "h"]').replace("points = 7", "points = 8")),
     r"the scale has 8 points"),
    (valid_text(scale=SCALE.replace(', "g"]', ']')), r"7 points but 6 labels"),
    (valid_text(scale=""), r"no \[scale\] section"),
    (valid_text(extra_items='[[items]]\nid = "i1"\ntext = "again"\ndimension = "anxiety"\n'
                            'facet = "fa"\n'), r"the item id 'i1' is used twice"),
    (valid_text(extra_items='[[items]]\nid = "z"\ntext = "t"\ndimension = "closeness"\n'),
     r"item 'z' names the unknown dimension 'closeness'"),
    (valid_text(extra_items='[[items]]\nid = "z"\ntext = "t"\ndimension = "anxiety"\n'
                            'facet = "nowhere"\n'), r"item 'z' names the facet 'nowhere', which is not declared"),
    (valid_text(extra_items='[[items]]\nid = "z"\ntext = "t"\ndimension = "anxiety"\n'
                            'facet = "fc"\n'), r"item 'z' is an anxiety item but its facet 'fc' belongs to avoidance"),
    (valid_text(extra_items='[[items]]\nid = "z"\ntext = "t"\ndimension = "anxiety"\n'),
     r"item 'z' has no 'facet'"),
    (valid_text(extra_items='[[items]]\nid = "z"\ntext = ""\ndimension = "anxiety"\nfacet = "fa"\n'),
     r"item 'z' has an empty 'text'"),
    (valid_text(extra_items='[[items]]\nid = "z"\ntext = "t"\ndimension = "anxiety"\n'
                            'facet = "fa"\nreversed = "yes"\n'), r"'reversed' that is not true or false"),
    (valid_text(extra_items='[[facets]]\nid = "lonely"\ndimension = "avoidance"\nlabel = "x"\n'),
     r"the facet 'lonely' has no items"),
    (valid_text(extra_items='[[facets]]\nid = "fz"\ndimension = "trust"\nlabel = "x"\n'),
     r"facet 'fz' names the unknown dimension 'trust'"),
    (valid_text(per_facet=2), r"the anxiety dimension has 4 items; .*at least 6"),
    (valid_text(extra_items="[scoring]\nmethod = 'sum'\n"), r"scoring method 'sum' is unknown"),
    (valid_text(extra_items="[scoring]\nmax_skipped_per_dimension = 5\n"),
     r"'max_skipped_per_dimension' must be a whole number from 0 to 2"),
    ('id = "t"\nversion = "1"\n' + SCALE, r"the instrument has no \[\[items\]\]"),
])
def test_each_kind_of_bad_file_gets_a_message_that_names_the_problem(text, message):
    with pytest.raises(InstrumentError) as err:
        parse_instrument(text, "bad.toml")
    assert str(err.value).startswith("bad.toml: ")
    assert re.search(message, str(err.value)), str(err.value)


def test_a_file_that_is_not_utf8_is_reported(tmp_path):
    bad = tmp_path / "latin.toml"
    bad.write_bytes('id = "caf\xe9"'.encode("latin-1"))
    with pytest.raises(InstrumentError, match="latin.toml: the file is not UTF-8 text"):
        load_instrument(bad)


def test_the_folder_loads_every_valid_file_and_reports_the_others(tmp_path):
    (tmp_path / "a.toml").write_text(valid_text(), encoding="utf-8")
    (tmp_path / "b.toml").write_text(valid_text(header='id = "other"\nversion = "2"\n'),
                                     encoding="utf-8")
    (tmp_path / "c.toml").write_text(valid_text(), encoding="utf-8")  # same id and version
    (tmp_path / "d.toml").write_text("not = [toml", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    found = load_instruments(tmp_path)
    assert [i.id for i in found.instruments] == ["t", "other"]
    assert found.get("other").version == "2"
    assert [p.source for p in found.problems] == ["c.toml", "d.toml"]
    assert "already provides 't' version 1" in str(found.problems[0])
    assert load_instruments(tmp_path / "missing").instruments == ()


# ---------------------------------------------------------------------------- our inventory
def test_the_shipped_inventory_is_valid_and_the_only_file():
    found = load_instruments(FOLDER)
    assert found.problems == ()
    assert [i.id for i in found.instruments] == ["securebase-attachment"]


def test_the_shipped_inventory_has_the_agreed_shape():
    ins = load_instrument(SHIPPED)
    assert len(ins.items) >= 24
    for dim in ("anxiety", "avoidance"):
        items = ins.items_of(dim)
        assert len(items) == 12
        assert len(ins.facets_of(dim)) == 3
        for facet in ins.facets_of(dim):
            assert sum(1 for i in items if i.facet == facet.id) == 4
    reversed_share = sum(i.reversed for i in ins.items) / len(ins.items)
    assert 0.28 <= reversed_share <= 0.4  # about a third
    for dim in ("anxiety", "avoidance"):
        assert any(i.reversed for i in ins.items_of(dim))
    assert ins.scale_labels[0] == "Strongly disagree" and ins.scale_labels[-1] == "Strongly agree"
    assert ins.max_skipped_per_dimension == 2


def test_the_shipped_items_are_plain_and_distinct():
    ins = load_instrument(SHIPPED)
    texts = [i.text for i in ins.items]
    assert len(set(texts)) == len(texts)
    for text in texts:
        assert 40 <= len(text) <= 120, text
        assert text.endswith(".")
    # Our own sentences: none of the wording typical of published inventories.
    joined = " ".join(texts).lower()
    for phrase in ("romantic partner", "deep down", "abandon", "my partner"):
        assert phrase not in joined


def test_the_presentation_order_mixes_the_dimensions():
    ins = load_instrument(SHIPPED)
    letters = "".join("x" if i.dimension == "anxiety" else "v" for i in ins.items)
    longest_run = max(len(m.group(0)) for m in re.finditer(r"x+|v+", letters))
    assert longest_run <= 2
