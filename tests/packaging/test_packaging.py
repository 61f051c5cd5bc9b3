"""Packaging: the menu entry, AppStream metadata, icons, the PyInstaller spec and,
marked slow, a real build whose frozen program is started (CLI and window)."""

from __future__ import annotations

import configparser
import importlib
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import securebase
import securebase.storage.migrate as migrate

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
appinfo = importlib.import_module("appinfo")
install_linux = importlib.import_module("install_linux")
make_icons = importlib.import_module("make_icons")

DESKTOP = install_linux.DESKTOP_FILE
METAINFO = install_linux.METAINFO_FILE
SPEC = PACKAGING / "securebase.spec"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PASSPHRASE = "calm harbour lantern meadow forty-two"


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


@pytest.fixture
def fake_app(tmp_path) -> Path:
    """Stands in for dist/SecureBase: a folder with the program in it."""
    app = tmp_path / "dist" / appinfo.BUNDLE_NAME
    app.mkdir(parents=True)
    program = app / appinfo.EXE_NAME
    program.write_text("#!/bin/sh\necho securebase\n", encoding="utf-8")
    program.chmod(0o755)
    return app


# ---------------------------------------------------------------------- desktop entry
def test_desktop_entry_names_the_program_the_spec_builds_and_our_icon():
    entry = read_desktop(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == appinfo.APP_NAME
    assert entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] == appinfo.EXE_NAME
    assert entry["Icon"] == appinfo.APP_ID
    assert DESKTOP.name == f"{appinfo.APP_ID}.desktop"
    assert "name=appinfo.EXE_NAME" in SPEC.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux layout uses symlinks")
def test_installed_entry_starts_an_existing_program_and_finds_every_icon(tmp_path, fake_app):
    from PySide6.QtGui import QImage

    root = tmp_path / "root"
    install_linux.install(Path("/usr"), fake_app, destdir=root)

    entry = read_desktop(root / "usr/share/applications" / DESKTOP.name)
    program = root / Path(entry["Exec"].split()[0]).relative_to("/")
    assert program.is_symlink() and program.resolve().is_file()
    assert os.access(program.resolve(), os.X_OK)
    assert subprocess.run([str(program)], capture_output=True, text=True).stdout == "securebase\n"

    hicolor = root / "usr/share/icons/hicolor"
    assert (hicolor / "scalable/apps" / f"{entry['Icon']}.svg").read_bytes() == \
        appinfo.ICON_SVG.read_bytes()
    for size in appinfo.ICON_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}/apps" / f"{entry['Icon']}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (root / "usr/share/metainfo" / METAINFO.name).is_file()

    install_linux.uninstall(Path("/usr"), destdir=root)
    assert not program.is_symlink() and not (root / "usr/lib/securebase").exists()
    assert not list(hicolor.rglob("*.png"))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed")
def test_desktop_entry_passes_desktop_file_validate():
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout


# ---------------------------------------------------------------------- AppStream
def test_metainfo_agrees_with_the_project():
    root = ET.parse(METAINFO).getroot()
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == appinfo.APP_ID
    assert root.findtext("project_license") == project["license"]
    assert root.find("launchable[@type='desktop-id']").text == DESKTOP.name
    assert root.findtext("provides/binary") == appinfo.EXE_NAME
    releases = root.findall("releases/release")
    assert (releases[0].get("version"), releases[0].get("date")) == (securebase.__version__,
                                                                      "2026-11-24")
    assert root.find("content_rating").get("type") == "oars-1.1"
    description = " ".join(root.find("description").itertext())
    assert "not therapy" in description and "never connects to the network" in description
    assert root.find("screenshots") is None  # nothing that would need the network
    categories = {c.text for c in root.findall("categories/category")}
    assert categories == set(filter(None, read_desktop(DESKTOP)["Categories"].split(";")))


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_passes_appstreamcli_validate():
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None or sys.platform == "win32",
                    reason="appstreamcli is not installed")
def test_installed_tree_passes_appstreamcli_validate_tree(tmp_path, fake_app):
    install_linux.install(Path("/usr"), fake_app, destdir=tmp_path / "root")
    out = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(tmp_path / "root")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


# ---------------------------------------------------------------------- icons
@pytest.mark.parametrize("size", appinfo.ICON_SIZES)
def test_icon_png_has_its_pixel_size_and_transparent_corners(size):
    from PySide6.QtGui import QImage

    image = QImage(str(appinfo.icon_png(size)))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() < 64  # rounded tile: the corner shows through
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


@pytest.mark.parametrize("size", [16, 32, 256])
def test_icon_png_is_up_to_date_with_its_svg(qapp, size):
    """Editing the SVG without running packaging/make_icons.py fails here."""
    from PySide6.QtGui import QImage

    fresh = make_icons.render(make_icons.source_for(size), size)
    saved = QImage(str(appinfo.icon_png(size))).convertToFormat(fresh.format())
    worst = max(
        abs(channel(fresh.pixel(x, y)) - channel(saved.pixel(x, y)))
        for x in range(size) for y in range(size)
        for channel in (lambda p: p >> 24, lambda p: (p >> 16) & 255,
                        lambda p: (p >> 8) & 255, lambda p: p & 255)
    )
    assert worst <= 8


def test_ico_holds_every_windows_size(qapp):
    from PySide6.QtGui import QImage

    data = appinfo.ICON_ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        w, h, _c, _r, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        size = w or 256
        blob = data[offset:offset + length]
        assert len(blob) == length and (w, planes, bits) == (h, 1, 32)
        if blob.startswith(PNG_MAGIC):
            image = QImage.fromData(blob, "PNG")
            assert (image.width(), image.height()) == (size, size)
        else:  # BITMAPINFOHEADER: size, width, doubled height, planes, 32 bits
            assert struct.unpack_from("<IiiHH", blob, 0) == (40, size, 2 * size, 1, 32)
            mask = ((size + 31) // 32) * 4 * size
            assert length == 40 + 4 * size * size + mask
        sizes.append(size)
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_icns_holds_every_macos_size(qapp):
    from PySide6.QtGui import QImage

    data = appinfo.ICON_ICNS.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        found[kind] = data[pos + 8:pos + length]
        pos += length
    assert pos == len(data)
    for kind, size in make_icons.ICNS_ENTRIES:
        image = QImage.fromData(found[kind], "PNG")
        assert (image.width(), image.height()) == (size, size), kind
    assert b"TOC " in found


# ---------------------------------------------------------------------- spec and launcher
def test_spec_ships_the_migrations_where_alembic_looks_for_them():
    spec = SPEC.read_text(encoding="utf-8")
    package_root = Path(securebase.__file__).resolve().parent.parent
    runtime_dir = migrate.MIGRATIONS_DIR.relative_to(package_root).as_posix()
    assert runtime_dir == "securebase/storage/migrations"
    assert f'Path("{runtime_dir}")' in spec
    assert 'rglob("*.py")' in spec  # as .py files: Alembic loads them by path
    assert 'collect_data_files("securebase.resources")' in spec
    for hidden in ('"sqlcipher3._sqlite3"', '"sqlalchemy.dialects.sqlite.pysqlite"',
                   '"alembic.op"', '"PySide6.QtSvg"'):
        assert hidden in spec
    assert '"tkinter"' in spec and '"PySide6.QtWebEngineCore"' in spec


def test_pyinstaller_is_pinned():
    assert appinfo.PYINSTALLER_REQUIREMENTS
    assert all("==" in req for req in appinfo.PYINSTALLER_REQUIREMENTS)


def test_launcher_runs_the_app_entry_point():
    out = subprocess.run([sys.executable, str(PACKAGING / "launcher.py"), "--version"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"securebase {securebase.__version__}"


# ---------------------------------------------------------------------- the frozen app (slow)
@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """Build the app once with packaging/build.py into a temporary folder; the program."""
    build = importlib.import_module("build")
    out = tmp_path_factory.mktemp("frozen")
    venv = os.environ.get("SECUREBASE_BUILD_VENV")
    cmd = [sys.executable, str(PACKAGING / "build.py"), "--dist", str(out / "dist"),
           "--work", str(out / "work"), "--no-check"]
    if venv:
        cmd += ["--venv", venv]
    started = time.monotonic()
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    program = build.executable(out / "dist")
    assert program.is_file()
    size = build.folder_size(build.app_dir(out / "dist"))
    print(f"\nbuilt in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MiB")
    return program


def _frozen_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "SECUREBASE_CONFIG_DIR": str(tmp_path / "config"), **extra}
    for name in ("SECUREBASE_PASSPHRASE", "SECUREBASE_NEW_PASSPHRASE", "SECUREBASE_DATA_DIR"):
        if name not in extra:
            env.pop(name, None)
    return env


def _internal(program: Path) -> Path:
    internal = program.parent / "_internal"
    return internal if internal.is_dir() else program.parent.parent / "Resources"


@pytest.mark.slow
def test_frozen_program_prints_its_version(frozen, tmp_path):
    out = subprocess.run([str(frozen), "--version"], capture_output=True, text=True,
                         timeout=120, env=_frozen_env(tmp_path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"securebase {securebase.__version__}"


@pytest.mark.slow
def test_frozen_bundle_holds_what_the_app_loads_by_path(frozen):
    internal = _internal(frozen)
    shipped = {p.relative_to(internal / "securebase/storage/migrations").as_posix()
               for p in (internal / "securebase/storage/migrations").rglob("*.py")}
    source = {p.relative_to(migrate.MIGRATIONS_DIR).as_posix()
              for p in migrate.MIGRATIONS_DIR.rglob("*.py") if "__pycache__" not in p.parts}
    assert shipped == source
    resources = internal / "securebase/resources"
    assert list((resources / "content/en").glob("*.toml"))
    assert (resources / "icons/securebase.svg").is_file()
    assert list((internal / "sqlcipher3").glob("_sqlite3*"))
    plugins = {p.name for p in internal.rglob("plugins/platforms/*")}
    if sys.platform.startswith("linux"):
        assert {"libqoffscreen.so", "libqxcb.so"} <= plugins
    assert not (internal / "tkinter").exists()
    assert not list(internal.rglob("*QtWebEngine*"))


@pytest.mark.slow
def test_frozen_command_line_creates_and_reads_a_vault(frozen, tmp_path):
    """Runs the migrations (Alembic from files), SQLCipher and SQLAlchemy in the bundle."""
    data = tmp_path / "vault"

    def run(*args, **env):
        return subprocess.run([str(frozen), "--data-dir", str(data), *args], capture_output=True,
                              text=True, timeout=120, env=_frozen_env(tmp_path, **env))

    init = run("init", SECUREBASE_NEW_PASSPHRASE=PASSPHRASE)
    assert init.returncode == 0, init.stderr
    assert "Recovery key" in init.stdout
    logged = run("log", "--intensity", "6", "--situation", "a frozen harbour",
                 SECUREBASE_PASSPHRASE=PASSPHRASE)
    assert logged.returncode == 0, logged.stderr
    listed = run("list", "--json", SECUREBASE_PASSPHRASE=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert [(e["intensity"], e["situation"]) for e in json.loads(listed.stdout)] == \
        [(6, "a frozen harbour")]
    found = run("search", "harbour", SECUREBASE_PASSPHRASE=PASSPHRASE)  # FTS5 in SQLCipher
    missing = run("search", "volcano", SECUREBASE_PASSPHRASE=PASSPHRASE)
    assert (found.returncode, missing.returncode) == (0, 0)
    assert "a frozen" in found.stdout and "a frozen" not in missing.stdout
    checked = run("check", SECUREBASE_PASSPHRASE=PASSPHRASE)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    wrong = run("list", SECUREBASE_PASSPHRASE="not the passphrase at all")
    assert wrong.returncode == 3
    assert "Traceback" not in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1


def _stop(process: subprocess.Popen) -> tuple[str, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            return process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.communicate()


@pytest.mark.slow
def test_frozen_window_starts_offscreen_up_to_the_first_dialog(frozen, tmp_path):
    data = tmp_path / "fresh"
    process = subprocess.Popen([str(frozen), "--data-dir", str(data)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=_frozen_env(tmp_path))
    try:
        deadline = time.monotonic() + 20
        # The app locks the vault folder just before it shows the create dialog.
        while time.monotonic() < deadline and process.poll() is None \
                and not (data / "vault.lock").exists():
            time.sleep(0.2)
        time.sleep(3)  # the dialog paints; the vault code warms up in the background
        alive = process.poll() is None
    finally:
        stdout, stderr = _stop(process)
    assert alive, f"the app ended with {process.returncode}:\n{stdout}{stderr}"
    assert (data / "vault.lock").exists()
    assert not (data / "vault.db").exists()  # nothing created before the user says so
    assert "Traceback" not in stderr, stderr


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                    reason="needs Xvfb and xdotool")
def test_frozen_window_opens_on_x11(frozen, tmp_path):
    """The real desktop path on Linux: the xcb plugin and its libraries, a mapped window."""
    # Xvfb picks a free display and writes its number to stdout when it is ready.
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    process = None
    try:
        env = _frozen_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=f":{xvfb.stdout.readline().strip()}")
        process = subprocess.Popen([str(frozen), "--data-dir", str(tmp_path / "fresh")],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=env)
        titles = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and process.poll() is None and not titles:
            time.sleep(0.5)
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "SecureBase"],
                                   capture_output=True, text=True, env=env)
            titles = [subprocess.run(["xdotool", "getwindowname", wid], capture_output=True,
                                     text=True, env=env).stdout.strip()
                      for wid in found.stdout.split()]
        alive = process.poll() is None
    finally:
        stdout, stderr = _stop(process) if process else ("", "")
        xvfb.terminate()
        xvfb.wait(10)
    assert alive, f"the app ended with {process.returncode}:\n{stdout}{stderr}"
    assert any(title.startswith(appinfo.APP_NAME) for title in titles), titles
    assert "Traceback" not in stderr, stderr
