"""The month's sessions as a table: day, start, length, exercises, pain before and after."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.store import SessionSummary
from rehab_desktop.ui.common.formatting import clock_text, long_day, minutes_text, pain_text, short_day

COL_WHEN, COL_LENGTH, COL_EXERCISES, COL_PAIN = range(4)
# English; shown through translate("ui.history.session_list", ...).
HEADERS = (QT_TRANSLATE_NOOP("ui.history.session_list", "When"),
           QT_TRANSLATE_NOOP("ui.history.session_list", "Length"),
           QT_TRANSLATE_NOOP("ui.history.session_list", "Exercises"),
           QT_TRANSLATE_NOOP("ui.history.session_list", "Pain"))
SESSION_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_CENTRED = {COL_LENGTH, COL_EXERCISES, COL_PAIN}
# Roles as plain ints: data() runs for every cell on every repaint, and enum comparisons cost there.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_DESCRIBE = {int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleTextRole)}
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class SessionListModel(QAbstractTableModel):
    """Rows pushed in with `set_sessions`; newest first, as people look back from today."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._text: list[tuple[str, str, str, str]] = []

    def set_sessions(self, sessions: Sequence[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = sorted(sessions, key=lambda s: (s.started_at, s.id), reverse=True)
        by_hand = " \u00b7 " + translate("ui.history.session_list", "by hand", "a session entered by hand, not timed")
        now = translate("ui.history.session_list", "now", "the length of a session still in progress")
        self._text = [(_capital(f"{short_day(s.local_day)} \u00b7 {clock_text(s.started_at)}")
                       + (by_hand if s.entered_by_hand else ""),
                       now if s.is_open else _minutes(s), str(s.exercise_count),
                       pain_text(s.pain_before, s.pain_after)) for s in self._rows]
        self.endResetModel()

    def session(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ui.history.session_list", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if section in _CENTRED else int(Qt.AlignmentFlag.AlignLeft
                                                                                    | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._text[index.row()][index.column()]
        if role == _ALIGN:
            return _CENTRE if index.column() in _CENTRED else _LEFT
        if role in _DESCRIBE:
            return describe(self._rows[index.row()])
        if role == SESSION_ID_ROLE:
            return self._rows[index.row()].id
        return None


def _minutes(s: SessionSummary) -> str:
    """Whole minutes only ('65 min'): the column stays narrow; the detail and tooltip say '1 h 05 min'."""
    return "\u2014" if s.duration is None else f"{max(0, round(s.duration.total_seconds() / 60))} min"


def describe(s: SessionSummary) -> str:
    """The row in one sentence, for screen readers and tooltips."""
    length = translate("ui.history.session_list", "in progress", "a session not finished yet") if s.is_open \
        else minutes_text(s.duration)
    text = translate("ui.history.session_list", "{day} at {time}, {length}, {exercises} exercises, {sets} sets, "
                     "pain {before_after}", "day: 'Monday 4 May 2026'; time: '18:05'; length: '36 min'; "
                     "before_after: pain before and after, '5 \u2192 3'").format(
        day=long_day(s.local_day), time=clock_text(s.started_at), length=length, exercises=s.exercise_count,
        sets=s.sets_completed, before_after=pain_text(s.pain_before, s.pain_after))
    flags = s.pain_flag_count
    if flags:
        text += translate("ui.history.session_list", ", %n pain flag(s)", "the times it hurt, after the rest", flags)
    if s.entered_by_hand:
        text += translate("ui.history.session_list", ", entered by hand", "after the rest of the sentence")
    return _capital(text)


def _capital(text: str) -> str:
    """The first letter in capitals: a row and a sentence start with a day's name, lower case in some languages."""
    return text[:1].upper() + text[1:]


class SessionListView(QTableView):
    """The table of a month's sessions: whole rows, one at a time, no editing; Delete asks to delete."""

    delete_pressed = Signal()

    def __init__(self, model: SessionListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(translate("ui.history.session_list", "Sessions this month"))
        self._fit()

    @staticmethod
    def samples() -> tuple[str, str, str, str]:
        """A wide cell of each column, in the user's language ('Wed 30 Sep · 00:00', '100 min', 'Exercises', ...)."""
        return (f"{short_day(date(2026, 9, 30))} \u00b7 00:00", "100 min",
                translate("ui.history.session_list", HEADERS[COL_EXERCISES]), "10 \u2192 10")

    def _fit(self) -> None:
        # Sizes from the font, not the rows: measuring every cell on each month switch costs time.
        fm = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(int(fm.height() * 1.55))
        widths = self._widths()
        for col in (COL_LENGTH, COL_EXERCISES, COL_PAIN):
            self.horizontalHeader().resizeSection(col, widths[col])

    def _widths(self) -> list[int]:
        """Each column's width for its wide cell, or for its heading where that is wider (another language's)."""
        fm = self.fontMetrics()
        return [max(fm.horizontalAdvance(sample), fm.horizontalAdvance(translate("ui.history.session_list", head)))
                + 16 for sample, head in zip(self.samples(), HEADERS, strict=True)]

    def wanted_width(self) -> int:
        """Width that shows every column of a typical row without eliding."""
        columns = sum(self._widths())
        return columns + self.verticalScrollBar().sizeHint().width() + 6

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.currentIndex().isValid():
            self.delete_pressed.emit()  # as in a file manager
            return
        super().keyPressEvent(event)
