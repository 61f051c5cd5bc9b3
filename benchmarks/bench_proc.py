"""Measurements that start real processes: the app's launch, the command line, and
jrnl 4.6 side by side (in its own virtual environment, benchmarks/.venv-jrnl)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
JRNL_VENV = HERE / ".venv-jrnl"
JRNL_REQUIREMENTS = ("jrnl==4.6", "keyrings.alt==5.0.2")
PASSPHRASE_ENV = "SECUREBASE_PASSPHRASE"


def securebase_command() -> list[str]:
    """The ``securebase`` script of the running environment (as users start it)."""
    script = Path(sys.executable).parent / "securebase"
    return [str(script)] if script.exists() else [sys.executable, "-m", "securebase"]


def base_env(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", SECUREBASE_CONFIG_DIR=str(config))
    for name in ("SECUREBASE_DATA_DIR", PASSPHRASE_ENV, "SECUREBASE_NEW_PASSPHRASE"):
        env.pop(name, None)
    return env


def timed_run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> float:
    """Wall-clock seconds of one command, which must succeed."""
    t0 = time.perf_counter()
    result = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, timeout=timeout, check=False)
    elapsed = time.perf_counter() - t0
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}… failed: {result.stderr.strip()[-300:]}")
    return elapsed


# ---------------------------------------------------------------------- launch
def launch_to_dialog(folder: Path, config: Path, report: Path) -> float:
    """Seconds from starting ``securebase --data-dir folder`` to the first paint of its
    unlock dialog, as written by the app's benchmark hook (SECUREBASE_BENCH_REPORT)."""
    with contextlib.suppress(FileNotFoundError):
        report.unlink()
    env = base_env(config)
    env["SECUREBASE_BENCH_REPORT"] = str(report)
    env["SECUREBASE_BENCH_T0"] = repr(time.time())
    proc = subprocess.Popen([*securebase_command(), "--data-dir", str(folder)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.perf_counter() + 30
        while not report.exists() or not report.read_text().strip():
            if proc.poll() is not None or time.perf_counter() > deadline:
                raise RuntimeError("the app did not report its first paint")
            time.sleep(0.005)
        return float(report.read_text().strip())
    finally:
        proc.send_signal(signal.SIGTERM)  # the app locks and quits cleanly
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def gui_probe(folder: Path, passphrase: str, config: Path) -> dict:
    import json

    env = base_env(config)
    result = subprocess.run([sys.executable, str(HERE / "bench_gui.py"), str(folder), passphrase],
                            env=env, capture_output=True, text=True, timeout=600, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": (result.stderr.strip() or "no output")[-400:]}
    return json.loads(lines[-1])


# ---------------------------------------------------------------------- command line
def cli_parts(folder: Path, passphrase: str, query: str) -> dict:
    import json

    result = subprocess.run([sys.executable, str(HERE / "bench_cli_parts.py"), str(folder),
                             passphrase, query], capture_output=True, text=True, timeout=120,
                            check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else {"unmeasured": result.stderr.strip()[-300:]}


def securebase_cli(folder: Path, passphrase: str, config: Path, *args: str) -> float:
    env = base_env(config)
    env[PASSPHRASE_ENV] = passphrase
    return timed_run([*securebase_command(), "--data-dir", str(folder), *args], env)


# ---------------------------------------------------------------------- jrnl
def ensure_jrnl() -> Path:
    """jrnl 4.6 in benchmarks/.venv-jrnl (created with pip on first use)."""
    jrnl = JRNL_VENV / "bin" / "jrnl"
    if not jrnl.exists():
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        subprocess.run([str(JRNL_VENV / "bin" / "pip"), "install", "--quiet",
                        *JRNL_REQUIREMENTS], check=True)
    return jrnl


JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default: {{journal: '{journal}', encrypt: true}}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: '4.6'
"""


class Jrnl:
    """An encrypted jrnl journal in ``folder``; its password sits in a file keyring
    (keyrings.alt), the usual way to run jrnl without a terminal."""

    def __init__(self, folder: Path, password: str) -> None:
        self.folder = folder
        self.exe = ensure_jrnl()
        self.config = folder / "jrnl.yaml"
        self.env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
                        XDG_DATA_HOME=str(folder / "xdg-data"),
                        XDG_CONFIG_HOME=str(folder / "xdg-config"))
        folder.mkdir(parents=True, exist_ok=True)
        self.config.write_text(JRNL_CONFIG.format(journal=folder / "journal.txt"),
                               encoding="utf-8")
        subprocess.run([str(JRNL_VENV / "bin" / "python"), "-c",
                        "import keyring, sys; keyring.set_password('jrnl', 'default', "
                        "sys.argv[1])", password], env=self.env, check=True)

    def run(self, *args: str) -> float:
        return timed_run([str(self.exe), "--config-file", str(self.config), *args], self.env)

    def import_entries(self, entries: list[tuple[str, str, str]]) -> float:
        """(\"YYYY-MM-DD HH:MM\", title, body) each; returns the seconds jrnl took."""
        source = self.folder / "import.txt"
        with open(source, "w", encoding="utf-8") as fh:
            for when, title, body in entries:
                fh.write(f"[{when}] {title}\n{body}\n\n")
        try:
            return self.run("--import", "--file", str(source))
        finally:
            source.unlink()

    def kdf_seconds(self) -> float:
        """jrnl's own key derivation (PBKDF2-SHA256, 100,000 iterations), timed alone."""
        code = ("import time; from cryptography.hazmat.primitives import hashes; "
                "from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC; "
                "t = time.perf_counter(); PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, "
                "salt=b'0' * 16, iterations=100_000).derive(b'password'); "
                "print(time.perf_counter() - t)")
        out = subprocess.run([str(JRNL_VENV / "bin" / "python"), "-c", code],
                             capture_output=True, text=True, check=True).stdout
        return float(out.strip())

    def version(self) -> str:
        out = subprocess.run([str(self.exe), "--version"], capture_output=True, text=True,
                             env=self.env, check=False).stdout
        return out.splitlines()[0].strip() if out else "unknown"
