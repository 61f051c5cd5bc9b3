"""Privacy rules that hold for the whole code base: no network, no core dumps."""

from __future__ import annotations

import ast
import os
import socket
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "securebase"
NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib",
                   "smtplib", "xmlrpc", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"}


def test_sockets_are_blocked_during_tests():
    with pytest.raises(Exception) as err:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9))
    assert "Socket" in type(err.value).__name__ or "blocked" in str(err.value).lower()


def test_no_module_imports_a_network_library():
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES:
                    offenders.append(f"{path.relative_to(SRC)}: {name}")
    assert offenders == []


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_CORE is POSIX")
def test_core_dumps_are_switched_off_at_start():
    import resource

    from securebase.__main__ import _disable_core_dumps

    saved = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        _disable_core_dumps()
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    finally:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, saved)
        except (ValueError, OSError):
            pass  # the hard limit cannot be raised again; harmless for the test run


def test_version_is_printed(capsys):
    from securebase import __version__
    from securebase.__main__ import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"securebase {__version__}"
