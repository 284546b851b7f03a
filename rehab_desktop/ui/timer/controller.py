"""Drives the Qt-free timer engine from Qt timers and turns its events into signals and cues."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rehab_desktop.core.clock import local_now
from rehab_desktop.core.cues import MIN_TICKED_PHASE_S, TICK_SECONDS, Sound, cue_for_event, tick_due
from rehab_desktop.core.exercises import Exercise, Side
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.phases import StartAt, next_done_text
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.timer import (
    DEFAULT_SLEEP_GAP_S,
    EngineState,
    Event,
    PausedForSleep,
    PhaseKind,
    PhaseStarted,
    Plan,
    Snapshot,
    TimerEngine,
    TimerOptions,
    expand,
    suspend_aware_clock,
)
from rehab_desktop.ui.timer.cues import CuePlayer

# While a timer runs, the controller wakes only when something visible changes: the shown second,
# the ring's next step, or the phase's deadline (a precise timer: the engine keeps time, not this).
RING_STEPS = 60  # a phase's ring moves in sixtieths of a turn, like a clock's second hand...
RING_MIN_S = 0.1  # ...but at most 10 times a second (a paced rep's figure shows the movement itself)...
RING_MAX_S = 1.0  # ...and at least once a second (a 60 s hold's ring moves with its number)
COALESCE_S = 0.015


class TimerController(QObject):
    """One exercise's timer: start/pause/skip/back/restart, ±5 s, manual reps, and cues."""

    changed = Signal(object)  # Snapshot, whenever something visible changed
    event = Signal(object)  # every engine event, in order
    plan_loaded = Signal(object)  # Plan
    step_changed = Signal(int)  # instruction step the current phase points at
    notice = Signal(str)  # status-bar text
    last_seconds = Signal(int)  # 3, 2, 1 at the end of a phase long enough to count down

    def __init__(self, cues: CuePlayer | None = None, speed: float = 1.0, clock: Callable[[], float] | None = None,
                 wall: Callable[[], datetime] = local_now, parent: QObject | None = None):
        """`clock` counts the time (monotonic); `wall` stamps the sets (aware local time)."""
        super().__init__(parent)
        self.cues = cues
        self.speed = speed
        self._clock = clock or suspend_aware_clock()
        self._wall = wall
        self.engine: TimerEngine | None = None
        self.plan: Plan | None = None
        self._last: Snapshot | None = None
        self._step: int | None = None
        self._intro = ""
        self.then_text = ""  # set by the session: "Next exercise: Sumo squat" when a routine goes on
        self._wake = QTimer(self)  # one shot at the next visible change; nothing runs while paused or idle
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.update)
        self.seen = True  # the countdown is on screen; while it is not, wake only for what is heard

    @property
    def clock(self) -> Callable[[], float]:
        """The monotonic clock every timer here counts on (a fake one in tests)."""
        return self._clock

    @property
    def wall(self) -> Callable[[], datetime]:
        """Aware local time: what today is, and what results are stamped with."""
        return self._wall

    # -- loading -------------------------------------------------------------------

    def load(self, exercise: Exercise, prescription: Prescription | None = None,
             options: TimerOptions | None = None, start: StartAt | None = None, intro: str = "",
             eased: bool = False) -> Plan:
        """Replace the timer's exercise (or its dose); the new plan waits, ready to start (at `start`).

        `intro` is said before the first cue ("Next: Sumo squat."), in the same breath, so the
        routine's next get-ready does not cut its own announcement off.
        """
        self._stop_timers()
        self._intro = intro
        self.plan = expand(exercise, prescription, options, start, eased)
        self.engine = TimerEngine(self.plan, self._clock, wall=self._wall, speed=self.speed)
        self.engine.subscribe(self._on_event)
        self._last = None
        self._step = None
        self.plan_loaded.emit(self.plan)
        self._publish(force=True)
        return self.plan

    def next_text(self, phase) -> str:
        """What comes after `phase`, in words; at the end of a routine's exercise, the next exercise."""
        if self.then_text and phase.next_text == next_done_text():
            return self.then_text
        return phase.next_text

    @property
    def exercise(self) -> Exercise | None:
        return self.plan.exercise if self.plan else None

    @property
    def state(self) -> EngineState | None:
        return self.engine.state if self.engine else None

    @property
    def in_progress(self) -> bool:
        """Started and not finished: loading another exercise would lose the run."""
        return self.engine is not None and self.engine.state in (EngineState.RUNNING, EngineState.PAUSED)

    def snapshot(self) -> Snapshot | None:
        return self.engine.snapshot() if self.engine else None

    # -- controls ------------------------------------------------------------------

    def toggle(self) -> None:
        self._act(lambda e: e.toggle())

    def start(self) -> None:
        self._act(lambda e: e.start())

    def pause(self) -> None:
        self._act(lambda e: e.pause())

    def skip(self) -> None:
        self._act(lambda e: e.skip())

    def back(self) -> None:
        self._act(lambda e: e.back())

    def restart(self) -> None:
        self._act(lambda e: e.restart())

    def add_time(self, seconds: float) -> None:
        self._act(lambda e: e.add_time(seconds))

    def count_rep(self) -> None:
        self._act(lambda e: e.count_rep())

    def update(self) -> None:
        if self.engine is None:
            return
        before = self._last
        self.engine.update()
        self._publish(before=before)

    def _act(self, action) -> None:
        if self.engine is None:
            return
        before = self._last
        action(self.engine)
        self._publish(before=before, force=True)

    # -- engine to Qt --------------------------------------------------------------

    def _on_event(self, ev: Event) -> None:
        if self.cues is not None:
            first = isinstance(ev, PhaseStarted) and ev.phase.kind is PhaseKind.MOVE and ev.phase.rep == 1
            alternating = self.plan.exercise.dose.side is Side.ALTERNATING
            running = self.engine.state is not EngineState.READY  # no cue for the phase a load shows
            if running:
                cue = cue_for_event(ev, first_of_set=first, alternating=alternating)
                speech = cue.speech
                if self._intro and isinstance(ev, PhaseStarted):
                    speech, self._intro = f"{self._intro} {speech}".strip(), ""
                self.cues.play(cue.sound)
                self.cues.say(speech)
        if isinstance(ev, PausedForSleep):
            self.notice.emit(translate("ui.timer.controller", "The timer paused: the computer seems to have been "
                                       "asleep. Press Space to carry on."))
        self.event.emit(ev)

    def _publish(self, before: Snapshot | None = None, force: bool = False) -> None:
        snap = self.engine.snapshot()
        if self.cues is not None and before is not None and snap.running and before.index == snap.index:
            second = tick_due(snap.phase, before.remaining_s, snap.remaining_s)
            if second is not None:
                self.cues.play(Sound.TICK)
                self.last_seconds.emit(second)
        self._last = snap
        if snap.phase.step is not None and snap.phase.step != self._step:
            self._step = snap.phase.step
            self.step_changed.emit(snap.phase.step)
        if force or before is None or _visible_change(before, snap):
            self.changed.emit(snap)
        self._arm(snap)

    def set_seen(self, seen: bool) -> None:
        """Whether the countdown can be seen (the window neither hidden nor minimised). Unseen, the
        timer wakes only for the phase's end and the last seconds' ticks: the cues are still heard."""
        if seen == self.seen:
            return
        self.seen = seen
        if self.engine is not None:
            self.update() if seen else self._arm(self.engine.snapshot())

    def _arm(self, snap: Snapshot) -> None:
        if not snap.running:
            self._stop_timers()
            return
        wait = next_visible_change_s(snap, self.engine.seconds_to_deadline(), self.seen, self.engine.sleep_gap_s / 2)
        self._wake.start(max(0, math.ceil(wait * 1000)))

    def _stop_timers(self) -> None:
        self._wake.stop()


def ring_step(snap: Snapshot) -> float | None:
    """The share of the ring (0..1) the countdown moves by at a time in this phase; None: it moves
    only when a rep is counted."""
    if snap.duration_s is None or snap.duration_s <= 0:
        return None
    real = snap.duration_s / snap.speed
    interval = min(RING_MAX_S, max(RING_MIN_S, real / RING_STEPS))
    return min(1.0, interval / real)


def shown_second(remaining_s: float | None) -> int | None:
    """The whole second the face shows for `remaining_s` (rounded up, as format_seconds does)."""
    return None if remaining_s is None else max(0, math.ceil(remaining_s - 1e-9))


def next_visible_change_s(snap: Snapshot, deadline_s: float | None, seen: bool = True,
                          longest_s: float = DEFAULT_SLEEP_GAP_S / 2) -> float:
    """Real seconds from `snap` until the timer must wake: the shown second turns, the ring takes
    its next step, or the phase ends (`deadline_s`). Not `seen`: only the phase's end and the
    seconds that tick (3, 2, 1), which are heard. Never longer than `longest_s`: a longer silence
    would read as the computer having slept (the engine's sleep gap), reps counted by hand too."""
    waits = [longest_s] if deadline_s is None else [deadline_s, longest_s]
    step = ring_step(snap)
    if snap.remaining_s is not None and step is not None:
        shown = shown_second(snap.remaining_s)
        ticked = (snap.phase.duration_s or 0) >= MIN_TICKED_PHASE_S
        if shown > 0 and (seen or (ticked and shown - 1 in TICK_SECONDS)):
            waits.append((snap.remaining_s - (shown - 1)) / snap.speed)
        elif ticked and shown - 1 > max(TICK_SECONDS):  # unseen: asleep until the first tick
            waits.append((snap.remaining_s - max(TICK_SECONDS)) / snap.speed)
        next_step = (math.floor(snap.fraction / step + 1e-9) + 1) * step
        if next_step < 1.0 and seen:
            waits.append((next_step - snap.fraction) * snap.duration_s / snap.speed)
    first = min(waits)
    # Changes due within a few milliseconds of each other (the ring's step on the second) are one repaint.
    wait = max(w for w in waits if w <= first + COALESCE_S)
    return max(0.0, wait) + 0.001  # a millisecond past the moment, so the change has happened


def _visible_change(a: Snapshot, b: Snapshot) -> bool:
    """True when the face must repaint: a new phase or state, a new shown second, or the ring's next step."""
    if (a.index, a.state, a.reps_done) != (b.index, b.state, b.reps_done):
        return True
    if shown_second(a.remaining_s) != shown_second(b.remaining_s):
        return True
    step = ring_step(b)
    return step is not None and math.floor(a.fraction / step + 1e-9) != math.floor(b.fraction / step + 1e-9)
