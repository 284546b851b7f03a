"""Where figures sit: beside the countdown, across the top of the instructions, and as small
stills in the exercise list (drawn once per exercise, size and colours, then kept)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, QSize
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from rehab_desktop.core.exercises import Exercise
from rehab_desktop.ui.figures.motion import FigureDriver, FigureSettings
from rehab_desktop.ui.figures.view import FigureView

GAP = 12
FACE_SHARE = 0.6  # beside the pane's countdown, the countdown keeps about this much of the room


@dataclass(frozen=True)
class Split:
    face: QRect
    figure: QRect | None  # None: no room for a figure worth drawing


def split(width: int, height: int, face_min: int, figure_min: int, aspect: float, keep_face: bool) -> Split:
    """Share `width`×`height` between a square countdown and a figure `aspect` wide (w/h), beside
    or above it, whichever draws the figure larger. The countdown never goes below `face_min`;
    with `keep_face` it keeps the side it would have alone. No figure under `figure_min` px tall."""
    best: tuple[float, Split] | None = None
    for beside in (True, False):
        long, short = (width, height) if beside else (height, width)
        face = min(long, short) if keep_face else max(face_min, min(short, round(long * FACE_SHARE)))
        room = long - face - GAP
        if room <= 0:
            continue
        box_w, box_h = (room, short) if beside else (short, room)
        drawn_h = min(box_h, box_w / aspect)
        if drawn_h < figure_min:
            continue
        fig_long = round(drawn_h * aspect) if beside else round(drawn_h)  # the figure's box, tight
        if not keep_face:
            face = long - GAP - fig_long  # what the figure leaves goes back to the countdown
        start = max(0, (long - fig_long - GAP - face) // 2)
        if beside:
            s = Split(QRect(start + fig_long + GAP, 0, face, height), QRect(start, 0, fig_long, height))
        else:
            s = Split(QRect(0, start + fig_long + GAP, width, face), QRect(0, start, width, fig_long))
        if best is None or drawn_h > best[0]:
            best = (drawn_h, s)
    return best[1] if best else Split(QRect(0, 0, width, height), None)


class FaceAndFigure(QWidget):
    """The countdown with the figure beside or above it, where there is room for both; the
    countdown alone (at its full size) where there is not. Its least size is the countdown's."""

    def __init__(self, face: QWidget, view: FigureView | None, keep_face: bool, figure_min: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.face, self.view = face, view
        self.keep_face = keep_face
        self.figure_min = figure_min
        face.setParent(self)
        if view is not None:
            view.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(face.minimumSize())

    def sizeHint(self) -> QSize:
        return self.face.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.face.minimumSize()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        if self.view is None:
            self.face.setGeometry(self.rect())
            return
        s = split(self.width(), self.height(), self.face.minimumWidth(), self.figure_min, self.view.aspect(),
                  self.keep_face)
        self.face.setGeometry(s.face)
        if s.figure is None:
            self.view.hide()
        else:
            self.view.setGeometry(s.figure)
            self.view.show()

    def event(self, event) -> bool:
        if event.type() == event.Type.LayoutRequest:  # the figure's proportions changed
            self.place()
        return super().event(event)


class FigureStrip(QWidget):
    """The figure for the exercise the instructions show: each movement's side by side while
    browsing (inversion and eversion), only the current one while the timer works it."""

    def __init__(self, settings: FigureSettings, controller=None, parent: QWidget | None = None,
                 max_height: int = 300):
        super().__init__(parent)
        self.settings = settings
        self.controller = controller
        self.max_height = max_height
        self.drivers: list[FigureDriver] = []
        self.exercise: Exercise | None = None
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(GAP)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def show_exercise(self, exercise: Exercise) -> None:
        self.exercise = exercise
        keys = [m.key for m in exercise.dose.movements] if len(exercise.dose.movements) > 1 else [""]
        while len(self.drivers) < len(keys):
            view = FigureView(self, min_height=140, max_height=self.max_height)
            driver = FigureDriver(view, self.settings, self.controller, follow="own", parent=view)
            driver.mode_changed.connect(self._sync_views)
            self.lay.addWidget(view, 1)
            self.drivers.append(driver)
        for i, driver in enumerate(self.drivers):
            driver.show_exercise(exercise if i < len(keys) else None, keys[i] if i < len(keys) else "")
        self._sync_views()

    def views(self) -> list[FigureView]:
        return [d.view for d in self.drivers]

    def _sync_views(self) -> None:
        """Every movement while browsing; the one being timed (the first view follows it) while it runs."""
        count = len(self.exercise.dose.movements) if self.exercise and len(self.exercise.dose.movements) > 1 else 1
        following = bool(self.drivers) and self.drivers[0].following
        for i, driver in enumerate(self.drivers):
            driver.view.setVisible(i < (1 if following else count))


class Thumbnails(QObject):
    """Small stills (the held position, no labels) for the exercise list, drawn when a row is first
    painted (so the list's first frame has them) and kept per exercise, size, side and colours."""

    def __init__(self, settings: FigureSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self._cache: dict[tuple, QPixmap] = {}

    @property
    def enabled(self) -> bool:
        return self.settings.thumbnails

    def pixmap(self, exercise: Exercise, size: QSize, palette: QPalette, ratio: float = 1.0) -> QPixmap:
        """The still for `exercise`, drawn the first time it is asked for."""
        side = self.settings.browse_side(exercise)
        key = (exercise.id, size.width(), size.height(), ratio, side,
               palette.color(QPalette.ColorRole.Window).rgba(), palette.color(QPalette.ColorRole.WindowText).rgba())
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._draw(exercise, size, palette, ratio, side)
        return found

    def _draw(self, exercise: Exercise, size: QSize, palette: QPalette, ratio: float, side) -> QPixmap:
        from rehab_desktop.core.figures import Stage, build_frame
        from rehab_desktop.ui.figures.paint import render_image

        spec = self.settings.book().get(exercise.id, exercise.dose.movements[0].key)
        frame = build_frame(spec, side, Stage.HELD) if spec is not None else None
        image = render_image(frame, size.width(), size.height(), palette, labels=False, background=True,
                             device_pixel_ratio=ratio)
        return QPixmap.fromImage(image)


def timer_figure(settings: FigureSettings, controller, parent: QWidget | None = None, min_height: int = 90,
                 max_height: int = 16777215) -> FigureView:
    """A figure that shows whatever the timer has, in step with it (its driver lives with the view)."""
    view = FigureView(parent, min_height=min_height, max_height=max_height)
    view.driver = FigureDriver(view, settings, controller, follow="always", parent=view)
    return view
