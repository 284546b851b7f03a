"""A month calendar that marks days with sessions, planned days that were missed, and today when it is
planned (never a day after today: the plan may change before then), with a key under it that draws each
mark as the cells do (`paint_mark` does both)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from rehab_desktop.core import stats as S
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.stats import DayMark
from rehab_desktop.ui.common.chart_paint import SERIES_DARK, SERIES_LIGHT
from rehab_desktop.ui.common.style import is_dark, muted_text

Marks = Mapping[date, tuple[DayMark, ...]]

# What the key says for each mark, in the order it lists them (English; shown through translate).
LEGEND: tuple[tuple[DayMark, str], ...] = (
    (DayMark.DONE, QT_TRANSLATE_NOOP("ui.history.calendar", "Session done")),
    (DayMark.PARTLY, QT_TRANSLATE_NOOP("ui.history.calendar", "Partly done (sets skipped)")),
    (DayMark.PLANNED, QT_TRANSLATE_NOOP("ui.history.calendar", "Planned")),
    (DayMark.MISSED, QT_TRANSLATE_NOOP("ui.history.calendar", "Planned, missed")),
)


def mark_radius(cell_height: float) -> float:
    """A mark's radius in a calendar row of this height (the key uses the same)."""
    return max(2.5, cell_height / 11)


def mark_colour(mark: DayMark, palette: QPalette) -> QColor:
    series = SERIES_DARK if is_dark(palette) else SERIES_LIGHT
    if mark in (DayMark.DONE, DayMark.PARTLY):
        return QColor(series[0])
    return QColor(series[1]) if mark is DayMark.MISSED else muted_text(palette)


def paint_mark(painter: QPainter, centre: QPointF, r: float, mark: DayMark, palette: QPalette,
               colour: QColor | None = None) -> None:
    """One mark: a filled dot (done), a half-filled one (partly done), a ring (planned; orange: missed).

    The shapes differ as well as the colours, so the marks read without telling colours apart.
    """
    colour = colour if colour is not None else mark_colour(mark, palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if mark is DayMark.DONE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, r, r)
    elif mark is DayMark.PARTLY:
        box = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPie(box, 90 * 16, 180 * 16)  # the left half
        painter.setPen(QPen(colour, max(1.0, r / 3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, r - max(1.0, r / 3) / 2, r - max(1.0, r / 3) / 2)
    else:
        painter.setPen(QPen(colour, max(1.5, r / 2.2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, r * 1.1, r * 1.1)
    painter.restore()


def grid_range(year: int, month: int) -> tuple[date, date]:
    """The first and last day the calendar's six rows show for a month (Monday first): the days of the
    months either side are marked too, so a week that spans two months reads whole."""
    first = date(year, month, 1)
    back = (first.weekday() - S.WEEK_STARTS) % 7 or 7  # Qt shows at least one day of the month before
    start = first - timedelta(days=back)
    return start, start + timedelta(days=41)


class HistoryCalendar(QCalendarWidget):
    """QCalendarWidget with painted marks: a dot per session (half for partly done), a ring for a planned day."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFirstDayOfWeek(Qt.DayOfWeek(S.WEEK_STARTS + 1))
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        for name, text in (("qt_calendar_prevmonth", translate("ui.history.calendar", "Previous month")),
                           ("qt_calendar_nextmonth", translate("ui.history.calendar", "Next month")),
                           ("qt_calendar_calendarview", translate("ui.history.calendar", "Days of the month"))):
            part = self.findChild(QWidget, name)
            if part is not None:
                part.setAccessibleName(text)
        self.setGridVisible(False)
        self.setAccessibleName(translate("ui.history.calendar", "Calendar of sessions"))
        self._fit()
        self._marks: Marks = {}
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

    def set_marks(self, marks: Marks) -> None:
        """The marks of the days shown (`core.stats.day_marks` over `grid_range`)."""
        self._marks = marks
        for qd in self._bold:
            self.setDateTextFormat(qd, QTextCharFormat())
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        self._bold = [QDate(d.year, d.month, d.day) for d, m in marks.items()
                      if m and m[0] in (DayMark.DONE, DayMark.PARTLY)]
        for qd in self._bold:  # bold as well as a dot: readable for those who can't tell the colours apart
            self.setDateTextFormat(qd, bold)
        self.updateCells()

    def marks_on(self, day: date) -> tuple[DayMark, ...]:
        """What the cell of `day` shows."""
        return tuple(self._marks.get(day, ()))

    def select_day(self, day: date) -> None:
        self.setSelectedDate(QDate(day.year, day.month, day.day))

    def selected_day(self) -> date:
        return self.selectedDate().toPython()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        marks = self._marks.get(qdate.toPython(), ())
        if not marks:
            return
        palette = self.palette()
        r = mark_radius(rect.height())
        y = rect.bottom() - r - 2
        selected = self.selectedDate() == qdate and marks[0] in (DayMark.DONE, DayMark.PARTLY)
        colour = palette.color(palette.ColorRole.HighlightedText) if selected else None
        n = len(marks)
        for i, mark in enumerate(marks):
            paint_mark(painter, QPointF(rect.center().x() + (i - (n - 1) / 2) * 3 * r, y), r, mark, palette, colour)


class _Swatch(QWidget):
    """One mark, painted by `paint_mark` at the size the calendar's rows give it."""

    def __init__(self, mark: DayMark, parent: QWidget | None = None):
        super().__init__(parent)
        self.mark = mark
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def radius(self) -> float:
        return mark_radius(self.fontMetrics().height() * 1.5)

    def sizeHint(self) -> QSize:
        side = int(2 * self.radius() * 1.1 + 4) + 1
        return QSize(side, max(side, self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        paint_mark(p, QRectF(self.rect()).center(), self.radius(), self.mark, self.palette())
        p.end()


class CalendarLegend(QWidget):
    """The calendar's key: each mark beside what it means, two to a line (a grid, not a wrapping row:
    its height never depends on its width, so the page's minimum size accounts for it at any text size)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(translate("ui.history.calendar", "Calendar key"))
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setVerticalSpacing(2)
        self.swatches: dict[DayMark, _Swatch] = {}
        self.labels: dict[DayMark, QLabel] = {}
        for n, (mark, english) in enumerate(LEGEND):
            text = translate("ui.history.calendar", english)
            item = QWidget(self)
            row = QHBoxLayout(item)
            row.setSpacing(4)
            row.setContentsMargins(0, 0, 12, 0)
            swatch = _Swatch(mark, item)
            label = QLabel(text, item)
            label.setAccessibleName(f"{text}: {translate('ui.history.calendar', _SHAPE[mark])}")
            row.addWidget(swatch)
            row.addWidget(label, 1)
            lay.addWidget(item, n // 2, n % 2)
            self.swatches[mark], self.labels[mark] = swatch, label

    def texts(self) -> list[str]:
        return [self.labels[mark].text() for mark, _ in LEGEND]


_SHAPE = {DayMark.DONE: QT_TRANSLATE_NOOP("ui.history.calendar", "a filled dot"),
          DayMark.PARTLY: QT_TRANSLATE_NOOP("ui.history.calendar", "a half-filled dot"),
          DayMark.PLANNED: QT_TRANSLATE_NOOP("ui.history.calendar", "a grey ring"),
          DayMark.MISSED: QT_TRANSLATE_NOOP("ui.history.calendar", "an orange ring")}
