"""The timer as a person on the floor uses it: keys, buttons, labels, cues and follow-along mode."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rehab_desktop.core.timer import EngineState
from rehab_desktop.ui.common.preferences import PreferenceStore


def open_timer(make_window, exercise_id, said=None):
    w = make_window(exercise_id=exercise_id)
    if said is not None:
        w.cues.spoke.connect(said.append)
    return w


def press(qtbot, w, key):
    """A key pressed while the exercise list has focus, as it does when the window opens."""
    qtbot.keyClick(w.focusWidget() or w, key)


def tick(w, clock, seconds, step=1.0):
    clock.pass_time(w.controller.update, seconds, step)


def test_space_starts_and_pauses_with_cues(make_window, qtbot, clock, sounds):
    said = []
    w = open_timer(make_window, "standing-calf-stretch", said)
    panel = w.timer_panel
    assert panel.phase_label.text().replace("\xa0", " ") == "Get ready · Left leg · Set 1 of 2"
    assert panel.start_button.text().startswith("Start")
    press(qtbot, w, Qt.Key.Key_Space)
    assert w.controller.state is EngineState.RUNNING
    assert panel.start_button.text().startswith("Pause")
    assert said[-1] == "Get ready. Left leg. Set 1 of 2. Hold for 30 seconds."
    assert sounds.played[-1] == "phase"
    tick(w, clock, 5.0)
    assert panel.phase_label.text().replace("\xa0", " ") == "Hold · Left leg · Set 1 of 2"
    assert said[-1] == "Left leg. Set 1 of 2. Hold for 30 seconds."
    assert panel.face._text == "30"
    assert panel.next_label.text() == "Next: Rest 30 s"
    assert w.instructions.step == 4  # the step that says to hold follows the timer
    press(qtbot, w, Qt.Key.Key_Space)
    assert w.controller.state is EngineState.PAUSED
    assert panel.start_button.text().startswith("Resume")
    tick(w, clock, 10.0)  # paused: nothing moves
    assert panel.face._text == "30"


def test_last_three_seconds_tick(make_window, qtbot, clock, sounds):
    w = open_timer(make_window, "single-leg-balance")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5.0)  # into the 30 s hold
    sounds.played.clear()
    for _ in range(int(29.8 / 0.2)):
        tick(w, clock, 0.2)
    assert sounds.played == ["tick", "tick", "tick"]
    tick(w, clock, 0.4)
    assert w.timer_panel.phase_label.text().replace("\xa0", " ") == "Rest"
    assert sounds.played[-1] == "phase"


def test_skip_back_restart_keys_and_buttons(make_window, qtbot, clock):
    w = open_timer(make_window, "standing-calf-stretch")
    panel = w.timer_panel
    press(qtbot, w, Qt.Key.Key_Space)
    press(qtbot, w, Qt.Key.Key_S)  # skip the lead-in
    assert panel.phase_label.text().replace("\xa0", " ") == "Hold · Left leg · Set 1 of 2"
    press(qtbot, w, Qt.Key.Key_S)  # skip the hold
    assert panel.phase_label.text().replace("\xa0", " ") == "Rest"
    press(qtbot, w, Qt.Key.Key_B)
    assert panel.phase_label.text().replace("\xa0", " ") == "Hold · Left leg · Set 1 of 2"
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert panel.phase_label.text().replace("\xa0", " ") == "Rest"
    assert w.focusWidget() is w.browser.view  # a click leaves focus where it was
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert panel.phase_label.text().replace("\xa0", " ") == "Hold · Left leg · Set 1 of 2"
    press(qtbot, w, Qt.Key.Key_R)
    assert panel.phase_label.text().replace("\xa0", " ").startswith("Get ready")
    assert w.controller.state is EngineState.RUNNING


def test_plus_and_minus_five_seconds(make_window, qtbot, clock):
    w = open_timer(make_window, "standing-calf-stretch")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5.0)
    qtbot.mouseClick(w.timer_panel.more_button, Qt.MouseButton.LeftButton)
    assert w.timer_panel.face._text == "35"
    qtbot.mouseClick(w.timer_panel.less_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.timer_panel.less_button, Qt.MouseButton.LeftButton)
    assert w.timer_panel.face._text == "25"


def test_typing_in_search_never_drives_the_timer(make_window, qtbot):
    w = open_timer(make_window, "standing-calf-stretch")
    w.browser.focus_search()
    qtbot.keyClicks(w.browser.search, "sb r")
    assert w.browser.search.text() == "sb r"
    assert w.controller.state is EngineState.READY


def test_manual_reps_counted_with_enter(make_window, qtbot, clock):
    said = []
    w = open_timer(make_window, "foam-pad-toe-raises", said)
    panel = w.timer_panel
    panel.dose.manual.setChecked(True)
    assert panel.phase_label.text().replace("\xa0", " ").startswith("Get ready")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5.0)
    assert panel.phase_label.text().replace("\xa0", " ") == "Reps · Both legs · Set 1 of 2"
    assert "Press Enter after each one." in said[-1]
    assert panel.rep_button.isVisible()
    for _ in range(3):
        press(qtbot, w, Qt.Key.Key_Return)
    assert panel.face._text == "3" and panel.face._sub == "of 10 reps"
    qtbot.mouseClick(panel.rep_button, Qt.MouseButton.LeftButton)
    assert panel.face._text == "4"


def test_enter_keeps_its_list_meaning_outside_manual_reps(make_window, qtbot):
    w = open_timer(make_window, "ankle-plantarflexion")
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Return)
    assert w.focusWidget() is w.instructions


def test_paced_reps_follow_tempo_and_count_aloud(make_window, qtbot, clock):
    said = []
    w = open_timer(make_window, "ankle-plantarflexion", said)
    panel = w.timer_panel
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5.0)
    assert panel.phase_label.text().replace("\xa0", " ") == "Move · Left leg · Set 1 of 2"
    assert said[-1] == "Left leg. Set 1 of 2. 1."
    assert (panel.face._text, panel.face._sub) == ("1", "of 10 reps")  # the rep in large digits
    tick(w, clock, 2.0)
    assert panel.phase_label.text().replace("\xa0", " ") == "Hold · Left leg · Set 1 of 2"
    assert w.instructions.step == 3
    tick(w, clock, 1.0)
    tick(w, clock, 2.0)
    assert (panel.face._text, panel.face._sub) == ("2", "of 10 reps") and said[-1] == "2."
    press(qtbot, w, Qt.Key.Key_Space)  # paused mid-rep: the count stays in sight
    assert (panel.face._text, panel.face._sub) == ("2", "Paused \u00b7 of 10 reps")
    assert panel.face.accessibleName() == "Countdown: rep 2 of 10 in move, left leg, set 1 of 2, paused"


def test_band_work_is_paced_at_2_s_or_slower_and_the_tempo_is_starred(make_window, qtbot, clock):
    w = make_window(exercise_id="single-leg-deadlift")
    dose = w.timer_panel.dose
    dose.tempo.setValue(1)  # the person's choice for a fast lunge or deadlift
    assert w.prefs.values.tempo == 1 and dose.labels[dose.tempo].text() == "Tempo*"
    assert dose.note.isVisible() and "app's suggestion" in dose.note.text()
    w.timer_panel.load_exercise(w.library["ankle-plantarflexion"])
    assert (dose.tempo.minimum(), dose.tempo.value()) == (2, 2)
    assert "at least 2 s: the article asks for slow, controlled movement" in dose.tempo.toolTip().lower()
    assert dose.note.isVisible() and "Tempo at least 2 s" in dose.note.text()
    dose.tempo.setValue(1)  # the box goes no lower than 2 s for the band work
    assert dose.tempo.value() == 2
    assert {p.duration_s for p in w.controller.plan.phases if p.kind.value in ("move", "return")} == {2.0}
    dose.sets.setValue(3)  # another change on this exercise keeps the person's own tempo for the others
    assert w.prefs.values.tempo == 1
    w.timer_panel.load_exercise(w.library["single-leg-deadlift"])
    assert (dose.tempo.minimum(), dose.tempo.value()) == (1, 1) and "Tempo at least" not in dose.note.text()
    assert {p.duration_s for p in w.controller.plan.phases if p.kind.value in ("move", "return")} == {1.0}


def test_mute_silences_sound_and_voice(make_window, qtbot, clock, sounds):
    said = []
    w = open_timer(make_window, "standing-calf-stretch", said)
    press(qtbot, w, Qt.Key.Key_M)
    assert w.cues.muted and w.timer_actions.mute.isChecked()
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5.0)
    assert said == [] and sounds.played == []
    press(qtbot, w, Qt.Key.Key_M)
    tick(w, clock, 30.0)
    assert said[-1] == "Rest. 30 seconds."


def test_follow_along_mode(make_window, qtbot, clock):
    w = open_timer(make_window, "standing-calf-stretch")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5.0)
    press(qtbot, w, Qt.Key.Key_F)
    fa = w.timer_actions.follow_window
    assert fa is not None and fa.isVisible() and fa.isFullScreen()
    assert fa.phase_label.text().replace("\xa0", " ") == "Hold · Left leg · Set 1 of 2"
    assert fa.step_label.text().startswith("4. Stay where the back of the lower leg")
    assert fa.next_label.text() == "Next: Rest 30 s"
    assert fa.face._text == "30"
    assert fa.phase_label.font().pointSizeF() > 2 * w.font().pointSizeF() * 0.9
    qtbot.keyClick(fa, Qt.Key.Key_Space)  # the timer keys work in follow-along mode too
    assert w.controller.state is EngineState.PAUSED
    qtbot.keyClick(fa, Qt.Key.Key_Escape)
    assert w.timer_actions.follow_window is None
    assert not fa.isVisible()


def test_dose_choice_is_bounded_and_remembered(make_window, qtbot):
    w = open_timer(make_window, "ankle-dorsiflexion")
    dose = w.timer_panel.dose
    assert (dose.sets.minimum(), dose.sets.maximum(), dose.sets.value()) == (2, 3, 2)
    assert (dose.reps.minimum(), dose.reps.maximum(), dose.reps.value()) == (10, 15, 10)
    assert (dose.hold.minimum(), dose.hold.maximum()) == (1, 2)
    dose.sets.setValue(3)
    dose.reps.setValue(12)
    assert "6 sets in all" in w.timer_panel.title.text()
    assert w.controller.plan.prescription.reps == 12
    w.close()
    w2 = open_timer(make_window, "ankle-dorsiflexion")
    assert (w2.timer_panel.dose.sets.value(), w2.timer_panel.dose.reps.value()) == (3, 12)


def test_timer_keeps_its_exercise_while_running(make_window, qtbot):
    w = open_timer(make_window, "standing-calf-stretch")
    press(qtbot, w, Qt.Key.Key_Space)
    w.select_exercise("sumo-squat")
    assert w.controller.exercise.id == "standing-calf-stretch"
    question = w.timer_panel.switch_bar
    assert question.isVisible() and "still on Standing calf stretch" in question.text.text()
    assert question.switch.accessibleName() == "Switch to Sumo squat"
    assert w.timer_panel.dose.sets.isEnabled() is False
    qtbot.mouseClick(question.keep, Qt.MouseButton.LeftButton)  # back to the exercise being timed
    assert w.instructions.exercise.id == "standing-calf-stretch" and not question.isVisible()
    assert w.controller.state is EngineState.RUNNING


def test_switching_exercise_while_paused_moves_the_timer_and_drops_the_unfinished_set(make_window, qtbot, clock):
    w = open_timer(make_window, "standing-calf-stretch")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5 + 10)
    press(qtbot, w, Qt.Key.Key_Space)  # paused ten seconds into the first hold
    w.select_exercise("sumo-squat")
    assert w.timer_panel.switch_bar.isVisible()
    qtbot.mouseClick(w.timer_panel.switch_bar.switch, Qt.MouseButton.LeftButton)
    assert w.controller.exercise.id == "sumo-squat" == w.instructions.exercise.id
    assert not w.timer_panel.switch_bar.isVisible()
    press(qtbot, w, Qt.Key.Key_R)  # R now restarts what is shown, not the old one
    assert w.controller.exercise.id == "sumo-squat"
    assert w.session.sets_done == 0  # the unfinished hold was not counted


def test_speed_factor_is_in_the_title(make_window, qtbot, clock):
    w = make_window(exercise_id="single-leg-balance", speed=10)
    assert "speed ×10" in w.windowTitle()
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 0.5)  # 5 s lead-in at ten times speed
    assert w.timer_panel.phase_label.text().replace("\xa0", " ").startswith("Hold")


def test_sleep_gap_pauses_the_hold(make_window, qtbot, clock):
    w = open_timer(make_window, "single-leg-balance")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5.0)
    tick(w, clock, 10.0)  # ten seconds into the hold, one late tick
    tick(w, clock, 0.2)
    tick(w, clock, 600.0, step=600.0)  # the lid was shut for ten minutes
    assert w.controller.state is EngineState.PAUSED
    assert w.timer_panel.phase_label.text().replace("\xa0", " ").startswith("Hold")
    assert w.timer_panel.face._text == "20"  # what was left before the gap, not a finished hold
    assert "asleep" in w.statusBar().currentMessage()


def test_no_sound_or_speech_is_told_once(qtbot, tmp_path, sounds):
    from rehab_desktop.core.cues import Sound
    from rehab_desktop.ui.timer.cues import CuePlayer

    silent = type(sounds)("No sound device was found: the timer's sounds are off.")
    cues = CuePlayer(PreferenceStore(tmp_path), engine="mock", sounds=silent)
    notices = []
    cues.notice.connect(notices.append)
    with qtbot.waitSignal(cues.speech_ready):
        cues.prepare()
    cues.prepare()
    cues.play(Sound.PHASE)
    cues.say("Rest.")
    assert notices == ["No sound device was found: the timer's sounds are off."]
    assert cues.speech_available  # the mock engine still speaks


def test_mock_engine_is_never_offered(qtbot, tmp_path, sounds):
    from PySide6.QtCore import QSettings

    from rehab_desktop.ui.timer import cues as cues_module

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("cues/engine", "mock")  # even if a settings file asks for it
    settings.sync()
    player = cues_module.CuePlayer(PreferenceStore(tmp_path), sounds=sounds)
    assert player.engine != cues_module.MOCK_ENGINE  # what prepare() starts
    assert cues_module.MOCK_ENGINE not in cues_module.Speaker.engines()  # what the settings list


def test_the_sumo_squats_sets_are_counted_over_both_feet_in_the_timer(make_window, qtbot, clock):
    w = make_window(exercise_id="sumo-squat")
    dose = w.timer_panel.dose
    assert dose.labels[dose.sets].text() == "Sets in all"
    labels = [p.label for p in w.controller.plan.phases if p.kind.value == "move" and p.rep == 1]
    assert labels == ["Move · Left foot on the pad · Set 1 of 2", "Move · Right foot on the pad · Set 2 of 2"]
    assert "2 sets in all" in w.timer_panel.title.text()
    dose.sets.setValue(3)  # three in all: the pad goes under the other foot for each new set
    plan = w.controller.plan
    assert [(s.side.value, s.heading) for s in plan.sets] == [
        ("left", "Set 1 of 3"), ("right", "Set 2 of 3"), ("left", "Set 3 of 3")]
    assert "3 sets in all" in w.timer_panel.title.text()
    assert [p.label for p in plan.phases if p.kind.value == "switch-side"] == [
        "Move the pad under the right foot", "Move the pad under the left foot"]
    said = []
    w.cues.spoke.connect(said.append)
    w.prefs.update(tempo=2)
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5 + 10 * 4)  # the get-ready, then ten reps of 2 s out and 2 s back
    panel = w.timer_panel
    assert panel.phase_label.text().replace("\xa0", " ") == "Move the pad under the right foot"
    assert said[-1] == "Move the pad under the right foot."
    assert panel.next_label.text() == "Next: Right foot on the pad, set 2 of 3"
    assert not any("*" in s for s in said)  # the stars are for reading; the voice says the figures plainly
