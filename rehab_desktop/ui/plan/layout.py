"""How the plan page is arranged for the room it has: three columns on a wide screen, the side
panels below the week at large text sizes, one column on a narrow window. Decided from the
widgets' own minimum widths and the font, never by clipping or sideways scrolling."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QScrollArea, QWidget

WIDE, BELOW, STACKED = "three columns", "side panels below", "one column"

# The columns' comfortable widths in average characters at the current text size (the width of
# a widget's own minimum can be far less than reads well: a list of wrapped lines, a spin box).
MIDDLE_CHARS = 30
SIDE_CHARS = 26
NAME_CHARS = 28
LIST_LINES = 9  # lines of a list's text shown when the page scrolls


def _need(widget: QWidget, chars: int) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth(), chars * widget.fontMetrics().averageCharWidth())


class PlanLayout(QObject):
    """Places the days, the day's editor and the side panels (today, printing) in a grid on `body`,
    again whenever the page is resized."""

    def __init__(self, pane, scroll: QScrollArea, body: QWidget, days: QWidget, days_list: QWidget,
                 middle: QWidget, side: QWidget):
        super().__init__(pane)
        self.pane, self.scroll = pane, scroll
        self.days, self.days_list, self.middle, self.side = days, days_list, middle, side
        self.side_parts = (pane.today_panel, pane.print_box)
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.mode = ""
        self.side_across: bool | None = None
        scroll.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll:
            self.fit(again=True)
        return False

    def fit(self, again: bool = False) -> str:
        """Fit the page to the width it shows at the current text size; returns the arrangement chosen.

        Chosen as QScrollArea places its bar: for the whole width first, and again for the width a
        vertical bar leaves when the page is then too tall, so the same size always gets the same shape.
        `again`: check once more when the layouts have settled (the page's height comes from size
        hints that reach it through posted events).
        """
        if again:
            QTimer.singleShot(0, self, self.fit)
        content = self.scroll.widget()
        m = content.layout().contentsMargins()
        full = self.scroll.width() - 2 * self.scroll.frameWidth()
        mode = self._fit(full - m.left() - m.right())
        # Size hints reach the page's outer layout through posted layout requests: deliver them
        # now, so its height is that of the shape just chosen, not the last one.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        height = content.heightForWidth(full) if content.hasHeightForWidth() else content.sizeHint().height()
        if max(height, content.minimumSizeHint().height()) > self.scroll.height() - 2 * self.scroll.frameWidth():
            mode = self._fit(full - m.left() - m.right() - self.scroll.verticalScrollBar().sizeHint().width())
        return mode

    def _fit(self, width: int) -> str:
        name = self.pane.name_edit  # room for a name; the buttons wrap under it when there is none
        name.setMinimumWidth(min(name.fontMetrics().averageCharWidth() * NAME_CHARS, max(0, width // 2)))
        mode = self.arrange(width)
        # Once the page scrolls (large text), the lists get room for a few entries each rather than
        # being squeezed to fit the window's height.
        lines = 0 if mode == WIDE else LIST_LINES
        for view in (self.pane.view, self.pane.today_panel.list):
            view.setMinimumHeight(view.fontMetrics().lineSpacing() * lines)
        return mode

    def arrange(self, width: int) -> str:
        """Choose and apply the arrangement for `width` pixels of page; returns it (WIDE, BELOW, STACKED)."""
        gap = max(6, self.grid.horizontalSpacing())
        days_w = self.days_list.sizeHint().width()
        middle_w, side_w = _need(self.middle, MIDDLE_CHARS), max(_need(p, SIDE_CHARS) for p in self.side_parts)
        if days_w + middle_w + side_w + 2 * gap <= width:
            mode = WIDE
        elif days_w + middle_w + gap <= width:
            mode = BELOW
        else:
            mode = STACKED
        # Below the week, today and printing sit side by side when both fit.
        across = mode != WIDE and sum(_need(p, SIDE_CHARS) for p in self.side_parts) + gap <= width
        self.days_list.setFixedWidth(days_w)
        if mode == STACKED:  # the days and the hint beside them, the hint wrapping in the rest of the row
            self.days.setMinimumWidth(0)
            self.days.setMaximumWidth(16777215)
        else:  # the hint under the days wraps to their width rather than widening the column
            self.days.setFixedWidth(days_w)
        if (mode, across) == (self.mode, self.side_across):
            return mode
        self.mode, self.side_across = mode, across
        for w in (self.days, self.middle, self.side):
            self.grid.removeWidget(w)
        for col in range(3):
            self.grid.setColumnStretch(col, 0)
        top = Qt.AlignmentFlag(0)
        if mode == WIDE:
            self.grid.addWidget(self.days, 0, 0, top)
            self.grid.addWidget(self.middle, 0, 1)
            self.grid.addWidget(self.side, 0, 2)
            self.grid.setColumnStretch(1, 3)
            self.grid.setColumnStretch(2, 2)
        elif mode == BELOW:
            self.grid.addWidget(self.days, 0, 0)
            self.grid.addWidget(self.middle, 0, 1)
            self.grid.addWidget(self.side, 1, 0, 1, 2)
            self.grid.setColumnStretch(1, 1)
        else:
            self.grid.addWidget(self.days, 0, 0)
            self.grid.addWidget(self.middle, 1, 0)
            self.grid.addWidget(self.side, 2, 0)
            self.grid.setColumnStretch(0, 1)
        for row in range(3):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(0, 1)
        self._direction(self.days.layout(), mode == STACKED)
        self._direction(self.side.layout(), across)
        # Side by side, printing shares the row with today; one above the other, today takes the height.
        self.side.layout().setStretch(1, 1 if across else 0)
        return mode

    @staticmethod
    def _direction(layout, across: bool) -> None:
        if isinstance(layout, QBoxLayout):
            layout.setDirection(QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom)
