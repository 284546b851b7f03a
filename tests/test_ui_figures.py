"""The exercise figures on screen: in step with the timer (held during holds, moving during the
move out and back, frozen while paused, easy during rests), still where motion is unwanted, named
for screen readers, small stills in the list, and room for all of it at large text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from rehab_desktop.core.figures import LOOP_S, Stage, alt_text, build_frame, largest_move, load_figures
from rehab_desktop.core.phases import PhaseKind, TimerOptions
from rehab_desktop.core.records import LegSide
from rehab_desktop.core.timer import EngineState
from rehab_desktop.ui.common import style
from rehab_desktop.ui.figures.motion import (
    BROWSE_FRAME_MS,
    FRAME_MS,
    LOOP_CYCLES,
    SLOWEST_FRAME_MS,
    STEP_PX,
    FigureDriver,
    FigureSettings,
)
from rehab_desktop.ui.figures.placement import FaceAndFigure, split, timer_figure
from rehab_desktop.ui.figures.reduced_motion import DesktopMotion, gtk_says_reduced, kde_says_reduced
from rehab_desktop.ui.figures.view import FigureView
from rehab_desktop.ui.timer.controller import TimerController
from rehab_desktop.ui.timer.countdown import MIN_DIGITS_PX, CountdownFace
from tests.helpers import layout_checks, scenes

PACED = "ankle-dorsiflexion"  # paced reps: move out, hold, come back
OPTIONS = TimerOptions(lead_in_s=5, rest_s=30, move_s=2, return_s=2)


@pytest.fixture(autouse=True)
def restore_look(qapp):
    yield
    style.apply_text_scale(qapp, 1.0)
    style.apply_theme(qapp, "system")


@pytest.fixture
def timed(qtbot, library, prefs, clock):
    """A timer on the fake clock and a figure following it, on screen and drawn once."""

    def make(exercise_id=PACED, reduced=False, options=OPTIONS):
        controller = TimerController(clock=clock)
        settings = FigureSettings(prefs, DesktopMotion(reduced), clock=clock)
        view = timer_figure(settings, controller, min_height=240)
        qtbot.addWidget(view)
        view.resize(300, 400)
        view.show()
        controller.load(library[exercise_id], None, options)
        qtbot.waitUntil(lambda: view.frame is not None)  # drawn just after its first paint
        return controller, view, view.driver

    return make


def run_to(controller, clock, kind: PhaseKind, fraction: float = 0.0, step: float = 0.05) -> None:
    """Let the fake clock run (the controller updating as its timer would) until `kind` is
    `fraction` of the way through."""
    for _ in range(20000):
        snap = controller.snapshot()
        if snap.phase.kind is kind and snap.fraction >= fraction:
            return
        clock.advance(step)
        controller.update()
    raise AssertionError(f"never reached {kind} at {fraction}")


def window_rect(widget):
    """`widget`'s rectangle in its window's coordinates."""
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def shapes_close(a, b, tol=1e-6) -> bool:
    if len(a.shapes) != len(b.shapes):
        return False
    for sa, sb in zip(a.shapes, b.shapes, strict=True):
        if (sa.kind, sa.role, len(sa.points)) != (sb.kind, sb.role, len(sb.points)):
            return False
        if any(abs(pa[i] - pb[i]) > tol for pa, pb in zip(sa.points, sb.points, strict=True) for i in (0, 1)):
            return False
    return True


def test_a_paced_rep_moves_out_holds_and_comes_back_in_step_with_the_timer(timed, clock, qtbot, library):
    controller, view, driver = timed()
    spec = load_figures().get(PACED, library[PACED].dose.movements[0].key)
    assert spec is not None
    assert driver.stage is Stage.START and not driver.timer.isActive()  # ready: the start pose, no timer
    controller.start()
    run_to(controller, clock, PhaseKind.LEAD_IN, 0.5)
    assert driver.stage is Stage.START and not driver.timer.isActive()

    run_to(controller, clock, PhaseKind.MOVE, 0.25)
    assert driver.stage is Stage.MOVE and driver.timer.isActive()
    assert FRAME_MS <= driver.timer.interval() <= SLOWEST_FRAME_MS  # paced by how fast it moves
    early = view.frame
    # Between the controller's ticks the figure's own timer reads the clock and draws on.
    clock.advance(1.0)
    qtbot.waitUntil(lambda: view.frame is not early, timeout=2000)
    assert driver.stage is Stage.MOVE and driver.t > 0.5
    assert not shapes_close(view.frame, early)

    run_to(controller, clock, PhaseKind.REP_HOLD, 0.1)
    assert driver.stage is Stage.HELD
    assert shapes_close(view.frame, build_frame(spec, LegSide.LEFT, Stage.HELD))
    assert not driver.timer.isActive()  # a hold counts down without a figure timer
    held = view.frame
    for _ in range(4):
        clock.advance(0.2)
        controller.update()
    assert view.frame is held  # not even rebuilt while the hold counts down

    run_to(controller, clock, PhaseKind.RETURN, 0.5)
    assert driver.stage is Stage.RETURN and driver.timer.isActive()
    clock.advance(controller.snapshot().remaining_s - 1e-3)  # the very end of the rep
    qtbot.waitUntil(lambda: driver.t > 0.999, timeout=2000)
    assert shapes_close(view.frame, build_frame(spec, LegSide.LEFT, Stage.START), tol=1e-3)


def test_paused_the_figure_freezes_where_it_is_and_no_timer_runs(timed, clock, qtbot):
    controller, view, driver = timed()
    controller.start()
    run_to(controller, clock, PhaseKind.MOVE, 0.4)
    controller.pause()
    assert controller.state is EngineState.PAUSED
    frame, stage, t = view.frame, driver.stage, driver.t
    assert stage is Stage.MOVE and 0.35 < t < 0.6
    assert not driver.timer.isActive()
    clock.advance(5.0)
    controller.update()
    driver.refresh()
    assert (view.frame, driver.stage, driver.t) == (frame, stage, t)  # the same frame, not a new one
    assert not driver.timer.isActive()
    controller.toggle()  # resumed: it moves on from there
    assert driver.timer.isActive()


def test_rest_between_sets_is_the_easy_pose(timed, clock):
    controller, view, driver = timed()
    controller.start()
    run_to(controller, clock, PhaseKind.REST, 0.1, step=0.25)
    assert driver.stage is Stage.EASY and not driver.timer.isActive()


def test_a_stretch_hold_is_the_end_pose_without_a_timer(timed, clock):
    controller, view, driver = timed("standing-calf-stretch")
    controller.start()
    run_to(controller, clock, PhaseKind.HOLD, 0.3)
    assert driver.stage is Stage.HELD and not driver.timer.isActive()


@pytest.mark.parametrize("why", ["desktop", "preference"])
def test_reduced_motion_or_the_preference_give_the_still_end_pose(timed, clock, prefs, why):
    if why == "preference":
        prefs.update(figure_motion=False)
    controller, view, driver = timed(reduced=why == "desktop")
    assert driver.stage is Stage.HELD
    controller.start()
    for kind in (PhaseKind.LEAD_IN, PhaseKind.MOVE, PhaseKind.REP_HOLD, PhaseKind.RETURN, PhaseKind.REST):
        run_to(controller, clock, kind, 0.5, step=0.1)
        assert driver.stage is Stage.HELD, kind
        assert not driver.timer.isActive(), kind


@pytest.fixture
def browsing(qtbot, library, prefs, clock):
    """A figure browsing the calf stretch, on screen; `browsing(desktop)` to choose the desktop's answer."""

    def make(desktop: DesktopMotion | None = None, exercise: str | None = "standing-calf-stretch"):
        settings = FigureSettings(prefs, desktop or DesktopMotion(False), clock=clock)
        view = FigureView(min_height=240)
        qtbot.addWidget(view)
        driver = FigureDriver(view, settings)
        if exercise is not None:
            driver.show_exercise(library[exercise])
            view.resize(300, 400)
            view.show()
            qtbot.waitUntil(lambda: view.frame is not None)
        return settings, view, driver

    return make


def test_the_desktop_asking_later_stops_the_motion_at_once(browsing, clock):
    desktop = DesktopMotion(False)
    _settings, _view, driver = browsing(desktop)
    clock.advance(2.0)  # the browsing loop: moving out
    driver.refresh()
    assert driver.stage is Stage.MOVE and driver.timer.isActive()
    desktop.set_source("portal", True)
    assert driver.stage is Stage.HELD and not driver.timer.isActive()
    desktop.set_source("portal", False)
    assert driver.stage is not Stage.HELD or driver.timer.isActive()


def test_browsing_loops_only_while_on_screen(browsing, qtbot, clock):
    _settings, view, driver = browsing()
    assert driver.stage is Stage.START
    assert driver.timer.isActive() and driver.timer.interval() > 1000  # no frames while the pose is still
    clock.advance(1.5)
    driver.refresh()
    assert driver.stage is Stage.MOVE and BROWSE_FRAME_MS <= driver.timer.interval() <= SLOWEST_FRAME_MS
    view.hide()
    assert not driver.timer.isActive()
    view.show()  # back on screen: it picks up the loop again
    qtbot.waitUntil(driver.timer.isActive)


def test_frames_come_as_often_as_the_figure_moves_a_pixel_and_a_half(browsing, clock):
    """Easing out of the start pose the figure moves slowly and frames are few; in the middle of the
    movement they come as often as needed for steps of about STEP_PX on screen, never more often."""
    _settings, view, driver = browsing()
    clock.advance(1.2 + 0.05)  # just past the still start: the movement eases out
    driver.refresh()
    intervals, moves = [], []
    for _ in range(60):
        wait = driver.timer.interval()
        before = view.frame
        clock.advance(wait / 1000)
        driver.refresh()
        if driver.stage is not Stage.MOVE:
            break
        intervals.append(wait)
        x0, y0, x1, y1 = view.frame.bounds
        scale = min(view.width() / (x1 - x0), view.height() / (y1 - y0))
        moves.append(largest_move(before, view.frame) * scale)
    middle = len(intervals) // 2
    assert intervals[1] > intervals[middle] >= BROWSE_FRAME_MS  # slower frames where it eases
    assert len(intervals) < 2.4 * 1000 / BROWSE_FRAME_MS  # fewer frames than a fixed 20 a second
    paced = [m for m, i in zip(moves, intervals, strict=True) if BROWSE_FRAME_MS < i < SLOWEST_FRAME_MS]
    assert paced and all(m < 3 * STEP_PX for m in paced)  # steps stay small: it still looks smooth


def test_left_alone_the_browsing_loop_comes_to_rest_and_a_click_plays_it_again(browsing, qtbot, library, clock):
    _settings, view, driver = browsing()
    clock.advance(LOOP_CYCLES * LOOP_S + 1.5)  # an open window nobody looks at
    driver.refresh()
    assert driver.stage is Stage.HELD and not driver.timer.isActive()  # an idle window costs nothing
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert driver.stage is Stage.START and driver.timer.isActive()
    clock.advance(1.5)
    driver.refresh()
    assert driver.stage is Stage.MOVE
    driver.show_exercise(library["sumo-squat"])  # another exercise plays from the start too
    assert driver.stage is Stage.START


def test_the_accessible_name_is_the_alt_text_and_the_role_a_picture(timed, clock, library):
    controller, view, driver = timed("standing-calf-stretch", options=TimerOptions(first_side=LegSide.RIGHT))
    spec = load_figures().get("standing-calf-stretch")
    assert view.accessibleName() == alt_text(spec, LegSide.RIGHT)
    assert "right" in view.accessibleName()
    assert view.toolTip() == ""
    assert QAccessible.queryAccessibleInterface(view).role() == QAccessible.Role.Graphic


def test_an_exercise_without_a_drawing_gets_the_placeholder(browsing, qtbot, library, monkeypatch):
    settings, view, driver = browsing(exercise=None)
    monkeypatch.setattr(settings.book(), "get", lambda *_: None)
    driver.show_exercise(library["standing-calf-stretch"])
    view.show()
    qtbot.waitUntil(lambda: view.placeholder)
    assert view.frame is None and "No drawing" in view.accessibleName()
    view.grab()  # paints without error


def test_labels_only_where_they_can_be_read(timed, clock):
    controller, view, driver = timed("standing-calf-stretch")
    view.resize(200, 160)
    assert not view.draws_labels()
    view.resize(300, 360)
    assert view.draws_labels()
    view.setFont(style.scaled_font(view.font(), 2.0))  # at 200 % text, labels this small would not read
    assert not view.draws_labels()
    view.resize(700, 800)
    assert view.draws_labels()


def test_inversion_and_eversion_side_by_side_then_the_one_being_timed(make_window, qapp, qtbot, clock):
    w = make_window(exercise_id="ankle-inversion-eversion")
    scenes.size_window(w, (1920, 1080))
    strip = w.instructions.figure
    views = strip.views()
    qtbot.waitUntil(lambda: all(v.frame is not None for v in views[:2]))
    assert [v.isVisible() for v in views] == [True, True]
    book = load_figures()
    assert {views[0].accessibleName(), views[1].accessibleName()} == {
        alt_text(book.get("ankle-inversion-eversion", "inversion"), LegSide.LEFT),
        alt_text(book.get("ankle-inversion-eversion", "eversion"), LegSide.LEFT)}
    w.sessions.space()
    clock.pass_time(w.controller.update, 6, 0.5)
    qapp.processEvents()
    assert w.controller.snapshot().phase.movement_key == "inversion"
    assert views[0].isVisible() and not views[1].isVisible()
    assert strip.drivers[0].following
    assert views[0].accessibleName() == alt_text(book.get("ankle-inversion-eversion", "inversion"), LegSide.LEFT)


def test_list_stills_are_drawn_with_the_first_paint_and_go_when_turned_off(make_window, qapp, qtbot):
    w = make_window(show=False)
    assert w.figures._book is None  # nothing about figures before the window is painted
    thumbs = w.browser.thumbnails
    with qtbot.waitSignal(w.first_painted):
        w.show()
    assert thumbs._cache  # in the list's first frame, not filled in after it
    view, delegate = w.browser.view, w.browser.view.itemDelegate()
    calls = []
    real = thumbs.pixmap
    thumbs.pixmap = lambda *a, **k: (calls.append(a[0].id), real(*a, **k))[1]
    first = w.browser.proxy.index(0, 0, w.browser.proxy.index(0, 0))
    tall = view.sizeHintForIndex(first).height()
    view.viewport().repaint()
    assert calls
    w.prefs.update(figure_thumbnails=False)
    qapp.processEvents()
    calls.clear()
    view.viewport().repaint()
    assert calls == []
    assert delegate._thumb_side(view.font()) == 0
    assert view.sizeHintForIndex(first).height() < tall


def test_follow_along_countdown_is_as_big_with_the_figure_as_without(qtbot, qapp, library, prefs, clock):
    from rehab_desktop.ui.timer.follow_along import FollowAlongWindow

    controller = TimerController(clock=clock)
    controller.load(library["standing-calf-stretch"], None, OPTIONS)
    settings = FigureSettings(prefs, DesktopMotion(False), clock=clock)
    digits = {}
    for name, figures in (("without", None), ("with", settings)):
        fw = FollowAlongWindow(controller, None, figures)
        qtbot.addWidget(fw)
        fw.setGeometry(0, 0, 1280, 800)
        fw.show()
        qtbot.waitExposed(fw)
        if figures is not None:
            qtbot.waitUntil(lambda fw=fw: fw.figure.frame is not None)
        # the labels' heights follow the window's: let the layout settle around them
        qtbot.waitUntil(lambda fw=fw: fw.phase_label.geometry().bottom() < fw.face_box.geometry().top()
                        and fw.face_box.geometry().bottom() < fw.step_label.geometry().top())
        if figures is not None:
            figure = fw.figure
            assert figure.isVisible() and figure.height() >= 200
            assert not figure.geometry().intersects(fw.face.geometry())
        digits[name] = fw.face.digits_height()
        fw.close()
    assert digits["with"] >= digits["without"] >= MIN_DIGITS_PX


def test_the_split_keeps_the_countdown_or_leaves_the_figure_out():
    s = split(1200, 400, 208, 200, 0.55, keep_face=True)  # follow-along: wide and low
    assert s.figure is not None and s.face.width() >= 400 and s.face.height() == 400
    assert not s.face.intersects(s.figure)
    s = split(250, 250, 208, 120, 0.55, keep_face=False)  # too little room: the countdown alone
    assert s.figure is None and s.face.size().width() == 250
    s = split(356, 600, 208, 120, 0.55, keep_face=False)  # a tall pane: beside or above, never under the least
    assert s.figure is not None and min(s.face.width(), s.face.height()) >= 208


def test_the_panes_countdown_never_goes_below_its_least_beside_the_figure(qtbot, prefs, clock):
    face = CountdownFace()
    view = FigureView()
    box = FaceAndFigure(face, view, keep_face=False, figure_min=120)
    qtbot.addWidget(box)
    for size in ((250, 250), (360, 380), (600, 500), (400, 900)):
        box.resize(*size)
        box.place()
        assert min(face.width(), face.height()) >= face.minimumWidth()
        if view.isVisibleTo(box):
            assert not view.geometry().intersects(face.geometry())


@pytest.mark.parametrize("scene", ["routine", "reps", "follow"])
def test_nothing_is_clipped_at_200_percent_on_a_laptop(make_window, qapp, data_dir, clock, qtbot, scene):
    scenes.write_settings(data_dir, 2.0, "light")
    w = make_window()
    scenes.size_window(w, (1280, 800))
    qapp.processEvents()
    top = scenes.show(scene, w, qapp, clock)
    w.exercise_page.arrange()
    qapp.processEvents()
    found = layout_checks.problems(top)
    assert found == [], "\n".join(found)
    if scene == "follow":
        assert top.face.digits_height() >= MIN_DIGITS_PX
        if top.figure.isVisible():
            assert layout_checks.fully_visible(top.figure)
            for label in (top.phase_label, top.step_label, top.next_label):
                assert not window_rect(top.figure).intersects(window_rect(label))
        return
    panel = w.timer_panel
    for control in (panel.start_button, panel.hurts_button, panel.follow_button):
        assert layout_checks.fully_visible(control), control.text()
    assert panel.face.digits_height() >= MIN_DIGITS_PX - 1
    if panel.figure.isVisible():
        assert not panel.figure.geometry().intersects(panel.face.geometry())
        assert layout_checks.fully_visible(panel.figure)
    strip = w.instructions.figure
    if w.instructions.isVisible():
        for v in strip.views():
            if v.isVisible():
                assert v.width() <= w.instructions.viewport().width()  # never wider than the page


def test_preferences_default_on_and_keep_their_keys(prefs, data_dir):
    from PySide6.QtCore import QSettings

    assert prefs.values.figure_motion and prefs.values.figure_thumbnails
    prefs.update(figure_motion=False, figure_thumbnails=False)
    s = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert s.value("figures/motion") in (False, "false") and s.value("figures/thumbnails") in (False, "false")


def test_the_settings_dialog_turns_both_on_and_off(make_window):
    from rehab_desktop.ui.shell.settings_dialog import SettingsDialog

    w = make_window()
    d = SettingsDialog(w.prefs, w.cues, w.service, lambda: False, w)
    assert d.figure_motion.isChecked() and d.figure_thumbnails.isChecked()
    d.figure_motion.setChecked(False)
    d.figure_thumbnails.setChecked(False)
    assert not w.prefs.values.figure_motion and not w.prefs.values.figure_thumbnails
    assert w.figures.still


def test_the_desktop_files_that_ask_for_less_motion(tmp_path):
    gtk = tmp_path / "gtk-3.0" / "settings.ini"
    gtk.parent.mkdir()
    gtk.write_text("[Settings]\ngtk-theme-name=Adwaita\ngtk-enable-animations=false\n")
    assert gtk_says_reduced(gtk)
    gtk.write_text("[Settings]\ngtk-enable-animations=1\n")
    assert not gtk_says_reduced(gtk)
    kde = tmp_path / "kdeglobals"
    kde.write_text("[KDE]\nAnimationDurationFactor=0\nSingleClick=false\n")
    assert kde_says_reduced(kde)
    kde.write_text("[KDE]\nAnimationDurationFactor=0.5\n")
    assert not kde_says_reduced(kde)
    assert not gtk_says_reduced(tmp_path / "missing.ini") and not kde_says_reduced(tmp_path / "missing")
    kde.write_text("[KDE]\nAnimationDurationFactor=0\n")
    import sys

    if sys.platform.startswith("linux"):
        assert DesktopMotion.detect(config_home=tmp_path).reduced
        kde.unlink()
        gtk.unlink()
        assert not DesktopMotion.detect(config_home=tmp_path).reduced


@pytest.mark.parametrize("exercise_id", [PACED, "standing-calf-stretch", "single-leg-balance"])
def test_repainting_only_what_moved_gives_the_same_picture_as_painting_it_all(qtbot, exercise_id, library):
    """A movement's next frame repaints the box round what moved; the picture must be the one a
    whole repaint gives, pixel for pixel (nothing that moved left outside the box, nothing skipped
    inside it)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QRegion

    spec = load_figures().get(exercise_id, library[exercise_id].dose.movements[0].key)
    view = FigureView(min_height=240)
    qtbot.addWidget(view)
    view.resize(320, 400)
    view.show()

    def image():
        img = QImage(view.size(), QImage.Format.Format_ARGB32)
        img.fill(0)
        return img

    parts = 0
    for t0, t1 in ((0.20, 0.24), (0.30, 0.34), (0.5, 0.56), (0.9, 0.97), (0.05, 0.6)):
        before = build_frame(spec, LegSide.LEFT, Stage.MOVE, t0)
        after = build_frame(spec, LegSide.LEFT, Stage.MOVE, t1)
        view.show_frame(before)
        partial = image()
        view.render(partial, QPoint())  # the frame on screen before
        rect = view._changed_rect(before, after)
        # a part, not the whole view (but for the moment limbs pass in front of each other)
        parts += rect.width() * rect.height() < view.width() * view.height()
        view.show_frame(after)
        view.render(partial, rect.topLeft(), QRegion(rect))  # what the repaint after show_frame paints
        whole = image()
        view.render(whole, QPoint())
        assert partial == whole, (exercise_id, t0, t1)
    assert parts >= 3


def test_the_changed_box_holds_where_a_shape_was_and_where_it_is_with_its_width():
    from rehab_desktop.core.figures import Frame, Shape, changed_box

    still = Shape("solid", ((0.0, 0.0), (0.1, 0.0), (0.1, 0.1)), role="equipment")
    foot_then = Shape("limb", ((0.1, 0.2), (0.2, 0.2)), 0.05, "work")
    foot_now = Shape("limb", ((0.7, 0.5), (0.8, 0.5)), 0.05, "work")
    before = Frame((still, foot_then), (0, 0, 1, 1), "side", "")
    after = Frame((still, foot_now), (0, 0, 1, 1), "side", "")
    x0, y0, x1, y1 = changed_box(before, after)
    assert x0 < 0.1 - 0.025 and x1 > 0.8 + 0.025  # both places, and the limb's half width past its ends
    assert y0 < 0.2 - 0.025 and y1 > 0.5 + 0.025
    assert x0 > 0.0 + 0.03  # the still shape is not part of it
    assert changed_box(before, before) == (0.0, 0.0, 0.0, 0.0)
    swapped = Frame((foot_now, still), (0, 0, 1, 1), "side", "")
    assert changed_box(before, swapped) is None  # drawn in another order: all of it again
