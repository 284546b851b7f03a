"""Keeps the history in step with the timer: opens sessions, commits each set, pain flags, routines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from rehab_desktop.core.clock import local_now
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.phases import StartAt
from rehab_desktop.core.records import Prescription, SetRecord
from rehab_desktop.core.timer import ExerciseCompleted, PhaseStarted, SetCompleted
from rehab_desktop.store import Change, HistoryRepo, PainAction, SessionSummary, StoreError
from rehab_desktop.ui.common.store_service import StoreService


class SessionController(QObject):
    """Session bookkeeping on top of the timer; writes go straight to the store, one per set."""

    changed = Signal()  # the open session, its counts or the routine changed
    message = Signal(str)  # for the status bar
    routine_next = Signal(str, object, object)  # (exercise id, Prescription, StartAt or None): load it and start

    def __init__(self, service: StoreService, library: Library, wall: Callable[[], datetime] = local_now,
                 parent=None):
        super().__init__(parent)
        self.service = service
        self.repo: HistoryRepo | None = service.store.history if service.store is not None else None
        self.library = library
        self.wall = wall
        self.session_id: int | None = None
        self.started_at: datetime | None = None
        self.pain_before_asked = False
        self.sets_done = 0
        self.exercises: list[str] = []
        self.routine: list[Prescription] = []
        self.routine_index = -1  # the routine entry the timer runs, -1 when not in a routine
        self.routine_starts: dict[str, StartAt] = {}  # exercise id -> the set a partly done exercise goes on at
        self._dose: Prescription | None = None  # the dose of the exercise the timer runs
        self._stored_dose: Prescription | None = None  # the dose last written for it
        self._pain: dict[tuple, int] = {}  # (exercise, movement, side, set) -> rating for the set it interrupted

    # -- the store, guarded --------------------------------------------------------

    def _write(self, action: Callable[[HistoryRepo], object], what: str, session: int | None = None):
        """Run one write; say so if the disk refused it, else announce it (`session`: the one it touched,
        or None when the write returns the new session's id)."""
        if self.repo is None:
            return None
        try:
            result = action(self.repo)
        except StoreError as exc:
            self.message.emit(f"Could not save {what}: {exc.message} The timer carries on.")
            return None
        touched = session if session is not None else result
        self.service.announce(Change.of_sessions(touched) if isinstance(touched, int) else Change(everything=True))
        return result

    @property
    def is_open(self) -> bool:
        return self.session_id is not None

    def unfinished(self) -> SessionSummary | None:
        """A session left open by a crash or a closed window, if any."""
        if self.repo is None:
            return None
        try:
            return self.repo.unfinished_session()
        except StoreError as exc:
            self.message.emit(exc.message)
            return None

    # -- opening and closing -------------------------------------------------------

    def open(self) -> None:
        """Open a session now unless one is open; never waits on the person."""
        if self.session_id is not None:
            return
        now = self.wall()
        sid = self._write(lambda r: r.open_session(now), "the new session")
        self.session_id = sid if sid is not None else -1  # -1: a session that only lives in memory
        self.started_at = now
        self.pain_before_asked = False
        self.sets_done = 0
        self.exercises = []
        self._stored_dose = None
        self.changed.emit()

    def resume(self, summary: SessionSummary) -> None:
        """Carry on recording into a session left open earlier."""
        self.session_id = summary.id
        self.started_at = summary.started_at
        self.pain_before_asked = True
        self.sets_done = summary.sets_completed
        self.exercises = []
        self._stored_dose = None
        self.message.emit(f"Resumed the session from {summary.started_at:%a %d %b, %H:%M}.")
        self.changed.emit()

    def close_unfinished(self, summary: SessionSummary) -> None:
        self._write(lambda r: r.close_session(summary.id), "the earlier session", summary.id)
        self.message.emit("Closed the earlier session; everything recorded in it is kept.")

    def set_pain_before(self, rating: int | None) -> None:
        self.pain_before_asked = True
        if rating is not None and self._stored():
            sid = self.session_id
            self._write(lambda r: r.set_pain_before(sid, rating), "the pain rating", sid)
        self.changed.emit()

    def finish(self, pain_after: int | None, effort: int | None, notes: str) -> None:
        if self.session_id is None:
            return
        if self._stored():
            sid, now = self.session_id, self.wall()
            self._write(lambda r: r.finish_session(sid, now, pain_after=pain_after, effort=effort, notes=notes),
                        "the finished session", sid)
        self.session_id = None
        self.started_at = None
        self.routine, self.routine_index, self.routine_starts = [], -1, {}
        self.message.emit("Session saved. Well done.")
        self.changed.emit()

    def _stored(self) -> bool:
        return self.session_id is not None and self.session_id >= 0

    # -- the timer's events ---------------------------------------------------------

    def exercise_loaded(self, dose: Prescription) -> None:
        self._dose = dose

    def on_timer_event(self, ev, running: bool) -> None:
        """Feed every timer event here; `running` says the timer is running (not just skipped while idle)."""
        if isinstance(ev, PhaseStarted) and running:
            self.open()
            if self._dose is not None and self._dose != self._stored_dose:
                self._ensure_exercise()
        elif isinstance(ev, SetCompleted):
            self._record(ev.record)
        elif isinstance(ev, ExerciseCompleted):
            self._advance_routine()

    def _ensure_exercise(self) -> None:
        """Add the timer's exercise to the session, or update its dose (an easier dose, say)."""
        dose = self._stored_dose = self._dose
        if dose is None or not self._stored():
            return
        if dose.exercise_id not in self.exercises:
            self.exercises.append(dose.exercise_id)
        sid, now = self.session_id, self.wall()
        self._write(lambda r: r.ensure_exercise(sid, dose, now), "the exercise", sid)
        self.changed.emit()

    def _record(self, record: SetRecord) -> None:
        if not self.is_open:
            self.open()
        key = (record.exercise_id, record.movement, record.side, record.set_number)
        if key in self._pain:
            record = replace(record, pain_flag=True, pain_rating=self._pain.pop(key))
        if record.status.value == "completed":
            self.sets_done += 1
        if self._stored():
            sid = self.session_id
            self._write(lambda r: r.record_set(sid, record), "the set", sid)
        self.changed.emit()

    # -- "It hurts" ------------------------------------------------------------------

    def pain_flag(self, rating: int, action: PainAction, phase=None) -> None:
        """Record an "It hurts" press (opening a session if needed) against the set it interrupted."""
        self.open()
        s = phase.set if phase is not None else None
        if s is not None and self._dose is not None:
            self._pain[(self._dose.exercise_id, s.movement.key, s.side, s.number)] = rating
        if self._stored():
            sid, now = self.session_id, self.wall()
            ex_id = self._dose.exercise_id if self._dose else None
            self._write(lambda r: r.record_pain_flag(
                sid, now, rating, exercise_id=ex_id, movement=s.movement.key if s else None,
                side=s.side if s else None, set_number=s.number if s else None, action=action), "the pain rating", sid)
        self.changed.emit()

    # -- routines --------------------------------------------------------------------

    def set_routine(self, doses: list[Prescription], starts: dict[str, StartAt] | None = None) -> None:
        """Queue exercises to run one after another; the first starts now.

        `starts` gives, for an exercise already partly done, the set to begin at (the ones before
        it are left out of the timer).
        """
        self.routine = [d for d in doses if self.library.get(d.exercise_id) is not None]
        self.routine_starts = dict(starts or {})
        self.routine_index = -1
        self.changed.emit()
        self._advance_routine()

    def add_to_routine(self, dose: Prescription) -> None:
        self.routine.append(dose)
        self.changed.emit()

    def clear_routine(self) -> None:
        self.routine, self.routine_index, self.routine_starts = [], -1, {}
        self.changed.emit()

    def skip_in_routine(self) -> bool:
        """Move to the next exercise of the routine; False when there is none."""
        return self._advance_routine()

    def _advance_routine(self) -> bool:
        if not self.routine or self.routine_index + 1 >= len(self.routine):
            if self.routine and self.routine_index >= 0:
                self.message.emit("Routine complete. Finish the session when you are ready.")
                self.routine_index = len(self.routine)
                self.changed.emit()
            return False
        self.routine_index += 1
        dose = self.routine[self.routine_index]
        self.changed.emit()
        self.routine_next.emit(dose.exercise_id, dose, self.routine_starts.pop(dose.exercise_id, None))
        return True
