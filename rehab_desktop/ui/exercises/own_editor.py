"""The editor for an exercise of the user's own: name, group, steps, cautions, equipment, one or two
movements timed as holds or paced reps, sides, dose ranges and where it came from.

The form only collects text and numbers; `core.own_exercises` checks them, so a problem reads the
same here as in a program file, and the dialog names the field and keeps everything typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import SAFETY_LIMITS, Amount, Exercise, Library, WorkKind
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.own_exercises import (
    MAX_NAME,
    OWN_SIDES,
    OwnExerciseError,
    amount_text,
    exercise_from_dict,
    exercise_to_dict,
    new_id,
)

# The form's words for the fields a problem names: shown with translate("ui.exercises.own_editor", ...).
_FIELD_NAMES = {"name": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Name"),
                "group": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Group"),
                "setup": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Set-up"),
                "steps": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Steps"),
                "cautions": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Cautions"),
                "equipment": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Equipment"),
                "dose.sets": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Sets"),
                "source_note": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "Where it came from")}
# A movement's fields, after "Movement, " in a problem: 'reps', 'hold', 'first step'...
_MOVEMENT_FIELDS = {"reps": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "reps"),
                    "hold": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "hold"),
                    "name": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "name"),
                    "kind": QT_TRANSLATE_NOOP("ui.exercises.own_editor", "kind")}


def field_label(field: str) -> str:
    """A checked field's path in the form's own words: 'dose.movements[2].reps' -> 'Second movement, reps'."""
    if field.startswith("dose.movements["):
        which = (translate("ui.exercises.own_editor", "Second movement") if field.startswith("dose.movements[2]")
                 else translate("ui.exercises.own_editor", "Movement"))
        rest = field.split("]", 1)[1].lstrip(".")
        if not rest:
            return which
        words = rest.replace("_", " ")
        if rest in _MOVEMENT_FIELDS:
            words = translate("ui.exercises.own_editor", _MOVEMENT_FIELDS[rest])
        return translate("ui.exercises.own_editor", "{movement}, {field}", "Movement, reps").format(
            movement=which, field=words)
    head = field.split("[")[0]
    return translate("ui.exercises.own_editor", _FIELD_NAMES[head]) if head in _FIELD_NAMES else field


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _spin(low: int, high: int, value: int, name: str, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setAccessibleName(name)
    return spin


class _Range(QWidget):
    """'from N to M': a dose range, one figure when both are the same."""

    def __init__(self, name: str, low: int, high: int, limit: int, parent: QWidget, zero_ok: bool = False):
        super().__init__(parent)
        self.low = _spin(0 if zero_ok else 1, limit, low,
                         translate("ui.exercises.own_editor", "{name}, fewest", "a range's low end").format(name=name),
                         self)
        self.high = _spin(0 if zero_ok else 1, limit, high,
                          translate("ui.exercises.own_editor", "{name}, most", "a range's high end").format(name=name),
                          self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.low)
        row.addWidget(QLabel(translate("ui.exercises.own_editor", "to", "a range: 10 to 15"), self))
        row.addWidget(self.high)
        row.addStretch(1)

    def value(self) -> Any:
        low, high = self.low.value(), max(self.low.value(), self.high.value())
        if self._kept is not None and (low, high) == self._kept[0]:
            return self._kept[1]  # unchanged: "30+", "up to 10" or a suggested figure stays as it was
        return low if low == high else f"{low}-{high}"

    _kept: tuple[tuple[int, int], Any] | None = None

    def set(self, amount: Amount) -> None:
        high = amount.max_choice
        self.low.setValue(amount.low)
        self.high.setValue(high)
        self._kept = ((self.low.value(), self.high.value()), amount_text(amount))


class _MovementBox(QGroupBox):
    """One movement: a hold, or paced reps with an optional pause at the end of each."""

    def __init__(self, title: str, parent: QWidget, named: bool):
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        # {movement}: the box's title, "Movement" or "Second movement".
        self.name.setAccessibleName(translate("ui.exercises.own_editor", "{movement}: name").format(movement=title))
        self.name.setPlaceholderText(translate("ui.exercises.own_editor", "For example: Inversion"))
        # The name is shown when the exercise has two movements.
        form.addRow(translate("ui.exercises.own_editor", "Name"), self.name)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("ui.exercises.own_editor", "{movement}: timed as").format(movement=title))
        self.kind.addItem(translate("ui.exercises.own_editor", "A hold, timed"), WorkKind.HOLD.value)
        self.kind.addItem(translate("ui.exercises.own_editor", "Repetitions, paced"), WorkKind.REPS.value)
        form.addRow(translate("ui.exercises.own_editor", "Timed as"), self.kind)
        self.reps = _Range(translate("ui.exercises.own_editor", "{movement}: repetitions").format(movement=title),
                           10, 15, SAFETY_LIMITS["reps"], self)
        self.hold = _Range(translate("ui.exercises.own_editor", "{movement}: hold, seconds").format(movement=title),
                           30, 30, SAFETY_LIMITS["hold_s"], self)
        self.pause = _spin(0, 60, 0, translate("ui.exercises.own_editor",
                                               "{movement}: pause at the end of each repetition, seconds").format(
            movement=title), self)
        self.steps = QPlainTextEdit(self)
        self.steps.setAccessibleName(translate("ui.exercises.own_editor", "{movement}: steps, one per line").format(
            movement=title))
        self.steps.setPlaceholderText(translate("ui.exercises.own_editor", "One step per line"))
        self.steps.setTabChangesFocus(True)
        self.steps.setMinimumHeight(self.fontMetrics().height() * 5)
        form.addRow(translate("ui.exercises.own_editor", "Repetitions"), self.reps)
        form.addRow(translate("ui.exercises.own_editor", "Hold (s)"), self.hold)
        form.addRow(translate("ui.exercises.own_editor", "Pause each rep (s)"), self.pause)
        form.addRow(translate("ui.exercises.own_editor", "Steps"), self.steps)
        self.form = form
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.show_name(named)

    def show_name(self, shown: bool) -> None:
        self.name.setVisible(shown)
        self.form.labelForField(self.name).setVisible(shown)

    def _kind_changed(self) -> None:
        reps = self.kind.currentData() == WorkKind.REPS.value
        for widget, shown in ((self.reps, reps), (self.pause, reps), (self.hold, not reps)):
            widget.setVisible(shown)
            self.form.labelForField(widget).setVisible(shown)

    def data(self, first_step: int) -> tuple[dict, list[str]]:
        steps = _lines(self.steps)
        last = first_step + max(len(steps), 1) - 1
        d: dict[str, Any] = {"kind": self.kind.currentData(), "first_step": first_step, "last_step": last,
                             "work_step": last}
        kept = self._kept_steps
        if kept is not None and kept[0] == len(steps):  # same steps: the step shown while working stays
            d.update({k: first_step + v for k, v in kept[1].items()})
        if self.name.text().strip() and self.name.isVisibleTo(self):
            d["name"] = self.name.text().strip()
        if d["kind"] == WorkKind.REPS.value:
            d["reps"] = self.reps.value()
            kept = self._pause_kept
            if kept is not None and kept[0] == self.pause.value():
                d["hold"] = kept[1]  # a range of pauses ("10-20") stays as it was
            elif self.pause.value():
                d["hold"] = self.pause.value()
        else:
            d["hold"] = self.hold.value()
        return d, steps

    _kept_steps: tuple[int, dict[str, int]] | None = None
    _pause_kept: tuple[int, object] | None = None

    def load(self, exercise: Exercise, index: int) -> None:
        m = exercise.dose.movements[index]
        offsets = {"work_step": m.work_step - m.first_step}
        if m.move_step:
            offsets["move_step"] = m.move_step - m.first_step
        if m.return_step:
            offsets["return_step"] = m.return_step - m.first_step
        self._kept_steps = (m.last_step - m.first_step + 1, offsets)
        self.name.setText(m.name)
        self.kind.setCurrentIndex(self.kind.findData(m.kind.value))
        if m.reps is not None:
            self.reps.set(m.reps)
        if m.kind is WorkKind.HOLD and m.hold is not None:
            self.hold.set(m.hold)
        elif m.hold is not None:
            self.pause.setValue(min(60, m.hold.low))
            self._pause_kept = (self.pause.value(), amount_text(m.hold))
        self.steps.setPlainText("\n".join(exercise.steps[m.first_step - 1:m.last_step]))


class OwnExerciseDialog(QDialog):
    """Add or edit an own exercise; `exercise()` is the checked result once accepted."""

    def __init__(self, library: Library, parent: QWidget | None = None, start: dict | None = None,
                 editing: Exercise | None = None):
        super().__init__(parent)
        self.library = library
        self.editing = editing
        self._result: Exercise | None = None
        self.setWindowTitle(translate("ui.exercises.own_editor", "Edit my exercise") if editing
                            else translate("ui.exercises.own_editor", "New exercise of my own"))
        body = QWidget(self)
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(body)
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(translate("ui.exercises.own_editor", "Name"))
        self.group = QComboBox(body)
        self.group.setAccessibleName(translate("ui.exercises.own_editor", "Group"))
        for g in library.groups:
            self.group.addItem(g.name, g.id)
        self.setup = QLineEdit(body)
        self.setup.setAccessibleName(translate("ui.exercises.own_editor", "Set-up"))
        self.setup.setPlaceholderText(translate("ui.exercises.own_editor",
                                                "Optional: where to stand or sit, what to hold"))
        self.side = QComboBox(body)
        self.side.setAccessibleName(translate("ui.exercises.own_editor", "Sides"))
        for value, label in OWN_SIDES:
            self.side.addItem(translate("core.own_exercises", label), value)
        self.sets = _Range(translate("ui.exercises.own_editor", "Sets"), 2, 3, SAFETY_LIMITS["sets"], body)
        self.tempo = _spin(1, 5, 2, translate("ui.exercises.own_editor", "Slowest tempo, seconds each way"), body)
        self.first = _MovementBox(translate("ui.exercises.own_editor", "Movement"), body, named=False)
        self.two = QCheckBox(translate("ui.exercises.own_editor",
                                       "A second movement (for example the other direction)"), body)
        self.second = _MovementBox(translate("ui.exercises.own_editor", "Second movement"), body, named=True)
        self.second.setVisible(False)
        self.two.toggled.connect(self._two_toggled)
        self.cautions = QPlainTextEdit(body)
        self.cautions.setAccessibleName(translate("ui.exercises.own_editor", "Cautions, one per line"))
        self.cautions.setPlaceholderText(translate("ui.exercises.own_editor",
                                                   "Optional, one per line: what to watch for, when to stop"))
        self.cautions.setTabChangesFocus(True)
        self.equipment = QPlainTextEdit(body)
        self.equipment.setAccessibleName(translate("ui.exercises.own_editor", "Equipment, one per line"))
        self.equipment.setPlaceholderText(translate("ui.exercises.own_editor", "Optional, one per line"))
        self.equipment.setTabChangesFocus(True)
        for edit in (self.cautions, self.equipment):
            edit.setMinimumHeight(self.fontMetrics().height() * 3)
        self.source = QLineEdit(body)
        self.source.setAccessibleName(translate("ui.exercises.own_editor", "Where it came from"))
        self.source.setPlaceholderText(translate("ui.exercises.own_editor",
                                                 "Optional, for example: from my therapist, 3 Nov"))
        form.addRow(translate("ui.exercises.own_editor", "Name"), self.name)
        form.addRow(translate("ui.exercises.own_editor", "Group"), self.group)
        form.addRow(translate("ui.exercises.own_editor", "Set-up"), self.setup)
        form.addRow(translate("ui.exercises.own_editor", "Sides"), self.side)
        form.addRow(translate("ui.exercises.own_editor", "Sets"), self.sets)
        form.addRow(translate("ui.exercises.own_editor", "Tempo (s)"), self.tempo)
        form.addRow(self.first)
        form.addRow(self.two)
        form.addRow(self.second)
        form.addRow(translate("ui.exercises.own_editor", "Cautions"), self.cautions)
        form.addRow(translate("ui.exercises.own_editor", "Equipment"), self.equipment)
        form.addRow(translate("ui.exercises.own_editor", "Came from"), self.source)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(translate("ui.exercises.own_editor", "Problem"))
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        width, height = self.fontMetrics().averageCharWidth() * 96, self.fontMetrics().height() * 40
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9)))
        if editing is not None:
            self.load(editing)
        elif start is not None:
            self.load(exercise_from_dict(start, library.groups))
            self._id = start["id"]

    def _two_toggled(self, on: bool) -> None:
        self.second.setVisible(on)
        self.first.show_name(on)
        self.first.setTitle(translate("ui.exercises.own_editor", "First movement") if on
                            else translate("ui.exercises.own_editor", "Movement"))

    def load(self, exercise: Exercise) -> None:
        self._id = exercise.id
        self.name.setText(exercise.name)
        self.group.setCurrentIndex(max(0, self.group.findData(exercise.group.id)))
        self.setup.setText(exercise.setup)
        side = self.side.findData(exercise.dose.side.value)
        self._side_kept = None
        if side < 0:  # a built-in's rule the editor does not offer (alternating legs...) stays unless changed
            side = self.side.findData("each")
            self._side_kept = exercise.dose.side.value
        self.side.setCurrentIndex(side)
        self.sets.set(exercise.dose.sets)
        self.tempo.setValue(max(1, exercise.dose.min_tempo_s))
        self.first.load(exercise, 0)
        self.two.setChecked(len(exercise.dose.movements) > 1)
        if len(exercise.dose.movements) > 1:
            self.second.load(exercise, 1)
        self.cautions.setPlainText("\n".join(exercise.cautions))
        self.equipment.setPlainText("\n".join(e.text for e in exercise.equipment))
        self.source.setText(exercise.source_note)
        self._based_on = exercise.based_on
        self._keep = exercise_to_dict(exercise)  # fields the form does not show are carried over

    def data(self) -> dict[str, Any]:
        """What the form says, as core.own_exercises reads it."""
        keep = getattr(self, "_keep", {})
        ex_id = getattr(self, "_id", None) or new_id(self.name.text(), self._taken())
        moves, steps = [], []
        boxes = [self.first] + ([self.second] if self.two.isChecked() else [])
        for box in boxes:
            move, move_steps = box.data(len(steps) + 1)
            moves.append(move)
            steps += move_steps
        if len(boxes) > 1:  # the movements' names when none was typed: data from then on
            defaults = (translate("ui.exercises.own_editor", "First", "the first movement's name"),
                        translate("ui.exercises.own_editor", "Second", "the second movement's name"))
            for move, default in zip(moves, defaults, strict=True):
                move.setdefault("name", default)
        d: dict[str, Any] = {
            "id": ex_id, "name": self.name.text().strip(), "group": self.group.currentData(), "steps": steps,
            "dose": {"sets": self.sets.value(), "side": self._side(), "movements": moves},
        }
        paced = any(box.kind.currentData() == WorkKind.REPS.value for box in boxes)
        if paced and self.tempo.value() != 1:
            d["dose"]["min_tempo"] = self.tempo.value()
        for key, value in (("setup", self.setup.text().strip()), ("source_note", self.source.text().strip())):
            if value:
                d[key] = value
        if _lines(self.cautions):
            d["cautions"] = _lines(self.cautions)
        if _lines(self.equipment):
            old = {e["text"]: e for e in keep.get("equipment", [])}
            d["equipment"] = [old.get(text, {"text": text}) for text in _lines(self.equipment)]
        for key in ("key_instruction", "purpose", "progressions", "emphasis", "emphasis_note"):
            if key in keep:
                d[key] = keep[key]
        note = keep.get("dose", {}).get("note")
        if note and d["dose"]["sets"] == keep["dose"]["sets"] and d["dose"]["side"] == keep["dose"]["side"] \
                and [m.get("reps") for m in moves] == [m.get("reps") for m in keep["dose"]["movements"]]:
            d["dose"]["note"] = note  # the dose in plain words, while the dose it restates is unchanged
        if getattr(self, "_based_on", ""):
            d["based_on"] = self._based_on
        return d

    def _side(self) -> str:
        kept = getattr(self, "_side_kept", None)
        return kept if kept and self.side.currentData() == "each" else self.side.currentData()

    def _taken(self) -> list[str]:
        return [e.id for e in (*self.library.builtin, *self.library.own)]

    def check(self) -> Exercise | None:
        """The exercise the form describes, or None after showing what is wrong (nothing is lost)."""
        try:
            exercise = exercise_from_dict(self.data(), self.library.groups)
        except OwnExerciseError as exc:
            self.problem.setText(translate("ui.exercises.own_editor", "{field}: {problem}",
                                           "Steps: must list at least one item").format(
                field=field_label(exc.field), problem=exc.reason))
            self.problem.show()
            return None
        if self.editing is None and any(e.name.casefold() == exercise.name.casefold() for e in self.library.exercises):
            self.problem.setText(translate("ui.exercises.own_editor",
                                           "Name: there is already an exercise called \u201c{name}\u201d").format(
                name=exercise.name))
            self.problem.show()
            return None
        return exercise

    def accept(self) -> None:
        exercise = self.check()
        if exercise is None:
            return
        self._result = exercise
        super().accept()

    def exercise(self) -> Exercise | None:
        return self._result
