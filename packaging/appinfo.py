"""Names shared by the PyInstaller spec, the build and icon scripts and the tests.

Kept free of imports beyond the standard library so the spec (run by PyInstaller),
the scripts and the tests can all load it from this folder.
"""

from __future__ import annotations

from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGING_DIR.parent

APP_NAME = "SecureBase"
#: Reverse-DNS id: the .desktop file, the AppStream component and the icon name.
APP_ID = "io.github.securebase.SecureBase"
#: The one-folder app: dist/SecureBase/ (SecureBase.app on macOS).
BUNDLE_NAME = APP_NAME
#: The program inside it (Linux and macOS; SecureBase.exe on Windows), same as the
#: ``securebase`` command a pip install gives.
EXE_NAME = "securebase"
#: Windows only: a second, console program for the command line (a windowed .exe
#: has no stdout, so ``securebase-cli list`` needs its own console build).
WINDOWS_CLI_EXE_NAME = "securebase-cli"

#: PyInstaller pinned for reproducible builds (PyPI, checked 2026-11-24).
PYINSTALLER_REQUIREMENTS = ("pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9")

ICONS_DIR = REPO_ROOT / "resources" / "icons"
ICON_SVG = ICONS_DIR / "securebase.svg"
#: Drawn bolder for the smallest sizes (see its comment).
ICON_SMALL_SVG = ICONS_DIR / "securebase-small.svg"
SMALL_ICON_MAX = 24
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_ICO = ICONS_DIR / "securebase.ico"
ICON_ICNS = ICONS_DIR / "securebase.icns"


def icon_png(size: int) -> Path:
    return ICONS_DIR / f"securebase-{size}.png"
