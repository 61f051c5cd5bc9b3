"""A soft chime and optional spoken guidance — both strictly optional.

QtMultimedia and QtTextToSpeech come with PySide6's add-on modules, which a
PySide6-Essentials install does not have, and many machines (servers, remote sessions,
CI) have no sound device. Both are imported lazily on first use; when either is missing,
the practice runs exactly the same, only silently.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)


def _import(module: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


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
        multimedia = _import("PySide6.QtMultimedia")
        if multimedia is None or not self._path.is_file():
            return False
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
