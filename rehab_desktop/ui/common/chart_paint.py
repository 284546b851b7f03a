"""Painting date charts (lines and bars) with QPainter, for the history pane's widgets and the summary PDF alike."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.stats import Trend, linear_trend
from rehab_desktop.ui.common.style import is_dark, muted_text

# Blue and orange stay apart for the common colour-vision deficiencies; green is only ever third.
SERIES_LIGHT = ("#1f5fa8", "#b8500f", "#2e7d32")
SERIES_DARK = ("#6aa8ea", "#f0a35e", "#7cc97f")
BAND_ALPHA = 0.25
BAND_HEIGHT = 0.6  # the band's tallest bar, as a share of the plot's height


def no_sessions_yet() -> str:
    """A chart's text when there is nothing to show at all (the default empty text)."""
    return translate("ui.common.chart_paint", "No sessions yet")


def day_short_month(day: date) -> str:
    """'4 May' with the month's short name, in the chosen language."""
    return f"{day.day} {formats().month_name(day.month, short=True)}"


def month_short_year(day: date) -> str:
    """'May 2026' with the month's short name."""
    return f"{formats().month_name(day.month, short=True)} {day.year}"


def widest_tick_sample() -> str:
    """The widest date label an axis writes, to space its ticks ('Sep 2026')."""
    return month_short_year(date(2026, 9, 1))


@dataclass(frozen=True)
class Series:
    """One line or set of bars: (day, value) points in day order."""

    name: str
    points: Sequence[tuple[date, float]]
    colour: int = 0  # index into ChartColours.series, so one spec paints in either scheme and on paper
    dashed: bool = False
    square: bool = False  # square markers instead of round: tells lines apart without colour
    breaks: tuple[date, ...] = ()  # days with no value (a check not done for pain): the line is not joined across


@dataclass(frozen=True)
class ChartSpec:
    """What a chart shows: a title, a date range, series, and how the value axis reads."""

    title: str
    first: date
    last: date
    series: tuple[Series, ...] = ()
    unit: str = ""  # written after every value label: "1 min", "30 s", "2 kg"
    bars: bool = False
    y_max: float | None = None  # None: from the data, rounded up to a round figure
    slot_days: int = 1  # how many days one point or bar stands for (7 for weekly bars)
    empty_text: str = field(default_factory=no_sessions_yet)
    note: str = ""  # one line under the chart, e.g. when the band changed
    integer_values: bool = False  # value labels without decimals (reps, minutes)
    trend: bool = True  # a least-squares line through the last series, when it has enough points
    band: Series | None = None  # faint bars beneath the lines on a scale of their own (sessions per week)
    band_days: int = 7  # how many days one of the band's bars stands for

    @property
    def empty(self) -> bool:
        return not any(s.points for s in self.series)


@dataclass(frozen=True)
class ChartColours:
    """The few colours a chart needs, from the window's palette or for paper."""

    text: QColor
    muted: QColor
    grid: QColor
    series: tuple[QColor, ...] = field(default_factory=tuple)

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        dark = is_dark(palette)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.16 if dark else 0.12)
        return cls(text, muted_text(palette), grid, tuple(QColor(c) for c in (SERIES_DARK if dark else SERIES_LIGHT)))

    def of(self, ser: Series) -> QColor:
        return self.series[ser.colour % len(self.series)]

    @classmethod
    def for_print(cls) -> ChartColours:
        return cls(QColor("#000000"), QColor("#444444"), QColor("#d0d0d0"), tuple(QColor(c) for c in SERIES_LIGHT))


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving at most about `ticks` intervals up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def _add_months(day: date, n: int) -> date:
    months = day.year * 12 + day.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)


def date_ticks(first: date, last: date, room: int) -> list[tuple[date, str]]:
    """Tick days and labels across first..last, the finest spacing that gives at most `room` labels."""
    for unit, n in (("day", 1), ("day", 2), ("week", 1), ("week", 2), ("month", 1), ("month", 2), ("month", 3),
                    ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10)):
        ticks: list[date] = []
        if unit == "day":
            day = first
            while day <= last:
                ticks.append(day)
                day += timedelta(days=n)
        elif unit == "week":
            day = first + timedelta(days=(7 - first.weekday()) % 7)
            while day <= last:
                ticks.append(day)
                day += timedelta(days=7 * n)
        elif unit == "month":
            day = first if first.day == 1 else _add_months(first, 1)
            while day <= last:
                if (day.month - 1) % n == 0:
                    ticks.append(day)
                day = _add_months(day, 1)
        else:
            ticks = [date(y, 1, 1) for y in range(first.year, last.year + 1) if y % n == 0 and date(y, 1, 1) >= first]
        if len(ticks) <= max(1, room):
            return [(d, _tick_label(d, unit, i == 0)) for i, d in enumerate(ticks)]
    return []


def _tick_label(day: date, unit: str, first: bool) -> str:
    if unit in ("day", "week"):
        return day_short_month(day)
    if unit == "month":
        return month_short_year(day) if first or day.month == 1 else formats().month_name(day.month, short=True)
    return str(day.year)


def format_value(value: float, integer: bool = False) -> str:
    if integer or abs(value - round(value)) < 1e-9:
        return f"{round(value):d}"
    return formats().decimal(value, 1, trim=False)


def value_label(value: float, spec: ChartSpec) -> str:
    """A value as the chart writes it, with its unit: "2 min", "30 s", "7"."""
    text = format_value(value, spec.integer_values)
    return f"{text} {spec.unit}" if spec.unit else text


def value_axis(spec: ChartSpec) -> tuple[float, list[float], list[str]]:
    """The value axis: its top, its tick values from zero in round steps, and their labels with the unit."""
    values = [v for ser in spec.series for _, v in ser.points]
    top_value = spec.y_max if spec.y_max is not None else max(values, default=0.0)
    step = nice_step(top_value if top_value > 0 else 1.0)
    if spec.integer_values and step != int(step):  # whole figures only: "0, 1, 2 min", never "0, 0, 1 min"
        step = 1.0 if step < 1 else float(math.ceil(step / 5) * 5)
    y_max = spec.y_max if spec.y_max is not None else max(step, math.ceil(top_value / step) * step)
    if spec.y_max is None and top_value > 0.92 * y_max:
        y_max += step  # headroom: a line along the top edge is hard to read
    ticks = [i * step for i in range(int(round(y_max / step)) + 1)]
    return y_max, ticks, [value_label(v, spec) for v in ticks]


def trend_line(spec: ChartSpec) -> tuple[Series, Trend] | None:
    """The series the trend is drawn for (the last one with points, drawn on top) and its line, or None
    when the chart has no trend or too few points for one (`core.stats.TREND_MIN_POINTS`)."""
    if not spec.trend or spec.empty:
        return None
    main = next((ser for ser in reversed(spec.series) if ser.points), None)
    if main is None:
        return None
    points = list(main.points)
    if spec.bars:  # empty weeks before the first session are not a rising trend
        while points and points[0][1] <= 0:
            points.pop(0)
        main = Series(main.name, tuple(points), main.colour, main.dashed, main.square)
    fit = linear_trend(points)
    return (main, fit) if fit is not None else None


@dataclass(frozen=True)
class LegendEntry:
    text: str
    series: Series
    trend: bool = False
    band: bool = False


def legend_entries(spec: ChartSpec) -> list[LegendEntry]:
    """What the legend lists: every named series, then the trend line when there is one."""
    if spec.empty:
        return []
    out = [LegendEntry(ser.name, ser) for ser in spec.series if ser.name]
    found = trend_line(spec)
    if found is not None:
        main = found[0]
        named = [ser for ser in spec.series if ser.name]
        text = translate("ui.common.chart_paint", "Trend") if len(named) <= 1 or not main.name else \
            translate("ui.common.chart_paint", "Trend ({series})", "series: a line's name, e.g. 'after'").format(
                series=main.name.lower())
        out.append(LegendEntry(text, main, trend=True))
    if spec.band is not None and any(v > 0 for _, v in spec.band.points):
        out.append(LegendEntry(spec.band.name, spec.band, band=True))
    return out


def band_colour(colours: ChartColours) -> QColor:
    """The band's fill: the muted text colour, faint, so the lines over it stay the figure read first."""
    colour = QColor(colours.muted)
    colour.setAlphaF(BAND_ALPHA)
    return colour


def paint_chart(p: QPainter, rect: QRectF, spec: ChartSpec, colours: ChartColours, font: QFont) -> None:
    """Draw `spec` into `rect`: title and legend, value and date axes, the series, or the empty message."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # Pens and gaps are sized for 96 dpi and grow with the device (a 300 dpi PDF page).
    s = max(1.0, p.device().logicalDpiY() / 96.0) if p.device() is not None else 1.0
    label_font = QFont(font)
    label_font.setPointSizeF(font.pointSizeF() * 0.86)
    title_font = QFont(font)
    title_font.setWeight(QFont.Weight.Bold)
    fm = QFontMetricsF(label_font, p.device())
    tfm = QFontMetricsF(title_font, p.device())
    pad = 6 * s

    # Title, with the legend on the same line when it fits, else on lines of its own below.
    p.setFont(title_font)
    p.setPen(colours.text)
    title_rect = QRectF(rect.left(), rect.top(), rect.width(), tfm.height())
    p.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               tfm.elidedText(spec.title, Qt.TextElideMode.ElideRight, rect.width()))
    legend = legend_entries(spec)
    widths = [fm.horizontalAdvance(e.text) + 34 * s for e in legend]
    top = title_rect.bottom() + pad
    lines: list[list[tuple[LegendEntry, float]]] = []
    if legend and tfm.horizontalAdvance(spec.title) + sum(widths) + 24 * s <= rect.width():
        placed = [(title_rect.center().y(), rect.right() - sum(widths), list(zip(legend, widths, strict=True)))]
    else:
        for entry, w in zip(legend, widths, strict=True):  # wrapped like words at large text
            if not lines or sum(x for _, x in lines[-1]) + w > rect.width():
                lines.append([])
            lines[-1].append((entry, w))
        placed = []
        for line in lines:
            placed.append((top + fm.height() / 2, rect.left(), line))
            top += fm.height() + pad / 2
        if lines:
            top += pad / 2
    p.setFont(label_font)
    for legend_y, x, line in placed:
        for entry, w in line:
            colour = colours.of(entry.series)
            if entry.band:
                p.fillRect(QRectF(x + 4 * s, legend_y - fm.height() / 3, 20 * s, fm.height() * 2 / 3),
                           band_colour(colours))
            elif entry.trend:
                _trend_sample(p, QPointF(x + 4 * s, legend_y), 20 * s, colour, s)
            else:
                _marker_line(p, QPointF(x + 4 * s, legend_y), 20 * s, entry.series, colour, s)
            p.setPen(colours.text)
            p.drawText(QRectF(x + 26 * s, legend_y - fm.height() / 2, w - 26 * s, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.text)
            x += w

    bottom = rect.bottom() - (fm.height() + pad if spec.note else 0)
    if spec.note:
        p.setPen(colours.muted)
        p.drawText(QRectF(rect.left(), bottom + pad / 2, rect.width(), fm.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(spec.note, Qt.TextElideMode.ElideRight, rect.width()))

    # Value axis: round steps from zero, each label with its unit.
    y_max, y_ticks, y_labels = value_axis(spec)
    label_w = max(fm.horizontalAdvance(t) for t in y_labels)
    plot = QRectF(rect.left() + label_w + pad, top + fm.height() / 2, 0, 0)
    plot.setRight(rect.right() - 4 * s)
    plot.setBottom(bottom - fm.height() - pad)
    if plot.width() < 20 * s or plot.height() < 20 * s:
        p.restore()
        return

    span_days = (spec.last - spec.first).days + 1

    def x_of(day: date, offset: float = 0.0) -> float:
        return plot.left() + plot.width() * ((day - spec.first).days + offset) / span_days

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * min(value, y_max) / y_max

    # Grid and value labels.
    for value, text in zip(y_ticks, y_labels, strict=True):
        y = y_of(value)
        p.setPen(QPen(colours.grid, 1 * s))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(colours.muted)
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, label_w, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    # Date axis: ticks spaced so the labels never touch.
    widest = fm.horizontalAdvance(widest_tick_sample()) + 12 * s
    for day, text in date_ticks(spec.first, spec.last, int(plot.width() // widest)):
        x = x_of(day)
        p.setPen(QPen(colours.grid, 1 * s))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 3 * s))
        w = fm.horizontalAdvance(text)
        left = min(max(x - w / 2, rect.left()), rect.right() - w)
        p.setPen(colours.muted)
        p.drawText(QRectF(left, plot.bottom() + pad / 2, w + 1, fm.height()), Qt.AlignmentFlag.AlignCenter, text)
    p.setPen(QPen(colours.muted, 1 * s))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    if spec.empty:
        empty_font = QFont(font)
        empty_font.setPointSizeF(font.pointSizeF() * 1.1)
        p.setFont(empty_font)
        p.setPen(colours.muted)
        p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, spec.empty_text)
        p.restore()
        return

    p.setClipRect(plot.adjusted(-6 * s, -6 * s, 6 * s, 6 * s))
    band_top = max((v for _, v in spec.band.points), default=0) if spec.band is not None else 0
    if band_top > 0:
        def y_band(value: float) -> float:
            return plot.bottom() - plot.height() * BAND_HEIGHT * value / band_top

        _bars(p, spec.band, band_colour(colours), x_of, y_band, plot, spec.band_days, s)
    for ser in spec.series:
        if spec.bars:
            _bars(p, ser, colours.of(ser), x_of, y_of, plot, spec.slot_days, s)
        else:
            _line(p, ser, colours.of(ser), x_of, y_of, spec.slot_days, s)
    found = trend_line(spec)
    if found is not None:
        ser, fit = found
        p.setClipRect(plot)
        first_day, last_day = ser.points[0][0], ser.points[-1][0]
        pen = QPen(colours.of(ser), 1.6 * s)
        pen.setStyle(Qt.PenStyle.DotLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        def y_free(value: float) -> float:  # not held to the axis like y_of: the plot clips the line instead
            return plot.bottom() - plot.height() * value / y_max

        p.drawLine(QPointF(x_of(first_day, spec.slot_days / 2), y_free(fit.at(first_day))),
                   QPointF(x_of(last_day, spec.slot_days / 2), y_free(fit.at(last_day))))
    p.setClipping(False)
    # A lone point gets its value written beside it, so one session still reads as a figure.
    p.setFont(label_font)
    for ser in spec.series:
        if len(ser.points) == 1 and not spec.bars:
            day, value = ser.points[0]
            px, py = x_of(day, spec.slot_days / 2), y_of(value)
            text = value_label(value, spec)
            p.setPen(colours.of(ser))
            w = fm.horizontalAdvance(text)
            left = px + 8 * s if px + 8 * s + w < plot.right() else px - 8 * s - w
            p.drawText(QRectF(left, py - fm.height(), w + 2, fm.height()), Qt.AlignmentFlag.AlignLeft, text)
    p.restore()


def polyline(p: QPainter, points: list[QPointF], pen: QPen) -> None:
    """A line through `points` (two or more) in `pen`, nothing filled."""
    if len(points) < 2:
        return
    path = QPainterPath(points[0])
    for pt in points[1:]:
        path.lineTo(pt)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)


def marker_spacing(points: list[QPointF], alone: float) -> float:
    """The mean distance across between neighbouring points (`alone` for a single point): markers are
    drawn only while they stay apart."""
    return (points[-1].x() - points[0].x()) / max(1, len(points) - 1) if len(points) > 1 else alone


def _line(p: QPainter, ser: Series, colour: QColor, x_of, y_of, slot_days: int, s: float) -> None:
    points = [QPointF(x_of(d, slot_days / 2), y_of(v)) for d, v in ser.points]
    pen = QPen(colour, 2.2 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if ser.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    run: list[QPointF] = []
    for i, (day, _value) in enumerate(ser.points):
        if run and any(ser.points[i - 1][0] < b <= day for b in ser.breaks):
            polyline(p, run, pen)  # a day without a value lies between: no line across it
            run = []
        run.append(points[i])
    polyline(p, run, pen)
    # Markers only while they stay apart; a dense line reads better without them.
    spacing = marker_spacing(points, 99 * s)
    if spacing >= 7 * s:
        for pt in points:
            _marker(p, pt, ser, colour, (3.6 if len(points) > 1 else 5.0) * s)


def _bars(p: QPainter, ser: Series, colour: QColor, x_of, y_of, plot: QRectF, slot_days: int, s: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    for day, value in ser.points:
        if value <= 0:
            continue
        left, right = x_of(day), x_of(day, slot_days)
        gap = min(3 * s, (right - left) * 0.15)
        bar = QRectF(QPointF(left + gap, y_of(value)), QPointF(max(left + gap + 1, right - gap), plot.bottom()))
        p.drawRect(bar.intersected(plot))


def _marker(p: QPainter, centre: QPointF, ser: Series, colour: QColor, r: float) -> None:
    p.setPen(QPen(colour, 1.5))
    p.setBrush(colour)
    if ser.square:
        p.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
    else:
        p.drawEllipse(centre, r, r)


def _marker_line(p: QPainter, left: QPointF, width: float, ser: Series, colour: QColor, s: float) -> None:
    pen = QPen(colour, 2.2 * s)
    if ser.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawLine(left, QPointF(left.x() + width, left.y()))
    _marker(p, QPointF(left.x() + width / 2, left.y()), ser, colour, 3.6 * s)


def _trend_sample(p: QPainter, left: QPointF, width: float, colour: QColor, s: float) -> None:
    pen = QPen(colour, 1.6 * s)
    pen.setStyle(Qt.PenStyle.DotLine)
    p.setPen(pen)
    p.drawLine(left, QPointF(left.x() + width, left.y()))
