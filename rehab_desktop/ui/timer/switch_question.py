"""The question in the timer pane when another exercise is chosen while a set is under way: keep, or switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from rehab_desktop.core.exercises import Exercise
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.timer import Snapshot


def _button(text: str, tip: str, parent) -> QPushButton:
    b = QPushButton(text, parent)
    b.setToolTip(tip)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not leave Space pressing it again
    return b


class SwitchQuestion(QFrame):
    """Asked in place when another exercise is chosen while a set is under way: keep, or switch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("switchQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("ui.timer.switch_question", "Timer is on another exercise"))
        self.text = QLabel("", self)
        self.text.setWordWrap(True)
        self.keep = _button(translate("ui.timer.switch_question", "Keep timing it"),
                            translate("ui.timer.switch_question", "Go back to the exercise the timer is on"), self)
        self.switch = _button(translate("ui.timer.switch_question", "Switch to the one shown"),
                              translate("ui.timer.switch_question", "Time the exercise shown instead; the unfinished "
                                        "set is not counted"), self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.text)
        lay.addWidget(self.keep)
        lay.addWidget(self.switch)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def ask(self, timing: Exercise, shown: Exercise, snap: Snapshot | None) -> None:
        if snap is None or snap.phase.set is None:
            text = translate("ui.timer.switch_question", "The timer is still on {timing}. The instructions show "
                             "{shown}.", "two exercises' names")
        elif snap.paused:
            text = translate("ui.timer.switch_question", "The timer is still on {timing} (paused, {set}). The "
                             "instructions show {shown}.", "two exercises' names; the set: 'set 2 of 3'")
        else:
            text = translate("ui.timer.switch_question", "The timer is still on {timing} (running, {set}). The "
                             "instructions show {shown}.", "two exercises' names; the set: 'set 2 of 3'")
        heading = snap.phase.set.heading.lower() if snap is not None and snap.phase.set is not None else ""
        self.text.setText(text.format(timing=timing.name, set=heading, shown=shown.name))
        # Short words on the buttons (the pane is narrow); the names are in the text and for screen readers.
        self.keep.setText(translate("ui.timer.switch_question", "Keep timing it"))
        self.switch.setText(translate("ui.timer.switch_question", "Switch to the one shown"))
        self.keep.setAccessibleName(translate("ui.timer.switch_question", "Keep timing {exercise}").format(
            exercise=timing.name))
        self.switch.setAccessibleName(translate("ui.timer.switch_question", "Switch to {exercise}").format(
            exercise=shown.name))
        self.setAccessibleDescription(self.text.text())
        self.show()
        self._fit_text()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        # A wrapped label in a squeezed layout gives up lines first; it must keep all of them.
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width > 0:
            self.text.setMinimumHeight(self.text.heightForWidth(width))
