"""The Qt list model over one weekday of a WeekPlan, with drag-and-drop reordering."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.plan import WeekPlan, dose_text

MIME_TYPE = "application/x-rehab-desktop-plan-entry"
ExerciseIdRole = Qt.ItemDataRole.UserRole + 1
DoseRole = Qt.ItemDataRole.UserRole + 2  # the entry's Prescription

_Index = QModelIndex | QPersistentModelIndex


class DayEntriesModel(QAbstractListModel):
    """Rows are one weekday's entries of a plan the pane owns; moves go through the plan itself."""

    moved = Signal(int, int)  # from row, to row: the pane saves and records the step for undo
    about_to_move = Signal()  # before a drag changes the plan, so the pane can keep an undo step

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.plan = WeekPlan()
        self.weekday = 0

    def show_day(self, plan: WeekPlan, weekday: int) -> None:
        self.beginResetModel()
        self.plan, self.weekday = plan, weekday
        self.endResetModel()

    def reload(self) -> None:
        """The plan changed underneath (an edit, undo, a program): show it again."""
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.plan.days[self.weekday])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        dose = self.plan.days[self.weekday][index.row()]
        ex = self.library.get(dose.exercise_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if ex is None:
                unknown = translate("ui.plan.model", "Unknown exercise '{id}'").format(id=dose.exercise_id)
                return f"{index.row() + 1}. {unknown}\n    " + translate("ui.plan.model", "not in the exercise library")
            return f"{index.row() + 1}. {ex.name}\n    {dose_text(ex, dose, mark=True)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = ex.name if ex else translate("ui.plan.model", "unknown exercise {id}").format(id=dose.exercise_id)
            detail = dose_text(ex, dose) if ex else translate("ui.plan.model", "not in the exercise library")
            return translate("ui.plan.model", "{number} of {count}: {exercise}, {dose}",
                             "a row of the day's list, read aloud").format(
                number=index.row() + 1, count=self.rowCount(), exercise=name, dose=detail)
        if role == Qt.ItemDataRole.ToolTipRole and ex is not None:
            return ex.key_instruction
        if role == ExerciseIdRole:
            return dose.exercise_id
        if role == DoseRole:
            return dose
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled  # between rows: where a dragged entry may land
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return formats().weekday_name(self.weekday) if role == Qt.ItemDataRole.DisplayRole else None

    # -- moving ------------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(self, source_parent: _Index, source_row: int, count: int, dest_parent: _Index,
                 dest_child: int) -> bool:
        """Move one row so it lands before `dest_child` (QListView's internal drag-and-drop calls this)."""
        n = self.rowCount()
        if source_parent.isValid() or dest_parent.isValid() or count != 1 or not 0 <= source_row < n:
            return False
        dest_child = max(0, min(n, dest_child))
        if dest_child in (source_row, source_row + 1):
            return False  # dropped where it already is
        self.about_to_move.emit()
        if not self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), dest_child):
            return False
        target = dest_child - 1 if dest_child > source_row else dest_child
        self.plan.move(self.weekday, source_row, target)
        self.endMoveRows()
        self.renumber()
        self.moved.emit(source_row, target)
        return True

    def move_entry(self, row: int, target: int) -> bool:
        """Move the entry at `row` to position `target` (0-based, after the move)."""
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if target > row else target)

    def renumber(self) -> None:
        """Row labels start with their position, so every row's text changes after a move."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, QByteArray(f"{self.weekday}:{rows[0] if rows else -1}".encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        """A dragged entry of this day dropped before `row` (or on `parent`'s row, or at the end).

        The move is done here, and False returned, so that a view never also removes the
        "source" rows as it would after a copy-style drop.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            day, source = (int(x) for x in bytes(data.data(MIME_TYPE)).decode().split(":"))
        except ValueError:
            return False
        if day != self.weekday or not 0 <= source < self.rowCount():
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)
        return False
