"""The window as a user meets it: browsing, searching, filtering, reading steps, all by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)


def visible(window):
    return window.browser.proxy.visible_ids()


def test_opens_with_focus_on_list_and_first_exercise(make_window, library):
    w = make_window()
    assert w.focusWidget() is w.browser.view
    assert w.browser.current_id() == library.ids[0]
    assert w.instructions.title.text() == "Standing calf stretch"
    assert "Standing calf stretch" in w.windowTitle()


def test_exercise_option_selects_it(make_window):
    w = make_window(exercise_id="ankle-dorsiflexion")
    assert w.browser.current_id() == "ankle-dorsiflexion"
    assert w.instructions.title.text() == "Ankle dorsiflexion"
    assert w.instructions.dose.text() == "10–15 reps · hold 1–2 s · 2–3 sets · each leg"
    assert "anterior" in w.instructions.emphasis[1].text()


def test_up_down_move_between_exercises_across_groups(make_window, qtbot, library):
    w = make_window(exercise_id="posterior-ankle-mobility")  # last of its group
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Down)
    assert w.browser.current_id() == "ankle-inversion-eversion"  # the group heading is skipped
    assert w.instructions.title.text() == "Ankle inversion and eversion"
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Up)
    assert w.browser.current_id() == "posterior-ankle-mobility"
    for _ in range(20):
        qtbot.keyClick(w.browser.view, Qt.Key.Key_Down)
    assert w.browser.current_id() == library.ids[-1]


def test_ctrl_f_then_type_searches_names_steps_and_equipment(make_window, qtbot):
    w = make_window()
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.focusWidget() is w.browser.search
    qtbot.keyClicks(w.browser.search, "lunge")
    assert visible(w) == ["one-sided-lunge"]  # a name
    w.browser.search.clear()
    qtbot.keyClicks(w.browser.search, "Pedal")  # a step, any case
    assert visible(w) == ["ankle-plantarflexion"]
    w.browser.search.clear()
    qtbot.keyClicks(w.browser.search, "figure 4")  # words from a set-up
    assert visible(w) == ["seated-ankle-rom"]
    w.browser.search.clear()
    qtbot.keyClicks(w.browser.search, "towel")  # equipment
    assert visible(w) == ["ankle-dorsiflexion"]
    qtbot.keyClick(w.browser.search, Qt.Key.Key_Return)  # Enter takes the first match and opens it
    assert w.browser.current_id() == "ankle-dorsiflexion"
    assert w.focusWidget() is w.instructions


def test_no_match_shows_a_way_back(make_window, qtbot):
    w = make_window()
    qtbot.keyClicks(w.browser.search, "trampoline")
    assert visible(w) == []
    assert w.browser.empty.isVisible() and not w.browser.view.isVisible()
    assert "No exercise matches" in w.browser.empty_label.text()
    w.browser.clear_filters()
    assert len(visible(w)) == 12 and w.browser.view.isVisible()


def test_group_emphasis_and_equipment_filters(make_window, library):
    w = make_window()
    b = w.browser
    b.group_combo.setCurrentIndex(b.group_combo.findData("balance"))
    assert visible(w) == ["single-leg-balance", "balance-pad-step-ups", "foam-pad-toe-raises"]
    b.group_combo.setCurrentIndex(0)
    b.emphasis_combo.setCurrentIndex(b.emphasis_combo.findData("anterior"))
    assert visible(w) == ["ankle-dorsiflexion"]
    b.emphasis_combo.setCurrentIndex(b.emphasis_combo.findData("posterior"))
    assert visible(w) == ["seated-ankle-rom"]  # for its plantarflexion variant, which says so
    w.instructions.show_exercise(library["seated-ankle-rom"])
    tagged = [li for li in w.instructions.progressions[1].text().split("<li>") if "posterior impingement" in li]
    assert len(tagged) == 1 and tagged[0].startswith("<b>Plantarflexion</b>")
    b.emphasis_combo.setCurrentIndex(0)
    assert b.equipment_button.text().startswith("Equipment: all exercises")
    assert all(a.isChecked() for a in b.equipment_actions.values())  # ticked: "I have it"
    assert [a.text() for a in b.equipment_actions.values()][0] == "Resistance band"  # no "No ..." items
    b.equipment_actions["band"].setChecked(False)
    shown = visible(w)
    assert "ankle-plantarflexion" not in shown and "ankle-inversion-eversion" not in shown
    assert "posterior-ankle-mobility" in shown  # a stretch strap will do
    assert b.equipment_button.text().startswith("Only exercises I have the equipment for")
    assert "resistance band" in b.equipment_button.toolTip()
    b.equipment_actions["strap"].setChecked(False)
    assert "posterior-ankle-mobility" not in visible(w)
    b.equipment_actions["pad"].setChecked(False)
    assert set(visible(w)) == {"standing-calf-stretch", "seated-ankle-rom", "single-leg-balance",
                               "single-leg-deadlift", "one-sided-lunge", "sumo-squat"}  # a pad only adds challenge


def test_rows_show_name_and_dose(make_window):
    w = make_window()
    from rehab_desktop.ui.exercises.model import DoseRole

    idx = w.browser.view.currentIndex()
    assert idx.data() == "Standing calf stretch"
    assert idx.data(DoseRole) == "Hold 30+ s · 2–3 sets · each leg"


def test_steps_by_keyboard_and_buttons(make_window, qtbot):
    w = make_window(exercise_id="ankle-plantarflexion")
    view = w.instructions
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Return)  # Enter on the list opens the instructions
    assert w.focusWidget() is view
    assert view.step_counter.text() == "Step 1 of 4"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.step_counter.text() == "Step 3 of 4"
    assert view.rows[2].current and not view.rows[0].current
    assert view.rows[2].text.font().bold() and not view.rows[0].text.font().bold()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stays on the last step
    assert view.step_counter.text() == "Step 4 of 4" and not view.next_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.step_counter.text() == "Step 2 of 4"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.step == 3
    qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert view.step == 2


def test_instruction_view_content(make_window, library):
    w = make_window(exercise_id="posterior-ankle-mobility")
    v = w.instructions
    assert v.suggestion.isVisible() and "app's suggestion" in v.suggestion.text()
    assert "*" in v.dose.text()
    assert "step or stool" in v.equipment[1].text()
    assert "pinch" in v.cautions_text.text()
    assert v.cautions.isVisible()
    assert not v.progressions[0].isVisible()  # the article gives none for this one
    assert "Ankle Impingement Exercises" in v.credit.text() and "Vykoukal" in v.credit.text()
    w.select_exercise("standing-calf-stretch")
    # The article's figures only, but the rest between sets is the app's: starred, with the footnote.
    assert "*" not in v.dose.text() and v.pacing.text() == "30 s* rest between sets."
    assert v.suggestion.isVisible()
    assert v.progressions[0].isVisible() and "step" in v.progressions[1].text()


def test_instructions_star_the_apps_rest_and_tempo_with_the_persons_settings(make_window):
    w = make_window(exercise_id="single-leg-deadlift")
    v = w.instructions
    assert v.pacing.text() == "Paced at 2 s* out and 2 s* back; 30 s* rest between sets."
    assert v.suggestion.isVisible() and "app's suggestion" in v.suggestion.text()
    w.timer_panel.dose.tempo.setValue(3)  # chosen in the timer: the instructions follow
    w.prefs.update(rest_s=45.0)
    assert v.pacing.text() == "Paced at 3 s* out and 3 s* back; 45 s* rest between sets."
    w.prefs.update(tempo=1)
    w.select_exercise("ankle-dorsiflexion")  # band work: never faster than 2 s, whatever the setting
    assert v.pacing.text().startswith("Paced at 2 s* out and 2 s* back; 45 s* rest between sets.")
    assert "the article asks for slow, controlled movement" in v.pacing.text()
    w.prefs.update(affected_side="right")
    w.select_exercise("posterior-ankle-mobility")  # affected side: says which side that is
    assert v.pacing.text().endswith("On the right side only.")
    w.prefs.update(affected_side="both", first_side="left")
    assert v.pacing.text().endswith("Both ankles: each side in turn, from the left.")
    w.prefs.update(manual_reps=True, rest_s=0.0)
    assert v.pacing.text().startswith("You count the reps yourself (Enter after each); no rest between sets.")
    w.select_exercise("sumo-squat")  # the pad moves between sets: no rest to star
    assert v.pacing.text() == "You count the reps yourself (Enter after each)."
    w.prefs.update(manual_reps=False, rest_s=30.0)
    assert v.pacing.text() == "Paced at 1 s* out and 1 s* back."


def test_every_control_has_an_accessible_name(make_window):
    w = make_window()
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    unnamed = [type(c).__name__ for c in w.findChildren(QWidget)
               if isinstance(c, kinds) and c.isVisibleTo(w)
               and not isinstance(c.parent(), QAbstractSpinBox)  # a spin box's own editor: the box is named
               and not (c.accessibleName() or (isinstance(c, QAbstractButton) and c.text()))]
    assert unnamed == []


def test_body_text_is_at_least_14_points(make_window):
    w = make_window()
    assert w.font().pointSizeF() >= 14
    assert w.instructions.rows[0].text.font().pointSizeF() >= 14
    assert w.instructions.title.font().pointSizeF() > w.font().pointSizeF()


def test_window_and_pane_sizes_are_remembered(make_window, qtbot):
    w = make_window()
    w.resize(1200, 700)  # within the test screen (1280x800), wide enough for the three panes
    qtbot.waitUntil(lambda: w.exercise_page.shape.value == 3)
    w.splitter.setSizes([800, 394])
    w.splitter.splitterMoved.emit(800, 1)  # as a drag of the handle reports it
    qtbot.waitUntil(lambda: w.exercise_page.user_sizes is not None)
    w.exercise_page.arrange()
    sizes = w.splitter.sizes(), w.exercise_page.inner.sizes()
    w.close()
    w2 = make_window()
    assert (w2.width(), w2.height()) == (1200, 700)
    qtbot.waitUntil(lambda: (w2.splitter.sizes(), w2.exercise_page.inner.sizes()) == sizes)


def test_dark_system_scheme_gives_dark_palette(qapp):
    from rehab_desktop.ui.common import style

    assert style.apply_theme(qapp, "dark") is True
    assert style.is_dark(qapp.palette())
    assert style.apply_theme(qapp, "light") is False
    assert not style.is_dark(qapp.palette())


def test_timer_keys_belong_to_the_exercises_page(make_window, qtbot):
    from rehab_desktop.core.timer import EngineState

    w = make_window()
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # History
    assert w.pages.currentIndex() == w.history_index
    assert not w.timer_actions.toggle.isEnabled() and not w.sessions.hurts.isEnabled()
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Space)
    assert w.controller.state is EngineState.READY  # Space did not start a timer nobody can see
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.pages.currentIndex() == 0 and w.timer_actions.toggle.isEnabled()


def test_file_menu_prints_and_exports(make_window):
    from PySide6.QtGui import QKeySequence

    w = make_window()
    (file_menu,) = [a.menu() for a in w.menuBar().actions() if a.text() == "&File"]
    texts = {a.text().replace("&", ""): a for a in file_menu.actions() if a.text()}
    assert "Print the weekly plan…" in texts
    assert texts["Print the weekly plan…"].shortcut().matches(QKeySequence("Ctrl+P")) == \
        QKeySequence.SequenceMatch.ExactMatch
    for name in ("Export the weekly plan as PDF…", "Export the history as CSV…", "Therapist summary (PDF)…",
                 "Settings…", "Quit"):
        assert name in texts


def test_a_saved_window_larger_than_the_screen_is_fitted(make_window, qtbot):
    w = make_window()
    screen = w.screen().availableGeometry()
    w.setGeometry(screen.x(), screen.y(), screen.width() * 2, screen.height() * 2)
    w.close()
    w2 = make_window()
    assert screen.contains(w2.frameGeometry())


@pytest.mark.parametrize("speed", [1.0, 10.0])
def test_the_title_names_the_app_once_whatever_the_command_line(make_window, speed):
    """Qt adds the display name to a title that does not end with it, so it must end with it."""
    from rehab_desktop import APP_DISPLAY_NAME

    w = make_window(exercise_id="sumo-squat", speed=speed)
    title = w.windowTitle()
    assert title.endswith(" \u2014 " + APP_DISPLAY_NAME) and title.count(APP_DISPLAY_NAME) == 1
    assert title.startswith("Sumo squat")
    assert ("[timer speed \u00d710]" in title) == (speed == 10.0)
