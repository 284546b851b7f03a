"""A month calendar that marks days with sessions, planned days that were missed, and planned days ahead."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from PySide6.QtCore import QDate, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from rehab_desktop.ui.common.chart_paint import SERIES_DARK, SERIES_LIGHT
from rehab_desktop.ui.common.style import is_dark, muted_text


class HistoryCalendar(QCalendarWidget):
    """QCalendarWidget with painted markers: a dot per session, a ring for a missed planned day."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        for name, text in (("qt_calendar_prevmonth", "Previous month"), ("qt_calendar_nextmonth", "Next month"),
                           ("qt_calendar_calendarview", "Days of the month")):
            part = self.findChild(QWidget, name)
            if part is not None:
                part.setAccessibleName(text)
        self.setGridVisible(False)
        self.setAccessibleName("Calendar of sessions")
        self._fit()
        self._done: Mapping[date, int] = {}
        self._missed: Collection[date] = ()
        self._planned: Collection[date] = ()
        self._bold: list[QDate] = []
        # Weekends in the default red read as warnings here; every day is a normal day.
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(self.palette().ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, plain)

    def _fit(self) -> None:
        # Rows tall enough for the number and a marker under it (and never less than Qt needs).
        self.setMinimumHeight(0)
        self.setMinimumHeight(max(super().minimumSizeHint().height(), int(self.fontMetrics().height() * 1.5 * 8)))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def set_marks(self, done: Mapping[date, int], missed: Collection[date] = (),
                  planned: Collection[date] = ()) -> None:
        """Sessions per day, planned days missed, and planned days (today and later) for the shown month."""
        self._done, self._missed, self._planned = done, missed, planned
        for qd in self._bold:
            self.setDateTextFormat(qd, QTextCharFormat())
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        self._bold = [QDate(d.year, d.month, d.day) for d in done]
        for qd in self._bold:  # bold as well as a dot: readable for those who can't tell the colours apart
            self.setDateTextFormat(qd, bold)
        self.updateCells()

    def select_day(self, day: date) -> None:
        self.setSelectedDate(QDate(day.year, day.month, day.day))

    def selected_day(self) -> date:
        return self.selectedDate().toPython()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = qdate.toPython()
        if day.month != self.monthShown():
            return
        count = self._done.get(day, 0)
        missed = day in self._missed
        planned = day in self._planned
        if not (count or missed or planned):
            return
        palette = self.palette()
        dark = is_dark(palette)
        r = max(2.5, rect.height() / 11)
        y = rect.bottom() - r - 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if count:
            colour = QColor((SERIES_DARK if dark else SERIES_LIGHT)[0])
            if self.selectedDate() == qdate:
                colour = palette.color(palette.ColorRole.HighlightedText)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            n = min(count, 3)
            for i in range(n):
                painter.drawEllipse(QPointF(rect.center().x() + (i - (n - 1) / 2) * 3 * r, y), r, r)
        else:
            colour = QColor((SERIES_DARK if dark else SERIES_LIGHT)[1]) if missed else muted_text(palette)
            painter.setPen(QPen(colour, max(1.5, r / 2.2)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(rect.center().x(), y), r * 1.1, r * 1.1)
        painter.restore()
