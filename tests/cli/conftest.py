"""Run the command line in-process, through the real entry point, and capture it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from securebase.__main__ import main
from tests.conftest import PASSPHRASE


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


@pytest.fixture
def cli(capsys):
    """``cli("list", "--json")`` -> Result(code, out, err)."""

    def run(*args: str) -> Result:
        capsys.readouterr()  # drop anything printed before
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def unlocked(monkeypatch, make_vault):
    """A vault in data_dir and its passphrase in SECUREBASE_PASSPHRASE."""
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", PASSPHRASE)
    return make_vault


def assert_one_line_failure(result: Result, code: int) -> str:
    """The command failed with ``code`` and exactly one line on stderr (no traceback)."""
    assert result.code == code, (result.code, result.err)
    assert len(result.err_lines) == 1, result.err
    assert "Traceback" not in result.err
    return result.err_lines[0]
