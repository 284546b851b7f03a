"""The therapist summary's progression table (Qt-free): per exercise, a row per week of the range.

Each row holds the sessions that did the exercise (finished, with at least one of its sets
completed), its completed sets, the dose done (the last one chosen in the week), the sessions'
pain before and after and effort (median and range), and the share of planned sets done.

Planned sets: every day of the row up to today, the plan version then in force
(`PlanTimeline.for_date`) is read, and each dose of the exercise counts as many sets as the timer
would run for it (`core.phases.expand`: sets × movements × sides, the sides as the timer options
say). A session on a day the plan left free adds done sets but no planned ones, so the share may
pass 100 %.

A long range would give more rows than a page holds: the rows then cover 2, 4, 13, 26 or 52
weeks each, the shortest that keeps at most MAX_ROWS rows (`periods`).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.phases import expand
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.plan_versions import PlanTimeline
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.timer import TimerOptions

MAX_ROWS = 12
ROW_WEEKS = (1, 2, 4, 13, 26, 52)


@dataclass(frozen=True)
class Spread:
    """The median of some ratings and their lowest and highest."""

    median: float
    low: int
    high: int

    @staticmethod
    def of(values: list[int]) -> Spread | None:
        return Spread(statistics.median(values), min(values), max(values)) if values else None


@dataclass(frozen=True)
class ProgressionRow:
    """One exercise over first..last (a week, or several on a long range)."""

    first: date
    last: date
    sessions: int
    sets_done: int
    sets_planned: int | None  # None: no plan was in force (or nothing had come due yet)
    dose: Prescription | None  # the last dose done in the row
    pain_before: Spread | None
    pain_after: Spread | None
    effort: Spread | None
    eased: int = 0  # sessions whose dose was made easier after "It hurts"
    by_hand: int = 0  # sessions entered by hand
    stopped: int = 0  # "It hurts" answered with stopping the exercise
    prescribed: bool = False  # the last dose was one the therapist prescribed

    @property
    def share(self) -> float | None:
        """Sets done over sets planned, or None when none was planned."""
        return self.sets_done / self.sets_planned if self.sets_planned else None


@dataclass(frozen=True)
class ExerciseProgression:
    exercise_id: str
    rows: tuple[ProgressionRow, ...]

    @property
    def pain_trend(self) -> tuple[float | None, ...]:
        """The median pain after sessions in each row (None where none was rated), for a trend line."""
        return tuple(r.pain_after.median if r.pain_after else None for r in self.rows)


def row_weeks(first: date, last: date) -> int:
    """How many weeks one row covers for the range first..last."""
    weeks = -(-((last - first).days + 1) // 7)
    return next((k for k in ROW_WEEKS if -(-weeks // k) <= MAX_ROWS), ROW_WEEKS[-1])


def periods(first: date, last: date) -> list[tuple[date, date]]:
    """The rows' spans: blocks of `row_weeks` weeks from `first`, the last one cut at `last` (or, when
    that would leave less than half a row of several weeks, the one before it running to `last`)."""
    step = timedelta(weeks=row_weeks(first, last))
    out, start = [], first
    while start <= last:
        out.append((start, min(last, start + step - timedelta(days=1))))
        start += step
    # Rows of several weeks: a stub at the end shorter than half a row joins the row before it.
    if len(out) > 1 and step > timedelta(weeks=1) and (out[-1][1] - out[-1][0]) < step / 2:
        out[-2:] = [(out[-2][0], last)]
    return out


def versions_in_range(timeline: PlanTimeline, first: date, last: date) -> tuple[WeekPlan, ...]:
    """The plan versions in force on at least one day of first..last, oldest first."""
    started = timeline.started
    out = []
    for i, plan in enumerate(started):
        end = started[i + 1].starts_on - timedelta(days=1) if i + 1 < len(started) else date.max
        if plan.starts_on <= last and end >= first:
            out.append(plan)
    return tuple(out)


def build_progression(read, first: date, last: date, today: date, library: Library | None = None,
                      timeline: PlanTimeline | None = None, options: TimerOptions | None = None,
                      order: list[str] | None = None) -> tuple[ExerciseProgression, ...]:
    """Per exercise done or planned in first..last, its rows; `read(sql, params)` runs a query.

    `library` is needed to count planned sets (an exercise it doesn't know has none counted).
    """
    days = (first.isoformat(), last.isoformat())
    spans = periods(first, last)
    starts = [a for a, _b in spans]

    def row_of(day_text: str) -> int:
        day = date.fromisoformat(day_text)
        i = (day - first).days // (starts[1] - starts[0]).days if len(starts) > 1 else 0
        return min(i, len(spans) - 1)

    # One pass over the sets (completed ones per session and exercise), then grouped by row and
    # exercise in SQL: at ten years Python sees a few hundred rows, not 24,000 sessions' worth.
    step = (starts[1] - starts[0]).days if len(starts) > 1 else 10 ** 6
    row = (f"min(CAST((julianday(s.local_day) - julianday('{first.isoformat()}')) / {step} AS INTEGER),"
           f" {len(spans) - 1})")
    grouped = read(
        "WITH done AS (SELECT t.session_id AS sid, t.exercise_id AS ex, count(*) AS n FROM sessions s"
        " JOIN sets t ON t.session_id = s.id WHERE s.local_day BETWEEN ? AND ? AND s.state = 'finished'"
        " AND t.status = 'completed' GROUP BY t.session_id, t.exercise_id)"
        f" SELECT {row}, d.ex, count(*), total(d.n), total(s.entered_by_hand), group_concat(s.pain_before),"
        " group_concat(s.pain_after), group_concat(s.effort), total(e.eased),"
        # SQLite takes the bare dose columns from the row holding the max(): the row's last session.
        " max(s.started_at || printf('%012d', s.id)), e.sets, e.reps, e.hold_s, e.resistance, e.weight_kg,"
        " e.prescribed, e.prescribed_by"
        " FROM done d JOIN sessions s ON s.id = d.sid"
        " LEFT JOIN session_exercises e ON e.session_id = d.sid AND e.exercise_id = d.ex"
        " GROUP BY 1, d.ex", days)
    stops = {(i, ex): n for i, ex, n in read(
        f"SELECT {row}, p.exercise_id, count(*) FROM sessions s JOIN pain_flags p ON p.session_id = s.id"
        " WHERE s.local_day BETWEEN ? AND ? AND s.state = 'finished' AND p.action = 'stop'"
        " GROUP BY 1, p.exercise_id", days)}

    def ints(text: str | None) -> list[int]:
        return [int(v) for v in text.split(",")] if text else []

    acc: dict[str, list[dict]] = {}
    for i, ex, sessions, sets, by_hand, before, after, effort, eased, _last, *dose in grouped:
        acc.setdefault(ex, [{} for _ in spans])[i] = {
            "sessions": sessions, "sets": int(sets), "by_hand": int(by_hand), "eased": int(eased),
            "before": ints(before), "after": ints(after), "effort": ints(effort),
            "stopped": stops.get((i, ex), 0),
            "dose": None if dose[0] is None else Prescription(ex, *dose[:5], prescribed=bool(dose[5]),
                                                              prescribed_by=dose[6])}

    planned: dict[str, list[int]] = {}
    if timeline is not None and library is not None and timeline.started:
        options = options or TimerOptions()
        per_dose: dict[Prescription, int] = {}
        day, end = max(first, timeline.started[0].starts_on), min(last, today)
        i = row_of(day.isoformat()) if day <= end else 0
        while day <= end:
            if i + 1 < len(spans) and day >= spans[i + 1][0]:
                i += 1
            for dose in timeline.for_date(day):
                n = per_dose.get(dose)
                if n is None:
                    ex = library.get(dose.exercise_id)
                    n = per_dose[dose] = len(expand(ex, dose, options).sets) if ex is not None else 0
                planned.setdefault(dose.exercise_id, [0] * len(spans))[i] += n
            day += timedelta(days=1)

    ids = list(dict.fromkeys([*acc, *planned]))
    if order:
        rank = {ex: i for i, ex in enumerate(order)}
        ids.sort(key=lambda ex: (rank.get(ex, len(rank)), ex))
    out = []
    for ex in ids:
        cells = acc.get(ex) or [{} for _ in spans]
        plan = planned.get(ex)
        rows = []
        for k, ((a, b), c) in enumerate(zip(spans, cells, strict=True)):
            dose = c.get("dose")
            rows.append(ProgressionRow(
                a, b, c.get("sessions", 0), c.get("sets", 0), (plan[k] or None) if plan else None, dose,
                Spread.of(c.get("before", [])), Spread.of(c.get("after", [])), Spread.of(c.get("effort", [])),
                c.get("eased", 0), c.get("by_hand", 0), c.get("stopped", 0), bool(dose and dose.prescribed)))
        out.append(ExerciseProgression(ex, tuple(rows)))
    return tuple(out)
