"""The routine as a list to edit: the exercises still to come, moved up or down, taken out, or all cleared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.session import Refused
from rehab_desktop.ui.common.formatting import dose_text
from rehab_desktop.ui.common.style import fit_to_screen
from rehab_desktop.ui.session.controller import SessionController


class RoutineDialog(QDialog):
    """Done and current entries are shown for context and cannot be moved; the rest can."""

    def __init__(self, session: SessionController, library: Library, parent=None):
        super().__init__(parent)
        self.session = session
        self.library = library
        self.setWindowTitle(translate("ui.session.routine_dialog", "Edit the routine"))
        self.setAccessibleName(translate("ui.session.routine_dialog", "Edit the routine"))
        head = QLabel(translate("ui.session.routine_dialog", "The exercises run in this order. Alt+Up and Alt+Down "
                                "move the one selected; Delete takes it out."), self)
        head.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ui.session.routine_dialog", "Routine"))
        self.up = QPushButton(translate("ui.session.routine_dialog", "Move &up"), self)
        self.down = QPushButton(translate("ui.session.routine_dialog", "Move &down"), self)
        self.remove = QPushButton(translate("ui.session.routine_dialog", "&Remove"), self)
        self.clear = QPushButton(translate("ui.session.routine_dialog", "&Clear all"), self)
        close = QPushButton(translate("ui.session.routine_dialog", "Close"), self)
        close.setDefault(True)
        for button, key, shown, slot in (
                (self.up, "Alt+Up", translate("ui.session.routine_dialog", "Alt+Up", "a key"), lambda: self._move(-1)),
                (self.down, "Alt+Down", translate("ui.session.routine_dialog", "Alt+Down", "a key"),
                 lambda: self._move(1)),
                (self.remove, "Delete", translate("ui.session.routine_dialog", "Delete", "a key"), self._remove)):
            button.clicked.connect(slot)
            button.setToolTip(translate("ui.session.routine_dialog", "Key: {key}").format(key=shown))
            key_action = QAction(button.text().replace("&", ""), self)
            key_action.setShortcut(QKeySequence(key))
            key_action.triggered.connect(lambda _=False, b=button: b.isEnabled() and b.click())
            self.addAction(key_action)
        self.clear.clicked.connect(self._clear)
        close.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for b in (self.up, self.down, self.remove, self.clear):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        self._fill()
        fit_to_screen(self, 620, 460)

    def _fill(self, select: int | None = None) -> None:
        m = self.session.model
        self.list.clear()
        for i, entry in enumerate(m.entries):
            ex = self.library[entry.exercise_id]
            state = translate("ui.session.routine_dialog", "done", "an exercise of the routine") if i < m.index else \
                translate("ui.session.routine_dialog", "now", "the exercise of the routine under way") \
                if i == m.index else ""
            text = f"{i + 1}. {ex.name} \u2014 {dose_text(entry.dose)}" + (f"  ({state})" if state else "")
            item = QListWidgetItem(text, self.list)
            if i <= m.index:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        first = m.index + 1
        if select is None:
            select = first
        if first < len(m.entries):
            self.list.setCurrentRow(max(first, min(select, len(m.entries) - 1)))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        m = self.session.model
        row = self.list.currentRow()
        movable = m.index < row < len(m.entries)
        self.up.setEnabled(movable and row - 1 > m.index)
        self.down.setEnabled(movable and row + 1 < len(m.entries))
        self.remove.setEnabled(movable)
        self.clear.setEnabled(bool(m.entries))

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        result = self.session.model.move(row, row + delta)
        if not isinstance(result, Refused):
            self.session.routine_changed()
            self._fill(result)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if not isinstance(self.session.model.remove(row), Refused):
            self.session.routine_changed()
            self._fill(row)

    def _clear(self) -> None:
        self.session.clear_routine()
        self._fill()
