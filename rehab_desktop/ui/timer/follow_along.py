"""Follow-along mode: a full-screen view of only the timer, the current step and the next cue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.timer import Snapshot
from rehab_desktop.ui.common.style import scaled_font
from rehab_desktop.ui.figures.motion import FigureSettings
from rehab_desktop.ui.figures.placement import FaceAndFigure, timer_figure
from rehab_desktop.ui.timer.controller import TimerController
from rehab_desktop.ui.timer.countdown import CountdownFace, phase_colour
from rehab_desktop.ui.timer.panel import keep_together


class FollowAlongWindow(QWidget):
    """Very large type for reading from the floor; Esc, F or F11 leaves."""

    closed = Signal()

    def __init__(self, controller: TimerController, parent=None, figures: FigureSettings | None = None):
        """With `figures`, the exercise's figure moves beside the countdown, which keeps its full size."""
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.setWindowTitle(translate("ui.timer.follow_along", "Follow along"))
        self.setAccessibleName(translate("ui.timer.follow_along", "Follow-along timer"))
        self.phase_label = QLabel("", self)
        self.phase_label.setAccessibleName(translate("ui.timer.follow_along", "Phase"))
        self.face = CountdownFace(self)
        self.figure = timer_figure(figures, controller, self) if figures is not None else None
        self.face_box = FaceAndFigure(self.face, self.figure, keep_face=True, figure_min=200, parent=self)
        self.step_label = QLabel("", self)
        self.step_label.setAccessibleName(translate("ui.timer.follow_along", "Current step"))
        self.next_label = QLabel("", self)
        self.next_label.setAccessibleName(translate("ui.timer.follow_along", "Next", "what comes next"))
        self.hint = QLabel(translate("ui.timer.follow_along", "Space pause \u00b7 S skip \u00b7 B back \u00b7 H it "
                                     "hurts \u00b7 N next exercise \u00b7 M mute \u00b7 Esc leave",
                                     "the keys work in every language: Space, S, B, H, N, M, Esc"), self)
        for lab in (self.phase_label, self.step_label, self.next_label, self.hint):
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 20)
        lay.addWidget(self.phase_label)
        lay.addWidget(self.face_box, 1)
        lay.addWidget(self.step_label)
        lay.addWidget(self.next_label)
        lay.addWidget(self.hint)
        self._index: int | None = None
        controller.changed.connect(self.show_snapshot)
        self._apply_fonts()
        snap = controller.snapshot()
        if snap is not None:
            self.show_snapshot(snap)

    def show_snapshot(self, snap: Snapshot) -> None:
        self.face.show_snapshot(snap)
        if snap.index == self._index:
            return
        self._index = snap.index
        phase = snap.phase
        pal = self.phase_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, phase_colour(phase.kind, self.palette()))
        self.phase_label.setPalette(pal)
        self.phase_label.setText(keep_together(phase.label))
        ex = self.controller.exercise
        step = ""
        if ex is not None and phase.step is not None:
            step = f"{phase.step}. {ex.steps[phase.step - 1]}"
        self.step_label.setText(step)
        self.next_label.setText(self.controller.next_text(phase))
        self._apply_fonts()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_fonts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Scale with the screen as well as the text size (this is read from metres away), but
        keep each line of text within its share of the height: the countdown takes the rest and
        is always the largest thing on screen; text that would not fit gets smaller type."""
        base = self.font()
        k = max(1.0, self.height() / 500)
        width = max(100, self.width() - 80)
        height = max(300, self.height() - 50)
        self.hint.setFont(scaled_font(base, 0.9))
        for label, factor, share, bold in ((self.phase_label, 1.8, 0.13, True), (self.step_label, 1.5, 0.20, False),
                                           (self.next_label, 1.3, 0.08, False)):
            room = int(height * share)
            label.setMinimumHeight(0)  # a fixed height from the last fit would decide the next one
            label.setMaximumHeight(16777215)
            font = scaled_font(base, factor * k, bold=bold)
            while font.pointSizeF() > base.pointSizeF() * 0.8:
                label.setFont(font)
                if label.heightForWidth(width) <= room:
                    break
                font = scaled_font(font, 0.9, bold=bold)
            label.setFixedHeight(room)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_fonts()
