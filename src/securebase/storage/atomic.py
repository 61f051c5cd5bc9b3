"""Atomic file writes: temp file, fsync, os.replace, fsync of the folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

# Tests set this to inject failures between steps; it receives the step name
# ("written", "synced", "replaced") and may raise.
step_hook: Callable[[str, Path], None] | None = None


def _step(name: str, path: Path) -> None:
    if step_hook is not None:
        step_hook(name, path)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            _step("written", path)
            fh.flush()
            os.fsync(fh.fileno())
        _step("synced", path)
        os.replace(tmp, path)
        _step("replaced", path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
