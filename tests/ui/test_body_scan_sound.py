"""The chime and spoken guidance are optional: missing modules or devices are not errors."""

from __future__ import annotations

import importlib.util
import struct
import types
import wave
from pathlib import Path

import pytest

from securebase.ui.bodyscan import content, sound

ROOT = Path(__file__).resolve().parents[2]


class FakeEffect:
    instances: list[FakeEffect] = []

    def __init__(self, parent=None):
        self.source = None
        self.volume = None
        self.plays = 0
        FakeEffect.instances.append(self)

    def setSource(self, url):  # noqa: N802 (Qt API)
        self.source = url.toLocalFile()

    def setVolume(self, volume):  # noqa: N802 (Qt API)
        self.volume = volume

    def play(self):
        self.plays += 1


def fake_multimedia(outputs):
    return types.SimpleNamespace(
        QMediaDevices=types.SimpleNamespace(audioOutputs=lambda: outputs),
        QSoundEffect=FakeEffect)


@pytest.fixture
def modules(monkeypatch):
    """Pretend these optional Qt modules are (or are not) installed."""
    available: dict[str, object] = {}
    monkeypatch.setattr(sound, "_import", lambda name: available.get(name))
    return available


def test_without_qtmultimedia_or_a_player_the_chime_is_silent(qtbot, modules, monkeypatch):
    monkeypatch.setattr(sound.sys, "platform", "linux")
    monkeypatch.setattr(sound.shutil, "which", lambda name: None)
    chime = sound.Chime(content.chime_path())
    assert not chime.available
    assert chime.play() is False


def test_this_machine_really_lacks_qtmultimedia_and_still_runs():
    chime = sound.Chime(content.chime_path())
    assert chime.play() is chime.available  # never raises, whatever is installed


def test_without_an_audio_device_the_chime_is_silent(qtbot, modules):
    modules["PySide6.QtMultimedia"] = fake_multimedia(outputs=[])
    FakeEffect.instances.clear()
    chime = sound.Chime(content.chime_path())
    assert chime.play() is False
    assert FakeEffect.instances == []


def test_with_a_device_the_bundled_chime_plays_softly(qtbot, modules):
    modules["PySide6.QtMultimedia"] = fake_multimedia(outputs=["speakers"])
    FakeEffect.instances.clear()
    chime = sound.Chime(content.chime_path())
    assert chime.play() is True
    assert chime.play() is True
    (effect,) = FakeEffect.instances  # built once, reused
    assert effect.plays == 2
    assert Path(effect.source) == content.chime_path()
    assert effect.volume < 0.6


def test_a_device_that_fails_mid_session_is_not_an_error(qtbot, modules):
    modules["PySide6.QtMultimedia"] = fake_multimedia(outputs=["speakers"])
    chime = sound.Chime(content.chime_path())
    chime.play()
    chime._effect.play = lambda: (_ for _ in ()).throw(RuntimeError("device gone"))
    assert chime.play() is False


def test_a_missing_sound_file_means_silence(qtbot, modules, tmp_path):
    modules["PySide6.QtMultimedia"] = fake_multimedia(outputs=["speakers"])
    assert sound.Chime(tmp_path / "nothing.wav").play() is False


class FakeSpeech:
    engines: list[str] = []

    def __init__(self, parent=None):
        self.said: list[str] = []
        self.stops = 0

    @classmethod
    def availableEngines(cls):  # noqa: N802 (Qt API)
        return cls.engines

    def setRate(self, rate):  # noqa: N802 (Qt API)
        self.rate = rate

    def say(self, text):
        self.said.append(text)

    def stop(self):
        self.stops += 1


def test_speech_is_offered_only_with_an_engine(qtbot, modules):
    assert not sound.Speaker().available
    modules["PySide6.QtTextToSpeech"] = types.SimpleNamespace(QTextToSpeech=FakeSpeech)
    FakeSpeech.engines = []
    assert not sound.Speaker().available
    FakeSpeech.engines = ["speechd"]
    speaker = sound.Speaker()
    assert speaker.say("Notice your feet.") is True
    assert speaker.say("") is False
    speaker.stop()
    assert speaker._tts.said == ["Notice your feet."]
    assert speaker._tts.stops == 2  # before speaking, and on request


# ---------------------------------------------------------------------- the chime file
def _generator():
    spec = importlib.util.spec_from_file_location("make_chime", ROOT / "tools" / "make_chime.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_chime_is_a_soft_short_click_free_tone():
    path = content.chime_path()
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 44_100)
        frames = w.readframes(w.getnframes())
        seconds = w.getnframes() / w.getframerate()
    assert 2.0 <= seconds <= 5.0
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    peak = max(abs(s) for s in samples) / 32767
    assert 0.1 < peak <= 0.35  # audible, never startling
    assert max(abs(s) for s in samples[:40]) < 0.02 * 32767  # rounded attack, no click
    assert max(abs(s) for s in samples[-40:]) < 0.002 * 32767  # fades fully to silence


def test_the_shipped_chime_is_exactly_what_the_generator_makes():
    assert content.chime_path().read_bytes() == _generator().wav_bytes()


@pytest.mark.skipif(sound.sys.platform == "win32", reason="a shell script stands in for the player")
def test_without_qtmultimedia_the_desktop_player_rings_the_chime(qtbot, modules, monkeypatch,
                                                                 tmp_path):
    marker = tmp_path / "played.txt"
    player = tmp_path / "paplay"
    player.write_text(f'#!/bin/sh\necho "$1" > "{marker}"\n')
    player.chmod(0o755)
    monkeypatch.setattr(sound.sys, "platform", "linux")
    monkeypatch.setattr(sound.shutil, "which",
                        lambda name: str(player) if name == "paplay" else None)
    chime = sound.Chime(content.chime_path())
    assert chime.available
    assert chime.play() is True
    qtbot.waitUntil(marker.exists, timeout=5000)
    assert marker.read_text().strip() == str(content.chime_path())
