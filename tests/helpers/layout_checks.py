"""What a person would see as broken in a laid-out window: controls outside the visible area,
text cut off, sideways scrolling. Used by the layout matrix tests."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollBar,
    QStyle,
    QWidget,
)


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` (in its own coordinates) that is on screen: clipped by every
    ancestor (a scroll area's viewport, a splitter pane, the window)."""
    top = widget.window()
    origin = widget.mapTo(top, widget.rect().topLeft()) if widget is not top else widget.rect().topLeft()
    clip = QRect(origin, widget.size())
    parent = widget.parentWidget() if widget is not top else None
    while parent is not None:
        corner = parent.mapTo(top, parent.rect().topLeft()) if parent is not top else parent.rect().topLeft()
        clip = clip.intersected(QRect(corner, parent.size()))
        parent = parent.parentWidget() if parent is not top else None
    return clip.translated(-origin)


def fully_visible(widget: QWidget) -> bool:
    """Shown, and every pixel of it inside the visible area of its window (nothing to scroll to)."""
    return widget.isVisibleTo(widget.window()) and widget.isVisible() and visible_rect(widget) == widget.rect()


def button_text_width(button: QAbstractButton) -> int:
    """The width a button needs to show its text and icon whole (not the style's 80 px floor)."""
    text = button.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    width = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        width += button.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button) + 4
    else:
        width += 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    return width


def problems(root: QWidget) -> list[str]:
    """Text cut off, controls narrower than their text, and sideways scroll bars under `root`."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.window() is not root.window():
            continue
        name = w.accessibleName() or w.objectName() or type(w).__name__
        if isinstance(w, QScrollBar):
            if w.orientation() == Qt.Orientation.Horizontal and w.maximum() > w.minimum() and \
                    isinstance(w.parentWidget() and w.parentWidget().parentWidget(), QAbstractScrollArea):
                area = w.parentWidget().parentWidget()
                found.append(f"horizontal scroll bar in {area.accessibleName() or type(area).__name__}")
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    found.append(f"label {name!r} {w.text()[:40]!r}: {w.height()} px high, needs {need}")
            elif w.width() + 1 < w.sizeHint().width() or w.height() + 1 < w.minimumSizeHint().height():
                found.append(f"label {name!r} {w.text()[:40]!r}: {w.width()}x{w.height()}, "
                             f"needs {w.sizeHint().width()}x{w.minimumSizeHint().height()}")
        elif isinstance(w, QAbstractButton) and w.text():
            need = button_text_width(w)
            if w.width() + 1 < need or w.height() + 1 < w.fontMetrics().height():
                found.append(f"{type(w).__name__} {name!r} {w.text()!r}: {w.width()}x{w.height()}, "
                             f"its text needs {need}x{w.fontMetrics().height()}")
        elif isinstance(w, (QComboBox, QAbstractSpinBox)) or (
                isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))):
            hint = w.minimumSizeHint()
            if w.width() + 1 < hint.width() or w.height() + 1 < hint.height():
                found.append(f"{type(w).__name__} {name!r}: {w.width()}x{w.height()}, "
                             f"needs {hint.width()}x{hint.height()}")
    return found
