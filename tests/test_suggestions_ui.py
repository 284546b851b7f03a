"""Progression suggestions as a person meets them: on the Plan page with Accept (an undoable plan change
from today), Not now and Never; after a session in a banner; a prescribed dose only asks the therapist;
Settings turns them off, makes them more cautious and asks again about exercises answered Never."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from rehab_desktop.core.plan import WeekPlan, default_dose
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.session import logged_sets
from rehab_desktop.store import Change, PainAction
from rehab_desktop.ui.session import coordinator as session_wiring

NOW = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)  # a Thursday
DORSI = "ankle-dorsiflexion"


def wall():
    return NOW


def plan_with(window, doses, days=(0, 2, 3)) -> WeekPlan:
    plan = WeekPlan()
    for day in days:
        for dose in doses:
            plan.add(day, dose)
    window.service.store.plans.save(plan, today=NOW.date() - timedelta(days=30))
    return plan


def log(window, library, dose: Prescription, days_ago: int, pain_after=1, pain_before=1) -> None:
    at = NOW - timedelta(days=days_ago)
    window.service.store.history.log_session(at, [dose], logged_sets(library[dose.exercise_id], dose, 9, at),
                                             pain_before=pain_before, pain_after=pain_after)


def steady(make_window, library, dose: Prescription | None = None, days_ago=(6, 4, 2)):
    """A window whose plan has `dose` (ankle dorsiflexion's default) on three days, done in full with
    pain 1 before and after on each of `days_ago`: a step up is due."""
    w = make_window(wall=wall)
    dose = dose or default_dose(library[DORSI])
    plan_with(w, [dose])
    for ago in days_ago:
        log(w, library, dose, ago)
    return w, dose


def plan_page(window, qapp):
    pane = window.plan_pane()
    qapp.processEvents()
    return pane


def shown_texts(pane) -> list[str]:
    return [c.suggestion.text for c in pane.suggestion_list.cards if c.isVisibleTo(pane)]


def test_accept_raises_the_dose_on_every_day_from_today_and_ctrl_z_undoes_it(make_window, library, qapp, qtbot):
    w, dose = steady(make_window, library)
    pane = plan_page(w, qapp)
    assert pane.suggestion_list.isVisible()
    assert shown_texts(pane) == ["Ankle dorsiflexion: the last 3 sessions at 2 × 10 were done in full with pain 2 "
                                 "or less. Try 2 × 12?"]
    card = pane.suggestion_list.cards[0]
    assert card.because.text().startswith("Why: After 3 sessions in a row at one dose")
    assert [b.text() for b in card.buttons.values()] == ["Try 2 × 12", "Not now", "Never for this exercise"]

    qtbot.mouseClick(card.buttons["accept"], Qt.MouseButton.LeftButton)
    qapp.processEvents()
    stored = w.service.store.plans.load(NOW.date())
    assert [d[0].reps for d in stored.days if d] == [12, 12, 12] and stored.starts_on == NOW.date()
    assert not pane.suggestion_list.isVisible()  # the streak starts again at the new dose
    assert "2 × 10 to 2 × 12" in w.statusBar().currentMessage()
    answers = w.service.store.suggestions.answers()
    assert [(a.subject, a.reply.value, a.detail) for a in answers] == [(DORSI, "accepted", "2 × 10 to 2 × 12")]

    pane.undo()
    assert [d[0].reps for d in w.service.store.plans.load(NOW.date()).days if d] == [10, 10, 10]


def test_not_now_asks_again_two_sessions_later(make_window, library, qapp, qtbot):
    w, dose = steady(make_window, library, days_ago=(9, 8, 7))
    pane = plan_page(w, qapp)
    qtbot.mouseClick(pane.suggestion_list.cards[0].buttons["later"], Qt.MouseButton.LeftButton)
    assert not pane.suggestion_list.isVisible()
    log(w, library, dose, 5)
    w.service.announce(Change(sessions=frozenset({1})))
    assert not pane.suggestion_list.isVisible()  # one more session: not yet
    log(w, library, dose, 3)
    w.service.announce(Change(sessions=frozenset({2})))
    assert pane.suggestion_list.isVisible() and "Try 2 × 12?" in shown_texts(pane)[0]


def test_never_stops_steps_up_for_that_exercise_until_settings_ask_again(make_window, library, qapp, qtbot):
    from rehab_desktop.ui.shell.settings_dialog import SettingsDialog

    w, dose = steady(make_window, library)
    pane = plan_page(w, qapp)
    qtbot.mouseClick(pane.suggestion_list.cards[0].buttons["never"], Qt.MouseButton.LeftButton)
    assert not pane.suggestion_list.isVisible()
    assert w.service.store.plans.load(NOW.date()).days[0][0].reps == 10  # the plan is untouched

    dialog = SettingsDialog(w.prefs, w.cues, w.service, parent=w, suggestions=w.suggestions)
    box = dialog.suggestion_box
    assert box.ask_again.isEnabled() and "1 exercise" in box.status.text()
    qtbot.mouseClick(box.ask_again, Qt.MouseButton.LeftButton)
    assert not box.ask_again.isEnabled()
    dialog.close()
    assert pane.suggestion_list.isVisible() and shown_texts(pane)[0].endswith("Try 2 × 12?")


def test_a_prescribed_dose_is_never_changed_the_suggestion_asks_the_therapist(make_window, library, qapp):
    w, dose = steady(make_window, library, Prescription(DORSI, 2, 10, 1, prescribed=True, prescribed_by="Ana Ruiz"))
    pane = plan_page(w, qapp)
    (card,) = pane.suggestion_list.cards
    assert "Ask your therapist whether to try 2 × 12" in card.suggestion.text
    assert "accept" not in card.buttons


def test_settings_turn_suggestions_off_and_more_caution_needs_more_sessions(make_window, library, qapp, qtbot):
    from rehab_desktop.ui.shell.settings_dialog import SettingsDialog

    w, dose = steady(make_window, library)
    pane = plan_page(w, qapp)
    assert pane.suggestion_list.isVisible()
    dialog = SettingsDialog(w.prefs, w.cues, w.service, parent=w, suggestions=w.suggestions)
    box = dialog.suggestion_box
    assert "The app's own defaults, not the article's" in box.note.text()
    box.sessions.setValue(4)
    assert w.prefs.values.suggest_sessions == 4 and not pane.suggestion_list.isVisible()
    box.sessions.setValue(3)
    assert pane.suggestion_list.isVisible()
    box.max_pain.setValue(0)  # pain 1 afterwards is now too much
    assert not pane.suggestion_list.isVisible()
    box.max_pain.setValue(2)
    box.on.setChecked(False)
    assert not pane.suggestion_list.isVisible() and not box.sessions.isEnabled()
    dialog.close()


def test_after_a_stop_for_pain_the_banner_says_stay_and_never_offers_more(make_window, library, qapp, qtbot, clock,
                                                                         monkeypatch):
    w = make_window(exercise_id="standing-calf-stretch", wall=wall)
    dose = default_dose(library["standing-calf-stretch"])
    plan_with(w, [dose])
    for ago in (6, 4):
        log(w, library, dose, ago)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    clock.pass_time(w.controller.update, 8, 1.0)

    def pain_exec(dialog):
        dialog.rating.set_value(7)
        dialog.buttons[PainAction.STOP].click()
        return 1

    def finish_exec(dialog):
        dialog.pain.set_value(5)
        return 1

    monkeypatch.setattr(session_wiring.PainDialog, "exec", pain_exec)
    monkeypatch.setattr(session_wiring.FinishDialog, "exec", finish_exec)
    qtbot.mouseClick(w.timer_panel.hurts_button, Qt.MouseButton.LeftButton)
    assert not w.session.is_open
    banner = w.suggestion_banner
    assert banner.isVisible()
    s = banner.card.suggestion
    assert s.text == ("Standing calf stretch: you stopped it for pain in the last session. Stay at 2 × 30 s hold, "
                      "the lowest in its range, and stop whenever it hurts. If it keeps happening, talk to your "
                      "therapist.")
    assert "never" not in banner.card.buttons  # a caution is not switched off per exercise
    qtbot.mouseClick(banner.card.buttons["accept"], Qt.MouseButton.LeftButton)  # "Keep 2 × 30 s hold"
    assert not banner.isVisible()
    assert w.service.store.plans.load(NOW.date()).days[0] == [dose]


def test_at_the_top_of_its_range_move_on_starts_the_next_progression_low_and_the_instructions_mark_it(
        make_window, library, qapp, qtbot):
    w = make_window(exercise_id="single-leg-balance", wall=wall)
    top = Prescription("single-leg-balance", 3, None, 60)
    plan_with(w, [top])
    for ago in (6, 4, 2):
        log(w, library, top, ago)
    pane = plan_page(w, qapp)
    (card,) = pane.suggestion_list.cards
    assert card.suggestion.text == (
        "Single-leg balance: the last 3 sessions at 3 × 60 s hold, the top of its range, were done in full with pain "
        "2 or less. Move on to its next progression, starting again at 2 × 30 s hold? Turn your head slowly from "
        "side to side.")
    qtbot.mouseClick(card.buttons["accept"], Qt.MouseButton.LeftButton)
    assert w.service.store.plans.load(NOW.date()).days[0] == [Prescription("single-leg-balance", 2, None, 30)]
    w.show_exercises()
    w.show_exercise("single-leg-balance")
    shown = w.instructions.progressions[1].text()
    assert "Turn your head slowly from side to side. <b>(your step now)</b>" in shown
    assert shown.count("your step now") == 1


def test_a_stage_accepted_replaces_the_plan_keeping_its_doses_and_ctrl_z_brings_it_back(make_window, library, qapp):
    from rehab_desktop.core.programs import program
    from rehab_desktop.core.suggestions import NEXT_STAGE, STAGE, Kind, Suggestion

    w = make_window(wall=wall)
    early = program("early").build(library, starts_on=NOW.date() - timedelta(days=30))
    raised = Prescription("ankle-dorsiflexion", 3, 15, 2)
    early.days = [[raised if p.exercise_id == DORSI else p for p in day] for day in early.days]
    w.service.store.plans.save(early, today=NOW.date() - timedelta(days=30))
    pane = plan_page(w, qapp)
    s = Suggestion(STAGE, NEXT_STAGE, Kind.STAGE, "Your plan", "…", "Move on to the Balance stage?", "…", 18,
                   program="balance", accept_label="Go to Balance", detail="Balance")
    assert w.suggestions.accept(s)
    stored = w.service.store.plans.load(NOW.date())
    assert stored.program == "balance" and "single-leg-balance" in stored.exercise_ids()
    assert raised in stored.days[0]  # the dose reached is kept
    assert "Balance stage" in w.statusBar().currentMessage()
    pane.undo()
    assert w.service.store.plans.load(NOW.date()).program == "early"


def test_the_settings_limits_and_defaults_are_the_rules_own():
    from rehab_desktop.core import suggestions as S
    from rehab_desktop.ui.common import preferences as P

    limits = P._LIMITS
    assert (limits["suggest_sessions"], limits["suggest_max_pain"], limits["suggest_pain_rise"]) == (
        S.SESSIONS_RANGE, S.MAX_PAIN_RANGE, S.PAIN_RISE_RANGE)
    from rehab_desktop.ui.suggestions.service import PROGRESSION_RULE

    assert S.OWN_PROGRESSION.name == PROGRESSION_RULE
    d, t = P.Preferences(), S.Thresholds()
    assert (d.suggest_sessions, d.suggest_max_pain, d.suggest_pain_rise) == (t.sessions, t.max_pain, t.pain_rise)


def test_the_rules_are_not_loaded_before_the_window_is_used(tmp_path):
    """The window's start pays nothing for suggestions: the rules load when the Plan page or a finished
    session first asks for them."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from rehab_desktop.app import build_main_window\n"
            "from rehab_desktop.core.library import load_library\n"
            "app = QApplication([])\n"
            f"w = build_main_window(app, load_library(), {str(tmp_path)!r}, speech_engine='mock')\n"
            "w.show(); app.processEvents()\n"
            "print('rehab_desktop.core.suggestions' in sys.modules)\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_cards_and_banner_fit_a_laptop_screen_at_every_text_size(make_window, library, data_dir, qapp, qtbot, scale):
    from rehab_desktop.ui.common import style
    from tests.helpers import layout_checks, scenes

    scenes.write_settings(data_dir, scale, "light")
    try:
        w = make_window(wall=wall)
        scenes.size_window(w, (1280, 800))
        dose, other = default_dose(library[DORSI]), default_dose(library["ankle-plantarflexion"])
        plan_with(w, [dose, other])
        for ago in (6, 4, 2):
            for d in (dose, other):
                log(w, library, d, ago)
        pane = plan_page(w, qapp)
        pane.suggestion_list.more.setChecked(True)  # every card shown
        qtbot.wait(250)  # wrapping layouts take a few passes
        assert len(pane.suggestion_list.cards) == 2
        assert layout_checks.problems(w) == []
        w.show_exercises()
        w.suggestion_banner.offer({DORSI, "ankle-plantarflexion"})
        qtbot.wait(250)
        assert w.suggestion_banner.isVisible() and "more" in w.suggestion_banner.card.buttons
        assert layout_checks.problems(w) == []
        assert (w.width(), w.height()) == (1280, 800)
    finally:
        style.apply_text_scale(qapp, 1.0)
