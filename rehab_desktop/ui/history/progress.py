"""Progress charts over a chosen range: pain before and after, active minutes per week, one exercise's progress,
and one self-check measure over the sessions per week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rehab_desktop.core import stats as S
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.self_checks import SelfCheck, Unit
from rehab_desktop.store import HistoryStats
from rehab_desktop.ui.common.chart_paint import ChartSpec
from rehab_desktop.ui.common.chart_specs import (
    CHECK_CHOICES,
    DEFAULT_RANGE,
    RANGES,
    Metric,
    check_choice_label,
    exercise_spec,
    metrics_for,
    minutes_spec,
    pain_spec,
    range_label,
    self_check_spec,
)
from rehab_desktop.ui.common.charts import ChartWidget
from rehab_desktop.ui.common.preferences import PreferenceStore

CHART_LINES = 18  # a chart side by side with another is at least this many lines of text wide


class ProgressView(QWidget):
    """Four charts and the choices for them; loads its data only while shown (`reload` marks it stale).

    `checks(first, last)` reads the self-checks (None: the self-check chart stays empty)."""

    def __init__(self, stats: HistoryStats | None, library: Library, prefs: PreferenceStore | None,
                 today: Callable[[], date], parent: QWidget | None = None,
                 checks: Callable[[date, date], list[SelfCheck]] | None = None):
        super().__init__(parent)
        self.stats = stats
        self.checks = checks
        self.library = library
        self.prefs = prefs
        self.today = today
        self._stale = True
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(translate("ui.history.progress", "Period shown in the charts"))
        for index in range(len(RANGES)):
            self.range_box.addItem(range_label(index))
        self.exercise_box = QComboBox(self)
        self.exercise_box.setAccessibleName(translate("ui.history.progress", "Exercise to chart"))
        # The longest name would otherwise set the pane's minimum width at large text sizes.
        self.exercise_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exercise_box.setMinimumContentsLength(14)
        for ex in library.exercises:
            self.exercise_box.addItem(ex.name, ex.id)
        self.metric_box = QComboBox(self)
        self.metric_box.setAccessibleName(translate("ui.history.progress", "What to chart for the exercise"))
        self._restore_choices()
        # The self-check chart has its own choice, just above it.
        self.check_part = QWidget(self)
        self.check_box = QComboBox(self.check_part)
        self.check_box.setAccessibleName(translate("ui.history.progress", "Self-check measure to chart"))
        # Half the page's width at large text: the widest choice must not widen its column.
        self.check_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.check_box.setMinimumContentsLength(14)
        for index in range(len(CHECK_CHOICES)):
            self.check_box.addItem(check_choice_label(index))

        today_ = today()
        first = today_ - timedelta(days=83)
        self.pain_chart = ChartWidget(pain_spec(None, first, today_), self)
        self.minutes_chart = ChartWidget(minutes_spec(None, first, today_), self)
        progress_title = translate("ui.history.progress", "Exercise progress")
        self.exercise_chart = ChartWidget(ChartSpec(progress_title, first, today_), self)
        self.self_check_chart = ChartWidget(self._check_spec(None, first, today_), self.check_part)

        self.period_label = QLabel(translate("ui.history.progress", "Perio&d:"), self)
        self.period_label.setBuddy(self.range_box)
        self.exercise_label = QLabel(translate("ui.history.progress", "E&xercise:"), self)
        self.exercise_label.setBuddy(self.exercise_box)
        # Short, so the longest choice fits beside it in half the page at 150 % text; and every letter of
        # "Self-check" is taken on this page (k by the Self-check tab).
        self.check_label = QLabel(translate("ui.history.progress", "&Measure:"), self.check_part)
        self.check_label.setBuddy(self.check_box)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label)
        check_row.addWidget(self.check_box, 1)
        check_lay = QVBoxLayout(self.check_part)
        check_lay.setContentsMargins(0, 0, 0, 0)
        check_lay.addLayout(check_row)
        check_lay.addWidget(self.self_check_chart, 1)
        # The choices in one row or two, the charts in two columns or one: arrange() decides.
        self.choices = QGridLayout()
        self.charts = QGridLayout()
        self.charts.setSpacing(12)
        self._shape: tuple[bool, bool] | None = None
        lay = QVBoxLayout(self)
        lay.addLayout(self.choices)
        lay.addLayout(self.charts, 1)
        self.arrange(10 ** 6)

        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.exercise_box.currentIndexChanged.connect(self._exercise_changed)
        self.metric_box.currentIndexChanged.connect(lambda _i: self._load_exercise())
        self.check_box.currentIndexChanged.connect(self._check_changed)
        if prefs is not None:
            prefs.changed.connect(self._prefs_changed)

    def arrange(self, width: int) -> None:
        """Lay the choices and charts out for `width` pixels (the page's, this view's margins included)."""
        m = self.layout().contentsMargins()
        width -= m.left() + m.right()
        gap = max(6, self.choices.horizontalSpacing())
        row = [self.period_label, self.range_box, self.exercise_label, self.exercise_box, self.metric_box]
        one_row = sum(w.sizeHint().width() for w in row) + 24 + gap * (len(row) - 1)
        chart = max(self.pain_chart.minimumSizeHint().width(), CHART_LINES * self.pain_chart.fontMetrics().height())
        shape = (one_row <= width, 2 * chart + self.charts.horizontalSpacing() <= width)
        if shape == self._shape:
            return
        self._shape = wide, two = shape
        for w in row:
            self.choices.removeWidget(w)
        self.choices.addWidget(self.period_label, 0, 0)
        self.choices.addWidget(self.range_box, 0, 1, Qt.AlignmentFlag.AlignLeft if not wide else Qt.AlignmentFlag(0))
        self.choices.addWidget(self.exercise_label, 0 if wide else 1, 2 if wide else 0)
        self.choices.addWidget(self.exercise_box, 0 if wide else 1, 3 if wide else 1)
        # Narrow: what to chart goes under the exercise (side by side they were wider than the page in Spanish).
        self.choices.addWidget(self.metric_box, 0 if wide else 2, 4 if wide else 1)
        for col in range(5):
            self.choices.setColumnStretch(col, 0)
        self.choices.setColumnStretch(3 if wide else 1, 1)
        self.exercise_label.setContentsMargins(24 if wide else 0, 0, 0, 0)  # a gap between the two choices
        for w in (self.pain_chart, self.minutes_chart, self.exercise_chart, self.check_part):
            self.charts.removeWidget(w)
        self.charts.addWidget(self.pain_chart, 0, 0)
        self.charts.addWidget(self.minutes_chart, 0 if two else 1, 1 if two else 0)
        # The exercise's chart and the self-check's side by side: a third row would squeeze every chart (the
        # page's height is the Sessions tab's) or make the page scroll at 100 %.
        self.charts.addWidget(self.exercise_chart, 1 if two else 2, 0)
        self.charts.addWidget(self.check_part, 1 if two else 3, 1 if two else 0)
        self.charts.setColumnStretch(0, 1)
        self.charts.setColumnStretch(1, 1 if two else 0)

    # -- choices -----------------------------------------------------------------------------

    def _restore_choices(self) -> None:
        index, exercise = DEFAULT_RANGE, None
        if self.prefs is not None:
            saved = self.prefs.values.chart_range
            index = saved if saved >= 0 else DEFAULT_RANGE
            exercise = self.prefs.values.chart_exercise or None
        self.range_box.setCurrentIndex(index if 0 <= index < len(RANGES) else DEFAULT_RANGE)
        found = self.exercise_box.findData(exercise) if exercise else -1
        self.exercise_box.setCurrentIndex(max(0, found))
        self._fill_metrics()

    def _fill_metrics(self) -> None:
        ex = self.library.get(self.exercise_box.currentData())
        current = self.metric_box.currentData()
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for metric in metrics_for(ex) if ex else ():
            self.metric_box.addItem(metric.label, metric.value)
        found = self.metric_box.findData(current)
        self.metric_box.setCurrentIndex(max(0, found))
        self.metric_box.blockSignals(False)

    def range_days(self) -> int | None:
        return RANGES[self.range_box.currentIndex()][1]

    def period(self) -> tuple[date, date]:
        """The first and last day the charts cover."""
        span = self.stats.span() if self.stats is not None else None
        return S.range_ending(self.today(), self.range_days(), span[0] if span else None)

    def _range_changed(self, index: int) -> None:
        if self.prefs is not None:
            self.prefs.update(chart_range=index)
        self._load_all()

    def _check_changed(self, _index: int = 0) -> None:
        if self.isVisible():
            self._load_checks()
        else:
            self._stale = True

    def _prefs_changed(self, names: frozenset) -> None:
        if "check_unit" in names:
            self._check_changed()

    def _exercise_changed(self, _index: int) -> None:
        if self.prefs is not None:
            self.prefs.update(chart_exercise=self.exercise_box.currentData() or "")
        self._fill_metrics()
        self._load_exercise()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """The history changed: reload now if shown, else on the next show."""
        self._stale = True
        if self.isVisible():
            self._load_all()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._load_all()

    def _load_all(self) -> None:
        self._stale = False
        first, last = self.period()
        self.pain_chart.set_spec(pain_spec(self.stats, first, last))
        self.minutes_chart.set_spec(minutes_spec(self.stats, first, last))
        self._load_exercise()
        self._load_checks()

    def _load_exercise(self) -> None:
        ex = self.library.get(self.exercise_box.currentData())
        metric = self.metric_box.currentData()
        if ex is None or metric is None:
            return
        first, last = self.period()
        self.exercise_chart.set_spec(exercise_spec(self.stats, ex, Metric(metric), first, last))

    def _load_checks(self) -> None:
        # Read from the first check on: an empty period then tells "none in this period" from "none yet".
        first, last = self.period()
        self.self_check_chart.set_spec(self._check_spec(self.checks(date.min, last) if self.checks else None,
                                                        first, last))

    def _check_spec(self, checks: list[SelfCheck] | None, first: date, last: date) -> ChartSpec:
        measure, variant = CHECK_CHOICES[max(0, self.check_box.currentIndex())]
        unit = Unit(self.prefs.values.check_unit) if self.prefs is not None else Unit.CM
        return self_check_spec(checks, self.stats if checks else None, measure, variant, unit, first, last)
