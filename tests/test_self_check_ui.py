"""Taking the weekly self-check in the real window: keys only where a person on the floor would use them,
values kept the moment they are entered, bad ones refused with a message, the results in words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from rehab_desktop.core import self_checks as S
from rehab_desktop.store import Store, open_database

WALL = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)


def open_check(make_window, qtbot, clock, wall=None):
    w = make_window(wall=wall or clock.wall)
    opened = []
    w.self_checks.opened.connect(opened.append)
    w.menus  # noqa: B018 - the File menu's action is what a user finds
    action = next(a for a in w.findChildren(type(w.menuBar().actions()[0]))
                  if a.text().replace("&", "") == "Take the weekly self-check\u2026")
    action.trigger()
    (dialog,) = opened
    dialog.activateWindow()  # as a window manager does; keys go to the active window
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isActiveWindow(), timeout=5000)
    return w, dialog


def stored(w) -> list[S.SelfCheck]:
    return w.service.store.self_checks.checks()


def type_distance(qtbot, dialog, side: str, text: str) -> None:
    edit = dialog.knee.distance[side]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_single_leg_stance_is_timed_with_space_and_kept_to_the_tenth(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    qtbot.keyClick(dialog.next, Qt.Key.Key_Space)  # from the knee-to-wall part, nothing entered: skipped
    assert dialog.pages.currentIndex() == 1 and dialog.stance.hasFocus()
    first = dialog.sides[0]
    qtbot.keyClick(dialog.stance, Qt.Key.Key_Space)  # 3, 2, 1 ...
    assert dialog.stance.running and dialog.stance.time.text() == "3"
    clock.pass_time(dialog.stance.tick, 3.0, step=0.1)  # the get-ready is over: on one leg now
    clock.pass_time(dialog.stance.tick, 17.3, step=0.1)
    assert dialog.stance.time.text() == "17.3 s"
    qtbot.keyClick(dialog.stance, Qt.Key.Key_Space)  # the lifted foot touched down
    assert not dialog.stance.running
    (check,) = stored(w)
    result = check.get("single-leg-stance", first, S.Variant.EYES_OPEN)
    assert result.value == 17.3 and result.limit_s == 30
    # The other side is ready next; Enter stops it too, and the maximum ends it by itself.
    assert dialog.stance.side == dialog.sides[1]
    qtbot.keyClick(dialog.stance, Qt.Key.Key_Space)
    clock.pass_time(dialog.stance.tick, 3.0 + 31.0, step=0.1)
    (check,) = stored(w)
    assert check.get("single-leg-stance", dialog.sides[1], S.Variant.EYES_OPEN).value == 30.0
    assert "30 s (the maximum)" in dialog.balance.trials_label.text()


def test_space_during_the_get_ready_calls_the_trial_off_and_keeps_nothing(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    dialog.go(1)
    qtbot.keyClick(dialog.stance, Qt.Key.Key_Space)
    clock.pass_time(dialog.stance.tick, 1.5, step=0.1)
    qtbot.keyClick(dialog.stance, Qt.Key.Key_Space)
    assert not dialog.stance.running and "Called off" in dialog.stance.hint.text()
    assert stored(w) == []


def test_knee_to_wall_values_are_kept_as_typed_and_bad_ones_refused(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    left, right = "left", "right"
    type_distance(qtbot, dialog, left, "abc")
    assert "Knee-to-wall, left: 'abc' is not a number." in dialog.knee.knee_status[left].text()
    type_distance(qtbot, dialog, left, "35")
    assert "outside 0 to 30 cm" in dialog.knee.knee_status[left].text()
    assert stored(w) == []  # nothing refused reaches the file
    type_distance(qtbot, dialog, left, "9,5")
    assert dialog.knee.knee_status[left].text() == "Kept: 9.5 cm."
    dialog.knee.pain[right].click()  # it pinched: a result of its own
    (check,) = stored(w)
    assert check.get("knee-to-wall", left).value == 9.5
    assert check.get("knee-to-wall", right).outcome is S.Outcome.PAIN
    assert not dialog.knee.distance[right].isEnabled()


def test_inches_are_typed_in_inches_and_stored_in_centimetres(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    dialog.knee.unit.setCurrentIndex(dialog.knee.unit.findData("in"))
    assert w.prefs.values.check_unit == "in"
    type_distance(qtbot, dialog, "left", "3.5")
    assert dialog.knee.knee_status["left"].text() == "Kept: 3.5 in."
    (check,) = stored(w)
    assert abs(check.get("knee-to-wall", "left").value - 8.89) < 1e-9


def test_ratings_and_the_overall_are_kept_and_the_sport_one_only_when_asked(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    dialog.go(2)
    assert not dialog.rating.ratings["running-jumping"].isVisibleTo(dialog)
    dialog.rating.ratings["walking"].group.button(8).click()
    dialog.rating.ratings["stairs-down"].group.button(5).click()
    dialog.rating.overall.setFocus()
    dialog.rating.overall.selectAll()
    qtbot.keyClicks(dialog.rating.overall, "70")
    qtbot.keyClick(dialog.rating.overall, Qt.Key.Key_Return)
    dialog.rating.sport.click()
    assert dialog.rating.ratings["running-jumping"].isVisibleTo(dialog) and w.prefs.values.check_sport
    dialog.rating.rating_rows["stairs-down"][2].click()  # Clear: taken back out
    (check,) = stored(w)
    assert {r.measure: r.value for r in check.results} == {"walking": 8.0, "overall": 70.0}


def test_the_results_are_told_beside_the_first_check_and_the_other_side(make_window, qtbot, clock, data_dir):
    with open_database(data_dir) as db:  # four weeks ago
        repo = Store(db).self_checks
        then = clock.wall() - timedelta(weeks=4)
        cid = repo.begin(then)
        repo.record(cid, S.CheckResult("knee-to-wall", "left", value=7.0), then)
        repo.record(cid, S.CheckResult("knee-to-wall", "right", value=12.0), then)
    w, dialog = open_check(make_window, qtbot, clock)
    type_distance(qtbot, dialog, "left", "9")
    type_distance(qtbot, dialog, "right", "12")
    dialog.go(3)
    text = dialog.results.text()
    assert "Left knee-to-wall: 9 cm, 2 cm more than four weeks ago; 3 cm less than the right." in text
    assert "Right knee-to-wall: 12 cm, the same as four weeks ago; 3 cm more than the left." in text
    assert not dialog.advice.isVisibleTo(dialog)


def test_closing_without_entering_anything_leaves_no_check(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    dialog.close_button.click()
    assert w.self_checks.dialog is None and stored(w) == []
    assert w.service.store.self_checks.last_day() is None


def test_the_due_line_in_the_browser_and_the_history_tab_follow_the_checks(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    entry = w.browser.self_check
    assert entry.text() == "Self-check \u00b7 not taken yet\u2026"
    type_distance(qtbot, dialog, "left", "10")
    dialog.close_button.click()
    due = clock.wall() + timedelta(days=7)
    assert entry.text() == f"Self-check \u00b7 next on {due.day} {due:%b}\u2026"
    assert entry.toolTip().startswith("Last self-check today; the next is due ")
    pane = w.history_pane()
    pane.tabs.setCurrentWidget(pane.self_check)
    tab = pane.self_check
    qtbot.waitUntil(tab.isVisible)
    assert tab.due.text().startswith("Last self-check today; the next is due ")
    assert "Left knee-to-wall: 10 cm." in tab.latest.text()
    tab.every.setCurrentIndex(tab.every.findData(14))  # due every two weeks
    later = clock.wall() + timedelta(days=14)
    assert tab.due.text() == f"Last self-check today; the next is due {later.day} {later:%b}."
    assert entry.text() == f"Self-check \u00b7 next on {later.day} {later:%b}\u2026"
    assert w.prefs.values.check_interval == 14
    opened = []
    w.self_checks.opened.connect(opened.append)
    tab.take.click()
    assert len(opened) == 1


def test_the_self_checks_export_from_the_history_tab(make_window, qtbot, clock, tmp_path):
    w, dialog = open_check(make_window, qtbot, clock)
    type_distance(qtbot, dialog, "right", "11")
    dialog.close_button.click()
    tab = w.history_pane().self_check
    out = tmp_path / "checks.csv"
    assert tab.export_csv(str(out)) == 1
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("date,time,check_id,measure") and ",knee-to-wall,Knee-to-wall,right,,11,cm," in lines[1]


def test_enter_or_a_click_on_stop_ends_a_stance_and_eyes_closed_comes_after_eyes_open(make_window, qtbot, clock):
    w, dialog = open_check(make_window, qtbot, clock)
    dialog.go(1)
    dialog.balance.eyes_closed.setFocus()
    qtbot.keyClick(dialog.balance.eyes_closed, Qt.Key.Key_Space)  # ticked by keyboard: Space then starts the stance
    assert dialog.stance.hasFocus()
    assert [t[1] for t in dialog.balance.trials()] == [S.Variant.EYES_OPEN] * 2 + [S.Variant.EYES_CLOSED] * 2
    for n, stop in enumerate(("enter", "click", "space", "enter")):
        side, variant = dialog.stance.side, dialog.stance.variant
        qtbot.keyClick(dialog.stance, Qt.Key.Key_Space)
        clock.pass_time(dialog.stance.tick, 3.0 + 5.0 + n, step=0.1)
        if stop == "enter":
            qtbot.keyClick(dialog.stance, Qt.Key.Key_Return)
        elif stop == "click":
            qtbot.mouseClick(dialog.stance.button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog.stance, Qt.Key.Key_Space)
        (check,) = stored(w)
        assert check.get("single-leg-stance", side, variant).value == 5.0 + n
    assert w.prefs.values.check_eyes_closed
    assert "not timed yet" not in dialog.balance.trials_label.text()
    qtbot.keyClick(dialog.stance, Qt.Key.Key_Return)  # Enter starts nothing: only Space does
    assert not dialog.stance.running


def test_the_affected_side_is_tested_first_or_second_as_chosen_on_the_tab(make_window, qtbot, clock):
    w = make_window(wall=clock.wall)
    w.prefs.update(affected_side="right")
    pane = w.history_pane()
    pane.tabs.setCurrentWidget(pane.self_check)
    tab = pane.self_check
    qtbot.waitUntil(tab.isVisible)
    assert tab.order.isVisible()
    opened = []
    w.self_checks.opened.connect(opened.append)
    tab.take.click()
    assert opened[-1].sides == ("right", "left")
    opened[-1].close_button.click()
    tab.order.setCurrentIndex(1)  # affected side second
    assert not w.prefs.values.check_affected_first
    tab.take.click()
    assert opened[-1].sides == ("left", "right")
    assert [t[0] for t in opened[-1].balance.trials()] == ["left", "right"]
