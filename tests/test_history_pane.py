"""The history pane with qtbot: figures, months, the session list and detail, notes, delete and undo, exports."""

from __future__ import annotations

import csv
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from rehab_desktop.core.stats import DayMark
from rehab_desktop.ui.history.session_list import COL_LENGTH, COL_PAIN, COL_WHEN

TODAY = date(2026, 5, 13)  # a Wednesday


def filled(history):
    """Sessions 27 April - 12 May (a gap on 4 May), two on 12 May, one in March with notes and a pain flag."""
    ids = {}
    for n in range(16):
        day = date(2026, 4, 27) + timedelta(days=n)
        if day == date(2026, 5, 4):
            continue
        ids[day] = history.add(day, 8, pain=(5, 3))
    ids["evening"] = history.add(date(2026, 5, 12), 19, exercises=("sumo-squat", "single-leg-balance"), reps=None)
    ids["march"] = history.add(date(2026, 3, 10), 7, notes="Physio: <b>more</b> & \"slower\"", flag=(6, "easier"))
    return ids


def test_no_store_shows_a_clear_message(history_pane):
    pane = history_pane(None)
    assert "History is unavailable" in pane.findChild(type(pane.layout().itemAt(0).widget())).text()
    pane.refresh()  # harmless


def test_empty_history(history_pane, history):
    pane = history_pane(history.store)
    assert pane.model.rowCount() == 0
    assert pane.week_tile.value.text() == "0"
    assert pane.streak_tile.value.text() == "0 days"
    assert pane.adherence_tile.value.text() == "0 %"
    assert "No sessions yet" in pane.detail.title.text()
    assert pane.month_label.text() == "No sessions in May 2026"
    assert not pane.detail.delete_button.isVisible()


def test_figures_month_list_and_detail(history_pane, history):
    ids = filled(history)
    pane = history_pane(history.store)
    # Week of 11 May: the 11th, and two on the 12th; today (13th) not done yet doesn't break the streak.
    assert pane.week_tile.value.text() == "3"
    assert pane.streak_tile.value.text() == "8 days"  # 5-12 May
    assert pane.longest_tile.value.text() == "8 days"
    assert pane.adherence_tile.value.text() == f"{round(100 * 15 / 27)} %"  # 15 of the 27 days before today
    # May: 12 sessions (11 days, two on the 12th), newest first and selected.
    assert pane.model.rowCount() == 12
    assert pane.model.index(0, COL_WHEN).data() == "Tue 12 May \u00b7 19:00"
    assert pane.model.index(1, COL_PAIN).data() == "5 \u2192 3"
    assert pane.model.index(1, COL_LENGTH).data() == "3 min"
    assert pane.selected_session_id() == ids["evening"]
    assert pane.detail.title.text() == "Tuesday 12 May 2026"
    body = pane.detail.body.toPlainText()
    assert "Sumo squat" in body and "Single-leg balance" in body
    assert "2 of 4" in body  # the dose's 2 sets on each leg; only the left leg was done
    assert "Left leg: 29, 30 s (target 30 s)" in body
    # Clicking another row shows that session; the calendar follows.
    pane.list.selectRow(3)
    assert pane.selected_session_id() == ids[date(2026, 5, 10)]
    assert pane.calendar.selected_day() == date(2026, 5, 10)


def test_month_switching_and_calendar_clicks(history_pane, history, qtbot):
    ids = filled(history)
    pane = history_pane(history.store)
    pane.calendar.showPreviousMonth()
    assert (pane.calendar.yearShown(), pane.calendar.monthShown()) == (2026, 4)
    assert pane.model.rowCount() == 4  # 27-30 April
    done = {d for d in (date(2026, 4, 1) + timedelta(days=n) for n in range(30)) if pane.calendar.marks_on(d)}
    assert done == {date(2026, 4, d) for d in (27, 28, 29, 30)}
    assert pane.calendar.marks_on(date(2026, 4, 27)) == (DayMark.DONE,)
    pane.calendar.showPreviousMonth()
    assert pane.model.rowCount() == 1 and pane.selected_session_id() == ids["march"]
    detail = pane.detail.body.toPlainText()
    assert "pain 6/10" in detail and "went on at an easier dose" in detail
    assert pane.detail.notes.toPlainText() == "Physio: <b>more</b> & \"slower\""
    pane.calendar.showPreviousMonth()
    assert pane.model.rowCount() == 0 and pane.detail.title.text() == "No sessions in February 2026."
    # A click on a day of another month moves there and selects that day's newest session.
    pane.calendar.setSelectedDate(QDate(2026, 5, 12))
    pane.calendar.clicked.emit(QDate(2026, 5, 12))
    assert pane.calendar.monthShown() == 5
    assert pane.selected_session_id() == ids["evening"]


def test_edit_notes(history_pane, history, qtbot):
    ids = filled(history)
    pane = history_pane(history.store)
    pane.list.selectRow(1)
    sid = pane.selected_session_id()
    assert not pane.detail.save_button.isEnabled()
    pane.detail.notes.setPlainText("Ankle felt <i>better</i>, 3 & 4")
    assert pane.detail.save_button.isEnabled()
    with qtbot.waitSignal(pane.service.changed):
        qtbot.mouseClick(pane.detail.save_button, Qt.MouseButton.LeftButton)
    assert history.repo.get_session(sid).notes == "Ankle felt <i>better</i>, 3 & 4"
    assert pane.notice.isVisible() and pane.notice.label.text() == "Notes saved."
    # Typing and moving on keeps the typing.
    pane.detail.notes.setPlainText("kept without pressing Save")
    pane.list.selectRow(2)
    assert history.repo.get_session(sid).notes == "kept without pressing Save"
    assert ids


def test_delete_asks_and_undo_restores(history_pane, history, qtbot):
    filled(history)
    pane = history_pane(history.store)
    pane.list.selectRow(1)
    sid = pane.selected_session_id()
    asked = []
    pane.confirm_delete = lambda when, sets: asked.append(when) or False  # the person says no
    qtbot.mouseClick(pane.detail.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Tuesday 12 May 2026 at 08:00"] and pane.model.rowCount() == 12
    pane.confirm_delete = lambda when, sets: True
    with qtbot.waitSignal(pane.service.changed):
        qtbot.mouseClick(pane.detail.delete_button, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount() == 11
    assert pane.model.row_of(sid) == -1
    assert pane.notice.isVisible() and "Deleted the session of Tuesday 12 May 2026 at 08:00" in pane.notice.label.text()
    assert pane.week_tile.value.text() == "2"
    with qtbot.waitSignal(pane.service.changed):
        qtbot.mouseClick(pane.notice.action, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount() == 12
    assert pane.selected_session_id() == sid
    assert history.repo.get_session(sid).sets_completed == 2
    assert pane.week_tile.value.text() == "3"


def test_open_session_cannot_be_deleted(history_pane, history):
    from datetime import datetime

    sid = history.repo.open_session(datetime(2026, 5, 13, 8, 0).astimezone())
    pane = history_pane(history.store)
    assert pane.selected_session_id() == sid
    assert pane.model.index(0, COL_LENGTH).data() == "now"
    assert "in progress" in pane.model.index(0, COL_LENGTH).data(Qt.ItemDataRole.ToolTipRole)
    assert not pane.detail.delete_button.isEnabled()


def test_planned_days_mark_missed_days_and_set_adherence(history_pane, history):
    filled(history)

    def mon_wed_fri(first, last):
        days = {first + timedelta(days=n) for n in range((last - first).days + 1)}
        return {d for d in days if d.weekday() in (0, 2, 4) and d >= date(2026, 4, 1)}

    pane = history_pane(history.store, planned_days=mon_wed_fri)
    may = [date(2026, 5, 1) + timedelta(days=n) for n in range(31)]
    assert {d for d in may if pane.calendar.marks_on(d) == (DayMark.MISSED,)} == {date(2026, 5, 4)}
    assert pane.calendar.marks_on(date(2026, 5, 13)) == (DayMark.PLANNED,)  # today, still to do
    assert pane.calendar.marks_on(date(2026, 5, 15)) == ()  # no ring on a day that has not come yet
    # Planned days from 16 April to yesterday: 11; kept: 27 and 29 April, 1, 6, 8 and 11 May.
    assert pane.adherence_tile.caption.text() == "planned days kept,\nlast 4 weeks"
    assert pane.adherence_tile.toolTip() == "6 of 11 planned days"
    assert pane.streak_tile.value.text() == "8 days"


def test_refresh_while_hidden_waits_for_the_next_show(history_pane, history, qtbot):
    pane = history_pane(history.store)
    assert pane.model.rowCount() == 0
    pane.hide()
    history.add(date(2026, 5, 13), 7)
    pane.refresh()
    assert pane.model.rowCount() == 0  # not reloaded while nobody looks
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.model.rowCount() == 1 and pane.week_tile.value.text() == "1"


def test_progress_tab_loads_when_shown(history_pane, history):
    filled(history)
    pane = history_pane(history.store)
    assert pane.progress.pain_chart.spec.empty  # nothing loaded while hidden
    pane.tabs.setCurrentWidget(pane.progress)
    assert not pane.progress.pain_chart.spec.empty
    assert not pane.progress.minutes_chart.spec.empty
    pane.progress.range_box.setCurrentIndex(0)  # last 4 weeks: the March session drops out
    assert all(d >= date(2026, 4, 16) for d, _ in pane.progress.pain_chart.spec.series[1].points)
    pane.progress.exercise_box.setCurrentIndex(pane.progress.exercise_box.findData("single-leg-balance"))
    assert pane.progress.exercise_chart.spec.title.startswith("Single-leg balance")
    assert sum(len(s.points) for s in pane.progress.exercise_chart.spec.series) == 2


def test_exports_from_the_pane(history_pane, history, tmp_path):
    filled(history)
    pane = history_pane(history.store)
    out = tmp_path / "history.csv"
    rows = pane.exports.export_csv(str(out))
    assert rows == 17 * 2 + 2  # every set: 16 single-exercise sessions and one with two exercises
    with open(out, newline="", encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == rows
    assert f"Wrote {rows} rows" in pane.notice.label.text()
    pdf = tmp_path / "summary.pdf"
    # The summary's page, then the progression by exercise on a page of its own.
    assert pane.exports.export_summary(str(pdf), date(2026, 4, 16), TODAY, "a4") == 2
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pane.notice.action.text() == "Open"


def test_delete_key_on_the_list_and_theme_switch(history_pane, history, qtbot, qapp):
    from rehab_desktop.ui.common import style

    filled(history)
    pane = history_pane(history.store)
    asked = []
    pane.confirm_delete = lambda when, sets: asked.append(when) or False
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert asked == ["Tuesday 12 May 2026 at 19:00"]
    # The detail's secondary text follows a theme change (its colour is written into the HTML).
    try:
        style.apply_theme(qapp, "dark")
        qapp.processEvents()
        assert style.muted_text(style.dark_palette()).name() in pane.detail.body.toHtml()
    finally:
        style.apply_theme(qapp, "light")
