"""Keeps the history in step with the timer: opens sessions, commits each set and pain flag, saves the place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from rehab_desktop.core.clock import local_now
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.records import Prescription, SetRecord
from rehab_desktop.core.session import Refused, Session
from rehab_desktop.core.timer import PhaseStarted, SetCompleted
from rehab_desktop.store import Change, HistoryRepo, PainAction, SessionSummary, StoreError
from rehab_desktop.ui.common.store_service import StoreService


class SessionController(QObject):
    """Session bookkeeping on top of the timer; writes go straight to the store, one per set.

    The routine and the timer's place in it are `model` (core.session.Session); this controller
    saves that place with every change so a crash or a closed window resumes there.
    """

    changed = Signal()  # the open session, its counts or the routine changed
    message = Signal(str)  # for the status bar
    resumed = Signal()  # an unfinished session was taken up again: the timer goes back to its place
    finished = Signal(int)  # a stored session was finished (its id): what the history suggests now

    def __init__(self, service: StoreService, library: Library, wall: Callable[[], datetime] = local_now,
                 parent=None):
        super().__init__(parent)
        self.service = service
        self.repo: HistoryRepo | None = service.store.history if service.store is not None else None
        self.library = library
        self.wall = wall
        self.model = Session(library)
        self.session_id: int | None = None
        self.started_at: datetime | None = None
        self.pain_before_asked = False
        self.sets_done = 0
        self.exercises: list[str] = []
        self.resume_done: frozenset = frozenset()  # on resuming: the loaded exercise's completed sets
        self.last_error: str = ""  # the store's last refusal, in words, for the quit question
        self._stored_dose: tuple | None = None  # (dose, eased) last written for the timer's exercise
        self._pain: dict[tuple, int] = {}  # (exercise, movement, side, set) -> rating for the set it interrupted

    # -- the routine, as the bar shows it ------------------------------------------------

    @property
    def routine(self) -> list[Prescription]:
        return [e.dose for e in self.model.entries]

    @property
    def routine_index(self) -> int:
        return self.model.index

    # -- the store, guarded --------------------------------------------------------

    def _write(self, action: Callable[[HistoryRepo], object], what: str, session: int | None = None):
        """Run one write; say so if the disk refused it, else announce it (`session`: the one it touched,
        or None when the write returns the new session's id)."""
        if self.repo is None:
            return None
        try:
            result = action(self.repo)
        except StoreError as exc:
            self.last_error = exc.message
            self.message.emit(translate(
                "ui.session.controller", "Could not save {what}: {error} The timer carries on.",
                "{what}: the new session, the set...; {error}: why, a sentence").format(what=what, error=exc.message))
            return None
        self.last_error = ""
        touched = session if session is not None else result
        self.service.announce(Change.of_sessions(touched) if isinstance(touched, int) else Change(everything=True))
        return result

    @property
    def is_open(self) -> bool:
        return self.session_id is not None

    @property
    def pending_count(self) -> int:
        """Sets and pain ratings the disk refused so far; they are written at the next good write."""
        return self.repo.pending_count if self.repo is not None else 0

    def retry_pending(self) -> bool:
        """Write the kept sets now; True when nothing is left waiting."""
        if self.repo is None or not self.repo.pending_count:
            return True
        try:
            self.repo.save_pending()
        except StoreError as exc:
            self.last_error = exc.message
            return False
        self.last_error = ""
        self.service.announce(Change(everything=True))
        return True

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
        what = translate("ui.session.controller", "the new session", "Could not save {what}")
        sid = self._write(lambda r: r.open_session(now), what)
        self.session_id = sid if sid is not None else -1  # -1: a session that only lives in memory
        self.started_at = now
        self.pain_before_asked = False
        self.sets_done = 0
        self.exercises = []
        self._stored_dose = None
        self.model.last_rating = None
        self.save_position()
        self.changed.emit()

    def resume(self, summary: SessionSummary) -> None:
        """Carry on recording into a session left open earlier, with its routine and place."""
        self.session_id = summary.id
        self.started_at = summary.started_at
        self.pain_before_asked = True
        self.sets_done = summary.sets_completed
        self.exercises = []
        self.model = Session.resumed(self.library, summary.position)
        self.resume_done = frozenset()
        if self.repo is not None:
            try:
                detail = self.repo.session_detail(summary.id)
            except StoreError as exc:
                self.message.emit(exc.message)
            else:
                self.exercises = [e.exercise_id for e in detail.exercises if e.sets_completed]
                loaded = self.model.loaded
                self.resume_done = frozenset(
                    (st.movement, st.side, st.set_number) for e in detail.exercises
                    if loaded is not None and e.exercise_id == loaded.exercise_id
                    for st in e.sets if st.status.value == "completed")
        self._stored_dose = None
        self.message.emit(translate("ui.session.controller", "Resumed the session from {day}, {time}.",
                                    "{day}: Mon 4 May; {time}: 18:05").format(
                                        day=formats().short_day(summary.started_at.date()),
                                        time=formats().clock(summary.started_at.time())))
        self.resumed.emit()
        self.changed.emit()

    def close_unfinished(self, summary: SessionSummary) -> None:
        what = translate("ui.session.controller", "the earlier session", "Could not save {what}")
        self._write(lambda r: r.close_session(summary.id), what, summary.id)
        self.message.emit(translate("ui.session.controller",
                                    "Closed the earlier session; everything recorded in it is kept."))

    def set_pain_before(self, rating: int | None) -> None:
        self.pain_before_asked = True
        if rating is not None and self._stored():
            sid = self.session_id
            what = translate("ui.session.controller", "the pain rating", "Could not save {what}")
            self._write(lambda r: r.set_pain_before(sid, rating), what, sid)
        self.changed.emit()

    def finish(self, pain_after: int | None, effort: int | None, notes: str, for_pain: bool = False) -> None:
        if self.session_id is None:
            return
        done = None
        if self._stored():
            sid, now = self.session_id, self.wall()
            self._write(lambda r: r.finish_session(sid, now, pain_after=pain_after, effort=effort, notes=notes),
                        translate("ui.session.controller", "the finished session", "Could not save {what}"), sid)
            done = sid
        self.session_id = None
        self.started_at = None
        self.model.stopped()
        self.message.emit(translate("ui.session.controller",
                                    "Session saved. Rest, and talk to your therapist if the pain stays.") if for_pain
                          else translate("ui.session.controller", "Session saved. Well done."))
        self.changed.emit()
        if done is not None:
            self.finished.emit(done)

    def _stored(self) -> bool:
        return self.session_id is not None and self.session_id >= 0

    def save_position(self) -> None:
        """Keep the routine and the timer's place with the open session (what "Resume it" goes back to)."""
        if self._stored():
            sid, text = self.session_id, self.model.position_text()
            what = translate("ui.session.controller", "the session's place", "Could not save {what}")
            self._write(lambda r: r.save_position(sid, text), what, sid)

    # -- the timer's events ---------------------------------------------------------

    def timer_loaded(self, plan) -> None:
        """The timer was given a plan: the model follows it."""
        self.model.timer_loaded(plan.prescription, plan.start, plan.eased)
        self.save_position()

    def on_timer_event(self, ev, running: bool) -> None:
        """Feed every timer event here; `running` says the timer is running (not just skipped while idle)."""
        if isinstance(ev, PhaseStarted) and running:
            self.open()
            loaded = self.model.loaded
            if loaded is not None and (loaded.dose, loaded.eased) != self._stored_dose:
                self._ensure_exercise()
        elif isinstance(ev, SetCompleted):
            self._record(ev.record)
        if self.model.observe(ev):
            self.save_position()

    def _ensure_exercise(self) -> None:
        """Add the timer's exercise to the session, or update its dose (an easier dose, say)."""
        loaded = self.model.loaded
        self._stored_dose = (loaded.dose, loaded.eased)
        if not self._stored():
            return
        dose, eased = loaded.dose, loaded.eased
        if dose.exercise_id not in self.exercises:
            self.exercises.append(dose.exercise_id)
        sid, now = self.session_id, self.wall()
        what = translate("ui.session.controller", "the exercise", "Could not save {what}")
        self._write(lambda r: r.ensure_exercise(sid, dose, now, eased=eased), what, sid)
        self.changed.emit()

    def _record(self, record: SetRecord) -> None:
        if not self.is_open:
            self.open()
        key = (record.exercise_id, record.movement, record.side, record.set_number)
        if key in self._pain:
            record = replace(record, pain_flag=True, pain_rating=self._pain.pop(key))
        if record.status.value == "completed":
            self.sets_done += 1
            if record.exercise_id not in self.exercises:
                self.exercises.append(record.exercise_id)
        if self._stored():
            sid = self.session_id
            what = translate("ui.session.controller", "the set", "Could not save {what}")
            self._write(lambda r: r.record_set(sid, record), what, sid)
        self.changed.emit()

    # -- "It hurts" ------------------------------------------------------------------

    def pain_flag(self, rating: int, action: PainAction, phase=None) -> None:
        """Record an "It hurts" press (opening a session if needed) against the set it interrupted."""
        self.open()
        self.model.last_rating = rating
        s = phase.set if phase is not None else None
        loaded = self.model.loaded
        ex_id = loaded.exercise_id if loaded else None
        if s is not None and ex_id is not None:
            self._pain[(ex_id, s.movement.key, s.side, s.number)] = rating
        if self._stored():
            sid, now = self.session_id, self.wall()
            what = translate("ui.session.controller", "the pain rating", "Could not save {what}")
            self._write(lambda r: r.record_pain_flag(
                sid, now, rating, exercise_id=ex_id, movement=s.movement.key if s else None,
                side=s.side if s else None, set_number=s.number if s else None, action=action), what, sid)
            self.save_position()
        self.changed.emit()

    # -- the routine -----------------------------------------------------------------

    def routine_changed(self) -> None:
        """The model's routine was edited or moved on: save the place and tell the bar."""
        self.save_position()
        self.changed.emit()

    def add_to_routine(self, dose: Prescription) -> int | Refused:
        result = self.model.queue(dose)
        if not isinstance(result, Refused):
            self.routine_changed()
        return result

    def clear_routine(self) -> None:
        self.model.clear()
        self.routine_changed()
