"""Install the built app on Linux with its menu entry, icons and AppStream metadata.

    python packaging/install_linux.py                       # into ~/.local (no root needed)
    sudo python packaging/install_linux.py --prefix /usr/local
    python packaging/install_linux.py --prefix /usr --destdir pkgroot   # stage for a package
    python packaging/install_linux.py --uninstall

Lays out, under PREFIX:
    lib/securebase/                       the one-folder app (dist/SecureBase)
    bin/securebase                        a link to lib/securebase/securebase
    share/applications/APP_ID.desktop     Exec pointing at PREFIX/bin/securebase
    share/metainfo/APP_ID.metainfo.xml
    share/icons/hicolor/NxN/apps/APP_ID.png and scalable/apps/APP_ID.svg
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import appinfo  # noqa: E402  (this folder, see above)

LINUX_DIR = appinfo.PACKAGING_DIR / "linux"
DESKTOP_FILE = LINUX_DIR / f"{appinfo.APP_ID}.desktop"
METAINFO_FILE = LINUX_DIR / f"{appinfo.APP_ID}.metainfo.xml"
APP_SUBDIR = Path("lib") / "securebase"


def installed_files(prefix: Path) -> dict[str, Path]:
    """Where each part goes under ``prefix`` (as seen on the running system)."""
    share = prefix / "share"
    files = {
        "app": prefix / APP_SUBDIR,
        "bin": prefix / "bin" / appinfo.EXE_NAME,
        "desktop": share / "applications" / DESKTOP_FILE.name,
        "metainfo": share / "metainfo" / METAINFO_FILE.name,
        "svg": share / "icons" / "hicolor" / "scalable" / "apps" / f"{appinfo.APP_ID}.svg",
    }
    for size in appinfo.ICON_SIZES:
        files[f"png{size}"] = (share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                               / f"{appinfo.APP_ID}.png")
    return files


def _staged(path: Path, destdir: Path | None) -> Path:
    return destdir / path.relative_to(path.anchor) if destdir else path


def desktop_entry(exec_path: Path) -> str:
    """The .desktop file with Exec pointing at the installed program (PATH may not hold it)."""
    lines = []
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            rest = line.removeprefix("Exec=").split(maxsplit=1)[1:]
            line = "Exec=" + " ".join([str(exec_path), *rest])
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(prefix: Path, app: Path | None, destdir: Path | None = None) -> dict[str, Path]:
    """Install into ``prefix`` (staged under ``destdir`` if given); returns the staged paths.

    ``app`` is the built one-folder app; None installs only the menu entry, icons and
    metadata (for an app folder put in place some other way).
    """
    files = installed_files(prefix)
    staged = {key: _staged(path, destdir) for key, path in files.items()}
    if app is not None:
        program = app / appinfo.EXE_NAME
        if not program.is_file():
            raise SystemExit(f"{program} not found: build the app first (packaging/build.py)")
        if staged["app"].exists():
            shutil.rmtree(staged["app"])
        shutil.copytree(app, staged["app"], symlinks=True)
        staged["bin"].parent.mkdir(parents=True, exist_ok=True)
        if staged["bin"].is_symlink() or staged["bin"].exists():
            staged["bin"].unlink()
        staged["bin"].symlink_to(os.path.relpath(files["app"] / appinfo.EXE_NAME,
                                                 files["bin"].parent))
    staged["desktop"].parent.mkdir(parents=True, exist_ok=True)
    staged["desktop"].write_text(desktop_entry(files["bin"]), encoding="utf-8")
    staged["metainfo"].parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(METAINFO_FILE, staged["metainfo"])
    staged["svg"].parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(appinfo.ICON_SVG, staged["svg"])
    for size in appinfo.ICON_SIZES:
        target = staged[f"png{size}"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(appinfo.icon_png(size), target)
    return staged


def uninstall(prefix: Path, destdir: Path | None = None) -> None:
    for key, path in installed_files(prefix).items():
        path = _staged(path, destdir)
        if key == "app" and path.is_dir():
            shutil.rmtree(path)
        elif path.is_symlink() or path.is_file():
            path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install SecureBase's app folder, menu entry and icons.")
    parser.add_argument("--prefix", type=Path, default=Path.home() / ".local",
                        help="install prefix (default: ~/.local)")
    parser.add_argument("--destdir", type=Path, default=None,
                        help="stage the files under this folder (for building a package)")
    parser.add_argument("--app", type=Path, default=appinfo.REPO_ROOT / "dist" / appinfo.BUNDLE_NAME,
                        help="the built app folder (default: dist/SecureBase)")
    parser.add_argument("--uninstall", action="store_true", help="remove what an install put there")
    args = parser.parse_args(argv)
    prefix = args.prefix.expanduser().absolute()
    destdir = args.destdir.absolute() if args.destdir else None
    if args.uninstall:
        uninstall(prefix, destdir)
        print(f"Removed SecureBase from {prefix}")
        return 0
    staged = install(prefix, args.app.absolute(), destdir)
    print(f"Installed SecureBase into {destdir or ''}{prefix}")
    print(f"  program: {staged['bin']}")
    print(f"  menu entry: {staged['desktop']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
