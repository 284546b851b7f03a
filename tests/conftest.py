"""Shared fixtures: the shipped library, a fresh data dir per test, and a main window built on it."""

from __future__ import annotations

import os
import queue
import threading
from datetime import UTC, datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a laptop's screen (1280x800), not the plugin's 800x800
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(
        os.path.dirname(__file__), "data", "offscreen-screen.json")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.text2speech*=false")

from rehab_desktop.core.library import load_library  # noqa: E402


@pytest.fixture(scope="session")
def library():
    return load_library()


@pytest.fixture(autouse=True)
def _own_exercises_stay_in_their_test(request):
    """The library is shared by the whole run; own exercises a test adds to it leave with the test."""
    library = request.getfixturevalue("library") if "library" in request.fixturenames else None
    yield
    if library is not None:
        library.set_own(())


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def db(data_dir):
    """The history database in `data_dir`, opened as the app opens it."""
    from rehab_desktop.store import open_database

    d = open_database(data_dir)
    yield d
    d.close()


@pytest.fixture
def repo(db):
    """The history repository on `db`, in UTC."""
    from rehab_desktop.store import HistoryRepo

    return HistoryRepo(db, tz=UTC)


class FakeClock:
    """The one fake clock: a monotonic clock the test moves by hand, and a wall clock that follows it
    from `base` (a fixed, timezone-aware moment, so no test depends on today's date)."""

    BASE = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)

    def __init__(self, t: float = 1000.0, base: datetime = BASE):
        self.t = self.t0 = t
        self.base = base

    def __call__(self) -> float:
        return self.t

    def wall(self) -> datetime:
        """The wall-clock time now: `base` plus however far the clock has moved."""
        return self.base + timedelta(seconds=self.t - self.t0)

    def at(self, seconds: float) -> datetime:
        """The wall-clock time `seconds` after the start."""
        return self.base + timedelta(seconds=seconds)

    def advance(self, seconds: float) -> None:
        self.t += seconds

    def pass_time(self, update, seconds: float, step: float = 1.0) -> None:
        """Let `seconds` pass, calling `update()` every `step` as the widget's QTimer would
        (one jump of more than 5 s reads as the laptop having slept)."""
        while seconds > 1e-9:
            dt = min(step, seconds)
            self.advance(dt)
            update()
            seconds -= dt


class LineReader:
    """A child process's output, line by line, each line waited for at most `timeout` seconds: a
    child that hangs or dies fails the test instead of stopping the suite."""

    def __init__(self, stream):
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put(None)

    def next(self, timeout: float = 60.0) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"the child printed nothing more for {timeout:g} s")
        if line is None:
            pytest.fail("the child's output ended")
        return line.strip()


@pytest.fixture
def lines():
    """`lines(proc.stdout)`: a LineReader over a child's output."""
    return LineReader


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
def prefs(qapp, data_dir):
    """The preferences in this test's data dir (settings.ini), as the window reads them."""
    from rehab_desktop.ui.common.preferences import PreferenceStore

    return PreferenceStore(data_dir)


@pytest.fixture
def make_clock():
    """FakeClock itself, for tests that want one starting elsewhere: `make_clock(5000.0)`."""
    return FakeClock


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
    `wall`: a fixed wall clock for tests where the day matters (else the real one).
    """
    from rehab_desktop.app import build_main_window

    windows = []

    def make(exercise_id=None, speed=1.0, show=True, welcomed=True, wall=None, answers=None):
        """`answers`: an Answers that replies to the window's questions (default: keep the session)."""
        if welcomed:  # the first-run welcome is tested on its own; elsewhere it would sit on top
            from PySide6.QtCore import QSettings

            s = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
            s.setValue("app/welcomed", True)
            s.sync()
        answers = answers or Answers()
        w = build_main_window(qapp, library, data_dir, exercise_id=exercise_id, speed=speed,
                              speech_engine="mock", sounds=sounds, clock=clock, wall=wall, ask=answers)
        w.answers = answers
        qtbot.addWidget(w)
        if show:
            with qtbot.waitActive(w):
                w.show()
                w.activateWindow()
        windows.append(w)
        return w

    yield make


class Answers:
    """Answers the window's questions in place of a message box, and keeps what was asked.

    `replies` are given in order; once they run out, the session is kept for later and kept
    sets that cannot be written are let go (what a test that only closes the window expects).
    """

    def __init__(self, *replies: str):
        self.replies = list(replies)
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(self, parent, title, text, choices, escape) -> str:
        keys = [k for k, _label in choices]
        self.asked.append((title, text, keys))
        if self.replies:
            reply = self.replies.pop(0)
            assert reply in keys, f"{reply!r} is not one of {keys} ({title})"
            return reply
        return "keep" if "keep" in keys else "lose" if "lose" in keys else escape


@pytest.fixture
def answers():
    """Answers(...) to build a window with: `make_window(answers=answers("finish"))`."""
    return Answers


class HistoryMaker:
    """Writes sessions into a fresh store through the public HistoryRepo API (history pane and summary tests)."""

    def __init__(self, data_dir, tz=None):
        from rehab_desktop.store import Store, open_database

        self.db = open_database(data_dir)
        self.store = Store(self.db, tz=tz)  # what the app hands its panes
        self.repo = self.store.history
        self.tz = tz

    def add(self, day, hour=9, minute=0, *, exercises=("standing-calf-stretch",), sets=2, pain=(5, 3), notes="",
            flag=None, reps=None, weight=None, resistance=""):
        """One finished session on local `day`; each exercise gets `sets` completed sets of one minute.

        `flag` (rating, action) adds an "It hurts" to the first exercise's second set.
        """
        from datetime import datetime, timedelta

        from rehab_desktop.core.records import LegSide, Prescription, SetRecord

        naive = datetime(day.year, day.month, day.day, hour, minute)
        start = naive.replace(tzinfo=self.tz) if self.tz is not None else naive.astimezone()
        sid = self.repo.open_session(start, pain_before=pain[0])
        t = start
        for ex in exercises:
            hold = None if reps else 30
            self.repo.ensure_exercise(sid, Prescription(ex, sets, reps, hold, resistance, weight), t)
            for n in range(1, sets + 1):
                self.repo.record_set(sid, SetRecord(ex, "main", LegSide.LEFT, n, reps, reps, hold and float(hold),
                                                    hold and float(hold - 2 + n), t, t + timedelta(minutes=1)))
                t += timedelta(minutes=1, seconds=30)
        if flag is not None:
            from rehab_desktop.store import PainAction

            self.repo.record_pain_flag(sid, start + timedelta(seconds=100), flag[0], exercise_id=exercises[0],
                                       movement="main", side=LegSide.LEFT, set_number=2, action=PainAction(flag[1]))
        self.repo.finish_session(sid, t, pain_after=pain[1], effort=5, notes=notes)
        return sid

    def close(self):
        self.db.close()


@pytest.fixture
def history(data_dir):
    """A HistoryMaker on this test's fresh data dir (sessions filed under the computer's local days)."""
    maker = HistoryMaker(data_dir)
    yield maker
    maker.close()


@pytest.fixture
def history_pane(qtbot, library):
    """The History page on its own over `store` (None: no history), at 1280x760, on 13 May 2026 unless told."""
    from datetime import date

    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.history.pane import HistoryPane

    def make(store, planned_days=None, today=date(2026, 5, 13), show=True):
        pane = HistoryPane(StoreService(store), library, None, planned_days=planned_days, today=lambda: today)
        qtbot.addWidget(pane)
        pane.resize(1280, 760)
        if show:
            pane.show()
            qtbot.waitExposed(pane)
        return pane

    return make
