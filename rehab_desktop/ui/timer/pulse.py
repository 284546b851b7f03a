"""The cue sounds through the desktop's sound server (PulseAudio, or PipeWire speaking its protocol)
with libpulse's simple API, from a thread of its own.

Why not Qt Multimedia on Linux: its only back end here is the FFmpeg plug-in, which brings Qt Quick,
QML, OpenGL and FFmpeg into the process (about 20 MiB resident) to play three short WAV files. The
simple API is part of libpulse0, which Qt Multimedia needs anyway; a cue costs a connection to the
server and the samples. Nothing here blocks the window: a server that is slow or gone delays only
this thread, and what goes wrong is said once through `on_problem`.
"""

from __future__ import annotations

import array
import ctypes
import ctypes.util
import functools
import queue
import sys
import threading
import wave
from collections.abc import Callable
from pathlib import Path

from rehab_desktop.core.cues import Sound
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

VOLUME = 0.8  # as the Qt player plays them
_PLAYBACK = 1  # PA_STREAM_PLAYBACK
_S16LE = 3  # PA_SAMPLE_S16LE
NO_SERVER = QT_TRANSLATE_NOOP("ui.timer.pulse", "No sound server answered (PulseAudio or PipeWire): the timer's "
                              "sounds are off.")


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint32) for name in ("maxlength", "tlength", "prebuf", "minreq", "fragsize")]


LATENCY_S = 0.05  # the server's buffer for a cue: the sound starts at once and its end is known at once
_DEFAULT = 0xFFFFFFFF  # (uint32_t) -1: the server's choice


def _buffer(spec: _SampleSpec) -> _BufferAttr:
    """A short buffer: by default the server keeps about two seconds, so a cue would end (and the next
    begin) seconds late, and the 3-2-1 ticks would pile up."""
    frame = spec.channels * 2  # 16-bit samples
    return _BufferAttr(_DEFAULT, int(spec.rate * LATENCY_S) * frame, _DEFAULT, _DEFAULT, _DEFAULT)


@functools.cache
def _library() -> ctypes.CDLL | None:
    """libpulse-simple, or None where there is none (another system, or no libpulse0)."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("pulse-simple") or "libpulse-simple.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.pa_simple_new.restype = ctypes.c_void_p
    lib.pa_simple_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
                                  ctypes.POINTER(_SampleSpec), ctypes.c_void_p, ctypes.c_void_p,
                                  ctypes.POINTER(ctypes.c_int)]
    lib.pa_simple_write.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int)]
    lib.pa_simple_drain.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
    lib.pa_simple_free.argtypes = [ctypes.c_void_p]
    return lib


def _read(path: Path) -> tuple[_SampleSpec, bytes]:
    """A shipped WAV file's format and its samples (16-bit little-endian PCM, as WAV files are), at VOLUME."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: the cue sounds are 16-bit PCM")
        spec = _SampleSpec(_S16LE, w.getframerate(), w.getnchannels())
        samples = array.array("h", w.readframes(w.getnframes()))
    big = sys.byteorder == "big"  # array reads native order; the file and the stream are little-endian
    if big:
        samples.byteswap()
    samples = array.array("h", (int(s * VOLUME) for s in samples))
    if big:
        samples.byteswap()
    return spec, samples.tobytes()


class PulseSounds:
    """The three cue sounds, each played on a short-lived stream by one worker thread, in order."""

    def __init__(self, folder: Path, on_problem: Callable[[str], None] = lambda _text: None,
                 app_name: str = "Rehab Desktop"):
        self.problem = ""  # what the player reads before the first cue: nothing is known yet
        self._lib = _library()
        self._on_problem = on_problem
        self._app_name = app_name.encode()
        self._folder = folder
        self._samples: dict[Sound, tuple[_SampleSpec, bytes]] = {}  # read by the thread, not the window
        self._queue: queue.SimpleQueue[Sound | None] = queue.SimpleQueue()
        self._told = False
        self.played = 0  # cues the server took to the end (for tests)
        self._thread = threading.Thread(target=self._run, name="cue sounds", daemon=True)
        self._thread.start()

    @classmethod
    def available(cls) -> bool:
        """Whether this system has the simple API at all (else Qt Multimedia plays the cues)."""
        return _library() is not None

    def play(self, sound: Sound) -> None:
        self._queue.put(sound)

    def close(self) -> None:
        self._queue.put(None)

    def _run(self) -> None:
        while (sound := self._queue.get()) is not None:
            if sound not in self._samples:
                self._samples[sound] = _read(self._folder / f"{sound.value}.wav")
            spec, data = self._samples[sound]
            error = ctypes.c_int(0)
            attr = _buffer(spec)
            stream = self._lib.pa_simple_new(None, self._app_name, _PLAYBACK, None, sound.value.encode(),
                                             ctypes.byref(spec), None, ctypes.byref(attr), ctypes.byref(error))
            if not stream:
                self._fail()
                continue
            try:
                if (self._lib.pa_simple_write(stream, data, len(data), ctypes.byref(error)) == 0
                        and self._lib.pa_simple_drain(stream, ctypes.byref(error)) == 0):
                    self.played += 1
                    self._told = False  # it works (again): a later failure is news
            finally:
                self._lib.pa_simple_free(stream)

    def _fail(self) -> None:
        self.problem = translate("ui.timer.pulse", NO_SERVER)
        if not self._told:
            self._told = True
            self._on_problem(self.problem)
