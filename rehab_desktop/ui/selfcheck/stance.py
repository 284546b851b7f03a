"""The timed single-leg stance: Space starts a 3-2-1, then the clock runs until Space, Enter or a click
on Stop (the lifted foot touched down) or the chosen maximum. Timed on the timer engine with the
clock it is given, so a test drives it with a fake one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from rehab_desktop.core import self_checks as S
from rehab_desktop.core.cues import Sound
from rehab_desktop.core.exercises import Exercise
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.phases import PhaseKind
from rehab_desktop.core.timer import TimerEngine
from rehab_desktop.core.timer_events import SetCompleted
from rehab_desktop.ui.common.style import scaled_font

TICK_MS = 100  # the time is shown to the tenth of a second


def trial_name(side: str, variant: S.Variant) -> str:
    """'Left leg, eyes open': one timed stance, as a heading."""
    if side == "left":
        text = translate("ui.selfcheck.stance", "Left leg, {variant}", "{variant}: eyes open")
    else:
        text = translate("ui.selfcheck.stance", "Right leg, {variant}", "{variant}: eyes open")
    return text.format(variant=variant.label)


def _seconds(value: float) -> str:
    """'12.3 s', always to the tenth (the clock does not jump in width)."""
    return f"{formats().decimal(value, 1, trim=False)} s"


class StanceTimer(QWidget):
    """One trial at a time (a side and a variant); `timed` carries its result."""

    timed = Signal(object)  # CheckResult
    running_changed = Signal(bool)

    def __init__(self, balance: Exercise, clock: Callable[[], float], wall: Callable[[], datetime],
                 play: Callable[[Sound], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.balance = balance
        self.clock = clock
        self.wall = wall
        self.play = play or (lambda _sound: None)
        self.engine: TimerEngine | None = None
        self.side = "left"
        self.variant = S.Variant.EYES_OPEN
        self.max_s = float(S.DEFAULT_STANCE_MAX_S)
        self._last_count: int | None = None
        self._result: S.CheckResult | None = None

        self.trial = QLabel(self)
        self.trial.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.trial.setWordWrap(True)
        self.time = QLabel(_seconds(0.0), self)
        self.time.setFont(scaled_font(self.font(), 2.8, bold=True))
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time.setAccessibleName(translate("ui.selfcheck.stance", "Time on one leg"))
        self.time.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.button = QPushButton(translate("ui.selfcheck.stance", "&Start"), self)
        self.button.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.press)
        # The time and the button side by side, so both stay in view above the fold.
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.trial, 0, 0, 1, 2)
        lay.addWidget(self.time, 1, 0)
        lay.addWidget(self.button, 1, 1)
        lay.addWidget(self.hint, 2, 0, 1, 2)
        lay.setColumnStretch(0, 3)
        lay.setColumnStretch(1, 2)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- what is timed next ----------------------------------------------------------------------

    def prepare(self, side: str, variant: S.Variant, max_s: float) -> None:
        """Ready for one trial; nothing runs until Space."""
        self.stop_engine()
        self.side, self.variant, self.max_s = side, variant, float(max_s)
        self._result = None
        left = side == "left"
        self.trial.setText(trial_name(side, variant))
        self.time.setText(_seconds(0.0))
        self.button.setText(translate("ui.selfcheck.stance", "&Start"))
        self.button.setAccessibleName(
            (translate("ui.selfcheck.stance", "Start timing the left leg, {variant}", "{variant}: eyes open") if left
             else translate("ui.selfcheck.stance", "Start timing the right leg, {variant}", "{variant}: eyes open"))
            .format(variant=variant.label))
        self.hint.setText(translate("ui.selfcheck.stance", "Press Space to start. After 3, 2, 1, lift the other foot; "
                                    "the timer stops by itself at {seconds}\u00a0s.", "{seconds}: 30").format(
                                        seconds=formats().decimal(max_s, 6)))

    @property
    def running(self) -> bool:
        return self.engine is not None

    def press(self) -> None:
        """Space, Enter or the button: start a trial, or stop the one that runs."""
        if self.engine is None:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        plan = S.stance_plan(self.balance, self.side, self.variant, self.max_s)
        self.engine = TimerEngine(plan, now=self.clock, wall=self.wall)
        self.engine.subscribe(self._event)
        self._last_count = None
        self.button.setText(translate("ui.selfcheck.stance", "&Stop"))
        self.button.setAccessibleName(translate("ui.selfcheck.stance", "Stop: the lifted foot touched down"))
        self.hint.setText(translate("ui.selfcheck.stance",
                                    "Stop the moment the lifted foot touches down or you grab the support."))
        self.engine.start()
        self.ticker.start()
        self.running_changed.emit(True)
        self.tick()

    def stop(self) -> None:
        """The foot touched down: during the 3-2-1 the trial is called off, after it the time is kept."""
        if self.engine is None:
            return
        self.engine.update()
        if self.engine.phase.kind is PhaseKind.LEAD_IN:
            self.prepare(self.side, self.variant, self.max_s)
            self.hint.setText(translate("ui.selfcheck.stance",
                                        "Called off before the start. Press Space to try again."))
            self.running_changed.emit(False)
            return
        self.engine.skip()

    def stop_engine(self) -> None:
        self.ticker.stop()
        if self.engine is not None:
            self.engine = None
            self.running_changed.emit(False)

    def tick(self) -> None:
        """Catch up with the clock and show the time (the ticker calls it; a test may too)."""
        if self.engine is None:
            return
        self.engine.update()
        if self.engine is None:  # the maximum was reached in that update
            return
        snap = self.engine.snapshot()
        phase = self.engine.phase
        if phase.kind is PhaseKind.LEAD_IN:
            count = max(1, int(-(-snap.remaining_s // 1))) if snap.remaining_s is not None else 3
            self.time.setText(str(count))
            if count != self._last_count:
                self._last_count = count
                self.play(Sound.TICK)
        elif phase.kind is PhaseKind.HOLD:
            if self._last_count is not None:
                self._last_count = None
                self.play(Sound.PHASE)
            self.time.setText(_seconds(snap.elapsed_s))

    def _event(self, event) -> None:
        if isinstance(event, SetCompleted):
            r = event.record
            self._result = S.stance_result(self.side, self.variant, r.achieved_hold_s or 0.0, self.max_s)
            self.ticker.stop()
            self.engine = None
            self.play(Sound.DONE)
            self.time.setText(self._result.text())
            self.button.setText(translate("ui.selfcheck.stance", "&Again"))
            again = translate("ui.selfcheck.stance", "Time the left leg, {variant}, again", "{variant}: eyes open") \
                if self.side == "left" else \
                translate("ui.selfcheck.stance", "Time the right leg, {variant}, again", "{variant}: eyes open")
            self.button.setAccessibleName(again.format(variant=self.variant.label))
            self.hint.setText(translate("ui.selfcheck.stance", "Kept. Press Space to time it again, or go on."))
            self.running_changed.emit(False)
            self.timed.emit(self._result)

    def keyPressEvent(self, event) -> None:
        starts_or_stops = event.key() == Qt.Key.Key_Space or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.engine is not None)
        if starts_or_stops and not event.isAutoRepeat():  # Enter stops; only Space starts
            self.press()
            return
        super().keyPressEvent(event)
