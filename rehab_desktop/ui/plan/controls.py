"""Small builders the plan pane uses for its labelled fields, buttons and keyboard actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def line(owner: QWidget, label: str, name: str, row: QHBoxLayout, stretch: int, limit: int) -> QLineEdit:
    edit = QLineEdit(owner)
    edit.setAccessibleName(name)
    edit.setMaxLength(limit)
    caption = QLabel(label, owner)
    caption.setBuddy(edit)
    row.addWidget(caption)
    row.addWidget(edit, stretch)
    return edit


def button(owner: QWidget, text: str, name: str, slot, row) -> QPushButton:
    b = QPushButton(text, owner)
    b.setAccessibleName(name)
    b.setToolTip(name)
    b.clicked.connect(slot)
    row.addWidget(b)
    return b


def action_button(owner: QWidget, act: QAction, row) -> QPushButton:
    """A button for `act` that is enabled exactly when the action is."""
    b = button(owner, act.text(), act.toolTip(), act.trigger, row)
    act.changed.connect(lambda: b.setEnabled(act.isEnabled()))
    return b


def action(owner: QWidget, text: str, keys, slot, scope: QWidget | None = None) -> QAction:
    act = QAction(text, scope or owner)
    act.setShortcut(QKeySequence(keys))
    act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if scope else
                           Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.setToolTip(f"{text.replace('&', '')} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    act.triggered.connect(slot)
    (scope or owner).addAction(act)
    return act
