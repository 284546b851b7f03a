"""Connects the session controller to the window: "It hurts", routines, finishing, recovery."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from rehab_desktop.core.records import Prescription
from rehab_desktop.core.timer import EngineState
from rehab_desktop.store import PainAction
from rehab_desktop.ui.session.pain_dialogs import FinishDialog, PainDialog
from rehab_desktop.ui.session.controller import easier

ROUTINE_GET_READY_S = 15.0  # between exercises there is a band to fetch or a position to change


class SessionWiring(QObject):
    """The window's session actions; the session controller keeps the records."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.session = window.session
        self.controller = window.controller
        self.loading = False  # a routine is loading its next exercise: the list selection must not reload it
        self.active = True

        def act(text: str, keys: list[str], slot) -> QAction:
            a = QAction(text, window)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            window.addAction(a)
            return a

        self.hurts = act("It &hurts", ["H"], self.it_hurts)
        self.add_to_routine = act("&Add exercise to routine", ["Ctrl+Return", "Ctrl+Enter", "Insert"],
                                  self._add_current)
        self.start_routine = act("Start r&outine", [], self._start_routine)
        self.clear_routine = act("C&lear routine", [], self.session.clear_routine)
        self.finish = act("&Finish session\u2026", ["Ctrl+Shift+F"], self.finish_session)
        window.timer_actions.extra_actions.append(self.hurts)

        s, c = self.session, self.controller
        c.event.connect(lambda ev: s.on_timer_event(ev, c.state is EngineState.RUNNING))
        c.plan_loaded.connect(lambda plan: s.exercise_loaded(plan.prescription))
        s.message.connect(window.show_notice)
        s.routine_next.connect(self._run_routine_entry)
        s.changed.connect(self._update_actions)
        window.timer_panel.hurts_requested.connect(self.it_hurts)
        window.session_bar.finish_requested.connect(self.finish_session)
        window.session_bar.start_routine_requested.connect(self._start_routine)
        window.session_bar.offer_unfinished(s.unfinished())
        if c.plan is not None:
            s.exercise_loaded(c.plan.prescription)
        self._update_actions()

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
        dialog = PainDialog(ex.name, self.w.library.guidance.stop, self.w.timer_actions.follow_window or self.w)
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
                self.w.timer_panel.load_exercise(ex)
                self.w.show_notice("Skipped. Choose another exercise, or finish the session.")
        elif action is PainAction.STOP:
            if phase is not None:
                c.skip()
            self.session.clear_routine()
            self.w.timer_panel.load_exercise(ex)
            self.finish_session()

    def _continue_easier(self, snap) -> None:
        c, panel = self.controller, self.w.timer_panel
        ex = c.exercise
        current = c.plan.prescription
        lighter = easier(ex, current)
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
        self.w.show_notice("Easier dose: " + ", ".join(parts) + ". Stop if it still hurts.")

    # -- routines --------------------------------------------------------------------

    def _add_current(self) -> None:
        ex = self.w.instructions.exercise
        if ex is None:
            return
        dose = self.controller.plan.prescription if self.controller.exercise is ex else Prescription(
            ex.id, ex.dose.sets.default)
        self.session.add_to_routine(dose)
        self.w.show_notice(f"Added {ex.name} to the routine ({len(self.session.routine)} exercises).")

    def _start_routine(self) -> None:
        if self.controller.in_progress:
            self.w.show_notice("Finish or restart the current exercise first, then start the routine.")
            return
        self.session.set_routine(list(self.session.routine))

    def run_routine(self, doses: list[Prescription], starts: dict | None = None) -> None:
        """Start a routine now (the plan's "Start today's session"; `starts`: where partly done ones go on)."""
        self.w.pages.setCurrentIndex(0)
        self.session.set_routine(doses, starts)

    def _run_routine_entry(self, exercise_id: str, dose: Prescription, start=None) -> None:
        ex = self.w.library.get(exercise_id)
        first = self.session.routine_index == 0
        self.loading = True
        try:
            self.w.select_exercise(exercise_id)
            self.w.timer_panel.load_exercise(ex, dose, lead_in_s=None if first else ROUTINE_GET_READY_S, start=start)
        finally:
            self.loading = False
        if not first:
            self.w.cues.say(f"Next: {ex.name}.")
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
        dialog = FinishDialog(text, self.w.timer_actions.follow_window or self.w)
        if dialog.exec():
            s.finish(*dialog.values())
            self.w.timer_panel.load_exercise(self.controller.exercise or self.w.library.exercises[0])
