"""Sessions as a person meets them: opened by Space, each set kept, "It hurts", routines, finishing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rehab_desktop.core.records import Prescription, SetStatus
from rehab_desktop.core.timer import EngineState
from rehab_desktop.store import HistoryRepo, PainAction, StoreFullError, open_database
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.session import coordinator as session_wiring


def tick(w, clock, seconds, step=1.0):
    clock.pass_time(w.controller.update, seconds, step)


def stored(data_dir):
    db = open_database(data_dir)
    return db, HistoryRepo(db)


def answer_pain_dialog(monkeypatch, rating, action):
    def fake_exec(dialog):
        dialog.rating.set_value(rating)
        assert all(b.isEnabled() for b in dialog.buttons.values())
        dialog.buttons[action].click()
        return 1
    monkeypatch.setattr(session_wiring.PainDialog, "exec", fake_exec)


def test_space_opens_a_session_and_each_set_is_committed(make_window, qtbot, clock, data_dir):
    w = make_window(exercise_id="standing-calf-stretch")
    assert not w.session.is_open and w.session_bar.start_button.isVisible()
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    assert w.session.is_open
    assert w.session_bar.pain_row.isVisible()  # asked inline, never in the way
    qtbot.mouseClick(w.session_bar.pain.group.button(3), Qt.MouseButton.LeftButton)
    assert not w.session_bar.pain_row.isVisible()
    tick(w, clock, 5 + 30)  # get ready, then the first 30 s hold
    assert "1 set done" in w.session_bar.status.text()
    db, repo = stored(data_dir)
    with db:
        s = repo.unfinished_session()
        assert s.pain_before == 3 and s.sets_completed == 1
        detail = repo.session_detail(s.id)
        (ex,) = detail.exercises
        assert ex.exercise_id == "standing-calf-stretch" and ex.dose.hold_s == 30
        assert ex.sets[0].achieved_hold_s == pytest.approx(30.0)


def test_it_hurts_then_easier_dose(make_window, qtbot, clock, data_dir, monkeypatch):
    w = make_window(exercise_id="single-leg-balance")
    w.timer_panel.dose.hold.setValue(45)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    tick(w, clock, 5 + 10)  # ten seconds into the first hold
    answer_pain_dialog(monkeypatch, 6, PainAction.EASIER)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_H)
    # The same set again, at the low end of the range, after a moment to get back into position.
    assert w.controller.plan.prescription.hold_s == 30
    assert w.timer_panel.dose.hold.value() == 30
    assert w.controller.state is EngineState.RUNNING
    assert w.timer_panel.phase_label.text().replace("\xa0", " ").startswith("Get ready · Left leg · Set 1 of 2")
    tick(w, clock, 5 + 30)
    db, repo = stored(data_dir)
    with db:
        detail = repo.session_detail(repo.unfinished_session().id)
        sets = detail.exercises[0].sets
        assert [(s.set_number, s.status, s.pain_flag) for s in sets] == [
            (1, SetStatus.SKIPPED, True), (1, SetStatus.COMPLETED, False)]
        assert sets[0].pain_rating == 6 and sets[0].achieved_hold_s == pytest.approx(10.0)
        (flag,) = detail.pain_flags
        assert (flag.rating, flag.action, flag.set_number) == (6, PainAction.EASIER, 1)
        assert detail.exercises[0].dose.hold_s == 30  # the dose now recorded is the easier one
    # An easier dose chosen in pain is not remembered as the person's choice.
    w.close()
    remembered = PreferenceStore(w.data_dir).chosen_dose(w.library.get("single-leg-balance"))
    assert remembered.hold_s == 45  # what the timer shows for it at the next start


def test_it_hurts_then_stop_finishes_the_session(make_window, qtbot, clock, data_dir, monkeypatch):
    w = make_window(exercise_id="standing-calf-stretch")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    tick(w, clock, 8)
    answer_pain_dialog(monkeypatch, 8, PainAction.STOP)

    def finish_exec(dialog):
        dialog.pain.set_value(5)
        dialog.effort.set_value(2)
        dialog.notes.setPlainText('Sharp pain, "inside", at 8, so I stopped.\nCalled the physio.')
        return 1
    monkeypatch.setattr(session_wiring.FinishDialog, "exec", finish_exec)
    qtbot.mouseClick(w.timer_panel.hurts_button, Qt.MouseButton.LeftButton)
    assert not w.session.is_open
    assert w.controller.state is EngineState.READY
    db, repo = stored(data_dir)
    with db:
        assert repo.unfinished_session() is None
        (s,) = repo.sessions_between(s_day := repo.session_days(*_wide())[0], s_day)
        assert (s.pain_after, s.effort) == (5, 2)
        assert s.notes.startswith('Sharp pain, "inside"') and "\n" in s.notes
        assert s.sets_skipped == 1 and s.pain_flag_count == 1


def _wide():
    from datetime import date

    return date(2000, 1, 1), date(2100, 1, 1)


def test_pain_dialog_needs_a_rating_first(qtbot):
    from rehab_desktop.ui.session.pain_dialogs import PainDialog

    d = PainDialog("Sumo squat", "Stop and call your doctor if it gets worse.")
    qtbot.addWidget(d)
    assert not any(b.isEnabled() for b in d.buttons.values())
    qtbot.keyClick(d.rating, Qt.Key.Key_7)
    assert d.rating.value() == 7
    assert all(b.isEnabled() for b in d.buttons.values())
    qtbot.mouseClick(d.buttons[PainAction.SKIP], Qt.MouseButton.LeftButton)
    assert d.action is PainAction.SKIP and d.result() == 1


def test_routine_runs_exercises_one_after_another(make_window, qtbot, clock, data_dir):
    said = []
    w = make_window(exercise_id="standing-calf-stretch")
    w.cues.spoke.connect(said.append)
    w.sessions.run_routine([Prescription("foam-pad-toe-raises", 2, 10),
                            Prescription("single-leg-balance", 2, None, 30)])
    qtbot.waitUntil(lambda: w.controller.state is EngineState.RUNNING)
    assert w.controller.exercise.id == "foam-pad-toe-raises"
    assert w.instructions.exercise.id == "foam-pad-toe-raises"  # the instructions follow
    assert "Routine 1 of 2" in w.session_bar.routine_label.text()
    total = w.controller.plan.totals().duration_s
    tick(w, clock, total + 1)
    qtbot.waitUntil(lambda: w.controller.exercise.id == "single-leg-balance"
                    and w.controller.state is EngineState.RUNNING)
    # Said with the get-ready, in one breath, so neither cuts the other off.
    assert any(t.startswith("Next: Single-leg balance. Get ready.") for t in said)
    assert "still on" not in w.statusBar().currentMessage()  # the status line names no earlier exercise
    assert w.controller.plan.phases[0].duration_s == 15  # a longer get-ready between exercises
    assert "last one" in w.session_bar.routine_label.text()
    db, repo = stored(data_dir)
    with db:
        detail = repo.session_detail(repo.unfinished_session().id)
        assert [e.exercise_id for e in detail.exercises] == ["foam-pad-toe-raises", "single-leg-balance"]
        assert len(detail.exercises[0].sets) == 2


def test_skip_in_pain_moves_the_routine_on(make_window, qtbot, clock, monkeypatch):
    w = make_window()
    w.sessions.run_routine([Prescription("sumo-squat", 2, 10), Prescription("one-sided-lunge", 2, 10)])
    qtbot.waitUntil(lambda: w.controller.state is EngineState.RUNNING)
    tick(w, clock, 7)
    answer_pain_dialog(monkeypatch, 4, PainAction.SKIP)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_H)
    qtbot.waitUntil(lambda: w.controller.exercise.id == "one-sided-lunge")


def test_add_to_routine_from_the_list(make_window, qtbot):
    w = make_window(exercise_id="ankle-plantarflexion")
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Down)
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Insert)
    assert [d.exercise_id for d in w.session.routine] == ["ankle-plantarflexion", "ankle-dorsiflexion"]
    assert w.session_bar.routine_label.isVisible() and w.session_bar.routine_start.isVisible()
    qtbot.mouseClick(w.session_bar.routine_start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.controller.state is EngineState.RUNNING)
    assert w.controller.exercise.id == "ankle-plantarflexion"


def test_closing_mid_session_keeps_it_for_the_next_start(make_window, qtbot, clock, data_dir):
    w = make_window(exercise_id="standing-calf-stretch")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    tick(w, clock, 35)
    w.close()
    w2 = make_window()
    bar = w2.session_bar
    assert bar.resume_button.isVisible() and bar.close_button.isVisible()
    assert "was not finished (1 set recorded)" in bar.status.text()
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    assert w2.session.is_open and w2.session.sets_done == 1
    qtbot.keyClick(w2.focusWidget(), Qt.Key.Key_Space)
    tick(w2, clock, 35)
    db, repo = stored(data_dir)
    with db:
        sessions = repo.sessions_between(*_wide())
        assert len(sessions) == 1 and sessions[0].sets_completed == 2


def test_close_an_unfinished_session(make_window, qtbot, clock, data_dir):
    w = make_window(exercise_id="standing-calf-stretch")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    tick(w, clock, 35)
    w.close()
    w2 = make_window()
    qtbot.mouseClick(w2.session_bar.close_button, Qt.MouseButton.LeftButton)
    assert not w2.session_bar.resume_button.isVisible()
    db, repo = stored(data_dir)
    with db:
        assert repo.unfinished_session() is None
        assert repo.sessions_between(*_wide())[0].sets_completed == 1


def test_a_full_disk_is_reported_and_the_timer_goes_on(make_window, qtbot, clock, monkeypatch):
    w = make_window(exercise_id="standing-calf-stretch")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)

    def full(*_a, **_k):
        raise StoreFullError("The disk is full, so the history could not be saved.")
    monkeypatch.setattr(w.session.repo, "record_set", full)
    tick(w, clock, 5 + 30 + 2)
    assert "Could not save the set: The disk is full" in w.statusBar().currentMessage()
    assert w.timer_panel.phase_label.text().replace("\xa0", " ") == "Rest" and w.controller.state is EngineState.RUNNING


def test_runs_without_history_when_the_store_cannot_open(qtbot, qapp, library, tmp_path, clock, sounds, answers):
    from rehab_desktop.app import build_main_window

    data = tmp_path / "data"
    data.mkdir()
    import sqlite3

    con = sqlite3.connect(data / "history.sqlite3")  # a history file from a newer version of the app
    con.execute("CREATE TABLE future (x)")
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    before = (data / "history.sqlite3").read_bytes()
    w = build_main_window(qapp, library, data, speech_engine="mock", sounds=sounds, clock=clock,
                          ask=answers())
    qtbot.addWidget(w)
    assert w.session.repo is None
    assert "History is off" in w.statusBar().currentMessage()
    w.controller.start()
    tick(w, clock, 40)
    assert w.session.sets_done == 1  # counted, just not saved
    assert (data / "history.sqlite3").read_bytes() == before


def test_a_corrupt_history_file_is_moved_aside(qtbot, qapp, library, tmp_path, clock, sounds, answers):
    from rehab_desktop.app import build_main_window

    data = tmp_path / "data"
    data.mkdir()
    (data / "history.sqlite3").write_bytes(b"this is not a database at all" * 100)
    w = build_main_window(qapp, library, data, speech_engine="mock", sounds=sounds, clock=clock,
                          ask=answers())
    qtbot.addWidget(w)
    assert w.session.repo is not None
    kept = [p for p in data.iterdir() if p.name.startswith("history-damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert kept[0].name in w.statusBar().currentMessage()


def test_a_half_done_sumo_squat_resumes_at_its_set_counted_over_both_feet(make_window, qtbot, clock):
    w = make_window(exercise_id="sumo-squat")
    w.prefs.update(affected_side="right", tempo=2)
    w.timer_panel.dose.sets.setValue(3)
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    tick(w, clock, 5 + 10 * 4 + 2)  # the first set, on the right foot, and into moving the pad
    assert w.session.sets_done == 1
    w.close()
    w2 = make_window()
    qtbot.mouseClick(w2.session_bar.resume_button, Qt.MouseButton.LeftButton)
    first = w2.controller.plan.sets[0]
    assert (first.side.value, first.heading) == ("left", "Set 2 of 3")
    assert "Back to Sumo squat, left foot on the pad, set 2 of 3." in w2.statusBar().currentMessage()
    assert "2 sets left" in w2.timer_panel.title.text()


def test_it_hurts_with_no_exercise_running_asks_only_for_the_rating_and_finishing(make_window, qtbot, clock,
                                                                                  data_dir, monkeypatch):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    w = make_window(exercise_id="standing-calf-stretch")
    seen = {}

    def fake_exec(dialog):
        seen["head"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["buttons"] = [b.accessibleName() for b in dialog.buttons.values()]
        QTest.keyClick(dialog, Qt.Key.Key_4)
        QTest.keyClick(dialog, Qt.Key.Key_K)  # skip means nothing here: nothing happens
        seen["after_k"] = dialog.action
        return 0  # Esc: the rating is kept
    monkeypatch.setattr(session_wiring.PainDialog, "exec", fake_exec)
    assert w.controller.state is EngineState.READY
    w.sessions.hurts.trigger()
    assert seen["buttons"] == ["Finish the session"]
    assert "No exercise is running." in seen["head"] and "The timer is paused." not in seen["head"]
    assert seen["after_k"] is None
    assert "Pain 4 of 10 noted" in w.statusBar().currentMessage()
    assert w.controller.state is EngineState.READY  # nothing was started or skipped
