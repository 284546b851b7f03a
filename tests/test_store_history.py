"""The history repository: a session from start to finish, review queries, delete and undo, calendar days."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.store import (
    HistoryRepo,
    PainAction,
    SessionNotFoundError,
    SessionState,
)

UTC = UTC
T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)


def a_set(n: int, start: datetime, exercise: str = "sumo-squat", side: LegSide = LegSide.BOTH, **kw) -> SetRecord:
    fields = dict(exercise_id=exercise, movement="main", side=side, set_number=n, target_reps=10, achieved_reps=10,
                  target_hold_s=None, achieved_hold_s=None, started_at=start, ended_at=start + timedelta(seconds=40))
    fields.update(kw)
    return SetRecord(**fields)


@pytest.fixture
def berlin():
    return ZoneInfo("Europe/Berlin")  # the tzdata package is a test dependency: never missing


def test_a_whole_session_reads_back_as_recorded(repo):
    sid = repo.open_session(T0)
    repo.set_pain_before(sid, 4)  # offered inline after the timer started: it comes late
    repo.ensure_exercise(sid, Prescription("sumo-squat", 3, 12, None, "red band"), T0)
    sets = [a_set(n, T0 + timedelta(minutes=n), target_reps=12, achieved_reps=12 - (n == 3)) for n in (1, 2, 3)]
    for record in sets:
        repo.record_set(sid, record)
    hold = a_set(1, T0 + timedelta(minutes=6), "single-leg-balance", LegSide.LEFT, target_reps=None,
                 achieved_reps=None, target_hold_s=30.0, achieved_hold_s=21.25, status=SetStatus.SKIPPED,
                 pain_flag=True, pain_rating=6)
    repo.record_set(sid, hold)
    repo.record_pain_flag(sid, T0 + timedelta(minutes=6, seconds=20), 6, exercise_id="single-leg-balance",
                          movement="main", side=LegSide.LEFT, set_number=1, action=PainAction.SKIP)
    repo.record_pain_flag(sid, T0 + timedelta(minutes=8), 3)  # between exercises
    assert repo.unfinished_session().id == sid
    repo.finish_session(sid, T0 + timedelta(minutes=20), pain_after=2, effort=6, notes="felt ok")

    detail = repo.session_detail(sid)
    s = detail.summary
    assert (s.state, s.pain_before, s.pain_after, s.effort, s.notes) == (SessionState.FINISHED, 4, 2, 6, "felt ok")
    assert s.duration == timedelta(minutes=20)
    assert (s.exercise_count, s.sets_completed, s.sets_skipped, s.pain_flag_count) == (1, 3, 1, 2)
    assert s.active_s == pytest.approx(120.0)
    squat, balance = detail.exercises
    assert squat.dose == Prescription("sumo-squat", 3, 12, None, "red band")
    assert squat.sets == tuple(sets) and squat.sets_completed == 3
    assert squat.ended_at == sets[-1].ended_at  # follows the last set
    assert balance.dose is None and balance.sets == (hold,) and balance.position == 2
    assert [f.rating for f in detail.pain_flags] == [6, 3]
    assert detail.pain_flags[0].action is PainAction.SKIP and detail.pain_flags[0].side is LegSide.LEFT
    assert repo.unfinished_session() is None


def test_times_keep_milliseconds_and_the_local_offset(db, berlin):
    repo = HistoryRepo(db, tz=berlin)
    start = datetime(2026, 7, 1, 8, 15, 30, 123456, tzinfo=berlin)
    sid = repo.open_session(start)
    s = repo.get_session(sid)
    assert s.started_at == start.replace(microsecond=123000)
    assert (s.started_at.hour, s.started_at.utcoffset()) == (8, timedelta(hours=2))  # the wall clock seen
    with pytest.raises(ValueError, match="timezone-aware"):
        repo.open_session(datetime(2026, 7, 1, 8, 0))


def test_a_crashed_session_is_offered_then_closed_at_its_last_activity(repo):
    sid = repo.open_session(T0, pain_before=5)
    repo.record_set(sid, a_set(1, T0 + timedelta(minutes=1)))
    repo.record_pain_flag(sid, T0 + timedelta(minutes=3), 4)
    found = repo.unfinished_session()
    assert found.id == sid and found.is_open and found.ended_at is None
    repo.close_session(sid)
    closed = repo.get_session(sid)
    assert closed.state is SessionState.FINISHED and closed.ended_at == T0 + timedelta(minutes=3)


def test_opening_a_new_session_closes_a_forgotten_one(repo):
    old = repo.open_session(T0)
    repo.record_set(old, a_set(1, T0 + timedelta(minutes=1)))
    new = repo.open_session(T0 + timedelta(days=1))
    assert repo.get_session(old).ended_at == T0 + timedelta(minutes=1, seconds=40)
    assert repo.unfinished_session().id == new


def test_sessions_between_and_month_days(repo):
    ids = [repo.open_session(T0 + timedelta(days=d)) for d in (0, 1, 1, 25)]
    for sid in ids:
        repo.close_session(sid)
    got = repo.sessions_between(date(2026, 5, 10), date(2026, 5, 11))
    assert [s.id for s in got] == ids[:3]
    assert repo.month_days(2026, 5) == [date(2026, 5, 10), date(2026, 5, 11)]
    assert repo.month_days(2026, 6) == [date(2026, 6, 4)]
    assert repo.session_days(date(2026, 1, 1), date(2026, 12, 31)) == [date(2026, 5, 10), date(2026, 5, 11),
                                                                        date(2026, 6, 4)]


def test_month_days_follow_local_days_across_dst_and_midnight(db, berlin):
    repo = HistoryRepo(db, tz=berlin)
    local = [
        datetime(2026, 3, 28, 23, 59),  # CET, UTC+1: still the 28th
        datetime(2026, 3, 29, 1, 30),  # CET, just before the clocks go forward at 02:00
        datetime(2026, 3, 29, 3, 30),  # CEST, UTC+2
        datetime(2026, 5, 1, 0, 10),  # CEST: 30 April 22:10 in UTC, but the 1st of May here
        datetime(2026, 10, 25, 2, 30, fold=0),  # the repeated hour, first time round (CEST)
        datetime(2026, 10, 25, 2, 30, fold=1),  # ... and again (CET)
        datetime(2026, 11, 1, 0, 30),  # CET: 31 October 23:30 in UTC
    ]
    for moment in local:
        repo.close_session(repo.open_session(moment.replace(tzinfo=berlin)))
    assert repo.month_days(2026, 3) == [date(2026, 3, 28), date(2026, 3, 29)]
    assert repo.month_days(2026, 4) == []
    assert repo.month_days(2026, 5) == [date(2026, 5, 1)]
    assert repo.month_days(2026, 10) == [date(2026, 10, 25)]
    assert repo.month_days(2026, 11) == [date(2026, 11, 1)]
    october = repo.sessions_between(date(2026, 10, 25), date(2026, 10, 25))
    assert [s.started_at.utcoffset() for s in october] == [timedelta(hours=2), timedelta(hours=1)]
    # A session across the spring switch lasts 20 real minutes, not 1 h 20.
    sid = repo.open_session(datetime(2027, 3, 28, 1, 50, tzinfo=berlin))
    repo.finish_session(sid, datetime(2027, 3, 28, 3, 10, tzinfo=berlin))
    assert repo.get_session(sid).duration == timedelta(minutes=20)


def test_local_day_uses_the_computers_zone_by_default(db, monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("no time.tzset on this platform")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        repo = HistoryRepo(db)  # tz None: the computer's zone
        sid = repo.open_session(datetime(2026, 6, 1, 2, 30, tzinfo=UTC))  # 22:30 on 31 May in New York
        assert repo.get_session(sid).local_day == date(2026, 5, 31)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_delete_and_undo_bring_back_everything(repo):
    keep = repo.open_session(T0 - timedelta(days=1))
    repo.close_session(keep)
    sid = repo.open_session(T0, pain_before=3)
    repo.ensure_exercise(sid, Prescription("sumo-squat", 2, 10), T0)
    for n in (1, 2):
        repo.record_set(sid, a_set(n, T0 + timedelta(minutes=n)))
    repo.record_pain_flag(sid, T0 + timedelta(minutes=4), 5, action=PainAction.EASIER)
    repo.finish_session(sid, T0 + timedelta(minutes=10), pain_after=1, effort=4, notes='a "note", with\nlines')
    before = repo.session_detail(sid)

    deleted = repo.delete_session(sid)
    assert deleted.summary == before.summary
    with pytest.raises(SessionNotFoundError):
        repo.session_detail(sid)
    assert [s.id for s in repo.sessions_between(date(2026, 1, 1), date(2026, 12, 31))] == [keep]
    assert repo.last_dose("sumo-squat") is None

    later = repo.open_session(T0 + timedelta(hours=1))  # ids are never reused, so undo still fits
    assert later != sid
    assert repo.restore_session(deleted) == sid
    after = repo.session_detail(sid)
    assert after.summary == before.summary and after.exercises == before.exercises
    assert [(f.at, f.rating, f.action) for f in after.pain_flags] == [(f.at, f.rating, f.action)
                                                                     for f in before.pain_flags]


def test_undoing_the_delete_of_an_open_session_while_another_is_open(repo):
    sid = repo.open_session(T0)
    repo.record_set(sid, a_set(1, T0 + timedelta(minutes=1)))
    deleted = repo.delete_session(sid)
    other = repo.open_session(T0 + timedelta(hours=1))
    repo.restore_session(deleted)
    assert repo.get_session(sid).state is SessionState.FINISHED
    assert repo.unfinished_session().id == other


def test_last_dose_remembers_the_latest_choice(repo):
    for day, reps in ((0, 10), (1, 12)):
        sid = repo.open_session(T0 + timedelta(days=day))
        repo.ensure_exercise(sid, Prescription("sumo-squat", 2, reps), T0 + timedelta(days=day))
        repo.ensure_exercise(sid, Prescription("ankle-plantarflexion", 3, 15, 2, "green"), T0 + timedelta(days=day))
        repo.close_session(sid)
    # "Continue at an easier dose" replaces the dose within the session, keeping its place.
    repo.ensure_exercise(sid, Prescription("sumo-squat", 2, 8), T0 + timedelta(days=1, minutes=5))
    assert repo.last_dose("sumo-squat") == Prescription("sumo-squat", 2, 8)
    assert repo.last_doses() == {"sumo-squat": Prescription("sumo-squat", 2, 8),
                                 "ankle-plantarflexion": Prescription("ankle-plantarflexion", 3, 15, 2, "green")}
    assert [e.position for e in repo.session_detail(sid).exercises] == [1, 2]
    assert repo.last_dose("single-leg-balance") is None


def test_exercise_sets_for_progress_charts(repo):
    for day in range(3):
        sid = repo.open_session(T0 + timedelta(days=day))
        repo.record_set(sid, a_set(1, T0 + timedelta(days=day, minutes=1), achieved_reps=8 + day))
        repo.record_set(sid, a_set(1, T0 + timedelta(days=day, minutes=2), "single-leg-balance"))
    got = repo.exercise_sets("sumo-squat")
    assert [s.achieved_reps for s in got] == [8, 9, 10]
    assert len(repo.exercise_sets("sumo-squat", since=T0 + timedelta(days=1))) == 2
    assert len(repo.exercise_sets("sumo-squat", until=T0 + timedelta(days=1))) == 1


def test_notes_and_ratings_can_be_edited(repo):
    sid = repo.open_session(T0)
    repo.update_notes(sid, "first")
    repo.finish_session(sid, T0 + timedelta(minutes=5), pain_after=1)  # notes None: kept
    assert repo.get_session(sid).notes == "first"
    repo.update_notes(sid, "")
    assert repo.get_session(sid).notes == ""
    with pytest.raises(SessionNotFoundError):
        repo.update_notes(sid + 100, "x")


@pytest.mark.parametrize("bad", [-1, 11, 2.5, True])
def test_out_of_range_ratings_are_refused(repo, bad):
    with pytest.raises(ValueError):
        repo.open_session(T0, pain_before=bad)


def test_bad_records_fail_at_once_and_are_not_kept_for_retry(repo):
    sid = repo.open_session(T0)
    with pytest.raises(ValueError):
        repo.record_set(sid, a_set(0, T0))
    with pytest.raises(ValueError):
        repo.record_pain_flag(sid, T0, 12)
    with pytest.raises(SessionNotFoundError):
        repo.record_set(sid + 1, a_set(1, T0))
    assert repo.pending_count == 0
    repo.record_set(sid, a_set(1, T0))
    assert repo.get_session(sid).sets_completed == 1
