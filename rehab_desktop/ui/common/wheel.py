"""The mouse wheel changes a spin box, combo box or slider only once it has been clicked or tabbed to.

Scrolling a long form with the wheel otherwise changes whatever control passes under the pointer
(it switched the colour scheme by accident). Unfocused, the wheel scrolls the page around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class _WheelGuard(QObject):
    """Event filter: an unfocused control's wheel goes to the scroll area it sits in."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            viewport = area.viewport()
            global_pos = event.globalPosition()
            local = QPointF(viewport.mapFromGlobal(global_pos.toPoint()))
            QApplication.sendEvent(viewport, QWheelEvent(
                local, global_pos, event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
                event.phase(), event.inverted(), event.source()))
        return True  # never the control's own value


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


def wheel_only_when_focused(root: QWidget) -> None:
    """Guard every spin box, combo box and slider under `root` (and `root` itself, if it is one).

    Their focus becomes StrongFocus (a click or Tab, not the wheel, gives it), so the pointer
    passing over a control while the page scrolls leaves it alone.
    """
    guard = root.findChild(_WheelGuard, "wheel-guard")
    if guard is None:
        guard = _WheelGuard(root)
        guard.setObjectName("wheel-guard")
    controls = [w for w in [root, *root.findChildren(QWidget)]
                if isinstance(w, GUARDED) and not isinstance(w, QScrollBar)]  # a scroll bar is the scrolling
    for control in controls:
        if control.focusPolicy() != Qt.FocusPolicy.NoFocus:
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.removeEventFilter(guard)  # installing twice would filter twice
        control.installEventFilter(guard)
