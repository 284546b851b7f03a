"""The weekly plan in the history database: migration 2 from a version-1 file, and the plan repository."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import LegSide, Prescription, SetRecord
from rehab_desktop.paths import history_path
from rehab_desktop.store import HistoryRepo, PlanRepo, open_database
from rehab_desktop.store.migrations import LATEST_VERSION, MIGRATIONS

UTC = UTC
T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)
CLOCK = lambda: datetime(2026, 5, 11, 9, 0, tzinfo=UTC)  # noqa: E731


def version_1_store(data_dir) -> int:
    """A closed store at schema version 1 holding one session with three sets; returns its id."""
    with open_database(data_dir, migrations=MIGRATIONS[:1]) as db:
        assert db.version == 1
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.open_session(T0, pain_before=3)
        # Written as that version's app wrote them: today's repository writes columns it did not have.
        db.conn.execute("INSERT INTO session_exercises (session_id, exercise_id, position, sets, reps, hold_s,"
                        " resistance, started_at) VALUES (?, 'sumo-squat', 1, 3, 12, NULL, 'red band',"
                        " '2026-05-10T07:30:00.000Z')", (sid,))
        for n in (1, 2, 3):
            start = T0 + timedelta(minutes=n)
            repo.record_set(sid, SetRecord("sumo-squat", "main", LegSide.BOTH, n, 12, 12, None, None, start,
                                           start + timedelta(seconds=40)))
        db.conn.execute("UPDATE sessions SET state = 'finished', ended_at = '2026-05-10T07:40:00.000Z',"
                        " pain_after = 2, effort = 6, notes = ? WHERE id = ?", ('felt fine, "really"', sid))
    return sid


def a_plan() -> WeekPlan:
    plan = WeekPlan(name="<b>x</b> & co", starts_on=date(2026, 5, 11), notes="Line one\nline two",
                    program="early", emphasis="anterior")
    plan.add(0, Prescription("standing-calf-stretch", 2, None, 30))
    plan.add(0, Prescription("ankle-dorsiflexion", 3, 12, 2, "green band"))
    plan.add(2, Prescription("single-leg-deadlift", 2, 10, None, "", 2.5))
    plan.add(6, Prescription("seated-ankle-rom", 2, 10, 15))
    return plan


def test_version_1_with_history_migrates_to_the_latest_with_a_backup(data_dir):
    sid = version_1_store(data_dir)
    with open_database(data_dir, clock=CLOCK) as db:
        assert db.version == LATEST_VERSION and db.migrated_from == 1
        assert db.backup_path == data_dir / "backups" / "history-v1-20260511T090000Z.sqlite3"
        tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"plans", "plan_exercises", "sessions", "sets"} <= tables
        # Everything recorded before the upgrade is still there, unchanged.
        detail = HistoryRepo(db, tz=UTC).session_detail(sid)
        assert detail.summary.pain_before == 3 and detail.summary.notes == "felt fine, \"really\""
        assert [s.set_number for s in detail.exercises[0].sets] == [1, 2, 3]
        assert detail.exercises[0].dose == Prescription("sumo-squat", 3, 12, None, "red band")
        assert PlanRepo(db).load() is None  # no plan until one is saved
        assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    backup = sqlite3.connect(data_dir / "backups" / "history-v1-20260511T090000Z.sqlite3")
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
        assert backup.execute("SELECT count(*) FROM sets").fetchone()[0] == 3
        assert backup.execute("SELECT count(*) FROM sqlite_master WHERE name = 'plans'").fetchone()[0] == 0
    finally:
        backup.close()


def test_a_new_store_has_the_plan_tables_without_a_backup(data_dir):
    with open_database(data_dir) as db:
        assert db.version == LATEST_VERSION and db.backup_path is None
        PlanRepo(db).save(a_plan())
    assert not (data_dir / "backups").exists()


def test_plan_round_trip_keeps_order_doses_and_text(data_dir):
    plan = a_plan()
    with open_database(data_dir) as db:
        PlanRepo(db, clock=CLOCK).save(plan)
    with open_database(data_dir) as db:  # a fresh connection: read from the file, not a cache
        loaded = PlanRepo(db).load()
    assert loaded == plan
    assert loaded.entries(0)[1] == Prescription("ankle-dorsiflexion", 3, 12, 2, "green band")
    assert loaded.entries(2)[0].weight_kg == 2.5


def test_saving_again_on_its_first_day_replaces_the_plan(data_dir):
    with open_database(data_dir) as db:
        repo = PlanRepo(db, today=lambda: date(2026, 5, 11))  # the plan's first day: no new version yet
        repo.save(a_plan())
        plan = repo.load()
        plan.move(0, 1, 0)
        plan.remove(6, 0)
        plan.name = "Second"
        repo.save(plan)
        again = repo.load()
        assert again == plan and again.name == "Second"
        assert [p.exercise_id for p in again.entries(0)] == ["ankle-dorsiflexion", "standing-calf-stretch"]
        assert db.conn.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
        assert db.conn.execute("SELECT count(*) FROM plan_exercises").fetchone()[0] == 3
        repo.delete()
        assert repo.load() is None
        assert db.conn.execute("SELECT count(*) FROM plan_exercises").fetchone()[0] == 0


def test_a_failed_save_leaves_the_previous_plan(data_dir):
    with open_database(data_dir) as db:
        repo = PlanRepo(db)
        repo.save(a_plan())
        broken = a_plan()
        broken.days[3] = [Prescription("sumo-squat", 0, 10)]  # sets must be at least 1
        with pytest.raises(sqlite3.IntegrityError):
            repo.save(broken)
        assert repo.load() == a_plan()


def test_planned_days_for_the_history_calendar(data_dir):
    with open_database(data_dir) as db:
        repo = PlanRepo(db)
        assert repo.planned_days(date(2026, 5, 1), date(2026, 5, 31)) == set()
        repo.save(a_plan())  # Monday, Wednesday and Sunday; starts Monday 11 May 2026
        days = repo.planned_days(date(2026, 5, 1), date(2026, 5, 24))
    assert days == {date(2026, 5, 11), date(2026, 5, 13), date(2026, 5, 17), date(2026, 5, 18),
                    date(2026, 5, 20), date(2026, 5, 24)}


def test_the_plan_tables_refuse_bad_rows(data_dir):
    with open_database(data_dir) as db:
        PlanRepo(db).save(a_plan())
        conn = db.conn
        for bad in ("UPDATE plan_exercises SET weekday = 7", "UPDATE plans SET emphasis = 'lateral'",
                    "UPDATE plans SET starts_on = '11/05/2026'", "UPDATE plan_exercises SET exercise_id = ''"):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(bad)
        # Deleting the plan takes its exercises with it.
        conn.execute("DELETE FROM plans")
        assert conn.execute("SELECT count(*) FROM plan_exercises").fetchone()[0] == 0
    assert history_path(data_dir).exists()


def test_the_history_file_gets_one_random_id_that_stays_through_upgrades_and_backups(data_dir, tmp_path):
    """The calendar file's events are named by it: it must not change, or a newer file would double them."""
    from tests.test_store_own_and_v4 import old_store

    old_store(data_dir, 6)  # a file from before migration 7
    with open_database(data_dir) as db:
        assert db.migrated_from == 6
        made = PlanRepo(db).install_id()
    assert len(made) == 32 and int(made, 16) >= 0
    with open_database(data_dir) as db:
        assert PlanRepo(db).install_id() == made  # opening again changes nothing
    other = tmp_path / "someone-else"
    with open_database(other) as db:
        assert PlanRepo(db).install_id() not in ("", made)  # another person's file, another id
    from rehab_desktop.store.backup import back_up, restore

    with open_database(data_dir) as db:
        copy = back_up(db, tmp_path / "copy.sqlite3")
    with open_database(other) as db:  # the backup restored over another file: the id comes with it
        restore(db, copy)
        assert PlanRepo(db).install_id() == made
