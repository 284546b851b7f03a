"""The plan repository: the weekly plan's versions in the history database.

Each `plans` row is one version, in force from its `starts_on` until the next version's. Saving
today's changes to a plan that started before today adds a version from today, so the days
already lived keep the plan they had; changes on the day a version started replace it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

from rehab_desktop.core.exercises import Exercise
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.plan_versions import PlanTimeline
from rehab_desktop.core.records import Prescription
from rehab_desktop.store.db import Database
from rehab_desktop.store.times import to_utc_text

_ENTRY_COLUMNS = ("weekday, position, exercise_id, sets, reps, hold_s, resistance, weight_kg,"
                  " prescribed, prescribed_by")
_HEAD_COLUMNS = "name, starts_on, notes, program, emphasis, prescribed_by, prescribed_on, source, updated_at"


class PlanRepo:
    """The saved weekly plan and its earlier versions over an open Database; each save is one transaction."""

    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None,
                 today: Callable[[], date] | None = None):
        self._db = db
        self._now = clock or (lambda: datetime.now(UTC))
        self._today = today or date.today

    # -- reading --

    def timeline(self) -> PlanTimeline:
        """Every version, oldest first."""
        with self._db.reading() as conn:
            return PlanTimeline(tuple(_plan(conn, row) for row in _heads(conn)))

    def load(self, on: date | None = None) -> WeekPlan | None:
        """The version in force on `on` (default today), else the first one to come; None without any."""
        return self.timeline().current(on or self._today())

    def planned_days(self, first: date, last: date) -> set[date]:
        """Dates in first..last (inclusive) on which the plan then in force had exercises.

        For marking planned-but-missed days: a change made on Wednesday leaves Monday and Tuesday as
        they were planned, and days before the first version never count.
        """
        return self.timeline().planned_days(first, last)

    def install_id(self) -> str:
        """This history file's own random id (made by migration 7): what the calendar's events are named by."""
        with self._db.reading() as conn:
            row = conn.execute("SELECT value FROM app_meta WHERE key = 'install_id'").fetchone()
        return row[0] if row else ""

    # -- writing --

    def save(self, plan: WeekPlan, today: date | None = None) -> WeekPlan:
        """Save `plan` as the plan from `today`; returns it as stored (with the start date it got).

        The version in force today is replaced when it started today (or later, or never started);
        otherwise a new version begins today. Saving the same plan again changes nothing, and a
        today's version that is undone back to yesterday's is dropped rather than kept as a copy.
        """
        today = today or self._today()

        def work(conn: sqlite3.Connection) -> WeekPlan:
            versions = [(row[0], _plan(conn, row)) for row in _heads(conn)]
            timeline = PlanTimeline(tuple(p for _, p in versions))
            target = timeline.current(today)
            target_id = next((i for i, p in versions if p is target), None)
            stored = WeekPlan(**{**plan.__dict__, "days": [list(d) for d in plan.days]})
            if target is None:
                _insert(conn, stored, self._now())
                return stored
            if target.starts_on is not None and target.starts_on < today:
                if target.same_content(plan):
                    return target
                stored.starts_on = today
                _insert(conn, stored, self._now())
                return stored
            # Started today, still to come, or never started: this version is replaced in place.
            if target.starts_on is not None:
                stored.starts_on = target.starts_on
            previous = timeline.in_force(today - _DAY) if target.starts_on == today else None
            if previous is not None and previous is not target and previous.same_content(stored):
                conn.execute("DELETE FROM plans WHERE id = ?", (target_id,))  # undone to yesterday's plan
                return previous
            _update(conn, target_id, stored, self._now())
            return stored

        with self._db.transaction() as conn:
            return work(conn)

    def start_version(self, plan: WeekPlan, starts_on: date, own: Iterable[Exercise] = ()) -> None:
        """Make `plan` the plan from `starts_on` (an imported program): versions that would start on
        or after that day are replaced; earlier ones, and so every day already planned, stay.
        `own`: the own exercises it brings, written in the same transaction (all of it, or none)."""
        from rehab_desktop.store.own_exercises import write_own

        stored = WeekPlan(**{**plan.__dict__, "days": [list(d) for d in plan.days], "starts_on": starts_on})
        with self._db.transaction() as conn:
            for exercise in own:
                write_own(conn, exercise, self._now())
            conn.execute("DELETE FROM plans WHERE starts_on >= ?", (starts_on.isoformat(),))
            _insert(conn, stored, self._now())

    def delete(self) -> None:
        """Forget every version of the plan (its exercises go with it)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM plans")


_DAY = date.resolution


def _heads(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(f"SELECT id, {_HEAD_COLUMNS} FROM plans ORDER BY coalesce(starts_on, ''), id").fetchall()


def _plan(conn: sqlite3.Connection, row: tuple) -> WeekPlan:
    entries = conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM plan_exercises WHERE plan_id = ?"
                           " ORDER BY weekday, position", (row[0],)).fetchall()
    days: list[list[Prescription]] = [[] for _ in range(7)]
    for wd, _pos, ex_id, sets, reps, hold, resistance, weight, prescribed, by in entries:
        days[wd].append(Prescription(ex_id, sets, reps, hold, resistance, weight, bool(prescribed), by or ""))
    return WeekPlan(name=row[1], starts_on=_date(row[2]), notes=row[3], program=row[4], emphasis=row[5],
                    days=days, prescribed_by=row[6], prescribed_on=_date(row[7]), source=row[8])


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _head(plan: WeekPlan, now: datetime) -> tuple:
    return (plan.name, None if plan.starts_on is None else plan.starts_on.isoformat(), plan.notes, plan.program,
            plan.emphasis, plan.prescribed_by, None if plan.prescribed_on is None else plan.prescribed_on.isoformat(),
            plan.source, to_utc_text(now))


def _entries(conn: sqlite3.Connection, plan_id: int, plan: WeekPlan) -> None:
    rows = [(plan_id, wd, pos, p.exercise_id, p.sets, p.reps, p.hold_s, p.resistance, p.weight_kg,
             int(p.prescribed), p.prescribed_by if p.prescribed else "")
            for wd, day in enumerate(plan.days) for pos, p in enumerate(day, start=1)]
    conn.executemany(f"INSERT INTO plan_exercises (plan_id, {_ENTRY_COLUMNS}) VALUES (?, {', '.join('?' * 10)})", rows)


def _insert(conn: sqlite3.Connection, plan: WeekPlan, now: datetime) -> None:
    plan_id = conn.execute(f"INSERT INTO plans ({_HEAD_COLUMNS}) VALUES ({', '.join('?' * 9)})",
                           _head(plan, now)).lastrowid
    _entries(conn, plan_id, plan)


def _update(conn: sqlite3.Connection, plan_id: int, plan: WeekPlan, now: datetime) -> None:
    sets = ", ".join(f"{c.strip()} = ?" for c in _HEAD_COLUMNS.split(","))
    conn.execute(f"UPDATE plans SET {sets} WHERE id = ?", (*_head(plan, now), plan_id))
    conn.execute("DELETE FROM plan_exercises WHERE plan_id = ?", (plan_id,))
    _entries(conn, plan_id, plan)
