"""Build the one-folder SecureBase app with PyInstaller, in one command.

    python packaging/build.py                 # -> dist/SecureBase/ (dist/SecureBase.app on macOS)

Steps: create (or reuse) a build venv, install the pinned PyInstaller and the project
itself into it as a regular, non-editable install (PyInstaller follows imports on
disk, which an editable install's import hook hides), run PyInstaller with
packaging/securebase.spec, start the frozen program once with ``--version`` and
print where the app is. Works the same on Linux, Windows and macOS (see README.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import appinfo  # noqa: E402  (this folder, see above)

SPEC = appinfo.PACKAGING_DIR / "securebase.spec"
DEFAULT_VENV = appinfo.REPO_ROOT / "build" / "packaging" / "venv"
DEFAULT_WORK = appinfo.REPO_ROOT / "build" / "packaging" / "pyinstaller"
DEFAULT_DIST = appinfo.REPO_ROOT / "dist"


def venv_python(venv: Path) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(str(part) for part in cmd), flush=True)
    subprocess.run([str(part) for part in cmd], check=True, **kwargs)


#: What a wheel of the project is built from (see setup.py and pyproject.toml).
SOURCE_PARTS = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "src", "resources")


def stage_source(dest: Path) -> Path:
    """A clean copy of the project's source to build the wheel from.

    setuptools builds in place and reuses build/lib without removing modules that no
    longer exist in src/, so a build straight from the work tree could ship stale code.
    """
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCE_PARTS:
        part = appinfo.REPO_ROOT / name
        if part.is_dir():
            shutil.copytree(part, dest / name, ignore=ignore)
        elif part.is_file():
            shutil.copy2(part, dest / name)
    return dest


def prepare_venv(venv: Path, source: Path, *, quiet: bool = True) -> Path:
    """The build venv's python, with pinned PyInstaller and the project from ``source``."""
    python = venv_python(venv)
    if not python.exists():
        run([sys.executable, "-m", "venv", venv])
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check"]
    if quiet:
        pip.append("--quiet")
    run([*pip, *appinfo.PYINSTALLER_REQUIREMENTS, source])
    # Always the current source: reinstall the project itself (its dependencies stay).
    run([*pip, "--no-deps", "--force-reinstall", source])
    return python


def app_dir(dist: Path) -> Path:
    """The folder to ship: dist/SecureBase (or dist/SecureBase.app on macOS)."""
    if sys.platform == "darwin":
        return dist / f"{appinfo.BUNDLE_NAME}.app"
    return dist / appinfo.BUNDLE_NAME


def executable(dist: Path) -> Path:
    """The frozen program inside the app folder."""
    if sys.platform == "darwin":
        return app_dir(dist) / "Contents" / "MacOS" / appinfo.EXE_NAME
    name = appinfo.WINDOWS_CLI_EXE_NAME + ".exe" if os.name == "nt" else appinfo.EXE_NAME
    return app_dir(dist) / name


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def check_version(exe: Path) -> str:
    """Start the frozen program with --version; returns what it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                         timeout=120, env=env)
    if out.returncode != 0 or "securebase" not in out.stdout:
        raise SystemExit(f"the frozen app failed to start:\n{out.stdout}{out.stderr}")
    return out.stdout.strip()


def build(python: Path, dist: Path, work: Path, *, clean: bool = False) -> Path:
    cmd = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", dist, "--workpath", work]
    if clean:
        cmd.append("--clean")
    target = app_dir(dist)
    if target.exists():
        shutil.rmtree(target)
    run([*cmd, SPEC], cwd=appinfo.REPO_ROOT)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the SecureBase app with PyInstaller.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--venv", type=Path, default=DEFAULT_VENV,
                       help=f"build venv, created if missing (default: {DEFAULT_VENV})")
    where.add_argument("--current-env", action="store_true",
                       help="use this Python as it is: it must already have PyInstaller and "
                            "a regular (non-editable) install of the project")
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="output folder")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's caches first")
    parser.add_argument("--icons", action="store_true",
                        help="render the icons from their SVG first (packaging/make_icons.py)")
    parser.add_argument("--no-check", action="store_true",
                        help="do not start the frozen program with --version afterwards")
    args = parser.parse_args(argv)

    started = time.monotonic()
    dist, work = args.dist.resolve(), args.work.resolve()
    if args.current_env:
        python = Path(sys.executable)
    else:
        python = prepare_venv(args.venv.resolve(), stage_source(work / "source"))
    if args.icons:
        run([python, appinfo.PACKAGING_DIR / "make_icons.py"])
    missing = [p for p in (appinfo.ICON_ICO, appinfo.ICON_ICNS) if not p.is_file()]
    if missing:
        raise SystemExit(f"missing {missing[0]}: run with --icons")
    target = build(python, dist, work, clean=args.clean)
    exe = executable(dist)
    if not exe.is_file():
        raise SystemExit(f"PyInstaller did not produce {exe}")
    version = "" if args.no_check else check_version(exe)
    elapsed = time.monotonic() - started
    print()
    print(f"Built {target}")
    print(f"  program: {exe}" + (f"  ({version})" if version else ""))
    print(f"  size: {folder_size(target) / 2**20:.0f} MiB, in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
