"""Plain read-only records the history store hands out; no database handles inside."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus


class SessionState(StrEnum):
    """Whether a session is still going (or was cut short by a crash) or has ended."""

    OPEN = "open"
    FINISHED = "finished"


class PainAction(StrEnum):
    """What the person chose after pressing "It hurts"."""

    STOP = "stop"  # stop the session
    SKIP = "skip"  # skip this exercise
    EASIER = "easier"  # continue at an easier dose
    CONTINUE = "continue"


@dataclass(frozen=True)
class SessionSummary:
    """One row of the session list: when, how long, how much, and pain before and after."""

    id: int
    started_at: datetime  # aware, at the UTC offset the computer had when the session started
    ended_at: datetime | None  # None while open
    local_day: date  # the calendar day the session started on, in local time then
    state: SessionState
    pain_before: int | None
    pain_after: int | None
    effort: int | None  # 0-10
    notes: str
    exercise_count: int  # exercises with at least one completed set
    sets_completed: int
    sets_skipped: int
    pain_flag_count: int
    active_s: float  # time spent in completed sets
    entered_by_hand: bool = False  # logged after the fact, not timed
    position: str = ""  # an open session's saved timer position (core.session), '' when none

    @property
    def duration(self) -> timedelta | None:
        return None if self.ended_at is None else self.ended_at - self.started_at

    @property
    def is_open(self) -> bool:
        return self.state is SessionState.OPEN


@dataclass(frozen=True)
class PainFlag:
    """One press of "It hurts", with its 0-10 rating and where in the session it happened."""

    id: int
    session_id: int
    at: datetime
    rating: int
    exercise_id: str | None = None
    movement: str | None = None
    side: LegSide | None = None
    set_number: int | None = None
    action: PainAction | None = None


@dataclass(frozen=True)
class ExerciseInSession:
    """An exercise as done in one session: the chosen dose and every set recorded for it."""

    exercise_id: str
    position: int  # 1-based order in the session
    dose: Prescription | None  # None when sets were recorded without a dose being chosen
    started_at: datetime | None
    ended_at: datetime | None
    sets: tuple[SetRecord, ...]  # in the order they were done
    eased: bool = False  # the dose was made easier after "It hurts"; `dose` is the easier one

    @property
    def sets_completed(self) -> int:
        return sum(s.status is SetStatus.COMPLETED for s in self.sets)

    @property
    def sets_skipped(self) -> int:
        return sum(s.status is SetStatus.SKIPPED for s in self.sets)


@dataclass(frozen=True)
class SessionDetail:
    """Everything about one session, for the detail view and the therapist summary."""

    summary: SessionSummary
    exercises: tuple[ExerciseInSession, ...]
    pain_flags: tuple[PainFlag, ...]


@dataclass(frozen=True)
class DeletedSession:
    """A deleted session's rows, kept by the caller so `restore_session` can undo the delete."""

    summary: SessionSummary
    rows: tuple[tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]], ...]  # table, columns, rows
