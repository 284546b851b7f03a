"""The 0–10 rating row, the "It hurts" dialog and the end-of-session dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.store import PainAction
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.style import fit_to_screen, scaled_font

TEN_KEY = "T"  # digit keys give 0 to 9; this one gives 10


def rating_for_key(text: str) -> int | None:
    """The rating a typed key means: '0'-'9', or T for 10."""
    if len(text) == 1 and text.isdigit():
        return int(text)
    return 10 if text.upper() == TEN_KEY else None


def rating_name(what: str, n: int, low: str, high: str) -> str:
    """What a screen reader says for one button: the scale first, so it is clear in any row."""
    if n in (0, 10):
        return translate("ui.session.pain_dialogs", "{scale}: {number} of 10, {meaning}",
                         "{scale}: Pain; {meaning}: no pain").format(
                             scale=what, number=n, meaning=low if n == 0 else high)
    return translate("ui.session.pain_dialogs", "{scale}: {number} of 10", "{scale}: Pain").format(scale=what, number=n)


class RatingRow(QWidget):
    """Eleven large buttons, 0 to 10; digit keys 0–9 (and T for 10) pick too, arrow keys move."""

    rated = Signal(int)

    def __init__(self, what: str, low: str, high: str, parent=None, compact: bool = False):
        super().__init__(parent)
        self.what = what
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        scale_ends = translate("ui.session.pain_dialogs", "0 {low}, 10 {high}",
                               "{low}: no pain; {high}: worst imaginable").format(low=low, high=high)
        row = FlowLayout(spacing=4) if compact else QHBoxLayout()  # compact: wraps in a narrow strip
        if not compact:
            row.setSpacing(4)
        for n in range(11):
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setAutoExclusive(True)  # the group already is; this makes each one a radio button to a screen reader
            b.setAutoDefault(False)
            b.setAccessibleName(rating_name(what, n, low, high))
            b.setAccessibleDescription(scale_ends)  # rather than the tool tip's bare number
            b.setMinimumSize(self.fontMetrics().horizontalAdvance("10") + (12 if compact else 22),
                             self.fontMetrics().height() + (6 if compact else 18))
            if compact:  # no wider than the number needs: the row fits beside its question
                b.setFixedWidth(self.fontMetrics().horizontalAdvance("10") + 24)
            b.setToolTip(f"{n}: {low}" if n == 0 else f"{n}: {high}" if n == 10 else str(n))
            self.group.addButton(b, n)
            row.addWidget(b)
        self.group.idClicked.connect(self.rated)
        ends = QHBoxLayout()
        for text, align in ((f"0 = {low}", Qt.AlignmentFlag.AlignLeft), (f"10 = {high}", Qt.AlignmentFlag.AlignRight)):
            lab = QLabel(text, self)
            lab.setAlignment(align)
            ends.addWidget(lab)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        if compact:  # the ends go in the tooltips and the caller's label
            for i in range(ends.count()):
                ends.itemAt(i).widget().hide()
        else:
            lay.addLayout(ends)
        # A screen reader meets the row as one scale and each button as a point on it.
        self.setAccessibleName(translate("ui.session.pain_dialogs", "{scale}, scale of 0 to 10",
                                         "{scale}: Pain").format(scale=what))
        self.setAccessibleDescription(scale_ends)

    def value(self) -> int | None:
        n = self.group.checkedId()
        return None if n < 0 else n

    def set_value(self, n: int) -> None:
        self.group.button(n).setChecked(True)
        self.rated.emit(n)

    def keyPressEvent(self, event) -> None:
        n = rating_for_key(event.text())
        if n is not None:
            self.set_value(n)
            self.group.button(n).setFocus()
            return
        super().keyPressEvent(event)


PAIN_ACTIONS = (  # what the person may do, its button text (translated where shown), and its key
    (PainAction.STOP, QT_TRANSLATE_NOOP("ui.session.pain_dialogs", "Stop the session"), "X"),
    (PainAction.SKIP, QT_TRANSLATE_NOOP("ui.session.pain_dialogs", "Skip this exercise"), "K"),
    (PainAction.EASIER, QT_TRANSLATE_NOOP("ui.session.pain_dialogs", "Continue at an easier dose"), "E"),
    (PainAction.CONTINUE, QT_TRANSLATE_NOOP("ui.session.pain_dialogs", "Carry on as it was"), "C"),
)


class PainDialog(QDialog):
    """Asked when the person presses "It hurts": how much, and what to do now; all of it from the keyboard."""

    def __init__(self, exercise_name: str, stop_advice: str, parent=None, exercising: bool = True):
        """`exercising`: an exercise is under way (running or paused). Without one, only what makes
        sense then is offered: the rating, and finishing the session."""
        super().__init__(parent)
        self.setWindowTitle(translate("ui.session.pain_dialogs", "It hurts"))
        self.setAccessibleName(translate("ui.session.pain_dialogs", "It hurts"))
        self.action: PainAction | None = None
        head = QLabel(translate("ui.session.pain_dialogs", "The timer is paused.") if exercising
                      else translate("ui.session.pain_dialogs", "No exercise is running."), self)
        head.setFont(scaled_font(self.font(), 1.3, bold=True))
        if exercising:
            asked = translate("ui.session.pain_dialogs", "How bad is the pain right now, from 0 to 10? ({exercise})")
            asked = asked.format(exercise=exercise_name)
        else:
            asked = translate("ui.session.pain_dialogs", "How bad is the pain right now, from 0 to 10?")
        question = QLabel(asked, self)
        question.setWordWrap(True)
        self.rating = RatingRow(translate("ui.session.pain_dialogs", "Pain"),
                                translate("ui.session.pain_dialogs", "no pain"),
                                translate("ui.session.pain_dialogs", "worst imaginable"), self)
        keys = QLabel((translate("ui.session.pain_dialogs", "Keys: 0 to 9, {ten} for 10; then the letter on a button. "
                                 "Esc carries on as it was.", "{ten}: the letter key that gives 10") if exercising
                       else translate("ui.session.pain_dialogs", "Keys: 0 to 9, {ten} for 10; then the letter on a "
                                      "button. Esc closes; a rating given is kept.",
                                      "{ten}: the letter key that gives 10")).format(ten=TEN_KEY), self)
        keys.setWordWrap(True)
        advice = QLabel(stop_advice, self)
        advice.setWordWrap(True)
        self.buttons: dict[PainAction, QPushButton] = {}
        actions = QVBoxLayout()
        for action, text, key in PAIN_ACTIONS:
            if not exercising and action is not PainAction.STOP:
                continue  # nothing to skip, ease or carry on with
            text = translate("ui.session.pain_dialogs", text) if exercising else \
                translate("ui.session.pain_dialogs", "Finish the session")
            b = QPushButton(f"{text}  ({key})", self)
            b.setAccessibleName(text)
            b.setToolTip(translate("ui.session.pain_dialogs", "Key: {key}").format(key=key))
            b.setAutoDefault(False)
            b.setEnabled(False)  # the rating comes first: it is what gets recorded
            b.clicked.connect(lambda _=False, a=action: self._choose(a))
            actions.addWidget(b)
            self.buttons[action] = b
        self.rating.rated.connect(self._rated)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(question)
        lay.addWidget(self.rating)
        lay.addWidget(keys)
        lay.addSpacing(8)
        lay.addLayout(actions)
        lay.addWidget(advice)
        self.rating.group.button(0).setFocus()

    def _rated(self, _n: int) -> None:
        for b in self.buttons.values():
            b.setEnabled(True)

    def keyPressEvent(self, event) -> None:
        text = event.text().upper()
        n = rating_for_key(text)
        if n is not None:  # wherever the focus is, a digit is the rating
            self.rating.set_value(n)
            return
        for action, _label, key in PAIN_ACTIONS:
            if text == key and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                if action in self.buttons and self.buttons[action].isEnabled():
                    self._choose(action)
                return
        super().keyPressEvent(event)

    def _choose(self, action: PainAction) -> None:
        self.action = action
        self.accept()


class FinishDialog(QDialog):
    """Ends a session: pain after, effort and notes, all optional."""

    def __init__(self, summary_text: str, parent=None, pain_now: int | None = None):
        """`pain_now`: the last rating given during the session, offered as the pain now."""
        super().__init__(parent)
        self.setWindowTitle(translate("ui.session.pain_dialogs", "Finish the session"))
        self.setAccessibleName(translate("ui.session.pain_dialogs", "Finish the session"))
        head = QLabel(summary_text, self)
        head.setWordWrap(True)
        head.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.pain = RatingRow(translate("ui.session.pain_dialogs", "Pain now"),
                              translate("ui.session.pain_dialogs", "no pain"),
                              translate("ui.session.pain_dialogs", "worst imaginable"), self)
        self.effort = RatingRow(translate("ui.session.pain_dialogs", "Effort"),
                                translate("ui.session.pain_dialogs", "very easy"),
                                translate("ui.session.pain_dialogs", "all-out"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(translate("ui.session.pain_dialogs", "Notes"))
        self.notes.setPlaceholderText(translate("ui.session.pain_dialogs",
                                                "Anything to remember or to tell your therapist (optional)"))
        self.notes.setTabChangesFocus(True)
        save = QPushButton(translate("ui.session.pain_dialogs", "Save and finish"), self)
        save.setDefault(True)
        keep = QPushButton(translate("ui.session.pain_dialogs", "Keep going"), self)
        save.clicked.connect(self.accept)
        keep.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(keep)
        buttons.addWidget(save)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        for label, widget in ((translate("ui.session.pain_dialogs", "How is the pain now?"), self.pain),
                              (translate("ui.session.pain_dialogs", "How hard was it?"), self.effort),
                              (translate("ui.session.pain_dialogs", "Notes"), self.notes)):
            lab = QLabel(label, self)
            lab.setFont(scaled_font(self.font(), 1.0, bold=True))
            lab.setBuddy(widget)
            lay.addWidget(lab)
            lay.addWidget(widget)
        keys = QLabel(translate("ui.session.pain_dialogs", "Keys: 0 to 9, {ten} for 10, in the row that has the focus; "
                                "Tab moves on.", "{ten}: the letter key that gives 10").format(ten=TEN_KEY), self)
        keys.setWordWrap(True)
        lay.addWidget(keys)
        lay.addLayout(buttons)
        if pain_now is not None:
            self.pain.set_value(pain_now)
        self.pain.group.button(pain_now if pain_now is not None else 0).setFocus()
        fit_to_screen(self, 760, 560)

    def keyPressEvent(self, event) -> None:
        n = rating_for_key(event.text())
        if n is not None:  # outside both rows (on a button, say): the pain row takes it
            self.pain.set_value(n)
            return
        super().keyPressEvent(event)

    def values(self) -> tuple[int | None, int | None, str]:
        return self.pain.value(), self.effort.value(), self.notes.toPlainText().strip()
