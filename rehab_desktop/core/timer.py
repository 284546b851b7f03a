"""Runs an expanded exercise plan against an injected clock: the Qt-free hold/rep timer engine.

Driving it from a widget::

    plan = expand(exercise, prescription, TimerOptions(rest_s=45, manual_reps=False))
    engine = TimerEngine(plan, now=suspend_aware_clock(), speed=args.speed)
    engine.subscribe(on_event)        # PhaseStarted, SetCompleted(record) -> store, ...
    tick = QTimer(interval=100)       # 100-250 ms; each tick: engine.update(); repaint(engine.snapshot())
    # For a phase change on time, also arm a Qt.PreciseTimer single shot for
    # engine.seconds_to_deadline() (real seconds) and call update() when it fires.

Buttons and keys map to start() / pause() / resume() / toggle(), skip(), back(), restart(),
add_time(+5) / add_time(-5) and count_rep().  Every one of them, and update(), first catches
up with the clock, then acts, then hands the events it produced to each subscriber in order
and returns them as a list.  snapshot() is read-only: call update() first.

Time: each phase's deadline is fixed when it starts; remaining is deadline - now(), and the next
phase starts at the old deadline, not when an update noticed it, so late or jittery ticks never
drift.  If an update comes more than `sleep_gap_s` real seconds after the previous one, the
machine most likely slept: the phase is paused at what it had left at that previous update and a
PausedForSleep event is reported, rather than the hold being completed.  Linux's CLOCK_MONOTONIC
(time.monotonic) stops during suspend, which hides the gap; suspend_aware_clock() picks a clock
that keeps counting.

Speed: `speed` (the --speed FACTOR) lives here, not in the plan.  Plans and everything reported
(durations, remaining_s, elapsed_s, SetRecord holds) are nominal seconds; only real time is
scaled, so a 30 s hold at speed 10 reads 30 -> 0 in 3 real seconds.  seconds_to_deadline(),
`at` clock stamps, sleep_gap_s and SetRecord wall times are real.

Skip and back move by blocks: a block is one set's work on one side (all of its paced reps), or
one lead-in, rest or cue.  skip() ends the whole current block (a set left partway is reported
SKIPPED with what was achieved).  back() restarts the current block if it is more than
BACK_GRACE_S or one phase in, otherwise goes to the previous block; the set it leaves is
dropped without a record, and a set redone after back() is reported again.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from rehab_desktop.core.clock import local_now, suspend_aware_clock
from rehab_desktop.core.phases import Phase, PhaseKind, Plan, SetPlan, TimerOptions, expand, plan_totals
from rehab_desktop.core.records import SetRecord, SetStatus
from rehab_desktop.core.timer_events import (
    EndReason,
    EngineState,
    Event,
    ExerciseCompleted,
    MovementChanged,
    PausedForSleep,
    PhaseEnded,
    PhaseStarted,
    RepCounted,
    SetCompleted,
    SideSwitched,
    Snapshot,
    TimeAdjusted,
)

# One import point for the widget: the engine, its records and the plan it runs.
__all__ = [
    "TimerEngine", "EngineState", "Snapshot", "suspend_aware_clock", "local_now",
    "BACK_GRACE_S", "MIN_REMAINING_S", "DEFAULT_SLEEP_GAP_S",
    "Event", "EndReason", "PhaseStarted", "PhaseEnded", "SetCompleted", "SideSwitched", "MovementChanged",
    "RepCounted", "TimeAdjusted", "PausedForSleep", "ExerciseCompleted",
    "Plan", "Phase", "PhaseKind", "SetPlan", "TimerOptions", "expand", "plan_totals",
]

BACK_GRACE_S = 3.0  # nominal seconds into a block within which back() goes to the previous one
MIN_REMAINING_S = 1.0  # add_time() with a negative amount never leaves less than this
DEFAULT_SLEEP_GAP_S = 5.0  # far beyond a 100-250 ms tick, far below any real sleep


@dataclass
class _Progress:
    """What has been done so far in the current set."""

    block: int
    set: SetPlan
    started_at: datetime | None  # wall time it first ran
    reps: int = 0
    holds: list[float] = field(default_factory=list)  # completed per-rep holds
    hold_s: float | None = None  # a whole-set hold, as held
    skipped: bool = False


class TimerEngine:
    """Steps through a Plan's phases on an injected clock and reports what happens."""

    def __init__(self, plan: Plan, now: Callable[[], float], wall: Callable[[], datetime] = local_now,
                 *, speed: float = 1.0, sleep_gap_s: float = DEFAULT_SLEEP_GAP_S):
        if speed <= 0:
            raise ValueError("speed must be above 0")
        self.plan = plan
        self.sleep_gap_s = sleep_gap_s
        self._clock = now
        self._wall = wall
        self._speed = float(speed)
        self._subscribers: list[Callable[[Event], None]] = []
        self._block_starts: dict[int, int] = {}
        for i, p in enumerate(plan.phases):
            self._block_starts.setdefault(p.block, i)
        self._last_update: float | None = None
        self._t = 0.0  # the clock reading of the operation in progress
        self._wall_t: datetime | None = None
        self._reset()

    # ---------------------------------------------------------------- public API

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        """Call `callback(event)` for every event; returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def phase(self) -> Phase:
        return self.plan.phases[self._index]

    @property
    def speed(self) -> float:
        return self._speed

    def seek(self, index: int) -> None:
        """Before the first start: begin at phase `index` instead of 0 (resuming at a later set)."""
        if self._state is not EngineState.READY:
            raise RuntimeError("seek() is only for an engine that has not started")
        if not 0 <= index < len(self.plan.phases):
            raise IndexError(f"no phase {index} in a plan of {len(self.plan.phases)}")
        self._index = index
        self._duration = self.plan.phases[index].duration_s

    def update(self) -> list[Event]:
        """Advance past every deadline that has passed; the periodic tick calls this."""
        return self._run(lambda ev: None)

    def start(self) -> list[Event]:
        """Start from READY (or resume when paused; restart when finished)."""
        if self._state is EngineState.FINISHED:
            return self.restart()
        return self._run(self._do_start)

    def pause(self) -> list[Event]:
        return self._run(self._do_pause)

    def resume(self) -> list[Event]:
        return self._run(self._do_start)

    def toggle(self) -> list[Event]:
        """Space bar: start, pause, resume or (when finished) restart."""
        return self.pause() if self._state is EngineState.RUNNING else self.start()

    def skip(self) -> list[Event]:
        """End the current block now: a set left partway is reported SKIPPED."""
        return self._run(self._do_skip)

    def back(self) -> list[Event]:
        """Restart the current block, or go to the previous one when at its very start."""
        return self._run(self._do_back)

    def restart(self) -> list[Event]:
        """Go back to the first phase and run; records already reported stay reported."""
        return self._run(self._do_restart)

    def add_time(self, seconds: float) -> list[Event]:
        """Lengthen (or with a negative amount shorten, never below MIN_REMAINING_S) the current timed phase."""
        return self._run(lambda ev: self._do_add_time(seconds, ev))

    def count_rep(self) -> list[Event]:
        """Count one manual rep while a manual-reps phase runs; the last one ends the set."""
        return self._run(self._do_count_rep)

    def set_speed(self, factor: float) -> list[Event]:
        """Change the speed factor mid-run without a jump in the remaining time."""
        if factor <= 0:
            raise ValueError("speed must be above 0")

        def act(ev: list[Event]) -> None:
            if self._state is EngineState.RUNNING:
                self._elapsed_base, self._run_from = self._elapsed(self._t), self._t
            self._speed = float(factor)
        return self._run(act)

    def seconds_to_deadline(self) -> float | None:
        """Real seconds until the current phase ends; None when not running or open-ended."""
        deadline = self._deadline()
        return None if deadline is None else deadline - self._clock()

    def snapshot(self) -> Snapshot:
        """The current state as at now(); does not advance (call update() first)."""
        now = self._clock()
        elapsed = self._elapsed(now)
        remaining = None if self._duration is None else max(0.0, self._duration - elapsed)
        if remaining is not None:
            elapsed = self._duration - remaining
        phase = self.phase
        reps_done = self._progress.reps if self._progress and self._progress.block == phase.block else 0
        if self._duration is None:
            fraction = reps_done / phase.rep_total if phase.rep_total else 0.0
        else:
            fraction = elapsed / self._duration if self._duration > 0 else 1.0
        return Snapshot(self._state, self._index, len(self.plan.phases), phase, self._duration, remaining,
                        elapsed, min(1.0, max(0.0, fraction)), reps_done, phase.rep_total, self._speed)

    # ---------------------------------------------------------------- time bookkeeping

    def _reset(self) -> None:
        self._state = EngineState.READY
        self._index = 0
        self._duration = self.plan.phases[0].duration_s
        self._elapsed_base = 0.0  # nominal seconds run before _run_from
        self._run_from = 0.0  # clock time the current running stretch began
        self._progress: _Progress | None = None
        self.records: list[SetRecord] = []

    def _elapsed(self, t: float) -> float:
        if self._state is EngineState.RUNNING:
            return self._elapsed_base + (t - self._run_from) * self._speed
        return self._elapsed_base

    def _deadline(self) -> float | None:
        if self._state is not EngineState.RUNNING or self._duration is None:
            return None
        return self._run_from + (self._duration - self._elapsed_base) / self._speed

    def _wall_at(self, t: float) -> datetime:
        # One wall reading per operation, back-dated to the boundary, so a late tick stamps sets right.
        if self._wall_t is None:
            self._wall_t = self._wall()
        return self._wall_t - timedelta(seconds=self._t - t)

    def _run(self, action: Callable[[list[Event]], None]) -> list[Event]:
        self._t, self._wall_t = self._clock(), None
        events: list[Event] = []
        if self._state is EngineState.RUNNING:
            gap = self._t - self._last_update if self._last_update is not None else 0.0
            if gap > self.sleep_gap_s:
                self._elapsed_base = self._elapsed(self._last_update)
                self._state = EngineState.PAUSED
                remaining = None if self._duration is None else self._duration - self._elapsed_base
                events.append(PausedForSleep(self._index, self.phase, gap, remaining, self._last_update))
            else:
                self._advance(events)
        self._last_update = self._t
        action(events)
        for event in events:
            for callback in list(self._subscribers):
                callback(event)
        return events

    def _advance(self, events: list[Event]) -> None:
        while self._state is EngineState.RUNNING:
            deadline = self._deadline()
            if deadline is None or deadline > self._t:
                return
            self._leave(deadline, EndReason.COMPLETED, events)
            self._enter(self._index + 1, deadline, events)

    # ---------------------------------------------------------------- phase changes

    def _enter(self, index: int, at: float, events: list[Event]) -> None:
        prev = self.phase if self._index != index else None
        self._index = index
        phase = self.phase
        self._duration, self._elapsed_base, self._run_from = phase.duration_s, 0.0, at
        events.append(PhaseStarted(index, phase, at))
        if phase.kind is PhaseKind.SWITCH_SIDE:
            events.append(SideSwitched(prev.side if prev else None, phase.side, at))
        elif phase.kind is PhaseKind.SWITCH_MOVEMENT:
            events.append(MovementChanged(prev.movement_key if prev else None, phase.movement_key,
                                          phase.movement_name, at))
        elif phase.kind is PhaseKind.DONE:
            self._state = EngineState.FINISHED
            events.append(ExerciseCompleted(self.plan.exercise_id, tuple(self.records), at))
        if phase.kind.is_work and (self._progress is None or self._progress.block != phase.block
                                   or index == self._block_starts[phase.block]):
            started = self._wall_at(at) if self._state is EngineState.RUNNING else None
            self._progress = _Progress(phase.block, phase.set, started)

    def _leave(self, at: float, reason: EndReason, events: list[Event]) -> None:
        phase = self.phase
        elapsed = self._duration if reason is EndReason.COMPLETED and self._duration is not None \
            else self._elapsed(at)
        events.append(PhaseEnded(self._index, phase, at, reason, elapsed))
        progress = self._progress
        if not phase.kind.is_work or progress is None:
            return
        if reason in (EndReason.BACK, EndReason.RESTART):
            self._progress = None  # abandoned: it will be redone
            return
        if phase.kind is PhaseKind.HOLD:
            progress.hold_s = elapsed
        elif phase.kind is PhaseKind.REP_HOLD and reason is EndReason.COMPLETED:
            progress.holds.append(elapsed)
        elif phase.kind is PhaseKind.RETURN and reason is EndReason.COMPLETED:
            progress.reps += 1  # a rep counts once the person is back at the start
        progress.skipped |= reason is EndReason.SKIPPED
        phases = self.plan.phases
        last_of_block = self._index + 1 >= len(phases) or phases[self._index + 1].block != phase.block
        if last_of_block or reason is EndReason.SKIPPED:
            record = self._record(progress, at)
            self.records.append(record)
            events.append(SetCompleted(record))
            self._progress = None

    def _record(self, p: _Progress, at: float) -> SetRecord:
        s = p.set
        ended = self._wall_at(at)
        if s.target_reps is None:
            achieved_reps, achieved_hold = None, p.hold_s or 0.0
        elif self.plan.options.manual_reps or s.target_hold_s is None:
            achieved_reps, achieved_hold = p.reps, None
        else:
            achieved_reps, achieved_hold = p.reps, (math.fsum(p.holds) / len(p.holds) if p.holds else 0.0)
        return SetRecord(
            exercise_id=self.plan.exercise_id,
            movement=s.movement.key,
            side=s.side,
            set_number=s.number,
            target_reps=s.target_reps,
            achieved_reps=achieved_reps,
            target_hold_s=s.target_hold_s,
            achieved_hold_s=None if achieved_hold is None else round(achieved_hold, 3),
            started_at=p.started_at or ended,
            ended_at=ended,
            status=SetStatus.SKIPPED if p.skipped else SetStatus.COMPLETED,
        )

    # ---------------------------------------------------------------- actions

    def _begin(self, events: list[Event]) -> None:
        """READY -> PAUSED at phase 0, announcing it, so skip and back work before the first start."""
        if self._state is EngineState.READY:
            self._state = EngineState.PAUSED
            self._enter(self._index, self._t, events)

    def _do_start(self, events: list[Event]) -> None:
        self._begin(events)
        if self._state is not EngineState.PAUSED:
            return
        self._state = EngineState.RUNNING
        self._run_from = self._t
        if self._progress and self._progress.started_at is None:
            self._progress.started_at = self._wall_at(self._t)
        self._advance(events)  # zero-length cues pass at once

    def _do_pause(self, events: list[Event]) -> None:
        if self._state is EngineState.RUNNING:
            self._elapsed_base = self._elapsed(self._t)
            self._state = EngineState.PAUSED

    def _go(self, index: int, reason: EndReason, events: list[Event]) -> None:
        if self._state is EngineState.FINISHED:
            self._state = EngineState.PAUSED  # leaving DONE: wait for the person to start again
        self._leave(self._t, reason, events)
        self._enter(index, self._t, events)
        self._advance(events)

    def _do_skip(self, events: list[Event]) -> None:
        if self._state is EngineState.FINISHED:
            return
        self._begin(events)
        block = self.phase.block
        self._go(self._block_starts[block + 1], EndReason.SKIPPED, events)

    def _do_back(self, events: list[Event]) -> None:
        block = self.phase.block
        start = self._block_starts[block]
        if self._state is EngineState.READY and self._index == 0:
            return
        self._begin(events)
        into_block = self._index > start or self._elapsed(self._t) > BACK_GRACE_S
        if self._state is EngineState.FINISHED or not into_block:
            target = 0 if block == 0 else self._block_starts[block - 1]
        else:
            target = start
        self._go(target, EndReason.BACK, events)

    def _do_restart(self, events: list[Event]) -> None:
        if self._state is not EngineState.READY:
            self._leave(self._t, EndReason.RESTART, events)
        self._reset()
        self._do_start(events)

    def _do_add_time(self, seconds: float, events: list[Event]) -> None:
        if self._duration is None or self._state is EngineState.FINISHED:
            return
        remaining = self._duration - self._elapsed(self._t)
        wanted = remaining + seconds
        if seconds < 0:
            wanted = max(wanted, min(remaining, MIN_REMAINING_S))
        delta = wanted - remaining
        if delta:
            self._duration += delta  # the deadline follows: it is derived from the duration
            events.append(TimeAdjusted(self._index, delta, wanted, self._t))

    def _do_count_rep(self, events: list[Event]) -> None:
        phase, progress = self.phase, self._progress
        if self._state is not EngineState.RUNNING or phase.kind is not PhaseKind.MANUAL_REPS or progress is None:
            return
        progress.reps += 1
        events.append(RepCounted(progress.reps, phase.rep_total, self._t))
        if progress.reps >= phase.rep_total:
            self._leave(self._t, EndReason.COMPLETED, events)
            self._enter(self._index + 1, self._t, events)
            self._advance(events)
