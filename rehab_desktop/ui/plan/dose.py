"""The dose editor of the plan pane: spin boxes limited to the chosen exercise's ranges, or, for a dose
the person's therapist prescribed, to the app's safety limits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from rehab_desktop.core.exercises import SAFETY_LIMITS, Amount, Exercise, Side
from rehab_desktop.core.plan import clamp_dose, dose_amounts, prescribed_text
from rehab_desktop.core.records import Prescription

LIMITS_TEXT = (f"at most {SAFETY_LIMITS['sets']} sets, {SAFETY_LIMITS['reps']} reps and a "
               f"{SAFETY_LIMITS['hold_s']} s hold")


def _range_text(amount: Amount, unit: str = "") -> str:
    """'2–3', '30–60 s' or 'up to 10', with '*' when the figure is the app's suggestion."""
    if amount.up_to:
        text = f"up to {amount.max_choice}"
    elif amount.max_choice == amount.low:
        text = f"{amount.low}"
    else:
        text = f"{amount.low}\u2013{amount.max_choice}"
    return f"{text}{unit}{'*' if amount.suggested else ''}"


class DoseSpin(QSpinBox):
    """A spin box whose arrows stay within its range, while a figure typed beyond the range is offered
    to `typed` (before Qt would bring it back into the range) so the editor can ask about it."""

    typed = Signal(object, int)  # (this spin box, the figure typed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._offering = False

    def typed_value(self) -> int | None:
        text = self.cleanText().strip()
        return int(text) if text.isdigit() else None

    def validate(self, text: str, pos: int):
        body = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if body.isdigit() and len(body) <= 4:
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def offer(self) -> None:
        """A figure typed outside the range: tell the editor once, before it is interpreted."""
        value = self.typed_value()
        if self._offering or value is None or self.minimum() <= value <= self.maximum():
            return
        self._offering = True  # a question taking the focus must not offer it again
        try:
            self.typed.emit(self, value)
        finally:
            self._offering = False
        if not self.minimum() <= value <= self.maximum():  # Qt would read a figure past the range as its least
            self.setValue(max(self.minimum(), min(self.maximum(), value)))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.offer()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.offer()
        super().focusOutEvent(event)


class DoseEditor(QGroupBox):
    """Sets, reps, hold, band and weight of one plan entry; emits the clamped dose on every change."""

    dose_changed = Signal(object)  # Prescription, already within the exercise's ranges (or the safety limits)

    def __init__(self, parent=None):
        super().__init__("Dose", parent)
        self.setAccessibleName("Dose of the selected exercise")
        self.exercise: Exercise | None = None
        self._loading = False
        self._asked = False  # the question about a dose outside the ranges is asked once per entry
        # Asks a yes/no question (title, text) -> bool; the pane gives its own, tests one that answers.
        self.ask: Callable[[str, str], bool] = self._question
        self._base_note = ""
        grid = QGridLayout(self)
        self.sets = self._spin(" sets", "Sets")
        self.reps = self._spin(" reps", "Repetitions")
        self.hold = self._spin(" s", "Hold in seconds")
        self.band = QLineEdit(self)
        self.band.setPlaceholderText("e.g. red band")
        self.band.setAccessibleName("Band or resistance")
        self.band.setMaxLength(40)
        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0.0, 50.0)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.weight.setSuffix(" kg")
        self.weight.setSpecialValueText("none")
        self.weight.setAccessibleName("Hand weight in kilograms")
        self.labels: dict[QWidget, QLabel] = {}
        for row, (widget, text) in enumerate(((self.sets, "Sets"), (self.reps, "&Reps"), (self.hold, "Ho&ld"),
                                              (self.band, "&Band"), (self.weight, "&Weight"))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.labels[widget] = label
            grid.addWidget(label, row // 2, (row % 2) * 2)
            grid.addWidget(widget, row // 2, (row % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.prescribed = QCheckBox("Prescribed by m&y therapist", self)
        self.prescribed.setAccessibleName("Prescribed by my therapist")
        self.prescribed.setToolTip("Your therapist gave this dose: it is kept as given, outside the article's "
                                   f"ranges if need be, within the app's safety limits ({LIMITS_TEXT}).")
        self.prescriber = QLineEdit(self)
        self.prescriber.setPlaceholderText("Therapist's name (optional)")
        self.prescriber.setAccessibleName("Who prescribed the dose")
        self.prescriber.setMaxLength(60)
        grid.addWidget(self.prescribed, 3, 0, 1, 2)
        grid.addWidget(self.prescriber, 3, 2, 1, 2)
        self.note = QLabel("", self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        grid.addWidget(self.note, 4, 0, 1, 4)
        self.caution = QLabel("", self)  # a figure kept in the range or the safety limits, and why
        self.caution.setTextFormat(Qt.TextFormat.PlainText)
        self.caution.setWordWrap(True)
        self.caution.setAccessibleName("Dose message")
        self.caution.hide()
        grid.addWidget(self.caution, 5, 0, 1, 4)
        for spin in (self.sets, self.reps, self.hold):
            spin.valueChanged.connect(self._changed)
            spin.typed.connect(self._typed)
        self.prescribed.toggled.connect(self._prescribed_toggled)
        self.prescriber.editingFinished.connect(self._name_edited)
        self.weight.valueChanged.connect(self._changed)
        self.band.editingFinished.connect(self._changed)
        self.show_entry(None, None)

    def _spin(self, suffix: str, name: str) -> DoseSpin:
        spin = DoseSpin(self)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.setKeyboardTracking(False)  # typing "15" is one change, not "1" then "15"
        return spin

    def show_entry(self, exercise: Exercise | None, dose: Prescription | None) -> None:
        """Show `dose` of `exercise` (None: nothing selected, the editor is disabled)."""
        self._loading = True
        try:
            self.exercise = exercise
            self._asked = False
            self._say("")
            self.setEnabled(exercise is not None and dose is not None)
            if exercise is None or dose is None:
                self.setTitle("Dose")
                self.note.setText("Choose an exercise in the list to set its dose.")
                self.prescribed.setChecked(False)
                self.prescriber.clear()
                self.prescriber.setEnabled(False)
                return
            self.prescribed.setChecked(dose.prescribed)
            self.prescriber.setText(dose.prescribed_by if dose.prescribed else "")
            self.prescriber.setEnabled(dose.prescribed)
            self.setTitle(f"Dose: {exercise.name}")
            sets, reps, hold = dose_amounts(exercise)
            times = reps is not None and hold is not None and hold.low >= 5  # in and out of a stretch
            in_all = exercise.dose.side is Side.SWITCH_EACH_SET  # as the timer and the sheet say: not per foot
            for spin, amount, label in ((self.sets, sets, "Sets in all" if in_all else "Sets"),
                                        (self.reps, reps, "Ti&mes" if times else "&Reps"),
                                        (self.hold, hold, "Ho&ld")):
                visible = amount is not None
                spin.setVisible(visible)
                self.labels[spin].setVisible(visible)
                if visible:
                    unit = " s" if spin is self.hold else ""
                    self.labels[spin].setText(f"{label} ({_range_text(amount, unit)})")
            self._set_ranges(dose.prescribed)
            if times:
                self.reps.setSuffix(" times")
            else:
                self.reps.setSuffix(" reps")
            dose = clamp_dose(exercise, dose)
            self.sets.setValue(dose.sets)
            if dose.reps is not None:
                self.reps.setValue(dose.reps)
            if dose.hold_s is not None:
                self.hold.setValue(dose.hold_s)
            tags = {t for e in exercise.equipment for t in e.needs}
            for widget, shown in ((self.band, "band" in tags or bool(dose.resistance)),
                                  (self.weight, "weights" in tags or bool(dose.weight_kg))):
                widget.setVisible(shown)
                self.labels[widget].setVisible(shown)
            self.band.setText(dose.resistance)
            self.weight.setValue(dose.weight_kg or 0.0)
            suggested = any(a is not None and a.suggested for a in (sets, reps, hold))
            parts = [exercise.dose.side.label.capitalize() + "."]
            if exercise.dose.note:
                parts.append(exercise.dose.note)
            if suggested:
                parts.append("* the app's suggestion: the article gives no figure.")
            self._base_note = " ".join(parts)
            self._show_note()
        finally:
            self._loading = False

    def _show_note(self) -> None:
        """How the exercise is done, and, for a prescribed dose, by whom and within which limits."""
        text = self._base_note
        if self.prescribed.isChecked():
            who = prescribed_text(Prescription("", 1, prescribed=True, prescribed_by=self.prescriber.text().strip()))
            text += f" The dose is {who}: kept as given, within the app's safety limits ({LIMITS_TEXT})."
        self.note.setText(text.strip())

    def _set_ranges(self, free: bool) -> None:
        """The spin boxes' ranges: the exercise's, or from 1 to the safety limit for a prescribed dose."""
        sets, reps, hold = dose_amounts(self.exercise)
        for spin, amount, key in ((self.sets, sets, "sets"), (self.reps, reps, "reps"), (self.hold, hold, "hold_s")):
            if amount is None:
                continue
            low, high = (1, SAFETY_LIMITS[key]) if free else (amount.low, amount.max_choice)
            spin.setRange(low, high)
            spin.setAccessibleDescription(f"from {low} to {high}" + (", as prescribed" if free else ""))

    def _say(self, text: str) -> None:
        self.caution.setText(text)
        self.caution.setVisible(bool(text))

    def _question(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _typed(self, spin: DoseSpin, value: int) -> None:
        """A figure typed outside the spin box's range, before it is brought into it: past the safety
        limits it is refused with the reason; outside the exercise's range the person is asked, once,
        whether their therapist prescribed it."""
        if self.exercise is None:
            return
        key, what = {self.sets: ("sets", "sets"), self.reps: ("reps", "reps"), self.hold: ("hold_s", "s hold")}[spin]
        limit = SAFETY_LIMITS[key]
        if value < 1 or value > limit:
            self._say(f"{value} {what} is {'below 1' if value < 1 else f'above {limit}, the most the app allows'}"
                      f", even for a prescribed dose: kept at {max(spin.minimum(), min(spin.maximum(), value))}.")
            return
        if self.prescribed.isChecked():
            return
        amount = dict(zip((self.sets, self.reps, self.hold), dose_amounts(self.exercise), strict=True))[spin]
        outside = f"{value} {what} is outside the article's range for {self.exercise.name} " \
                  f"({amount.low}\u2013{amount.max_choice})"
        if not self._asked:
            self._asked = True
            if self.ask("Prescribed dose?", f"{outside}. Did your therapist prescribe this dose? If so, it is kept "
                        f"and marked as prescribed (within the app's safety limits: {LIMITS_TEXT})."):
                self._loading = True
                try:
                    self.prescribed.setChecked(True)
                    self.prescriber.setEnabled(True)
                    self._set_ranges(True)
                finally:
                    self._loading = False
                self._say("")
                self._show_note()
                return
        kept = max(spin.minimum(), min(spin.maximum(), value))
        self._say(f"{outside}: kept at {kept}. Tick \u201cPrescribed by my therapist\u201d for a dose your "
                  "therapist gave you.")

    def _prescribed_toggled(self, on: bool) -> None:
        self.prescriber.setEnabled(on)
        if self._loading or self.exercise is None:
            return
        self._loading = True
        try:
            self._set_ranges(on)  # unticked: the figures come back into the exercise's ranges
        finally:
            self._loading = False
        self._say("")
        self._show_note()
        self._changed()

    def dose(self) -> Prescription | None:
        if self.exercise is None:
            return None
        _, reps, hold = dose_amounts(self.exercise)
        prescribed = self.prescribed.isChecked()
        return clamp_dose(self.exercise, Prescription(
            self.exercise.id, self.sets.value(), self.reps.value() if reps else None,
            self.hold.value() if hold else None, self.band.text(), self.weight.value() or None,
            prescribed, self.prescriber.text() if prescribed else ""))

    def _name_edited(self) -> None:
        if not self._loading and self.exercise is not None:
            self._show_note()
            self._changed()

    def _changed(self, *_args) -> None:
        if not self._loading and self.exercise is not None:
            self.dose_changed.emit(self.dose())
