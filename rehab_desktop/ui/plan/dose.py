"""The dose editor of the plan pane: spin boxes limited to the chosen exercise's ranges."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from rehab_desktop.core.exercises import Amount, Exercise, Side
from rehab_desktop.core.plan import clamp_dose, dose_amounts
from rehab_desktop.core.records import Prescription


def _range_text(amount: Amount, unit: str = "") -> str:
    """'2–3', '30–60 s' or 'up to 10', with '*' when the figure is the app's suggestion."""
    if amount.up_to:
        text = f"up to {amount.max_choice}"
    elif amount.max_choice == amount.low:
        text = f"{amount.low}"
    else:
        text = f"{amount.low}\u2013{amount.max_choice}"
    return f"{text}{unit}{'*' if amount.suggested else ''}"


class DoseEditor(QGroupBox):
    """Sets, reps, hold, band and weight of one plan entry; emits the clamped dose on every change."""

    dose_changed = Signal(object)  # Prescription, already within the exercise's ranges

    def __init__(self, parent=None):
        super().__init__("Dose", parent)
        self.setAccessibleName("Dose of the selected exercise")
        self.exercise: Exercise | None = None
        self._loading = False
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
        self.note = QLabel("", self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        grid.addWidget(self.note, 3, 0, 1, 4)
        for spin in (self.sets, self.reps, self.hold):
            spin.valueChanged.connect(self._changed)
        self.weight.valueChanged.connect(self._changed)
        self.band.editingFinished.connect(self._changed)
        self.show_entry(None, None)

    def _spin(self, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.setKeyboardTracking(False)  # typing "15" is one change, not "1" then "15"
        return spin

    def show_entry(self, exercise: Exercise | None, dose: Prescription | None) -> None:
        """Show `dose` of `exercise` (None: nothing selected, the editor is disabled)."""
        self._loading = True
        try:
            self.exercise = exercise
            self.setEnabled(exercise is not None and dose is not None)
            if exercise is None or dose is None:
                self.setTitle("Dose")
                self.note.setText("Choose an exercise in the list to set its dose.")
                return
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
                    spin.setRange(amount.low, amount.max_choice)
                    unit = " s" if spin is self.hold else ""
                    self.labels[spin].setText(f"{label} ({_range_text(amount, unit)})")
                    spin.setAccessibleDescription(f"from {amount.low} to {amount.max_choice}")
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
            self.note.setText(" ".join(parts))
        finally:
            self._loading = False

    def dose(self) -> Prescription | None:
        if self.exercise is None:
            return None
        _, reps, hold = dose_amounts(self.exercise)
        return clamp_dose(self.exercise, Prescription(
            self.exercise.id, self.sets.value(), self.reps.value() if reps else None,
            self.hold.value() if hold else None, self.band.text(), self.weight.value() or None))

    def _changed(self, *_args) -> None:
        if not self._loading and self.exercise is not None:
            self.dose_changed.emit(self.dose())
