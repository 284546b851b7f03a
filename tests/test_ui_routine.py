"""Following a routine as a person does, with the keyboard: queue, Space, It hurts, Next, resume, quit."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from rehab_desktop.core.phases import PhaseKind
from rehab_desktop.core.records import LegSide, Prescription, SetStatus
from rehab_desktop.core.timer import EngineState
from rehab_desktop.store import HistoryRepo, PainAction, StoreFullError, open_database
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.session import coordinator as session_wiring

HELPER = Path(__file__).parent / "helpers" / "run_app.py"
CALF = Prescription("standing-calf-stretch", 2, None, 30)
BALANCE = Prescription("single-leg-balance", 2, None, 30)


def tick(w, clock, seconds, step=1.0):
    clock.pass_time(w.controller.update, seconds, step)


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed in the main window, which is the active window (as after a dialog closes)."""
    if not w.isActiveWindow():
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.focusWidget() or w, key, modifier)


def in_dialog(qtbot, *keys):
    """Type `keys` into the modal dialog that the next action opens (as a person would)."""
    seen = []

    def typing():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet: look again on the next turn of the event loop
            QTimer.singleShot(0, typing)
            return
        seen.append(dialog)
        dialog.activateWindow()  # keys go to the active window, as they do under a window manager
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        for key in keys:
            qtbot.keyClick(dialog.focusWidget() or dialog, key)
        if dialog.isVisible():  # the keys did not answer it: fail the test rather than hang it
            seen.append("still open")
            dialog.reject()
    QTimer.singleShot(0, typing)
    return seen


def stored(data_dir):
    db = open_database(data_dir)
    return db, HistoryRepo(db)


def phase_text(w):
    return w.timer_panel.phase_label.text().replace("\xa0", " ")


def test_keys_only_queue_space_it_hurts_easier(make_window, qtbot, clock, data_dir):
    PreferenceStore(data_dir).remember_dose(Prescription("ankle-dorsiflexion", 3, 15))
    w = make_window(exercise_id="ankle-dorsiflexion")
    view = w.browser.view
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = w.browser.current_id()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [d.exercise_id for d in w.session.routine] == ["ankle-dorsiflexion", second]
    assert w.instructions.exercise.id == second  # the list moved on; nothing runs yet

    qtbot.keyClick(view, Qt.Key.Key_Space)  # the key the app teaches: it starts the routine
    assert w.controller.exercise.id == "ankle-dorsiflexion" == w.instructions.exercise.id
    assert w.controller.state is EngineState.RUNNING
    assert "Routine 1 of 2" in w.session_bar.routine_label.text()
    assert w.statusBar().currentMessage().startswith("Routine started: Ankle dorsiflexion, then ")
    tick(w, clock, 5 + 3)  # into the first rep of set 1 at 3 × 15

    dialog = in_dialog(qtbot, Qt.Key.Key_6, Qt.Key.Key_E)
    press(qtbot, w, Qt.Key.Key_H)
    assert len(dialog) == 1, "It hurts opened no dialog, or the keys did not answer it"
    dose = w.timer_panel.dose
    assert (dose.sets.value(), dose.reps.value()) == (2, 10)  # the easier dose is shown...
    assert {s.target_reps for s in w.controller.plan.sets} == {10}  # ...and is what the timer runs
    assert w.controller.state is EngineState.RUNNING and phase_text(w).startswith("Get ready")
    assert "Easier dose: 2 sets, 10 reps" in w.statusBar().currentMessage()

    tick(w, clock, w.controller.plan.totals().duration_s + 1)
    assert w.controller.exercise.id == second  # the routine went on
    db, repo = stored(data_dir)
    with db:
        detail = repo.session_detail(repo.unfinished_session().id)
        first = detail.exercises[0]
        assert first.eased and (first.dose.sets, first.dose.reps) == (2, 10)
        done = [s for s in first.sets if s.status is SetStatus.COMPLETED]
        assert first.sets[0].status is SetStatus.SKIPPED and first.sets[0].pain_rating == 6
        assert first.sets[0].target_reps == 15  # the interrupted set, as it was
        assert done and {s.target_reps for s in done} == {10}  # the history has the easier target
        assert detail.pain_flags[0].action is PainAction.EASIER


def test_start_routine_with_an_exercise_under_way_keeps_it_as_the_first(make_window, qtbot, clock):
    w = make_window(exercise_id="standing-calf-stretch")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 8)
    w.session.add_to_routine(BALANCE)
    w.sessions.start_routine.trigger()  # Timer > Start routine: never a dead end
    assert w.controller.exercise.id == "standing-calf-stretch" and w.controller.state is EngineState.RUNNING
    assert [d.exercise_id for d in w.session.routine] == ["standing-calf-stretch", "single-leg-balance"]
    assert "Routine started with Standing calf stretch" in w.statusBar().currentMessage()


def test_the_get_ready_between_exercises_is_a_timer_phase(make_window, qtbot, clock):
    w = make_window()
    w.sessions.run_routine([CALF, BALANCE])
    assert w.controller.state is EngineState.RUNNING
    press(qtbot, w, Qt.Key.Key_N)  # Next exercise, now
    assert w.controller.exercise.id == "single-leg-balance"
    snap = w.controller.snapshot()
    assert snap.phase.kind is PhaseKind.LEAD_IN and snap.duration_s == 15 and snap.running
    press(qtbot, w, Qt.Key.Key_Space)  # cancelled: it waits
    tick(w, clock, 60)
    assert w.controller.snapshot().phase.kind is PhaseKind.LEAD_IN
    press(qtbot, w, Qt.Key.Key_S)  # or skipped, straight into the hold
    assert w.controller.snapshot().phase.kind is PhaseKind.HOLD
    assert not w.sessions.next_exercise.isEnabled()  # nothing after the last one


def test_the_next_exercise_never_starts_behind_a_dialog(make_window, qtbot, clock):
    w = make_window()
    w.sessions.run_routine([CALF, BALANCE])
    tick(w, clock, w.controller.plan.totals().duration_s - 2)
    states = []

    def behind_a_dialog():
        box = QApplication.activeModalWidget()
        tick(w, clock, 5)  # the first exercise ends while the dialog is open
        states.append((w.controller.exercise.id, w.controller.state))
        box.done(0)
    box = QMessageBox(QMessageBox.Icon.Information, "Settings", "a dialog", parent=w)
    QTimer.singleShot(0, behind_a_dialog)
    box.exec()
    assert states == [("single-leg-balance", EngineState.READY)]
    assert "Press Space when you are ready" in w.statusBar().currentMessage()
    press(qtbot, w, Qt.Key.Key_Space)
    assert w.controller.state is EngineState.RUNNING and w.controller.exercise.id == "single-leg-balance"


def test_the_end_of_the_routine_says_what_was_done(make_window, qtbot, clock):
    w = make_window()
    w.sessions.run_routine([Prescription("sumo-squat", 2, 10), Prescription("ankle-dorsiflexion", 2, 10)])
    for _ in range(2):
        tick(w, clock, w.controller.plan.totals().duration_s + 1)
    text = w.statusBar().currentMessage()
    assert "Routine done: 2 exercises" in text and "Finish the session" in text
    assert "Routine done" in w.session_bar.routine_label.text() and w.session_bar.finish_button.isVisible()


def test_follow_along_keeps_h_every_time_it_opens(make_window, qtbot, clock, monkeypatch):
    w = make_window(exercise_id="standing-calf-stretch")
    opened = []
    monkeypatch.setattr(session_wiring.PainDialog, "exec", lambda d: opened.append(d) or 0)
    press(qtbot, w, Qt.Key.Key_Space)
    for _ in range(2):
        press(qtbot, w, Qt.Key.Key_F)
        follow = w.timer_actions.follow_window
        assert follow is not None and "H it hurts" in follow.hint.text()
        with qtbot.waitActive(follow):
            follow.activateWindow()
        qtbot.keyClick(follow, Qt.Key.Key_H)
        qtbot.keyClick(follow, Qt.Key.Key_Escape)
    assert len(opened) == 2


def test_the_pain_dialog_is_driven_from_the_keyboard(qtbot):
    from rehab_desktop.ui.session.pain_dialogs import PainDialog

    d = PainDialog("Sumo squat", "Stop and call your doctor if it gets worse.")
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d, Qt.Key.Key_E)  # no rating yet: the actions wait for it
    assert d.action is None
    qtbot.keyClick(d, Qt.Key.Key_T)  # T is 10
    assert d.rating.value() == 10
    shown = " ".join(lab.text() for lab in d.findChildren(QLabel))
    assert "(K)" in d.buttons[PainAction.SKIP].text() and "Esc carries on as it was" in shown
    qtbot.keyClick(d, Qt.Key.Key_K)
    assert d.action is PainAction.SKIP and d.result() == 1


def test_stopping_for_pain_ends_with_a_message_that_fits(make_window, qtbot, clock, monkeypatch):
    w = make_window(exercise_id="standing-calf-stretch")
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 8)
    seen = {}

    def finish(dialog):
        seen["pain"] = dialog.pain.value()
        return 1
    monkeypatch.setattr(session_wiring.FinishDialog, "exec", finish)
    in_dialog(qtbot, Qt.Key.Key_7, Qt.Key.Key_X)
    press(qtbot, w, Qt.Key.Key_H)
    assert seen["pain"] == 7  # the finish dialog starts from the last rating given
    assert not w.session.is_open
    message = w.statusBar().currentMessage()
    assert "Rest, and talk to your therapist" in message and "Well done" not in message


def test_closing_with_an_open_session_asks(make_window, qtbot, clock, data_dir, answers, monkeypatch):
    w = make_window(exercise_id="standing-calf-stretch", answers=answers("cancel", "keep"))
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 40)
    assert not w.close() and w.isVisible()  # cancel: still open, timer paused where it was
    assert w.answers.asked[0][0] == "The session is still open"
    assert w.close()  # keep it for later
    db, repo = stored(data_dir)
    with db:
        assert repo.unfinished_session() is not None

    w2 = make_window(answers=answers("finish"))
    qtbot.mouseClick(w2.session_bar.resume_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(session_wiring.FinishDialog, "exec", lambda d: 1)
    assert w2.close()
    db, repo = stored(data_dir)
    with db:
        assert repo.unfinished_session() is None


def test_quitting_with_sets_not_written_says_so_and_retries(make_window, qtbot, clock, answers, monkeypatch):
    w = make_window(exercise_id="standing-calf-stretch", answers=answers("cancel", "retry", "keep"))
    press(qtbot, w, Qt.Key.Key_Space)
    db = w.session.repo.db
    real = db.transaction

    def full():
        raise StoreFullError("The disk is full, so the history could not be saved.")
    monkeypatch.setattr(db, "transaction", full)
    tick(w, clock, 5 + 30 + 1)
    assert w.session.pending_count >= 1
    assert not w.close()  # asked, and cancelled: nothing dropped
    title, text, keys = w.answers.asked[0]
    assert title == "Sets not saved yet" and "history.sqlite3" in text and "disk is full" in text
    assert keys == ["retry", "lose", "cancel"]
    monkeypatch.setattr(db, "transaction", real)  # space was freed
    assert w.close()  # retry wrote them; then the session was kept for later
    with open_database(w.data_dir) as check:
        assert HistoryRepo(check).unfinished_session().sets_completed == 1


def test_resume_after_closing_mid_routine_goes_back_to_the_same_set(make_window, qtbot, clock):
    w = make_window()
    w.sessions.run_routine([CALF, BALANCE])
    tick(w, clock, 5 + 30 + 30 + 30 + 5)  # left leg done, into the switch to the right
    w.close()
    w2 = make_window()
    qtbot.mouseClick(w2.session_bar.resume_button, Qt.MouseButton.LeftButton)
    c = w2.controller
    assert c.exercise.id == "standing-calf-stretch" == w2.instructions.exercise.id
    first = c.plan.sets[0]
    assert (first.side, first.number) == (LegSide.RIGHT, 1)
    assert c.state is EngineState.READY  # waits for Space
    assert "Routine 1 of 2" in w2.session_bar.routine_label.text()
    assert "1 exercise \u00b7 2 sets done" in w2.session_bar.status.text()
    press(qtbot, w2, Qt.Key.Key_Space)
    tick(w2, clock, c.plan.totals().duration_s + 1)
    assert w2.controller.exercise.id == "single-leg-balance"  # the routine was still queued


def test_the_queue_is_marked_in_the_list_and_can_be_edited(make_window, qtbot):
    from rehab_desktop.ui.exercises.model import QueueRole
    from rehab_desktop.ui.session.routine_dialog import RoutineDialog

    w = make_window()
    for d in (CALF, BALANCE, Prescription("sumo-squat", 2, 10)):
        w.session.add_to_routine(d)
    model = w.browser.model
    assert model.index_of("single-leg-balance").data(QueueRole) == 2
    assert "In the routine, number 2" in model.index_of("single-leg-balance").data(Qt.ItemDataRole.AccessibleTextRole)
    d = RoutineDialog(w.session, w.library, w)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    d.list.setCurrentRow(2)
    qtbot.keyClick(d.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.exercise_id for p in w.session.routine] == ["standing-calf-stretch", "sumo-squat", "single-leg-balance"]
    qtbot.keyClick(d.list, Qt.Key.Key_Delete)
    assert [p.exercise_id for p in w.session.routine] == ["standing-calf-stretch", "single-leg-balance"]
    assert model.index_of("sumo-squat").data(QueueRole) is None


def test_kill_9_mid_routine_then_resume_at_the_same_side_and_set(tmp_path, make_window, qtbot, lines, data_dir):
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).parent.parent))
    with open(data_dir / "settings.ini", "w") as f:
        f.write("[app]\nwelcomed=true\n")
    child = subprocess.Popen([sys.executable, str(HELPER), str(data_dir), "standing-calf-stretch", "20",
                              "standing-calf-stretch", "single-leg-balance"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    out = lines(child.stdout)
    try:
        assert out.next() == "started"
        assert out.next() == "set 1"
        assert out.next() == "set 2"  # the left leg is done
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    w = make_window()
    bar = w.session_bar
    assert bar.resume_button.isVisible()
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    c = w.controller
    assert c.exercise.id == "standing-calf-stretch"
    assert (c.plan.sets[0].side, c.plan.sets[0].number) == (LegSide.RIGHT, 1)
    assert "Routine 1 of 2" in bar.routine_label.text() and "next: Single-leg balance" in bar.routine_label.text()


def test_log_a_session_after_the_fact(make_window, qtbot, data_dir, monkeypatch):
    from datetime import date, timedelta

    from PySide6.QtCore import QDate, QTime

    from rehab_desktop.ui.history import log_dialog

    yesterday = date.today() - timedelta(days=1)

    def fill(dialog):
        dialog.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
        dialog.at.setTime(QTime(18, 30))
        row = next(r for r in dialog.rows if r.exercise.id == "standing-calf-stretch")
        row.tick.setChecked(True)
        row.sets.setValue(2)
        row.hold.setValue(45)
        dialog.pain_before.set_value(3)
        dialog.pain_after.set_value(2)
        dialog.notes.setPlainText("at the physio's")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(log_dialog.LogSessionDialog, "exec", fill)
    w = make_window()
    pane = w.history_pane()
    sid = pane.log_session()
    assert sid is not None
    db, repo = stored(data_dir)
    with db:
        s = repo.get_session(sid)
        assert s.entered_by_hand and s.sets_completed == 4 and (s.pain_before, s.pain_after) == (3, 2)
        assert s.local_day == yesterday and s.started_at.hour == 18
        (ex,) = repo.session_detail(sid).exercises
        assert ex.dose.hold_s == 45 and {r.achieved_hold_s for r in ex.sets} == {45}
    assert "entered by hand" in pane.detail.subtitle.text()
    assert "4 of 4" in pane.detail.body.toPlainText()


def test_a_logged_session_follows_the_affected_ankle_and_the_sumo_squats_sets_in_all(
        make_window, qtbot, data_dir, monkeypatch):
    from rehab_desktop.ui.history import log_dialog

    def fill(dialog):
        for ex_id, sets in (("seated-ankle-rom", 2), ("sumo-squat", 3)):
            row = next(r for r in dialog.rows if r.exercise.id == ex_id)
            row.tick.setChecked(True)
            row.sets.setValue(sets)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(log_dialog.LogSessionDialog, "exec", fill)
    w = make_window()
    w.prefs.update(affected_side="both", first_side="right")
    pane = w.history_pane()
    sid = pane.log_session()
    db, repo = stored(data_dir)
    with db:
        rom, sumo = repo.session_detail(sid).exercises
        # Both ankles: the affected-side exercise on each side in turn, from the right.
        assert [(r.side, r.set_number) for r in rom.sets] == [
            (LegSide.RIGHT, 1), (LegSide.RIGHT, 2), (LegSide.LEFT, 1), (LegSide.LEFT, 2)]
        # Three sets in all, not per foot, the pad starting under the right foot.
        assert [r.side for r in sumo.sets] == [LegSide.RIGHT, LegSide.LEFT, LegSide.RIGHT]
    text = pane.detail.body.toPlainText()
    assert "4 of 4" in text and "3 of 3" in text
    assert "Right foot on the pad" in text and "Right leg" in text
    # A session stopped after the first side: with both ankles affected it is half done, not done.
    half = pane.repo.log_session(rom.sets[0].started_at, [rom.dose], list(rom.sets[:2]))
    day = pane.repo.get_session(half).local_day
    pane.load_month(day.year, day.month, select=half)
    assert "2 of 4" in pane.detail.body.toPlainText()


def test_start_again_in_the_same_session_never_counts_more_than_planned(make_window, qtbot, clock):
    w = make_window(exercise_id="standing-calf-stretch")
    for _ in range(2):  # done, then "Start again" (Space) and done once more
        press(qtbot, w, Qt.Key.Key_Space)
        tick(w, clock, w.controller.plan.totals().duration_s + 1)
    assert w.session.sets_done == 8
    pane = w.history_pane()
    text = pane.detail.body.toPlainText()
    assert "4 of 4, and 4 more" in text and "8 of 4" not in text


def test_a_queued_exercise_stays_readable_when_selected_and_focused(make_window, qtbot):
    """The routine mark is painted in the row; the focus frame after it must not cover the row."""
    from PySide6.QtGui import QPalette

    w = make_window(exercise_id="standing-calf-stretch")
    view = w.browser.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rect = view.visualRect(view.currentIndex())
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    row = [image.pixelColor(x, rect.center().y()) for x in range(rect.left() + 4, rect.right() - 4)]
    assert sum(c == highlight for c in row) > len(row) // 3  # the selection colour, not a blank box


def test_the_last_phase_of_an_exercise_names_the_next_one(make_window, qtbot, clock):
    w = make_window()
    w.sessions.run_routine([CALF, BALANCE])
    last_work = len(w.controller.plan.phases) - 2
    while w.controller.snapshot().index < last_work:
        press(qtbot, w, Qt.Key.Key_S)
    assert w.timer_panel.next_label.text() == "Next exercise: Single-leg balance"
    press(qtbot, w, Qt.Key.Key_F)
    assert w.timer_actions.follow_window.next_label.text() == "Next exercise: Single-leg balance"


def test_easier_at_the_low_end_halves_the_reps_and_the_timer_runs_them(make_window, qtbot, clock, data_dir,
                                                                       monkeypatch):
    w = make_window(exercise_id="ankle-dorsiflexion")  # the default dose: 2 x 10, the low end
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5 + 3)
    in_dialog(qtbot, Qt.Key.Key_4, Qt.Key.Key_E)
    press(qtbot, w, Qt.Key.Key_H)
    assert w.timer_panel.dose.reps.value() == 5
    assert {s.target_reps for s in w.controller.plan.sets} == {5}  # not clamped back up to 10
    tick(w, clock, w.controller.plan.totals().duration_s + 1)
    monkeypatch.setattr(session_wiring.FinishDialog, "exec", lambda d: 1)
    w.sessions.finish_session()
    db, repo = stored(data_dir)
    with db:
        (s,) = repo.sessions_between(date.min, date.max)
        (ex,) = repo.session_detail(s.id).exercises
        assert ex.eased and ex.dose.reps == 5
        assert {r.target_reps for r in ex.sets if r.status is SetStatus.COMPLETED} == {5}
    # The next session starts at the chosen dose again, not marked eased.
    assert w.timer_panel.dose.reps.value() == 10
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 5 + 1)
    db, repo = stored(data_dir)
    with db:
        (ex,) = repo.session_detail(repo.unfinished_session().id).exercises
        assert not ex.eased and ex.dose.reps == 10
