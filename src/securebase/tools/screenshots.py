"""Screenshots of every tab of a demo vault, rendered offscreen.

    python -m securebase.tools.screenshots --out DIR [--days N] [--seed S] [--width PX]

Builds its own demo vault in a temporary folder (deleted afterwards), then writes
``DIR/unlock.png`` and ``DIR/<tab>.png`` for today, assessment, journal, body_scan
and trends, with the window at 1280x800, and the same set in a dark palette in
``DIR/dark/``. ``--width 960`` scales the images down (for the README). No display
is needed; nothing outside the temporary folder and DIR is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

WINDOW_SIZE = (1280, 800)
TAB_FILES = ("today", "assessment", "journal", "body_scan", "trends")
UNLOCK_FILE = "unlock"


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    from securebase.services.demo import DEFAULT_DAYS, DEFAULT_SEED

    parser = argparse.ArgumentParser(
        prog="python -m securebase.tools.screenshots",
        description="Render the unlock dialog and every tab of a demo vault into PNG files.")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="folder for the images (created if needed)")
    parser.add_argument("--days", type=int, default=DEFAULT_DAYS, metavar="N",
                        help=f"days of demo entries (default {DEFAULT_DAYS})")
    parser.add_argument("--seed", default=str(DEFAULT_SEED), metavar="S",
                        help=f"demo seed (default {DEFAULT_SEED})")
    parser.add_argument("--width", type=int, default=None, metavar="PX",
                        help="scale the images to this width (default: full size)")
    parser.add_argument("--no-dark", action="store_true", help="skip the dark set")
    return parser.parse_args(argv)


def dark_palette():
    """A calm dark palette for Fusion (the platform's own dark scheme is not available
    offscreen)."""
    from PySide6.QtGui import QColor, QPalette

    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pal = QPalette()
    colours = {role.Window: "#232629", role.WindowText: "#e8e6e3", role.Base: "#1b1e20",
               role.AlternateBase: "#2a2e32", role.ToolTipBase: "#31363b",
               role.ToolTipText: "#eff0f1", role.Text: "#e8e6e3", role.Button: "#2f3337",
               role.ButtonText: "#e8e6e3", role.BrightText: "#ffffff", role.Link: "#7cb6e8",
               role.Highlight: "#3d7ab3", role.HighlightedText: "#ffffff",
               role.PlaceholderText: "#8c9196", role.Light: "#3a3f44", role.Midlight: "#33383c",
               role.Mid: "#26292c", role.Dark: "#141618", role.Shadow: "#0b0c0d"}
    for r, colour in colours.items():
        pal.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor("#6e7378"))
    return pal


def _settle(app, ms: int = 250) -> None:
    """Let queued work (models filling, charts drawing, worker threads) finish."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QThreadPool

    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    QThreadPool.globalInstance().waitForDone(5000)
    app.processEvents()


def _save(widget, path: Path, width: int | None) -> Path:
    from PySide6.QtCore import Qt

    image = widget.grab().toImage()
    if width and image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    _optimise(path)
    return path


def _optimise(path: Path) -> None:
    """Smaller files for committing: an adaptive 256-colour palette when Pillow is there."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as img:
        small = img.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                            dither=Image.Dither.NONE)
    small.save(path, "PNG", optimize=True)


def _open_an_entry(window) -> None:
    """Show a trigger moment in the journal's reading pane (the newest one with text and
    a second rating), so the picture shows more than a list."""
    from PySide6.QtWidgets import QTableView

    view = window.findChild(QTableView, "journalList")
    model = view.model() if view is not None else None
    summary = getattr(model, "summary", None)
    if summary is None:
        return
    for row in range(min(model.rowCount(), 40)):
        entry = summary(row)
        if str(entry.kind) == "trigger" and entry.first_line and entry.intensity_after:
            view.setCurrentIndex(model.index(row, 0))
            return


def render_all(out: Path, folder: Path, passphrase: str, *, clock, width: int | None,
               config: Path, suffix: str = "") -> list[Path]:
    """Render the unlock dialog and the five tabs of the vault in ``folder``."""
    from PySide6.QtWidgets import QApplication

    from securebase.app import AppContext
    from securebase.storage.vault import Vault
    from securebase.ui.main_window import MainWindow
    from securebase.ui.ui_settings import UiSettings
    from securebase.ui.unlock_dialog import UnlockDialog

    app = QApplication.instance()
    written: list[Path] = []
    dialog = UnlockDialog(folder, demo=True, clock=clock)
    dialog.show()
    _settle(app)
    written.append(_save(dialog, out / suffix / f"{UNLOCK_FILE}.png", width))
    dialog.reject()
    dialog.deleteLater()

    vault = Vault.open(folder, passphrase, clock=clock, auto_backup=False)
    window = None
    try:
        ctx = AppContext(vault=vault, clock=clock, data_dir=folder,
                         demo=bool(vault.settings.get("demo", False)))
        window = MainWindow(ctx, ui_settings=UiSettings(config / f"ui{suffix or ''}.ini"))
        window.resize(*WINDOW_SIZE)
        window.show()
        for index, name in enumerate(TAB_FILES):
            window.tabs.setCurrentIndex(index)
            window.resize(*WINDOW_SIZE)
            _settle(app, 400)
            if name == "journal":
                _open_an_entry(window)
                _settle(app, 300)
            written.append(_save(window, out / suffix / f"{name}.png", width))
        window.prepare_lock()
    finally:
        vault.close()
        if window is not None:
            window.clear()
            window.hide()
            window.deleteLater()
        _settle(app, 50)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("MPLBACKEND", "Agg")
    from PySide6.QtWidgets import QApplication

    from securebase.app import make_application
    from securebase.domain.clock import SystemClock
    from securebase.services.demo import DEMO_PASSPHRASE, check_days, create_demo_vault

    try:
        check_days(args.days)
    except ValueError as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 2
    seed: int | str = int(args.seed) if args.seed.strip().lstrip("-").isdigit() else args.seed
    existing = QApplication.instance()
    app = existing or make_application([])
    if existing is not None:
        app.setStyle("Fusion")
    original_palette = app.palette()
    clock = SystemClock()
    temp = Path(tempfile.mkdtemp(prefix="securebase-screens-"))
    try:
        folder = temp / "SecureBase-demo"
        vault, _key, _summary = create_demo_vault(folder, days=args.days, seed=seed, clock=clock)
        vault.close()
        out = Path(args.out)
        written = render_all(out, folder, DEMO_PASSPHRASE, clock=clock, width=args.width,
                             config=temp)
        if not args.no_dark:
            app.setPalette(dark_palette())
            try:
                written += render_all(out, folder, DEMO_PASSPHRASE, clock=clock,
                                      width=args.width, config=temp, suffix="dark")
            finally:
                app.setPalette(original_palette)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
