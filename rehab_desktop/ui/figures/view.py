"""The widget that shows one exercise figure: one frame painted to fit, or the neutral placeholder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QFontInfo, QPainter
from PySide6.QtWidgets import QAccessibleWidget, QSizePolicy, QWidget

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.ui.common.style import backdrop

if TYPE_CHECKING:  # core.figures is imported when a figure is first drawn, not at start-up
    from rehab_desktop.core.figures import Frame

LABELS_FROM_PX = 220  # the view's height from which the cue labels are drawn
LABEL_SHARE = 0.052  # paint.py's label size, as a share of a height unit in pixels
MIN_LABEL_PX = 11  # labels smaller than this are left out: too small to read
MIN_LABEL_OF_TEXT = 0.55  # nor much smaller than the text size the person chose (200 %: only large figures)
PLACEHOLDER_ASPECT = 0.8  # width / height of the neutral figure, and of a view not drawn yet
NO_DRAWING = QT_TRANSLATE_NOOP("ui.figures.view", "No drawing for this exercise yet: follow the written steps.")


class FigureView(QWidget):
    """Paints one figure frame, keeping its proportions; a placeholder when there is no drawing.

    `first_shown` is emitted the first time the view is about to be painted: whoever drives it
    loads the figures and gives it its frame then, so the first frame on screen already shows
    the figure (nothing drawn in afterwards), and a view never shown costs nothing."""

    first_shown = Signal()

    def __init__(self, parent: QWidget | None = None, min_height: int = 90, max_height: int = 16777215,
                 labels: bool = True):
        super().__init__(parent)
        _install_accessible_factory()
        self.frame: Frame | None = None
        self.placeholder = False  # True: there is no drawing for it; the neutral figure is painted
        self.min_height = min_height
        self.max_height = max_height
        self.labels = labels  # False: never draw the labels (a small still)
        self._shown_once = False
        self._aspect = PLACEHOLDER_ASPECT
        # It paints its own background: a moving figure's frames repaint it alone, not the panes behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(round(min_height * 0.6), min_height)
        self.setAccessibleName(translate("ui.figures.view", NO_DRAWING))

    # -- what is shown -----------------------------------------------------------------

    def show_frame(self, frame: Frame | None, alt: str = "") -> None:
        """Show `frame` (None: the placeholder); `alt` is what a screen reader says it is."""
        placeholder = frame is None
        if frame is self.frame and placeholder == self.placeholder:
            return
        before = self.frame
        self.frame, self.placeholder = frame, placeholder
        name = alt if frame is not None and alt else translate("ui.figures.view", NO_DRAWING)
        if name != self.accessibleName():
            self.setAccessibleName(name)
        aspect = _aspect(frame)
        if abs(aspect - self._aspect) > 1e-3:
            self._aspect = aspect
            self.updateGeometry()
        self.update(self._changed_rect(before, frame))

    def _changed_rect(self, before: Frame | None, after: Frame | None) -> QRect:
        """The part of the view that differs between two frames: while a movement plays, only the
        limbs that move and their labels (a foot flexing repaints the foot); otherwise the whole view."""
        if before is None or after is None:
            return self.rect()
        from rehab_desktop.ui.figures.paint import changed_rect

        part = changed_rect(before, after, QRectF(self.rect()), self.draws_labels(), self.font())
        if part is None:
            return self.rect()
        return part.toAlignedRect().adjusted(-2, -2, 2, 2) & self.rect()

    def aspect(self) -> float:
        """Width over height of what is drawn (the same for every moment of a movement)."""
        return self._aspect

    def draws_labels(self) -> bool:
        """Whether the labels are drawn at the current size: only where they can be read."""
        if not self.labels or self.frame is None or self.height() < LABELS_FROM_PX:
            return False
        from rehab_desktop.ui.figures.paint import fit

        scale, _, _ = fit(self.frame, QRectF(self.rect()))
        least = max(MIN_LABEL_PX, MIN_LABEL_OF_TEXT * QFontInfo(self.font()).pixelSize())
        return LABEL_SHARE * scale >= least

    # -- size ------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.min_height, min(self.max_height, round(width / self._aspect)))

    def sizeHint(self) -> QSize:
        h = max(self.min_height, min(self.max_height, 240))
        return QSize(round(h * self._aspect), h)

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        if not self._shown_once:
            self._shown_once = True
            self.first_shown.emit()  # the driver gives the frame now, before this paint goes on
        painter = QPainter(self)
        painter.fillRect(event.rect(), backdrop(self))
        if self.frame is None and not self.placeholder:
            painter.end()
            return  # nothing asked for (no exercise yet)
        from rehab_desktop.ui.figures.paint import FigureColours, paint_frame, paint_placeholder

        colours = FigureColours.from_palette(self.palette())
        rect = QRectF(self.rect())
        if self.frame is None:
            paint_placeholder(painter, rect, colours)
        else:
            whole = event.rect() == self.rect()
            paint_frame(painter, rect, self.frame, colours, labels=self.draws_labels(), label_font=self.font(),
                        clip=None if whole else QRectF(event.rect()))
        painter.end()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.FontChange, event.Type.StyleChange):
            self.update()


def _aspect(frame: Frame | None) -> float:
    if frame is None:
        return PLACEHOLDER_ASPECT
    x0, y0, x1, y1 = frame.bounds
    return max(0.2, min(5.0, (x1 - x0) / max(1e-6, y1 - y0)))


_factory_installed = False


def _install_accessible_factory() -> None:
    """Screen readers meet a figure as a picture (role Graphic) named by its one-sentence text."""
    global _factory_installed
    if _factory_installed:
        return
    _factory_installed = True

    def factory(_key: str, obj):
        if isinstance(obj, FigureView):
            iface = QAccessibleWidget(obj, QAccessible.Role.Graphic)
            obj._accessible = iface  # kept with the widget: Qt's cache holds only a pointer
            return iface
        return None

    QAccessible.installFactory(factory)
