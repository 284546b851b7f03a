"""The plan editor's exercise picker: a combo box you can type part of a name into."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from rehab_desktop.core.exercises import Library


class ExercisePicker(QComboBox):
    """Every exercise by name (its group as the tooltip); typing filters by any part of the name."""

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName("Exercise to add; type to search")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        for ex in library.exercises:
            self.addItem(ex.name, ex.id)
            self.setItemData(self.count() - 1, ex.group.name, Qt.ItemDataRole.ToolTipRole)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.clear_choice()
        self.lineEdit().setPlaceholderText("Type to find an exercise")
        self.lineEdit().setAccessibleName("Exercise to add")

    def chosen_id(self) -> str | None:
        """The id of the exercise whose name is typed or picked; None when the text names none."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def clear_choice(self) -> None:
        self.setCurrentIndex(-1)
        self.clearEditText()
