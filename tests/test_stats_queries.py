"""Aggregate history queries and the statistics built on them: local days, DST, sessions after midnight."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rehab_desktop.core import stats as S
from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.store import HistoryRepo, PainAction, open_database
from rehab_desktop.store.stats_queries import HistoryStats

NY = ZoneInfo("America/New_York")  # the tzdata package is a test dependency: never missing
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def store(data_dir):
    db = open_database(data_dir)
    yield db
    db.close()


def session(repo: HistoryRepo, start: datetime, minutes: float = 10, *, exercise="standing-calf-stretch",
            sets=2, hold=30.0, reps=None, weight=None, resistance="", pain=(5, 3), notes="", finish=True,
            skipped=0) -> int:
    """A session at local `start` doing `sets` sets of one exercise, each `minutes / sets` long."""
    sid = repo.open_session(start, pain_before=pain[0])
    repo.ensure_exercise(sid, Prescription(exercise, sets, reps, None if reps else int(hold), resistance, weight),
                         start)
    each = timedelta(minutes=minutes / sets)
    for n in range(1, sets + 1):
        t0 = start + (n - 1) * each
        status = SetStatus.SKIPPED if n <= skipped else SetStatus.COMPLETED
        repo.record_set(sid, SetRecord(exercise, "main", LegSide.LEFT, n, reps, reps, None if reps else hold,
                                       None if reps else hold - n, t0, t0 + each, status))
    if finish:
        repo.finish_session(sid, start + timedelta(minutes=minutes), pain_after=pain[1], notes=notes)
    return sid


def test_empty_history(store):
    stats = HistoryStats(store)
    anything = (date(2000, 1, 1), date(2100, 1, 1))
    assert stats.span() is None
    assert stats.day_counts(*anything) == {}
    assert stats.pain_by_day(*anything) == []
    assert stats.active_seconds_by_day(*anything) == {}
    assert stats.exercise_by_day("sumo-squat", *anything) == []
    assert stats.exercise_totals(*anything) == []
    assert stats.pain_flags(*anything) == [] and stats.notes(*anything) == []
    assert stats.exercises_done() == []


def test_sessions_after_midnight_count_for_the_new_day(store):
    repo = HistoryRepo(store, tz=LONDON)
    session(repo, datetime(2025, 12, 31, 23, 40, tzinfo=LONDON))
    session(repo, datetime(2026, 1, 1, 0, 20, tzinfo=LONDON))  # New Year's night owl
    session(repo, datetime(2026, 1, 3, 0, 5, tzinfo=LONDON))  # "Friday's" session, filed under Saturday
    days = HistoryStats(store).day_counts(date(2025, 12, 1), date(2026, 1, 31))
    assert days == {date(2025, 12, 31): 1, date(2026, 1, 1): 1, date(2026, 1, 3): 1}
    # The 2nd had no session: the streak that is alive on the 3rd is one day long.
    assert S.current_streak(days, date(2026, 1, 3)).length == 1
    assert S.longest_streak(days, date(2026, 1, 3)) == S.Streak(2, date(2025, 12, 31), date(2026, 1, 1))


@pytest.mark.parametrize("zone, spring, autumn", [
    (NY, date(2026, 3, 8), date(2026, 11, 1)),
    (LONDON, date(2026, 3, 29), date(2026, 10, 25)),
])
def test_streaks_over_daylight_saving_changes(store, zone, spring, autumn):
    repo = HistoryRepo(store, tz=zone)
    for change in (spring, autumn):
        # Just after midnight and late in the evening around each change: a 23- and a 25-hour day.
        for offset in range(-3, 4):
            day = change + timedelta(days=offset)
            hour, minute = (0, 30) if offset % 2 else (23, 30)
            session(repo, datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone))
    stats = HistoryStats(store)
    days = stats.day_counts(date(2026, 1, 1), date(2026, 12, 31))
    assert len(days) == 14 and all(n == 1 for n in days.values())
    assert S.longest_streak(days, date(2026, 12, 31)).length == 7
    assert S.current_streak(days, autumn + timedelta(days=3)) == \
        S.Streak(7, autumn - timedelta(days=3), autumn + timedelta(days=3))
    # A 10-minute session counts 10 minutes whatever the clocks did that night.
    active = stats.active_seconds_by_day(spring - timedelta(days=3), spring + timedelta(days=3))
    assert sorted(active) == [spring + timedelta(days=i) for i in range(-3, 4)]
    assert all(abs(v - 600) < 0.01 for v in active.values())
    weeks = S.weekly_totals({d: s / 60 for d, s in active.items()}, spring - timedelta(days=3),
                            spring + timedelta(days=3))
    assert sum(m for _, m in weeks) == pytest.approx(70)


def test_a_day_counts_only_with_a_finished_session_that_did_something(store):
    repo = HistoryRepo(store, tz=NY)
    session(repo, datetime(2026, 5, 4, 9, tzinfo=NY))
    session(repo, datetime(2026, 5, 5, 9, tzinfo=NY), sets=2, skipped=2)  # everything skipped
    session(repo, datetime(2026, 5, 7, 9, tzinfo=NY))
    session(repo, datetime(2026, 5, 7, 19, tzinfo=NY))
    session(repo, datetime(2026, 5, 8, 9, tzinfo=NY), finish=False)  # still going
    counts = HistoryStats(store).day_counts(date(2026, 5, 1), date(2026, 5, 31))
    assert counts == {date(2026, 5, 4): 1, date(2026, 5, 7): 2}
    assert S.sessions_in_week(counts, date(2026, 5, 8)) == 3


def test_pain_exercise_figures_flags_and_notes(store):
    repo = HistoryRepo(store, tz=NY)
    s1 = session(repo, datetime(2026, 5, 4, 9, tzinfo=NY), pain=(6, 4), notes="First <b>one</b>")
    session(repo, datetime(2026, 5, 4, 19, tzinfo=NY), pain=(4, 2))
    s3 = session(repo, datetime(2026, 5, 6, 9, tzinfo=NY), exercise="single-leg-deadlift", reps=10, weight=2.5,
                 sets=3, pain=(3, 3))
    session(repo, datetime(2026, 5, 7, 9, tzinfo=NY), exercise="ankle-dorsiflexion", reps=12, resistance="red")
    session(repo, datetime(2026, 5, 8, 9, tzinfo=NY), exercise="ankle-dorsiflexion", reps=15, resistance="green")
    repo.record_pain_flag(s3, datetime(2026, 5, 6, 9, 5, tzinfo=NY), 6, exercise_id="single-leg-deadlift",
                          side=LegSide.LEFT, set_number=2, action=PainAction.EASIER)
    stats = HistoryStats(store)
    may = (date(2026, 5, 1), date(2026, 5, 31))
    assert stats.span() == (date(2026, 5, 4), date(2026, 5, 8))
    pain = stats.pain_by_day(*may)
    assert pain[0] == S_day(date(2026, 5, 4), 5.0, 3.0)
    assert [p.day for p in pain] == [date(2026, 5, d) for d in (4, 6, 7, 8)]
    calf = stats.exercise_by_day("standing-calf-stretch", *may)
    assert [(d.day, d.hold_s, d.target_hold_s) for d in calf] == [(date(2026, 5, 4), 28.5, 30.0)]
    lift = stats.exercise_by_day("single-leg-deadlift", *may)
    assert (lift[0].reps, lift[0].target_reps, lift[0].weight_kg) == (10, 10, 2.5)
    bands = stats.exercise_by_day("ankle-dorsiflexion", *may)
    assert [(d.reps, d.resistance) for d in bands] == [(12, "red"), (15, "green")]
    totals = {t.exercise_id: t for t in stats.exercise_totals(*may)}
    assert totals["standing-calf-stretch"].sessions == 2 and totals["standing-calf-stretch"].sets_completed == 4
    assert totals["standing-calf-stretch"].best_hold_s == 29.0
    assert totals["ankle-dorsiflexion"].last_dose.reps == 15 and totals["ankle-dorsiflexion"].last_dose.resistance \
        == "green"
    flags = stats.pain_flags(*may)
    assert len(flags) == 1 and flags[0][0] == date(2026, 5, 6) and flags[0][1].rating == 6
    assert flags[0][1].action is PainAction.EASIER
    notes = stats.notes(*may)
    assert [(n.session_id, n.text) for n in notes] == [(s1, "First <b>one</b>")]
    # A narrower range leaves the rest out.
    assert [t.exercise_id for t in stats.exercise_totals(date(2026, 5, 8), date(2026, 5, 8))] == ["ankle-dorsiflexion"]
    assert stats.pain_flags(date(2026, 5, 7), date(2026, 5, 31)) == []


def S_day(day, before, after):
    from rehab_desktop.store.stats_queries import DayPain

    return DayPain(day, before, after)


def test_day_tallies_tell_done_from_partly_done_and_count_by_hand_sessions(store):
    from rehab_desktop.core.library import load_library
    from rehab_desktop.core.session import logged_sets

    repo = HistoryRepo(store, tz=LONDON)
    day = date(2026, 4, 28)
    session(repo, datetime(2026, 4, 28, 8, tzinfo=LONDON))  # every set done
    session(repo, datetime(2026, 4, 28, 18, tzinfo=LONDON), sets=3, skipped=1)  # one set left partway
    session(repo, datetime(2026, 4, 29, 8, tzinfo=LONDON), skipped=2)  # nothing done: not a session
    session(repo, datetime(2026, 4, 30, 8, tzinfo=LONDON), finish=False)  # still open: not yet
    calf = Prescription("standing-calf-stretch", 2, None, 30)
    at = datetime(2026, 4, 27, 19, tzinfo=LONDON)
    repo.log_session(at, [calf], logged_sets(load_library()["standing-calf-stretch"], calf, 2, at))
    stats = HistoryStats(store)
    tallies = stats.day_tallies(date(2026, 4, 1), date(2026, 4, 30))
    assert tallies == {date(2026, 4, 27): S.DayTally(done=1), day: S.DayTally(done=1, partly=1)}
    assert stats.day_counts(date(2026, 4, 1), date(2026, 4, 30)) == {date(2026, 4, 27): 1, day: 2}
    assert S.sessions_in_week(stats.day_counts(date(2026, 4, 27), date(2026, 5, 3)), date(2026, 4, 30)) == 3
