"""Log a session after the fact: the day and time, the exercises and what was done, pain before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.records import Prescription
from rehab_desktop.ui.common.style import fit_to_screen, scaled_font
from rehab_desktop.ui.session.pain_dialogs import RatingRow


@dataclass(frozen=True)
class LoggedSession:
    """What the person entered: when, and per exercise the dose done and how many sets of it."""

    started_at: datetime
    done: tuple[tuple[Prescription, int], ...]  # (dose, sets done of it per movement and leg)
    pain_before: int | None
    pain_after: int | None
    notes: str


class _Row:
    """One exercise: a tick, sets done, and its reps or hold at the chosen dose."""

    def __init__(self, grid: QGridLayout, row: int, exercise: Exercise, dose: Prescription, parent: QWidget):
        self.exercise = exercise
        self.tick = QCheckBox(exercise.name, parent)
        self.sets = self._spin(parent, exercise.dose.sets, dose.sets,
                               translate("ui.history.log_dialog", "{exercise}: sets done").format(
                                   exercise=exercise.name),
                               translate("ui.history.log_dialog", " sets", "after the number of sets: '3 sets'"))
        m = exercise.dose.movements[0]
        self.reps = self._spin(parent, m.reps, dose.reps,
                               translate("ui.history.log_dialog", "{exercise}: reps in each set").format(
                                   exercise=exercise.name),
                               translate("ui.history.log_dialog", " reps", "after the number of reps: '12 reps'"))
        self.hold = self._spin(parent, m.hold, dose.hold_s,
                               translate("ui.history.log_dialog", "{exercise}: hold in seconds").format(
                                   exercise=exercise.name), " s")
        grid.addWidget(self.tick, row, 0)
        grid.addWidget(self.sets, row, 1)
        for col, spin in ((2, self.reps), (3, self.hold)):
            if spin is not None:
                grid.addWidget(spin, row, col)
        self.tick.toggled.connect(self._enable)
        self._enable(False)

    @staticmethod
    def _spin(parent, amount, value, name: str, suffix: str) -> QSpinBox | None:
        if amount is None:
            return None
        spin = QSpinBox(parent)
        spin.setRange(1, amount.max_choice)  # what was done may be less than the range's low end
        spin.setValue(amount.clamp(value if value is not None else amount.default))
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _enable(self, on: bool) -> None:
        for spin in (self.sets, self.reps, self.hold):
            if spin is not None:
                spin.setEnabled(on)

    def value(self) -> tuple[Prescription, int] | None:
        if not self.tick.isChecked():
            return None
        dose = Prescription(self.exercise.id, self.sets.value(), self.reps.value() if self.reps else None,
                            self.hold.value() if self.hold else None)
        return dose, self.sets.value()


class LogSessionDialog(QDialog):
    """A session done away from the timer (at the gym, on paper), entered by hand and marked so."""

    def __init__(self, library: Library, doses: dict[str, Prescription], today: date, now: time, parent=None):
        """`doses`: the dose to offer for each exercise (the last one chosen)."""
        super().__init__(parent)
        self.setWindowTitle(translate("ui.history.log_dialog", "Log a session"))
        self.setAccessibleName(self.windowTitle())
        head = QLabel(translate("ui.history.log_dialog", "A session you did without the timer. It is marked "
                                "\u201centered by hand\u201d in the history and the therapist summary."), self)
        head.setWordWrap(True)
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setAccessibleName(translate("ui.history.log_dialog", "Day"))
        self.at = QTimeEdit(QTime(now.hour, now.minute), self)
        self.at.setAccessibleName(translate("ui.history.log_dialog", "Time", "the time of day"))
        when = QHBoxLayout()
        for text, w in ((translate("ui.history.log_dialog", "&Day"), self.day),
                        (translate("ui.history.log_dialog", "&Time", "the time of day"), self.at)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            when.addWidget(lab)
            when.addWidget(w)
        when.addStretch(1)

        box = QWidget(self)
        grid = QGridLayout(box)
        for col, text in enumerate((translate("ui.history.log_dialog", "Exercise", "column heading"),
                                    translate("ui.history.log_dialog", "Sets done", "column heading"),
                                    translate("ui.history.log_dialog", "Reps", "column heading"),
                                    translate("ui.history.log_dialog", "Hold", "column heading: the hold's seconds"))):
            lab = QLabel(text, box)
            lab.setFont(scaled_font(self.font(), 1.0, bold=True))
            grid.addWidget(lab, 0, col)
        self.rows = [_Row(grid, i + 1, ex, doses.get(ex.id) or _default(ex), box)
                     for i, ex in enumerate(library.exercises)]
        scroll = QScrollArea(self)
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)

        no_pain = translate("ui.history.log_dialog", "no pain", "what 0 means on the pain scale")
        worst = translate("ui.history.log_dialog", "worst imaginable", "what 10 means on the pain scale")
        before_text = translate("ui.history.log_dialog", "Pain before")
        after_text = translate("ui.history.log_dialog", "Pain after")
        notes_text = translate("ui.history.log_dialog", "Notes")
        self.pain_before = RatingRow(before_text, no_pain, worst, self, compact=True)
        self.pain_after = RatingRow(after_text, no_pain, worst, self, compact=True)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(notes_text)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(translate("ui.history.log_dialog", "Where, what was different (optional)"))
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.save_button = save = QPushButton(translate("ui.history.log_dialog", "&Save"), self)
        save.setDefault(True)
        cancel = QPushButton(translate("ui.history.log_dialog", "Cancel"), self)
        save.clicked.connect(self._save)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addLayout(when)
        lay.addWidget(scroll, 1)
        for text, w in ((before_text, self.pain_before), (after_text, self.pain_after), (notes_text, self.notes)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            lay.addWidget(lab)
            lay.addWidget(w)
        lay.addLayout(buttons)
        self.result_value: LoggedSession | None = None
        fit_to_screen(self, 860, 720)

    def _save(self) -> None:
        done = tuple(v for v in (r.value() for r in self.rows) if v is not None)
        if not done:
            self.problem.setText(translate("ui.history.log_dialog", "Tick at least one exercise you did."))
            return
        d, t = self.day.date(), self.at.time()
        started = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
        if started > datetime.now().astimezone():
            self.problem.setText(translate("ui.history.log_dialog",
                                           "That time is still to come: choose when the session was."))
            return
        self.result_value = LoggedSession(started, done, self.pain_before.value(), self.pain_after.value(),
                                          self.notes.toPlainText().strip())
        self.accept()


def _default(exercise: Exercise) -> Prescription:
    from rehab_desktop.core.phases import default_prescription

    return default_prescription(exercise)


def record_logged(repo, library: Library, logged, options=None) -> int:
    """Write a session entered in the dialog, marked as entered by hand; its id. `options`: the
    timer's options (the sides, as the timer would run them). Raises StoreError as the store does."""
    from rehab_desktop.core.session import logged_sets

    records = [r for dose, n in logged.done
               for r in logged_sets(library[dose.exercise_id], dose, n, logged.started_at, options)]
    return repo.log_session(logged.started_at, [dose for dose, _n in logged.done], records,
                            pain_before=logged.pain_before, pain_after=logged.pain_after, notes=logged.notes)
