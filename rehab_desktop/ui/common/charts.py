"""Chart widgets: a date chart painted with QPainter from a ChartSpec, in the window's colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.common.chart_paint import (
    ChartColours,
    ChartSpec,
    day_short_month,
    format_value,
    paint_chart,
)


class ChartWidget(QWidget):
    """Shows one ChartSpec; repaints when given a new one or when the palette changes."""

    def __init__(self, spec: ChartSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.set_spec(spec)

    def set_spec(self, spec: ChartSpec) -> None:
        self.spec = spec
        self.setAccessibleName(spec.title)
        self.setAccessibleDescription(describe(spec))
        self.setToolTip(describe(spec))
        self.update()

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(12 * h, 7 * h)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(30 * h, 14 * h)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        self._paint(p, QRectF(self.rect()).adjusted(6, 6, -6, -6))
        p.end()

    def _paint(self, p: QPainter, rect: QRectF) -> None:
        paint_chart(p, rect, self.spec, ChartColours.from_palette(self.palette()), self.font())

    def render_image(self, width: int | None = None, height: int | None = None) -> QImage:
        """The chart as a picture of the given size (the widget's own by default): tests and exports."""
        w, h = width or max(self.width(), 100), height or max(self.height(), 80)
        image = QImage(w, h, QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        p = QPainter(image)
        self._paint(p, QRectF(6, 6, w - 12, h - 12))
        p.end()
        return image


def describe(spec: ChartSpec) -> str:
    """The chart in words, for screen readers and tooltips: range, points and the latest values, and its note."""
    span = translate("ui.common.charts", "{first} to {last}", "two days: '4 May 2026 to 31 May 2026'").format(
        first=f"{day_short_month(spec.first)} {spec.first.year}", last=f"{day_short_month(spec.last)} {spec.last.year}")
    if spec.empty:
        return translate("ui.common.charts", "{title}, {span}: {empty}.",
                         "span: '4 May 2026 to 31 May 2026'; empty: why nothing is shown").format(
            title=spec.title, span=span, empty=spec.empty_text)
    parts = []
    for ser in spec.series:
        if ser.points:
            day, value = ser.points[-1]
            unit = f" {spec.unit}" if spec.unit else ""
            count = len(ser.points)
            parts.append(translate("ui.common.charts", "{series}: {count} points, latest {value} ({day})",
                                   "value: a figure with its unit; day: '4 May'").format(
                series=ser.name or spec.title, count=count,
                value=f"{format_value(value, spec.integer_values)}{unit}", day=day_short_month(day)))
    if spec.band is not None and any(v for _, v in spec.band.points):
        day, value = spec.band.points[-1]
        parts.append(translate("ui.common.charts", "{series}: latest {value} (from {day})",
                               "the faint bars, e.g. sessions per week; day: '4 May'").format(
            series=spec.band.name, value=format_value(value, True), day=day_short_month(day)))
    text = f"{spec.title}, {span}. " + "; ".join(parts) + "."
    return f"{text} {spec.note}" if spec.note else text
