"""The Exercises page: the list, the instructions and the timer, in the shape the room allows.

Three panes side by side when they fit at the current text size; else the list folds away and
takes the instructions' place when asked for (Ctrl+L, or the "Exercise list" button), the timer
always in view; on a window too narrow even for that, one pane at a time. The timer keeps the
width it needs to show its controls without scrolling.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.exercises.browser import BrowserPane
from rehab_desktop.ui.exercises.instructions import InstructionView
from rehab_desktop.ui.session.bar import SessionBar
from rehab_desktop.ui.timer.panel import TimerPanel

LIST_CHARS = 30  # the list reads well from about this many characters a line
READING_CHARS = 26  # the instructions read well from about this many


class Shape(Enum):
    THREE = 3  # list, instructions, timer
    TWO = 2  # list or instructions, and the timer
    ONE = 1  # one pane at a time


class ExercisePage(QWidget):
    """Holds the panes and decides their shape; the window wires what they do."""

    shape_changed = Signal(object)

    def __init__(self, browser: BrowserPane, instructions: InstructionView, timer_panel: TimerPanel,
                 session_bar: SessionBar, parent=None):
        super().__init__(parent)
        self.browser, self.instructions, self.timer_panel, self.session_bar = (
            browser, instructions, timer_panel, session_bar)
        # Scrollable only as a last resort: the shape is chosen so that it never has to.
        self.timer_area = QScrollArea(self)
        self.timer_area.setWidget(timer_panel)
        self.timer_area.setWidgetResizable(True)
        self.timer_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.timer_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timer_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click on the timer keeps focus where it was
        # The list and the instructions share a column under the session bar; the timer has the
        # full height beside them, whatever the bar and the pane switcher take.
        self.inner = QSplitter(Qt.Orientation.Horizontal, self)
        self.inner.setObjectName("listSplitter")
        self.inner.setChildrenCollapsible(False)
        for w, stretch in ((browser, 0), (instructions, 1)):
            self.inner.addWidget(w)
            self.inner.setStretchFactor(self.inner.indexOf(w), stretch)
            w.setMinimumWidth(120)
        self.left = QWidget(self)
        self.left.setMinimumWidth(120)  # what it holds wraps; arrange() gives it the room it needs
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.timer_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.timer_area.setMinimumWidth(120)

        # Which pane shows when not all of them fit.
        self.switcher = QWidget(self)
        self.switcher.setAccessibleName(translate("ui.shell.exercise_page", "Show", "which pane to show"))
        self.buttons = QButtonGroup(self)
        self.list_button = self._switch_button(translate("ui.shell.exercise_page", "List  (Ctrl+L)"),
                                               translate("ui.shell.exercise_page", "Show the exercise list"), browser)
        self.reading_button = self._switch_button(translate("ui.shell.exercise_page", "Instructions  (Ctrl+I)"),
                                                  translate("ui.shell.exercise_page", "Show the instructions"),
                                                  instructions)
        self.timer_button = self._switch_button(translate("ui.shell.exercise_page", "Timer"),
                                                translate("ui.shell.exercise_page", "Show the timer"), self.timer_area)
        sl = FlowLayout(self.switcher)
        sl.setContentsMargins(8, 4, 8, 4)
        for b in (self.list_button, self.reading_button, self.timer_button):
            sl.addWidget(b)

        self.left_layout.addWidget(session_bar)
        self.left_layout.addWidget(self.switcher)
        self.left_layout.addWidget(self.inner, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.splitter, 1)

        self.shape = Shape.THREE
        self.shown_pane: QWidget = instructions  # in the narrower shapes
        self.user_sizes: list[int] | None = None  # the splitter as the person left it
        self._arranging = False
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.arrange)
        self.splitter.splitterMoved.connect(self._moved)
        self.inner.splitterMoved.connect(self._moved)
        timer_panel.shape_changed.connect(self._pending.start)
        browser.view.clicked.connect(lambda _index: self._after_pick())
        browser.exercise_activated.connect(lambda _id: self._after_pick())

    def _switch_button(self, text: str, tip: str, pane: QWidget) -> QPushButton:
        b = QPushButton(text, self.switcher)
        b.setCheckable(True)
        b.setAccessibleName(tip)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.clicked.connect(lambda: self.show_pane(pane))
        self.buttons.addButton(b)
        return b

    # -- what the window asks ----------------------------------------------------------

    def show_pane(self, pane: QWidget) -> None:
        """Bring `pane` (the browser, the instructions or the timer area) into view."""
        if self.shape is Shape.TWO and pane is self.timer_area:
            return  # the timer is always in view in this shape
        self.shown_pane = pane
        self._apply_visibility()

    def is_showing(self, pane: QWidget) -> bool:
        return pane.isVisibleTo(self)

    def saved_sizes(self) -> QByteArray:
        """The three panes' widths as the person left them (for settings.ini)."""
        sizes = self.user_sizes or []
        return QByteArray(("sizes:" + ",".join(str(n) for n in sizes)).encode())

    def restore_sizes(self, saved: QByteArray) -> None:
        """Widths from saved_sizes(); anything else (an older window layout) is ignored."""
        text = bytes(saved.data()).decode("ascii", "replace")
        try:
            sizes = [int(n) for n in text.removeprefix("sizes:").split(",")] if text.startswith("sizes:") else []
        except ValueError:
            sizes = []
        self.user_sizes = sizes if len(sizes) == 3 and all(n > 0 for n in sizes) else None
        self._pending.start()

    # -- the shape --------------------------------------------------------------------

    def needs(self) -> tuple[int, int, int]:
        """(list, instructions, timer) widths that show each whole at the current text size."""
        list_w = max(self.browser.minimumSizeHint().width(), LIST_CHARS * self.browser.fontMetrics().averageCharWidth())
        reading = READING_CHARS * self.instructions.fontMetrics().averageCharWidth() + 40
        timer = self.timer_panel.needed_width(self.height()) + self._scroll_bar()
        return list_w, reading, timer

    def arrange(self) -> None:
        if self._arranging or self.width() <= 0:
            return
        self._arranging = True
        try:
            list_w, reading, timer = self.needs()
            handle = self.splitter.handleWidth()
            width = self.width()
            if list_w + reading + timer + 2 * handle <= width:
                shape = Shape.THREE
            elif reading + timer + handle <= width:
                shape = Shape.TWO
            else:
                shape = Shape.ONE
            changed = shape is not self.shape
            self.shape = shape
            self._apply_visibility()
            self._size_panes(list_w, reading, timer)
            self.timer_panel.fit(self.timer_area.width() - self._scroll_bar(), self.height())
            if changed:
                self.shape_changed.emit(shape)
        finally:
            self._arranging = False

    def arrange_hidden(self) -> None:
        """The shape and pane sizes worked out before the page is first shown (its size already set):
        the column of the list and the instructions has a layout of its own, which runs between the two."""
        self.layout().activate()
        self.arrange()
        for splitter in (self.splitter, self.inner):  # hidden panes give up their handles now, not once shown
            splitter.refresh()
        self.left_layout.activate()
        self.arrange()

    def _apply_visibility(self) -> None:
        shape = self.shape
        if shape is Shape.THREE:
            visible = {self.browser, self.instructions, self.timer_area}
        elif shape is Shape.TWO:
            left = self.shown_pane if self.shown_pane in (self.browser, self.instructions) else self.instructions
            visible = {left, self.timer_area}
        else:
            visible = {self.shown_pane}
        focus = self.focusWidget()
        for pane in (self.browser, self.instructions, self.timer_area):
            pane.setVisible(pane in visible)
        self.left.setVisible(bool(visible & {self.browser, self.instructions}))
        # One pane at a time: the switcher stays in view above whichever it is.
        holder = self.layout() if shape is Shape.ONE else self.left_layout
        if self.switcher.parentWidget() is not (self if shape is Shape.ONE else self.left):
            holder.insertWidget(0 if shape is Shape.ONE else 1, self.switcher)
        self.switcher.setVisible(shape is not Shape.THREE)
        self.timer_button.setVisible(shape is Shape.ONE)
        for b, pane in ((self.list_button, self.browser), (self.reading_button, self.instructions),
                        (self.timer_button, self.timer_area)):
            b.setChecked(pane in visible and shape is not Shape.THREE and (
                shape is Shape.ONE or pane is not self.timer_area))
        if focus is not None and not focus.isVisible():  # focus never stays on a hidden pane
            target = self.browser.view if self.browser in visible else self.instructions
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _size_panes(self, list_w: int, reading: int, timer: int) -> None:
        """Keep the person's pane sizes where they show every pane whole; else make room."""
        handle = self.splitter.handleWidth()
        total = self.width()
        want = self.user_sizes or [int(total * 0.27), int(total * 0.43), int(total * 0.30)]
        if self.shape is Shape.ONE:
            return
        if self.shape is Shape.THREE:
            room = total - 2 * handle
            sizes = _share(room, [list_w, reading, timer], want)
            self.splitter.setSizes([sizes[0] + sizes[1] + handle, sizes[2]])
            self.inner.setSizes(sizes[:2])
        else:
            room = total - handle
            sizes = _share(room, [reading, timer], [want[0] + want[1], want[2]])
            self.splitter.setSizes(sizes)

    def _scroll_bar(self) -> int:
        """Room for the timer's scroll bar, shown when only its less used buttons are below the fold."""
        return self.timer_area.verticalScrollBar().sizeHint().width()

    def _moved(self, _pos: int, _index: int) -> None:
        if self._arranging:
            return
        if self.shape is Shape.THREE:
            outer, inner = self.splitter.sizes(), self.inner.sizes()
            self.user_sizes = [inner[0], inner[1], outer[1]]
        self._pending.start()

    def _after_pick(self) -> None:
        """An exercise chosen by click or Enter: where the list covers the instructions, show them."""
        if self.shape is not Shape.THREE and self.shown_pane is self.browser:
            self.show_pane(self.instructions)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._pending.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._pending.start()


def _share(room: int, needs: list[int], wanted: list[int]) -> list[int]:
    """Sizes that give each pane at least what it needs and share the rest as `wanted` leans."""
    spare = max(0, room - sum(needs))
    lean = [max(0, w - n) for w, n in zip(wanted, needs, strict=True)]
    total = sum(lean)
    sizes = [n + round(spare * (x / total if total else 1 / len(needs))) for n, x in zip(needs, lean, strict=True)]
    sizes[-1] += room - sum(sizes) if spare else 0
    return sizes
