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
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.plan import clamp_dose, dose_amounts
from rehab_desktop.core.records import Prescription


def limits_text() -> str:
    """'at most 10 sets, 50 reps and a 300 s hold': the app's safety limits, in the user's language."""
    return translate("ui.plan.dose", "at most {sets} sets, {reps} reps and a {seconds} s hold").format(
        sets=SAFETY_LIMITS["sets"], reps=SAFETY_LIMITS["reps"], seconds=SAFETY_LIMITS["hold_s"])


def _range_text(amount: Amount, unit: str = "") -> str:
    """'2–3', '30–60 s' or 'up to 10', with '*' when the figure is the app's suggestion."""
    if amount.up_to:
        text = translate("ui.plan.dose", "up to {number}", "a range of figures: 'up to 10'").format(
            number=amount.max_choice)
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
        super().__init__(translate("ui.plan.dose", "Dose"), parent)
        self.setAccessibleName(translate("ui.plan.dose", "Dose of the selected exercise"))
        self.exercise: Exercise | None = None
        self._loading = False
        self._asked = False  # the question about a dose outside the ranges is asked once per entry
        # Asks a yes/no question (title, text) -> bool; the pane gives its own, tests one that answers.
        self.ask: Callable[[str, str], bool] = self._question
        self._base_note = ""
        grid = QGridLayout(self)
        self.sets = self._spin(translate("ui.plan.dose", " sets", "after the figure in a spin box: '3 sets'"),
                               translate("ui.plan.dose", "Sets"))
        self.reps = self._spin(translate("ui.plan.dose", " reps", "after the figure in a spin box: '12 reps'"),
                               translate("ui.plan.dose", "Repetitions"))
        self.hold = self._spin(" s", translate("ui.plan.dose", "Hold in seconds"))
        self.band = QLineEdit(self)
        self.band.setPlaceholderText(translate("ui.plan.dose", "e.g. red band"))
        self.band.setAccessibleName(translate("ui.plan.dose", "Band or resistance"))
        self.band.setMaxLength(40)
        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0.0, 50.0)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.weight.setSuffix(" kg")
        self.weight.setSpecialValueText(translate("ui.plan.dose", "none", "no hand weight"))
        self.weight.setAccessibleName(translate("ui.plan.dose", "Hand weight in kilograms"))
        self.labels: dict[QWidget, QLabel] = {}
        for row, (widget, text) in enumerate(((self.sets, translate("ui.plan.dose", "Sets")),
                                              (self.reps, translate("ui.plan.dose", "&Reps")),
                                              (self.hold, translate("ui.plan.dose", "Ho&ld")),
                                              (self.band, translate("ui.plan.dose", "&Band")),
                                              (self.weight, translate("ui.plan.dose", "&Weight")))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.labels[widget] = label
            grid.addWidget(label, row // 2, (row % 2) * 2)
            grid.addWidget(widget, row // 2, (row % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.prescribed = QCheckBox(translate("ui.plan.dose", "Prescribed by m&y therapist"), self)
        self.prescribed.setAccessibleName(self.prescribed.text().replace("&", ""))
        self.prescribed.setToolTip(translate("ui.plan.dose", "Your therapist gave this dose: it is kept as given, "
                                                             "outside the article's ranges if need be, within the "
                                                             "app's safety limits ({limits}).").format(
            limits=limits_text()))
        self.prescriber = QLineEdit(self)
        self.prescriber.setPlaceholderText(translate("ui.plan.dose", "Therapist's name (optional)"))
        self.prescriber.setAccessibleName(translate("ui.plan.dose", "Who prescribed the dose"))
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
        self.caution.setAccessibleName(translate("ui.plan.dose", "Dose message"))
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
                self.setTitle(translate("ui.plan.dose", "Dose"))
                self.note.setText(translate("ui.plan.dose", "Choose an exercise in the list to set its dose."))
                self.prescribed.setChecked(False)
                self.prescriber.clear()
                self.prescriber.setEnabled(False)
                return
            self.prescribed.setChecked(dose.prescribed)
            self.prescriber.setText(dose.prescribed_by if dose.prescribed else "")
            self.prescriber.setEnabled(dose.prescribed)
            self.setTitle(translate("ui.plan.dose", "Dose: {exercise}").format(exercise=exercise.name))
            sets, reps, hold = dose_amounts(exercise)
            times = reps is not None and hold is not None and hold.low >= 5  # in and out of a stretch
            in_all = exercise.dose.side is Side.SWITCH_EACH_SET  # as the timer and the sheet say: not per foot
            for spin, amount, label in ((self.sets, sets, translate("ui.plan.dose", "Sets in all") if in_all
                                         else translate("ui.plan.dose", "Sets")),
                                        (self.reps, reps, translate("ui.plan.dose", "Ti&mes") if times
                                         else translate("ui.plan.dose", "&Reps")),
                                        (self.hold, hold, translate("ui.plan.dose", "Ho&ld"))):
                visible = amount is not None
                spin.setVisible(visible)
                self.labels[spin].setVisible(visible)
                if visible:
                    unit = " s" if spin is self.hold else ""
                    self.labels[spin].setText(f"{label} ({_range_text(amount, unit)})")
            self._set_ranges(dose.prescribed)
            if times:
                self.reps.setSuffix(translate("ui.plan.dose", " times", "after the figure in a spin box: '5 times'"))
            else:
                self.reps.setSuffix(translate("ui.plan.dose", " reps", "after the figure in a spin box: '12 reps'"))
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
            side = exercise.dose.side.label
            parts = [side[:1].upper() + side[1:].lower() + "."]
            if exercise.dose.note:
                parts.append(exercise.dose.note)
            if suggested:
                parts.append(translate("ui.plan.dose", "* the app's suggestion: the article gives no figure."))
            self._base_note = " ".join(parts)
            self._show_note()
        finally:
            self._loading = False

    def _show_note(self) -> None:
        """How the exercise is done, and, for a prescribed dose, by whom and within which limits."""
        text = self._base_note
        if self.prescribed.isChecked():
            who = self.prescriber.text().strip()
            text += " " + (translate("ui.plan.dose", "The dose is prescribed by {therapist}: kept as given, within "
                                                     "the app's safety limits ({limits}).", "{therapist}: a name")
                           if who else
                           translate("ui.plan.dose", "The dose is prescribed by your therapist: kept as given, "
                                                     "within the app's safety limits ({limits}).")).format(
                therapist=who, limits=limits_text())
        self.note.setText(text.strip())

    def _set_ranges(self, free: bool) -> None:
        """The spin boxes' ranges: the exercise's, or from 1 to the safety limit for a prescribed dose."""
        sets, reps, hold = dose_amounts(self.exercise)
        for spin, amount, key in ((self.sets, sets, "sets"), (self.reps, reps, "reps"), (self.hold, hold, "hold_s")):
            if amount is None:
                continue
            low, high = (1, SAFETY_LIMITS[key]) if free else (amount.low, amount.max_choice)
            spin.setRange(low, high)
            spin.setAccessibleDescription(
                translate("ui.plan.dose", "from {low} to {high}, as prescribed").format(low=low, high=high) if free
                else translate("ui.plan.dose", "from {low} to {high}").format(low=low, high=high))

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
        key = {self.sets: "sets", self.reps: "reps", self.hold: "hold_s"}[spin]
        limit = SAFETY_LIMITS[key]
        if value < 1 or value > limit:
            kept = max(spin.minimum(), min(spin.maximum(), value))
            self._say(_refused(key, value < 1).format(value=value, limit=limit, kept=kept))
            return
        if self.prescribed.isChecked():
            return
        amount = dict(zip((self.sets, self.reps, self.hold), dose_amounts(self.exercise), strict=True))[spin]
        outside = _outside(key).format(value=value, exercise=self.exercise.name, low=amount.low,
                                       high=amount.max_choice)
        if not self._asked:
            self._asked = True
            if self.ask(translate("ui.plan.dose", "Prescribed dose?"),
                        translate("ui.plan.dose", "{outside}. Did your therapist prescribe this dose? If so, it is "
                                                  "kept and marked as prescribed (within the app's safety limits: "
                                                  "{limits}).", "{outside}: '40 reps is outside the article's range "
                                                  "for ...'").format(outside=outside, limits=limits_text())):
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
        self._say(translate("ui.plan.dose", "{outside}: kept at {kept}. Tick \u201c{checkbox}\u201d for a dose your "
                                            "therapist gave you.", "{outside}: '40 reps is outside the article's "
                                            "range for ...'; {checkbox}: the check box's words").format(
            outside=outside, kept=kept, checkbox=self.prescribed.text().replace("&", "")))

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


def _refused(key: str, below: bool) -> str:
    """A figure past the safety limits ('sets', 'reps' or 'hold_s'), as a sentence to fill with value, limit, kept."""
    if key == "sets":
        return (translate("ui.plan.dose", "{value} sets is below 1, even for a prescribed dose: kept at {kept}.")
                if below else
                translate("ui.plan.dose", "{value} sets is above {limit}, the most the app allows, even for a "
                                          "prescribed dose: kept at {kept}."))
    if key == "reps":
        return (translate("ui.plan.dose", "{value} reps is below 1, even for a prescribed dose: kept at {kept}.")
                if below else
                translate("ui.plan.dose", "{value} reps is above {limit}, the most the app allows, even for a "
                                          "prescribed dose: kept at {kept}."))
    return (translate("ui.plan.dose", "{value} s hold is below 1, even for a prescribed dose: kept at {kept}.")
            if below else
            translate("ui.plan.dose", "{value} s hold is above {limit}, the most the app allows, even for a "
                                      "prescribed dose: kept at {kept}."))


def _outside(key: str) -> str:
    """A figure outside the exercise's range, to fill with value, exercise, low and high (no full stop)."""
    if key == "sets":
        return translate("ui.plan.dose", "{value} sets is outside the article's range for {exercise} "
                                         "({low}\u2013{high})")
    if key == "reps":
        return translate("ui.plan.dose", "{value} reps is outside the article's range for {exercise} "
                                         "({low}\u2013{high})")
    return translate("ui.plan.dose", "{value} s hold is outside the article's range for {exercise} "
                                     "({low}\u2013{high})")
