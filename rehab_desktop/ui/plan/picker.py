"""The plan editor's exercise picker: a combo box you can type part of a name into."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import translate


class ExercisePicker(QComboBox):
    """Every exercise by name (its group as the tooltip); typing filters by any part of the name.

    Enter (or a click) on a match in the list of matches emits `picked` with its id; Enter with
    no match highlighted emits `entered`, for the pane to add what is typed.
    """

    picked = Signal(str)  # the id of the match chosen in the list that typing opens
    entered = Signal()  # Enter pressed in the box with no match highlighted

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(translate("ui.plan.picker", "Exercise to add; type to search"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.library = library
        self._fill()
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated[QModelIndex].connect(self._activated)
        self.clear_choice()
        self.lineEdit().setPlaceholderText(translate("ui.plan.picker", "Type to find an exercise"))
        self.lineEdit().setAccessibleName(translate("ui.plan.picker", "Exercise to add"))

    def _fill(self) -> None:
        for ex in self.library.exercises:
            self.addItem(ex.name, ex.id)
            group = translate("ui.plan.picker", "{group}, your own", "an own exercise's group").format(
                group=ex.group.name) if ex.own else ex.group.name
            self.setItemData(self.count() - 1, group, Qt.ItemDataRole.ToolTipRole)

    def reload(self) -> None:
        """The library's own exercises changed: list what can be chosen now."""
        self.blockSignals(True)
        self.clear()
        self._fill()
        self.blockSignals(False)
        self.clear_choice()

    def chosen_id(self) -> str | None:
        """The id of the exercise whose name is typed or picked; None when the text names none."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def matches(self) -> list[str]:
        """The ids of the exercises whose name contains the typed text (any case)."""
        text = self.currentText().strip().casefold()
        return [self.itemData(i) for i in range(self.count()) if text and text in self.itemText(i).casefold()]

    def clear_choice(self) -> None:
        self.setCurrentIndex(-1)
        self.clearEditText()

    def keyPressEvent(self, event) -> None:
        # Enter reaches the combo box once, after its line edit (which never takes it): with the
        # list of matches open or not. QComboBox would hand it back to the line edit, a second Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.completer().popup()
            if popup.isVisible() and popup.currentIndex().isValid():
                event.ignore()  # the completer goes on to activate the highlighted match: `picked`
            else:
                event.accept()
                popup.hide()
                self.entered.emit()
            return
        super().keyPressEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        exercise_id = index.data(Qt.ItemDataRole.UserRole)
        if exercise_id:
            # After the completer has put the match's name in the box, so the pane can clear it.
            QTimer.singleShot(0, self, lambda: self.picked.emit(exercise_id))
