"""The desktop app measured from inside one fresh process (run by bench.py).

    python benchmarks/bench_gui.py VAULT_DIR PASSPHRASE

Starts the app the way ``securebase`` does (the real controller, dialogs and
warm-up), waits like a user typing until the background warm-up is done, then
unlocks and measures:

- unlock: click on Unlock -> the main window has painted and the event loop is idle;
- journal first list paint (bind + paint of the list), in-app search (filter +
  repaint) for several queries, saving an entry;
- trends first paint (shown right after unlocking -> chart on screen and painted) and
  range switches;
- peak RSS after every tab has been shown (and the resident size then, and the peak
  right after unlocking, which includes the key derivation's memory).

Prints one JSON object on the last line. Times are milliseconds.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from pathlib import Path

QUERIES = ("chest", "message", "Sam dinner", "weekend plans", "tight breath", "ordinary reasons")


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 2)


def wait_until(app, predicate, timeout: float) -> bool:
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return True


class PaintWatch:
    """Records when ``widget`` next paints, after control returns to the event loop."""

    def __init__(self, app, widget) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.at: float | None = None
        watch = self

        class _Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and watch.at is None:
                    QTimer.singleShot(0, lambda: setattr(watch, "at", time.perf_counter()))
                return False

        self._filter = _Filter(widget)
        widget.installEventFilter(self._filter)


def _warm_up_done() -> bool:
    return not any(t.name == "securebase-warm-up" for t in threading.enumerate())


def measure_unlock(app, controller, passphrase: str) -> dict:
    from PySide6.QtWidgets import QLineEdit, QPushButton

    dialog = controller.dialog
    if not wait_until(app, lambda: dialog.isVisible(), 10):
        raise RuntimeError("the unlock dialog did not show")
    time.sleep(0.2)  # the user starts typing; the warm-up thread starts after first paint
    wait_until(app, _warm_up_done, 15)
    # the user is still typing: the app builds its (empty) main window meanwhile
    wait_until(app, lambda: controller.window is not None, 5)
    dialog.findChild(QLineEdit, "passphraseEdit").setText(passphrase)
    result: dict = {}
    watch: list[PaintWatch] = []
    controller.unlocked.connect(lambda: watch.append(PaintWatch(app, controller.window)))
    t0 = time.perf_counter()
    dialog.findChild(QPushButton, "unlockButton").click()
    if not wait_until(app, lambda: bool(watch) and watch[0].at is not None, 60):
        raise RuntimeError("the main window did not appear")
    result["unlock_to_usable_ms"] = round((watch[0].at - t0) * 1000, 2)
    return result


def measure_journal(app, window, ctx) -> dict:
    from securebase.domain.entries import TriggerMoment
    from securebase.domain.journal import JournalFilter

    tab = next(p for p in window.pages if p.objectName() == "journalTab")
    window.show_page(tab)
    wait_until(app, lambda: False, 0.3)
    paints = []
    for _ in range(5):
        tab.clear()
        t0 = time.perf_counter()
        tab.bind(ctx)
        tab.view.viewport().repaint()
        app.processEvents()
        paints.append(_ms(t0))
    searches = {}
    for query in QUERIES:
        samples = []
        for _ in range(3):
            t0 = time.perf_counter()
            tab.apply_filter(JournalFilter(query=query))
            tab.view.viewport().repaint()
            samples.append(_ms(t0))
            tab.apply_filter(JournalFilter())
        searches[query] = sorted(samples)[1]
    saves = []
    for i in range(9):
        t0 = time.perf_counter()
        ctx.vault.triggers.add(TriggerMoment(
            intensity=4, occurred_at=ctx.clock.now(), situation=f"benchmark moment {i}",
            thoughts="a quick note", emotions=("anxious",), tags=("benchmark",)))
        saves.append(_ms(t0))
    return {"first_list_paint_ms": paints, "search_ms": searches, "save_ms": saves}


def measure_trends(app, window) -> dict:
    """Tab shown (or range changed) -> the chart for it is on screen and painted. Works
    with any Trends tab whose current panel says what it shows (``panel.key``) and
    whether that is a chart (``panel.showing_chart``)."""
    tab = next((p for p in window.pages if p.objectName() == "trendsTab"), None)
    combo = getattr(getattr(tab, "controls", None), "range_combo", None)
    if tab is None or combo is None or not hasattr(tab, "panel"):
        return {"trends_note": "the Trends tab has no charts yet"}

    def shown(old) -> bool:
        panel = tab.panel
        return panel.key is not None and panel.key != old and bool(panel.showing_chart)

    def painted() -> float:
        canvas = getattr(tab.panel, "canvas", None)
        if canvas is not None:
            canvas.repaint()
        return time.perf_counter()

    t0 = time.perf_counter()
    window.show_page(tab)
    if not wait_until(app, lambda: shown(None), 60):
        return {"trends_note": "no chart was shown within 60 s"}
    first = round((painted() - t0) * 1000, 2)
    switches = []
    start = combo.currentIndex()
    for step in range(1, combo.count()):
        old = tab.panel.key
        t0 = time.perf_counter()
        combo.setCurrentIndex((start + step) % combo.count())
        if wait_until(app, lambda old=old: shown(old), 30):
            switches.append(round((painted() - t0) * 1000, 2))
    return {"trends_first_paint_ms": first, "trends_switch_ms": switches}


def memory_mib() -> dict:
    """Peak (VmHWM, the same as ru_maxrss) and current (VmRSS) resident memory."""
    found = {}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    found[key] = round(int(rest.split()[0]) / 1024, 1)
    except OSError:
        found["VmHWM"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return found


def visit_every_tab(app, window) -> dict:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_until(app, lambda: False, 0.4)
    return memory_mib()


def main(argv: list[str]) -> int:
    folder, passphrase = Path(argv[0]), argv[1]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from securebase.app import AppController, make_application

    app = make_application([])
    controller = AppController(folder)
    if controller.start() is not None:
        print(json.dumps({"error": "the app could not start"}))
        return 1
    out: dict = {}
    try:
        before = memory_mib()
        out.update(measure_unlock(app, controller, passphrase))
        out["rss_before_unlock_mib"] = before.get("VmRSS")
        out["peak_after_unlock_mib"] = memory_mib().get("VmHWM")
        window, ctx = controller.window, controller.ctx
        try:  # first, as if the user went straight to Trends after unlocking
            out.update(measure_trends(app, window))
        except Exception as exc:  # the tab is still being built: say so, measure the rest
            out["trends_note"] = f"not measured ({type(exc).__name__}: {exc})"
        out.update(measure_journal(app, window, ctx))
        after = visit_every_tab(app, window)
        out["peak_rss_mib"] = after.get("VmHWM")
        out["rss_after_tabs_mib"] = after.get("VmRSS")
    except Exception as exc:  # report, never hang the benchmark
        out["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        controller.quit()
    print(json.dumps(out))
    return 0 if "error" not in out else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
