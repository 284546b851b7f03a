"""Paints an exercise figure's flat shapes with QPainter: crisp at any size, in either scheme."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from rehab_desktop.core.figures import Frame, Shape, floor_level, shape_box


@dataclass(frozen=True)
class FigureColours:
    """The figure's colours, taken from a palette so they follow the light or dark scheme."""

    background: QColor | None
    body: QColor
    work: QColor
    equipment: QColor
    equipment_edge: QColor
    pad: QColor
    band: QColor
    cue: QColor
    glow: QColor
    floor: QColor
    text: QColor
    outline: QColor  # a thin line between overlapping limbs: the page or window colour

    @classmethod
    def from_palette(cls, palette: QPalette, background: bool = False) -> FigureColours:
        window = palette.color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        text = palette.color(QPalette.ColorRole.WindowText)
        if dark:
            return cls(window if background else None, QColor("#9aa4ae"), QColor("#5fa2ec"), QColor("#4a4f55"),
                       QColor("#7d858d"), QColor("#3f7a63"), QColor("#f08a4b"), QColor("#f0a15c"),
                       QColor(240, 161, 92, 110), QColor("#7d858d"), text, window)
        return cls(window if background else None, QColor("#6b7682"), QColor("#1f5fa8"), QColor("#e2ddd5"),
                   QColor("#9a9186"), QColor("#a8d3bd"), QColor("#d9622b"), QColor("#c2410c"),
                   QColor(234, 120, 50, 90), QColor("#9a9186"), text, window)


def fit(frame: Frame, rect: QRectF) -> tuple[float, float, float]:
    """(scale, x offset, y offset) that fit the frame's bounds in `rect`, centred, y up."""
    x0, y0, x1, y1 = frame.bounds
    scale = min(rect.width() / max(1e-6, x1 - x0), rect.height() / max(1e-6, y1 - y0))
    ox = rect.left() + (rect.width() - (x1 - x0) * scale) / 2 - x0 * scale
    oy = rect.top() + (rect.height() - (y1 - y0) * scale) / 2 + y1 * scale
    return scale, ox, oy


def paint_frame(painter: QPainter, rect: QRectF, frame: Frame, colours: FigureColours,
                labels: bool = True, label_font: QFont | None = None, clip: QRectF | None = None) -> None:
    """Draw `frame` to fill `rect` (keeping its proportions): equipment, body, band, cues, labels.
    With `clip` (the part being repainted), shapes that lie wholly outside it are not drawn at all."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if colours.background is not None:
        painter.fillRect(rect, colours.background)
    scale, ox, oy = fit(frame, rect)

    def at(p) -> QPointF:
        return QPointF(ox + p[0] * scale, oy - p[1] * scale)

    def outside(shape: Shape) -> bool:
        if clip is None or shape.kind in ("floor", "label"):
            return False
        x0, y0, x1, y1 = shape_box(shape)
        return not clip.intersects(QRectF(QPointF(ox + x0 * scale, oy - y1 * scale),
                                          QPointF(ox + x1 * scale, oy - y0 * scale)))

    shapes = frame.shapes
    for i, shape in enumerate(shapes):
        if shape.group and (i == 0 or shapes[i - 1].group != shape.group) and not shape.far:
            # a rim in the page colour round a whole limb, so it reads where it crosses the body
            for member in shapes[i:]:
                if member.group != shape.group:
                    break
                if not outside(member):
                    _rim(painter, member, at, scale, colours)
        if outside(shape):
            continue
        if shape.kind == "floor":
            _floor(painter, rect, oy - floor_level(frame) * scale, colours, scale)
        elif shape.kind == "label":
            if labels:
                _label(painter, rect, at(shape.points[0]), at(shape.points[1]), shape.text, colours, scale, label_font)
        else:
            _shape(painter, shape, at, scale, colours)
    painter.restore()


def _colour(shape: Shape, colours: FigureColours) -> QColor:
    base = {"body": colours.body, "work": colours.work, "equipment": colours.equipment, "pad": colours.pad,
            "band": colours.band, "cue": colours.cue}.get(shape.role, colours.body)
    if shape.far:
        c = QColor(base)
        c.setAlphaF(0.55)
        return c
    return base


def _shape(painter: QPainter, shape: Shape, at, scale: float, colours: FigureColours) -> None:
    colour = _colour(shape, colours)
    pts = [at(p) for p in shape.points]
    w = max(1.0, shape.width * scale)
    if shape.kind == "limb":
        pen = QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        painter.drawPath(path)
    elif shape.kind == "trunk":
        pen = QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(QPolygonF(pts))
    elif shape.kind == "head":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(pts[0], w, w)
    elif shape.kind == "solid":
        painter.setPen(QPen(colours.equipment_edge if shape.role == "equipment" else colour.darker(130),
                            max(1.0, 0.006 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(QPolygonF(pts))
    elif shape.kind == "band":
        painter.setPen(QPen(colours.band, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(pts))
    elif shape.kind == "glow":
        painter.setPen(QPen(colours.glow, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(pts[0], pts[1])
    elif shape.kind == "arrow":
        _arrow(painter, pts[0], pts[1], w, colours.cue)


def _rim(painter: QPainter, shape: Shape, at, scale: float, colours: FigureColours) -> None:
    if shape.kind not in ("limb", "trunk", "head"):
        return
    pts = [at(p) for p in shape.points]
    w = max(1.0, shape.width * scale)
    rim = max(1.0, 0.014 * scale)
    if shape.kind == "head":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colours.outline))
        painter.drawEllipse(pts[0], w + rim, w + rim)
        return
    painter.setPen(QPen(colours.outline, w + 2 * rim, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    if shape.kind == "trunk":
        painter.setBrush(QBrush(colours.outline))
        painter.drawPolygon(QPolygonF(pts))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(pts))


def _arrow(painter: QPainter, a: QPointF, b: QPointF, w: float, colour: QColor) -> None:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy)
    if length < 1:
        return
    ux, uy = dx / length, dy / length
    head = min(length * 0.5, w * 4.0)
    base = QPointF(b.x() - ux * head, b.y() - uy * head)
    painter.setPen(QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(a, base)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    nx, ny = -uy, ux
    painter.drawPolygon(QPolygonF([b, QPointF(base.x() + nx * head * 0.6, base.y() + ny * head * 0.6),
                                   QPointF(base.x() - nx * head * 0.6, base.y() - ny * head * 0.6)]))


def _floor(painter: QPainter, rect: QRectF, y: float, colours: FigureColours, scale: float) -> None:
    painter.setPen(QPen(colours.floor, max(1.0, 0.008 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(rect.left() + 0.02 * rect.width(), y), QPointF(rect.right() - 0.02 * rect.width(), y))


def _label_font(scale: float, font: QFont) -> QFont:
    f = QFont(font)
    f.setPixelSize(max(9, int(0.052 * scale)))
    f.setWeight(QFont.Weight.DemiBold)
    return f


def _label_box(rect: QRectF, where: QPointF, text: str, f: QFont) -> QRectF:
    """Where a label's box goes: centred on `where`, kept inside `rect`."""
    metrics = QFontMetricsF(f)
    box = metrics.boundingRect(text)
    w, h = box.width() + 0.6 * metrics.height(), metrics.height() * 1.2
    x = min(max(rect.left() + 2, where.x() - w / 2), rect.right() - w - 2)
    y = min(max(rect.top() + 2, where.y() - h / 2), rect.bottom() - h - 2)
    return QRectF(x, y, w, h)


def changed_rect(before: Frame, after: Frame, rect: QRectF, labels: bool, font: QFont) -> QRectF | None:
    """The part of `rect` that differs between two frames painted into it (with their labels where
    `labels`): the box round what moved; None when everything must be painted again."""
    from rehab_desktop.core.figures import changed_box

    plain = Frame(tuple(s for s in before.shapes if s.kind != "label"), before.bounds, before.view, before.alt)
    moved = Frame(tuple(s for s in after.shapes if s.kind != "label"), after.bounds, after.view, after.alt)
    box = changed_box(plain, moved)
    if box is None:
        return None
    scale, ox, oy = fit(after, rect)
    x0, y0, x1, y1 = box
    out = QRectF(QPointF(ox + x0 * scale, oy - y1 * scale), QPointF(ox + x1 * scale, oy - y0 * scale))
    out = out if x1 > x0 else QRectF()
    tags_before = [s for s in before.shapes if s.kind == "label"]
    tags_after = [s for s in after.shapes if s.kind == "label"]
    if len(tags_before) != len(tags_after):
        return None
    if labels:
        f = _label_font(scale, font)
        for a, b in zip(tags_before, tags_after, strict=True):
            if a == b:
                continue
            for tag in (a, b):  # the box, and the line from it to what it names
                where = QPointF(ox + tag.points[0][0] * scale, oy - tag.points[0][1] * scale)
                anchor = QPointF(ox + tag.points[1][0] * scale, oy - tag.points[1][1] * scale)
                line = QRectF(where, anchor).normalized().adjusted(-2, -2, 2, 2)
                out = out.united(_label_box(rect, where, tag.text, f)).united(line)
    return out


def _label(painter: QPainter, rect: QRectF, where: QPointF, anchor: QPointF, text: str, colours: FigureColours,
           scale: float, font: QFont | None) -> None:
    f = _label_font(scale, font if font is not None else painter.font())
    r = _label_box(rect, where, text, f)
    h = r.height()
    painter.setPen(QPen(colours.cue, max(1.0, 0.004 * scale)))
    edge = QPointF(min(max(anchor.x(), r.left()), r.right()), min(max(anchor.y(), r.top()), r.bottom()))
    painter.drawLine(edge, anchor)
    bg = QColor(colours.background) if colours.background is not None else QColor(colours.text)
    if colours.background is None:
        bg = QColor("#ffffff") if colours.text.lightness() < 128 else QColor("#202326")
    bg.setAlphaF(0.9)
    painter.setBrush(QBrush(bg))
    painter.drawRoundedRect(r, h * 0.3, h * 0.3)
    painter.setFont(f)
    painter.setPen(colours.text)
    painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)


def paint_placeholder(painter: QPainter, rect: QRectF, colours: FigureColours) -> None:
    """A calm, neutral figure for an exercise that has no drawing of its own."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if colours.background is not None:
        painter.fillRect(rect, colours.background)
    side = min(rect.width(), rect.height())
    c = rect.center()
    u = side / 10
    colour = QColor(colours.body)
    colour.setAlphaF(0.5)
    pen = QPen(colour, u * 0.9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    top = c.y() - 3.2 * u
    painter.drawLine(QPointF(c.x(), top + 1.6 * u), QPointF(c.x(), c.y() + 0.8 * u))  # trunk
    painter.drawLine(QPointF(c.x(), c.y() + 0.8 * u), QPointF(c.x() - 0.9 * u, c.y() + 3.6 * u))
    painter.drawLine(QPointF(c.x(), c.y() + 0.8 * u), QPointF(c.x() + 0.9 * u, c.y() + 3.6 * u))
    painter.drawLine(QPointF(c.x(), top + 2.2 * u), QPointF(c.x() - 1.4 * u, c.y() + 0.4 * u))
    painter.drawLine(QPointF(c.x(), top + 2.2 * u), QPointF(c.x() + 1.4 * u, c.y() + 0.4 * u))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(QPointF(c.x(), top + 0.6 * u), 0.75 * u, 0.75 * u)
    painter.restore()


def render_image(frame: Frame | None, width: int, height: int, palette: QPalette, labels: bool = True,
                 background: bool = True, device_pixel_ratio: float = 1.0):
    """The figure as a QImage `width`×`height` (logical pixels): the one drawing function, for the
    screen, files and paper alike. `frame` None draws the neutral placeholder."""
    from PySide6.QtGui import QImage

    image = QImage(int(width * device_pixel_ratio), int(height * device_pixel_ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    colours = FigureColours.from_palette(palette, background=background)
    image.fill(colours.background if colours.background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    rect = QRectF(0, 0, width, height)
    if frame is None:
        paint_placeholder(painter, rect, colours)
    else:
        paint_frame(painter, rect, frame, colours, labels=labels)
    painter.end()
    return image
