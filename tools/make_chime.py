"""Synthesise SecureBase's soft chime: resources/sounds/chime.wav.

A gentle bell-like tone made only from sine waves (no samples from anywhere else):
a G4 fundamental with two quiet overtones, a 25 ms rounded attack and a slow
exponential fade, 16-bit mono at 44.1 kHz, peaking well below full scale. The output
is deterministic, so running this again reproduces the committed file byte for byte.

    python tools/make_chime.py            # writes resources/sounds/chime.wav
    python tools/make_chime.py -o x.wav   # somewhere else
"""

from __future__ import annotations

import argparse
import io
import math
import struct
import wave
from pathlib import Path

RATE = 44_100
SECONDS = 3.2
PEAK = 0.30  # of full scale: soft, never startling
FUNDAMENTAL = 392.0  # G4
# (frequency multiple, relative amplitude, decay time constant in seconds)
PARTIALS = ((1.0, 1.0, 1.10), (2.0, 0.28, 0.70), (2.76, 0.10, 0.40))
ATTACK = 0.025
RELEASE = 0.35  # the last part fades fully to silence, so the file ends without a click

OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"


def samples() -> list[float]:
    n = int(RATE * SECONDS)
    raw = []
    for i in range(n):
        t = i / RATE
        value = sum(amp * math.exp(-t / tau) * math.sin(2 * math.pi * FUNDAMENTAL * mult * t)
                    for mult, amp, tau in PARTIALS)
        if t < ATTACK:  # raised-cosine attack: no click at the start
            value *= 0.5 - 0.5 * math.cos(math.pi * t / ATTACK)
        tail = SECONDS - t
        if tail < RELEASE:
            value *= 0.5 - 0.5 * math.cos(math.pi * tail / RELEASE)
        raw.append(value)
    top = max(abs(v) for v in raw)
    return [v / top * PEAK for v in raw]


def wav_bytes() -> bytes:
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in samples())
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(wav_bytes())
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
