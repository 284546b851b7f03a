"""The History page's rough edges, as the person meets them: the list and the detail after an undo,
"sessions this week" against the calendar, the calendar's key, the chart's units, legend and trend,
and notes that are never cut or lost."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.core.stats import DayMark
from rehab_desktop.store import StoreError
from rehab_desktop.ui.common.chart_paint import (
    SERIES_LIGHT,
    ChartColours,
    ChartSpec,
    Series,
    legend_entries,
    paint_chart,
    trend_line,
    value_axis,
)
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.history.calendar import LEGEND, mark_colour
from rehab_desktop.ui.history.pane import HistoryPane

TODAY = date(2026, 5, 13)  # a Wednesday
FRIDAY = date(2026, 5, 1)  # its week began on Monday 27 April


@pytest.fixture
def make_pane(qtbot, library):
    def make(store, today=TODAY, width=1280):
        pane = HistoryPane(StoreService(store), library, None, today=lambda: today)
        qtbot.addWidget(pane)
        pane.resize(width, 760)
        pane.show()
        qtbot.waitExposed(pane)
        return pane

    return make


@pytest.fixture
def restore_scale(qapp):
    from rehab_desktop.ui.common import style

    yield
    style.apply_text_scale(qapp, 1.0)


def month_of_sessions(history, days=range(1, 13)):
    return {d: history.add(date(2026, 5, d), 8) for d in days}


def in_agreement(pane) -> int:
    """The session the list highlights, the one its keyboard focus is on, and the one the detail shows: one."""
    current = pane.list.currentIndex()
    assert current.isValid()
    listed, focused, shown = pane.listed_session_id(), pane.model.session(current.row()).id, pane.selected_session_id()
    assert listed == focused == shown, (listed, focused, shown)
    assert pane.calendar.selected_day() == pane.model.session(current.row()).local_day
    return shown


def session_with(repo, day: date, statuses: tuple[SetStatus, ...], hour=9) -> int:
    start = datetime(day.year, day.month, day.day, hour).astimezone()
    sid = repo.open_session(start, pain_before=3)
    repo.ensure_exercise(sid, Prescription("standing-calf-stretch", len(statuses), None, 30), start)
    t = start
    for n, status in enumerate(statuses, 1):
        repo.record_set(sid, SetRecord("standing-calf-stretch", "main", LegSide.LEFT, n, None, None, 30.0,
                                       30.0 if status is SetStatus.COMPLETED else 12.0, t,
                                       t + timedelta(minutes=1), status))
        t += timedelta(minutes=2)
    repo.finish_session(sid, t, pain_after=2)
    return sid


# -- 1. after an undo, the list and the detail show the same session ----------------------------

def test_moving_on_from_typed_notes_keeps_list_and_detail_together(make_pane, history, qtbot):
    ids = month_of_sessions(history)
    pane = make_pane(history.store)
    pane.list.selectRow(1)
    qtbot.keyClicks(pane.detail.notes, "felt stiff")
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.list.visualRect(pane.model.index(4, 0)).center())
    assert in_agreement(pane) == ids[8]  # rows: 12, 11, ... so row 4 is the 8th
    assert history.repo.get_session(ids[11]).notes == "felt stiff"
    # The keyboard goes on from the row that is highlighted, not from the one left behind.
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    assert in_agreement(pane) == ids[7]


def test_undo_of_a_delete_selects_the_restored_session_everywhere(make_pane, history, qtbot):
    ids = month_of_sessions(history)
    pane = make_pane(history.store)
    pane.confirm_delete = lambda when, sets: True
    pane.list.selectRow(3)  # 9 May
    qtbot.mouseClick(pane.detail.delete_button, Qt.MouseButton.LeftButton)
    assert in_agreement(pane) == ids[8]  # the one that took its place, not the top of the list
    pane.list.selectRow(6)
    qtbot.keyClicks(pane.detail.notes, "typed before the undo")
    qtbot.mouseClick(pane.notice.action, Qt.MouseButton.LeftButton)
    assert in_agreement(pane) == ids[9]
    assert pane.notice.label.text() == "Session restored."
    assert history.repo.get_session(ids[5]).notes == "typed before the undo"


def test_a_logged_session_can_be_undone_and_brought_back(make_pane, history, qtbot, monkeypatch):
    from rehab_desktop.ui.history import log_dialog

    today = date.today()
    for n in (3, 2, 1):
        history.add(today - timedelta(days=n), 8)

    def fill(dialog):
        dialog.day.setDate(QDate(today.year, today.month, today.day).addDays(-2))
        dialog.at.setTime(QTime(18, 30))
        next(r for r in dialog.rows if r.exercise.id == "standing-calf-stretch").tick.setChecked(True)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(log_dialog.LogSessionDialog, "exec", fill)
    pane = make_pane(history.store, today=today)
    sid = pane.log_session()
    assert in_agreement(pane) == sid
    assert pane.notice.action.isVisible()
    qtbot.mouseClick(pane.notice.action, Qt.MouseButton.LeftButton)  # Undo
    assert "Removed the session logged for" in pane.notice.label.text()
    gone = pane.selected_session_id()
    assert gone != sid and pane.model.row_of(sid) == -1
    assert in_agreement(pane) == gone
    qtbot.mouseClick(pane.notice.action, Qt.MouseButton.LeftButton)  # and Undo that
    assert in_agreement(pane) == sid
    assert history.repo.get_session(sid).entered_by_hand


# -- 2. "sessions this week" and the calendar count alike ----------------------------------------

def test_this_weeks_figure_and_the_calendars_week_row_agree_across_a_month_end(make_pane, history):
    repo = history.repo
    done, partly, by_hand = date(2026, 4, 27), date(2026, 4, 28), date(2026, 4, 30)
    session_with(repo, done, (SetStatus.COMPLETED, SetStatus.COMPLETED))
    session_with(repo, partly, (SetStatus.COMPLETED, SetStatus.SKIPPED))
    session_with(repo, date(2026, 4, 29), (SetStatus.SKIPPED, SetStatus.SKIPPED))  # nothing done: not a session
    from rehab_desktop.core.library import load_library
    from rehab_desktop.core.session import logged_sets

    calf = Prescription("standing-calf-stretch", 2, None, 30)
    at = datetime(2026, 4, 30, 18).astimezone()
    repo.log_session(at, [calf], logged_sets(load_library()["standing-calf-stretch"], calf, 2, at))
    pane = make_pane(history.store, today=FRIDAY)
    assert (pane.calendar.yearShown(), pane.calendar.monthShown()) == (2026, 5)
    week = [FRIDAY - timedelta(days=4) + timedelta(days=n) for n in range(7)]  # the calendar's row, Mon to Sun
    marks = {d: pane.calendar.marks_on(d) for d in week}
    assert marks[done] == (DayMark.DONE,) and marks[partly] == (DayMark.PARTLY,)
    assert marks[by_hand] == (DayMark.DONE,) and marks[date(2026, 4, 29)] == ()
    dots = sum(1 for d in week for m in marks[d] if m in (DayMark.DONE, DayMark.PARTLY))
    assert pane.week_tile.value.text() == str(dots) == "3"
    assert "1 of them partly done" in pane.week_tile.toolTip()


# -- 3. the calendar's key -----------------------------------------------------------------------

def grab_colour_count(widget, colour: QColor, tolerance=40) -> int:
    image = widget.grab().toImage()
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if max(abs(c.red() - colour.red()), abs(c.green() - colour.green()),
                   abs(c.blue() - colour.blue())) < tolerance:
                found += 1
    return found


def test_the_calendar_has_a_key_drawn_with_its_own_marks(make_pane, history, qapp):
    session_with(history.repo, date(2026, 5, 11), (SetStatus.COMPLETED,))
    session_with(history.repo, date(2026, 5, 12), (SetStatus.COMPLETED, SetStatus.SKIPPED))
    pane = make_pane(history.store)
    legend = pane.legend
    assert legend.isVisible()
    assert legend.texts() == ["Session done", "Partly done (sets skipped)", "Planned", "Planned, missed"]
    assert [m for m, _ in LEGEND] == [DayMark.DONE, DayMark.PARTLY, DayMark.PLANNED, DayMark.MISSED]
    palette = pane.calendar.palette()
    for mark, swatch in legend.swatches.items():
        assert grab_colour_count(swatch, mark_colour(mark, palette)) > 3, mark
    # The calendar paints the same colour for a session day as its key does.
    pane.calendar.select_day(date(2026, 5, 1))
    assert mark_colour(DayMark.DONE, palette) == QColor(SERIES_LIGHT[0])
    assert grab_colour_count(pane.calendar, mark_colour(DayMark.DONE, palette)) > 6
    # The half-filled dot is told from the full one by its shape, not only its colour.
    full = grab_colour_count(legend.swatches[DayMark.DONE], mark_colour(DayMark.DONE, palette))
    half = grab_colour_count(legend.swatches[DayMark.PARTLY], mark_colour(DayMark.DONE, palette))
    assert half < full


def test_the_key_reads_whole_at_twice_the_text_size(make_pane, history, qapp, qtbot, restore_scale):
    from rehab_desktop.ui.common import style
    from tests.helpers import layout_checks

    style.apply_text_scale(qapp, 2.0)
    pane = make_pane(history.store, width=900)
    qapp.processEvents()
    qtbot.waitUntil(lambda: pane.legend.height() > 0)
    for mark, label in pane.legend.labels.items():
        assert label.isVisible() and label.font().pointSizeF() >= 2 * style.BASE_POINT_SIZE - 0.01
        assert label.width() >= label.sizeHint().width(), mark
        inside = label.mapTo(pane.legend, label.rect().bottomRight())
        assert pane.legend.rect().contains(inside), mark
        swatch = pane.legend.swatches[mark]
        assert swatch.height() >= swatch.sizeHint().height()
    assert layout_checks.problems(pane.legend) == []
    assert pane.legend.geometry().top() > pane.calendar.geometry().bottom()  # under the calendar, not over it


# -- 4. the chart: units on the axis, a legend, a trend --------------------------------------------

def minutes(values, first=date(2026, 3, 2)):
    weeks = [(first + timedelta(weeks=i), v) for i, v in enumerate(values)]
    return ChartSpec("Active minutes per week", first, first + timedelta(weeks=len(values)) - timedelta(days=1),
                     (Series("Minutes", weeks, 0),), unit="min", bars=True, slot_days=7, integer_values=True)


def painted(spec, trend=True) -> QImage:
    from dataclasses import replace

    image = QImage(720, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    font = QApplication.font()
    paint_chart(p, QRectF(6, 6, 708, 288), replace(spec, trend=trend), ChartColours.for_print(), QFont(font))
    p.end()
    return image


def test_value_labels_say_their_unit_and_never_repeat():
    _top, ticks, labels = value_axis(minutes([1.2, 2.0, 1.6, 2.4, 3.1]))
    assert labels == ["0 min", "1 min", "2 min", "3 min", "4 min"]
    assert ticks == [0, 1, 2, 3, 4]
    _top, _ticks, labels = value_axis(minutes([40, 95]))
    assert labels[:3] == ["0 min", "20 min", "40 min"] and len(set(labels)) == len(labels)


def test_legend_and_trend_line_with_enough_points(tmp_path):
    from tests.test_charts import chart_text

    few = minutes([10, 20, 30])
    assert trend_line(few) is None
    assert [e.text for e in legend_entries(few)] == ["Minutes"]  # a one-series chart has a legend too
    enough = minutes([10, 20, 30, 40])
    ser, fit = trend_line(enough)
    assert ser.name == "Minutes"
    assert fit.slope * 7 == pytest.approx(10) and fit.at(date(2026, 3, 2)) == pytest.approx(10)
    assert [e.text for e in legend_entries(enough)] == ["Minutes", "Trend"]
    text = chart_text(tmp_path, enough)
    assert "Trend" in text and "10 min" in text and "20 min" in text
    assert painted(enough, trend=True) != painted(enough, trend=False)  # the line is drawn
    # Two lines: the trend follows the one drawn on top, and says which.
    pain = ChartSpec("Pain", date(2026, 3, 1), date(2026, 3, 31),
                     (Series("Before", [(date(2026, 3, d), 6.0) for d in (2, 5, 9, 12)], 1, dashed=True),
                      Series("After", [(date(2026, 3, d), 8.0 - d / 3) for d in (2, 5, 9, 12)], 0)), y_max=10)
    assert [e.text for e in legend_entries(pain)] == ["Before", "After", "Trend (after)"]
    assert trend_line(pain)[1].slope == pytest.approx(-1 / 3)


# -- 5. notes are kept whole -----------------------------------------------------------------------

LONG = ("Ankle stiff in the morning, better after the calf stretch. " * 8).strip()  # well over 300 characters


def test_long_notes_are_typed_saved_and_shown_whole(make_pane, history, qtbot):
    ids = month_of_sessions(history, days=(11, 12))
    pane = make_pane(history.store)
    assert len(LONG) > 400
    pane.detail.notes.setFocus()
    qtbot.keyClicks(pane.detail.notes, LONG)
    assert pane.detail.notes.toPlainText() == LONG
    qtbot.mouseClick(pane.detail.save_button, Qt.MouseButton.LeftButton)
    assert pane.notice.label.text() == "Notes saved."
    assert history.repo.get_session(ids[12]).notes == LONG
    pane.list.selectRow(1)
    pane.list.selectRow(0)
    assert pane.detail.notes.toPlainText() == LONG


def test_the_closing_and_logging_boxes_keep_long_notes(qtbot, library):
    from rehab_desktop.ui.history.log_dialog import LogSessionDialog
    from rehab_desktop.ui.session.pain_dialogs import FinishDialog

    finish = FinishDialog("Done", None)
    qtbot.addWidget(finish)
    qtbot.keyClicks(finish.notes, LONG)
    assert finish.values()[2] == LONG
    log = LogSessionDialog(library, {}, date.today(), datetime.now().time().replace(microsecond=0))
    qtbot.addWidget(log)
    qtbot.keyClicks(log.notes, LONG)
    assert log.notes.toPlainText() == LONG


def test_notes_that_could_not_be_saved_come_back_in_the_box(make_pane, history, qtbot, monkeypatch):
    ids = month_of_sessions(history, days=(10, 11, 12))
    pane = make_pane(history.store)

    def refuse(session_id, notes):
        raise StoreError("The disk is full.")

    monkeypatch.setattr(pane.repo, "update_notes", refuse)
    qtbot.keyClicks(pane.detail.notes, "physio said: more balance work")
    pane.list.selectRow(1)  # moving on tries to save, and can't
    assert "What you typed is kept" in pane.notice.label.text()
    monkeypatch.undo()
    pane.list.selectRow(0)
    assert pane.detail.notes.toPlainText() == "physio said: more balance work"
    assert pane.detail.save_button.isEnabled()
    qtbot.mouseClick(pane.detail.save_button, Qt.MouseButton.LeftButton)
    assert history.repo.get_session(ids[12]).notes == "physio said: more balance work"


def test_notes_typed_are_saved_when_the_page_is_left(make_pane, history, qtbot):
    ids = month_of_sessions(history, days=(12,))
    pane = make_pane(history.store)
    qtbot.keyClicks(pane.detail.notes, "left for the Plan page")
    pane.hide()  # another page, or the window closing
    assert history.repo.get_session(ids[12]).notes == "left for the Plan page"


def test_weeks_before_the_first_session_do_not_make_a_trend():
    assert trend_line(minutes([0, 0, 0, 0, 0, 10])) is None  # one week of sessions: no direction yet
    ser, fit = trend_line(minutes([0, 0, 10, 20, 30, 40]))
    assert ser.points[0][0] == date(2026, 3, 16) and fit.slope * 7 == pytest.approx(10)


def test_a_notice_appears_without_moving_the_list_or_calendar(make_window, qapp):
    w = make_window()
    pane = w.history_pane()
    w.pages.setCurrentWidget(pane)
    qapp.processEvents()

    def places():
        return [c.mapTo(pane, c.rect().topLeft()) for c in (pane.list, pane.calendar)]

    before = places()
    pane.notice.show_message("Deleted the session of Monday 4 May, 3 sets.", "Undo", lambda: None)
    qapp.processEvents()
    assert pane.notice.isVisible() and places() == before
    pane.notice.show_message("Could not save the notes: the disk is full. What you typed is kept.")
    qapp.processEvents()
    assert places() == before
    pane.notice.dismiss()
    qapp.processEvents()
    assert places() == before
