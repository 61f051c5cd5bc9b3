"""card and report on the command line: the files, their sizes, and one-line failures."""

from __future__ import annotations

import struct

import pytest

import securebase.cli as cli_package
from securebase.storage.vault import Vault
from tests.cli.conftest import assert_one_line_failure
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture(autouse=True)
def _registered(monkeypatch):
    """Until the lead wires the module into COMMAND_MODULES."""
    name = "securebase.cli.assessment_cmds"
    if name not in cli_package.COMMAND_MODULES:
        monkeypatch.setattr(cli_package, "COMMAND_MODULES", (*cli_package.COMMAND_MODULES, name))


@pytest.fixture
def taken(unlocked, data_dir):
    """A vault with one completed take (all answers 5: anxiety and avoidance lean high)."""
    from securebase.services.assessment import finish_take, load_content

    ins = load_content().default_instrument()
    with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
        take = v.assessments.start(ins.id, ins.version)
        for item in ins.items:
            v.assessments.save_answer(take.id, item.id, 3 if item.reversed else 5)
        finish_take(v.assessments, ins, take.id)


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize(("args", "size"), [((), (1200, 630)),
                                            (("--size", "1080x1080"), (1080, 1080))])
def test_card_writes_the_png(cli, taken, tmp_path, args, size, qapp):
    out = tmp_path / "card.png"
    r = cli("card", "-o", str(out), *args)
    assert r.code == 0, r.err
    assert png_size(out) == size
    assert f"to {out}" in r.out and r.err == ""


def test_report_writes_the_pdf(cli, taken, tmp_path, qapp):
    out = tmp_path / "report.pdf"
    r = cli("report", "-o", str(out), "--include-journal")
    assert r.code == 0, r.err
    assert out.read_bytes().startswith(b"%PDF")
    assert "with a summary of your journal" in r.out


def test_without_a_result_it_says_so_in_one_line(cli, unlocked, tmp_path, qapp):
    line = assert_one_line_failure(cli("card", "-o", str(tmp_path / "c.png")), 1)
    assert "no completed assessment yet" in line
    assert not (tmp_path / "c.png").exists()
    line = assert_one_line_failure(cli("report", "-o", str(tmp_path / "r.pdf")), 1)
    assert "no completed assessment yet" in line


@pytest.mark.parametrize(("args", "expected"), [
    (("card", "-o", "x.jpg"), "must end in .png"),
    (("report", "-o", "x.txt"), "must end in .pdf"),
    (("card", "--size", "800x600"), "invalid choice"),
    (("report", "-o", "/no/such/folder/r.pdf"), "does not exist"),
])
def test_usage_errors_exit_2_before_asking_for_anything(cli, unlocked, args, expected):
    line = assert_one_line_failure(cli(*args), 2)
    assert expected in line


def test_wrong_passphrase_exits_3(cli, taken, tmp_path, monkeypatch):
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", "not the passphrase at all")
    assert_one_line_failure(cli("card", "-o", str(tmp_path / "c.png")), 3)
