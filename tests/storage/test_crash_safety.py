"""A writer killed with SIGKILL at random moments loses no acknowledged entry."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from securebase.storage.backups import check_database
from securebase.storage.vault import Vault
from tests.conftest import PASSPHRASE

WRITER = Path(__file__).with_name("writer_proc.py")
ROOT = Path(__file__).resolve().parents[2]


def _round(data_dir: Path, start: int, rng: random.Random) -> list[int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), PASSPHRASE, str(start)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    acked: list[int] = []
    try:
        assert proc.stdout.readline().strip() == "READY", proc.stderr.read()
        deadline = time.monotonic() + rng.uniform(0.02, 0.4)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("ACK"):
                acked.append(int(line.split()[1]))
        os.kill(proc.pid, signal.SIGKILL)
        for line in proc.stdout:  # acknowledgements already written before the kill
            if line.startswith("ACK"):
                acked.append(int(line.split()[1]))
    finally:
        proc.kill()
        proc.wait()
    return acked


def _run(data_dir: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    acked: list[int] = []
    for r in range(rounds):
        acked += _round(data_dir, r * 100_000, rng)
        with Vault.open(data_dir, PASSPHRASE, auto_backup=False) as v:
            stored = {int(m.situation.split()[0].removeprefix("ack-"))
                      for m in v.triggers.list()}
            missing = set(acked) - stored
            assert not missing, f"round {r}: lost acknowledged entries {sorted(missing)[:5]}"
            assert check_database(v.paths.db, v.data_key) == []
    assert len(acked) > rounds  # the writer really wrote


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_loses_no_acknowledged_entry(data_dir, make_vault):
    _run(data_dir, rounds=20, seed=20261124)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_many_rounds(data_dir, make_vault):
    _run(data_dir, rounds=200, seed=7)
