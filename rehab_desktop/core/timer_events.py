"""The plain records the timer engine hands out: its events, its state and snapshots of it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rehab_desktop.core.phases import Phase
from rehab_desktop.core.records import LegSide, SetRecord


class EndReason(StrEnum):
    """Why a phase stopped being the current one."""

    COMPLETED = "completed"  # its time ran out, or its manual reps were all counted
    SKIPPED = "skipped"
    BACK = "back"
    RESTART = "restart"


@dataclass(frozen=True)
class PhaseStarted:
    """A phase became the current one (also while paused, after skip or back)."""

    index: int
    phase: Phase
    at: float  # clock time of the boundary, not of the update that noticed it


@dataclass(frozen=True)
class PhaseEnded:
    """The current phase was left."""

    index: int
    phase: Phase
    at: float
    reason: EndReason
    elapsed_s: float  # nominal seconds the phase ran


@dataclass(frozen=True)
class SetCompleted:
    """A set's work ended, done in full or skipped partway; `record` is ready to store."""

    record: SetRecord


@dataclass(frozen=True)
class SideSwitched:
    """A switch-side cue began."""

    from_side: LegSide | None
    to_side: LegSide
    at: float


@dataclass(frozen=True)
class MovementChanged:
    """A movement-change cue began (inversion -> eversion)."""

    from_key: str | None
    to_key: str
    to_name: str
    at: float


@dataclass(frozen=True)
class RepCounted:
    """The person counted a manual rep."""

    rep: int
    total: int
    at: float


@dataclass(frozen=True)
class TimeAdjusted:
    """Seconds were added to or taken from the current phase."""

    index: int
    delta_s: float  # what was applied: less than asked when the floor was reached
    remaining_s: float
    at: float


@dataclass(frozen=True)
class PausedForSleep:
    """A tick gap far beyond the tick interval (the machine slept) paused the phase instead."""

    index: int
    phase: Phase
    gap_s: float  # real seconds between the last two updates
    remaining_s: float | None  # nominal, as at the update before the gap
    at: float  # the update before the gap


@dataclass(frozen=True)
class ExerciseCompleted:
    """The DONE phase was reached."""

    exercise_id: str
    records: tuple[SetRecord, ...]  # every set reported since start or restart
    at: float


Event = (PhaseStarted | PhaseEnded | SetCompleted | SideSwitched | MovementChanged | RepCounted
         | TimeAdjusted | PausedForSleep | ExerciseCompleted)


class EngineState(StrEnum):
    """Where the engine is in its run."""

    READY = "ready"  # built or restarted, not started: phase 0 waits at full length
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # the DONE phase is current


@dataclass(frozen=True)
class Snapshot:
    """Everything the widget paints, as at one clock reading."""

    state: EngineState
    index: int
    phase_count: int
    phase: Phase
    duration_s: float | None  # nominal, after add_time(); None: open-ended
    remaining_s: float | None  # nominal, never below 0; None: open-ended
    elapsed_s: float
    fraction: float  # 0..1 of the phase (manual reps: reps counted / target)
    reps_done: int  # reps finished in the current set
    rep_target: int | None
    speed: float

    @property
    def running(self) -> bool:
        return self.state is EngineState.RUNNING

    @property
    def paused(self) -> bool:
        return self.state in (EngineState.PAUSED, EngineState.READY)

    @property
    def finished(self) -> bool:
        return self.state is EngineState.FINISHED
