"""The plan repository: load and save the weekly plan in the history database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import Prescription
from rehab_desktop.store.db import Database
from rehab_desktop.store.times import to_utc_text

_ENTRY_COLUMNS = "weekday, position, exercise_id, sets, reps, hold_s, resistance, weight_kg"


class PlanRepo:
    """The saved weekly plan (one for now) over an open Database; each save is one transaction."""

    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None):
        self._db = db
        self._now = clock or (lambda: datetime.now(UTC))

    def load(self) -> WeekPlan | None:
        """The saved plan, or None when none has been saved yet."""
        with self._db.reading() as conn:
            row = conn.execute("SELECT id, name, starts_on, notes, program, emphasis FROM plans"
                               " ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                return None
            entries = conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM plan_exercises WHERE plan_id = ?"
                                   " ORDER BY weekday, position", (row[0],)).fetchall()
        days: list[list[Prescription]] = [[] for _ in range(7)]
        for wd, _pos, ex_id, sets, reps, hold, resistance, weight in entries:
            days[wd].append(Prescription(ex_id, sets, reps, hold, resistance, weight))
        return WeekPlan(name=row[1], starts_on=None if row[2] is None else date.fromisoformat(row[2]),
                        notes=row[3], program=row[4], emphasis=row[5], days=days)

    def save(self, plan: WeekPlan) -> None:
        """Replace the saved plan with `plan`: all of it is written, or (on an error) none of it."""
        rows = [(wd, pos, p.exercise_id, p.sets, p.reps, p.hold_s, p.resistance, p.weight_kg)
                for wd, day in enumerate(plan.days) for pos, p in enumerate(day, start=1)]
        head = (plan.name, None if plan.starts_on is None else plan.starts_on.isoformat(), plan.notes,
                plan.program, plan.emphasis, to_utc_text(self._now()))

        def work(conn: sqlite3.Connection) -> None:
            found = conn.execute("SELECT id FROM plans ORDER BY id DESC LIMIT 1").fetchone()
            if found is None:
                plan_id = conn.execute("INSERT INTO plans (name, starts_on, notes, program, emphasis, updated_at)"
                                       " VALUES (?, ?, ?, ?, ?, ?)", head).lastrowid
            else:
                plan_id = found[0]
                conn.execute("UPDATE plans SET name = ?, starts_on = ?, notes = ?, program = ?, emphasis = ?,"
                             " updated_at = ? WHERE id = ?", (*head, plan_id))
                conn.execute("DELETE FROM plan_exercises WHERE plan_id = ?", (plan_id,))
            conn.executemany(f"INSERT INTO plan_exercises (plan_id, {_ENTRY_COLUMNS}) VALUES (?, {', '.join('?' * 8)})",
                             [(plan_id, *r) for r in rows])

        with self._db.transaction() as conn:
            work(conn)

    def delete(self) -> None:
        """Forget the saved plan (its exercises go with it)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM plans")

    def planned_days(self, first: date, last: date) -> set[date]:
        """Dates in first..last (inclusive) on which the saved plan has exercises: empty without one.

        For marking planned-but-missed days; days before the plan's start date never count.
        """
        plan = self.load()
        return set() if plan is None else plan.planned_days(first, last)
