"""How the history page is arranged for the room it has: the figures and their buttons in one row
or wrapped, the calendar beside a session's detail or above it. Decided from the widgets' own
sizes and the font, so large text changes the page's shape instead of clipping it or scrolling
it sideways; the page scrolls only vertically (FitScrollArea)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QPushButton, QScrollArea, QSplitter, QWidget

DETAIL_CHARS = 32  # a session's detail needs about this many average characters to read well
LIST_ROWS = 6  # sessions shown at once when the list and the calendar sit above the detail
LIST_ROWS_BESIDE = 3  # ... and when they sit beside it (the page scrolls rather than show fewer)


class FitScrollArea(QScrollArea):
    """Fills its viewport and scrolls only below the content's minimum size (large text, small screens).

    QScrollArea's own resizing goes by the preferred height whenever word-wrapped labels are inside,
    which would show a scroll bar at sizes where everything fits; so the pane never forces the
    window larger than the screen, and never scrolls when it needn't.
    """

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls on the page, not the page

    def _fit(self) -> None:
        content = self.widget()
        if content is not None:
            least = content.minimumSizeHint()
            view = self.maximumViewportSize()
            width = max(view.width(), least.width())
            if least.height() > view.height():  # the vertical bar takes its width from the view
                width = max(view.width() - self.verticalScrollBar().sizeHint().width(), least.width())
            content.resize(width, max(view.height(), least.height()))
            if content.width() > view.width():  # a horizontal bar takes height from the view
                content.resize(content.width(), max(self.viewport().height(), least.height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        self._fit()

    def refit(self) -> None:
        """The content's minimum size changed (its shape did): size it again."""
        self._fit()


def direction(layout: QBoxLayout, across: bool) -> None:
    want = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
    if layout.direction() != want:
        layout.setDirection(want)


class Figures:
    """The four figure tiles in a grid of 4, 2 or 1 columns, with their buttons beside or below them."""

    def __init__(self, top: QBoxLayout, grid: QGridLayout, tiles: Sequence[QWidget], buttons: QBoxLayout,
                 button_widgets: Sequence[QPushButton]):
        self.top, self.grid, self.tiles, self.buttons, self.button_widgets = top, grid, tiles, buttons, button_widgets
        self.columns = 0

    def arrange(self, width: int) -> None:
        gap = 6
        tile_ws = [t.minimumSizeHint().width() for t in self.tiles]
        buttons = [b.sizeHint().width() for b in self.button_widgets]
        one_row = sum(tile_ws) + gap * (len(tile_ws) - 1)
        beside = one_row + 12 + gap + max(buttons) <= width
        if beside or one_row <= width:
            columns = 4
        elif max(tile_ws[0] + tile_ws[1], tile_ws[2] + tile_ws[3]) + gap <= width:
            columns = 2
        else:
            columns = 1
        if columns != self.columns:
            self.columns = columns
            for tile in self.tiles:
                self.grid.removeWidget(tile)
            for col in range(4):
                self.grid.setColumnStretch(col, 1 if col < columns else 0)
            for n, tile in enumerate(self.tiles):
                self.grid.addWidget(tile, n // columns, n % columns)
        direction(self.top, beside)
        direction(self.buttons, not beside and sum(buttons) + gap * (len(buttons) - 1) <= width)


class Sessions:
    """The calendar and month's list beside the session's detail, or above it when both can't fit."""

    def __init__(self, splitter: QSplitter, calendar: QWidget, session_list, detail, body: QWidget):
        self.splitter, self.calendar, self.list, self.detail, self.body = splitter, calendar, session_list, detail, body
        self.orientation: Qt.Orientation | None = None

    def left_width(self) -> int:
        """What the calendar and the list need to show every column of a row whole."""
        return max(self.calendar.minimumSizeHint().width(), self.calendar.minimumWidth(), self.list.wanted_width())

    def arrange(self, width: int, shown: bool) -> None:
        left = self.left_width()
        detail = max(self.detail.minimumSizeHint().width(), DETAIL_CHARS * self.detail.fontMetrics().averageCharWidth())
        handle = self.splitter.handleWidth()
        across = left + handle + detail <= width
        orientation = Qt.Orientation.Horizontal if across else Qt.Orientation.Vertical
        fm = self.list.fontMetrics()
        rows = self.list.verticalHeader().defaultSectionSize()
        self.list.setMinimumHeight(self.list.horizontalHeader().sizeHint().height() + 2 * self.list.frameWidth()
                                   + (LIST_ROWS_BESIDE if across else LIST_ROWS) * rows)
        self.body.setMinimumHeight(0 if across else fm.lineSpacing() * 8)
        if orientation == self.orientation or not shown:
            return
        self.orientation = orientation
        self.splitter.setOrientation(orientation)
        if across:  # the left side as wide as its columns need; the detail takes the rest
            self.splitter.setSizes([left, max(1, width - left - handle)])
        else:
            self.splitter.setSizes([1, 1])  # the page scrolls: each part gets at least its minimum
