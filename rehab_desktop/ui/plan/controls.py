"""Small builders the plan pane uses for its labelled fields, buttons, keyboard actions and wrapping lists."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


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


class WrapDelegate(QStyledItemDelegate):
    """Sizes each row of a word-wrapping list for the list's width as it is now: Qt's own measure
    can use a width from before the scroll bar appeared, and the lines that no longer fit are elided."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index):
        opt = QStyleOptionViewItem(option)
        spacing = getattr(self.view, "spacing", lambda: 0)()
        # The style wraps only within a valid rectangle (the height is not used to measure).
        opt.rect = QRect(0, 0, max(1, self.view.viewport().width() - 2 * spacing), max(1, opt.rect.height()))
        return super().sizeHint(opt, index)


def wrap_rows(view: QAbstractItemView) -> None:
    """Rows wrap their text at the list's width and are as tall as the wrapped text."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrapDelegate(view))
