"""The long fuzzing run of the importers, with atheris (``pytest -m slow``).

atheris is not a test dependency (it does not build everywhere); without it this test
is skipped. It runs the harness in its own process, since atheris ends the process
when it is done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HARNESS = Path(__file__).with_name("fuzz_import_harness.py")
RUNS = 200_000


def test_the_importers_survive_coverage_guided_fuzzing(tmp_path):
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    from tests.services.test_import_fuzz import VALID

    (corpus / "valid.json").write_text(json.dumps(VALID), encoding="utf-8")
    (corpus / "valid.csv").write_text(
        "occurred_at,intensity,situation,urge,emotions\n"
        "2026-01-05T21:30:00+01:00,7,No reply,reach-out,anxious; hurt\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [sys.executable, str(HARNESS), f"-runs={RUNS}", "-max_len=4096",
         f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=3600, env=env, cwd=tmp_path,
        stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert not list(tmp_path.glob("crash-*"))
