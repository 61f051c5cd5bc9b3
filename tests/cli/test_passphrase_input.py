"""Where the passphrase comes from: file, environment, terminal; never a hang."""

from __future__ import annotations

import pytest

from securebase.cli import passphrases
from tests.cli.conftest import assert_one_line_failure
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def test_passphrase_from_the_environment(cli, make_vault, monkeypatch):
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", PASSPHRASE)
    assert cli("list").code == 0


@pytest.mark.parametrize("content", [PASSPHRASE, PASSPHRASE + "\n", PASSPHRASE + "\r\nignored"])
def test_passphrase_from_a_file_uses_its_first_line(cli, make_vault, tmp_path, content):
    secret = tmp_path / "secret"
    secret.write_bytes(content.encode())
    assert cli("--passphrase-file", str(secret), "list").code == 0
    assert cli("list", "--passphrase-file", str(secret)).code == 0  # after the command too


def test_the_file_wins_over_the_environment(cli, make_vault, tmp_path, monkeypatch):
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", "not the passphrase of this vault")
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE)
    assert cli("--passphrase-file", str(secret), "list").code == 0


@pytest.mark.parametrize("make", ["missing", "empty", "folder"])
def test_unusable_passphrase_file_is_a_usage_error(cli, make_vault, tmp_path, make):
    path = tmp_path / "secret"
    if make == "empty":
        path.write_text("\n")
    elif make == "folder":
        path.mkdir()
    line = assert_one_line_failure(cli("--passphrase-file", str(path), "list"), 2)
    assert "passphrase file" in line


def test_no_passphrase_and_no_terminal_fails_at_once(cli, make_vault, monkeypatch):
    asked = []
    monkeypatch.setattr(passphrases, "prompt_hidden", lambda text: asked.append(text) or "")
    monkeypatch.setattr(passphrases, "stdin_is_tty", lambda: False)
    line = assert_one_line_failure(cli("list"), 2)
    assert "SECUREBASE_PASSPHRASE" in line and "--passphrase-file" in line
    assert asked == []


def test_on_a_terminal_the_passphrase_is_asked_without_echo(cli, make_vault, monkeypatch):
    asked = []
    monkeypatch.setattr(passphrases, "stdin_is_tty", lambda: True)
    monkeypatch.setattr(passphrases, "prompt_hidden", lambda text: asked.append(text) or PASSPHRASE)
    assert cli("list").code == 0
    assert len(asked) == 1 and "Passphrase" in asked[0]


def test_new_passphrase_is_asked_twice_and_retried(cli, unlocked, data_dir, monkeypatch):
    answers = iter(["short", OTHER_PASSPHRASE, "a typo in the repeat",
                    OTHER_PASSPHRASE, OTHER_PASSPHRASE])
    monkeypatch.setattr(passphrases, "stdin_is_tty", lambda: True)
    monkeypatch.setattr(passphrases, "prompt_hidden", lambda text: next(answers))
    r = cli("passwd")
    assert r.code == 0, r.err
    assert "at least 10 characters" in r.err and "do not match" in r.err
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", OTHER_PASSPHRASE)
    assert cli("list").code == 0


def test_new_passphrase_gives_up_after_three_tries(cli, unlocked, monkeypatch):
    monkeypatch.setattr(passphrases, "stdin_is_tty", lambda: True)
    monkeypatch.setattr(passphrases, "prompt_hidden", lambda text: "weak")
    r = cli("passwd")
    assert r.code == 2
    assert "No new passphrase was set" in r.err_lines[-1]


def test_passwd_without_a_terminal_needs_the_new_passphrase_variable(cli, unlocked):
    line = assert_one_line_failure(cli("passwd"), 2)
    assert "SECUREBASE_NEW_PASSPHRASE" in line
