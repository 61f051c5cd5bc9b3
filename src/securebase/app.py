"""Composition root: builds services and hands them to windows. No module-level singletons."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from securebase.domain.clock import Clock
    from securebase.storage.vault import Vault


@dataclass
class AppContext:
    """What an unlocked window gets: the open vault, the clock and feature services."""

    vault: Vault
    clock: Clock
    data_dir: Path
    demo: bool = False
    services: dict[str, Any] = field(default_factory=dict)


def run_gui(argv: list[str]) -> int:
    """Start the desktop app (filled in by the app-shell work)."""
    raise NotImplementedError
