"""The timer pane beside the instructions: dose choice, countdown, phase, next cue and controls."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import SAFETY_LIMITS, Amount, Exercise, Side, WorkKind
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.phases import StartAt, heading_patterns
from rehab_desktop.core.plan import prescribed_text
from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.timer import (
    EngineState,
    ExerciseCompleted,
    PhaseKind,
    PhaseStarted,
    Plan,
    Snapshot,
    TimerOptions,
)
from rehab_desktop.ui.common.announce import Announcer
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.preferences import TIMER_FIELDS, PreferenceStore
from rehab_desktop.ui.common.style import caution_colours, scaled_font, text_scale
from rehab_desktop.ui.figures.motion import FigureSettings
from rehab_desktop.ui.figures.placement import FaceAndFigure, timer_figure
from rehab_desktop.ui.timer.controller import TimerController
from rehab_desktop.ui.timer.countdown import CountdownFace, phase_colour
from rehab_desktop.ui.timer.switch_question import SwitchQuestion


def _button(text: str, name: str, tip: str, parent: QWidget) -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(name)
    b.setToolTip(tip)
    # Buttons take focus from Tab only: a click must not leave focus on, say, Skip, where the
    # next Space from across the room would press it again.
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return b


class DoseChooser(QWidget):
    """Spin boxes for sets, reps and hold within the exercise's ranges, plus rep pacing."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.exercise: Exercise | None = None
        self.eased = False  # showing a dose made easier after "It hurts"
        self.chosen: Prescription | None = None  # the dose last shown
        self.labels: dict[QSpinBox, QLabel] = {}
        self.fields: dict[QSpinBox, QWidget] = {}
        self.sets = self._spin(translate("ui.timer.panel", "Sets"), translate("ui.timer.panel", "Number of sets"), "")
        self.reps = self._spin(translate("ui.timer.panel", "Reps"), translate("ui.timer.panel", "Repetitions per set"),
                               "")
        self.hold = self._spin(translate("ui.timer.panel", "Hold", "dose field: seconds held"),
                               translate("ui.timer.panel", "Hold in seconds"), " s")
        self.tempo = self._spin(translate("ui.timer.panel", "Tempo"),
                                translate("ui.timer.panel", "Seconds to move into and back from each rep"), " s")
        self.tempo.setRange(1, 5)
        self.manual = QCheckBox(translate("ui.timer.panel", "I count reps (Enter)"), self)
        self.manual.setAccessibleName(translate("ui.timer.panel", "Count reps myself"))
        self.manual.setToolTip(translate("ui.timer.panel", "Off: the timer paces each rep for you. On: press Enter "
                                         "after each rep."))
        self.manual.toggled.connect(self._on_manual)
        row = FlowLayout(spacing=12)  # the fields wrap onto a second line when the pane is narrow
        for spin in (self.sets, self.reps, self.hold, self.tempo):
            row.addWidget(self.fields[spin])
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.manual)
        lay.addWidget(self.note)

    def _spin(self, label: str, name: str, suffix: str) -> QSpinBox:
        field = QWidget(self)
        spin = QSpinBox(field)
        spin.setProperty("label", label)
        spin.setAccessibleName(name)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self.changed)
        lab = QLabel(label, field)
        lab.setBuddy(spin)
        fl = QVBoxLayout(field)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.setSpacing(2)
        fl.addWidget(lab)
        fl.addWidget(spin)
        self.labels[spin] = lab
        self.fields[spin] = field
        return spin

    def set_exercise(self, exercise: Exercise, chosen: Prescription, tempo: int, manual: bool,
                     eased: bool = False) -> None:
        """Show `chosen` within the exercise's ranges (an `eased` dose may sit below their low ends)."""
        self.exercise = exercise
        self.eased = eased
        self.chosen = chosen  # a prescribed dose keeps its mark and its figures (within the safety limits)
        m = exercise.dose.movements[0]
        widgets = [self.sets, self.reps, self.hold, self.tempo, self.manual]
        for w in widgets:
            w.blockSignals(True)
        self._range(self.sets, exercise.dose.sets, chosen.sets, "sets")
        self._range(self.reps, m.reps, chosen.reps, "reps")
        self._range(self.hold, m.hold, chosen.hold_s, "hold_s")
        reps_kind = m.kind is WorkKind.REPS
        # The band work is never paced faster than the library allows (the article: slowly, in control).
        slowest = exercise.dose.min_tempo_s
        self.tempo.setRange(slowest, 5)
        self.tempo.setValue(max(slowest, tempo))
        slow_note = translate("ui.timer.panel", "At least {seconds} s: the article asks for slow, controlled "
                              "movement.").format(seconds=slowest) if slowest > 1 else ""
        self.tempo.setToolTip(" ".join(p for p in (translate("ui.timer.panel", "Seconds to move out and back on each "
                                                             "rep: the app's suggestion, the article gives none."),
                                                   slow_note) if p))
        self.manual.setChecked(manual)
        for spin, visible in ((self.reps, m.reps is not None), (self.hold, m.hold is not None),
                              (self.tempo, reps_kind)):
            self.fields[spin].setVisible(visible)
        self.manual.setVisible(reps_kind)
        self.tempo.setEnabled(reps_kind and not manual)
        if exercise.dose.side is Side.SWITCH_EACH_SET:  # as the plan and the sheet say: not per foot
            self.labels[self.sets].setText(self.labels[self.sets].text().replace(
                translate("ui.timer.panel", "Sets"), translate("ui.timer.panel", "Sets in all")))
        # The tempo is always the app's own figure, so it is starred wherever it is shown.
        self.labels[self.tempo].setText(translate("ui.timer.panel", "Tempo") + "*")
        starred = exercise.dose.suggested or reps_kind
        slow = " " + translate("ui.timer.panel", "Tempo at least {seconds} s: the article asks for slow, controlled "
                               "movement.").format(seconds=slowest) if reps_kind and slow_note else ""
        notes = [translate("ui.timer.panel", "* the app's suggestion.") + slow if starred else ""]
        if chosen.prescribed:
            who = prescribed_text(chosen)
            notes.insert(0, translate("ui.timer.panel", "{prescribed}: the dose is kept as given.",
                                      "'Prescribed by Ana Ruiz'").format(prescribed=f"{who[:1].upper()}{who[1:]}"))
        self.note.setText(" ".join(n for n in notes if n))
        self.note.setVisible(bool(self.note.text()))
        for w in widgets:
            w.blockSignals(False)

    def _range(self, spin: QSpinBox, amount: Amount | None, value: int | None, key: str = "") -> None:
        if amount is None:
            return
        value = value if value is not None else amount.default
        prescribed = self.chosen is not None and self.chosen.prescribed and key in SAFETY_LIMITS
        if prescribed:  # the therapist's figure, outside the article's range if so: only the safety limits hold
            spin.setRange(1, SAFETY_LIMITS[key])
            spin.setValue(max(1, min(SAFETY_LIMITS[key], value)))
            spin.setEnabled(True)
        else:
            low = min(amount.low, value) if self.eased else amount.low
            spin.setRange(max(1, low), amount.max_choice)
            spin.setValue(max(1, min(amount.max_choice, value)) if self.eased else amount.clamp(value))
            spin.setEnabled(amount.low != amount.max_choice)
        base = spin.property("label")
        self.labels[spin].setText(base + ("*" if amount.suggested else "")) if spin in self.labels else None
        dose = amount.text()
        if prescribed:
            tip = translate("ui.timer.panel", "The dose: {dose} (the app's suggestion); this one {prescribed}",
                            "the dose: '10-15'; prescribed: 'prescribed by Ana Ruiz'") if amount.suggested else \
                translate("ui.timer.panel", "The dose: {dose}; this one {prescribed}",
                          "the dose: '10-15'; prescribed: 'prescribed by Ana Ruiz'")
        else:
            tip = translate("ui.timer.panel", "The dose: {dose} (the app's suggestion)", "the dose: '10-15'") \
                if amount.suggested else translate("ui.timer.panel", "The dose: {dose}", "the dose: '10-15'")
        spin.setToolTip(tip.format(dose=dose, prescribed=prescribed_text(self.chosen) if prescribed else ""))

    def _on_manual(self, on: bool) -> None:
        self.tempo.setEnabled(not on)
        self.changed.emit()

    def prescription(self) -> Prescription:
        ex = self.exercise
        m = ex.dose.movements[0]
        chosen = self.chosen if self.chosen is not None and self.chosen.exercise_id == ex.id else None
        return Prescription(ex.id, self.sets.value(), self.reps.value() if m.reps else None,
                            self.hold.value() if m.hold else None,
                            prescribed=chosen is not None and chosen.prescribed,
                            prescribed_by=chosen.prescribed_by if chosen is not None and chosen.prescribed else "")

    def lock(self, locked: bool) -> None:
        """No dose changes while a run is under way: it would silently restart it."""
        for w in (self.sets, self.reps, self.hold, self.tempo, self.manual):
            w.setDisabled(locked or (isinstance(w, QSpinBox) and w.minimum() == w.maximum()))
        if not locked:
            self.tempo.setEnabled(not self.manual.isChecked())


class TimerPanel(QFrame):
    """Everything about the running timer; keys are wired by the main window."""

    follow_along_requested = Signal()
    hurts_requested = Signal()
    shape_changed = Signal()  # the room it needs changed (text size, the switch question)
    keep_requested = Signal()  # the switch question: keep timing the timer's exercise
    switch_requested = Signal()  # the switch question: time the exercise the instructions show

    def __init__(self, controller: TimerController, prefs: PreferenceStore, parent=None,
                 figures: FigureSettings | None = None):
        """With `figures`, the exercise's figure moves beside the countdown, where there is room."""
        super().__init__(parent)
        self.controller = controller
        self.prefs = prefs
        self.base_options = prefs.timer_options()
        prefs.changed.connect(self._prefs_changed)
        self.setObjectName("timerPanel")
        self.setAccessibleName(translate("ui.timer.panel", "Timer"))
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel(translate("ui.timer.panel", "Timer"), self)
        self.title.setAccessibleName(translate("ui.timer.panel", "Timer exercise"))
        self.title.setWordWrap(True)
        self.dose = DoseChooser(self)
        self.dose.changed.connect(self._dose_changed)
        self.switch_bar = SwitchQuestion(self)
        self.switch_bar.keep.clicked.connect(self.keep_requested)
        self.switch_bar.switch.clicked.connect(self.switch_requested)

        self.phase_label = QLabel("", self)
        self.phase_label.setAccessibleName(translate("ui.timer.panel", "Phase"))
        self.phase_label.setWordWrap(True)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face = CountdownFace(self)
        self.figure = timer_figure(figures, controller, self) if figures is not None else None
        self.face_box = FaceAndFigure(self.face, self.figure, keep_face=False, figure_min=120, parent=self)
        self.next_label = QLabel("", self)
        self.next_label.setAccessibleName(translate("ui.timer.panel", "Next", "what comes next"))
        self.next_label.setWordWrap(True)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.start_button = _button(translate("ui.timer.panel", "Start  (Space)"),
                                    translate("ui.timer.panel", "Start or pause"),
                                    translate("ui.timer.panel", "Start or pause the timer (Space)"), self)
        self.start_button.setMinimumHeight(int(self.fontMetrics().height() * 2.2))
        self.back_button = _button(translate("ui.timer.panel", "Back"), translate("ui.timer.panel", "Back"),
                                   translate("ui.timer.panel", "Back to the start of this set, or the one before (B)"),
                                   self)
        self.skip_button = _button(translate("ui.timer.panel", "Skip"), translate("ui.timer.panel", "Skip"),
                                   translate("ui.timer.panel", "Skip the rest of this set or rest (S)"), self)
        self.restart_button = _button(translate("ui.timer.panel", "Restart"), translate("ui.timer.panel", "Restart"),
                                      translate("ui.timer.panel", "Start the exercise again (R)"), self)
        self.less_button = _button("\u22125 s", translate("ui.timer.panel", "Five seconds less"),
                                   translate("ui.timer.panel", "Take 5 seconds off this hold"), self)
        self.more_button = _button("+5 s", translate("ui.timer.panel", "Five seconds more"),
                                   translate("ui.timer.panel", "Add 5 seconds to this hold"), self)
        self.rep_button = _button(translate("ui.timer.panel", "Count rep  (Enter)"),
                                  translate("ui.timer.panel", "Count a rep"),
                                  translate("ui.timer.panel", "Count one repetition (Enter)"), self)
        self.follow_button = _button(translate("ui.timer.panel", "Full screen (F)"),
                                     translate("ui.timer.panel", "Follow along"),
                                     translate("ui.timer.panel", "Full screen: only the timer, the step and the next "
                                               "cue (F or F11)"), self)
        self.toggle_handler = controller.toggle  # what Space and this button mean; the session may widen it
        self.start_button.clicked.connect(lambda: self.toggle_handler())
        self.back_button.clicked.connect(controller.back)
        self.skip_button.clicked.connect(controller.skip)
        self.restart_button.clicked.connect(controller.restart)
        self.less_button.clicked.connect(lambda: controller.add_time(-5))
        self.more_button.clicked.connect(lambda: controller.add_time(5))
        self.rep_button.clicked.connect(controller.count_rep)
        self.follow_button.clicked.connect(self.follow_along_requested)
        self.hurts_button = _button(translate("ui.timer.panel", "It hurts (H)"),
                                    translate("ui.timer.panel", "It hurts"),
                                    translate("ui.timer.panel", "Pause, rate the pain, and choose: stop, skip, or an "
                                              "easier dose (H)"), self)
        self.hurts_button.clicked.connect(self.hurts_requested)

        icons = QStyle.StandardPixmap
        for b, icon in ((self.back_button, icons.SP_MediaSkipBackward), (self.skip_button, icons.SP_MediaSkipForward),
                        (self.restart_button, icons.SP_BrowserReload), (self.follow_button, icons.SP_TitleBarMaxButton),
                        (self.start_button, icons.SP_MediaPlay)):
            b.setIcon(self.style().standardIcon(icon))

        # Arranged by fit(): one column when the pane is tall enough for everything with the
        # countdown at its least; else the countdown (and the next cue) beside the rest, with the
        # primary controls (Start, It hurts, Full screen) at the top of that column.
        self.controls = QWidget(self)
        primary = FlowLayout(spacing=6)
        primary.addWidget(self.hurts_button)
        primary.addWidget(self.follow_button)
        secondary = FlowLayout(spacing=6)
        for b in (self.less_button, self.more_button, self.rep_button, self.back_button, self.skip_button,
                  self.restart_button):
            secondary.addWidget(b)
        cl = QVBoxLayout(self.controls)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.start_button)
        cl.addLayout(primary)
        cl.addLayout(secondary)
        self.left = _block(self)
        self.right = _block(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(14)
        lay.addWidget(self.left, 1)
        lay.addWidget(self.right, 1)
        self.two_columns: bool | None = None
        self._set_columns(False)
        self.setMinimumWidth(200)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.switch_bar.installEventFilter(self)

        self._shown: tuple | None = None  # (phase index, state) the labels show
        self.announcer = Announcer(self.face)
        controller.changed.connect(self.show_snapshot)
        controller.event.connect(self._announce_event)
        controller.last_seconds.connect(lambda n: self.announcer.say(str(n)))
        controller.plan_loaded.connect(self._on_plan)
        self._apply_fonts()
        self._tint_hurts()

    # -- exercise and dose ---------------------------------------------------------

    def load_exercise(self, exercise: Exercise, prescription: Prescription | None = None,
                      lead_in_s: float | None = None, start: StartAt | None = None, intro: str = "",
                      eased: bool = False) -> None:
        """Show `exercise` at `prescription`, else at the dose last chosen for it (or its default).

        With `start`, the timer begins at that set (what is left of a partly done exercise); an
        `eased` dose (after "It hurts") may lie below the exercise's ranges and is shown as it is.
        """
        self.switch_bar.hide()
        chosen = prescription or self.prefs.chosen_dose(exercise)
        self.dose.set_exercise(exercise, chosen, self.prefs.values.tempo, self.prefs.values.manual_reps, eased)
        self.controller.load(exercise, self.dose.prescription(), self.options(lead_in_s), start, intro, eased)

    def offer_switch(self, shown: Exercise) -> None:
        """The instructions show `shown` while the timer is on another exercise: say so, and ask."""
        self.switch_bar.ask(self.controller.exercise, shown, self.controller.snapshot())

    def show_dose(self, exercise: Exercise, prescription: Prescription) -> None:
        """Show a dose the timer was given (an easier one, say) without remembering it as a choice."""
        self.dose.set_exercise(exercise, prescription, self.dose.tempo.value(), self.dose.manual.isChecked())

    def options(self, lead_in_s: float | None = None) -> TimerOptions:
        """The timer options for the current pacing choices (and an optional longer get-ready)."""
        tempo = float(self.dose.tempo.value())
        o = self.base_options
        lead_in = o.lead_in_s if lead_in_s is None else max(o.lead_in_s, lead_in_s)
        return TimerOptions(lead_in_s=lead_in, rest_s=o.rest_s, move_s=tempo, return_s=tempo,
                            switch_s=o.switch_s, movement_change_s=o.movement_change_s,
                            manual_reps=self.dose.manual.isChecked(), first_side=o.first_side,
                            affected_side=o.affected_side)

    def _prefs_changed(self, names: frozenset) -> None:
        if names & TIMER_FIELDS:
            self.set_base_options(self.prefs.timer_options())

    def set_base_options(self, options: TimerOptions) -> None:
        self.base_options = options
        if self.controller.exercise is not None and not self.controller.in_progress:
            self.controller.load(self.controller.exercise, self.dose.prescription(), self.options())

    def _dose_changed(self) -> None:
        ex = self.dose.exercise
        if ex is None or self.controller.in_progress:
            return
        p = self.dose.prescription()
        self.prefs.remember_dose(p)
        tempo = self.dose.tempo.value()
        # A tempo raised to an exercise's least is not a choice: keep the person's own for the others.
        if tempo != max(self.prefs.values.tempo, ex.dose.min_tempo_s):
            self.prefs.update(tempo=tempo)
        self.prefs.update(manual_reps=self.dose.manual.isChecked())
        self.controller.load(ex, p, self.options())

    def _on_plan(self, plan: Plan) -> None:
        self._shown = None
        totals = plan.totals()
        mins = round(totals.duration_s / 60)
        about = translate("ui.timer.panel", "about {minutes} min").format(minutes=mins) if mins >= 1 \
            else f"{int(totals.duration_s)} s"
        if totals.open_ended_phases:
            about = translate("ui.timer.panel", "{time} plus your reps", "the time: 'about 5 min'").format(time=about)
        sets = totals.sets
        if plan.start is not None:  # going on with a partly done exercise
            count = translate("ui.timer.panel", "%n set(s) left", None, sets)
        else:
            count = translate("ui.timer.panel", "%n set(s) in all", None, sets)
        self.title.setText(f"{plan.exercise.name}\n{count} \u00b7 {about}")
        self.shape_changed.emit()  # the title's lines, the dose's fields: the room needed may differ

    # -- state ---------------------------------------------------------------------

    def show_snapshot(self, snap: Snapshot) -> None:
        """Repaint the face; touch labels and buttons only when what they show changes."""
        self.face.show_snapshot(snap)
        phase = snap.phase
        key = (snap.index, snap.state)
        if key == self._shown:
            return
        self._shown = key
        colour = phase_colour(phase.kind, self.palette())
        pal = self.phase_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, colour)
        self.phase_label.setPalette(pal)
        self.phase_label.setText(keep_together(phase.label))
        self.next_label.setText(self.controller.next_text(phase))
        if snap.state is EngineState.FINISHED:
            start = translate("ui.timer.panel", "Start again  (Space)")
        elif snap.state is EngineState.RUNNING:
            start = translate("ui.timer.panel", "Pause  (Space)")
        elif snap.state is EngineState.PAUSED:
            start = translate("ui.timer.panel", "Resume  (Space)")
        else:
            start = translate("ui.timer.panel", "Start  (Space)")
        self.start_button.setText(start)
        icon = QStyle.StandardPixmap.SP_MediaPause if snap.running else QStyle.StandardPixmap.SP_MediaPlay
        self.start_button.setIcon(self.style().standardIcon(icon))
        manual = phase.kind is PhaseKind.MANUAL_REPS
        timed = phase.duration_s is not None and phase.kind is not PhaseKind.DONE
        self.less_button.setEnabled(timed)
        self.more_button.setEnabled(timed)
        self.rep_button.setVisible(manual)
        self.less_button.setVisible(not manual)
        self.more_button.setVisible(not manual)
        self.dose.lock(self.controller.in_progress)
        # While a run is under way the dose cannot change; the title says it, and the room goes to the ring.
        self.dose.setVisible(not self.controller.in_progress)

    def refresh_next(self) -> None:
        """What comes next changed outside the timer (the routine was edited): show it now."""
        snap = self.controller.snapshot()
        if snap is not None:
            self.next_label.setText(self.controller.next_text(snap.phase))

    def _announce_event(self, ev) -> None:
        """Milestones for screen readers: each new set, rest, switch and the end; not every second."""
        if isinstance(ev, ExerciseCompleted):
            self.announcer.say(translate("ui.timer.panel", "{exercise} done.", "for screen readers").format(
                exercise=self.controller.exercise.name))
        elif isinstance(ev, PhaseStarted) and self.controller.state is EngineState.RUNNING:
            p = ev.phase
            if p.kind in (PhaseKind.MOVE, PhaseKind.REP_HOLD, PhaseKind.RETURN) and not (
                    p.kind is PhaseKind.MOVE and p.rep == 1):
                return  # paced reps change every second or two: only the start of the set is news
            spoken = p.label.replace(" \u00b7 ", ", ")
            self.announcer.say(spoken + (f". {p.next_text}" if p.kind is PhaseKind.REST else ""))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_fonts()
        if event.type() == event.Type.PaletteChange:
            self._shown = None  # the phase colour is derived from the palette
            snap = self.controller.snapshot()
            if snap is not None:
                self.show_snapshot(snap)
        if event.type() in (event.Type.PaletteChange, event.Type.StyleChange):
            self._tint_hurts()

    def _tint_hurts(self) -> None:
        bg, border = caution_colours(self.palette())
        pal = self.hurts_button.palette()
        pal.setColor(QPalette.ColorRole.Button, bg)
        pal.setColor(QPalette.ColorRole.ButtonText, self.palette().color(QPalette.ColorRole.WindowText))
        self.hurts_button.setPalette(pal)

    # -- shape -----------------------------------------------------------------------

    def _set_columns(self, two: bool) -> None:
        if two == self.two_columns:
            return
        self.two_columns = two
        left, right = self.left.layout(), self.right.layout()
        for lay in (left, right):
            while lay.count():
                lay.takeAt(0)
        if two:
            order_left = [self.face_box, self.next_label]
            order_right = [self.title, self.switch_bar, self.phase_label, self.controls, self.dose]
        else:
            order_left = []
            order_right = [self.title, self.switch_bar, self.dose, self.phase_label, self.face_box, self.next_label,
                           self.controls]
        for w in order_left:
            left.addWidget(w)
        for w in order_right:
            right.addWidget(w)
        left.setStretchFactor(self.face_box, 1)
        right.setStretchFactor(self.face_box, 1)
        if two:
            right.addStretch(1)
        self.left.setVisible(two)
        outer = self.layout()
        outer.setStretchFactor(self.left, 3 if two else 0)
        outer.setStretchFactor(self.right, 2 if two else 1)

    def _margins(self) -> tuple[int, int]:
        m = self.layout().contentsMargins()
        return m.left() + m.right(), m.top() + m.bottom()

    @staticmethod
    def _height(w: QWidget, width: int) -> int:
        if w.isHidden() and not isinstance(w, DoseChooser):
            return 0
        lay = w.layout()
        if w.hasHeightForWidth():
            h = w.heightForWidth(width)
        elif lay is not None and lay.hasHeightForWidth():
            h = lay.totalHeightForWidth(width)
        else:
            h = -1
        return max(h, w.minimumHeight(), w.sizeHint().height() if h < 0 else 0)

    def column_width(self) -> int:
        """The least width at which every control shows its text whole, in one column."""
        widest = max(self._start_width(), *(b.sizeHint().width() for b in (
            self.hurts_button, self.follow_button, self.back_button, self.skip_button,
            self.restart_button, self.rep_button)))
        dose = self.dose.minimumSizeHint().width()
        return max(widest, dose, self.face.minimumWidth(), 18 * self.fontMetrics().averageCharWidth())

    def _start_width(self) -> int:
        """The start button's width for the longest of its words (Start, Pause, Resume): the pane must not
        change shape, or cut the button off, when the timer starts."""
        b = self.start_button
        metrics = b.fontMetrics()
        texts = (translate("ui.timer.panel", "Start  (Space)"), translate("ui.timer.panel", "Pause  (Space)"),
                 translate("ui.timer.panel", "Resume  (Space)"))
        return b.sizeHint().width() - metrics.horizontalAdvance(b.text()) + max(map(metrics.horizontalAdvance, texts))

    def two_column_width(self) -> int:
        left = max(self.face.minimumWidth(), 10 * self.next_label.fontMetrics().averageCharWidth())
        return left + self.layout().spacing() + self.column_width() + self._margins()[0]

    def column_height(self, width: int) -> int:
        """The height one column needs at `width`: everything, with the countdown at its least
        (and the dose shown, as before a run: starting must not change the pane's shape)."""
        inner = width - self._margins()[0]
        parts = [self.title, self.switch_bar, self.dose, self.phase_label, self.next_label, self.controls]
        heights = [self._height(w, inner) for w in parts]
        shown = sum(1 for h in heights if h) + 1
        return sum(heights) + self.face.minimumHeight() + shown * self.right.layout().spacing() + self._margins()[1]

    def needed_width(self, height: int) -> int:
        """How wide this pane must be to show everything in `height` without scrolling."""
        width = self.column_width() + self._margins()[0]
        return width if self.column_height(width) <= height else self.two_column_width()

    def fit(self, width: int, height: int) -> None:
        """Take the shape that shows the most in `width` x `height` (the room the window gives)."""
        self._set_columns(self.column_height(width) > height and width >= self.two_column_width())

    def eventFilter(self, obj, event) -> bool:
        if obj is self.switch_bar and event.type() in (event.Type.Show, event.Type.Hide):
            self.shape_changed.emit()
        return False

    def _apply_fonts(self) -> None:
        base = self.font()
        # The larger the text already is, the less these stand out above it (at 200 %, not at all).
        lift = max(0.0, min(1.0, 2.0 - text_scale()))
        self.title.setFont(scaled_font(base, 1.0, bold=True))
        self.phase_label.setFont(scaled_font(base, 1 + 0.2 * lift, bold=True))
        self.next_label.setFont(scaled_font(base, 1 + 0.1 * lift))
        self.start_button.setFont(scaled_font(base, 1 + 0.1 * lift, bold=True))
        self.start_button.setMinimumHeight(int(self.start_button.fontMetrics().height() * 1.8))
        # Two lines kept for the phase and the next cue, so a label that wraps never resizes the ring.
        self.phase_label.setMinimumHeight(2 * self.phase_label.fontMetrics().lineSpacing() + 4)
        self.next_label.setMinimumHeight(2 * self.next_label.fontMetrics().lineSpacing() + 4)
        self.shape_changed.emit()


def _block(parent: QWidget) -> QWidget:
    block = QWidget(parent)
    QVBoxLayout(block).setContentsMargins(0, 0, 0, 0)
    return block


def keep_together(label: str) -> str:
    """'Set 2 of 3' never breaks across lines (nor does 'Left leg'), in any language."""
    for pattern in heading_patterns():  # 'Set {number} of {total}': its numbers may be any
        pieces = re.split(r"\{\w+\}", pattern)
        found = r"\d+".join(re.escape(piece) for piece in pieces)
        label = re.sub(found, lambda m: m.group(0).replace(" ", "\u00a0"), label)
    for side in LegSide:
        for name in {side.label, side.label[:1].lower() + side.label[1:]}:  # 'Left leg', 'switch to left leg'
            label = label.replace(name, name.replace(" ", "\u00a0"))
    return label

