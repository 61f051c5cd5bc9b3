"""Which argv goes to the command line, usage errors, and failures that stay one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import securebase.cli as cli_pkg
from securebase.cli import is_command_line
from securebase.paths import VaultPaths
from securebase.storage.lockfile import InstanceLock
from securebase.storage.triggers import TriggerRepository
from tests.cli.conftest import assert_one_line_failure
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("argv", [
    ["init"], ["log", "--intensity", "3"], ["--data-dir", "/tmp/x", "list"],
    ["--passphrase-file", "f", "search", "word"], ["--data-dir=/x", "check"],
    ["-h"], ["--help"], ["--data-dir", "/x", "--help"], ["frobnicate"],
])
def test_command_line_argv(argv):
    assert is_command_line(argv)


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "/tmp/x"], ["--data-dir", "list"], ["--passphrase-file", "init"],
    ["-platform", "offscreen"], ["-style", "fusion", "--data-dir", "/x"],
])
def test_window_argv(argv):
    assert not is_command_line(argv)


def test_help_lists_every_command(cli):
    r = cli("--help")
    assert r.code == 0 and r.err == ""
    for name in ("init", "log", "list", "search", "backup", "restore", "check", "passwd"):
        assert f"    {name} " in r.out
    assert cli_pkg.command_names() == ["init", "check", "passwd", "backup", "restore",
                                       "log", "list", "search", "card", "report",
                                       "export", "import", "demo"]
    sub = cli("log", "--help")
    assert sub.code == 0 and "--intensity N" in sub.out


def test_unknown_command_is_one_line_exit_2(cli):
    line = assert_one_line_failure(cli("frobnicate"), 2)
    assert "frobnicate" in line and "--help" in line


def test_unknown_option_is_one_line_exit_2(cli):
    line = assert_one_line_failure(cli("list", "--colour"), 2)
    assert "--colour" in line and "securebase list --help" in line


def test_data_dir_option_beats_the_environment(cli, make_vault, data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SECUREBASE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SECUREBASE_DATA_DIR", str(tmp_path / "elsewhere"))
    assert_one_line_failure(cli("list"), 1)  # no vault there
    assert cli("--data-dir", str(data_dir), "list").code == 0
    assert cli("list", "--data-dir", str(data_dir)).code == 0


def test_unexpected_error_is_one_line_without_entry_text(cli, unlocked, data_dir, monkeypatch):
    secret = "my-private-words-7731"

    def broken_add(self, moment):
        raise RuntimeError(f"failed while saving {moment.situation}")

    monkeypatch.setattr(TriggerRepository, "add", broken_add)
    r = cli("log", "--intensity", "5", "--situation", secret)
    line = assert_one_line_failure(r, 1)
    assert "RuntimeError" in line
    assert secret not in r.err and secret not in r.out
    InstanceLock(VaultPaths(data_dir).lock).acquire().release()  # the vault was closed


def test_interrupt_is_exit_130_and_closes_the_vault(cli, unlocked, data_dir, monkeypatch):
    def interrupted(self, *a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(TriggerRepository, "list", interrupted)
    line = assert_one_line_failure(cli("list"), 130)
    assert "Interrupted" in line
    InstanceLock(VaultPaths(data_dir).lock).acquire().release()


def _run(*args, env_extra=None, cwd=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECUREBASE_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "securebase", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, cwd=cwd,
                          stdin=subprocess.DEVNULL)


def test_real_process_failures_print_one_line_and_no_traceback(make_vault, data_dir):
    base = {"SECUREBASE_DATA_DIR": str(data_dir)}
    cases = [
        (("log", "--intensity", "11"), base, 2),
        (("nonsense",), base, 2),
        (("list",), base, 2),  # no passphrase and no terminal: does not hang
        (("list",), {**base, "SECUREBASE_PASSPHRASE": "wrong wrong wrong wrong"}, 3),
        (("list",), {"SECUREBASE_DATA_DIR": str(data_dir / "nothing-here"),
                     "SECUREBASE_PASSPHRASE": PASSPHRASE}, 1),
    ]
    for args, env, code in cases:
        proc = _run(*args, env_extra=env)
        assert proc.returncode == code, (args, proc.stderr)
        assert len(proc.stderr.splitlines()) == 1, (args, proc.stderr)
        assert "Traceback" not in proc.stderr


def test_real_process_round_trip(make_vault, data_dir):
    env = {"SECUREBASE_DATA_DIR": str(data_dir), "SECUREBASE_PASSPHRASE": PASSPHRASE}
    logged = _run("log", "--intensity", "6", "--situation", "晚上 no reply 🙁", env_extra=env)
    assert logged.returncode == 0 and logged.stderr == "", logged.stderr
    listed = _run("list", "--json", env_extra=env)
    assert [e["situation"] for e in json.loads(listed.stdout)] == ["晚上 no reply 🙁"]
    held = InstanceLock(VaultPaths(data_dir).lock).acquire()
    try:
        busy = _run("list", env_extra=env)
    finally:
        held.release()
    assert busy.returncode == 5 and len(busy.stderr.splitlines()) == 1


_PROBE = """
import sys
from securebase.__main__ import main
code = main(sys.argv[1:])
heavy = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'matplotlib', 'sqlalchemy'})
print('HEAVY=' + ','.join(heavy), file=sys.stderr)
"""


def _heavy_modules(*args, env_extra=None) -> set[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECUREBASE_")}
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True,
                          env=env, timeout=120, stdin=subprocess.DEVNULL)
    line = [x for x in proc.stderr.splitlines() if x.startswith("HEAVY=")][0]
    return {m for m in line[len("HEAVY="):].split(",") if m}


def test_cli_paths_import_no_qt_or_matplotlib(make_vault, data_dir):
    assert _heavy_modules("--help") == set()
    assert _heavy_modules("log", "--intensity", "12") == set()  # usage errors stay light
    env = {"SECUREBASE_DATA_DIR": str(data_dir), "SECUREBASE_PASSPHRASE": PASSPHRASE}
    assert _heavy_modules("list", env_extra=env) == {"sqlalchemy"}
