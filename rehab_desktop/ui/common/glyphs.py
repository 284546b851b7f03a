"""The media and window glyphs on the app's buttons, drawn in the palette's button-text colour.

Fusion's own standard icons are dark pictures: on a dark button they all but vanish. These are
drawn when painted, in the colour the application palette has then, so a button set up once
follows every later switch between light and dark. The timer's glyphs are shapes of our own
(sharp at any text size); Qt's other one-colour pictures are recoloured, shape kept.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QStyle

SP = QStyle.StandardPixmap


def _polygon(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for p in points[1:]:
        path.lineTo(QPointF(*p))
    path.closeSubpath()
    return path


def _bars(*rects: tuple[float, float, float, float]) -> QPainterPath:
    path = QPainterPath()
    for r in rects:
        path.addRect(QRectF(*r))
    return path


def _reload() -> QPainterPath:
    """A circular arrow: an open ring from the upper right round the left to the right, a head at its end."""
    circle = QRectF(20, 20, 60, 60)
    ring = QPainterPath()
    ring.arcMoveTo(circle, 60)
    ring.arcTo(circle, 60, 285)
    stroker = QPainterPathStroker()
    stroker.setWidth(13)
    stroker.setCapStyle(Qt.PenCapStyle.FlatCap)
    shape = stroker.createStroke(ring)
    end = ring.pointAtPercent(1.0)
    angle = math.radians(ring.angleAtPercent(1.0))
    ahead, across = QPointF(math.cos(angle), -math.sin(angle)), QPointF(math.sin(angle), math.cos(angle))
    shape.addPath(_polygon(_xy(end + ahead * 16), _xy(end + across * 17), _xy(end - across * 17)))
    return _unit(shape.simplified())


def _xy(p: QPointF) -> tuple[float, float]:
    return p.x(), p.y()


def _unit(path: QPainterPath) -> QPainterPath:
    """A path drawn on a 100-unit square (curves are flattened finely there), brought to the unit square."""
    return QTransform.fromScale(0.01, 0.01).map(path)


def _corners() -> QPainterPath:
    """Full screen: four corner brackets."""
    path = QPainterPath()
    t, a, lo, hi = 0.11, 0.3, 0.12, 0.88
    for x, y, dx, dy in ((lo, lo, 1, 1), (hi, lo, -1, 1), (lo, hi, 1, -1), (hi, hi, -1, -1)):
        path.addPath(_polygon((x, y), (x + dx * a, y), (x + dx * a, y + dy * t), (x + dx * t, y + dy * t),
                              (x + dx * t, y + dy * a), (x, y + dy * a)))
    return path


# Shapes in a unit square, filled with the button text colour.
_SHAPES = {
    SP.SP_MediaPlay: lambda: _polygon((0.26, 0.14), (0.86, 0.5), (0.26, 0.86)),
    SP.SP_MediaPause: lambda: _bars((0.2, 0.16, 0.22, 0.68), (0.58, 0.16, 0.22, 0.68)),
    SP.SP_MediaStop: lambda: _bars((0.2, 0.2, 0.6, 0.6)),
    SP.SP_MediaSkipBackward: lambda: _bars((0.14, 0.16, 0.13, 0.68)) | _polygon((0.27, 0.5), (0.86, 0.14),
                                                                                  (0.86, 0.86)),
    SP.SP_MediaSkipForward: lambda: _bars((0.73, 0.16, 0.13, 0.68)) | _polygon((0.73, 0.5), (0.14, 0.14),
                                                                                 (0.14, 0.86)),
    SP.SP_BrowserReload: _reload,
    SP.SP_TitleBarMaxButton: _corners,
}
_PATHS: dict[SP, QPainterPath] = {}
# Qt's own pictures that are one dark colour: drawn again in the button text colour, shape kept.
_TINTED = frozenset(getattr(SP, name) for name in (
    "SP_ArrowBack", "SP_ArrowDown", "SP_ArrowForward", "SP_ArrowLeft", "SP_ArrowRight", "SP_ArrowUp",
    "SP_CommandLink", "SP_FileDialogBack", "SP_FileDialogToParent", "SP_MediaSeekBackward",
    "SP_MediaSeekForward", "SP_MediaVolume", "SP_MediaVolumeMuted", "SP_DockWidgetCloseButton",
    "SP_TitleBarCloseButton", "SP_TitleBarMinButton", "SP_TitleBarNormalButton", "SP_TitleBarShadeButton",
    "SP_TitleBarUnshadeButton", "SP_TitleBarContextHelpButton", "SP_ToolBarHorizontalExtensionButton",
    "SP_ToolBarVerticalExtensionButton"))
# The pictures on dialog buttons (OK, Close, Cancel...): dark or coloured, and the words say it all.
TEXT_ONLY = frozenset(kind for kind in SP if kind.name.startswith("SP_Dialog") and kind.name.endswith("Button"))


def has_glyph(kind: SP) -> bool:
    """Whether glyph_icon() draws this standard pixmap (a shape of its own, or Qt's recoloured)."""
    return kind in _SHAPES or kind in _TINTED


def glyph_colour(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour a glyph is drawn in: the palette's button text (disabled or selected as the mode says)."""
    palette = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)


class GlyphEngine(QIconEngine):
    """Paints one glyph in the application palette's colour of the moment: a shape of ours, or
    `source` (Qt's picture) with every pixel it covers in that colour."""

    def __init__(self, kind: SP, source: QIcon | None = None):
        super().__init__()
        self.kind, self.source = kind, source

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if self.source is not None:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))
            return
        path = _PATHS.get(self.kind)
        if path is None:
            path = _PATHS[self.kind] = _SHAPES[self.kind]()
        side = min(rect.width(), rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2)
        painter.scale(side, side)
        painter.setPen(QPen(Qt.PenStyle.NoPen))
        painter.setBrush(glyph_colour(mode))
        painter.drawPath(path)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        if self.source is not None:
            pixmap = QPixmap(self.source.pixmap(size, scale, QIcon.Mode.Normal, state))
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), glyph_colour(mode))
            painter.end()
            return pixmap
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        if self.source is not None:
            return self.source.actualSize(size, QIcon.Mode.Normal, state)
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list:
        return self.source.availableSizes(QIcon.Mode.Normal, state) if self.source is not None else []

    def clone(self) -> QIconEngine:
        twin = GlyphEngine(self.kind, self.source)
        _KEPT.append(twin)  # Qt owns the copy; Python must keep the object that answers its calls
        return twin

    def key(self) -> str:
        return "rehab-glyph"

    def isNull(self) -> bool:
        return False


# One icon per glyph for the whole run: the module holds them, so the Python engines behind them
# live as long as any button that shows them.
_ICONS: dict[SP, QIcon] = {}
_KEPT: list[GlyphEngine] = []


def glyph_icon(kind: SP, qt_picture: Callable[[], QIcon]) -> QIcon:
    """The glyph for a standard pixmap this module draws (see has_glyph); `qt_picture` gives Qt's own
    picture, asked for once, for the glyphs that recolour it."""
    icon = _ICONS.get(kind)
    if icon is None:
        engine = GlyphEngine(kind, None if kind in _SHAPES else qt_picture())
        _KEPT.append(engine)
        icon = _ICONS[kind] = QIcon(engine)
    return QIcon(icon)
