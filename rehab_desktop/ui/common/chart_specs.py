"""Chart contents for the history: pain, active minutes, one exercise's progress and the self-checks over a date
range."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from rehab_desktop.core import stats as S
from rehab_desktop.core.exercises import LONG_HOLD_S, Exercise, WorkKind
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.self_checks import (
    BY_ID,
    MEASURES,
    Kind,
    SelfCheck,
    Unit,
    Variant,
    field_name,
    series,
)
from rehab_desktop.store import DayPain, HistoryStats
from rehab_desktop.ui.common.chart_paint import ChartSpec, Series, day_short_month, nice_step, no_sessions_yet
from rehab_desktop.ui.common.formatting import short_day

# The range selector's choices: label (English; `range_label` gives it in the user's language) and length
# in days (None: the whole history).
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ui.common.chart_specs", "Last 4 weeks"), 28),
    (QT_TRANSLATE_NOOP("ui.common.chart_specs", "Last 12 weeks"), 84),
    (QT_TRANSLATE_NOOP("ui.common.chart_specs", "Last 6 months"), 183),
    (QT_TRANSLATE_NOOP("ui.common.chart_specs", "Last year"), 365),
    (QT_TRANSLATE_NOOP("ui.common.chart_specs", "All"), None))
DEFAULT_RANGE = 1  # 12 weeks: enough to see a trend in a first month or two, fast at any history size
BLUE, ORANGE = 0, 1
_SLOT = {S.Bucket.DAY: 1, S.Bucket.WEEK: 7, S.Bucket.MONTH: 30}
# The self-check chart's choices: measure and variant; `check_choice_label` names them ("Knee-to-wall",
# "Single-leg stance, eyes open", ...) in the user's language.
CHECK_CHOICES: tuple[tuple[str, Variant], ...] = tuple((m.id, v) for m in MEASURES for v in m.variants)


def range_label(index: int) -> str:
    """The range selector's choice `index` as it shows it."""
    return translate("ui.common.chart_specs", RANGES[index][0])


def check_choice_label(index: int) -> str:
    """The self-check chart's choice `index` as it shows it: 'Single-leg stance, eyes open'."""
    measure_id, variant = CHECK_CHOICES[index]
    return field_name(BY_ID[measure_id], "", variant)


class Metric(StrEnum):
    """What an exercise's progress chart measures."""

    HOLD = "hold"
    REPS = "reps"
    WEIGHT = "weight"

    @property
    def label(self) -> str:
        if self is Metric.HOLD:
            return translate("ui.common.chart_specs", "Hold (seconds)", "what a chart shows: each set's hold")
        if self is Metric.REPS:
            return translate("ui.common.chart_specs", "Reps per set")
        return translate("ui.common.chart_specs", "Weight (kg)")


def metrics_for(exercise: Exercise) -> list[Metric]:
    """The figures worth charting for an exercise: holds, reps, and weight when it uses weights."""
    moves = exercise.dose.movements
    out = []
    if any(m.kind is WorkKind.HOLD or (m.hold is not None and m.hold.low >= LONG_HOLD_S) for m in moves):
        out.append(Metric.HOLD)
    if any(m.kind is WorkKind.REPS for m in moves):
        out.append(Metric.REPS)
    if any("weights" in e.needs for e in exercise.equipment):
        out.append(Metric.WEIGHT)
    return out


def uses_band(exercise: Exercise) -> bool:
    return any("band" in e.needs for e in exercise.equipment)


def pain_spec(stats: HistoryStats | None, first: date, last: date) -> ChartSpec:
    """Pain before and after sessions, 0-10, per day (or week or month over long ranges)."""
    days = stats.pain_by_day(first, last) if stats is not None else []
    empty = translate("ui.common.chart_specs", "No pain ratings in this period") \
        if stats is not None and stats.span() else no_sessions_yet()
    return pain_chart(days, first, last, empty)


def pain_chart(days: Sequence[DayPain], first: date, last: date, empty_text: str | None = None) -> ChartSpec:
    """Pain before and after over first..last (`empty_text`: what it says without any; default "No sessions yet")."""
    bucket = S.bucket_for(first, last)
    before = S.mean_by(((d.day, d.before) for d in days), bucket)
    after = S.mean_by(((d.day, d.after) for d in days), bucket)
    if bucket is S.Bucket.WEEK:
        title = translate("ui.common.chart_specs", "Pain before and after (0\u201310, weekly average)")
    elif bucket is S.Bucket.MONTH:
        title = translate("ui.common.chart_specs", "Pain before and after (0\u201310, monthly average)")
    else:
        title = translate("ui.common.chart_specs", "Pain before and after (0\u201310)")
    return ChartSpec(title, _start(first, bucket), last,
                     (Series(translate("ui.common.chart_specs", "Before", "pain before the session: a line's name"),
                             before, ORANGE, dashed=True, square=True),
                      Series(translate("ui.common.chart_specs", "After", "pain after the session: a line's name"),
                             after, BLUE)),
                     y_max=10, slot_days=_SLOT[bucket],
                     empty_text=empty_text if empty_text is not None else no_sessions_yet())


def minutes_spec(stats: HistoryStats | None, first: date, last: date) -> ChartSpec:
    """Minutes spent in completed sets, per week (whole weeks, Monday first)."""
    monday = S.week_start(first)
    daily = stats.active_seconds_by_day(monday, last) if stats is not None else {}
    weeks = S.weekly_totals({d: secs / 60 for d, secs in daily.items()}, monday, last) if daily else []
    return ChartSpec(translate("ui.common.chart_specs", "Active minutes per week"), monday, last,
                     (Series(translate("ui.common.chart_specs", "Minutes"), weeks, BLUE),),
                     unit="min", bars=True, slot_days=7, integer_values=True)


def exercise_spec(stats: HistoryStats | None, exercise: Exercise, metric: Metric, first: date,
                  last: date) -> ChartSpec:
    """One exercise's progress: what was achieved against the target, or the weight used."""
    bucket = S.bucket_for(first, last)
    days = stats.exercise_by_day(exercise.id, first, last) if stats is not None else []
    measure = metric.label.lower()
    if bucket is S.Bucket.WEEK:
        title = translate("ui.common.chart_specs", "{exercise}: {measure}, weekly average",
                          "measure: e.g. 'reps per set'").format(exercise=exercise.name, measure=measure)
    elif bucket is S.Bucket.MONTH:
        title = translate("ui.common.chart_specs", "{exercise}: {measure}, monthly average",
                          "measure: e.g. 'reps per set'").format(exercise=exercise.name, measure=measure)
    else:
        title = translate("ui.common.chart_specs", "{exercise}: {measure}",
                          "measure: e.g. 'reps per set'").format(exercise=exercise.name, measure=measure)
    if metric is Metric.WEIGHT:
        series = (Series(translate("ui.common.chart_specs", "Weight"),
                         S.mean_by(((d.day, d.weight_kg) for d in days), bucket), BLUE),)
        unit = "kg"
    else:
        if metric is Metric.HOLD:
            achieved = S.mean_by(((d.day, d.hold_s) for d in days), bucket)
            target = S.mean_by(((d.day, d.target_hold_s) for d in days), bucket)
        else:
            achieved = S.mean_by(((d.day, d.reps) for d in days), bucket)
            target = S.mean_by(((d.day, d.target_reps) for d in days), bucket)
        # Target first, so the achieved line is drawn over it where they meet.
        series = (Series(translate("ui.common.chart_specs", "Target", "a line's name: the dose's figure"),
                         target, ORANGE, dashed=True, square=True),
                  Series(translate("ui.common.chart_specs", "Done", "a line's name: what was achieved"),
                         achieved, BLUE))
        unit = "s" if metric is Metric.HOLD else translate("ui.common.chart_specs", "reps",
                                                           "unit after a figure on a chart's axis: '12 reps'")
    note = ""
    if uses_band(exercise):
        bands = S.changes((d.day, d.resistance) for d in days)[-4:]
        if bands:
            note = translate("ui.common.chart_specs", "Band: {changes}",
                             "the elastic band used; changes: e.g. 'red (from Sun 10 May) \u2192 green'").format(
                changes=" \u2192 ".join(
                    translate("ui.common.chart_specs", "{band} (from {day})", "band: its colour; day: 'Sun 10 May'")
                    .format(band=text, day=short_day(day)) for day, text in bands))
    return ChartSpec(title, _start(first, bucket), last, series, unit=unit, slot_days=_SLOT[bucket],
                     integer_values=metric is Metric.REPS, note=note,
                     empty_text=translate("ui.common.chart_specs", "No sets of {exercise} in this period").format(
                         exercise=exercise.name))


def self_check_spec(checks: Sequence[SelfCheck] | None, stats: HistoryStats | None, measure_id: str,
                    variant: Variant, unit: Unit, first: date, last: date) -> ChartSpec:
    """One self-check measure over first..last (whole weeks): left and right as two lines for a sided measure,
    a check not done for pain a break in its line, over faint bars of the sessions each week.

    `checks`: the checks up to `last` (earlier ones only tell "none in this period" from "none yet")."""
    m = BY_ID[measure_id]
    monday = S.week_start(first)
    checks = list(checks or ())
    lines, pain = [], []
    for side, colour in (("left", BLUE), ("right", ORANGE)) if m.sided else (("", BLUE),):
        got = [(d, v) for d, v in series(checks, (m.id, side, variant.value), unit) if monday <= d <= last]
        pain += [_pain_day(side, d) for d, v in got if v is None]
        right = side == "right"  # dashed with square markers: the lines differ without colour
        if side == "left":
            name = translate("ui.common.chart_specs", "Left", "the left side's line on a self-check chart")
        elif right:
            name = translate("ui.common.chart_specs", "Right", "the right side's line on a self-check chart")
        else:
            name = field_name(m)
        lines.append(Series(name, tuple((d, v) for d, v in got if v is not None), colour,
                            dashed=right, square=right, breaks=tuple(d for d, v in got if v is None)))
    scored = m.kind in (Kind.RATING, Kind.PERCENT)
    top = max((v for ser in lines for _, v in ser.points), default=0.0)
    y_max = m.high if scored else 10.0  # an empty chart's axis: round, in any unit
    if top and not scored:  # a round top a step above the best: few labels on a chart half the page wide
        step = nice_step(top, 4)
        y_max = step * math.ceil(top * 1.08 / step)
    sessions = S.weekly_totals(stats.day_counts(monday, last), monday, last) if stats is not None else []
    scale = "0\u201310" if m.kind is Kind.RATING else \
        translate("ui.common.chart_specs", "% of normal") if m.kind is Kind.PERCENT else m.unit_text(unit)
    empty = (translate("ui.common.chart_specs", "No self-checks yet") if not checks else
             translate("ui.common.chart_specs", "Could not be done for pain at any check in this period") if pain
             else translate("ui.common.chart_specs", "Not measured in this period"))
    # Titled as in the therapist summary; short enough for half the page at 150 % text.
    return ChartSpec(f"{field_name(m, '', variant)} ({scale})", monday, last, tuple(lines),
                     unit="" if m.kind is Kind.RATING else m.unit_text(unit),
                     y_max=y_max,
                     integer_values=scored, trend=False, empty_text=empty,
                     note=translate("ui.common.chart_specs", "Could not be done for pain: {days}.",
                                    "days: e.g. 'left 4 May, right 4 May'").format(days=", ".join(pain[-4:]))
                     if pain else "",
                     band=Series(translate("ui.common.chart_specs", "Sessions per week"), tuple(sessions))
                     if any(v for _, v in sessions) else None)


def _pain_day(side: str, day: date) -> str:
    """A check not done for pain, for the chart's note: 'left 4 May', or '4 May' for a measure without sides."""
    when = day_short_month(day)
    if side == "left":
        return translate("ui.common.chart_specs", "left {day}", "a check not done for pain; day: '4 May'").format(
            day=when)
    if side == "right":
        return translate("ui.common.chart_specs", "right {day}", "a check not done for pain; day: '4 May'").format(
            day=when)
    return when


def _start(first: date, bucket: S.Bucket) -> date:
    """The range widened to the start of its first bucket, so the first point sits inside the chart."""
    return S.bucket_start(first, bucket)
