"""Journal speed on a 20,000-entry vault (issue 4): search <= 30 ms, save <= 15 ms,
first list paint <= 100 ms.

Run:  QT_QPA_PLATFORM=offscreen python -m benchmarks.journal_bench [--entries N]

Prints the median and worst of several runs for each and exits 1 if a median misses
its goal. Not part of the test suite (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

GOALS_MS = {"search": 30.0, "save": 15.0, "first list paint": 100.0}
WORDS = ("reply late message dinner trip quiet argument door waited phone weekend "
         "hug space work mother father chest tight breath call plans cancelled").split()


def _fill(vault, count: int) -> None:
    from sqlalchemy import insert

    from securebase.storage.models import TriggerMomentRow

    rnd = random.Random(7)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    rows = []
    for i in range(count):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 40)))
        rows.append(dict(uid=f"bench-{i}", occurred_at=start - timedelta(hours=i),
                         tz_offset_min=0, created_at=start, updated_at=start,
                         intensity=rnd.randint(0, 10), situation=f"{text} {i}",
                         thoughts=" ".join(rnd.choice(WORDS) for _ in range(8)),
                         emotions=("anxious",), tags=("bench",)))
    with vault.sessions.begin() as s:
        s.execute(insert(TriggerMomentRow), rows)


def _time(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from securebase.app import AppContext
    from securebase.domain.clock import SystemClock
    from securebase.domain.entries import TriggerMoment
    from securebase.storage.kdf import KdfParams
    from securebase.storage.vault import Vault
    from securebase.ui.tabs.journal_tab import JournalTab

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="securebase-bench-")) / "vault"
    vault, _ = Vault.create(folder, "bench passphrase not for real use",
                            _unsafe_kdf_params=KdfParams(1, 8, 1))
    try:
        _fill(vault, args.entries)
        results = {}
        queries = iter(WORDS * args.runs)
        results["search"] = _time(lambda: vault.triggers.search_all(next(queries)), args.runs)
        clock = SystemClock()
        results["save"] = _time(lambda: vault.triggers.add(
            TriggerMoment(intensity=5, occurred_at=clock.now(), situation="a new moment")),
            args.runs)

        ctx = AppContext(vault=vault, clock=clock, data_dir=folder)
        # The tab is built with the window, before unlocking; what the user waits for
        # after unlocking is bind() and the first paint of the list.
        tab = JournalTab()
        tab.resize(1200, 800)
        tab.show()
        paints = []
        for _ in range(max(3, args.runs // 3)):
            t = time.perf_counter()
            tab.bind(ctx)
            tab.view.viewport().repaint()
            app.processEvents()
            paints.append((time.perf_counter() - t) * 1000)
            tab.clear()
        results["first list paint"] = paints
    finally:
        vault.close()

    failed = False
    for name, times in results.items():
        median = statistics.median(times)
        ok = median <= GOALS_MS[name]
        failed |= not ok
        print(f"{name:>17}: median {median:6.1f} ms, worst {max(times):6.1f} ms "
              f"(goal {GOALS_MS[name]:.0f} ms) {'ok' if ok else 'SLOW'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
