"""Each exercise's dose over time as steps, with its sessions' pain under it and the suggestions accepted.

One card per exercise (the plan's first, in plan order, then the others done in the period, in library
order): the dose's levels as rows, harder higher, and a step line across the period that changes row only
where the dose changed; under it the pain before and after its sessions; marks where a suggestion was
accepted. Loads only while shown, like the Progress tab (`reload` marks it stale).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core import stats as S
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.suggestions import dose_words
from rehab_desktop.store import Database, DoseSteps, HistoryStats, read_dose_steps
from rehab_desktop.ui.common.chart_paint import ChartColours, date_ticks, marker_spacing, polyline, widest_tick_sample
from rehab_desktop.ui.common.chart_specs import DEFAULT_RANGE, RANGES, range_label
from rehab_desktop.ui.common.formatting import day_text
from rehab_desktop.ui.common.style import scaled_font

MAX_DESCRIBED = 24  # steps named one by one in a chart's description; the rest counted
BEFORE, AFTER = 1, 0  # ChartColours.series: orange dashed before, blue after, as the Progress tab's pain chart


# -- what a chart shows, in figures and in words (no painting) ------------------------------------

def hardness(dose: Prescription) -> tuple[int, int, int, int]:
    """How hard a dose is, for ordering the rows: sets × reps × hold (a missing figure counts as 1),
    ties by sets, then reps, then hold."""
    sets, reps, hold = dose.sets, dose.reps or 1, dose.hold_s or 1
    return sets * reps * hold, dose.sets, dose.reps or 0, dose.hold_s or 0


@dataclass(frozen=True)
class Level:
    """One row of a chart: a dose, and its words."""

    figures: tuple[int, int | None, int | None]
    words: str


def levels(steps: Sequence) -> list[Level]:
    """The distinct doses of `steps`, hardest first, each named as the suggestions name it; a short
    hold at the end of each rep is named too when two rows would read the same without it."""
    doses: dict[tuple, Prescription] = {}
    for step in steps:
        doses.setdefault(step.figures, step.dose)
    ordered = sorted(doses.values(), key=hardness, reverse=True)
    plain = [dose_words(d) for d in ordered]
    return [Level((d.sets, d.reps, d.hold_s), dose_words(d, hold=True) if plain.count(w) > 1 else w)
            for d, w in zip(ordered, plain, strict=True)]


def no_sessions() -> str:
    """What a card, or the whole tab, says for a period without sessions."""
    return translate("ui.history.steps_view", "No sessions in this period")


def _pain_label() -> str:
    return translate("ui.history.steps_view", "Pain", "the name of the pain band, at the left of a chart")


def _figure(value: float) -> str:
    return f"{value:g}" if value == int(value) else formats().decimal(value, 1, trim=False)


def _span(first: date, last: date) -> str:
    return translate("ui.history.steps_view", "{first} to {last}", "two days: '4 May 2026 to 31 May 2026'").format(
        first=day_text(first), last=day_text(last))


def mark_text(mark) -> str:
    """'5 March 2024, suggestion accepted: 2 × 10 to 2 × 12' or '..., moved to the next stage: ...'."""
    day = day_text(mark.day)
    if mark.stage and mark.detail:
        text = translate("ui.history.steps_view", "{day}, moved to the next stage: {detail}",
                         "day: '5 March 2024'; detail: the stage's name")
    elif mark.stage:
        text = translate("ui.history.steps_view", "{day}, moved to the next stage", "day: '5 March 2024'")
    elif mark.detail:
        text = translate("ui.history.steps_view", "{day}, suggestion accepted: {detail}",
                         "day: '5 March 2024'; detail: what changed, '2 \u00d7 10 to 2 \u00d7 12'")
    else:
        text = translate("ui.history.steps_view", "{day}, suggestion accepted", "day: '5 March 2024'")
    return text.format(day=day, detail=mark.detail)


def step_text(step, words: str) -> str:
    """'2 × 10 from 4 May 2026 to 31 May 2026 (5 sessions)', or from a single day."""
    sessions = step.sessions
    if step.day == step.last_day and step.eased:
        text = translate("ui.history.steps_view", "{dose} from {day} (%n session(s), made easier after It hurts)",
                         "dose: '2 \u00d7 10'; day: '4 May 2026', the only day; It hurts: the timer's button",
                         sessions)
    elif step.day == step.last_day:
        text = translate("ui.history.steps_view", "{dose} from {day} (%n session(s))",
                         "dose: '2 \u00d7 10'; day: '4 May 2026', the only day", sessions)
    elif step.eased:
        text = translate("ui.history.steps_view", "{dose} from {day} to {last} (%n session(s), made easier after "
                         "It hurts)", "dose: '2 \u00d7 10'; day, last: '4 May 2026'; It hurts: the timer's button",
                         sessions)
    else:
        text = translate("ui.history.steps_view", "{dose} from {day} to {last} (%n session(s))",
                         "dose: '2 \u00d7 10'; day, last: '4 May 2026'", sessions)
    return text.format(dose=words, day=day_text(step.day), last=day_text(step.last_day))


def pain_range(points: Sequence, attr: str) -> str:
    values = [getattr(p, attr) for p in points if getattr(p, attr) is not None]
    if not values:
        return translate("ui.history.steps_view", "not rated", "no pain rating was given")
    low, high = min(values), max(values)
    return _figure(low) if low == high else translate("ui.history.steps_view", "{low} to {high}",
                                                      "a range of pain ratings, '2 to 5'").format(
        low=_figure(low), high=_figure(high))


def describe(name: str, data, first: date, last: date, weekly: bool) -> str:
    """The chart in words: its steps with their dates, the accepted marks, and the pain's range."""
    span = _span(first, last)
    if data.empty:
        return translate("ui.history.steps_view", "{name}, {span}: no sessions in this period.",
                         "name: an exercise's; span: '4 May 2026 to 31 May 2026'").format(name=name, span=span)
    words = {lv.figures: lv.words for lv in levels(data.steps)}
    steps = [step_text(s, words[s.figures]) for s in data.steps]
    if len(steps) > MAX_DESCRIBED:
        more = translate("ui.history.steps_view", "{count} more steps", "steps of the dose not named one by one")
        steps = (steps[:MAX_DESCRIBED // 2] + [more.format(count=len(steps) - MAX_DESCRIBED)]
                 + steps[-MAX_DESCRIBED // 2:])
    out = [translate("ui.history.steps_view", "{name}, {span}. Dose: {steps}.",
                     "name: an exercise's; steps: each dose with its days, separated by semicolons").format(
        name=name, span=span, steps="; ".join(steps))]
    if data.marks:
        out.append(translate("ui.history.steps_view", "Marks: {marks}.",
                             "the suggestions accepted, separated by semicolons").format(
            marks="; ".join(mark_text(m) for m in data.marks)))
    if data.pain:
        before, after = pain_range(data.pain, "before"), pain_range(data.pain, "after")
        if weekly:
            text = translate("ui.history.steps_view", "Pain (weekly median, 0 to 10): before {before}, after {after}.",
                             "before, after: a rating or a range, '2 to 5'")
        else:
            text = translate("ui.history.steps_view", "Pain (0 to 10): before {before}, after {after}.",
                             "before, after: a rating or a range, '2 to 5'")
        out.append(text.format(before=before, after=after))
    else:
        out.append(translate("ui.history.steps_view", "No pain ratings."))
    return " ".join(out)


# -- the chart ---------------------------------------------------------------------------------------

class StepsChart(QWidget):
    """One exercise's steps over the period, its pain band under them and the accepted marks; painted."""

    def __init__(self, name: str, data, first: date, last: date, weekly: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.name, self.data, self.first, self.last, self.weekly = name, data, first, last, weekly
        self.levels = levels(data.steps)
        self._row = {lv.figures: i for i, lv in enumerate(self.levels)}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("ui.history.steps_view", "{name}: dose over time",
                                         "name: an exercise's").format(name=name))
        self.setAccessibleDescription(describe(name, data, first, last, weekly))
        self.setMouseTracking(True)

    # sizes, all from the font: the text size may be 100, 150 or 200 %
    def _fonts(self) -> tuple[QFont, QFontMetricsF]:
        label = QFont(self.font())
        label.setPointSizeF(self.font().pointSizeF() * 0.86)
        return label, QFontMetricsF(label, self)

    def _metrics(self) -> dict[str, float]:
        _font, fm = self._fonts()
        line = fm.height()
        words = [lv.words for lv in self.levels] + [f"{_pain_label()} 10"]
        return {"line": line, "pad": max(4.0, line / 3), "row": line * 1.3, "mark": line * 0.55,
                "label": max(fm.horizontalAdvance(w) for w in words) + line / 2, "pain": max(3.6 * line, 48.0),
                "gap": line * 1.1}

    def _height(self) -> int:
        m = self._metrics()
        rows = max(1, len(self.levels))
        return round(m["pad"] + m["mark"] + m["pad"] + rows * m["row"] + m["gap"] + m["pain"] + m["pad"]
                     + m["line"] + m["pad"])

    def sizeHint(self) -> QSize:
        m = self._metrics()
        return QSize(round(m["label"] + 30 * m["line"]), self._height())

    def minimumSizeHint(self) -> QSize:
        m = self._metrics()
        return QSize(round(m["label"] + 8 * m["line"]), self._height())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    # where things are
    def _layout(self) -> dict[str, object]:
        m = self._metrics()
        r = QRectF(self.rect())
        left = r.left() + m["label"]
        right = r.right() - m["pad"]
        top = r.top() + m["pad"] + m["mark"] + m["pad"]
        steps = QRectF(left, top, max(1.0, right - left), max(1, len(self.levels)) * m["row"])
        pain = QRectF(left, steps.bottom() + m["gap"], steps.width(), m["pain"])
        return {"m": m, "steps": steps, "pain": pain, "span": (self.last - self.first).days + 1}

    def _x(self, geo, day: date, offset: float = 0.0) -> float:
        plot = geo["steps"]
        return plot.left() + plot.width() * ((day - self.first).days + offset) / geo["span"]

    def _y_level(self, geo, figures) -> float:
        return geo["steps"].top() + (self._row[figures] + 0.5) * geo["m"]["row"]

    def _y_pain(self, geo, value: float) -> float:
        band = geo["pain"]
        return band.bottom() - band.height() * min(max(value, 0.0), 10.0) / 10.0

    def _step_ends(self, geo) -> list[tuple[float, float]]:
        steps = self.data.steps
        out = []
        for i, step in enumerate(steps):
            end = steps[i + 1].day if i + 1 < len(steps) else step.last_day + timedelta(days=1)
            out.append((self._x(geo, step.day), self._x(geo, end)))
        return out

    # painting
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colours = ChartColours.from_palette(self.palette())
        label_font, fm = self._fonts()
        p.setFont(label_font)
        geo = self._layout()
        m, plot, band = geo["m"], geo["steps"], geo["pain"]
        left_col = QRectF(0, 0, m["label"] - m["line"] / 2, 0)

        # Rows: each dose's words at the left, a faint line across.
        for lv in self.levels:
            y = self._y_level(geo, lv.figures)
            p.setPen(QPen(colours.grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(colours.text)
            p.drawText(QRectF(left_col.left(), y - fm.height() / 2, left_col.width(), fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, lv.words)

        # The pain band's scale: 0, 5 and 10, and its name.
        for value in (0, 5, 10):
            y = self._y_pain(geo, value)
            p.setPen(QPen(colours.grid, 1))
            p.drawLine(QPointF(band.left(), y), QPointF(band.right(), y))
            p.setPen(colours.muted)
            p.drawText(QRectF(left_col.left(), y - fm.height() / 2, left_col.width(), fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        p.setPen(colours.muted)
        p.drawText(QRectF(0, band.center().y() - fm.height() / 2, left_col.width(), fm.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _pain_label())

        # The date axis under the band, its ticks across both.
        axis_y = band.bottom() + m["pad"]
        widest = fm.horizontalAdvance(widest_tick_sample()) + m["line"]
        for day, text in date_ticks(self.first, self.last, int(plot.width() // widest)):
            x = self._x(geo, day)
            p.setPen(QPen(colours.grid, 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, band.bottom() + 3))
            w = fm.horizontalAdvance(text)
            at = min(max(x - w / 2, plot.left()), plot.right() - w)
            p.setPen(colours.muted)
            p.drawText(QRectF(at, axis_y, w + 1, fm.height()), Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(QPen(colours.muted, 1))
        p.drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()))

        if self.data.empty:
            p.setPen(colours.muted)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, no_sessions())
        else:
            self._paint_pain(p, geo, colours)
            self._paint_steps(p, geo, colours)
        self._paint_marks(p, geo, colours)
        p.end()

    def _paint_steps(self, p: QPainter, geo, colours: ChartColours) -> None:
        colour = colours.series[AFTER]
        r = geo["m"]["line"] * 0.18
        ends = self._step_ends(geo)
        previous_y = None
        for step, (x0, x1) in zip(self.data.steps, ends, strict=True):
            y = self._y_level(geo, step.figures)
            pen = QPen(colour, 2.4)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if previous_y is not None:  # the riser where the dose changed
                p.setPen(QPen(colour, 1.4))
                p.drawLine(QPointF(x0, previous_y), QPointF(x0, y))
            if step.eased:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x0, y), QPointF(max(x1, x0 + 1), y))
            previous_y = y
        for step, (x0, _x1) in zip(self.data.steps, ends, strict=True):
            y = self._y_level(geo, step.figures)
            p.setPen(QPen(colour, 1.8))
            # Eased: a hollow marker (and the dashed line), so it reads without colour.
            p.setBrush(self.palette().color(QPalette.ColorRole.Window) if step.eased else colour)
            p.drawEllipse(QPointF(x0, y), r + (1 if step.eased else 0), r + (1 if step.eased else 0))

    def _paint_pain(self, p: QPainter, geo, colours: ChartColours) -> None:
        slot = 7 if self.weekly else 1
        both = [(self._x(geo, pt.day, slot / 2), self._y_pain(geo, pt.before), self._y_pain(geo, pt.after))
                for pt in self.data.pain if pt.before is not None and pt.after is not None]
        band = geo["pain"]
        p.save()
        p.setClipRect(band.adjusted(-2, -4, 2, 4))
        if len(both) > 1:  # the area between the two lines, lightly filled
            fill = QColor(colours.series[AFTER])
            fill.setAlphaF(0.16)
            polygon = QPolygonF([QPointF(x, yb) for x, yb, _ya in both] +
                                [QPointF(x, ya) for x, _yb, ya in reversed(both)])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawPolygon(polygon)
        for attr, index, dashed in (("before", BEFORE, True), ("after", AFTER, False)):
            points = [QPointF(self._x(geo, pt.day, slot / 2), self._y_pain(geo, getattr(pt, attr)))
                      for pt in self.data.pain if getattr(pt, attr) is not None]
            if not points:
                continue
            colour = colours.series[index]
            pen = QPen(colour, 1.8)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            polyline(p, points, pen)
            if marker_spacing(points, 99) >= 8:
                p.setPen(QPen(colour, 1.2))
                p.setBrush(colour)
                for pt in points:
                    if dashed:
                        p.drawRect(QRectF(pt.x() - 2.5, pt.y() - 2.5, 5, 5))
                    else:
                        p.drawEllipse(pt, 2.5, 2.5)
        p.restore()

    def _paint_marks(self, p: QPainter, geo, colours: ChartColours) -> None:
        m, plot, band = geo["m"], geo["steps"], geo["pain"]
        size = m["mark"]
        for mark in self.data.marks:
            x = self._x(geo, mark.day, 0.5)
            pen = QPen(colours.text, 1)
            pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, plot.top() - m["pad"] / 2), QPointF(x, band.bottom()))
            p.setPen(QPen(colours.text, 1))
            p.setBrush(colours.text)
            tip = plot.top() - m["pad"] / 2
            if mark.stage:  # a diamond: the whole program moved on
                shape = [QPointF(x, tip), QPointF(x - size / 2, tip - size / 2), QPointF(x, tip - size),
                         QPointF(x + size / 2, tip - size / 2)]
            else:  # a triangle pointing down at the day
                shape = [QPointF(x, tip), QPointF(x - size / 2, tip - size), QPointF(x + size / 2, tip - size)]
            p.drawPolygon(QPolygonF(shape))

    # tooltips: the mark or the step under the pointer
    def tip_at(self, pos: QPointF) -> str:
        geo = self._layout()
        slack = max(4.0, geo["m"]["mark"] * 0.6)
        near = [mk for mk in self.data.marks if abs(self._x(geo, mk.day, 0.5) - pos.x()) <= slack]
        if near:
            return "\n".join(mark_text(mk) for mk in near)
        words = {lv.figures: lv.words for lv in self.levels}
        for step, (x0, x1) in zip(self.data.steps, self._step_ends(geo), strict=True):
            if x0 - 2 <= pos.x() <= x1 + 2:
                return step_text(step, words[step.figures])
        return ""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class ExerciseCard(QFrame):
    """An exercise's name over its chart, or over the words that say it had no sessions."""

    def __init__(self, name: str, data, first: date, last: date, weekly: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(name, self)
        self.heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.heading.setWordWrap(True)
        self.chart = StepsChart(name, data, first, last, weekly, self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.chart)
        self.empty: QLabel | None = None
        if data.empty:
            self.chart.hide()
            self.empty = QLabel(no_sessions(), self)
            self.empty.setWordWrap(True)
            self.empty.setAccessibleName(translate("ui.history.steps_view", "{name}: no sessions in this period",
                                                   "name: an exercise's").format(name=name))
            lay.addWidget(self.empty)


class StepsView(QWidget):
    """The period chooser, a legend, and a card per exercise in a vertical scroll area."""

    def __init__(self, db: Database | None, stats: HistoryStats | None, plan_ids: Callable[[], Sequence[str]],
                 library: Library, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.stats, self.plan_ids, self.library, self.today = db, stats, plan_ids, library, today
        self._stale = True
        self.data: DoseSteps | None = None
        self.cards: dict[str, ExerciseCard] = {}
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(translate("ui.history.steps_view", "Period shown in the dose steps"))
        for index in range(len(RANGES)):
            self.range_box.addItem(range_label(index))
        self.range_box.setCurrentIndex(DEFAULT_RANGE)
        self.period_label = QLabel(translate("ui.history.steps_view", "Period sho&wn:"), self)
        self.period_label.setBuddy(self.range_box)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(translate("ui.history.steps_view", "How to read the dose steps"))
        self._legend()
        self.message = QLabel(self)  # one line when there is nothing at all to show
        self.message.setWordWrap(True)
        self.message.hide()

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(translate("ui.history.steps_view", "Dose steps by exercise"))
        self.content = QWidget(self.scroll)
        self.cards_layout = QVBoxLayout(self.content)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(self.content)

        choices = QHBoxLayout()
        choices.addWidget(self.period_label)
        choices.addWidget(self.range_box)
        choices.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(choices)
        lay.addWidget(self.legend)
        lay.addWidget(self.message)
        lay.addWidget(self.scroll, 1)
        self.range_box.currentIndexChanged.connect(lambda _i: self._load())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        # Room for a card or so before the page itself scrolls; the cards scroll inside.
        return QSize(hint.width(), max(hint.height(), 14 * self.fontMetrics().height()))

    def _legend(self) -> None:
        colours = ChartColours.from_palette(self.palette())
        blue, orange = colours.series[AFTER].name(), colours.series[BEFORE].name()
        text = colours.text.name()
        items = [
            f"<span style='color:{blue}'>\u25cf\u2501\u2501</span>&nbsp;" + html.escape(translate(
                "ui.history.steps_view", "dose (higher rows: sets \u00d7 reps \u00d7 hold)", "the key to a chart")),
            f"<span style='color:{blue}'>\u25cb\u254c\u254c</span>&nbsp;" + html.escape(translate(
                "ui.history.steps_view", "eased after It hurts", "the key to a chart; It hurts: the timer's button")),
            f"<span style='color:{text}'>\u25bc</span>&nbsp;" + html.escape(translate(
                "ui.history.steps_view", "suggestion accepted", "the key to a chart")),
            f"<span style='color:{text}'>\u25c6</span>&nbsp;" + html.escape(translate(
                "ui.history.steps_view", "next stage", "the key to a chart: moved to the program's next stage")),
            f"<span style='color:{orange}'>\u25a0\u254c\u254c</span>&nbsp;" + html.escape(translate(
                "ui.history.steps_view", "pain before", "the key to a chart: pain before the sessions")),
            f"<span style='color:{blue}'>\u25cf\u2501\u2501</span>&nbsp;" + html.escape(translate(
                "ui.history.steps_view", "pain after", "the key to a chart: pain after the sessions")),
        ]
        # Each key keeps its mark beside its first word; the keys wrap where the pane is narrow (a key
        # that never broke made the page wider than the window in Spanish at 200 %).
        self.legend.setText(" &nbsp; ".join(items))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._legend()

    # -- loading -----------------------------------------------------------------------------

    def range_days(self) -> int | None:
        return RANGES[self.range_box.currentIndex()][1]

    def period(self) -> tuple[date, date]:
        """The first and last day the cards cover."""
        span = self.stats.span() if self.stats is not None else None
        return S.range_ending(self.today(), self.range_days(), span[0] if span else None)

    def reload(self) -> None:
        """The history (or the plan) changed: reload now if shown, else on the next show."""
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def order(self, data: DoseSteps) -> list[str]:
        """The plan's exercises in plan order, then the others done in the period, in library order."""
        planned = list(dict.fromkeys(self.plan_ids()))
        rank = {ex: i for i, ex in enumerate(self.library.ids)}
        others = sorted((ex for ex in data.exercises if ex not in planned),
                        key=lambda ex: (rank.get(ex, len(rank)), ex))
        return planned + others

    def _name(self, exercise_id: str) -> str:
        ex = self.library.get(exercise_id)
        return ex.name if ex is not None else exercise_id

    def _load(self) -> None:
        self._stale = False
        if self.db is None:
            return
        first, last = self.period()
        data = self.data = read_dose_steps(self.db, first, last)
        self.content.setUpdatesEnabled(False)
        for card in self.cards.values():
            self.cards_layout.removeWidget(card)
            card.hide()  # at once: the deletion waits for the event loop
            card.deleteLater()
        self.cards = {}
        nothing = not data.exercises
        if nothing:
            none_yet = self.stats is not None and self.stats.span() is None
            self.message.setText(
                translate("ui.history.steps_view", "No sessions yet. Each exercise's dose over time appears here "
                          "once you have finished a session.") if none_yet else
                translate("ui.history.steps_view", "No sessions in this period ({period}).",
                          "period: the chosen one, in lower case: 'last 12 weeks'").format(
                    period=self.range_box.currentText().lower()))
        self.message.setVisible(nothing)
        self.scroll.setVisible(not nothing)
        self.legend.setVisible(not nothing)
        if not nothing:
            for n, ex in enumerate(self.order(data)):
                card = ExerciseCard(self._name(ex), data.of(ex), first, last, data.weekly, self.content)
                self.cards_layout.insertWidget(n, card)
                card.show()  # now, not when the layout gets round to it: what is loaded is there to read
                self.cards[ex] = card
        self.content.setUpdatesEnabled(True)
