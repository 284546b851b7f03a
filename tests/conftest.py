"""Shared fixtures: the shipped library, a fresh data dir per test, and a main window built on it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.text2speech*=false")

from rehab_desktop.core.library import load_library  # noqa: E402


@pytest.fixture(scope="session")
def library():
    return load_library()


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, t: float = 1000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FakeSounds:
    """Stands in for the QSoundEffect bank: records what was played."""

    def __init__(self, problem: str = ""):
        self.problem = problem
        self.played: list[str] = []

    @property
    def available(self) -> bool:
        return not self.problem

    def play(self, sound) -> None:
        self.played.append(sound.value)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def sounds():
    return FakeSounds()


@pytest.fixture
def make_window(qtbot, qapp, library, data_dir, clock, sounds):
    """Build the real main window (as the app does) on a fresh data dir; closed after the test.

    Cues go to Qt's mock speech engine and a fake sound bank; the timer runs on a fake clock.
    """
    from rehab_desktop.app import build_main_window

    windows = []

    def make(exercise_id=None, speed=1.0, show=True):
        w = build_main_window(qapp, library, data_dir, exercise_id=exercise_id, speed=speed,
                              speech_engine="mock", sounds=sounds, clock=clock)
        qtbot.addWidget(w)
        if show:
            with qtbot.waitActive(w):
                w.show()
                w.activateWindow()
        windows.append(w)
        return w

    yield make
