"""The step-by-step instruction view for one exercise."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import Credit, Exercise, Library, Variant
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.pacing import pacing_text
from rehab_desktop.core.phases import TimerOptions
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.style import caution_colours, current_step_colours, muted_text, scaled_font, text_scale
from rehab_desktop.ui.figures.motion import FigureSettings
from rehab_desktop.ui.figures.placement import FigureStrip

STEP_KEYS_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
STEP_KEYS_PREV = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)


def _label(text: str, parent: QWidget, factor: float = 1.0, bold: bool = False, rich: bool = False) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if factor != 1.0 or bold:
        lab.setProperty("font_factor", (factor, bold))
    return lab


class StepRow(QWidget):
    """One numbered step; the current one is drawn emphasised."""

    def __init__(self, number: int, text: str, parent: QWidget):
        super().__init__(parent)
        self.number = number
        self.current = False
        self.badge = _label(str(number), self, 1.0, bold=True)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.badge.setFixedWidth(self.fontMetrics().horizontalAdvance("00") + 16)
        self.text = _label(text, self)
        self.setAccessibleName(translate("ui.exercises.instructions", "Step {number}: {text}",
                                         "{text}: the step's words").format(number=number, text=text))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 8, 10, 8)
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.text, 1)

    def set_current(self, current: bool) -> None:
        self.current = current
        font = QFont(self.font())  # the inherited font, so a text-size change carries through
        font.setBold(current)
        self.text.setFont(font)
        self.setAccessibleDescription(translate("ui.exercises.instructions", "current step") if current else "")
        self.update()

    def paintEvent(self, event) -> None:
        # Painted rather than style-sheeted: style sheets cost start-up time on every row.
        if not self.current:
            return
        bg, accent = current_step_colours(self.palette())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bg)
        p.drawRoundedRect(self.rect(), 4, 4)
        p.setBrush(accent)
        p.drawRect(0, 0, 5, self.height())


class CautionBox(QFrame):
    """A framed, tinted box that makes the cautions stand out in both colour schemes."""

    def paintEvent(self, event) -> None:
        bg, border = caution_colours(self.palette())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(border, 2))
        p.setBrush(bg)
        p.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)


def _variant_html(v: Variant) -> str:
    """A variant the source singles out for one kind of impingement leads with its name in bold
    (its text says why; the library's tests hold it to that)."""
    name, sep, rest = v.text.partition(": ")
    if v.emphasis and sep:
        return f"<b>{html.escape(name)}</b>: {html.escape(rest)}"
    return html.escape(v.text)


def _taken_mark(text: str, taken: list[str]) -> str:
    """' (your step now)' for the progression moved on to last, ' (moved on from it)' for earlier ones."""
    if text not in taken:
        return ""
    if text == taken[-1]:
        return " <b>" + html.escape(translate("ui.exercises.instructions", "(your step now)",
                                              "after the progression moved on to last")) + "</b>"
    return " " + html.escape(translate("ui.exercises.instructions", "(moved on from it)",
                                       "after an earlier progression, since moved on from"))


class InstructionView(QScrollArea):
    """Name, dose, equipment, set-up, numbered steps with Previous/Next, cautions, progressions, credit."""

    step_changed = Signal(int)  # 1-based

    def __init__(self, library: Library, parent=None, prefs: PreferenceStore | None = None,
                 figures: FigureSettings | None = None, controller=None):
        """`prefs` give the rest and tempo the timer will use (None: the app's defaults); with
        `figures`, the exercise's figure heads the page, following `controller` (the timer) when
        it works this exercise."""
        super().__init__(parent)
        self.library = library
        self.prefs = prefs
        self.exercise: Exercise | None = None
        self.step = 1
        self.rows: list[StepRow] = []
        # The progressions the person moved on to (accepted suggestions), oldest first; the window sets it.
        self.taken_progressions: Callable[[str], list[str]] = lambda _exercise_id: []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("ui.exercises.instructions", "Instructions"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportMargins(3, 3, 3, 3)  # room for the focus frame painted around the steps

        self.page = QWidget(self)
        self.page.setObjectName("instructionPage")
        self.setWidget(self.page)
        self.lay = QVBoxLayout(self.page)
        self.lay.setContentsMargins(24, 16, 24, 24)
        self.lay.setSpacing(10)

        self.title = _label("", self.page, 1.7, bold=True)
        self.title.setAccessibleName(translate("ui.exercises.instructions", "Exercise name"))
        self.meta = _label("", self.page, 0.9)
        self.dose = _label("", self.page, 1.2, bold=True)
        self.dose.setAccessibleName(translate("ui.exercises.instructions", "Dose"))
        self.dose_note = _label("", self.page)
        self.pacing = _label("", self.page)
        self.pacing.setAccessibleName(translate("ui.exercises.instructions", "Pacing"))
        self.suggestion = _label("", self.page, 0.9)
        self.figure = FigureStrip(figures, controller, self.page) if figures is not None else None
        for w in (self.title, self.meta, self.figure, self.dose, self.dose_note, self.pacing, self.suggestion):
            if w is not None:
                self.lay.addWidget(w)
        if prefs is not None:
            prefs.changed.connect(self._prefs_changed)

        self.equipment = self._section(translate("ui.exercises.instructions", "Equipment", "a heading"))
        self.setup = self._section(translate("ui.exercises.instructions", "Before you start"))

        steps_head = FlowLayout(spacing=12)  # wraps rather than widen the pane at large text
        steps_title = _label(translate("ui.exercises.instructions", "Steps", "a heading"), self.page, 1.15, bold=True)
        self.step_counter = _label("", self.page, 1.0, bold=True)
        self.step_counter.setAccessibleName(translate("ui.exercises.instructions", "Step position"))
        self.step_counter.setWordWrap(False)
        self.step_counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.prev_button = QPushButton("\u25c0  " + translate("ui.exercises.instructions", "Previous", "a step"),
                                       self.page)
        self.prev_button.setAccessibleName(translate("ui.exercises.instructions", "Previous step"))
        self.prev_button.setToolTip(translate("ui.exercises.instructions", "Previous step (Left or Page Up)"))
        self.next_button = QPushButton(translate("ui.exercises.instructions", "Next", "a step") + "  \u25b6", self.page)
        self.next_button.setAccessibleName(translate("ui.exercises.instructions", "Next step"))
        self.next_button.setToolTip(translate("ui.exercises.instructions", "Next step (Right or Page Down)"))
        for b in (self.prev_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        steps_head.addWidget(self.prev_button)
        steps_head.addWidget(self.step_counter)
        steps_head.addWidget(self.next_button)
        self.lay.addSpacing(6)
        self.lay.addWidget(steps_title)
        self.lay.addLayout(steps_head)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(4)
        self.lay.addLayout(self.steps_box)

        self.cautions = CautionBox(self.page)
        self.cautions.setAccessibleName(translate("ui.exercises.instructions", "Cautions"))
        cl = QVBoxLayout(self.cautions)
        cl.setContentsMargins(14, 10, 14, 10)
        take_care = translate("ui.exercises.instructions", "Take care", "the cautions' heading")
        self.cautions_title = _label("\u26a0  " + take_care, self.cautions, 1.1, bold=True)
        self.cautions_text = _label("", self.cautions, rich=True)
        cl.addWidget(self.cautions_title)
        cl.addWidget(self.cautions_text)
        self.lay.addSpacing(6)
        self.lay.addWidget(self.cautions)

        self.emphasis = self._section(translate("ui.exercises.instructions", "Impingement type", "a heading"))
        self.progressions = self._section(translate("ui.exercises.instructions", "Progressions and variants"))
        self.lay.addStretch(1)
        self.credit = _label("", self.page, 0.85, rich=True)
        self.credit.setAccessibleName(translate("ui.exercises.instructions", "Source credit"))
        self.lay.addWidget(self.credit)
        self._apply_fonts()

    def _section(self, heading: str) -> tuple[QLabel, QLabel]:
        head = _label(heading, self.page, 1.15, bold=True)
        body = _label("", self.page, rich=True)
        body.setAccessibleName(heading)
        self.lay.addSpacing(6)
        self.lay.addWidget(head)
        self.lay.addWidget(body)
        return head, body

    # -- content -------------------------------------------------------------------

    def show_exercise(self, exercise: Exercise, step: int = 1) -> None:
        self.exercise = exercise
        count = len(self.library.builtin)
        self.title.setText(exercise.name)
        if exercise.own:  # not the article's: said, with where it came from when the user wrote it down
            where = f"  \u00b7  {exercise.source_note}" if exercise.source_note else ""
            self.meta.setText(translate("ui.exercises.instructions", "{group}  \u00b7  your own exercise",
                                        "{group}: the exercise's group").format(group=exercise.group.name) + where)
        else:
            self.meta.setText(translate("ui.exercises.instructions", "{group}  \u00b7  exercise {number} of {count}",
                                        "{group}: the exercise's group").format(
                group=exercise.group.name, number=exercise.number, count=count))
        if self.figure is not None:
            self.figure.show_exercise(exercise)
        self.dose.setText(exercise.dose.summary(mark=True))
        self.dose.setAccessibleDescription(exercise.dose.summary())
        self.dose_note.setText(exercise.dose.note)
        self.dose_note.setVisible(bool(exercise.dose.note))
        self._show_pacing()

        items = []
        for e in exercise.equipment:
            optional = " <i>" + html.escape(translate("ui.exercises.instructions", "(optional)",
                                                      "after an item of equipment")) + "</i>"
            items.append(html.escape(e.text) + (optional if e.optional else ""))
        self._fill(self.equipment, _bullets(items))
        self._fill(self.setup, html.escape(exercise.setup) + (
            f"<p style='margin-top:6px'>{html.escape(exercise.purpose)}</p>" if exercise.purpose else ""))

        for row in self.rows:
            self.steps_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for n, text in enumerate(exercise.steps, start=1):
            movement = next((m for m in exercise.dose.movements if m.first_step == n and m.name), None)
            row = StepRow(n, text, self.page)
            self.rows.append(row)
            self.steps_box.addWidget(row)
            if movement is not None:
                row.setToolTip(movement.name)

        self.cautions_text.setText(_bullets([html.escape(c) for c in exercise.cautions]))
        self._fill(self.emphasis, html.escape(exercise.emphasis_note), visible=bool(exercise.emphasis_note))
        taken = self.taken_progressions(exercise.id)
        self._fill(self.progressions, _bullets([_variant_html(v) + _taken_mark(v.text, taken)
                                                for v in exercise.variants]),
                   visible=bool(exercise.progressions))
        self.credit.setText(credit_html(self.library.credit))
        self._style_boxes()
        self.set_step(step, force=True)
        self.verticalScrollBar().setValue(0)

    def _show_pacing(self) -> None:
        exercise = self.exercise
        options = TimerOptions()
        if self.prefs is not None:  # the timer's own options, at the tempo and counting last chosen in it
            v = self.prefs.values
            options = replace(self.prefs.timer_options(), move_s=float(v.tempo), return_s=float(v.tempo),
                              manual_reps=v.manual_reps)
        text = pacing_text(exercise, options)
        self.pacing.setText(text)
        self.pacing.setVisible(bool(text))
        self.suggestion.setText(translate("ui.exercises.instructions",
                                          "* The app's suggestion: the source article gives no figure here."))
        self.suggestion.setVisible(exercise.dose.suggested or "*" in text)

    def _prefs_changed(self, names: frozenset) -> None:
        if self.exercise is not None and names & {"tempo", "rest_s", "manual_reps", "affected_side", "first_side"}:
            self._show_pacing()

    def _fill(self, section: tuple[QLabel, QLabel], text: str, visible: bool = True) -> None:
        head, body = section
        body.setText(text)
        head.setVisible(visible)
        body.setVisible(visible)

    # -- steps ---------------------------------------------------------------------

    @property
    def step_count(self) -> int:
        return len(self.rows)

    def set_step(self, step: int, force: bool = False) -> None:
        if not self.rows:
            return
        step = max(1, min(self.step_count, step))
        if step == self.step and not force:
            return
        self.step = step
        for row in self.rows:
            row.set_current(row.number == step)
        self.step_counter.setText(translate("ui.exercises.instructions", "Step {step} of {count}").format(
            step=step, count=self.step_count))
        # The view keeps the focus while arrow keys change the step: its name is what a screen reader re-reads.
        self.setAccessibleName(translate("ui.exercises.instructions", "Instructions, step {step} of {count}: {text}",
                                         "{text}: the step's words").format(
            step=step, count=self.step_count, text=self.rows[step - 1].text.text()))
        self.prev_button.setEnabled(step > 1)
        self.next_button.setEnabled(step < self.step_count)
        self.ensureWidgetVisible(self.rows[step - 1], 20, 60)
        self.step_changed.emit(step)

    def next_step(self) -> None:
        self.set_step(self.step + 1)

    def previous_step(self) -> None:
        self.set_step(self.step - 1)

    def event(self, event) -> bool:
        # A scroll area's paintEvent() paints its viewport; its own frame (the margin left around
        # the viewport) is painted here, where keyboard users see that Left/Right move the steps.
        handled = super().event(event)
        if event.type() == event.Type.Paint and self.hasFocus():
            p = QPainter(self)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            p.drawRect(self.rect().adjusted(1, 1, -2, -2))
        return handled

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if event.key() in STEP_KEYS_NEXT:
                self.next_step()
                return
            if event.key() in STEP_KEYS_PREV:
                self.previous_step()
                return
            if event.key() == Qt.Key.Key_Home:
                self.set_step(1)
                return
            if event.key() == Qt.Key.Key_End:
                self.set_step(self.step_count)
                return
        super().keyPressEvent(event)

    # -- look ----------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange):
            self._apply_fonts()
            self._style_boxes()
            for row in self.rows:
                row.set_current(row.current)  # re-derive the bold font from the new base font

    def _apply_fonts(self) -> None:
        base = self.font()
        # Headings stand out less the larger the text already is (at 200 %, half as much), so a long name
        # (Spanish ones run to four words) still leaves room for the steps.
        lift = 0.5 + 0.5 * max(0.0, min(1.0, 2.0 - text_scale()))
        for lab in self.page.findChildren(QLabel):
            spec = lab.property("font_factor")
            if spec:
                factor = spec[0] if spec[0] <= 1.0 else 1.0 + (spec[0] - 1.0) * lift
                lab.setFont(scaled_font(base, factor, spec[1]))

    def _style_boxes(self) -> None:
        pal = self.palette()
        for lab in (self.meta, self.suggestion, self.credit):
            p = lab.palette()
            p.setColor(QPalette.ColorRole.WindowText, muted_text(pal))
            lab.setPalette(p)


def _bullets(items: list[str]) -> str:
    if not items:
        return ""
    return "<ul style='margin:0; -qt-list-indent:1'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def credit_html(credit: Credit) -> str:
    source = translate("ui.exercises.instructions", "Source: {credit}",
                       "{credit}: the article's title, author and date").format(credit=credit.text())
    return (html.escape(source)
            + (f", {html.escape(credit.publisher)}" if credit.publisher else "")
            + f". {html.escape(credit.note)}")
