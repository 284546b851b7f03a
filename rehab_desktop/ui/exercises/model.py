"""Qt item model of the exercise library, grouped, with a proxy that searches and filters it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

ExerciseIdRole = Qt.ItemDataRole.UserRole + 1
DoseRole = Qt.ItemDataRole.UserRole + 2
IsGroupRole = Qt.ItemDataRole.UserRole + 3
QueueRole = Qt.ItemDataRole.UserRole + 4  # 1-based place in the session's routine, None when not in it
# Before the dose line of an exercise the user added (shown through `_own_mark`).
OWN_MARK = QT_TRANSLATE_NOOP("ui.exercises.model", "Your own \u00b7 ")


def _own_mark(ex: Exercise) -> str:
    return translate("ui.exercises.model", OWN_MARK) if ex.own else ""


class ExerciseModel(QStandardItemModel):
    """Group rows, each holding its exercises as children, in the article's order."""

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self._places: dict[str, int] = {}
        self.reload()

    def reload(self) -> None:
        """Rebuild the rows from the library (after the user's own exercises changed)."""
        self.clear()
        library = self.library
        for group in library.groups:
            g = QStandardItem(group.name)
            g.setData(True, IsGroupRole)
            g.setData(group.description, Qt.ItemDataRole.ToolTipRole)
            # Not enabled: keyboard navigation skips it, so Up/Down step from exercise to exercise.
            g.setFlags(Qt.ItemFlag.NoItemFlags)
            for ex in library.in_group(group.id):
                item = QStandardItem(ex.name)
                item.setData(ex.id, ExerciseIdRole)
                own = _own_mark(ex)
                item.setData(own + ex.dose.summary(mark=True), DoseRole)
                item.setData(False, IsGroupRole)
                item.setData(f"{ex.name}. {own}{ex.dose.summary()}", Qt.ItemDataRole.AccessibleTextRole)
                item.setEditable(False)
                g.appendRow(item)
            self.appendRow(g)
        if self._places:
            places, self._places = self._places, {}
            self.set_queued(places)

    def set_queued(self, places: dict[str, int]) -> None:
        """Mark the exercises in the routine with their place (and say it to screen readers)."""
        self._places = dict(places)
        for r in range(self.rowCount()):
            g = self.item(r)
            for c in range(g.rowCount()):
                item = g.child(c)
                ex = self.library[item.data(ExerciseIdRole)]
                place = places.get(ex.id)
                if item.data(QueueRole) != place:
                    item.setData(place, QueueRole)
                    queued = " " + translate("ui.exercises.model", "In the routine, number {place}.").format(
                        place=place) if place else ""
                    own = _own_mark(ex)
                    item.setData(f"{ex.name}. {own}{ex.dose.summary()}.{queued}", Qt.ItemDataRole.AccessibleTextRole)

    def index_of(self, exercise_id: str) -> QModelIndex:
        for r in range(self.rowCount()):
            g = self.item(r)
            for c in range(g.rowCount()):
                if g.child(c).data(ExerciseIdRole) == exercise_id:
                    return g.child(c).index()
        return QModelIndex()


class ExerciseFilter(QSortFilterProxyModel):
    """Search-as-you-type plus group, missing-equipment and impingement-emphasis filters."""

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.setRecursiveFilteringEnabled(True)
        self._terms: list[str] = []
        self._group = ""
        self._missing: frozenset[str] = frozenset()
        self._emphasis = ""
        self._text = {e.id: e.search_text() for e in library.exercises}

    def reload(self) -> None:
        """The library's exercises changed: search their new text."""
        self._text = {e.id: e.search_text() for e in self.library.exercises}
        self._refilter()

    def set_search(self, text: str) -> None:
        self._terms = text.casefold().split()
        self._refilter()

    def set_group(self, group_id: str) -> None:
        self._group = group_id
        self._refilter()

    def set_missing_equipment(self, tags) -> None:
        self._missing = frozenset(tags)
        self._refilter()

    def set_emphasis(self, emphasis: str) -> None:
        self._emphasis = emphasis
        self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, ex: Exercise) -> bool:
        if self._group and ex.group.id != self._group:
            return False
        if self._emphasis and not ex.suits(self._emphasis):
            return False
        if self._missing and not ex.possible_without(set(self._missing)):
            return False
        text = self._text.get(ex.id)
        if text is None:
            text = self._text[ex.id] = ex.search_text()
        return all(term in text for term in self._terms)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if index.data(IsGroupRole):
            return False  # shown through recursive filtering when a child matches
        ex = self.library.get(index.data(ExerciseIdRole))
        return ex is not None and self.accepts(ex)

    def visible_ids(self) -> list[str]:
        out = []
        for r in range(self.rowCount()):
            g = self.index(r, 0)
            out += [self.index(c, 0, g).data(ExerciseIdRole) for c in range(self.rowCount(g))]
        return out
