"""A layout that puts its items in a row and wraps them onto the next line when the row is full,
so a row of buttons never forces its window wider than the screen (large text, small screens)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapped like words; `stretch_last` lets the first item of the row
    take the room left on its line (a label before its buttons, say)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1, align_right: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.align_right = align_right
        self._heights: dict[int, int] = {}  # width -> height, until anything in the layout changes
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def invalidate(self) -> None:
        """Qt calls this whenever an item's text, size or visibility changes: heights are worked out again."""
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Qt asks this many times over for the same width while a window is laid out.
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One line of everything (what the row would like)."""
        w, h = 0, 0
        for item in self._visible():
            hint = _natural(item)
            w += hint.width() + (self.spacing_for() if w else 0)
            h = max(h, hint.height())
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item: everything else wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def spacing_for(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent) or 6

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing_for()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            hint = _natural(item).boundedTo(QSize(area.width(), 1 << 20))
            if item.hasHeightForWidth():
                hint.setHeight(item.heightForWidth(hint.width()))
            if lines[-1] and x + gap + hint.width() > area.width():
                lines.append([])
                x = 0
            x += (gap if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(h.height() for _i, h in line)
            used = sum(h.width() for _i, h in line) + gap * (len(line) - 1)
            spare = max(0, area.width() - used)
            x = area.x() + (spare if self.align_right else 0)
            for n, (item, hint) in enumerate(line):
                width = hint.width()
                grows = item.widget() is not None and item.widget().sizePolicy().horizontalPolicy() in (
                    QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
                if n == 0 and grows and not self.align_right:
                    width += spare
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


def _natural(item: QLayoutItem) -> QSize:
    """An item's size on one line: a word-wrapped label as wide as its whole text."""
    hint = item.sizeHint()
    label = item.widget()
    if isinstance(label, QLabel) and label.wordWrap() and label.textFormat() != Qt.TextFormat.RichText:
        m = label.contentsMargins()
        width = max(label.fontMetrics().horizontalAdvance(line) for line in (label.text() or " ").split("\n"))
        hint.setWidth(width + m.left() + m.right() + 2 * label.margin() + 2)
    return hint
