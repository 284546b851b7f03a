"""Joins the timer to the session: Space, routines, switching exercise, "It hurts", resume and quitting.

What each request means is decided by the Qt-free session model (`session.model`); this module
loads the timer accordingly, asks the person where a choice is theirs, and shows the outcome.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.session import Entry, Refused, Selection, SpaceMeans
from rehab_desktop.core.timer import EngineState, ExerciseCompleted
from rehab_desktop.store import PainAction
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.session.bar import SessionBar
from rehab_desktop.ui.session.controller import SessionController
from rehab_desktop.ui.session.pain_dialogs import FinishDialog, PainDialog
from rehab_desktop.ui.session.questions import Ask, ask_before_closing
from rehab_desktop.ui.timer.controller import TimerController
from rehab_desktop.ui.timer.cues import CuePlayer
from rehab_desktop.ui.timer.panel import TimerPanel

ROUTINE_GET_READY_S = 15.0  # between exercises there is a band to fetch or a position to change


class SessionHost(Protocol):
    """What the coordinator needs of the window around it."""

    def show_notice(self, message: str) -> None: ...
    def select_exercise(self, exercise_id: str) -> bool: ...
    def show_exercises(self) -> None: ...
    def shown_exercise(self) -> Exercise | None: ...
    def dialog_parent(self) -> QWidget: ...


def _sets(n: int) -> str:
    return translate("ui.session.coordinator", "%n set(s)", None, n)


class SessionCoordinator(QObject):
    """The session actions (Space, It hurts, routines, Next, Finish); the session controller keeps the records."""

    def __init__(self, host: SessionHost, library: Library, prefs: PreferenceStore, controller: TimerController,
                 session: SessionController, cues: CuePlayer, panel: TimerPanel, bar: SessionBar, ask: Ask,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.host = host
        self.library = library
        self.prefs = prefs
        self.session = session
        self.controller = controller
        self.cues = cues
        self.panel = panel
        self.ask = ask
        self.loading = False  # the coordinator is selecting an exercise it loads itself
        self.active = True

        def act(text: str, keys: list[str], slot) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            return a

        self.hurts = act(translate("ui.session.coordinator", "It &hurts"), ["H"], self.it_hurts)
        self.add_to_routine = act(translate("ui.session.coordinator", "&Add exercise to routine"),
                                  ["Ctrl+Return", "Ctrl+Enter", "Insert"], self._add_current)
        self.start_routine = act(translate("ui.session.coordinator", "Start r&outine"), [], self.begin_routine)
        self.next_exercise = act(translate("ui.session.coordinator", "&Next exercise"), ["N"], self.next_entry)
        self.edit_routine = act(translate("ui.session.coordinator", "&Edit routine\u2026"), [],
                                self.show_routine_editor)
        self.clear_routine = act(translate("ui.session.coordinator", "C&lear routine"), [],
                                 self.session.clear_routine)
        self.finish = act(translate("ui.session.coordinator", "F&inish session\u2026"), ["Ctrl+Shift+F"],
                          self.finish_session)

        s, c = self.session, self.controller
        c.event.connect(self._on_timer_event)
        c.plan_loaded.connect(s.timer_loaded)
        s.message.connect(host.show_notice)
        s.changed.connect(self._update_actions)
        s.resumed.connect(self._resume_timer)
        panel.hurts_requested.connect(self.it_hurts)
        panel.keep_requested.connect(self._keep_timing)
        panel.switch_requested.connect(self._switch_to_shown)
        bar.finish_requested.connect(self.finish_session)
        bar.start_routine_requested.connect(self.begin_routine)
        bar.edit_routine_requested.connect(self.show_routine_editor)
        bar.next_requested.connect(self.next_entry)
        bar.offer_unfinished(s.unfinished())
        if c.plan is not None:
            s.timer_loaded(c.plan)
        self._update_actions()

    def all(self) -> list[QAction]:
        return [self.hurts, self.add_to_routine, self.start_routine, self.next_exercise, self.edit_routine,
                self.clear_routine, self.finish]

    def set_active(self, active: bool) -> None:
        """The single-key and Insert actions only act on the Exercises page."""
        self.active = active
        self._update_actions()

    def _update_actions(self) -> None:
        m = self.session.model
        upcoming = m.upcoming() if m.running_routine else []
        then = translate("ui.session.coordinator", "Next exercise: {exercise}").format(
            exercise=self.library[upcoming[0].exercise_id].name) if upcoming else ""
        if then != self.controller.then_text:
            self.controller.then_text = then
            self.panel.refresh_next()
        self.hurts.setEnabled(self.active)
        self.add_to_routine.setEnabled(self.active)
        self.next_exercise.setEnabled(self.active and m.has_next())
        self.finish.setEnabled(self.session.is_open)
        self.start_routine.setEnabled(m.queued or m.routine_done)
        self.edit_routine.setEnabled(bool(m.entries))
        self.clear_routine.setEnabled(bool(m.entries))

    # -- Space and the selection -----------------------------------------------------

    def space(self) -> None:
        """Space does the obvious thing: start a queued routine, else start, pause or resume the timer."""
        if self.session.model.space(self.controller.in_progress) is SpaceMeans.START_ROUTINE:
            self.begin_routine()
        else:
            self.controller.toggle()

    def exercise_chosen(self, ex: Exercise) -> None:
        """The list's selection moved to `ex`: the timer follows it, or the person is asked."""
        if self.loading:
            return  # the coordinator is loading this exercise itself
        choice = self.session.model.choose(ex.id, self.controller.in_progress)
        if choice is Selection.FOLLOW:
            self.panel.load_exercise(ex)
        elif choice is Selection.ASK:
            self.panel.offer_switch(ex)
        else:
            self.panel.switch_bar.hide()

    def _keep_timing(self) -> None:
        ex = self.controller.exercise
        self.panel.switch_bar.hide()
        if ex is not None:
            self._select(ex.id)

    def _switch_to_shown(self) -> None:
        ex = self.host.shown_exercise()
        if ex is None:
            return
        if self.controller.state is EngineState.RUNNING:
            self.controller.pause()
        entry = self.session.model.switch_to(self.prefs.chosen_dose(ex))
        self.panel.load_exercise(ex, entry.dose)
        self.session.routine_changed()
        self.host.show_notice(translate("ui.session.coordinator",
                                        "The timer is on {exercise} now; the unfinished set was not counted.").format(
                                            exercise=ex.name))

    def _select(self, exercise_id: str) -> None:
        self.loading = True
        try:
            self.host.select_exercise(exercise_id)
        finally:
            self.loading = False

    # -- routines --------------------------------------------------------------------

    def _add_current(self) -> None:
        ex = self.host.shown_exercise()
        if ex is None:
            return
        # The dose the timer shows for it, or the one the timer would show: the last chosen.
        dose = self.controller.plan.prescription if self.controller.exercise is ex else self.prefs.chosen_dose(ex)
        result = self.session.add_to_routine(dose)
        if isinstance(result, Refused):
            self.host.show_notice(result.reason)
            return
        total = len(self.session.routine)
        if self.session.model.queued and not self.controller.in_progress:
            text = translate("ui.session.coordinator",
                             "Added {exercise} to the routine ({number} of {total}). Press Space to start it.")
        else:
            text = translate("ui.session.coordinator", "Added {exercise} to the routine ({number} of {total}).")
        self.host.show_notice(text.format(exercise=ex.name, number=result, total=total))

    def begin_routine(self) -> None:
        m, c = self.session.model, self.controller
        result = m.begin(c.in_progress)
        if isinstance(result, Refused):
            self.host.show_notice(result.reason)
            return
        self.session.routine_changed()
        if c.in_progress:
            rest = len(m.upcoming())
            self.host.show_notice(translate("ui.session.coordinator",
                                            "Routine started with {exercise}, which is under way; %n more after it.",
                                            None, rest).format(exercise=self.library[result.exercise_id].name))
            return
        self._run_entry(result, first=True)
        if self.controller.state is EngineState.RUNNING:  # else it said to press Space
            self._say_started()

    def _say_started(self) -> None:
        m = self.session.model
        names = [self.library[e.exercise_id].name for e in m.entries]
        if len(names) > 1:
            text = translate("ui.session.coordinator",
                             "Routine started: {exercise}, then {others}. N moves on to the next one.",
                             "{others}: the other exercises' names, in a list").format(
                                 exercise=names[0], others=", ".join(names[1:]))
        else:
            text = translate("ui.session.coordinator",
                             "Routine started: {exercise}. N moves on to the next one.").format(exercise=names[0])
        self.host.show_notice(text)

    def run_routine(self, doses: list[Prescription], starts: dict | None = None) -> None:
        """Start a routine now (the plan's "Start today's session"; `starts`: where partly done ones go on)."""
        self.host.show_exercises()
        if self.controller.state is EngineState.RUNNING:
            self.controller.pause()
        self.session.model.set_routine(doses, starts)
        entry = self.session.model.begin(in_progress=False)
        self.session.routine_changed()
        if isinstance(entry, Refused):
            self.host.show_notice(entry.reason)
            return
        self._run_entry(entry, first=True)
        if self.controller.state is EngineState.RUNNING:
            self._say_started()

    def queue_routine(self, doses: list[Prescription], starts: dict | None = None) -> None:
        """Today's session ready to begin (a reminder's "Start now"): the routine queued and its first
        exercise shown on the Exercises page; Space starts it. An exercise being timed goes on undisturbed."""
        self.host.show_exercises()
        self.session.model.set_routine(doses, starts)
        self.session.routine_changed()
        entries = self.session.model.entries
        if entries and not self.controller.in_progress:
            first = entries[0]
            self._select(first.exercise_id)
            self.panel.load_exercise(self.library[first.exercise_id], first.dose, start=first.start)
        self._update_actions()

    def next_entry(self) -> None:
        """N: go on to the routine's next exercise now (what is left of this one is not counted)."""
        m, c = self.session.model, self.controller
        if not m.has_next():
            self.host.show_notice(translate("ui.session.coordinator",
                                            "There is no next exercise in the routine. Ctrl+Enter adds one."))
            return
        first = m.queued
        if c.state is EngineState.RUNNING:
            c.pause()
        entry = m.advance()
        self.session.routine_changed()
        self._run_entry(entry, first=first)

    def _run_entry(self, entry: Entry, first: bool) -> None:
        """Load a routine entry and start it: its get-ready is a timer phase (pause, skip, speed apply)."""
        ex = self.library[entry.exercise_id]
        self._select(ex.id)
        self.panel.load_exercise(ex, entry.dose, lead_in_s=None if first else ROUTINE_GET_READY_S,
                                 start=entry.start, eased=entry.eased, intro="" if first else translate(
                                     "ui.session.coordinator", "Next: {exercise}.", "spoken").format(exercise=ex.name))
        if QApplication.activeModalWidget() is None:
            self.controller.start()
        else:  # never behind a dialog: it waits for Space
            text = translate("ui.session.coordinator", "Next: {exercise}. Press Space when you are ready.")
            self.host.show_notice(text.format(exercise=ex.name))

    def _on_timer_event(self, ev) -> None:
        self.session.on_timer_event(ev, self.controller.state is EngineState.RUNNING)
        if isinstance(ev, ExerciseCompleted):
            self._exercise_done()

    def _exercise_done(self) -> None:
        m = self.session.model
        if not m.running_routine:
            if m.queued:
                self.host.show_notice(translate("ui.session.coordinator", "Done. Press N or Space for the routine."))
            self._update_actions()
            return
        entry = m.advance()
        self.session.routine_changed()
        if entry is not None:
            self._run_entry(entry, first=False)
            return
        s = self.session
        count = len(m.entries)
        text = translate("ui.session.coordinator", "Routine done: %n exercises, {sets} in this session. Finish the "
                         "session (Ctrl+Shift+F) when you are ready.", "{sets}: 5 sets", count).format(
                             sets=_sets(s.sets_done))
        self.host.show_notice(text)
        self.cues.say(translate("ui.session.coordinator", "That was the last exercise of the routine."), queue=True)

    def show_routine_editor(self) -> None:
        from rehab_desktop.ui.session.routine_dialog import RoutineDialog

        RoutineDialog(self.session, self.library, self.host.dialog_parent()).exec()

    # -- resuming --------------------------------------------------------------------

    def _resume_timer(self) -> None:
        """An unfinished session was taken up again: the timer goes back to its exercise, side and set."""
        entry = self.session.model.resume_entry(self.session.resume_done, self.panel.options())
        if entry is None:
            return
        ex = self.library[entry.exercise_id]
        self._select(ex.id)
        self.panel.load_exercise(ex, entry.dose, start=entry.start, eased=entry.eased)
        self.session.routine_changed()
        if entry.start is not None and self.controller.plan.sets:
            first = self.controller.plan.sets[0]  # named as the timer names it: "right foot on the pad, set 2 of 3"
            text = translate("ui.session.coordinator", "Back to {exercise}, {side}, {set}. Press Space to go on.",
                             "{side}: right foot on the pad; {set}: set 2 of 3").format(
                                 exercise=ex.name, side=first.side_text.lower(), set=first.heading.lower())
        elif entry.start is not None:
            text = translate("ui.session.coordinator", "Back to {exercise}, set {number}. Press Space to go on.")
            text = text.format(exercise=ex.name, number=entry.start.number)
        else:
            text = translate("ui.session.coordinator", "Back to {exercise}. Press Space to go on.").format(
                exercise=ex.name)
        self.host.show_notice(text)

    # -- "It hurts" ------------------------------------------------------------------

    def it_hurts(self) -> None:
        c = self.controller
        if c.engine is None:
            return
        snap = c.snapshot()
        was_running = snap.running
        exercising = c.state in (EngineState.RUNNING, EngineState.PAUSED)
        c.pause()
        ex = c.exercise
        dialog = PainDialog(ex.name, self.library.guidance.stop, self.host.dialog_parent(), exercising=exercising)
        accepted = dialog.exec()
        action = dialog.action if accepted else None
        rating = dialog.rating.value()
        phase = snap.phase if exercising and snap.phase.kind.is_work else None
        if action is None:  # Esc: carry on as it was; a rating given is still kept
            if rating is not None:
                self.session.pain_flag(rating, PainAction.CONTINUE, phase)
            if was_running:
                c.start()
            if exercising:
                self.host.show_notice(
                    translate("ui.session.coordinator", "Carrying on as it was. Stop if it gets worse.") if rating
                    else translate("ui.session.coordinator", "Carrying on as it was."))
            elif rating is not None:
                self.host.show_notice(translate("ui.session.coordinator",
                                                "Pain {rating} of 10 noted. Rest, and stop for today if it stays.")
                                      .format(rating=rating))
            return
        self.session.pain_flag(rating, action, phase)
        if action is PainAction.CONTINUE:
            if was_running:
                c.start()
        elif action is PainAction.EASIER:
            self._continue_easier(snap, was_running)
        elif action is PainAction.SKIP:
            if phase is not None:
                c.skip()  # the interrupted set is recorded, marked with the pain
            m = self.session.model
            if m.running_routine and m.has_next():
                self._run_entry(m.advance(), first=False)
                self.session.routine_changed()
            else:
                if m.running_routine:
                    m.advance()
                    self.session.routine_changed()
                self.panel.load_exercise(ex)
                self.host.show_notice(translate("ui.session.coordinator",
                                                "Skipped. Choose another exercise, or finish the session."))
        elif action is PainAction.STOP:
            if phase is not None:
                c.skip()
            self.session.clear_routine()
            self.panel.load_exercise(ex)
            self.finish_session(for_pain=True)

    def _continue_easier(self, snap, was_running: bool) -> None:
        c = self.controller
        ex = c.exercise
        eased = self.session.model.ease(ex)
        if isinstance(eased, Refused):
            self.host.show_notice(eased.reason)
            if was_running:
                c.start()
            return
        if snap.phase.kind.is_work:
            c.skip()  # the interrupted set is recorded as it went, marked with the pain
        self.panel.load_exercise(ex, eased.dose, start=eased.start, eased=True)
        self.session.routine_changed()
        c.start()
        d = eased.dose
        parts = [_sets(d.sets)]
        if d.reps is not None:
            reps = d.reps
            parts.append(translate("ui.session.coordinator", "%n reps", None, reps))
        if d.hold_s is not None and ex.dose.movements[0].hold is not None:
            parts.append(translate("ui.session.coordinator", "{seconds} s hold").format(seconds=d.hold_s))
        self.host.show_notice(translate("ui.session.coordinator", "Easier dose: {dose}. Stop if it still hurts.",
                                        "{dose}: 2 sets, 8 reps, 5 s hold").format(dose=", ".join(parts)))

    # -- finishing -------------------------------------------------------------------

    def finish_session(self, for_pain: bool = False) -> bool:
        """Ask the closing questions and save; False when the person went back to the session."""
        s = self.session
        if not s.is_open:
            return True
        if self.controller.state is EngineState.RUNNING:
            self.controller.pause()
        done, time = s.sets_done, formats().clock(s.started_at.time())
        if for_pain:
            text = translate("ui.session.coordinator", "Stopped because of pain. %n set(s) done since {time}.",
                             "{time}: 18:05", done).format(time=time)
        else:
            text = translate("ui.session.coordinator", "%n set(s) done since {time}.", "{time}: 18:05", done).format(
                time=time)
        dialog = FinishDialog(text, self.host.dialog_parent(), pain_now=s.model.last_rating)
        if not dialog.exec():
            return False
        s.finish(*dialog.values(), for_pain=for_pain)
        self.panel.load_exercise(self.controller.exercise or self.library.exercises[0])
        return True

    def stop_quietly(self) -> bool:
        """Stopped from outside (Ctrl+C in the terminal, `kill`, the session ending): nobody is there to
        answer, so nothing is asked. Sets not written yet get one more try and an open session is kept
        to resume at the same place. True when a session was kept."""
        s = self.session
        if self.controller.state is EngineState.RUNNING:
            self.controller.pause()
        if s.pending_count:
            s.retry_pending()
        if s.is_open and s.repo is not None:
            s.save_position()
            return True
        return False

    def may_close(self) -> bool:
        """Closing the window or quitting: never drop a set silently; ask about an open session."""
        return ask_before_closing(self.ask, self.host.dialog_parent(), self.session, self.controller.pause,
                                  self.finish_session, self.host.show_notice)
