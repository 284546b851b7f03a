"""Joins the timer to the session: "It hurts", routines, finishing, and an unfinished session."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.timer import EngineState
from rehab_desktop.store import PainAction
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.session.bar import SessionBar
from rehab_desktop.ui.session.controller import SessionController
from rehab_desktop.ui.session.pain_dialogs import FinishDialog, PainDialog
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


class SessionCoordinator(QObject):
    """The session actions (It hurts, routines, Finish); the session controller keeps the records."""

    def __init__(self, host: SessionHost, library: Library, prefs: PreferenceStore, controller: TimerController,
                 session: SessionController, cues: CuePlayer, panel: TimerPanel, bar: SessionBar,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.host = host
        self.library = library
        self.prefs = prefs
        self.session = session
        self.controller = controller
        self.cues = cues
        self.panel = panel
        self.loading = False  # a routine is loading its next exercise: the list selection must not reload it
        self.active = True

        def act(text: str, keys: list[str], slot) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            return a

        self.hurts = act("It &hurts", ["H"], self.it_hurts)
        self.add_to_routine = act("&Add exercise to routine", ["Ctrl+Return", "Ctrl+Enter", "Insert"],
                                  self._add_current)
        self.start_routine = act("Start r&outine", [], self._start_routine)
        self.clear_routine = act("C&lear routine", [], self.session.clear_routine)
        self.finish = act("&Finish session\u2026", ["Ctrl+Shift+F"], self.finish_session)

        s, c = self.session, self.controller
        c.event.connect(lambda ev: s.on_timer_event(ev, c.state is EngineState.RUNNING))
        c.plan_loaded.connect(lambda plan: s.exercise_loaded(plan.prescription))
        s.message.connect(host.show_notice)
        s.routine_next.connect(self._run_routine_entry)
        s.changed.connect(self._update_actions)
        panel.hurts_requested.connect(self.it_hurts)
        bar.finish_requested.connect(self.finish_session)
        bar.start_routine_requested.connect(self._start_routine)
        bar.offer_unfinished(s.unfinished())
        if c.plan is not None:
            s.exercise_loaded(c.plan.prescription)
        self._update_actions()

    def all(self) -> list[QAction]:
        return [self.hurts, self.add_to_routine, self.start_routine, self.clear_routine, self.finish]

    def set_active(self, active: bool) -> None:
        """The single-key and Insert actions only act on the Exercises page."""
        self.active = active
        self._update_actions()

    def _update_actions(self) -> None:
        s = self.session
        self.hurts.setEnabled(self.active)
        self.add_to_routine.setEnabled(self.active)
        self.finish.setEnabled(s.is_open)
        self.start_routine.setEnabled(bool(s.routine) and s.routine_index < 0)
        self.clear_routine.setEnabled(bool(s.routine))

    # -- "It hurts" ------------------------------------------------------------------

    def it_hurts(self) -> None:
        c = self.controller
        if c.engine is None:
            return
        snap = c.snapshot()
        was_running = snap.running
        c.pause()
        ex = c.exercise
        dialog = PainDialog(ex.name, self.library.guidance.stop, self.host.dialog_parent())
        if not dialog.exec() or dialog.action is None:
            if was_running:
                c.start()
            return
        phase = snap.phase if snap.phase.kind.is_work else None
        self.session.pain_flag(dialog.rating.value(), dialog.action, phase)
        action = dialog.action
        if action is PainAction.CONTINUE:
            if was_running:
                c.start()
        elif action is PainAction.EASIER:
            self._continue_easier(snap)
        elif action is PainAction.SKIP:
            if phase is not None:
                c.skip()  # the interrupted set is recorded, marked with the pain
            if not self.session.skip_in_routine():
                self.panel.load_exercise(ex)
                self.host.show_notice("Skipped. Choose another exercise, or finish the session.")
        elif action is PainAction.STOP:
            if phase is not None:
                c.skip()
            self.session.clear_routine()
            self.panel.load_exercise(ex)
            self.finish_session()

    def _continue_easier(self, snap) -> None:
        c, panel = self.controller, self.panel
        ex = c.exercise
        current = c.plan.prescription
        from rehab_desktop.core.plan import easier_dose  # only in pain: start-up needs none of the plan

        lighter = easier_dose(ex, current)
        target = snap.phase.set
        if snap.phase.kind.is_work:
            c.skip()
        if target is None:  # between sets: carry on from the next one
            c.start()
            return
        panel.show_dose(ex, lighter)
        c.load_at_set(ex, lighter, panel.options(), target.movement.key, target.side, target.number)
        parts = [f"{lighter.sets} sets"]
        if lighter.reps is not None:
            parts.append(f"{lighter.reps} reps")
        if lighter.hold_s is not None:
            parts.append(f"{lighter.hold_s} s hold")
        self.host.show_notice("Easier dose: " + ", ".join(parts) + ". Stop if it still hurts.")

    # -- routines --------------------------------------------------------------------

    def _add_current(self) -> None:
        ex = self.host.shown_exercise()
        if ex is None:
            return
        # The dose the timer shows for it, or the one the timer would show: the last chosen.
        dose = self.controller.plan.prescription if self.controller.exercise is ex else self.prefs.chosen_dose(ex)
        self.session.add_to_routine(dose)
        self.host.show_notice(f"Added {ex.name} to the routine ({len(self.session.routine)} exercises).")

    def _start_routine(self) -> None:
        if self.controller.in_progress:
            self.host.show_notice("Finish or restart the current exercise first, then start the routine.")
            return
        self.session.set_routine(list(self.session.routine))

    def run_routine(self, doses: list[Prescription], starts: dict | None = None) -> None:
        """Start a routine now (the plan's "Start today's session"; `starts`: where partly done ones go on)."""
        self.host.show_exercises()
        self.session.set_routine(doses, starts)

    def _run_routine_entry(self, exercise_id: str, dose: Prescription, start=None) -> None:
        ex = self.library.get(exercise_id)
        first = self.session.routine_index == 0
        self.loading = True
        try:
            self.host.select_exercise(exercise_id)
            self.panel.load_exercise(ex, dose, lead_in_s=None if first else ROUTINE_GET_READY_S, start=start)
        finally:
            self.loading = False
        if not first:
            self.cues.say(f"Next: {ex.name}.")
        # Let the previous exercise's "done" cue finish before the next get-ready starts.
        QTimer.singleShot(0 if first else 1500, self.controller.start)

    # -- finishing -------------------------------------------------------------------

    def finish_session(self) -> None:
        s = self.session
        if not s.is_open:
            return
        if self.controller.state is EngineState.RUNNING:
            self.controller.pause()
        text = f"{s.sets_done} set{'' if s.sets_done == 1 else 's'} done since {s.started_at:%H:%M}."
        dialog = FinishDialog(text, self.host.dialog_parent())
        if dialog.exec():
            s.finish(*dialog.values())
            self.panel.load_exercise(self.controller.exercise or self.library.exercises[0])
