"""History statistics on plain days: streaks, adherence, weekly totals and chart buckets (no Qt, no store)."""

from __future__ import annotations

from datetime import date, timedelta

from rehab_desktop.core import stats as S


def run(first: date, n: int) -> set[date]:
    return {first + timedelta(days=i) for i in range(n)}


def test_empty_history():
    today = date(2026, 5, 10)
    assert S.current_streak(set(), today) == S.Streak()
    assert S.longest_streak(set(), today) == S.Streak()
    a = S.adherence(set(), date(2026, 5, 1), today, today)
    assert (a.expected, a.kept, a.ratio) == (9, 0, 0.0)
    assert S.adherence(set(), today, today, today).ratio is None  # today not over: nothing expected yet
    assert S.sessions_in_week({}, today) == 0
    assert S.weekly_totals({}, date(2026, 4, 27), today) == [(date(2026, 4, 27), 0.0), (date(2026, 5, 4), 0.0)]
    assert S.mean_by([], S.Bucket.DAY) == []


def test_streak_across_month_end():
    done = run(date(2026, 4, 28), 5)  # 28 Apr .. 2 May
    assert S.current_streak(done, date(2026, 5, 2)) == S.Streak(5, date(2026, 4, 28), date(2026, 5, 2))


def test_streak_across_year_end_and_leap_day():
    done = run(date(2023, 12, 30), 4) | run(date(2024, 2, 27), 4)  # to 2 Jan; 27 Feb .. 1 Mar 2024
    assert S.longest_streak(done, date(2024, 3, 1)).length == 4
    assert S.current_streak(done, date(2024, 3, 1)) == S.Streak(4, date(2024, 2, 27), date(2024, 3, 1))
    assert S.longest_streak(run(date(2023, 12, 25), 14), date(2024, 1, 20)) == \
        S.Streak(14, date(2023, 12, 25), date(2024, 1, 7))


def test_today_not_done_yet_keeps_the_streak():
    done = run(date(2026, 5, 1), 9)  # to 9 May
    today = date(2026, 5, 10)
    assert S.current_streak(done, today).length == 9
    # Tomorrow, the missed 10th breaks it.
    assert S.current_streak(done, today + timedelta(days=1)).length == 0
    assert S.longest_streak(done, today + timedelta(days=5)).length == 9


def test_a_missed_day_breaks_it_without_a_plan():
    done = run(date(2026, 5, 1), 3) | run(date(2026, 5, 5), 4)  # gap on the 4th
    assert S.current_streak(done, date(2026, 5, 8)) == S.Streak(4, date(2026, 5, 5), date(2026, 5, 8))
    assert S.longest_streak(done, date(2026, 5, 8)) == S.Streak(4, date(2026, 5, 5), date(2026, 5, 8))


def test_with_a_plan_free_days_are_neutral():
    # Plan: Monday, Wednesday, Friday. May 2026: the 4th is a Monday.
    planned = {d for d in run(date(2026, 4, 1), 60) if d.weekday() in (0, 2, 4)}
    done = {date(2026, 5, 4), date(2026, 5, 6), date(2026, 5, 8), date(2026, 5, 9), date(2026, 5, 11)}
    today = date(2026, 5, 12)  # a Tuesday: free; the streak runs back to Monday 4th
    assert S.current_streak(done, today, planned) == S.Streak(5, date(2026, 5, 4), date(2026, 5, 11))
    # A missed planned Wednesday (13th) ends it once that day is over.
    assert S.current_streak(done, date(2026, 5, 14), planned).length == 0
    assert S.longest_streak(done, date(2026, 5, 14), planned).length == 5
    # The planned day before the run (Friday 1st) was missed, so the run starts on the 4th.
    assert S.longest_streak(done | {date(2026, 4, 29)}, today, planned).first == date(2026, 5, 4)


def test_adherence_against_a_plan():
    planned = {d for d in run(date(2026, 5, 1), 31) if d.weekday() in (0, 2, 4)}
    done = {date(2026, 5, 4), date(2026, 5, 8), date(2026, 5, 9)}  # the 9th is a free Saturday
    a = S.adherence(done, date(2026, 5, 4), date(2026, 5, 31), date(2026, 5, 11), planned)
    # Planned up to today: 4, 6, 8 (kept 4 and 8); the 11th is today and not done: not counted yet.
    assert (a.expected, a.kept, a.with_plan) == (3, 2, True)
    assert abs(a.ratio - 2 / 3) < 1e-9
    assert S.missed_days(done, planned, date(2026, 5, 1), date(2026, 5, 31), date(2026, 5, 11)) == \
        {date(2026, 5, 1), date(2026, 5, 6)}


def test_adherence_without_a_plan_counts_every_day():
    done = run(date(2026, 5, 1), 3)
    a = S.adherence(done, date(2026, 5, 1), date(2026, 5, 7), date(2026, 5, 4))
    assert (a.expected, a.kept, a.with_plan) == (3, 3, False)  # today (4th) not done: not counted
    a = S.adherence(done | {date(2026, 5, 4)}, date(2026, 5, 1), date(2026, 5, 7), date(2026, 5, 4))
    assert (a.expected, a.kept) == (4, 4)


def test_sessions_this_week_counts_sessions_not_days():
    counts = {date(2026, 5, 3): 1, date(2026, 5, 4): 2, date(2026, 5, 6): 1, date(2026, 5, 11): 1}
    # Week of Monday 4 May; Sunday the 3rd belongs to the week before; the 11th is next week.
    assert S.sessions_in_week(counts, date(2026, 5, 6)) == 3
    assert S.sessions_in_week(counts, date(2026, 5, 10)) == 3
    assert S.week_start(date(2026, 1, 1)) == date(2025, 12, 29)  # weeks run across the year end


def test_weekly_totals_zero_fill_and_year_end():
    daily = {date(2025, 12, 31): 600.0, date(2026, 1, 2): 300.0, date(2026, 1, 13): 60.0}
    weeks = S.weekly_totals(daily, date(2025, 12, 22), date(2026, 1, 14))
    assert weeks == [(date(2025, 12, 22), 0.0), (date(2025, 12, 29), 900.0), (date(2026, 1, 5), 0.0),
                     (date(2026, 1, 12), 60.0)]


def test_buckets_and_means():
    assert S.bucket_for(date(2026, 1, 1), date(2026, 3, 1)) is S.Bucket.DAY
    assert S.bucket_for(date(2025, 5, 1), date(2026, 5, 1)) is S.Bucket.WEEK
    assert S.bucket_for(date(2016, 5, 1), date(2026, 5, 1)) is S.Bucket.MONTH
    points = [(date(2026, 5, 4), 4.0), (date(2026, 5, 5), None), (date(2026, 5, 6), 2.0), (date(2026, 5, 12), 1.0)]
    assert S.mean_by(points, S.Bucket.WEEK) == [(date(2026, 5, 4), 3.0), (date(2026, 5, 11), 1.0)]
    assert S.mean_by(points, S.Bucket.MONTH) == [(date(2026, 5, 1), 7 / 3)]
    assert S.mean_by([(date(2026, 5, 4), 5.0)], S.Bucket.DAY) == [(date(2026, 5, 4), 5.0)]  # one point


def test_ranges_and_changes():
    today = date(2026, 5, 10)
    assert S.range_ending(today, 28, None) == (date(2026, 4, 13), today)
    assert S.range_ending(today, None, date(2020, 1, 1)) == (date(2020, 1, 1), today)
    assert S.range_ending(today, None, None) == (today, today)
    bands = [(date(2026, 5, 1), "red"), (date(2026, 5, 2), "red"), (date(2026, 5, 3), ""),
             (date(2026, 5, 4), "green")]
    assert S.changes(bands) == [(date(2026, 5, 1), "red"), (date(2026, 5, 4), "green")]


def test_before_the_plan_began_every_day_is_expected():
    # The plan (Mondays only) starts on Monday 11 May; daily sessions 1-8 May, a gap on the 9th-10th.
    planned = {d for d in run(date(2026, 5, 11), 30) if d.weekday() == 0}
    done = run(date(2026, 5, 1), 8) | {date(2026, 5, 11)}
    today = date(2026, 5, 14)
    assert S.current_streak(done, today, planned).length == 1  # the 9th was expected: no plan yet
    assert S.longest_streak(done, today, planned).length == 8
    # Adherence only counts days the plan covers, and an empty plan is no plan.
    a = S.adherence(done, date(2026, 5, 1), date(2026, 5, 31), today, planned)
    assert (a.expected, a.kept, a.with_plan) == (1, 1, True)
    assert S.adherence(done, date(2026, 5, 1), date(2026, 5, 3), today, set()).with_plan is False


def test_least_squares_trend_needs_four_points():
    first = date(2026, 5, 4)
    line = [(first + timedelta(days=2 * i), 1.0 + 4 * i) for i in range(4)]  # +2 a day
    t = S.linear_trend(line)
    assert t is not None and abs(t.slope - 2.0) < 1e-9 and abs(t.at(first) - 1.0) < 1e-9
    assert abs(t.at(first + timedelta(days=10)) - 21.0) < 1e-9
    assert S.linear_trend(line[:3]) is None  # three points: no trend drawn
    assert S.TREND_MIN_POINTS == 4
    # Scattered points: the slope that makes the squared misses least (worked by hand: 0.3 a day).
    noisy = [(first + timedelta(days=x), y) for x, y in ((0, 2.0), (1, 1.0), (2, 3.0), (3, 2.0), (4, 3.0))]
    t = S.linear_trend(noisy)
    assert abs(t.slope - 0.3) < 1e-9 and abs(t.at(first) - 1.6) < 1e-9
    assert S.linear_trend([(first, float(v)) for v in range(5)]) is None  # one day: no direction


def test_one_count_for_the_week_figure_and_the_calendar():
    tallies = {date(2026, 4, 27): S.DayTally(done=1), date(2026, 4, 28): S.DayTally(partly=1),
               date(2026, 4, 30): S.DayTally(done=2, partly=2), date(2026, 5, 4): S.DayTally(done=1)}
    today = date(2026, 5, 1)  # a Friday; its week began on Monday 27 April, in the month before
    assert S.week_start(today) == date(2026, 4, 27)
    counts = S.session_counts(tallies)
    assert S.sessions_in_week(counts, today) == 1 + 1 + 4
    planned = {date(2026, 4, 29), date(2026, 5, 1)}
    marks = S.day_marks(tallies, planned, date(2026, 4, 27), date(2026, 5, 3), today)
    assert marks[date(2026, 4, 28)] == (S.DayMark.PARTLY,)
    assert marks[date(2026, 4, 30)] == (S.DayMark.DONE, S.DayMark.DONE, S.DayMark.PARTLY)  # at most three
    assert marks[date(2026, 4, 29)] == (S.DayMark.MISSED,) and marks[today] == (S.DayMark.PLANNED,)
    assert date(2026, 5, 4) not in marks  # outside the range asked for
