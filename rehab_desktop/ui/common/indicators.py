"""Check boxes and radio buttons drawn so their outline reads in both schemes (Fusion's does not).

Fusion draws the indicator's border a shade darker than the window, which on a dark window is
about 1:1 against the box: an unticked box cannot be seen. Here the border is the palette's muted
text colour, at least 3:1 against the window and the box, and grows with the indicator's size.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOption

R = QPalette.ColorRole
S = QStyle.StateFlag


def indicator_border(palette: QPalette) -> QColor:
    """The outline of an unticked check box or radio button."""
    return palette.color(QPalette.ColorGroup.Active, R.Mid)


def indicator_mark(palette: QPalette) -> QColor:
    """The tick and the radio dot."""
    return palette.color(QPalette.ColorGroup.Active, R.Text)


def focus_colour(palette: QPalette) -> QColor:
    """The frame Fusion draws round the control that has the keyboard focus (its own formula)."""
    colour = palette.color(R.Highlight).darker(125)
    if colour.value() > 160:
        colour.setHsl(colour.hue(), colour.saturation(), 160)
    return colour


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    t = share_of_a
    return QColor(round(a.red() * t + b.red() * (1 - t)), round(a.green() * t + b.green() * (1 - t)),
                  round(a.blue() * t + b.blue() * (1 - t)))


def draw_indicator(option: QStyleOption, painter: QPainter, radio: bool) -> None:
    """Paint a check box (ticked, unticked or partly) or radio indicator into option.rect."""
    pal, state = option.palette, option.state
    rect = QRectF(option.rect)
    side = min(rect.width(), rect.height())
    pen_w = max(1.0, round(side / 11))
    box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
    box = box.adjusted(pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2)
    enabled = bool(state & S.State_Enabled)
    base, window = pal.color(R.Base), pal.color(R.Window)
    border, mark = indicator_border(pal), indicator_mark(pal)
    if not enabled:  # a control that cannot be used looks it (WCAG exempts it from the 3:1)
        border, mark = _mix(border, window, 0.55), _mix(mark, base, 0.5)
    fill = _mix(pal.color(R.WindowText), base, 0.2) if state & S.State_Sunken else base
    if state & S.State_HasFocus and state & S.State_KeyboardFocusChange:
        border = focus_colour(pal)
        pen_w *= 1.5
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(border, pen_w))
    painter.setBrush(fill)
    if radio:
        painter.drawEllipse(box)
        if state & S.State_On:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            r = side * 0.22
            painter.drawEllipse(box.center(), r, r)
    else:
        painter.drawRoundedRect(box, side * 0.12, side * 0.12)
        if state & S.State_NoChange:
            painter.fillRect(QRectF(box.x() + side * 0.22, box.center().y() - side * 0.07, side * 0.56 - pen_w,
                                    side * 0.14), mark)
        elif state & S.State_On:
            tick = QPainterPath(QPointF(box.x() + box.width() * 0.2, box.y() + box.height() * 0.52))
            tick.lineTo(QPointF(box.x() + box.width() * 0.42, box.y() + box.height() * 0.74))
            tick.lineTo(QPointF(box.x() + box.width() * 0.8, box.y() + box.height() * 0.28))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(mark, max(1.5, side * 0.14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(tick)
    painter.restore()
