"""The Exercises page and follow-along at laptop and desktop sizes, text at 100-200 %, both schemes:
the timer's controls in view, nothing cut off, no sideways scrolling, the countdown readable."""

from __future__ import annotations

import pytest

from rehab_desktop.ui.common import style
from rehab_desktop.ui.timer.countdown import MIN_DIGITS_PX
from tests.helpers import layout_checks, scenes

MATRIX = [(size, scale, theme) for size in scenes.SIZES for scale in scenes.SCALES for theme in scenes.THEMES]


def _id(case) -> str:
    (w, h), scale, theme = case
    return f"{w}x{h}-{round(scale * 100)}-{theme}"


@pytest.fixture(autouse=True)
def restore_look(qapp):
    yield
    style.apply_text_scale(qapp, 1.0)
    style.apply_theme(qapp, "system")


def _window(make_window, qapp, data_dir, clock, case, scene):
    size, scale, theme = case
    scenes.write_settings(data_dir, scale, theme)
    w = make_window()
    scenes.size_window(w, size)
    qapp.processEvents()
    assert (w.width(), w.height()) == size  # nothing forces the window past the screen
    top = scenes.show(scene, w, qapp, clock)
    w.exercise_page.arrange()
    qapp.processEvents()
    return w, top


@pytest.mark.parametrize("case", MATRIX, ids=_id)
@pytest.mark.parametrize("scene", ["idle", "routine", "reps"])
def test_timer_controls_in_view_and_nothing_cut_off(make_window, qapp, data_dir, clock, case, scene):
    w, _top = _window(make_window, qapp, data_dir, clock, case, scene)
    panel = w.timer_panel
    for control in (panel.start_button, panel.hurts_button, panel.follow_button):
        assert layout_checks.fully_visible(control), f"{control.text()!r} is not all in view"
    if scene == "routine":
        bar = w.session_bar
        for control in (bar.finish_button, bar.routine_next, bar.routine_edit):
            assert layout_checks.fully_visible(control), f"{control.text()!r} is not all in view"
    found = layout_checks.problems(w.exercise_page)
    assert found == [], "\n".join(found)
    assert panel.face.digits_height() >= MIN_DIGITS_PX - 1
    if w.exercise_page.shape.value == 3 or w.exercise_page.is_showing(w.instructions):
        assert layout_checks.fully_visible(w.instructions.title) or w.instructions.verticalScrollBar().value()


@pytest.mark.parametrize("case", MATRIX, ids=_id)
def test_follow_along_countdown_is_the_largest_thing_and_the_step_fits(make_window, qapp, data_dir, clock, case):
    w, fw = _window(make_window, qapp, data_dir, clock, case, "follow")
    found = layout_checks.problems(fw)
    assert found == [], "\n".join(found)
    digits = fw.face.digits_height()
    assert digits >= MIN_DIGITS_PX
    for label in (fw.phase_label, fw.step_label, fw.next_label):
        assert label.text()
        assert digits > label.fontMetrics().capHeight() * 1.5, label.accessibleName()
        assert label.heightForWidth(label.width()) <= label.height(), f"{label.accessibleName()} is cut off"
    assert fw.step_label.geometry().bottom() < fw.next_label.geometry().top()  # no overlap


def test_ring_keeps_its_size_when_the_phase_label_wraps(make_window, qapp, clock):
    w = make_window(exercise_id="standing-calf-stretch")
    scenes.size_window(w, (1280, 800))
    w.sessions.space()
    clock.pass_time(w.controller.update, 6)
    qapp.processEvents()
    label = w.timer_panel.phase_label
    label.setText("Rest")
    qapp.processEvents()
    face = w.timer_panel.face.size()
    label.setText("Get\u00a0ready \u00b7 Inversion \u00b7 Right\u00a0leg \u00b7 "
                  "Set\u00a01\u00a0of\u00a02 \u00b7 eyes closed")
    qapp.processEvents()
    assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing() * 1.5  # it did wrap
    assert w.timer_panel.face.size() == face


def test_the_list_folds_away_when_three_panes_do_not_fit_and_comes_back(make_window, qapp, data_dir, qtbot):
    from PySide6.QtCore import Qt

    scenes.write_settings(data_dir, 2.0, "light")
    w = make_window()
    scenes.size_window(w, (1280, 800))
    qapp.processEvents()
    page = w.exercise_page
    assert page.shape.value == 2 and not w.browser.isVisible() and w.timer_panel.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the list takes the instructions' place
    assert w.browser.isVisible() and not w.instructions.isVisible() and w.timer_panel.isVisible()
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Down)
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Return)  # Enter opens the chosen exercise's instructions
    assert w.instructions.isVisible() and not w.browser.isVisible()
    scenes.size_window(w, (1920, 1080))
    qapp.processEvents()
    assert page.shape.value == 3 and w.browser.isVisible() and w.instructions.isVisible()
