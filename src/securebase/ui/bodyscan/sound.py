"""A soft chime and optional spoken guidance — both strictly optional.

QtMultimedia and QtTextToSpeech come with PySide6's add-on modules, which a
PySide6-Essentials install does not have, and many machines (servers, remote sessions,
CI) have no sound device. Both are imported lazily on first use; when either is missing,
the practice runs exactly the same, only silently.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)


def _import(module: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


# Players that ship with the desktop, tried when QtMultimedia is not installed.
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


class SystemPlayer:
    """Plays a WAV file without QtMultimedia: ``winsound`` on Windows, ``afplay`` on
    macOS, PipeWire/PulseAudio/ALSA's player on Linux. Fire and forget, never blocks."""

    def __init__(self, path: Path, command: list[str] | None, use_winsound: bool = False) -> None:
        self.path = path
        self.command = command
        self.use_winsound = use_winsound

    @classmethod
    def find(cls, path: Path) -> SystemPlayer | None:
        if sys.platform == "win32":
            return cls(path, None, use_winsound=_import("winsound") is not None)
        names = ("afplay",) if sys.platform == "darwin" else LINUX_PLAYERS
        for name in names:
            found = shutil.which(name)
            if found:
                return cls(path, [found, str(path)])
        return None

    def play(self) -> None:
        if self.use_winsound:
            import winsound

            winsound.PlaySound(str(self.path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        elif self.command:
            subprocess.Popen(self.command, stdin=subprocess.DEVNULL,  # noqa: S603
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)


class Chime(QObject):
    """Plays the bundled chime once per ``play()``, if this machine can play sound."""

    def __init__(self, path: Path, parent: QObject | None = None, *, volume: float = 0.45) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._volume = volume
        self._effect = None
        self._tried = False

    @property
    def available(self) -> bool:
        return self._ensure()

    def play(self) -> bool:
        """Chime now; returns whether a sound was started (False means silent)."""
        if not self._ensure():
            return False
        try:
            self._effect.play()
        except Exception as exc:  # a device that vanished must not end a session
            log.info("chime could not play (%s)", type(exc).__name__)
            return False
        return True

    def _ensure(self) -> bool:
        if self._tried:
            return self._effect is not None
        self._tried = True
        if not self._path.is_file():
            return False
        multimedia = _import("PySide6.QtMultimedia")
        if multimedia is None:  # PySide6-Essentials: use the desktop's own player
            self._effect = SystemPlayer.find(self._path)
            return self._effect is not None
        try:
            if not multimedia.QMediaDevices.audioOutputs():
                return False
            effect = multimedia.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self._path)))
            effect.setVolume(self._volume)
        except Exception as exc:
            log.info("no chime on this machine (%s)", type(exc).__name__)
            return False
        self._effect = effect
        return True


class Speaker(QObject):
    """Reads guidance aloud through the system's speech engine, when there is one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts = None
        self._tried = False

    @property
    def available(self) -> bool:
        return self._ensure()

    def say(self, text: str) -> bool:
        if not text or not self._ensure():
            return False
        try:
            self._tts.stop()
            self._tts.say(text)
        except Exception as exc:
            log.info("speech failed (%s)", type(exc).__name__)
            return False
        return True

    def stop(self) -> None:
        if self._tts is not None:
            try:
                self._tts.stop()
            except Exception as exc:
                log.info("speech could not stop (%s)", type(exc).__name__)

    def _ensure(self) -> bool:
        if self._tried:
            return self._tts is not None
        self._tried = True
        speech = _import("PySide6.QtTextToSpeech")
        if speech is None:
            return False
        try:
            if not speech.QTextToSpeech.availableEngines():
                return False
            tts = speech.QTextToSpeech(self)
            tts.setRate(-0.15)  # a little slower than the engine's default
        except Exception as exc:
            log.info("no speech engine on this machine (%s)", type(exc).__name__)
            return False
        self._tts = tts
        return True
