"""What moves a figure: the timer it follows, the slow browsing loop, or nothing at all (still).

A figure repaints on a timer of its own only while it moves: during a paced rep's move out or
back while the timer runs, and through the browsing loop's moving parts while it is on screen.
During holds, rests, pauses and idle no timer runs at all (issue 22 measures the CPU).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from rehab_desktop.core.exercises import Exercise, Side
from rehab_desktop.core.phases import PhaseKind
from rehab_desktop.core.records import LegSide
from rehab_desktop.core.timer_events import EngineState, Snapshot
from rehab_desktop.ui.figures.reduced_motion import DesktopMotion

if TYPE_CHECKING:
    from rehab_desktop.core.figures import FigureBook, Stage
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.figures.view import FigureView
    from rehab_desktop.ui.timer.controller import TimerController

FRAME_MS = 33  # at most about 30 frames a second while a figure moves with the timer
BROWSE_FRAME_MS = 50  # the browsing loop is slow: at most 20 frames a second
STEP_PX = 1.5  # a new frame when the figure has moved about this far on screen: smooth, and no more
SLOWEST_FRAME_MS = 200  # at least five frames a second while it moves (easing out of a still pose)
LOOP_CYCLES = 3  # browsing, the loop plays three times (about 25 s), then rests held until clicked
HIDDEN_POLL_MS = 250  # browsing, scrolled out of sight: look again this often, draw nothing
_MOVING = (PhaseKind.MOVE, PhaseKind.RETURN)


class FigureSettings(QObject):
    """How figures are shown, from the app's preferences and the desktop's reduced-motion wish."""

    changed = Signal()

    def __init__(self, prefs: PreferenceStore, desktop: DesktopMotion | None = None,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        """`clock` (seconds, monotonic) paces the browsing loop; tests pass a fake one."""
        super().__init__(parent)
        self.prefs = prefs
        self.desktop = desktop or DesktopMotion()
        self.clock = clock
        self._book: FigureBook | None = None
        prefs.changed.connect(self._prefs_changed)
        self.desktop.changed.connect(lambda _reduced: self.changed.emit())

    @property
    def still(self) -> bool:
        """True: every figure holds the end position, with no timer (the setting, or the desktop)."""
        return not self.prefs.values.figure_motion or self.desktop.reduced

    @property
    def thumbnails(self) -> bool:
        return self.prefs.values.figure_thumbnails

    def book(self) -> FigureBook:
        """The shipped figures, read the first time one is drawn."""
        if self._book is None:
            from rehab_desktop.core.figures import load_figures

            self._book = load_figures()
        return self._book

    def browse_side(self, exercise: Exercise) -> LegSide:
        """The side a figure shows while browsing: both legs, or the side the timer starts on."""
        if exercise.dose.side is Side.BOTH:
            return LegSide.BOTH
        return self.prefs.timer_options().start_side

    def _prefs_changed(self, names: frozenset) -> None:
        if names & {"figure_motion", "figure_thumbnails", "affected_side", "first_side"}:
            self.changed.emit()


class FigureDriver(QObject):
    """Moves one FigureView: in step with a timer, through the browsing loop, or still.

    `follow`: "always" shows whatever the timer has (the timer pane, follow-along); "own" shows
    the exercise given with show_exercise() and follows the timer only while it runs that
    exercise (the instructions). Nothing is loaded until the view is first painted."""

    mode_changed = Signal()  # following the timer started or stopped

    def __init__(self, view: FigureView, settings: FigureSettings, controller: TimerController | None = None,
                 follow: str = "own", parent: QObject | None = None):
        super().__init__(parent or view)
        self.view = view
        self.settings = settings
        self.controller = controller
        self.follow = follow
        self.exercise: Exercise | None = None
        self.movement = ""  # browsing: the movement shown ("" the exercise's first)
        self.stage: Stage | None = None  # where the figure is now (None: nothing drawn yet)
        self.t = 0.0
        self.following = False
        self._ready = False  # the view has been painted once: figures may be loaded
        self._key: tuple | None = None
        self._frames: tuple = (None, None)  # the last two frames drawn, with the clock when each was
        self._loop_from = settings.clock()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)
        view.first_shown.connect(self._first_shown)
        view.installEventFilter(self)
        settings.changed.connect(self.refresh)
        if controller is not None:
            controller.changed.connect(self._on_snapshot)
            controller.plan_loaded.connect(lambda _plan: self.refresh())

    # -- what the owner asks -------------------------------------------------------------

    def show_exercise(self, exercise: Exercise | None, movement: str = "") -> None:
        """Browse `exercise` (its `movement`, "" the first): the loop starts again from the start pose."""
        self.exercise, self.movement = exercise, movement
        self._loop_from = self.settings.clock()
        self.refresh()

    def refresh(self) -> None:
        """Bring the figure to now and arm the repaint timer if, and only if, it is moving."""
        self.timer.stop()
        snap = self._followed()
        following = snap is not None
        if following != self.following:
            self.following = following
            self.mode_changed.emit()
        if not self._ready:
            return
        if following:
            self._show_timer(snap)
        else:
            self._show_browsing()

    # -- the two sources -------------------------------------------------------------

    def _followed(self) -> Snapshot | None:
        """The timer's snapshot when this figure follows it now, else None."""
        c = self.controller
        if c is None or c.exercise is None:
            return None
        if self.follow == "always":
            return c.snapshot()
        if c.exercise is self.exercise and c.state in (EngineState.RUNNING, EngineState.PAUSED):
            return c.snapshot()
        return None

    def _on_snapshot(self, snap: Snapshot) -> None:
        if self._ready and self.following and self._followed() is not None:
            self._show_timer(snap)
        else:
            self.refresh()

    def _show_timer(self, snap: Snapshot) -> None:
        from rehab_desktop.core.figures import Stage, timer_side, timer_stage

        self.timer.stop()
        phase = snap.phase
        moving = snap.running and phase.kind in _MOVING and not self.settings.still
        if not self._on_screen() or self.view.visibleRegion().isEmpty():
            if moving and self._on_screen():
                self.timer.start(HIDDEN_POLL_MS)  # scrolled out of sight: draw nothing, look again soon
            return  # minimised or hidden: the Show event brings it back
        exercise = self.controller.exercise
        side, seen_from = timer_side(phase)
        if self.settings.still:
            stage, t = Stage.HELD, 0.0
        else:
            stage, t = timer_stage(phase.kind, snap.fraction)
        self._draw(exercise, phase.movement_key or "", side, stage, t, seen_from,
                   at=(("timer", snap.index), snap.elapsed_s / snap.speed))  # real seconds into the phase
        if moving:
            self.timer.start(self._next_frame_ms(FRAME_MS))  # refresh() reads the timer's snapshot then

    def _show_browsing(self) -> None:
        from rehab_desktop.core.figures import LOOP, LOOP_S, Stage, loop_stage

        exercise = self.exercise if self.follow == "own" else None
        if exercise is None:
            self._draw(None, "", LegSide.LEFT, Stage.START, 0.0)
            return
        side = self.settings.browse_side(exercise)
        if self.settings.still:
            self._draw(exercise, self.movement, side, Stage.HELD, 0.0)
            return
        if not self._on_screen():
            return  # shown again: the Show event brings it back
        if self.view.visibleRegion().isEmpty():
            self.timer.start(HIDDEN_POLL_MS)  # scrolled out of sight: nothing to draw, look again soon
            return
        seconds = self.settings.clock() - self._loop_from
        if seconds >= LOOP_CYCLES * LOOP_S:
            # an open window left alone costs nothing: the figure rests held, a click plays it again
            self._draw(exercise, self.movement, side, Stage.HELD, 0.0)
            return
        stage, t = loop_stage(seconds)
        self._draw(exercise, self.movement, side, stage, t)
        if stage in (Stage.MOVE, Stage.RETURN):
            self.timer.start(self._next_frame_ms(BROWSE_FRAME_MS))
        else:  # a still part of the loop: no frames until it moves again
            self.timer.start(max(FRAME_MS, round((1 - t) * dict(LOOP)[stage] * 1000) + 1))

    # -- drawing -----------------------------------------------------------------------

    def _draw(self, exercise: Exercise | None, movement: str, side: LegSide, stage: Stage, t: float,
              seen_from: LegSide | None = None, at: tuple | None = None) -> None:
        """`at`: (what the moment belongs to, seconds): two frames of the same thing pace the next
        (the browsing loop's clock, or the timer's phase)."""
        from rehab_desktop.core.figures import Stage, alt_text, build_frame

        self.stage, self.t = stage, t if stage in (Stage.MOVE, Stage.RETURN) else 0.0
        spec = self.settings.book().get(exercise.id, movement) if exercise is not None else None
        key = (id(spec), exercise.id if exercise else None, side, seen_from, stage, round(self.t, 4))
        if key == self._key:
            return  # the same picture: no repaint (a hold counting down costs nothing here)
        self._key = key
        if spec is None:
            self.view.show_frame(None)
            return
        frame = build_frame(spec, side, stage, self.t, seen_from)
        self._frames = (self._frames[1], (frame, at or ("loop", self.settings.clock())))
        self.view.show_frame(frame, alt_text(spec, side))

    def _next_frame_ms(self, fastest_ms: int) -> int:
        """When the next frame is worth drawing: once the figure will have moved STEP_PX on screen at
        the speed of the last two frames (slow near the ends of a movement, where it eases), never
        sooner than `fastest_ms` nor later than SLOWEST_FRAME_MS."""
        from PySide6.QtCore import QRectF

        from rehab_desktop.core.figures import largest_move
        from rehab_desktop.ui.figures.paint import fit

        before, now = self._frames
        if before is None or now is None or before[1][0] != now[1][0] or now[1][1] <= before[1][1]:
            return fastest_ms  # the first frame of a movement: no speed known yet
        (a, (_, ta)), (b, (_, tb)) = before, now
        scale = fit(b, QRectF(self.view.rect()))[0]  # as the view paints it
        speed = largest_move(a, b) * scale / (tb - ta)  # pixels a second
        if speed <= 0:
            return SLOWEST_FRAME_MS
        return max(fastest_ms, min(SLOWEST_FRAME_MS, round(1000 * STEP_PX / speed)))

    def _on_screen(self) -> bool:
        """Whether frames can be seen: the view shown and its window not minimised (a minimised
        window's widgets still count as visible to Qt; it sends them a Show event when restored)."""
        return self.view.isVisible() and not self.view.window().isMinimized()

    def _first_shown(self) -> None:
        self._ready = True
        self.refresh()

    def play_again(self) -> None:
        """Browsing: play the loop again from the start (a click on the figure)."""
        self._loop_from = self.settings.clock()
        self.refresh()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.view and event.type() == QEvent.Type.MouseButtonPress and not self.following:
            self.play_again()
        elif obj is self.view and event.type() == QEvent.Type.Hide:
            self.timer.stop()  # nothing else: a window hidden on its way out must not start drawing
        elif obj is self.view and event.type() == QEvent.Type.Show and self._ready:
            QTimer.singleShot(0, self, self.refresh)  # on screen again: catch up, from the event loop
        return False
