"""History statistics from plain dates and numbers: streaks, adherence, weekly totals and chart series.

Days are local calendar days as the store files sessions (`SessionSummary.local_day`), so
daylight-saving changes and sessions just after midnight are settled before anything here runs.

A session *counts* when it is finished and at least one of its sets was completed, whether the
timer recorded it or it was entered by hand; it is *partly done* when some of its sets were
skipped as well (a set left partway is skipped). A day counts when it has a counted session.
`HistoryStats.day_tallies` gives exactly these, per day, and everything that counts sessions
reads them: the streaks, adherence, "sessions this week" and the calendar's marks (`day_marks`).
Weeks run Monday to Sunday (`WEEK_STARTS`), as the calendar's rows do. With no weekly plan every day is
expected; with a plan (issue 6) only the planned days are, and a day neither planned nor done
is neutral: it neither extends nor breaks a streak. Today never breaks anything until it is over.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

# What issue 6's plan hands in: the planned days between two days, both included.
PlannedDays = Callable[[date, date], set[date]]
Point = tuple[date, float]

ONE_DAY = timedelta(days=1)


WEEK_STARTS = 0  # Monday, as date.weekday() numbers it: the calendar's first column and every weekly figure


def week_start(day: date) -> date:
    """The Monday of `day`'s week (ISO weeks, as the calendar shows them)."""
    return day - timedelta(days=(day.weekday() - WEEK_STARTS) % 7)


@dataclass(frozen=True)
class DayTally:
    """A day's counted sessions: those with every set done, and those partly done (some sets skipped)."""

    done: int = 0
    partly: int = 0

    @property
    def sessions(self) -> int:
        return self.done + self.partly


def session_counts(tallies: Mapping[date, DayTally]) -> dict[date, int]:
    """Counted sessions per day (partly done ones included), for the streaks and weekly figures."""
    return {day: t.sessions for day, t in tallies.items() if t.sessions}


class DayMark(StrEnum):
    """What the calendar marks on a day, and what its legend explains."""

    DONE = "done"  # a filled dot per session
    PARTLY = "partly"  # a half-filled dot: some sets skipped
    PLANNED = "planned"  # a grey ring: planned, today or later
    MISSED = "missed"  # an orange ring: planned, over, and no session


def day_marks(tallies: Mapping[date, DayTally], planned: Collection[date], first: date, last: date,
              today: date) -> dict[date, tuple[DayMark, ...]]:
    """The calendar's marks for first..last: one DONE or PARTLY per counted session (done first, at
    most three), else MISSED or PLANNED for a planned day without one."""
    out: dict[date, tuple[DayMark, ...]] = {}
    for day in days_between(first, last):
        t = tallies.get(day)
        if t is not None and t.sessions:
            out[day] = ((DayMark.DONE,) * t.done + (DayMark.PARTLY,) * t.partly)[:3]
        elif day in planned:
            out[day] = (DayMark.MISSED,) if day < today else (DayMark.PLANNED,)
    return out


def days_between(first: date, last: date) -> Iterable[date]:
    """Every day from `first` to `last`, both included."""
    for n in range((last - first).days + 1):
        yield first + timedelta(days=n)


@dataclass(frozen=True)
class Streak:
    """A run of days: how many counted days it holds, and its first and last counted day."""

    length: int = 0
    first: date | None = None
    last: date | None = None


def _expectation(planned: Collection[date] | None) -> Callable[[date], bool]:
    """Whether a day without a session breaks a streak: every day without a plan, else planned days.

    Before the plan's first planned day (the plan didn't exist yet) every day is expected again,
    so history from before the plan keeps its old streaks.
    """
    if not planned:
        return lambda day: True
    start = min(planned)
    return lambda day: day < start or day in planned


def current_streak(done: Collection[date], today: date, planned: Collection[date] | None = None) -> Streak:
    """The streak that is still alive today: counted days back from today until an expected day was missed.

    Today not done yet is neutral (the day is not over). `planned` None (or empty) means every day
    is expected; otherwise it must hold the planned days from the streak's start to today.
    """
    if not done:
        return Streak()
    earliest = min(done)
    expected = _expectation(planned)
    length, first, last = 0, None, None
    day = today
    while day >= earliest:
        if day in done:
            length += 1
            first, last = day, last or day
        elif day < today and expected(day):
            break
        day -= ONE_DAY
    return Streak(length, first, last)


def longest_streak(done: Collection[date], today: date, planned: Collection[date] | None = None) -> Streak:
    """The longest run of counted days ever, with the same rules as `current_streak`.

    On a tie the most recent run wins, so a streak matched today reads as today's.
    """
    if not done:
        return Streak()
    expected = _expectation(planned)
    best = run = Streak()
    for day in days_between(min(done), max(max(done), today)):
        if day in done:
            run = Streak(run.length + 1, run.first or day, day)
            if run.length >= best.length:
                best = run
        elif day < today and expected(day):
            run = Streak()
    return best


@dataclass(frozen=True)
class Adherence:
    """How many expected days in a period had a session: planned days with a plan, every day without."""

    expected: int
    kept: int
    first: date
    last: date
    with_plan: bool

    @property
    def ratio(self) -> float | None:
        return None if self.expected == 0 else self.kept / self.expected


def adherence(done: Collection[date], first: date, last: date, today: date,
              planned: Collection[date] | None = None) -> Adherence:
    """Expected days kept in first..last; days after today are left out, and today only once done.

    Sessions on days the plan leaves free don't count, so adherence never passes 100 %; nor do days
    before the plan began (an empty `planned` is no plan).
    """
    expected = kept = 0
    for day in days_between(first, min(last, today)):
        if planned and day not in planned:
            continue
        if day in done:
            expected += 1
            kept += 1
        elif day < today:
            expected += 1
    return Adherence(expected, kept, first, last, bool(planned))


def missed_days(done: Collection[date], planned: Collection[date], first: date, last: date,
                today: date) -> set[date]:
    """Planned days in first..last, before today, with no session: the calendar's "missed" marks."""
    return {d for d in planned if first <= d <= last and d < today and d not in done}


def sessions_in_week(day_counts: Mapping[date, int], today: date) -> int:
    """Counted sessions from this week's Monday up to today (two in one day count as two; partly
    done and by-hand sessions count): the sessions the calendar marks in today's row."""
    monday = week_start(today)
    return sum(n for day, n in day_counts.items() if monday <= day <= today)


TREND_MIN_POINTS = 4  # fewer points than this say too little about a direction to draw one


@dataclass(frozen=True)
class Trend:
    """A least-squares straight line through dated values: `slope` per day, `value` at `origin`."""

    origin: date
    value: float
    slope: float

    def at(self, day: date) -> float:
        return self.value + self.slope * (day - self.origin).days


def linear_trend(points: Sequence[Point], minimum: int = TREND_MIN_POINTS) -> Trend | None:
    """The least-squares line through `points` (days as x), or None with fewer than `minimum` points
    or all on one day (no direction to tell)."""
    if len(points) < max(2, minimum):
        return None
    origin = points[0][0]
    xs = [(day - origin).days for day, _ in points]
    ys = [float(v) for _, v in points]
    n = len(points)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    return Trend(origin, my - slope * mx, slope)


class Bucket(StrEnum):
    """How chart points are grouped: by day for short ranges, by week or month for long ones."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def bucket_for(first: date, last: date) -> Bucket:
    """Up to about three months: days; up to two years: weeks; longer: months (points stay readable)."""
    span = (last - first).days + 1
    if span <= 92:
        return Bucket.DAY
    if span <= 2 * 366:
        return Bucket.WEEK
    return Bucket.MONTH


def bucket_start(day: date, bucket: Bucket) -> date:
    if bucket is Bucket.WEEK:
        return week_start(day)
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    return day


def mean_by(points: Iterable[tuple[date, float | None]], bucket: Bucket) -> list[Point]:
    """The mean of each bucket's values (None values skipped), one point per bucket that has any, in order."""
    sums: dict[date, list[float]] = {}
    for day, value in points:
        if value is None:
            continue
        acc = sums.setdefault(bucket_start(day, bucket), [0.0, 0])
        acc[0] += value
        acc[1] += 1
    return [(start, total / n) for start, (total, n) in sorted(sums.items())]


def weekly_totals(daily: Mapping[date, float], first: date, last: date) -> list[Point]:
    """Sum per Monday-week covering first..last, with zero for weeks without any: bars for every week."""
    totals: dict[date, float] = {}
    monday = week_start(first)
    while monday <= last:
        totals[monday] = 0.0
        monday += timedelta(days=7)
    for day, value in daily.items():
        if first <= day <= last:
            totals[week_start(day)] += value
    return sorted(totals.items())


def range_ending(today: date, days: int | None, earliest: date | None) -> tuple[date, date]:
    """first..today spanning `days` days, or from `earliest` (else today) when `days` is None ("all")."""
    if days is None:
        return (earliest or today), today
    return today - timedelta(days=days - 1), today


def changes(points: Iterable[tuple[date, str]]) -> list[tuple[date, str]]:
    """The points where a text value (a band's resistance) differs from the one before; blanks skipped."""
    out: list[tuple[date, str]] = []
    for day, text in points:
        text = (text or "").strip()
        if text and (not out or out[-1][1] != text):
            out.append((day, text))
    return out
