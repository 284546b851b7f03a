"""A running countdown costs next to nothing: it wakes only when something visible changes, repaints
only the part of the face that moved, nothing behind it, and, minimised, wakes only for its cues."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from rehab_desktop.core.timer import EngineState, PhaseKind
from rehab_desktop.ui.timer.controller import next_visible_change_s


def snap_of(make_window, clock, exercise_id="single-leg-balance", into_s=5.0):
    """A window whose timer has run `into_s` seconds (5: the get-ready is over, the hold begins)."""
    w = make_window(exercise_id=exercise_id)
    w.controller.start()
    clock.pass_time(w.controller.update, into_s, 0.25)
    return w


class Paints(QObject):
    """Records the paint events of the widgets it watches: (widget, painted rectangle)."""

    def __init__(self, *widgets):
        super().__init__()
        self.seen: list[tuple[object, object]] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append((obj, event.rect()))
        return False

    def of(self, widget):
        return [rect for obj, rect in self.seen if obj is widget]


def settle():
    for _ in range(3):  # the update request, its paint, and anything the paint posted
        QApplication.processEvents()


def test_a_hold_wakes_twice_a_second_and_on_the_second(make_window, clock):
    w = snap_of(make_window, clock)
    snap = w.controller.snapshot()
    assert snap.phase.kind is PhaseKind.HOLD and snap.duration_s == 30
    waits = []
    for _ in range(6):
        wait = next_visible_change_s(snap, w.controller.engine.seconds_to_deadline())
        waits.append(round(wait, 2))
        clock.advance(wait)
        w.controller.update()
        snap = w.controller.snapshot()
    # a 30 s hold's ring moves in sixtieths of a turn: every half second, on the second too
    assert all(0.45 <= wait <= 0.52 for wait in waits), waits
    assert w.timer_panel.face._text == "27"  # three seconds of the hold: six steps


def test_paced_movement_ring_steps_at_most_10_times_a_second(make_window, clock):
    w = make_window(exercise_id="seated-ankle-rom")
    w.controller.start()
    clock.pass_time(w.controller.update, 5.0, 0.25)
    snap = w.controller.snapshot()
    assert snap.phase.kind in (PhaseKind.MOVE, PhaseKind.RETURN, PhaseKind.REP_HOLD)
    assert snap.duration_s <= 3
    wait = next_visible_change_s(snap, w.controller.engine.seconds_to_deadline())
    assert 0.099 <= wait <= 0.12


def test_a_minute_long_hold_wakes_once_a_second(make_window, clock):
    w = snap_of(make_window, clock)
    snap = dataclasses.replace(w.controller.snapshot(), duration_s=60.0, remaining_s=59.5, fraction=0.5 / 60)
    assert next_visible_change_s(snap, 59.5) == pytest.approx(0.501, abs=0.002)


def test_nothing_wakes_a_paused_timer_and_counted_reps_rarely(make_window, clock, qtbot):
    w = snap_of(make_window, clock)
    assert w.controller._wake.isActive()
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Space)
    assert w.controller.state is EngineState.PAUSED
    assert not w.controller._wake.isActive()
    manual = dataclasses.replace(w.controller.snapshot(), duration_s=None, remaining_s=None)
    # nothing moves by itself, but a silence longer than the engine's sleep gap would read as sleep
    assert next_visible_change_s(manual, None) == pytest.approx(2.5, abs=0.002)


def test_counting_reps_by_hand_after_a_long_wait_is_not_taken_for_sleep(make_window, clock, qtbot):
    w = make_window(exercise_id="sumo-squat")
    w.timer_panel.dose.manual.setChecked(True)
    w.controller.start()
    w.controller.skip()  # past the get-ready
    assert w.controller.snapshot().phase.kind is PhaseKind.MANUAL_REPS
    for _ in range(8):  # twenty seconds of squats before the first press, the timer waking as armed
        clock.advance(w.controller._wake.remainingTime() / 1000)
        w.controller.update()
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Return)
    assert w.controller.state is EngineState.RUNNING
    assert w.controller.snapshot().reps_done == 1


def test_a_ring_step_repaints_a_sliver_and_nothing_behind_the_face(make_window, clock):
    w = snap_of(make_window, clock, into_s=5.1)
    face, panel = w.timer_panel.face, w.timer_panel
    settle()
    paints = Paints(face, panel, face.parentWidget())
    clock.advance(0.45)  # the ring's next step, not yet the next second
    w.controller.update()
    settle()
    rects = paints.of(face)
    assert len(rects) == 1
    sliver = rects[0]
    assert sliver.width() * sliver.height() < 0.1 * face.width() * face.height()
    assert sliver.top() < face.height() / 3  # at the top right, where the ring has just moved from
    assert not paints.of(panel) and not paints.of(face.parentWidget())
    paints.seen.clear()
    clock.advance(0.5)  # the number turns 29: the inside of the ring repaints, still nothing behind it
    w.controller.update()
    settle()
    assert face._text == "29"
    assert paints.of(face) and not paints.of(panel) and not paints.of(face.parentWidget())


def test_minimised_the_timer_wakes_only_for_the_last_seconds_and_still_ticks(make_window, clock, sounds):
    w = snap_of(make_window, clock)
    w.showMinimized()
    QApplication.processEvents()
    assert w.isMinimized() and not w.controller.seen
    snap = w.controller.snapshot()
    wait = next_visible_change_s(snap, w.controller.engine.seconds_to_deadline(), seen=False)
    assert wait == pytest.approx(2.5, abs=0.002)  # nothing to draw: only the engine's sleep gap wakes it
    near_end = dataclasses.replace(snap, remaining_s=4.0, fraction=26 / 30)
    assert next_visible_change_s(near_end, 4.0, seen=False) == pytest.approx(1.0, abs=0.002)  # the tick for 3
    assert 2300 < w.controller._wake.remainingTime() <= 2500  # under the sleep gap, and no sooner
    sounds.played.clear()
    while w.controller.snapshot().phase.kind is PhaseKind.HOLD:  # minimised: wake when armed, tick, end the hold
        clock.advance(w.controller._wake.remainingTime() / 1000 + 0.001)
        w.controller.update()
    assert sounds.played == ["tick", "tick", "tick", "phase"]
    assert w.controller.state is EngineState.RUNNING  # not taken for the laptop having slept
    assert w.controller.snapshot().phase.kind is PhaseKind.REST
    w.showNormal()
    QApplication.processEvents()
    assert w.controller.seen
    assert w.controller._wake.remainingTime() <= 520


def test_a_moving_figure_draws_no_frames_while_the_window_is_minimised(make_window, clock, qapp):
    w = make_window(exercise_id="seated-ankle-rom")
    w.controller.start()
    clock.pass_time(w.controller.update, 5.1, 0.25)  # into the first paced movement
    assert w.controller.snapshot().phase.kind is PhaseKind.MOVE
    drivers = [d for d in w.findChildren(QObject) if type(d).__name__ == "FigureDriver" and d.following]
    assert drivers and any(d.timer.isActive() for d in drivers)  # on screen: the figure moves with the rep
    w.showMinimized()
    qapp.processEvents()
    clock.advance(0.3)
    w.controller.update()
    qapp.processEvents()
    assert not any(d.timer.isActive() for d in drivers)
    w.showNormal()
    qapp.processEvents()
    clock.advance(0.1)
    w.controller.update()
    assert any(d.timer.isActive() for d in drivers)  # back on screen, moving again
