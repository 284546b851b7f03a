"""The therapist summary's figures for a date range, gathered from the history (rendering is the UI's job)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

from rehab_desktop.core import stats as S
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.plan_versions import PlanTimeline
from rehab_desktop.core.self_checks import SelfCheck
from rehab_desktop.core.timer import TimerOptions
from rehab_desktop.store.db import connect_read_only
from rehab_desktop.store.errors import from_sqlite
from rehab_desktop.store.models import PainFlag
from rehab_desktop.store.progression import ExerciseProgression, build_progression, versions_in_range
from rehab_desktop.store.self_checks import SelfCheckRepo
from rehab_desktop.store.stats_queries import DayNote, DayPain, ExerciseTotal, HistoryStats

EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True)
class PainMeans:
    """Mean pain before and after sessions over some days (None where nothing was rated)."""

    before: float | None
    after: float | None


@dataclass(frozen=True)
class TherapistSummary:
    """Everything the summary page shows, for first..last."""

    first: date
    last: date
    made_on: date
    sessions: int  # counted: finished, with at least one completed set
    active_days: int
    adherence: S.Adherence
    streak_at_end: S.Streak  # alive on the last day (or today, if sooner)
    longest_in_range: S.Streak
    active_minutes: float
    weeks: float  # the range's length in weeks, for averages
    pain: PainMeans
    pain_first_week: PainMeans | None  # only for ranges of more than two weeks
    pain_last_week: PainMeans | None
    pain_days: tuple[DayPain, ...]
    exercises: tuple[ExerciseTotal, ...]  # in the order given by `order`
    pain_flags: tuple[tuple[date, PainFlag], ...]
    notes: tuple[DayNote, ...]
    entered_by_hand: int = 0  # of `sessions`, those logged after the fact
    progression: tuple[ExerciseProgression, ...] = ()  # per exercise, a row per week (store.progression)
    plan_versions: tuple[WeekPlan, ...] = ()  # the plan versions in force in the range, oldest first
    patient: str = ""  # the names for the header, from Settings (printed only in the summary)
    therapist: str = ""
    self_checks: tuple[SelfCheck, ...] = ()  # the checks taken on a day in first..last, oldest first
    check_unit: str = "cm"  # knee-to-wall distances shown in "cm" or "in" (core.self_checks.Unit)

    @property
    def no_sessions(self) -> bool:
        return self.sessions == 0 and not self.exercises and not self.notes and not self.pain_days

    @property
    def empty(self) -> bool:
        return self.no_sessions and not self.self_checks


def _means(days: list[DayPain]) -> PainMeans:
    def mean(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    return PainMeans(mean([d.before for d in days if d.before is not None]),
                     mean([d.after for d in days if d.after is not None]))


def build_summary(stats: HistoryStats, first: date, last: date, today: date,
                  planned_days: S.PlannedDays | None = None, order: list[str] | None = None, *,
                  timeline: PlanTimeline | None = None, library: Library | None = None,
                  options: TimerOptions | None = None, patient: str = "", therapist: str = "",
                  check_unit: str = "cm") -> TherapistSummary:
    """Gather the summary of first..last; `today` bounds what counts as missed, `order` sorts exercises (ids).

    `timeline` (PlanRepo.timeline()) gives the plan versions for the header and, with `library`
    and the timer `options` (the sides), the planned sets of the progression table. The self-checks
    are shown with knee-to-wall in `check_unit` ("cm" or "in", from Settings).
    """
    if last < first:
        raise ValueError(f"the range ends ({last}) before it starts ({first})")
    # The progression reads every set of the range once, as exercise_totals does: on a connection
    # of its own in a thread (sqlite3 lets go of the GIL), the two passes overlap, and ten years'
    # summary stays under a second (benchmarks/summary_pdf.py).
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_progression, stats, first, last, today, library, timeline, options, order)

        def progression() -> tuple[ExerciseProgression, ...]:
            got = future.result()
            if got is None:  # no second connection: the same queries on this one
                got = build_progression(stats.read, first, last, today, library, timeline, options, order)
            return got

        return _build(stats, first, last, today, planned_days, order, timeline, patient, therapist, progression,
                      check_unit)


def _progression(stats: HistoryStats, first, last, today, library, timeline, options, order):
    """build_progression over a read-only connection of its own (the open one belongs to its thread)."""
    path = stats.path
    try:
        conn = connect_read_only(path, check_same_thread=False)
    except sqlite3.Error:
        conn = None
    if conn is None:
        return None  # the caller reads on its own connection instead

    def read(sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise from_sqlite(exc, path) from exc

    try:
        conn.execute("BEGIN")  # one snapshot for its queries
        return build_progression(read, first, last, today, library, timeline, options, order)
    finally:
        conn.close()


def _build(stats, first, last, today, planned_days, order, timeline, patient, therapist,
           progression: Callable[[], tuple[ExerciseProgression, ...]], check_unit: str = "cm") -> TherapistSummary:
    # Streak rules count days after the range as not yet lived, so the figures describe the range.
    now = min(today, last + timedelta(days=1))
    every_day = stats.day_counts(EARLIEST, last)
    counts = {d: n for d, n in every_day.items() if d >= first}
    planned = planned_days(min(every_day, default=first), last) if planned_days is not None else None
    pain_days = stats.pain_by_day(first, last)
    exercises = stats.exercise_totals(first, last)
    if order:
        rank = {ex: i for i, ex in enumerate(order)}
        exercises.sort(key=lambda t: (rank.get(t.exercise_id, len(rank)), t.exercise_id))
    span = (last - first).days + 1
    first_week = [d for d in pain_days if d.day < first + timedelta(days=7)]
    last_week = [d for d in pain_days if d.day > last - timedelta(days=7)]
    split = span > 14 and first_week and last_week
    return TherapistSummary(
        first=first, last=last, made_on=today,
        sessions=sum(counts.values()), active_days=len(counts),
        adherence=S.adherence(counts, first, last, now, planned),
        streak_at_end=S.current_streak(every_day, now, planned),
        longest_in_range=S.longest_streak(counts, now, planned),
        active_minutes=sum(t.active_s for t in exercises) / 60,
        weeks=span / 7,
        pain=_means(pain_days),
        pain_first_week=_means(first_week) if split else None,
        pain_last_week=_means(last_week) if split else None,
        pain_days=tuple(pain_days),
        exercises=tuple(exercises),
        pain_flags=tuple(stats.pain_flags(first, last)),
        notes=tuple(stats.notes(first, last)),
        entered_by_hand=stats.entered_by_hand(first, last),
        progression=progression(),
        plan_versions=versions_in_range(timeline, first, last) if timeline is not None else (),
        patient=patient.strip(), therapist=therapist.strip(),
        # On the open connection, like the figures above (the progression alone reads on one of its own).
        self_checks=tuple(SelfCheckRepo(stats.db).checks(first, last)),
        check_unit=check_unit,
    )
