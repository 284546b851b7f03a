"""Chart contents for the history: pain, active minutes, one exercise's progress and the self-checks over a date
range."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from rehab_desktop.core import stats as S
from rehab_desktop.core.exercises import LONG_HOLD_S, Exercise, WorkKind
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
from rehab_desktop.ui.common.chart_paint import ChartSpec, Series, nice_step
from rehab_desktop.ui.common.formatting import short_day

# The range selector's choices: label and length in days (None: the whole history).
RANGES: tuple[tuple[str, int | None], ...] = (
    ("Last 4 weeks", 28), ("Last 12 weeks", 84), ("Last 6 months", 183), ("Last year", 365), ("All", None))
DEFAULT_RANGE = 1  # 12 weeks: enough to see a trend in a first month or two, fast at any history size
BLUE, ORANGE = 0, 1
_PER = {S.Bucket.DAY: "", S.Bucket.WEEK: ", weekly average", S.Bucket.MONTH: ", monthly average"}
_SLOT = {S.Bucket.DAY: 1, S.Bucket.WEEK: 7, S.Bucket.MONTH: 30}
# The self-check chart's choices: label, measure and variant ("Knee-to-wall", "Single-leg stance, eyes open", ...).
CHECK_CHOICES: tuple[tuple[str, str, Variant], ...] = tuple(
    (field_name(m, "", v), m.id, v) for m in MEASURES for v in m.variants)


class Metric(StrEnum):
    """What an exercise's progress chart measures."""

    HOLD = "hold"
    REPS = "reps"
    WEIGHT = "weight"

    @property
    def label(self) -> str:
        return {"hold": "Hold (seconds)", "reps": "Reps per set", "weight": "Weight (kg)"}[self.value]


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
    empty = "No pain ratings in this period" if stats is not None and stats.span() else "No sessions yet"
    return pain_chart(days, first, last, empty)


def pain_chart(days: Sequence[DayPain], first: date, last: date, empty_text: str = "No sessions yet") -> ChartSpec:
    bucket = S.bucket_for(first, last)
    before = S.mean_by(((d.day, d.before) for d in days), bucket)
    after = S.mean_by(((d.day, d.after) for d in days), bucket)
    return ChartSpec(f"Pain before and after (0\u201310{_PER[bucket]})", _start(first, bucket), last,
                     (Series("Before", before, ORANGE, dashed=True, square=True), Series("After", after, BLUE)),
                     y_max=10, slot_days=_SLOT[bucket], empty_text=empty_text)


def minutes_spec(stats: HistoryStats | None, first: date, last: date) -> ChartSpec:
    """Minutes spent in completed sets, per week (whole weeks, Monday first)."""
    monday = S.week_start(first)
    daily = stats.active_seconds_by_day(monday, last) if stats is not None else {}
    weeks = S.weekly_totals({d: secs / 60 for d, secs in daily.items()}, monday, last) if daily else []
    return ChartSpec("Active minutes per week", monday, last, (Series("Minutes", weeks, BLUE),),
                     unit="min", bars=True, slot_days=7, integer_values=True)


def exercise_spec(stats: HistoryStats | None, exercise: Exercise, metric: Metric, first: date,
                  last: date) -> ChartSpec:
    """One exercise's progress: what was achieved against the target, or the weight used."""
    bucket = S.bucket_for(first, last)
    days = stats.exercise_by_day(exercise.id, first, last) if stats is not None else []
    title = f"{exercise.name}: {metric.label.lower()}{_PER[bucket]}"
    if metric is Metric.WEIGHT:
        series = (Series("Weight", S.mean_by(((d.day, d.weight_kg) for d in days), bucket), BLUE),)
        unit = "kg"
    else:
        if metric is Metric.HOLD:
            achieved = S.mean_by(((d.day, d.hold_s) for d in days), bucket)
            target = S.mean_by(((d.day, d.target_hold_s) for d in days), bucket)
        else:
            achieved = S.mean_by(((d.day, d.reps) for d in days), bucket)
            target = S.mean_by(((d.day, d.target_reps) for d in days), bucket)
        # Target first, so the achieved line is drawn over it where they meet.
        series = (Series("Target", target, ORANGE, dashed=True, square=True), Series("Done", achieved, BLUE))
        unit = "s" if metric is Metric.HOLD else "reps"
    note = ""
    if uses_band(exercise):
        bands = S.changes((d.day, d.resistance) for d in days)[-4:]
        if bands:
            note = "Band: " + " \u2192 ".join(f"{text} (from {short_day(day)})" for day, text in bands)
    return ChartSpec(title, _start(first, bucket), last, series, unit=unit, slot_days=_SLOT[bucket],
                     integer_values=metric is Metric.REPS, note=note,
                     empty_text=f"No sets of {exercise.name} in this period")


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
        pain += [f"{side} {d.day} {d:%b}".strip() for d, v in got if v is None]
        right = side == "right"  # dashed with square markers: the lines differ without colour
        lines.append(Series(side.capitalize() or m.name, tuple((d, v) for d, v in got if v is not None), colour,
                            dashed=right, square=right, breaks=tuple(d for d, v in got if v is None)))
    scored = m.kind in (Kind.RATING, Kind.PERCENT)
    top = max((v for ser in lines for _, v in ser.points), default=0.0)
    y_max = m.high if scored else 10.0  # an empty chart's axis: round, in any unit
    if top and not scored:  # a round top a step above the best: few labels on a chart half the page wide
        step = nice_step(top, 4)
        y_max = step * math.ceil(top * 1.08 / step)
    sessions = S.weekly_totals(stats.day_counts(monday, last), monday, last) if stats is not None else []
    scale = {Kind.RATING: "0\u201310", Kind.PERCENT: "% of normal"}.get(m.kind, m.unit_text(unit))
    empty = ("No self-checks yet" if not checks else
             "Could not be done for pain at any check in this period" if pain else "Not measured in this period")
    # Titled as in the therapist summary; short enough for half the page at 150 % text.
    return ChartSpec(f"{field_name(m, '', variant)} ({scale})", monday, last, tuple(lines),
                     unit="" if m.kind is Kind.RATING else m.unit_text(unit),
                     y_max=y_max,
                     integer_values=scored, trend=False, empty_text=empty,
                     note=f"Could not be done for pain: {', '.join(pain[-4:])}." if pain else "",
                     band=Series("Sessions per week", tuple(sessions)) if any(v for _, v in sessions) else None)


def _start(first: date, bucket: S.Bucket) -> date:
    """The range widened to the start of its first bucket, so the first point sits inside the chart."""
    return S.bucket_start(first, bucket)
