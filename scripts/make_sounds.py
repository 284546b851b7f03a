"""Writes the timer's three cue sounds (tick, phase change, done) as small WAV files.

Run once when changing them: python scripts/make_sounds.py; the WAVs are committed under
resources/sounds/ so the app never has to generate anything at start-up.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freqs: list[float], seconds: float, volume: float = 0.5, attack: float = 0.005,
         decay: float = 6.0) -> list[float]:
    """A soft bell-like tone: a quick attack, then an exponential fade."""
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / attack) * math.exp(-decay * t)
        s = sum(math.sin(2 * math.pi * f * t) * (0.6 ** k) for k, f in enumerate(freqs))
        out.append(volume * env * s / len(freqs))
    fade = int(RATE * 0.01)  # no click at the end
    for i in range(fade):
        out[-1 - i] *= i / fade
    return out


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


def main() -> None:
    write("tick", tone([1760, 3520], 0.06, volume=0.45, decay=40))
    write("phase", tone([880, 1320], 0.16, volume=0.5, decay=14) + tone([1175, 1760], 0.22, volume=0.5, decay=12))
    done = []
    for f in (784, 988, 1175, 1568):
        done += tone([f, f * 2], 0.18 if f != 1568 else 0.6, volume=0.5, decay=8 if f != 1568 else 4)
    write("done", done)


if __name__ == "__main__":
    main()
